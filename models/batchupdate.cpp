#include "batchupdate.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace wattprint::batchupdate {

namespace {

template<typename T>
bool inBatches(const QSqlDatabase &db, const QString &sql, std::span<const std::int64_t> keys,
               std::span<const T> values, QString *error, std::size_t batchRows)
{
    const auto failed = [error](const QSqlQuery &query) {
        if (error)
            *error = query.lastError().text();
        return false;
    };
    if (keys.size() != values.size() || batchRows == 0) {
        if (error)
            *error = QStringLiteral("batchupdate: %1 keys for %2 values").arg(keys.size()).arg(values.size());
        return false;
    }
    if (keys.empty())
        return true;
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return failed(query);
    for (std::size_t first = 0; first < keys.size(); first += batchRows) {
        const std::size_t count = std::min(batchRows, keys.size() - first);
        query.bindValue(0, SqlDialect::arrayLiteral(keys.subspan(first, count)));
        query.bindValue(1, SqlDialect::arrayLiteral(values.subspan(first, count)));
        if (!query.exec())
            return failed(query);
    }
    return true;
}

} // namespace

bool update(const QSqlDatabase &db, const SqlDialect &dialect, const QString &table, const QString &key,
            const QString &column, std::span<const std::int64_t> keys, std::span<const double> values, QString *error,
            std::size_t batchRows)
{
    return inBatches(db, dialect.updateFromArrays(table, key, column, SqlType::Real), keys, values, error, batchRows);
}

bool update(const QSqlDatabase &db, const SqlDialect &dialect, const QString &table, const QString &key,
            const QString &column, std::span<const std::int64_t> keys, std::span<const std::int64_t> values,
            QString *error, std::size_t batchRows)
{
    return inBatches(db, dialect.updateFromArrays(table, key, column, SqlType::Integer), keys, values, error,
                     batchRows);
}

bool insert(const QSqlDatabase &db, const SqlDialect &dialect, const QString &table, const QString &key,
            const QString &column, std::span<const std::int64_t> keys, std::span<const double> values, QString *error,
            std::size_t batchRows)
{
    return inBatches(db, dialect.insertFromArrays(table, key, column, SqlType::Real), keys, values, error, batchRows);
}

} // namespace wattprint::batchupdate
