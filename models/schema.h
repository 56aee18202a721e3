#pragma once

#include <QList>
#include <QStringList>

namespace wattprint::schema {

// Forward migrations: entry i brings a database from user_version i to i + 1.
// Never edit a released entry; append a new one.
const QList<QStringList> &migrations();

// The secondary indexes the migrations create, read from their CREATE INDEX statements: the
// importer drops and rebuilds these by their names here, never by names read from a store.
struct Index
{
    QString name;
    QString table;
    QString sql; // the CREATE INDEX statement
};
const QList<Index> &indexes();

// Columns of runs_with_standardized_energy.csv, in the published order.
const QStringList &runCsvColumns();

} // namespace wattprint::schema
