#include "qualityrefresh.h"

#include "batchupdate.h"
#include "store.h"

#include <runquality.h>

#include <QByteArray>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <vector>

namespace wattprint::qualityrefresh {

namespace {

// Both engines read the same columns, in the same order (the outlier rule sums each group's run
// times in row order, so the order is part of the result).
QByteArray selectSql(bool oneImport)
{
    QByteArray sql = "SELECT r.id, r.import_id, r.is_gpu, r.dataset, r.size, r.energy, r.run_time, r.power, "
                     "r.non_overhead_energy, r.energy_per_datum, r.filter_1, r.filter_2, r.filter_3, t.idle_power, "
                     "r.quality, r.source FROM runs r LEFT JOIN node_types t ON t.name = r.node_type";
    if (oneImport)
        sql += " WHERE r.import_id = ?";
    return sql + " ORDER BY r.id";
}

// One row as either engine reads it: a NULL number reads as 0 where the rule takes a plain value,
// as sqlite3_column_double does.
struct Row
{
    qint64 id = 0;
    qint64 importId = 0;
    bool gpu = false;
    QByteArray dataset;
    qint64 size = 0;
    bool butterE = false;
    runquality::Input in;
    runquality::Mask stored = 0;
};

// The rules applied row by row, then the run-time outliers within each group of runs that lack
// the file's filter_3.
class Pass
{
public:
    void add(const Row &row)
    {
        ids.push_back(row.id);
        stored.push_back(row.stored);
        // BUTTER-E's rules describe its meter, sweep and nodes; a run from another tool (CodeCarbon)
        // can only fail "No energy recorded" (docs/data.md "Runs from several sources").
        if (!row.butterE) {
            quality.push_back(row.in.energy == 0.0 ? runquality::bit(runquality::Rule::ZeroEnergy)
                                                   : runquality::Mask(0));
            return;
        }
        quality.push_back(runquality::evaluate(row.in));
        if (!row.in.filter3) {
            const QByteArray key = QByteArray::number(row.importId) + '/' + QByteArray::number(row.gpu ? 1 : 0) + '/'
                + QByteArray::number(row.size) + '/' + row.dataset;
            const auto it = m_groupIndex.constFind(key);
            m_groups.push_back(it != m_groupIndex.cend() ? *it : *m_groupIndex.insert(key, m_groupIndex.size()));
            m_unflagged.push_back(ids.size() - 1);
            m_runTimes.push_back(row.in.runTime);
        }
    }
    void finish()
    {
        if (m_unflagged.empty())
            return;
        std::vector<runquality::Mask> outliers(m_unflagged.size(), 0);
        runquality::markRunTimeOutliers(m_groups, m_runTimes, outliers);
        for (std::size_t k = 0; k < m_unflagged.size(); ++k)
            quality[m_unflagged[k]] |= outliers[k];
    }

    std::vector<qint64> ids;
    std::vector<runquality::Mask> quality, stored;

private:
    std::vector<std::size_t> m_unflagged;
    std::vector<std::int64_t> m_groups;
    std::vector<double> m_runTimes;
    QHash<QByteArray, std::int64_t> m_groupIndex;
};

std::optional<double> optionalDouble(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(stmt, column);
}

std::optional<bool> optionalBool(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(stmt, column) != 0;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<bool> optionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong() != 0;
}

bool sqlError(sqlite3 *db, QString *error)
{
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

bool queryFailed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

bool refresh(sqlite3 *db, std::optional<qint64> importId, QString *error)
{
    const QByteArray sql = selectSql(importId.has_value());
    sqlite3_stmt *select = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &select, nullptr) != SQLITE_OK)
        return sqlError(db, error);
    if (importId)
        sqlite3_bind_int64(select, 1, *importId);

