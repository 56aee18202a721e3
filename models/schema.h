#pragma once

#include "sqldialect.h"

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

// The schema as it stands after the last migration, described once and written out per engine by
// SqlDialect (docs/postgresql.md, "One schema, two engines"). A PostgreSQL store is created from it
// at version migrations().size(); an SQLite store reaches the same tables through migrations(),
// which tst_postgresstore checks column by column against this description.
struct ColumnSpec
{
    QString name;
    SqlType type;
    QString constraints; // "NOT NULL DEFAULT 0", "REFERENCES imports(id)": standard SQL both accept
};
struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;
    QStringList tableConstraints; // "PRIMARY KEY (job, node, time_ns)"
    bool keyedOnly = false;       // stored by its primary key alone (SQLite: WITHOUT ROWID)
};
const QList<TableSpec> &currentTables();
// CREATE TABLE for each table, the seed rows (datasets, node types) and the indexes, in order.
QStringList createCurrent(const SqlDialect &dialect);
// The CREATE TABLE statement of one table in the given engine's SQL.
QString createTable(const TableSpec &table, const SqlDialect &dialect);

// The table where a PostgreSQL store keeps its schema version (SQLite keeps it in PRAGMA
// user_version): one row per step applied, the highest is the store's version.
QString serverVersionTable();
// The statements bringing a PostgreSQL store from version `from` to from + 1, for versions after
// the one it was created at. Empty: no such step (docs/postgresql.md, "Migrations").
QStringList serverMigration(int from, const SqlDialect &dialect);

// Columns of runs_with_standardized_energy.csv, in the published order.
const QStringList &runCsvColumns();

} // namespace wattprint::schema
