#pragma once

#include <QList>
#include <QStringList>

namespace wattprint::schema {

// Forward migrations: entry i brings a database from user_version i to i + 1.
// Never edit a released entry; append a new one.
const QList<QStringList> &migrations();

// Columns of runs_with_standardized_energy.csv, in the published order.
const QStringList &runCsvColumns();

} // namespace wattprint::schema
