#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>

namespace wattprint::batchupdate {

// Rows per statement: few round trips to a server, and parameters of a few hundred kilobytes.
inline constexpr std::size_t DefaultBatchRows = 10000;

// Sets `column` of `table` to values[i] in the row whose `key` is keys[i], with one UPDATE per batch
// of rows (SqlDialect::updateFromArrays; docs/postgresql.md): a server store's writers, where a
// statement per row would cost a round trip each. A non-finite double is written as NULL. Writes in
// the caller's transaction on `db`; false with `error` set on an SQL error (the caller rolls back).
bool update(const QSqlDatabase &db, const SqlDialect &dialect, const QString &table, const QString &key,
            const QString &column, std::span<const std::int64_t> keys, std::span<const double> values, QString *error,
            std::size_t batchRows = DefaultBatchRows);
bool update(const QSqlDatabase &db, const SqlDialect &dialect, const QString &table, const QString &key,
            const QString &column, std::span<const std::int64_t> keys, std::span<const std::int64_t> values,
            QString *error, std::size_t batchRows = DefaultBatchRows);

// Inserts (keys[i], values[i]) into `key` and `column` of `table`, one INSERT per batch of rows
// (SqlDialect::insertFromArrays). Every value must be finite: the column is NOT NULL.
bool insert(const QSqlDatabase &db, const SqlDialect &dialect, const QString &table, const QString &key,
            const QString &column, std::span<const std::int64_t> keys, std::span<const double> values, QString *error,
            std::size_t batchRows = DefaultBatchRows);

} // namespace wattprint::batchupdate
