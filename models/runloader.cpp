#include "runloader.h"

#include "store.h"
#include "textids.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <optional>

#include <sqlite3.h>

namespace wattprint {

namespace {

// A text column's value, or none for NULL.
std::optional<QByteArrayView> textOf(sqlite3_stmt *stmt, int column)
{
    const unsigned char *text = sqlite3_column_text(stmt, column);
    if (!text)
        return std::nullopt;
    return QByteArrayView(reinterpret_cast<const char *>(text), sqlite3_column_bytes(stmt, column));
}

double optionalDouble(sqlite3_stmt *stmt, int column)
{
    return sqlite3_column_type(stmt, column) == SQLITE_NULL ? std::numeric_limits<double>::quiet_NaN()
                                                            : sqlite3_column_double(stmt, column);
}

std::int32_t internText(QHash<QString, std::int32_t> *ids, QStringList *names, const QVariant &value)
{
    if (value.isNull())
        return -1;
    const QString text = value.toString();
    auto it = ids->constFind(text);
    if (it != ids->cend())
        return *it;
    const auto id = std::int32_t(names->size());
    names->append(text);
    ids->insert(text, id);
    return id;
}

double optionalValue(const QVariant &value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}

const char *const kColumns = "SELECT id, dataset, shape, node_type, batch, size, depth, is_gpu, "
                             "slurm_job_id, start_ns, energy, run_time, power, non_overhead_energy, "
                             "energy_overhead, energy_per_epoch, energy_per_datum, quality, "
                             "source, project, cpu_energy, gpu_energy, ram_energy FROM runs ";

// Expectations live in a table of their own (docs/data.md, "Expected energy"), read in the runs'
// id order and merged: a join would probe it once per run.
const char *const kExpectations = "SELECT run, expected_energy FROM run_expectations ORDER BY run";

// Places each expectation at its run (ids ascending in both).
class ExpectationMerge
{
public:
    explicit ExpectationMerge(RunColumns *out)
        : m_out(out)
    {
        m_out->expectedEnergy.assign(m_out->id.size(), std::numeric_limits<double>::quiet_NaN());
    }
    void add(std::int64_t run, double expected)
    {
        const std::vector<std::int64_t> &ids = m_out->id;
        while (m_next < ids.size() && ids[m_next] < run)
            ++m_next;
        if (m_next < ids.size() && ids[m_next] == run) {
            m_out->expectedEnergy[m_next++] = expected;
            ++m_found;
        }
    }
    // Done when every run is past: the rest belong to runs the filter left out.
    bool done() const { return m_next >= m_out->id.size(); }
    // A store whose model was never fitted (opened read-only before an upgrade could fit it) has
    // no expectations: the column stays empty, and analyses fit the model on the runs they get.
    void finish()
    {
        if (m_found == 0)
            m_out->expectedEnergy.clear();
    }

private:
    RunColumns *m_out;
    std::size_t m_next = 0;
    std::size_t m_found = 0;
};

// A store on a server, through QtSql (docs/postgresql.md): the same columns and the same NULL
// handling as the SQLite path below.
bool loadThroughQtSql(Store *store, const Filter &filter, RunColumns *out, const std::atomic_bool *cancel,
                      QString *error)
{
    const Filter::Where w = filter.where(store->engine());
    QSqlQuery query(store->database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kColumns) + w.sql + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    if (cancel && cancel->load())
        return false;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QHash<QString, std::int32_t> datasets, shapes, nodeTypes, batches, sources, projects;
    bool parts = false;
    std::size_t n = 0;
    while (query.next()) {
        if ((++n & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return false;
        out->id.push_back(query.value(0).toLongLong());
        out->dataset.push_back(internText(&datasets, &out->datasetNames, query.value(1)));
        out->shape.push_back(internText(&shapes, &out->shapeNames, query.value(2)));
        out->nodeType.push_back(internText(&nodeTypes, &out->nodeTypeNames, query.value(3)));
        out->batch.push_back(internText(&batches, &out->batchNames, query.value(4)));
        out->size.push_back(query.value(5).toLongLong());
        out->depth.push_back(query.value(6).toInt());
        out->isGpu.push_back(std::uint8_t(query.value(7).toInt()));
        out->slurmJobId.push_back(query.value(8).toLongLong());
        out->startNs.push_back(query.value(9).toLongLong());
        out->energy.push_back(query.value(10).toDouble());
        out->runTime.push_back(query.value(11).toDouble());
        out->power.push_back(query.value(12).toDouble());
        out->nonOverheadEnergy.push_back(optionalValue(query.value(13)));
        out->energyOverhead.push_back(optionalValue(query.value(14)));
        out->energyPerEpoch.push_back(optionalValue(query.value(15)));
        out->energyPerDatum.push_back(optionalValue(query.value(16)));
        out->quality.push_back(std::uint16_t(query.value(17).toInt()));
        out->source.push_back(internText(&sources, &out->sourceNames, query.value(18)));
        out->project.push_back(internText(&projects, &out->projectNames, query.value(19)));
        // As the SQLite path below: the parts columns stay empty until a run has one.
        const QVariant cpu = query.value(20), gpu = query.value(21), ram = query.value(22);
        if ((!cpu.isNull() || !gpu.isNull() || !ram.isNull()) && !parts) {
            parts = true;
            const double nan = std::numeric_limits<double>::quiet_NaN();
            out->cpuEnergy.assign(n - 1, nan);
            out->gpuEnergy.assign(n - 1, nan);
            out->ramEnergy.assign(n - 1, nan);
        }
        if (parts) {
            out->cpuEnergy.push_back(optionalValue(cpu));
            out->gpuEnergy.push_back(optionalValue(gpu));
            out->ramEnergy.push_back(optionalValue(ram));
        }
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    query.finish();
    ExpectationMerge merge(out);
    QSqlQuery expectations(store->database());
    expectations.setForwardOnly(true);
    if (!expectations.exec(QLatin1String(kExpectations))) {
        if (error)
            *error = expectations.lastError().text();
        return false;
    }
    while (!merge.done() && expectations.next())
        merge.add(expectations.value(0).toLongLong(), expectations.value(1).toDouble());
    if (expectations.lastError().isValid()) {
        if (error)
            *error = expectations.lastError().text();
        return false;
    }
    merge.finish();
    return true;
}

} // namespace

RunLoader::RunLoader(Store *store)
    : m_store(store)
{}

RunLoader::RunLoader(sqlite3 *db)
    : m_db(db)
{}

bool RunLoader::load(const Filter &filter, RunColumns *out, const std::atomic_bool *cancel, QString *error) const
{
    *out = RunColumns();
    if (m_store && m_store->engine() != SqlEngine::SQLite)
        return loadThroughQtSql(m_store, filter, out, cancel, error);
    sqlite3 *db = m_store ? m_store->handle() : m_db;
    if (!db) {
        if (error)
            *error = QStringLiteral("database not open");
        return false;
    }
    // The runs and their expectations are two statements: one read transaction (a savepoint, which
    // also nests in a caller's transaction) so that both see the store as of the same commit.
    struct ReadTogether
    {
        sqlite3 *db;
        explicit ReadTogether(sqlite3 *d)
            : db(d)
        {
            sqlite3_exec(db, "SAVEPOINT run_loader", nullptr, nullptr, nullptr);
        }
        ~ReadTogether() { sqlite3_exec(db, "RELEASE run_loader", nullptr, nullptr, nullptr); }
    } together(db);
    const Filter::Where w = filter.where();
    const QByteArray sql = (QLatin1String(kColumns) + w.sql + QStringLiteral(" ORDER BY id")).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (int i = 0; i < w.values.size(); ++i) {
        const QVariant &v = w.values.at(i);
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong: sqlite3_bind_int64(stmt, i + 1, v.toLongLong()); break;
        case QMetaType::Double: sqlite3_bind_double(stmt, i + 1, v.toDouble()); break;
        default: {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
    }
    TextIds datasets(&out->datasetNames), shapes(&out->shapeNames), nodeTypes(&out->nodeTypeNames),
        batches(&out->batchNames), sources(&out->sourceNames), projects(&out->projectNames);
    bool parts = false;
    int rc;
    std::size_t n = 0;
    if (cancel && cancel->load()) {
        sqlite3_finalize(stmt);
        return false;
    }
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if ((++n & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            sqlite3_finalize(stmt);
            return false;
        }
        out->id.push_back(sqlite3_column_int64(stmt, 0));
        out->dataset.push_back(datasets.idOf(textOf(stmt, 1)));
        out->shape.push_back(shapes.idOf(textOf(stmt, 2)));
        out->nodeType.push_back(nodeTypes.idOf(textOf(stmt, 3)));
        out->batch.push_back(batches.idOf(textOf(stmt, 4)));
        out->size.push_back(sqlite3_column_int64(stmt, 5));
        out->depth.push_back(sqlite3_column_int(stmt, 6));
        out->isGpu.push_back(std::uint8_t(sqlite3_column_int(stmt, 7)));
        out->slurmJobId.push_back(sqlite3_column_int64(stmt, 8));
        out->startNs.push_back(sqlite3_column_int64(stmt, 9));
        out->energy.push_back(sqlite3_column_double(stmt, 10));
        out->runTime.push_back(sqlite3_column_double(stmt, 11));
        out->power.push_back(sqlite3_column_double(stmt, 12));
        // NULL (a run of another source has no overhead split) reads as NaN, never as 0.
        out->nonOverheadEnergy.push_back(optionalDouble(stmt, 13));
        out->energyOverhead.push_back(optionalDouble(stmt, 14));
        out->energyPerEpoch.push_back(optionalDouble(stmt, 15));
        out->energyPerDatum.push_back(optionalDouble(stmt, 16));
        out->quality.push_back(std::uint16_t(sqlite3_column_int(stmt, 17)));
        out->source.push_back(sources.idOf(textOf(stmt, 18)));
        out->project.push_back(projects.idOf(textOf(stmt, 19)));
        // The parts columns stay empty until a run has one, so a BUTTER-E store carries none.
        const bool part = sqlite3_column_type(stmt, 20) != SQLITE_NULL || sqlite3_column_type(stmt, 21) != SQLITE_NULL
            || sqlite3_column_type(stmt, 22) != SQLITE_NULL;
        if (part && !parts) {
            parts = true;
            const double nan = std::numeric_limits<double>::quiet_NaN();
            out->cpuEnergy.assign(n - 1, nan);
            out->gpuEnergy.assign(n - 1, nan);
            out->ramEnergy.assign(n - 1, nan);
        }
        if (parts) {
            out->cpuEnergy.push_back(optionalDouble(stmt, 20));
            out->gpuEnergy.push_back(optionalDouble(stmt, 21));
            out->ramEnergy.push_back(optionalDouble(stmt, 22));
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    ExpectationMerge merge(out);
    if (sqlite3_prepare_v2(db, kExpectations, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    while (!merge.done() && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        merge.add(sqlite3_column_int64(stmt, 0), sqlite3_column_double(stmt, 1));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    merge.finish();
    return true;
}

} // namespace wattprint
