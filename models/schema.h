#pragma once

#include <QList>
#include <QStringList>

struct sqlite3;

namespace wattprint::schema {

// Forward migrations: entry i brings a database from user_version i to i + 1.
// Never edit a released entry; append a new one.
const QList<QStringList> &migrations();
// Work a step needs beyond its SQL (a backfill computed in C++), run right after the statements
// of migrations()[step] in the same transaction. Returns false with `error` set to roll it back.
bool afterMigration(int step, sqlite3 *db, QString *error);

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