    Pass pass;
    int rc;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
        Row row;
        row.id = sqlite3_column_int64(select, 0);
        row.importId = sqlite3_column_int64(select, 1);
        row.gpu = sqlite3_column_int(select, 2) != 0;
        row.dataset = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(select, 3)),
                                 sqlite3_column_bytes(select, 3));
        row.size = sqlite3_column_int64(select, 4);
        row.butterE = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(select, 15)),
                                     sqlite3_column_bytes(select, 15))
            == QByteArrayView("butter-e");
        row.in.gpu = row.gpu;
        row.in.energy = sqlite3_column_double(select, 5);
        row.in.runTime = sqlite3_column_double(select, 6);
        row.in.power = sqlite3_column_double(select, 7);
        row.in.nonOverheadEnergy = sqlite3_column_double(select, 8);
        row.in.energyPerDatum = optionalDouble(select, 9);
        row.in.filter1 = optionalBool(select, 10);
        row.in.filter2 = optionalBool(select, 11);
        row.in.filter3 = optionalBool(select, 12);
        row.in.typeIdlePower = optionalDouble(select, 13);
        row.stored = runquality::Mask(sqlite3_column_int64(select, 14));
        pass.add(row);
    }
    sqlite3_finalize(select);
    if (rc != SQLITE_DONE)
        return sqlError(db, error);
    pass.finish();

    sqlite3_stmt *update = nullptr;
    if (sqlite3_prepare_v2(db, "UPDATE runs SET quality = ?2 WHERE id = ?1", -1, &update, nullptr) != SQLITE_OK)
        return sqlError(db, error);
    for (std::size_t i = 0; i < pass.ids.size(); ++i) {
        if (pass.quality[i] == pass.stored[i])
            continue;
        sqlite3_bind_int64(update, 1, pass.ids[i]);
        sqlite3_bind_int64(update, 2, pass.quality[i]);
        rc = sqlite3_step(update);
        sqlite3_reset(update);
        if (rc != SQLITE_DONE) {
            sqlError(db, error);
            sqlite3_finalize(update);
            return false;
        }
    }
    sqlite3_finalize(update);
    return true;
}

bool refresh(Store *store, std::optional<qint64> importId, QString *error)
{
    if (store->engine() == SqlEngine::SQLite)
        return refresh(store->handle(), importId, error);
    QSqlQuery select(store->database());
    select.setForwardOnly(true);
    if (!select.prepare(QString::fromLatin1(selectSql(importId.has_value()))))
        return queryFailed(select, error);
    if (importId)
        select.addBindValue(*importId);
    if (!select.exec())
        return queryFailed(select, error);
    Pass pass;
    while (select.next()) {
        // As the SQLite path reads them: a NULL number as 0, NULL text as empty.
        Row row;
        row.id = select.value(0).toLongLong();
        row.importId = select.value(1).toLongLong();
        row.gpu = select.value(2).toLongLong() != 0;
        row.dataset = select.value(3).toString().toUtf8();
        row.size = select.value(4).toLongLong();
        row.butterE = select.value(15).toString() == QLatin1String("butter-e");
        row.in.gpu = row.gpu;
        row.in.energy = select.value(5).toDouble();
        row.in.runTime = select.value(6).toDouble();
        row.in.power = select.value(7).toDouble();
        row.in.nonOverheadEnergy = select.value(8).toDouble();
        row.in.energyPerDatum = optionalDouble(select.value(9));
        row.in.filter1 = optionalBool(select.value(10));
        row.in.filter2 = optionalBool(select.value(11));
        row.in.filter3 = optionalBool(select.value(12));
        row.in.typeIdlePower = optionalDouble(select.value(13));
        row.stored = runquality::Mask(select.value(14).toLongLong());
        pass.add(row);
    }
    if (select.lastError().isValid())
        return queryFailed(select, error);
    select.finish();
    pass.finish();

    // Only the runs whose quality changed, a batch per statement.
    std::vector<std::int64_t> ids, values;
    for (std::size_t i = 0; i < pass.ids.size(); ++i) {
        if (pass.quality[i] != pass.stored[i]) {
            ids.push_back(pass.ids[i]);
            values.push_back(pass.quality[i]);
        }
    }
    return batchupdate::update(store->database(), store->dialect(), QStringLiteral("runs"), QStringLiteral("id"),
                               QStringLiteral("quality"), ids, values, error);
}

} // namespace wattprint::qualityrefresh
