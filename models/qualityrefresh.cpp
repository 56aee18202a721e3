#include "qualityrefresh.h"

#include <runquality.h>

#include <QByteArray>
#include <QHash>

#include <sqlite3.h>

#include <vector>

namespace wattprint::qualityrefresh {

namespace {

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

bool sqlError(sqlite3 *db, QString *error)
{
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

} // namespace

bool refresh(sqlite3 *db, std::optional<qint64> importId, QString *error)
{
    QByteArray sql = "SELECT r.id, r.import_id, r.is_gpu, r.dataset, r.size, r.energy, r.run_time, r.power, "
                     "r.non_overhead_energy, r.energy_per_datum, r.filter_1, r.filter_2, r.filter_3, t.idle_power, "
                     "r.quality, r.source FROM runs r LEFT JOIN node_types t ON t.name = r.node_type";
    if (importId)
        sql += " WHERE r.import_id = ?1";
    sqlite3_stmt *select = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &select, nullptr) != SQLITE_OK)
        return sqlError(db, error);
    if (importId)
        sqlite3_bind_int64(select, 1, *importId);

    std::vector<qint64> ids;
    std::vector<runquality::Mask> quality, stored;
    // Runs without the file's filter_3: their row, group and run time.
    std::vector<std::size_t> unflagged;
    std::vector<std::int64_t> groups;
    std::vector<double> runTimes;
    QHash<QByteArray, std::int64_t> groupIndex;
    int rc;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
        // BUTTER-E's rules describe its meter, sweep and nodes; a run from another tool (CodeCarbon)
        // can only fail "No energy recorded" (docs/data.md "Runs from several sources").
        const QByteArrayView source(reinterpret_cast<const char *>(sqlite3_column_text(select, 15)),
                                    sqlite3_column_bytes(select, 15));
        if (source != QByteArrayView("butter-e")) {
            ids.push_back(sqlite3_column_int64(select, 0));
            quality.push_back(sqlite3_column_double(select, 5) == 0.0 ? runquality::bit(runquality::Rule::ZeroEnergy)
                                                                      : runquality::Mask(0));
            stored.push_back(runquality::Mask(sqlite3_column_int64(select, 14)));
            continue;
        }
        runquality::Input in;
        in.gpu = sqlite3_column_int(select, 2) != 0;
        in.energy = sqlite3_column_double(select, 5);
        in.runTime = sqlite3_column_double(select, 6);
        in.power = sqlite3_column_double(select, 7);
        in.nonOverheadEnergy = sqlite3_column_double(select, 8);
        in.energyPerDatum = optionalDouble(select, 9);
        in.filter1 = optionalBool(select, 10);
        in.filter2 = optionalBool(select, 11);
        in.filter3 = optionalBool(select, 12);
        in.typeIdlePower = optionalDouble(select, 13);
        ids.push_back(sqlite3_column_int64(select, 0));
        quality.push_back(runquality::evaluate(in));
        stored.push_back(runquality::Mask(sqlite3_column_int64(select, 14)));
        if (!in.filter3) {
            const QByteArray key = QByteArray::number(sqlite3_column_int64(select, 1)) + '/'
                + QByteArray::number(in.gpu ? 1 : 0) + '/' + QByteArray::number(sqlite3_column_int64(select, 4)) + '/'
                + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(select, 3)),
                             sqlite3_column_bytes(select, 3));
            const auto it = groupIndex.constFind(key);
            groups.push_back(it != groupIndex.cend() ? *it : *groupIndex.insert(key, groupIndex.size()));
            unflagged.push_back(ids.size() - 1);
            runTimes.push_back(in.runTime);
        }
    }
    sqlite3_finalize(select);
    if (rc != SQLITE_DONE)
        return sqlError(db, error);

    if (!unflagged.empty()) {
        std::vector<runquality::Mask> outliers(unflagged.size(), 0);
        runquality::markRunTimeOutliers(groups, runTimes, outliers);
        for (std::size_t k = 0; k < unflagged.size(); ++k)
            quality[unflagged[k]] |= outliers[k];
    }

    sqlite3_stmt *update = nullptr;
    if (sqlite3_prepare_v2(db, "UPDATE runs SET quality = ?2 WHERE id = ?1", -1, &update, nullptr) != SQLITE_OK)
        return sqlError(db, error);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (quality[i] == stored[i])
            continue;
        sqlite3_bind_int64(update, 1, ids[i]);
        sqlite3_bind_int64(update, 2, quality[i]);
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

} // namespace wattprint::qualityrefresh
