#include "runloader.h"

#include "store.h"
#include "textids.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <future>
#include <limits>
#include <optional>
#include <system_error>
#include <thread>

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

// Below this many ids a store is read on one connection: a second one costs more to open than
// it saves.
std::atomic<std::int64_t> parallelLoadMinRuns{50000};
std::atomic_int halvedLoads{0};

// The runs read by one statement: all the filter keeps, or those of them up to or above an id.
struct IdRange
{
    std::optional<std::int64_t> atMost;
    std::optional<std::int64_t> above;
};

void bindValues(sqlite3_stmt *stmt, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
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
}

// Reads the runs of one statement into columns, keeping each text column's dictionary.
class RunReader
{
public:
    explicit RunReader(RunColumns *out)
        : m_out(out)
        , m_datasets(&out->datasetNames)
        , m_shapes(&out->shapeNames)
        , m_nodeTypes(&out->nodeTypeNames)
        , m_batches(&out->batchNames)
        , m_sources(&out->sourceNames)
        , m_projects(&out->projectNames)
    {}
    ~RunReader() { sqlite3_finalize(m_stmt); }
    RunReader(const RunReader &) = delete;
    RunReader &operator=(const RunReader &) = delete;

    bool read(sqlite3 *db, const Filter::Where &w, const IdRange &range, const std::atomic_bool *cancel, QString *error)
    {
        m_db = db;
        QString where = w.sql;
        QVariantList values = w.values;
        for (const auto &[bound, op] : {std::pair(range.atMost, "<="), std::pair(range.above, ">")}) {
            if (!bound)
                continue;
            // "WHERE a OR b" stays one term: the id bound is ANDed with all of it.
            where = (where.isEmpty() ? QStringLiteral("WHERE ")
                                     : QStringLiteral("WHERE (%1) AND ").arg(where.mid(int(qstrlen("WHERE ")))))
                + QStringLiteral("id %1 ?").arg(QLatin1String(op));
            values.append(qlonglong(*bound));
        }
        const QByteArray sql = (QLatin1String(kColumns) + where + QStringLiteral(" ORDER BY id")).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        bindValues(m_stmt, values);
        int rc;
        std::size_t n = 0;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
            if ((++n & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                return false;
            add();
        }
        return rc == SQLITE_DONE || failed(error);
    }

private:
    bool failed(QString *error) const
    {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    void add()
    {
        sqlite3_stmt *stmt = m_stmt;
        RunColumns *out = m_out;
        out->id.push_back(sqlite3_column_int64(stmt, 0));
        out->dataset.push_back(m_datasets.idOf(textOf(stmt, 1)));
        out->shape.push_back(m_shapes.idOf(textOf(stmt, 2)));
        out->nodeType.push_back(m_nodeTypes.idOf(textOf(stmt, 3)));
        out->batch.push_back(m_batches.idOf(textOf(stmt, 4)));
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
        out->source.push_back(m_sources.idOf(textOf(stmt, 18)));
        out->project.push_back(m_projects.idOf(textOf(stmt, 19)));
        // The parts columns stay empty until a run has one, so a BUTTER-E store carries none.
        const bool part = sqlite3_column_type(stmt, 20) != SQLITE_NULL || sqlite3_column_type(stmt, 21) != SQLITE_NULL
            || sqlite3_column_type(stmt, 22) != SQLITE_NULL;
        if (part && !m_parts) {
            m_parts = true;
            const double nan = std::numeric_limits<double>::quiet_NaN();
            out->cpuEnergy.assign(out->id.size() - 1, nan);
            out->gpuEnergy.assign(out->id.size() - 1, nan);
            out->ramEnergy.assign(out->id.size() - 1, nan);
        }
        if (m_parts) {
            out->cpuEnergy.push_back(optionalDouble(stmt, 20));
            out->gpuEnergy.push_back(optionalDouble(stmt, 21));
            out->ramEnergy.push_back(optionalDouble(stmt, 22));
        }
    }

    RunColumns *m_out;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_parts = false;
    TextIds m_datasets, m_shapes, m_nodeTypes, m_batches, m_sources, m_projects;
};

bool readRuns(sqlite3 *db, const Filter::Where &w, const IdRange &range, RunColumns *out,
              const std::atomic_bool *cancel, QString *error)
{
    return RunReader(out).read(db, w, range, cancel, error);
}

// A statement still stepping on `db` holds a read snapshot of its own, which a second
// connection could not share.
bool readingAlready(sqlite3 *db)
{
    for (sqlite3_stmt *stmt = sqlite3_next_stmt(db, nullptr); stmt; stmt = sqlite3_next_stmt(db, stmt)) {
        if (sqlite3_stmt_busy(stmt))
            return true;
    }
    return false;
}

// The id that splits the store's ids in two halves, if there are enough of them to read at once.
std::optional<std::int64_t> splitPoint(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    std::optional<std::int64_t> mid;
    if (sqlite3_prepare_v2(db, "SELECT min(id), max(id) FROM runs", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
        const std::int64_t low = sqlite3_column_int64(stmt, 0), high = sqlite3_column_int64(stmt, 1);
        if (high - low + 1 >= parallelLoadMinRuns.load())
            mid = low + (high - low) / 2;
    }
    sqlite3_finalize(stmt);
    return mid;
}

// Moves `from` to the end of `to`, keeping no second copy longer than one column.
template<typename T>
void appendColumn(std::vector<T> *to, std::vector<T> *from)
{
    to->insert(to->end(), from->begin(), from->end());
    std::vector<T>().swap(*from);
}

// Appends the codes of a text column read separately: its names are looked up in, or added to,
// `names` in their first-seen order, so the result is what one read of all rows gives.
void appendCodes(std::vector<std::int32_t> *to, QStringList *names, std::vector<std::int32_t> *from,
                 const QStringList &fromNames)
{
    QHash<QString, std::int32_t> index;
    for (int i = 0; i < names->size(); ++i)
        index.insert(names->at(i), std::int32_t(i));
    std::vector<std::int32_t> code(std::size_t(fromNames.size()));
    for (int i = 0; i < fromNames.size(); ++i) {
        const auto it = index.constFind(fromNames.at(i));
        if (it != index.cend()) {
            code[std::size_t(i)] = *it;
        } else {
            code[std::size_t(i)] = std::int32_t(names->size());
            names->append(fromNames.at(i));
        }
    }
    to->reserve(to->size() + from->size());
    for (const std::int32_t c : *from)
        to->push_back(c < 0 ? c : code[std::size_t(c)]);
    std::vector<std::int32_t>().swap(*from);
}

// Appends the runs of `more` (later ids than every run of `out`) to `out`.
void appendRuns(RunColumns *out, RunColumns *more)
{
    const std::size_t before = out->id.size(), added = more->id.size();
    appendColumn(&out->id, &more->id);
    appendCodes(&out->dataset, &out->datasetNames, &more->dataset, more->datasetNames);
    appendCodes(&out->shape, &out->shapeNames, &more->shape, more->shapeNames);
    appendCodes(&out->nodeType, &out->nodeTypeNames, &more->nodeType, more->nodeTypeNames);
    appendCodes(&out->batch, &out->batchNames, &more->batch, more->batchNames);
    appendCodes(&out->source, &out->sourceNames, &more->source, more->sourceNames);
    appendCodes(&out->project, &out->projectNames, &more->project, more->projectNames);
    for (auto column : {&RunColumns::size, &RunColumns::slurmJobId, &RunColumns::startNs})
        appendColumn(&(out->*column), &(more->*column));
    appendColumn(&out->depth, &more->depth);
    appendColumn(&out->isGpu, &more->isGpu);
    appendColumn(&out->quality, &more->quality);
    for (auto column : {&RunColumns::energy, &RunColumns::runTime, &RunColumns::power, &RunColumns::nonOverheadEnergy,
                        &RunColumns::energyOverhead, &RunColumns::energyPerEpoch, &RunColumns::energyPerDatum})
        appendColumn(&(out->*column), &(more->*column));
    // The parts columns are empty in a half without a part, and filled with NaN once either has one.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto [to, from] : {std::pair(&out->cpuEnergy, &more->cpuEnergy), std::pair(&out->gpuEnergy, &more->gpuEnergy),
                            std::pair(&out->ramEnergy, &more->ramEnergy)}) {
        if (from->empty() && to->empty())
            continue;
        to->resize(before, nan);
        from->resize(added, nan);
        appendColumn(to, from);
    }
}

// Starts the read transaction of `db` (a deferred one, already begun) with a read that costs
// nothing: SQLite takes the transaction's snapshot at its first read and keeps it to the end.
bool takeSnapshot(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    bool ok = sqlite3_prepare_v2(db, "SELECT 1 FROM runs LIMIT 1", -1, &stmt, nullptr) == SQLITE_OK;
    if (ok) {
        const int rc = sqlite3_step(stmt);
        ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    }
    sqlite3_finalize(stmt);
    return ok;
}

// A connection that holds the store's write lock until it is destroyed (or released).
class WriteLock
{
public:
    explicit WriteLock(const char *path)
    {
        if (sqlite3_open_v2(path, &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK
            && sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK)
            m_held = true;
    }
    ~WriteLock() { release(); }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;
    bool held() const { return m_held; }
    void release()
    {
        if (m_held)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_held = false;
        sqlite3_close(m_db);
        m_db = nullptr;
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_held = false;
};

// Reads the runs in two halves of their ids at once: this thread the first on `db` (inside the
// caller's read transaction), another thread the second on a connection of its own. Both reads
// must see the same commit: a third connection holds the store's write lock while the two take
// their snapshots (a trivial read each), so that no write can land between them, and lets go
// before the real reads begin. Empty when that cannot be set up (a writer is busy, the file
// cannot be opened again, no thread can be started): the caller then reads on `db` alone.
std::optional<bool> loadInHalves(sqlite3 *db, const Filter::Where &w, std::int64_t mid, RunColumns *out,
                                 const std::atomic_bool *cancel, QString *error)
{
    const char *path = sqlite3_db_filename(db, "main");
    if (!path || !*path)
        return std::nullopt;
    WriteLock lock(path);
    if (!lock.held() || !takeSnapshot(db))
        return std::nullopt;
    RunColumns second;
    QString secondError;
    bool secondOk = false;
    std::promise<bool> started;
    std::future<bool> begun = started.get_future();
    const auto readSecondHalf = [&] {
        sqlite3 *connection = nullptr;
        bool announced = false;
        try {
            const bool ok = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
                    == SQLITE_OK
                && sqlite3_exec(connection, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK
                && takeSnapshot(connection);
            started.set_value(ok);
            announced = true;
            if (ok)
                secondOk = readRuns(connection, w, IdRange{std::nullopt, mid}, &second, cancel, &secondError);
        } catch (const std::exception &e) { // out of memory: reported as the load's error
            if (!announced)
                started.set_value(false);
            secondOk = false;
            secondError = QString::fromUtf8(e.what());
        }
        if (connection)
            sqlite3_exec(connection, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(connection);
    };
    std::thread other;
    try {
        other = std::thread(readSecondHalf);
    } catch (const std::system_error &) {
        return std::nullopt; // no thread to be had: one read, in the snapshot just taken
    }
    // Joins the other thread on every way out, exceptions included.
    struct Join
    {
        std::thread &thread;
        ~Join()
        {
            if (thread.joinable())
                thread.join();
        }
    } join{other};
    const bool parallel = begun.get();
    lock.release();
    const bool firstOk = readRuns(db, w, IdRange{mid, std::nullopt}, out, cancel, error);
    other.join();
    if (!firstOk)
        return false;
    if (!parallel) {
        // The second half from this connection after all, in the same read transaction.
        second = RunColumns();
        secondOk = readRuns(db, w, IdRange{std::nullopt, mid}, &second, cancel, &secondError);
    }
    if (!secondOk) {
        if (error && !secondError.isEmpty())
            *error = secondError;
        return false;
    }
    appendRuns(out, &second);
    if (parallel)
        ++halvedLoads;
    return true;
}

bool readExpectations(sqlite3 *db, RunColumns *out, QString *error)
{
    ExpectationMerge merge(out);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, kExpectations, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc = SQLITE_DONE;
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

} // namespace

std::int64_t RunLoader::setParallelLoadMinRuns(std::int64_t runs)
{
    return parallelLoadMinRuns.exchange(runs);
}

int RunLoader::halvedLoadCount()
{
    return halvedLoads.load();
}

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
    const Filter::Where w = filter.where();
    // A store of many runs is read in two halves of its ids at once, each on a connection of its
    // own (docs/architecture.md, "Data flow"). Not inside a caller's transaction (a second
    // connection would not see what it wrote) nor on a store opened read-only (no write lock to
    // hold while the two reads begin).
    std::optional<std::int64_t> split;
    if (m_store && !m_store->isReadOnly() && sqlite3_get_autocommit(db) && !readingAlready(db))
        split = splitPoint(db);
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
    if (cancel && cancel->load())
        return false;
    std::optional<bool> read;
    if (split)
        read = loadInHalves(db, w, *split, out, cancel, error);
    if (!read) // not split, or the second connection could not start: one read
        read = readRuns(db, w, {}, out, cancel, error);
    return *read && readExpectations(db, out, error);
}

} // namespace wattprint
