#include "expectedenergystore.h"

#include "batchupdate.h"
#include "runloader.h"
#include "sqldialect.h"
#include "store.h"

#include <analysiserror.h>
#include <expectedenergy.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>
#include <exception>
#include <future>
#include <limits>

namespace wattprint {

namespace {

bool fail(sqlite3 *db, QString *error)
{
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

// The runs the model is fitted on and predicts for: it explains BUTTER-E's sweep (size, depth,
// dataset); runs of other sources have no configuration and get no expectation (docs/data.md "Runs
// from several sources").
Filter fittedRuns()
{
    Filter butterE;
    butterE.sources = {QStringLiteral("butter-e")};
    return butterE;
}

// Fits the model on the loaded runs, the same for either engine. A model that cannot be fitted
// (numbers beyond what the fit can handle) must not refuse an import: the runs then have no
// expectation, and the stored model says why (in `description`).
ExpectedEnergy fit(RunColumns &runs, QByteArray *description)
{
    runs.expectedEnergy.clear(); // fit afresh, never on the previous expectations
    ExpectedEnergy model;
    QString problem;
    try {
        model = computeExpectedEnergy(runs, ExpectedEnergyOptions::qualityRunsOnly(runs));
    } catch (const std::exception &e) {
        problem = QString::fromUtf8(e.what());
        model = ExpectedEnergy();
        model.totalRuns = runs.rowCount();
        model.expected.assign(runs.rowCount(), std::numeric_limits<double>::quiet_NaN());
    }
    QJsonObject json = expectedEnergyJson(model);
    if (!problem.isEmpty())
        json[QStringLiteral("problem")] = problem;
    *description = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return model;
}

QString fittedAt()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool queryFailed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

bool ExpectedEnergyStore::refresh(sqlite3 *db, QString *error)
{
    return refresh(db, error, {});
}

bool ExpectedEnergyStore::refresh(sqlite3 *db, QString *error, const std::function<void()> &meanwhile)
{
    RunColumns runs;
    if (!RunLoader(db).load(fittedRuns(), &runs, nullptr, error))
        return false;
    return refresh(db, error, meanwhile, std::move(runs));
}

bool ExpectedEnergyStore::refresh(sqlite3 *db, QString *error, const std::function<void()> &meanwhile, RunColumns runs)
{
    QByteArray json;
    ExpectedEnergy model;
    if (meanwhile) {
        // Declared after `runs`, which it reads: destroyed (waited for) first, also on a throw.
        std::future<void> fitted = std::async(std::launch::async, [&] { model = fit(runs, &json); });
        meanwhile();
        fitted.get();
    } else {
        model = fit(runs, &json);
    }
    // The whole table anew, in the runs' id order: appended rows, no index to probe.
    if (sqlite3_exec(db, "DELETE FROM run_expectations", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(db, error);
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO run_expectations (run, expected_energy) VALUES (?, ?)", -1, &insert,
                           nullptr)
        != SQLITE_OK)
        return fail(db, error);
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        const double e = model.expected[i];
        if (!std::isfinite(e))
            continue;
        sqlite3_bind_int64(insert, 1, runs.id[i]);
        sqlite3_bind_double(insert, 2, e);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            sqlite3_finalize(insert);
            return fail(db, error);
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);

    const QByteArray when = fittedAt().toUtf8();
    sqlite3_stmt *save = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO energy_model (id, fitted_at, runs, model) VALUES (1, ?, ?, ?)",
                           -1, &save, nullptr)
        != SQLITE_OK)
        return fail(db, error);
    sqlite3_bind_text(save, 1, when.constData(), int(when.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(save, 2, sqlite3_int64(runs.rowCount()));
    sqlite3_bind_text(save, 3, json.constData(), int(json.size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(save) == SQLITE_DONE;
    sqlite3_finalize(save);
    return ok || fail(db, error);
}

bool ExpectedEnergyStore::needsRefresh(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT EXISTS (SELECT 1 FROM runs) AND NOT EXISTS (SELECT 1 FROM energy_model)", -1,
                           &stmt, nullptr)
        != SQLITE_OK)
        return false;
    const bool needed = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) != 0;
    sqlite3_finalize(stmt);
    return needed;
}

QJsonObject ExpectedEnergyStore::model(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fitted_at, runs, model FROM energy_model WHERE id = 1", -1, &stmt, nullptr)
        != SQLITE_OK)
        return {};
    QJsonObject o;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        const QByteArray text(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)),
                              sqlite3_column_bytes(stmt, 2));
        o = QJsonDocument::fromJson(text).object();
        o[QStringLiteral("fitted_at")] = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        o[QStringLiteral("store_runs")] = double(sqlite3_column_int64(stmt, 1));
    }
    sqlite3_finalize(stmt);
    return o;
}

bool ExpectedEnergyStore::refresh(Store *store, QString *error)
{
    if (store->engine() == SqlEngine::SQLite)
        return refresh(store->handle(), error);
    // On a server (docs/postgresql.md): the same runs in the same order (RunLoader reads both
    // engines into the same columns), so the same fit, bit for bit; only the writing differs.
    RunColumns runs;
    if (!RunLoader(store).load(fittedRuns(), &runs, nullptr, error))
        return false;
    QByteArray json;
    const ExpectedEnergy model = fit(runs, &json);
    const SqlDialect dialect = store->dialect();
    std::vector<std::int64_t> keys;
    std::vector<double> values;
    keys.reserve(runs.rowCount());
    values.reserve(runs.rowCount());
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        if (std::isfinite(model.expected[i])) {
            keys.push_back(runs.id[i]);
            values.push_back(model.expected[i]);
        }
    }
    // DELETE, not TRUNCATE: readers of the table are not locked out until the commit.
    QSqlQuery clear(store->database());
    if (!clear.exec(QStringLiteral("DELETE FROM run_expectations")))
        return queryFailed(clear, error);
    if (!batchupdate::insert(store->database(), dialect, QStringLiteral("run_expectations"), QStringLiteral("run"),
                             QStringLiteral("expected_energy"), keys, values, error))
        return false;

    QSqlQuery save(store->database());
    if (!save.prepare(dialect.upsert(
            QStringLiteral("energy_model"),
            {QStringLiteral("id"), QStringLiteral("fitted_at"), QStringLiteral("runs"), QStringLiteral("model")},
            {QStringLiteral("id")})))
        return queryFailed(save, error);
    save.addBindValue(1);
    save.addBindValue(fittedAt());
    save.addBindValue(qint64(runs.rowCount()));
    save.addBindValue(QString::fromUtf8(json));
    return save.exec() || queryFailed(save, error);
}

bool ExpectedEnergyStore::needsRefresh(Store *store)
{
    if (store->engine() == SqlEngine::SQLite)
        return needsRefresh(store->handle());
    QSqlQuery query(store->database());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM runs) AND NOT EXISTS (SELECT 1 FROM energy_model)"))
        && query.next() && query.value(0).toBool();
}

QJsonObject ExpectedEnergyStore::model(Store *store)
{
    if (store->engine() == SqlEngine::SQLite)
        return model(store->handle());
    QSqlQuery query(store->database());
    QJsonObject o;
    if (query.exec(QStringLiteral("SELECT fitted_at, runs, model FROM energy_model WHERE id = 1")) && query.next()) {
        o = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        o[QStringLiteral("fitted_at")] = query.value(0).toString();
        o[QStringLiteral("store_runs")] = double(query.value(1).toLongLong());
    }
    return o;
}

} // namespace wattprint
