#include "importer.h"

#include "codecarbonimporter.h"
#include "csvreader.h"
#include "demogenerator.h"
#include "expectedenergystore.h"
#include "fieldparse.h"
#include "qualityrefresh.h"
#include "schema.h"
#include "serverimportmerge.h"
#include "store.h"
#include "textids.h"

#include <runcolumns.h>
#include <runquality.h>
#include <vectorstate.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace wattprint {

namespace {

QString notOpenForImport()
{
    return QCoreApplication::translate("Importer", "The database is not open");
}

QString readOnlyRefusal(const Store &store)
{
    return QCoreApplication::translate("Importer", "%1 can only be read (%2): nothing can be imported into it")
        .arg(store.path(), store.readOnlyReason());
}

constexpr double CpuEnergyOverhead = 14028.665573;
constexpr double CpuRuntimeOverhead = 52.883914;
constexpr double GpuEnergyOverhead = 271560.240048;
constexpr double GpuRuntimeOverhead = 656.373676;
constexpr int EpochsPerRun = 3000;
constexpr qsizetype MaxIssuesKept = 500;

QByteArray normalisedName(QByteArrayView raw)
{
    QByteArray name = fieldparse::trimmed(raw).toByteArray().toLower();
    if (name.endsWith(" (mb)"))
        name.chop(5);
    return name.trimmed();
}

QString displayValue(QByteArrayView v)
{
    return fieldparse::printable(v, 60);
}

// A whole number or a double as the shortest text that reads back the same.
QString valueText(qint64 v)
{
    return QString::number(v);
}
QString valueText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// "name" with any quote doubled: an SQL identifier, whatever the text.
QByteArray quotedIdentifier(const QByteArray &name)
{
    QByteArray quoted = name;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

// A failed statement or constraint: the whole file is rolled back.
struct SqlFailure
{
    QString message;
};

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            throw SqlFailure{QString::fromUtf8(sqlite3_errmsg(db))};
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, QByteArrayView v) { sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT); }
    // Not copied: the text must stay as it is until the statement is stepped and unbound.
    void bindUncopied(int i, QByteArrayView v) { sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_STATIC); }
    void clearBindings() { sqlite3_clear_bindings(m_stmt); }
    void bind(int i, const QString &v) { bind(i, QByteArrayView(v.toUtf8())); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    template<typename T>
    void bind(int i, const std::optional<T> &v)
    {
        if (v)
            bind(i, *v);
        else
            bindNull(i);
    }
    // Returns the number of rows changed.
    int step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3 *db = sqlite3_db_handle(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            throw SqlFailure{QString::fromUtf8(sqlite3_errmsg(db))};
        return sqlite3_changes(db);
    }
    // For queries: true with a row to read (column*), false when done (the statement is reset).
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        sqlite3 *db = sqlite3_db_handle(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            throw SqlFailure{QString::fromUtf8(sqlite3_errmsg(db))};
        return false;
    }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    // A stored value as the messages show it: reals in their shortest exact form, NULL as "empty".
    QString columnText(int i) const
    {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_NULL: return QCoreApplication::translate("Importer", "empty");
        case SQLITE_INTEGER: return valueText(qint64(sqlite3_column_int64(m_stmt, i)));
        case SQLITE_FLOAT: return valueText(sqlite3_column_double(m_stmt, i));
        default:
            return fieldparse::printable(QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                                        sqlite3_column_bytes(m_stmt, i)),
                                         60);
        }
    }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

void execSql(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        throw SqlFailure{text};
    }
}

// A row the reader could not accept; carries what the message needs.
struct RowError
{
    QString column;
    QString value;
    QString reason;
};

// The values of one runs row in the order of the insert's parameters (?1..?42), kept so that a
// row whose run_id is stored already can be compared with the stored one and, if asked, replace it.
class RunValues
{
public:
    static constexpr int Count = 42;
    // The runs columns in parameter order; ?2..?LastCompared are the values the file gave.
    static constexpr std::array<const char *, Count + 1> Columns = {"",
                                                                    "run_id",
                                                                    "experiment_id",
                                                                    "slurm_job_id",
                                                                    "start_time",
                                                                    "update_time",
                                                                    "end_time",
                                                                    "node",
                                                                    "size",
                                                                    "depth",
                                                                    "shape",
                                                                    "dataset",
                                                                    "learning_rate",
                                                                    "batch_size",
                                                                    "optimizer",
                                                                    "is_gpu",
                                                                    "batch",
                                                                    "energy",
                                                                    "run_time",
                                                                    "filter_1",
                                                                    "filter_2",
                                                                    "filter_3",
                                                                    "filter_3_stdevs",
                                                                    "filter",
                                                                    "start_time_int",
                                                                    "start_offset",
                                                                    "power",
                                                                    "num_reps",
                                                                    "std_power",
                                                                    "std_energy",
                                                                    "energy_overhead",
                                                                    "non_overhead_energy",
                                                                    "runtime_overhead",
                                                                    "non_overhead_runtime",
                                                                    "start_ns",
                                                                    "update_ns",
                                                                    "end_ns",
                                                                    "device",
                                                                    "node_type",
                                                                    "energy_per_epoch",
                                                                    "energy_per_datum",
                                                                    "import_id",
                                                                    "quality"};
    static constexpr int LastCompared = 36; // end_ns; device, node type, quality and the rest are derived

    void set(int i, qint64 v) { m_values[size_t(i)] = {Value::Integer, v, 0, {}}; }
    void set(int i, double v) { m_values[size_t(i)] = {Value::Real, 0, v, {}}; }
    // The view must stay valid until the row is bound (reader fields do).
    void set(int i, QByteArrayView v) { m_values[size_t(i)] = {Value::Text, 0, 0, v}; }
    void setOwned(int i, QByteArray v)
    {
        m_owned[size_t(i)] = std::move(v);
        set(i, QByteArrayView(m_owned[size_t(i)]));
    }
    void setNull(int i) { m_values[size_t(i)] = {}; }
    // Copies every text the row points to into storage of its own, so that it outlives the
    // reader's buffer (rows are read on one thread and written on another). The storage is
    // reused row after row; the values must not be copied afterwards.
    void ownTexts()
    {
        qsizetype total = 0;
        for (const Value &v : m_values) {
            if (v.kind == Value::Text)
                total += v.text.size();
        }
        m_arena.resize(total);
        char *at = m_arena.data();
        for (Value &v : m_values) {
            if (v.kind != Value::Text || v.text.isEmpty())
                continue;
            std::memcpy(at, v.text.data(), size_t(v.text.size()));
            v.text = QByteArrayView(at, v.text.size());
            at += v.text.size();
        }
    }
    template<typename T>
    void set(int i, const std::optional<T> &v)
    {
        if (v)
            set(i, *v);
        else
            setNull(i);
    }
    // `uncopied`: the texts are bound where they are (Statement::bindUncopied), for a statement
    // stepped and unbound while this row stays put.
    void bind(Statement &s, int first, int last, bool uncopied = false) const
    {
        for (int i = first; i <= last; ++i) {
            const Value &v = m_values[size_t(i)];
            switch (v.kind) {
            case Value::Null: s.bindNull(i); break;
            case Value::Integer: s.bind(i, v.integer); break;
            case Value::Real: s.bind(i, v.real); break;
            case Value::Text:
                if (uncopied)
                    s.bindUncopied(i, v.text);
                else
                    s.bind(i, v.text);
                break;
            }
        }
    }
    QByteArrayView textAt(int i) const { return m_values[size_t(i)].text; }
    qint64 integerAt(int i) const { return m_values[size_t(i)].integer; }
    // As SQLite gives a stored REAL back: NULL as NaN, an integral value as +0.0 rather than -0.0
    // (SQLite keeps such a value as an integer).
    double realAt(int i) const
    {
        const Value &v = m_values[size_t(i)];
        if (v.kind == Value::Null || (v.kind == Value::Real && std::isnan(v.real)))
            return std::numeric_limits<double>::quiet_NaN();
        const double d = v.kind == Value::Real ? v.real : double(v.integer);
        return d == 0.0 ? 0.0 : d;
    }
    std::optional<QByteArrayView> textOrNull(int i) const
    {
        // A text without data is bound as NULL (sqlite3_bind_text with a null pointer).
        const Value &v = m_values[size_t(i)];
        if (v.kind != Value::Text || v.text.data() == nullptr)
            return std::nullopt;
        return v.text;
    }
    QString text(int i) const
    {
        const Value &v = m_values[size_t(i)];
        switch (v.kind) {
        case Value::Null: break;
        case Value::Integer: return valueText(v.integer);
        case Value::Real: return valueText(v.real);
        case Value::Text: return fieldparse::printable(v.text, 60);
        }
        return QCoreApplication::translate("Importer", "empty");
    }

private:
    struct Value
    {
        enum Kind { Null, Integer, Real, Text } kind = Null;
        qint64 integer = 0;
        double real = 0;
        QByteArrayView text;
    };
    std::array<Value, Count + 1> m_values;
    std::array<QByteArray, Count + 1> m_owned;
    QByteArray m_arena;
};

// Rows of a file parsed on a thread of their own while the importing thread writes them to the
// store: a ring of batches handed back and forth, so neither waits for the other as long as both
// have work (docs/architecture.md, "Importing"). The importing thread alone touches the store.
template<typename Row>
class ParsePipeline
{
public:
    static constexpr int Batches = 4;
    static constexpr int BatchRows = 256;
    struct Batch
    {
        std::array<Row, BatchRows> rows;
        int count = 0;
        bool last = false; // the reader has no more rows
    };

    // `parse` fills the row and returns false at the end of the input.
    explicit ParsePipeline(std::function<bool(Row &)> parse)
        : m_parse(std::move(parse))
        , m_batches(Batches)
    {
        for (int i = 0; i < Batches; ++i)
            m_free.push_back(i);
        m_thread = std::thread([this] { produce(); });
    }
    ~ParsePipeline() { stop(); }

    // The next batch of parsed rows, nullptr once every row has been handed out. Rethrows what
    // the parsing thread threw.
    Batch *next()
    {
        if (m_current >= 0) {
            const bool last = m_batches[size_t(m_current)].last;
            {
                std::lock_guard lock(m_mutex);
                m_free.push_back(m_current);
            }
            m_changed.notify_all();
            m_current = -1;
            if (last)
                return nullptr;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_failure; });
        if (m_failure && m_full.empty())
            std::rethrow_exception(m_failure);
        m_current = m_full.front();
        m_full.pop_front();
        return &m_batches[size_t(m_current)];
    }

    // Stops the parsing thread and waits for it: before the reader it uses goes away.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void produce()
    {
        try {
            for (;;) {
                int b;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [this] { return !m_free.empty() || m_stop; });
                    if (m_stop)
                        return;
                    b = m_free.front();
                    m_free.pop_front();
                }
                Batch &batch = m_batches[size_t(b)];
                batch.count = 0;
                batch.last = false;
                while (batch.count < BatchRows) {
                    if (!m_parse(batch.rows[size_t(batch.count)])) {
                        batch.last = true;
                        break;
                    }
                    ++batch.count;
                }
                {
                    std::lock_guard lock(m_mutex);
                    m_full.push_back(b);
                }
                m_changed.notify_all();
                if (batch.last)
                    return;
            }
        } catch (...) {
            {
                std::lock_guard lock(m_mutex);
                m_failure = std::current_exception();
            }
            m_changed.notify_all();
        }
    }

    std::function<bool(Row &)> m_parse;
    std::vector<Batch> m_batches;
    std::deque<int> m_free, m_full;
    int m_current = -1;
    bool m_stop = false;
    std::exception_ptr m_failure;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

// Column positions of a header, by lower-case name. An unnamed first column (pandas' written
// index) is ignored. A name given twice is recorded, not resolved: the importer refuses such
// a header rather than guess which of the two columns holds the real values.
class HeaderMap
{
public:
    explicit HeaderMap(const QList<QByteArray> &header)
        : m_columns(header.size())
    {
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QByteArray name = normalisedName(header.at(i));
            if (name.isEmpty() || (i == 0 && (name.startsWith("unnamed") || name == "index")))
                continue;
            const auto previous = m_index.constFind(name);
            if (previous != m_index.cend()) {
                if (m_duplicate.isEmpty()) {
                    m_duplicate = header.at(i);
                    m_duplicateColumns = {*previous + 1, int(i) + 1};
                }
                continue;
            }
            m_index.insert(name, int(i));
        }
    }
    // Column names are string literals: cache their positions by address so the
    // per-field lookup in the row loop costs a pointer hash, not a string build.
    int indexOf(const char *name) const
    {
        const auto it = m_byLiteral.find(name);
        if (it != m_byLiteral.end())
            return it->second;
        const int index = m_index.value(QByteArray(name), -1);
        m_byLiteral.emplace(name, index);
        return index;
    }
    bool has(const char *name) const { return m_index.contains(QByteArray(name)); }
    qsizetype columnCount() const { return m_columns; }
    // The first name given twice (as written), and its two 1-based column numbers.
    const QByteArray &duplicate() const { return m_duplicate; }
    QPair<int, int> duplicateColumns() const { return m_duplicateColumns; }

private:
    QHash<QByteArray, int> m_index;
    mutable std::unordered_map<const char *, int> m_byLiteral;
    qsizetype m_columns = 0;
    QByteArray m_duplicate;
    QPair<int, int> m_duplicateColumns;
};

// The columns RunLoader would read back for the runs a runs file inserted, built as they are
// inserted (ExpectedEnergyStore fits the model on them at commit): the same values, NULL as NaN,
// texts as ids in first-seen order, so the fit is the same to the bit (tst_importer checks it
// against a refit read from the store).
class FitCapture
{
public:
    void add(qint64 id, const RunValues &v)
    {
        m_runs.id.push_back(id);
        m_runs.dataset.push_back(m_datasets.idOf(v.textOrNull(11)));
        m_runs.shape.push_back(m_shapes.idOf(v.textOrNull(10)));
        m_runs.nodeType.push_back(m_nodeTypes.idOf(v.textOrNull(38)));
        m_runs.batch.push_back(m_batches.idOf(v.textOrNull(16)));
        m_runs.size.push_back(v.integerAt(8));
        m_runs.depth.push_back(std::int32_t(v.integerAt(9)));
        m_runs.isGpu.push_back(std::uint8_t(v.integerAt(15)));
        m_runs.slurmJobId.push_back(v.integerAt(3));
        m_runs.startNs.push_back(v.integerAt(34));
        m_runs.energy.push_back(v.realAt(17));
        m_runs.runTime.push_back(v.realAt(18));
        m_runs.power.push_back(v.realAt(26));
        m_runs.nonOverheadEnergy.push_back(v.realAt(31));
        m_runs.energyOverhead.push_back(v.realAt(30));
        m_runs.energyPerEpoch.push_back(v.realAt(39));
        m_runs.energyPerDatum.push_back(v.realAt(40));
        m_runs.quality.push_back(std::uint16_t(v.integerAt(RunValues::Count)));
        // The runs insert leaves source to its default and project empty.
        m_runs.source.push_back(0);
        m_runs.project.push_back(-1);
    }
    RunColumns take()
    {
        if (!m_runs.id.empty())
            m_runs.sourceNames = {QStringLiteral("butter-e")};
        return std::move(m_runs);
    }

private:
    RunColumns m_runs;
    TextIds m_datasets{&m_runs.datasetNames}, m_shapes{&m_runs.shapeNames}, m_nodeTypes{&m_runs.nodeTypeNames},
        m_batches{&m_runs.batchNames};
};

class ImportSession
{
public:
    ImportSession(sqlite3 *db, const ImportOptions &options, ImportReport *report, const std::atomic_bool *cancel,
                  std::function<void(qint64)> progress)
        : m_db(db)
        , m_options(options)
        , m_report(report)
        , m_cancel(cancel)
        , m_progress(std::move(progress))
    {}

    void begin(const QString &source, const QString &sha)
    {
        // Every row's import_id is the row this session inserts first, so per-row foreign-key
        // probes buy nothing; the pragma cannot change inside a transaction, hence here.
        execSql(m_db, "PRAGMA foreign_keys=OFF");
        m_foreignKeysOff = true;
        // A dozen indexes updated row by row thrash a reader's small page cache.
        execSql(m_db, QByteArray("PRAGMA cache_size=-" + QByteArray::number(Store::BulkCacheKb)).constData());
        execSql(m_db, "BEGIN IMMEDIATE");
        m_inTransaction = true;
        Statement insert(m_db,
                         "INSERT INTO imports (source_path, sha256, imported_at, kind, synthetic) "
                         "VALUES (?, coalesce(?, ''), ?, '', ?)");
        insert.bind(1, source);
        insert.bind(2, sha);
        insert.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insert.bind(4, qint64(m_options.synthetic ? 1 : 0));
        insert.step();
        m_report->synthetic = m_options.synthetic;
        m_importId = sqlite3_last_insert_rowid(m_db);
        loadLookups();
    }

    // The runs of this import are the demo generator's: labelled synthetic whatever the options say.
    void markSynthetic()
    {
        Statement update(m_db, "UPDATE imports SET synthetic = 1 WHERE id = ?");
        update.bind(1, m_importId);
        update.step();
        m_report->synthetic = true;
    }

    // Loading into an empty table: drop its secondary indexes now and build them once at
    // commit (a sort) instead of updating a dozen B-trees row by row. DDL is transactional
    // in SQLite, so a rollback restores them.
    // Returns whether the table was empty.
    bool deferIndexesIfEmpty(const char *table)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray probe = QByteArray("SELECT EXISTS (SELECT 1 FROM ") + table + ")";
        sqlite3_prepare_v2(m_db, probe.constData(), -1, &stmt, nullptr);
        const bool empty = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) == 0;
        sqlite3_finalize(stmt);
        if (!empty)
            return false;
        // Names and definitions come from our own schema (schema::indexes()), never from the
        // file: a store is input too, and may have been edited by anyone.
        for (const schema::Index &index : schema::indexes()) {
            if (index.table != QLatin1String(table))
                continue;
            Statement exists(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?");
            exists.bind(1, index.name);
            if (!exists.next())
                continue;
            exists.reset();
            execSql(m_db, (QByteArray("DROP INDEX ") + quotedIdentifier(index.name.toUtf8())).constData());
            m_deferredIndexes.append(index.sql.toUtf8());
        }
        return true;
    }

    // Whether the runs table has no statistics, or has more than doubled since they were taken
    // (the first number of an index's stat is the rows it counted).
    bool runsOutgrewStatistics() const
    {
        Statement statistics(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'");
        if (!statistics.next())
            return true;
        Statement measured(m_db,
                           "SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE tbl = 'runs' AND idx = 'runs_config'");
        if (!measured.next())
            return true;
        Statement runs(m_db, "SELECT count(*) FROM runs");
        runs.next();
        return runs.columnInt(0) > 2 * measured.columnInt(0);
    }

    void commit()
    {
        QString qualityError;
        if (m_nodesChanged) {
            // Runs on the nodes this session described take their type, and so does their quality
            // (the plausible power depends on the node type): earlier imports' runs, and this
            // one's that came before the node file (a zip of runs and node_sinfo in that order).
            Statement update(m_db,
                             "UPDATE runs SET node_type = (SELECT n.type FROM nodes n WHERE n.node = runs.node) "
                             "WHERE node IN (SELECT node FROM nodes WHERE sinfo_import_id = ?1) "
                             "AND node_type IS NOT (SELECT n.type FROM nodes n WHERE n.node = runs.node)");
            update.bind(1, m_importId);
            if (update.step() > 0) {
                storeChangedBeyondRunsFiles();
                m_butterEChanged = true;
                if (!qualityrefresh::refresh(m_db, std::nullopt, &qualityError))
                    throw SqlFailure{qualityError};
            }
        }
        // filter_3 needs the whole group: for runs the file gave no flag, it is computed now
        // that every row of the import is stored (docs/data.md "Quality of a run").
        if (m_runsLackFilter3) {
            storeChangedBeyondRunsFiles();
            if (!qualityrefresh::refresh(m_db, m_importId, &qualityError))
                throw SqlFailure{qualityError};
        }
        // Work on the store that the model's fit need not wait for: done while it is fitted.
        auto meanwhile = [this] {
            const bool runsIndexed = std::any_of(m_deferredIndexes.cbegin(), m_deferredIndexes.cend(),
                                                 [](const QByteArray &sql) { return sql.contains(" ON runs("); });
            for (const QByteArray &sql : std::as_const(m_deferredIndexes))
                execSql(m_db, sql.constData());
            m_deferredIndexes.clear();
            // The planner's statistics: without them SQLite cannot tell that runs_config answers
            // a filter on shape, size or device by stepping through its few datasets, and counts
            // such a filter's runs by reading every row (docs/data.md, "Store schema in brief").
            // Taken again once the table has more than doubled since; not in a server import's
            // scratch store, which is thrown away.
            if (!m_scratchOrigins && (runsIndexed || runsOutgrewStatistics()))
                execSql(m_db, "ANALYZE runs");
            countQuality();
        };
        Statement update(m_db,
                         "UPDATE imports SET kind = ?, rows_accepted = ?, rows_rejected = ?, "
                         "rows_duplicate = ? WHERE id = ?");
        update.bind(1, m_report->kinds.join(QLatin1Char('+')));
        update.bind(2, m_report->accepted);
        update.bind(3, m_report->rejected);
        update.bind(4, m_report->duplicates);
        update.bind(5, m_importId);
        update.step();
        if (!m_sha256.isEmpty()) {
            Statement sha(m_db, "UPDATE imports SET sha256 = ? WHERE id = ?");
            sha.bind(1, m_sha256);
            sha.bind(2, m_importId);
            sha.step();
        }
        // Every run's expectation from a model fitted on the store as it now is, in this same
        // transaction: the new runs and everyone's expectations land together. A scratch store
        // leaves that to the server, which holds all the runs. The model is fitted on the BUTTER-E
        // runs alone: an import that changed none of them (CodeCarbon, a mapped CSV) leaves it and
        // every expectation as they were, unless the store has no model yet.
        // Replaced runs are not in `accepted`, and re-graded ones belong to other imports.
        const bool refit = !m_scratchOrigins
            && (m_butterEChanged || (m_report->accepted > 0 && ExpectedEnergyStore::needsRefresh(m_db)));
        if (!refit)
            meanwhile();
        if (m_scratchOrigins) {
            m_scratchOrigins->entries = m_entryNames;
            m_scratchOrigins->firstRowId = m_firstRunRowId;
            m_scratchOrigins->byRow.clear();
            m_scratchOrigins->byRow.reserve(m_runOrigins.size());
            for (const RunOrigin &o : m_runOrigins)
                m_scratchOrigins->byRow.push_back({o.entry, o.line});
        } else if (refit) {
            QString error;
            const bool fitted = m_fitColumns
                ? ExpectedEnergyStore::refresh(m_db, &error, meanwhile, m_fitColumns->take())
                : ExpectedEnergyStore::refresh(m_db, &error, meanwhile);
            if (!fitted)
                throw SqlFailure{error};
        }
        execSql(m_db, "COMMIT");
        m_inTransaction = false;
        m_report->importId = m_importId;
    }

    void setScratchOrigins(RunOrigins *origins) { m_scratchOrigins = origins; }
    // The file's hash, when it was not known at begin().
    void setSha256(const QString &sha) { m_sha256 = sha; }

    // Something other than a runs file's inserts gave this import runs or changed their quality:
    // counts and the model's columns are then read from the store.
    void storeChangedBeyondRunsFiles()
    {
        m_qualityTallied = false;
        m_fitColumns.reset();
    }

    // Runs of this import per failed quality rule, for the report.
    void countQuality()
    {
        if (m_qualityTallied) {
            for (const auto &[mask, runs] : m_qualityTally)
                addQualityCount(runquality::Mask(mask), runs);
            return;
        }
        Statement count(m_db,
                        "SELECT quality, count(*) FROM runs WHERE import_id = ? AND quality != 0 GROUP BY quality");
        count.bind(1, m_importId);
        while (count.next())
            addQualityCount(runquality::Mask(count.columnInt(0)), count.columnInt(1));
    }
    void addQualityCount(runquality::Mask mask, qint64 runs)
    {
        m_report->qualityFlagged += runs;
        for (runquality::Rule rule : runquality::allRules()) {
            if (runquality::fails(mask, rule))
                m_report->qualityByRule[runquality::ruleName(rule)] += runs;
        }
    }

    void rollback()
    {
        if (m_inTransaction) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            m_inTransaction = false;
        }
    }

    ~ImportSession()
    {
        rollback();
        if (m_foreignKeysOff) {
            sqlite3_exec(m_db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
            const QByteArray readerCache = "PRAGMA cache_size=-" + QByteArray::number(Store::ReaderCacheKb);
            sqlite3_exec(m_db, readerCache.constData(), nullptr, nullptr, nullptr);
        }
    }

    // Returns false with m_report->error set when the entry cannot be imported.
    bool importEntry(QIODevice *device, const QString &entryName, qint64 progressBase)
    {
        // Names come from the command line or from inside a zip: never print them raw.
        m_entry = fieldparse::printable(entryName);
        m_entryNames.append(m_entry);
        m_foldLastUtc.clear();
        m_progressBase = progressBase;
        CsvReader reader(device);
        if (reader.looksBinary())
            return fail(
                QCoreApplication::translate("Importer", "%1: this is a binary file, not CSV text").arg(m_entry));
        if (!reader.readRow()) {
            if (!reader.error().isEmpty())
                return fail(QStringLiteral("%1: %2").arg(m_entry, reader.error()));
            return fail(QCoreApplication::translate("Importer", "%1: the file is empty").arg(m_entry));
        }
        QList<QByteArray> header;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            header.append(reader.field(i).toByteArray());
        const HeaderMap headerMap(header);
        if (!headerMap.duplicate().isEmpty())
            return fail(QCoreApplication::translate("Importer",
                                                    "%1: the header names the column '%2' twice (columns %3 and %4); "
                                                    "which one holds the values is unclear")
                            .arg(m_entry, fieldparse::printable(headerMap.duplicate(), 60))
                            .arg(headerMap.duplicateColumns().first)
                            .arg(headerMap.duplicateColumns().second));
        const qint64 before = rowsSeen();
        bool ok = false;
        if (m_options.mapping) {
            if (!m_report->kinds.contains(QStringLiteral("csv")))
                m_report->kinds.append(QStringLiteral("csv"));
            ok = importMapped(reader, header, headerMap);
        } else {
            const FileKind kind = detectFileKind(header);
            const QString kindName = fileKindName(kind);
            if (!m_report->kinds.contains(kindName) && kind != FileKind::Unknown)
                m_report->kinds.append(kindName);
            switch (kind) {
            case FileKind::Runs: ok = importRuns(reader, headerMap); break;
            case FileKind::PowerTrace: ok = importTrace(reader, headerMap); break;
            case FileKind::NodeSinfo: ok = importSinfo(reader, headerMap); break;
            case FileKind::NodePowerDist: ok = importPowerDist(reader, headerMap); break;
            case FileKind::CodeCarbon: ok = importCodeCarbon(reader, header); break;
            case FileKind::Unknown: {
                // The header may be anything, megabytes long: show its start only.
                QStringList names;
                for (qsizetype i = 0; i < std::min<qsizetype>(header.size(), 5); ++i)
                    names.append(fieldparse::printable(header.at(i), 40));
                QString shown = names.join(QLatin1Char(','));
                if (header.size() > 5)
                    shown += QStringLiteral(",...");
                return fail(
                    QCoreApplication::translate(
                        "Importer",
                        "%1: neither a BUTTER-E nor a CodeCarbon file: its header (%2) matches none of "
                        "runs, power trace, node_sinfo, node_power_dist or CodeCarbon's emissions.csv")
                        .arg(m_entry, shown)
                    + QCoreApplication::translate("Importer",
                                                  "; an energy CSV of another tool imports through a column "
                                                  "mapping (File > Import..., or wattprint import --mapping NAME)"));
            }
            }
        }
        if (!ok)
            return false;
        if (!reader.error().isEmpty())
            return fail(QStringLiteral("%1: %2").arg(m_entry, reader.error()));
        if (rowsSeen() == before)
            return fail(
                QCoreApplication::translate("Importer", "%1: the file has a header but no data rows").arg(m_entry));
        return true;
    }

    // With invalid rows skipped, a file none of whose rows could be read is still a failure.
    bool everyRowRejected() const
    {
        return m_report->rejected > 0 && m_report->accepted + m_report->duplicates + m_report->conflicts == 0;
    }

    bool cancelled() const { return m_cancelled; }

private:
    qint64 rowsSeen() const
    {
        return m_report->accepted + m_report->duplicates + m_report->rejected + m_report->conflicts;
    }

    bool fail(const QString &message)
    {
        m_report->error = message;
        return false;
    }

    void loadLookups()
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT name, observations FROM datasets", -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            m_observations.insert(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                                  sqlite3_column_int64(stmt, 1));
        sqlite3_finalize(stmt);
        sqlite3_prepare_v2(m_db, "SELECT name, cpus, tmp_disk_mb, memory_mb, gres FROM node_types", -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QByteArray key = QByteArray::number(sqlite3_column_int64(stmt, 1)) + '/'
                + QByteArray::number(sqlite3_column_int64(stmt, 2)) + '/'
                + QByteArray::number(sqlite3_column_int64(stmt, 3)) + '/'
                + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)));
            m_nodeTypeByHardware.insert(key, QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        }
        sqlite3_finalize(stmt);
        sqlite3_prepare_v2(m_db, "SELECT name, idle_power FROM node_types", -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            m_idlePowerByType.insert(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                                     sqlite3_column_double(stmt, 1));
        sqlite3_finalize(stmt);
        loadNodeTypes();
    }

    void loadNodeTypes()
    {
        m_nodeTypeByNode.clear();
        m_lastNode.clear();
        m_lastNodeType.clear();
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT node, type FROM nodes WHERE type IS NOT NULL", -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            m_nodeTypeByNode.insert(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                                    QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))));
        sqlite3_finalize(stmt);
    }

    // Where each run this session inserted came from (entry and line), by row id, so that a
    // conflicting row later in the same import can name the line it conflicts with.
    void noteRunOrigin(qint64 rowId, qint64 line)
    {
        if (m_runOrigins.empty())
            m_firstRunRowId = rowId;
        const qint64 index = rowId - m_firstRunRowId;
        if (index < 0 || index > qint64(m_runOrigins.size()) + 1000000)
            return; // ids not contiguous: the origin is then named by file only
        if (index >= qint64(m_runOrigins.size()))
            m_runOrigins.resize(size_t(index) + 1, {-1, 0});
        m_runOrigins[size_t(index)] = {int(m_entryNames.size()) - 1, line};
    }

    QString originOf(qint64 rowId, qint64 importId, const QString &source) const
    {
        if (importId != m_importId)
            return QCoreApplication::translate("Importer", "from %1")
                .arg(fieldparse::printable(QFileInfo(source).fileName()));
        const qint64 index = rowId - m_firstRunRowId;
        if (!m_runOrigins.empty() && index >= 0 && index < qint64(m_runOrigins.size())
            && m_runOrigins[size_t(index)].entry >= 0) {
            const RunOrigin &o = m_runOrigins[size_t(index)];
            return QCoreApplication::translate("Importer", "from %1:%2").arg(m_entryNames.at(o.entry)).arg(o.line);
        }
        return QCoreApplication::translate("Importer", "from earlier in this import");
    }

    // The insert found the run_id stored: an identical row is already present; a row with other
    // values is a conflict, handled as the options say. Returns false when the file must stop.
    bool storedRunMatches(const RunValues &values, QByteArrayView runId, qint64 line)
    {
        if (!m_runCompare) {
            QByteArray equal, stored, update;
            for (int i = 2; i <= RunValues::LastCompared; ++i) {
                const QByteArray column = RunValues::Columns[size_t(i)];
                equal += ", r." + column + " IS ?" + QByteArray::number(i);
                stored += ", r." + column;
            }
            for (int i = 2; i <= RunValues::Count; ++i)
                update += QByteArray(i > 2 ? ", " : "") + RunValues::Columns[size_t(i)] + " = ?"
                    + QByteArray::number(i);
            m_runCompare = std::make_unique<Statement>(
                m_db,
                QByteArray("SELECT r.id, r.import_id, coalesce(i.source_path, '')" + equal + stored
                           + " FROM runs r LEFT JOIN imports i ON i.id = r.import_id WHERE r.run_id = ?1")
                    .constData());
            m_runReplace = std::make_unique<Statement>(
                m_db, QByteArray("UPDATE runs SET " + update + " WHERE run_id = ?1").constData());
        }
        Statement &compare = *m_runCompare;
        values.bind(compare, 1, RunValues::LastCompared);
        if (!compare.next())
            throw SqlFailure{QCoreApplication::translate("Importer", "run_id %1 is neither new nor stored")
                                 .arg(fieldparse::printable(runId, 60))};
        constexpr int compared = RunValues::LastCompared - 1;
        QStringList differences;
        for (int k = 0; k < compared; ++k) {
            if (compare.columnInt(3 + k) != 0)
                continue;
            const int parameter = k + 2;
            differences.append(QCoreApplication::translate("Importer", "%1 %2 stored, %3 here")
                                   .arg(QLatin1String(RunValues::Columns[size_t(parameter)]),
                                        compare.columnText(3 + compared + k), values.text(parameter)));
        }
        const QString origin = originOf(
            compare.columnInt(0), compare.columnInt(1),
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(compare.get(), 2))));
        compare.reset();
        if (differences.isEmpty()) {
            ++m_report->duplicates;
            return true;
        }
        const QString what = QCoreApplication::translate("Importer",
                                                         "run_id '%1' is stored already with other values (%2): %3")
                                 .arg(fieldparse::printable(runId, 60), origin, differences.join(QStringLiteral("; ")));
        if (!conflict(line, what))
            return false;
        if (m_options.onConflict == ConflictPolicy::Replace) {
            storeChangedBeyondRunsFiles(); // the replaced run is this import's now
            m_butterEChanged = true;
            values.bind(*m_runReplace, 1, RunValues::Count);
            m_runReplace->step();
        }
        return true;
    }

    // The same for a power sample: its key (job, node, time) is stored; compare the watts.
    bool storedSampleMatches(qint64 job, QByteArrayView node, qint64 ns, double watts, qint64 line)
    {
        if (!m_sampleCompare) {
            m_sampleCompare = std::make_unique<Statement>(
                m_db,
                "SELECT s.watts, s.import_id, coalesce(i.source_path, '') FROM power_samples s "
                "LEFT JOIN imports i ON i.id = s.import_id WHERE s.job = ?1 AND s.node = ?2 AND s.time_ns = ?3");
            m_sampleReplace = std::make_unique<Statement>(
                m_db,
                "UPDATE power_samples SET watts = ?4, import_id = ?5 WHERE job = ?1 AND node = ?2 AND time_ns = ?3");
        }
        Statement &compare = *m_sampleCompare;
        compare.bind(1, job);
        compare.bind(2, node);
        compare.bind(3, ns);
        if (!compare.next())
            throw SqlFailure{QCoreApplication::translate("Importer", "a power sample is neither new nor stored")};
        const double stored = sqlite3_column_double(compare.get(), 0);
        const qint64 importId = compare.columnInt(1);
        const QString source = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(compare.get(), 2)));
        compare.reset();
        if (stored == watts) {
            ++m_report->duplicates;
            return true;
        }
        const QString origin = importId == m_importId
            ? QCoreApplication::translate("Importer", "from earlier in this import")
            : QCoreApplication::translate("Importer", "from %1")
                  .arg(fieldparse::printable(QFileInfo(source).fileName()));
        const QString what = QCoreApplication::translate("Importer",
                                                         "the sample of job %1, node %2 at %3 is stored already with "
                                                         "other values (%4): watts %5 stored, %6 here")
                                 .arg(job)
                                 .arg(fieldparse::printable(node, 60),
                                      QString::fromLatin1(fieldparse::formatIsoUtc(ns)), origin)
                                 .arg(valueText(stored), valueText(watts));
        if (!conflict(line, what))
            return false;
        if (m_options.onConflict == ConflictPolicy::Replace) {
            Statement &replace = *m_sampleReplace;
            replace.bind(1, job);
            replace.bind(2, node);
            replace.bind(3, ns);
            replace.bind(4, watts);
            replace.bind(5, m_importId);
            replace.step();
        }
        return true;
    }

    // A conflicting row: refused (the file stops), or kept/replaced and reported.
    bool conflict(qint64 line, const QString &what)
    {
        ImportIssue issue{m_entry, line, QString(), QString(), what};
        switch (m_options.onConflict) {
        case ConflictPolicy::Refuse:
            issue.reason = QCoreApplication::translate(
                               "Importer", "%1; nothing was imported (choose keep or replace for such rows)")
                               .arg(what);
            return fail(issue.message());
        case ConflictPolicy::Keep:
            issue.reason = QCoreApplication::translate("Importer", "%1; kept the stored values").arg(what);
            break;
        case ConflictPolicy::Replace:
            issue.reason = QCoreApplication::translate("Importer", "%1; replaced them with this row's").arg(what);
            break;
        }
        ++m_report->conflicts;
        if (m_report->conflictIssues.size() < MaxIssuesKept)
            m_report->conflictIssues.append(issue);
        return true;
    }

    // Records a bad row. Returns false (stop the file) unless invalid rows are skipped.
    bool reject(qint64 line, const RowError &e)
    {
        ImportIssue issue{m_entry, line, e.column, e.value, e.reason};
        if (!m_options.skipInvalid)
            return fail(issue.message());
        ++m_report->rejected;
        if (m_report->rejections.size() < MaxIssuesKept)
            m_report->rejections.append(issue);
        if (!m_rejectStmt)
            m_rejectStmt = std::make_unique<Statement>(
                m_db,
                "INSERT INTO import_rejections (import_id, entry, line, column_name, value, reason) "
                "VALUES (?, ?, ?, ?, ?, ?)");
        m_rejectStmt->bind(1, m_importId);
        m_rejectStmt->bind(2, m_entry);
        m_rejectStmt->bind(3, line);
        m_rejectStmt->bind(4, e.column);
        m_rejectStmt->bind(5, e.value);
        m_rejectStmt->bind(6, e.reason);
        m_rejectStmt->step();
        return true;
    }

    // Polls cancel and reports progress every few thousand rows.
    bool tick(const CsvReader &reader) { return tick(reader.bytesConsumed()); }
    bool tick(qint64 bytesConsumed)
    {
        if ((++m_rowsSeen & 0x7ff) != 0)
            return true;
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return fail(QCoreApplication::translate("Importer", "Import cancelled; nothing was stored"));
        }
        if (m_progress)
            m_progress(m_progressBase + bytesConsumed);
        return true;
    }

    bool missingColumns(const HeaderMap &map, std::initializer_list<const char *> required)
    {
        QStringList missing;
        for (const char *name : required) {
            if (!map.has(name))
                missing.append(QString::fromLatin1(name));
        }
        if (missing.isEmpty())
            return false;
        fail(QCoreApplication::translate("Importer", "%1: missing required column(s): %2")
                 .arg(m_entry, missing.join(QStringLiteral(", "))));
        return true;
    }

    // Field access with validation. Each throws RowError with the column name and reason.
    class Row
    {
    public:
        Row(const CsvReader &reader, const HeaderMap &map)
            : m_reader(reader)
            , m_map(map)
        {}
        QByteArrayView raw(const char *column) const
        {
            const int i = m_map.indexOf(column);
            if (i < 0)
                return {};
            if (i >= m_reader.fieldCount())
                throw RowError{QString::fromLatin1(column), QString(),
                               QCoreApplication::translate("Importer", "is missing: the row has %1 fields")
                                   .arg(m_reader.fieldCount())};
            return m_reader.field(i);
        }
        bool present(const char *column) const
        {
            return m_map.indexOf(column) >= 0 && !fieldparse::trimmed(raw(column)).isEmpty();
        }
        QByteArrayView text(const char *column) const
        {
            const QByteArrayView v = fieldparse::trimmed(raw(column));
            if (v.isEmpty())
                throw RowError{QString::fromLatin1(column), QString(),
                               QCoreApplication::translate("Importer", "is empty")};
            return v;
        }
        double number(const char *column) const
        {
            const QByteArrayView v = raw(column);
            const auto d = fieldparse::parseDouble(v);
            if (!d)
                throw RowError{QString::fromLatin1(column), displayValue(v),
                               fieldparse::trimmed(v).isEmpty()
                                   ? QCoreApplication::translate("Importer", "is empty")
                                   : QCoreApplication::translate("Importer", "is not a number")};
            if (!std::isfinite(*d))
                throw RowError{QString::fromLatin1(column), displayValue(v),
                               QCoreApplication::translate("Importer", "is not a finite number")};
            return *d;
        }
        std::optional<double> optionalNumber(const char *column) const
        {
            if (!present(column))
                return std::nullopt;
            return number(column);
        }
        qint64 integer(const char *column) const
        {
            const QByteArrayView v = raw(column);
            const auto i = fieldparse::parseInteger(v);
            if (!i)
                throw RowError{QString::fromLatin1(column), displayValue(v),
                               fieldparse::trimmed(v).isEmpty()
                                   ? QCoreApplication::translate("Importer", "is empty")
                                   : QCoreApplication::translate("Importer", "is not a whole number")};
            return *i;
        }
        std::optional<qint64> optionalInteger(const char *column) const
        {
            if (!present(column))
                return std::nullopt;
            return integer(column);
        }
        bool boolean(const char *column) const
        {
            const QByteArrayView v = raw(column);
            const auto b = fieldparse::parseBool(v);
            if (!b)
                throw RowError{QString::fromLatin1(column), displayValue(v),
                               QCoreApplication::translate(
                                   "Importer", "is not a boolean (expected True/False, true/false, 1/0 or t/f)")};
            return *b;
        }
        std::optional<qint64> optionalBoolean(const char *column) const
        {
            if (!present(column))
                return std::nullopt;
            return qint64(boolean(column) ? 1 : 0);
        }
        fieldparse::Timestamp time(const char *column) const
        {
            const QByteArrayView v = raw(column);
            const auto t = fieldparse::parseTimestamp(v);
            if (!t)
                throw RowError{QString::fromLatin1(column), displayValue(v),
                               fieldparse::trimmed(v).isEmpty()
                                   ? QCoreApplication::translate("Importer", "is empty")
                                   : QCoreApplication::translate("Importer", "is not a date and time")};
            return *t;
        }

        // A row with more or fewer fields than the header: an unquoted comma in a value shifts
        // every later column, so no field of it can be trusted.
        void checkFieldCount() const
        {
            if (m_reader.fieldCount() != m_map.columnCount())
                throw RowError{QString(), QString(),
                               QCoreApplication::translate("Importer", "%1 fields, header has %2")
                                   .arg(m_reader.fieldCount())
                                   .arg(m_map.columnCount())};
        }

    private:
        const CsvReader &m_reader;
        const HeaderMap &m_map;
    };

    bool importRuns(CsvReader &reader, const HeaderMap &map)
    {
        if (missingColumns(map,
                           {"run_id", "experiment_id", "slurm_job_id", "start_time", "update_time", "node", "size",
                            "depth", "shape", "dataset", "is_gpu", "batch", "energy", "run_time"}))
            return false;
        // A file the demo generator wrote says so in a column of its own: its runs stay labelled
        // synthetic when it is imported again (docs/data.md "Demo data").
        const bool marked = map.has(DemoGenerator::SyntheticMarkerColumn);
        if (marked)
            markSynthetic();
        loadNodeTypes();
        // Into a store without runs, the runs this import writes are all the model is fitted on:
        // kept as the store would give them back, they spare the fit a read of the whole table.
        const bool empty = deferIndexesIfEmpty("runs");
        if (!m_fitColumns && !m_scratchOrigins && empty && m_report->accepted == 0 && m_qualityTallied)
            m_fitColumns = std::make_unique<FitCapture>();
        Statement insert(m_db,
                         "INSERT INTO runs (run_id, experiment_id, slurm_job_id, start_time, update_time, end_time, "
                         "node, size, depth, shape, dataset, learning_rate, batch_size, optimizer, is_gpu, batch, "
                         "energy, run_time, filter_1, filter_2, filter_3, filter_3_stdevs, filter, start_time_int, "
                         "start_offset, power, num_reps, std_power, std_energy, energy_overhead, "
                         "non_overhead_energy, runtime_overhead, non_overhead_runtime, start_ns, update_ns, end_ns, "
                         "device, node_type, energy_per_epoch, energy_per_datum, import_id, quality) VALUES "
                         "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                         "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, "
                         "?37, ?38, ?39, ?40, ?41, ?42) ON CONFLICT(run_id) DO NOTHING");
        // A row's fields are parsed and checked on a thread of their own (ParsePipeline) while
        // this thread writes the rows before it.
        struct ParsedRun
        {
            qint64 line = 0;
            qint64 bytesConsumed = 0;
            RunValues values;
            std::optional<RowError> error;
            bool lacksFilter3 = false;
        };
        ParsePipeline<ParsedRun> pipeline([&](ParsedRun &out) {
            if (!reader.readRow())
                return false;
            out.line = reader.lineNumber();
            out.bytesConsumed = reader.bytesConsumed();
            out.error.reset();
            const Row row(reader, map);
            try {
                row.checkFieldCount();
                if (marked && !row.boolean(DemoGenerator::SyntheticMarkerColumn))
                    throw RowError{QString::fromLatin1(DemoGenerator::SyntheticMarkerColumn),
                                   displayValue(row.raw(DemoGenerator::SyntheticMarkerColumn)),
                                   QCoreApplication::translate(
                                       "Importer", "says measured in a file of synthetic runs: the file is mixed")};
                const QByteArrayView runId = row.text("run_id");
                const qint64 experimentId = row.integer("experiment_id");
                const qint64 jobId = row.integer("slurm_job_id");
                const fieldparse::Timestamp start = row.time("start_time");
                const fieldparse::Timestamp update = row.time("update_time");
                std::optional<fieldparse::Timestamp> end;
                if (row.present("end_time"))
                    end = row.time("end_time");
                const QByteArrayView node = row.text("node");
                const qint64 size = row.integer("size");
                if (size <= 0)
                    throw RowError{QStringLiteral("size"), displayValue(row.raw("size")),
                                   QCoreApplication::translate("Importer", "must be positive")};
                const qint64 depth = row.integer("depth");
                if (depth < 1)
                    throw RowError{QStringLiteral("depth"), displayValue(row.raw("depth")),
                                   QCoreApplication::translate("Importer", "must be positive")};
                const QByteArrayView shape = row.text("shape");
                const QByteArrayView dataset = row.text("dataset");
                const std::optional<double> learningRate = row.optionalNumber("learning_rate");
                const qint64 batchSize = row.optionalInteger("batch_size").value_or(256);
                if (batchSize <= 0)
                    throw RowError{QStringLiteral("batch_size"), displayValue(row.raw("batch_size")),
                                   QCoreApplication::translate("Importer", "must be positive")};
                const bool gpu = row.boolean("is_gpu");
                const QByteArrayView batch = row.text("batch");
                const double energy = row.number("energy");
                if (energy < 0)
                    throw RowError{QStringLiteral("energy"), displayValue(row.raw("energy")),
                                   QCoreApplication::translate("Importer", "is negative")};
                const double runTime = row.number("run_time");
                if (runTime <= 0)
                    throw RowError{QStringLiteral("run_time"), displayValue(row.raw("run_time")),
                                   QCoreApplication::translate("Importer", "must be positive")};
                const std::optional<double> power = row.optionalNumber("power");
                const std::optional<double> stdPower = row.optionalNumber("std_power");
                const std::optional<double> stdEnergy = row.optionalNumber("std_energy");
                const double energyOverhead
                    = row.optionalNumber("energy_overhead").value_or(gpu ? GpuEnergyOverhead : CpuEnergyOverhead);
                const double runtimeOverhead
                    = row.optionalNumber("runtime_overhead").value_or(gpu ? GpuRuntimeOverhead : CpuRuntimeOverhead);
                const double nonOverheadEnergy
                    = row.optionalNumber("non_overhead_energy").value_or(stdEnergy.value_or(energy) - energyOverhead);
                const double nonOverheadRuntime
                    = row.optionalNumber("non_overhead_runtime").value_or(runTime - runtimeOverhead);
                const std::optional<qint64> startInt = row.optionalInteger("start_time_int");

                const double perEpoch = nonOverheadEnergy / EpochsPerRun;
                std::optional<double> perDatum;
                // Runs of one job share node and often dataset: remember the last lookups rather
                // than build and hash a key for every row.
                if (dataset != QByteArrayView(m_lastDataset)) {
                    m_lastDataset = dataset.toByteArray();
                    const auto obs = m_observations.constFind(m_lastDataset);
                    m_lastObservations = obs != m_observations.cend() ? std::optional<qint64>(*obs) : std::nullopt;
                    clearUpperVectorState();
                }
                if (m_lastObservations) {
                    const qint64 trainBatches = qint64(
                        std::ceil(0.8 * double(*m_lastObservations) / double(batchSize)));
                    perDatum = nonOverheadEnergy / (double(trainBatches) * EpochsPerRun) / double(batchSize);
                }
                if (node != QByteArrayView(m_lastNode)) {
                    m_lastNode = node.toByteArray();
                    m_lastNodeType = m_nodeTypeByNode.value(m_lastNode);
                    const auto idle = m_idlePowerByType.constFind(m_lastNodeType);
                    m_lastIdlePower = idle != m_idlePowerByType.cend() ? std::optional<double>(*idle) : std::nullopt;
                    clearUpperVectorState();
                }
                const QByteArray &nodeType = m_lastNodeType;
                const std::optional<qint64> filter1 = row.optionalBoolean("filter_1");
                const std::optional<qint64> filter2 = row.optionalBoolean("filter_2");
                const std::optional<qint64> filter3 = row.optionalBoolean("filter_3");
                const double storedPower = power.value_or(energy / runTime);
                runquality::Input quality;
                quality.gpu = gpu;
                quality.energy = energy;
                quality.runTime = runTime;
                quality.power = storedPower;
                quality.nonOverheadEnergy = nonOverheadEnergy;
                quality.energyPerDatum = perDatum;
                if (filter1)
                    quality.filter1 = *filter1 != 0;
                if (filter2)
                    quality.filter2 = *filter2 != 0;
                if (filter3)
                    quality.filter3 = *filter3 != 0;
                quality.typeIdlePower = m_lastIdlePower;

                RunValues &v = out.values;
                v.set(1, runId);
                v.set(2, experimentId);
                v.set(3, jobId);
                v.setOwned(4, fieldparse::formatIsoUtc(start.ns));
                v.setOwned(5, fieldparse::formatIsoUtc(update.ns));
                if (end)
                    v.setOwned(6, fieldparse::formatIsoUtc(end->ns));
                else
                    v.setNull(6);
                v.set(7, node);
                v.set(8, size);
                v.set(9, depth);
                v.set(10, shape);
                v.set(11, dataset);
                v.set(12, learningRate);
                v.set(13, batchSize);
                if (row.present("optimizer"))
                    v.set(14, row.text("optimizer"));
                else
                    v.setNull(14);
                v.set(15, qint64(gpu ? 1 : 0));
                v.set(16, batch);
                v.set(17, energy);
                v.set(18, runTime);
                v.set(19, filter1);
                v.set(20, filter2);
                v.set(21, filter3);
                v.set(22, row.optionalNumber("filter_3_stdevs"));
                v.set(23, row.optionalBoolean("filter"));
                v.set(24, startInt.value_or(start.ns));
                v.set(25, row.optionalInteger("start_offset"));
                v.set(26, storedPower);
                v.set(27, row.optionalInteger("num_reps"));
                v.set(28, stdPower);
                v.set(29, stdEnergy);
                v.set(30, energyOverhead);
                v.set(31, nonOverheadEnergy);
                v.set(32, runtimeOverhead);
                v.set(33, nonOverheadRuntime);
                v.set(34, start.ns);
                v.set(35, update.ns);
                if (end)
                    v.set(36, end->ns);
                else
                    v.setNull(36);
                v.set(37, QByteArrayView(gpu ? "GPU" : "CPU"));
                if (nodeType.isEmpty())
                    v.setNull(38);
                else
                    v.set(38, QByteArrayView(nodeType));
                v.set(39, perEpoch);
                v.set(40, perDatum);
                v.set(41, m_importId);
                v.set(42, qint64(runquality::evaluate(quality)));
                out.lacksFilter3 = !filter3;
                v.ownTexts();
            } catch (const RowError &e) {
                out.error = e;
            }
            return true;
        });
        while (ParsePipeline<ParsedRun>::Batch *batch = pipeline.next()) {
            for (int i = 0; i < batch->count; ++i) {
                const ParsedRun &run = batch->rows[size_t(i)];
                if (!tick(run.bytesConsumed))
                    return false;
                if (run.error) {
                    if (!reject(run.line, *run.error))
                        return false;
                    continue;
                }
                m_runsLackFilter3 = m_runsLackFilter3 || run.lacksFilter3;
                // The row's texts stay put until the batch is handed back, after this statement
                // has been stepped and unbound.
                run.values.bind(insert, 1, RunValues::Count, true);
                const int inserted = insert.step();
                insert.clearBindings();
                if (inserted != 0) {
                    ++m_report->accepted;
                    m_butterEChanged = true;
                    if (const qint64 mask = run.values.integerAt(RunValues::Count); mask != 0)
                        ++m_qualityTally[mask];
                    const qint64 id = sqlite3_last_insert_rowid(m_db);
                    if (m_fitColumns)
                        m_fitColumns->add(id, run.values);
                    noteRunOrigin(id, run.line);
                } else if (!storedRunMatches(run.values, run.values.textAt(1), run.line)) {
                    return false;
                }
            }
        }
        return true;
    }

    // CodeCarbon's emissions.csv (docs/data.md "CodeCarbon runs"): one run per row, mapped by
    // CodeCarbonImporter. The row's key is a hash of its fields, so importing the file again adds
    // nothing; a key stored already is the same row.
    bool importCodeCarbon(CsvReader &reader, const QList<QByteArray> &header)
    {
        storeChangedBeyondRunsFiles();
        const CodeCarbonImporter codecarbon(header, m_options.timeZone);
        const QStringList missing = codecarbon.missingColumns();
        if (!missing.isEmpty())
            return fail(
                QCoreApplication::translate("Importer",
                                            "%1: a CodeCarbon emissions file without the required column(s) %2 "
                                            "(needed: timestamp, duration, energy_consumed); nothing was imported")
                    .arg(m_entry, missing.join(QStringLiteral(", "))));
        const QByteArray zone = codecarbon.timeZone().id();
        m_report->timeZone = QString::fromUtf8(zone);
        {
            Statement source(m_db, "UPDATE imports SET source = 'codecarbon', time_zone = ? WHERE id = ?");
            source.bind(1, QByteArrayView(zone));
            source.bind(2, m_importId);
            source.step();
        }
        const HeaderMap map(header);
        Statement insert(m_db,
                         "INSERT INTO runs (run_id, start_time, update_time, end_time, is_gpu, energy, run_time, "
                         "power, start_ns, update_ns, end_ns, device, node_type, import_id, quality, source, project, "
                         "experiment, tool_run_id, cpu_energy, gpu_energy, ram_energy, cpu_power, gpu_power, "
                         "ram_power, reported_emissions, country_iso, country_name, region, cloud_provider, "
                         "cloud_region, cpu_model, gpu_model, cpu_count, gpu_count, pue, water, tool_version) VALUES "
                         "(?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, 'codecarbon', ?14, ?15, "
                         "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, "
                         "?34, ?35) ON CONFLICT(run_id) DO NOTHING");
        const auto optionalText = [](QByteArrayView v) {
            return v.isEmpty() ? std::nullopt : std::optional<QByteArrayView>(v);
        };
        while (reader.readRow()) {
            if (!tick(reader))
                return false;
            const Row row(reader, map);
            try {
                row.checkFieldCount();
                CodeCarbonRun run;
                try {
                    run = codecarbon.read(reader);
                } catch (const CodeCarbonFieldError &e) {
                    throw RowError{e.column, e.value, e.reason};
                }
                const runquality::Mask quality = run.energy == 0.0 ? runquality::bit(runquality::Rule::ZeroEnergy)
                                                                   : runquality::Mask(0);
                insert.bind(1, QByteArrayView(run.key));
                insert.bind(2, QByteArrayView(fieldparse::formatIsoUtc(run.startNs)));
                insert.bind(3, QByteArrayView(fieldparse::formatIsoUtc(run.endNs)));
                insert.bind(4, qint64(run.gpu ? 1 : 0));
                insert.bind(5, run.energy);
                insert.bind(6, run.runTime);
                insert.bind(7, run.energy / run.runTime);
                insert.bind(8, run.startNs);
                insert.bind(9, run.endNs);
                insert.bind(10, QByteArrayView(run.gpu ? "GPU" : "CPU"));
                insert.bind(11, optionalText(run.nodeType));
                insert.bind(12, m_importId);
                insert.bind(13, qint64(quality));
                insert.bind(14, optionalText(run.project));
                insert.bind(15, optionalText(run.experiment));
                insert.bind(16, optionalText(run.toolRunId));
                insert.bind(17, run.cpuEnergy);
                insert.bind(18, run.gpuEnergy);
                insert.bind(19, run.ramEnergy);
                insert.bind(20, run.cpuPower);
                insert.bind(21, run.gpuPower);
                insert.bind(22, run.ramPower);
                insert.bind(23, run.emissions);
                insert.bind(24, optionalText(run.countryIso));
                insert.bind(25, optionalText(run.countryName));
                insert.bind(26, optionalText(run.region));
                insert.bind(27, optionalText(run.cloudProvider));
                insert.bind(28, optionalText(run.cloudRegion));
                insert.bind(29, optionalText(run.cpuModel));
                insert.bind(30, optionalText(run.gpuModel));
                insert.bind(31, run.cpuCount);
                insert.bind(32, run.gpuCount);
                insert.bind(33, run.pue);
                insert.bind(34, run.water);
                insert.bind(35, optionalText(run.version));
                if (insert.step() != 0) {
                    ++m_report->accepted;
                    if (!run.energyRecorded) {
                        ++m_report->withoutEnergy;
                        if (m_scratchOrigins)
                            m_scratchOrigins->withoutEnergy.push_back(sqlite3_last_insert_rowid(m_db));
                    }
                } else {
                    ++m_report->duplicates;
                }
            } catch (const RowError &e) {
                if (!reject(reader.lineNumber(), e))
                    return false;
            }
        }
        return true;
    }

    // An energy CSV of any tool read through a column mapping (docs/data.md "Any energy CSV:
    // column mappings"): one run per row, stored like a CodeCarbon run with source 'csv'. As for
    // CodeCarbon, the key is a hash of the row's fields, so importing the file again adds nothing.
    bool importMapped(CsvReader &reader, const QList<QByteArray> &header, const HeaderMap &map)
    {
        storeChangedBeyondRunsFiles();
        const ColumnMapping &mapping = *m_options.mapping;
        QStringList names;
        for (const QByteArray &h : header)
            names.append(QString::fromUtf8(h));
        const QString mappingName = mapping.name.isEmpty() ? QCoreApplication::translate("Importer", "(unsaved)")
                                                           : fieldparse::printable(mapping.name, 60);
        if (!mapping.isComplete())
            return fail(QCoreApplication::translate("Importer",
                                                    "%1: the column mapping %2 names no energy or no duration "
                                                    "column; nothing was imported")
                            .arg(m_entry, mappingName));
        const QStringList missing = mapping.missingColumns(names);
        if (!missing.isEmpty()) {
            QStringList shown;
            for (const QString &m : missing)
                shown.append(QLatin1Char('\'') + fieldparse::printable(m, 60) + QLatin1Char('\''));
            return fail(QCoreApplication::translate("Importer",
                                                    "%1: the file lacks the column(s) %2 that the mapping %3 names; "
                                                    "nothing was imported")
                            .arg(m_entry, shown.join(QStringLiteral(", ")), mappingName));
        }
        const auto index = [&names](const QString &column) { return headerIndex(names, column); };
        const int energyAt = index(mapping.energyColumn);
        const int durationAt = index(mapping.durationColumn);
        const int runAt = index(mapping.runColumn);
        const int hardwareAt = index(mapping.hardwareColumn);
        const int projectAt = index(mapping.projectColumn);
        const int experimentAt = index(mapping.experimentColumn);
        const int startAt = index(mapping.startColumn);
        const int cpuAt = index(mapping.cpuEnergyColumn);
        const int gpuAt = index(mapping.gpuEnergyColumn);
        const int ramAt = index(mapping.ramEnergyColumn);
        const QByteArray zone = m_options.timeZone.id();
        if (startAt >= 0)
            m_report->timeZone = QString::fromUtf8(zone);
        {
            Statement source(m_db, "UPDATE imports SET source = 'csv', time_zone = ? WHERE id = ?");
            if (startAt >= 0)
                source.bind(1, QByteArrayView(zone));
            else
                source.bindNull(1);
            source.bind(2, m_importId);
            source.step();
        }
        // Without a start column the runs end when they are imported: the file says how long
        // they took, not when.
        const qint64 importedNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
        Statement insert(m_db,
                         "INSERT INTO runs (run_id, start_time, update_time, end_time, is_gpu, energy, run_time, "
                         "power, start_ns, update_ns, end_ns, device, node_type, import_id, quality, source, project, "
                         "experiment, tool_run_id, cpu_energy, gpu_energy, ram_energy) VALUES "
                         "(?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, 'csv', ?14, ?15, ?16, ?17, "
                         "?18, ?19) ON CONFLICT(run_id) DO NOTHING");
        const auto columnName = [&names](int i) { return fieldparse::printable(names.at(i), 60); };
        while (reader.readRow()) {
            if (!tick(reader))
                return false;
            const Row row(reader, map);
            try {
                row.checkFieldCount();
                const auto text = [&reader](int i) -> QByteArrayView {
                    if (i < 0)
                        return {};
                    return fieldparse::trimmed(reader.field(i));
                };
                // A number >= 0 (or nothing, when optional and empty), converted by the mapping's unit.
                const auto number = [&](int i, bool required) -> std::optional<double> {
                    if (i < 0)
                        return std::nullopt;
                    const QByteArrayView v = text(i);
                    if (v.isEmpty()) {
                        if (required)
                            throw RowError{columnName(i), QString(),
                                           QCoreApplication::translate("Importer", "is empty")};
                        return std::nullopt;
                    }
                    const auto d = fieldparse::parseDouble(v);
                    if (!d)
                        throw RowError{columnName(i), displayValue(v),
                                       QCoreApplication::translate("Importer", "is not a number")};
                    if (!std::isfinite(*d))
                        throw RowError{columnName(i), displayValue(v),
                                       QCoreApplication::translate("Importer", "is not a finite number")};
                    if (*d < 0)
                        throw RowError{columnName(i), displayValue(v),
                                       QCoreApplication::translate("Importer", "is negative")};
                    return d;
                };
                const auto joules = [&](int i, bool required) -> std::optional<double> {
                    const std::optional<double> v = number(i, required);
                    if (!v)
                        return std::nullopt;
                    const double j = ColumnMapping::toJoules(*v, mapping.energyUnit);
                    if (!std::isfinite(j))
                        throw RowError{columnName(i), displayValue(text(i)),
                                       QCoreApplication::translate("Importer", "is out of range")};
                    return j;
                };
                const double energy = *joules(energyAt, true);
                const double runTime = ColumnMapping::toSeconds(*number(durationAt, true), mapping.durationUnit);
                if (runTime <= 0)
                    throw RowError{columnName(durationAt), displayValue(text(durationAt)),
                                   QCoreApplication::translate("Importer", "must be positive")};
                // Over 30 years is no run, and its nanoseconds would not fit the store's times.
                if (runTime > 1e9)
                    throw RowError{columnName(durationAt), displayValue(text(durationAt)),
                                   QCoreApplication::translate("Importer", "is out of range")};
                const qint64 durationNs = qint64(std::llround(runTime * 1e9));
                qint64 startNs = importedNs - durationNs;
                if (startAt >= 0) {
                    const QByteArrayView stamp = text(startAt);
                    const auto t = fieldparse::parseTimestamp(stamp);
                    if (!t)
                        throw RowError{columnName(startAt), displayValue(stamp),
                                       stamp.isEmpty()
                                           ? QCoreApplication::translate("Importer", "is empty")
                                           : QCoreApplication::translate("Importer", "is not a date and time")};
                    // A time without a zone is wall-clock time in the import's zone, as for CodeCarbon.
                    const std::optional<qint64> start = fieldparse::utcNs(*t, m_options.timeZone);
                    if (!start)
                        throw RowError{columnName(startAt), displayValue(stamp),
                                       QCoreApplication::translate("Importer", "is out of range")};
                    startNs = *start;
                }
                const qint64 endNs = startNs + durationNs;
                const std::optional<double> cpuEnergy = joules(cpuAt, false);
                const std::optional<double> gpuEnergy = joules(gpuAt, false);
                const std::optional<double> ramEnergy = joules(ramAt, false);
                const QByteArrayView hardware = text(hardwareAt);
                const bool gpu = hardware.isEmpty() ? gpuEnergy.value_or(0) > 0 : mappedHardwareIsGpu(hardware);
                const bool deviceOnly = hardware.compare("GPU", Qt::CaseInsensitive) == 0
                    || hardware.compare("CPU", Qt::CaseInsensitive) == 0;

                const QByteArray key = reader.rowKey("csv");
                const auto optionalText = [](QByteArrayView v) {
                    return v.isEmpty() ? std::nullopt : std::optional<QByteArrayView>(v);
                };
                const runquality::Mask quality = energy == 0.0 ? runquality::bit(runquality::Rule::ZeroEnergy)
                                                               : runquality::Mask(0);
                insert.bind(1, QByteArrayView(key));
                insert.bind(2, QByteArrayView(fieldparse::formatIsoUtc(startNs)));
                insert.bind(3, QByteArrayView(fieldparse::formatIsoUtc(endNs)));
                insert.bind(4, qint64(gpu ? 1 : 0));
                insert.bind(5, energy);
                insert.bind(6, runTime);
                insert.bind(7, energy / runTime);
                insert.bind(8, startNs);
                insert.bind(9, endNs);
                insert.bind(10, QByteArrayView(gpu ? "GPU" : "CPU"));
                insert.bind(11, deviceOnly ? std::nullopt : optionalText(hardware));
                insert.bind(12, m_importId);
                insert.bind(13, qint64(quality));
                insert.bind(14, optionalText(text(projectAt)));
                insert.bind(15, optionalText(text(experimentAt)));
                insert.bind(16, optionalText(text(runAt)));
                insert.bind(17, cpuEnergy);
                insert.bind(18, gpuEnergy);
                insert.bind(19, ramEnergy);
                if (insert.step() != 0)
                    ++m_report->accepted;
                else
                    ++m_report->duplicates;
            } catch (const RowError &e) {
                if (!reject(reader.lineNumber(), e))
                    return false;
            }
        }
        return true;
    }

    // The hardware column's text names a GPU: "GPU", "NVIDIA A100", "RTX 4090", "Radeon"...
    static bool mappedHardwareIsGpu(QByteArrayView hardware)
    {
        const QByteArray lower = hardware.toByteArray().toLower();
        for (const char *word : {"gpu", "nvidia", "cuda", "geforce", "rtx", "tesla", "quadro", "radeon", "instinct",
                                 "a100", "h100", "h200", "v100"}) {
            if (lower.contains(word))
                return true;
        }
        return false;
    }

    // Offsets (local - UTC) of the local hour starting at localHour * 3600: {first pass, second
    // pass}. Both are the same but in the autumn hour the clocks go back over; in the spring hour
    // that does not exist, the offset before the change.
    QPair<qint64, qint64> denverOffsets(qint64 localHour) const
    {
        const qint64 local = localHour * 3600;
        const auto offsetAt = [this](qint64 utc) {
            return qint64(m_denver.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc())));
        };
        // The offsets in force two days either side (changes are months apart).
        const qint64 before = offsetAt(local - 2 * 86400);
        const qint64 after = offsetAt(local + 2 * 86400);
        QList<qint64> valid;
        for (qint64 o : {before, after}) {
            if (offsetAt(local - o) == o && !valid.contains(o))
                valid.append(o);
        }
        if (valid.isEmpty())
            return {before, before};
        if (valid.size() == 1)
            return {valid.first(), valid.first()};
        // The first pass has the larger offset (daylight time): the earlier UTC.
        return {std::max(valid.at(0), valid.at(1)), std::min(valid.at(0), valid.at(1))};
    }

    // Denver wall-clock seconds to UTC seconds. In the repeated autumn hour a node's clock going
    // back (a time before its last sample in that hour, read as the first pass) means the second
    // pass: each node's samples come in time order, as the meter writes them. (The same time
    // twice is the same sample twice, not the second pass.)
    qint64 denverToUtcSeconds(qint64 localSeconds, QByteArrayView node)
    {
        const qint64 hour = localSeconds >= 0 ? localSeconds / 3600 : -((-localSeconds + 3599) / 3600);
        auto it = m_denverOffsetsByHour.constFind(hour);
        if (it == m_denverOffsetsByHour.cend())
            it = m_denverOffsetsByHour.insert(hour, denverOffsets(hour));
        const qint64 first = localSeconds - it->first;
        if (it->first == it->second)
            return first;
        const QByteArray key = node.toByteArray();
        const auto last = m_foldLastUtc.constFind(key);
        const qint64 utc = last != m_foldLastUtc.cend() && first < *last ? localSeconds - it->second : first;
        m_foldLastUtc.insert(key, utc);
        return utc;
    }

    bool importTrace(CsvReader &reader, const HeaderMap &map)
    {
        if (missingColumns(map, {"timestamp", "node", "watts"}))
            return false;
        // The job is the file's name: <slurm_job_id>.csv
        const QString base = QFileInfo(m_entry).completeBaseName().section(QLatin1Char('.'), 0, 0);
        bool okJob = false;
        const qint64 job = base.toLongLong(&okJob);
        if (!okJob)
            return fail(
                QCoreApplication::translate(
                    "Importer", "%1: a power trace must be named <slurm_job_id>.csv; cannot tell the job from '%2'")
                    .arg(m_entry, QFileInfo(m_entry).fileName()));
        if (!m_denver.isValid()) {
            m_denver = QTimeZone("America/Denver");
            if (!m_denver.isValid())
                return fail(QCoreApplication::translate(
                    "Importer",
                    "The time zone America/Denver is not available on this system (install tzdata); "
                    "power traces cannot be converted to UTC"));
        }
        if (!m_sampleStmt) {
            deferIndexesIfEmpty("power_samples");
            m_sampleStmt = std::make_unique<Statement>(
                m_db,
                "INSERT INTO power_samples (job, node, time_ns, watts, import_id) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        }
        Statement &insert = *m_sampleStmt;
        while (reader.readRow()) {
            if (!tick(reader))
                return false;
            const Row row(reader, map);
            clearUpperVectorState();
            try {
                row.checkFieldCount();
                // BUTTER-E's trace times end in "Z" but are America/Denver wall-clock time.
                const fieldparse::Timestamp local = row.time("timestamp");
                const qint64 localSeconds = local.ns >= 0 ? local.ns / 1000000000LL
                                                          : -((-local.ns + 999999999LL) / 1000000000LL);
                const qint64 fraction = local.ns - localSeconds * 1000000000LL;
                const QByteArrayView node = row.text("node");
                const qint64 ns = denverToUtcSeconds(localSeconds, node) * 1000000000LL + fraction;
                const double watts = row.number("watts");
                if (watts < 0)
                    throw RowError{QStringLiteral("watts"), displayValue(row.raw("watts")),
                                   QCoreApplication::translate("Importer", "is negative")};
                insert.bind(1, job);
                insert.bind(2, node);
                insert.bind(3, ns);
                insert.bind(4, watts);
                insert.bind(5, m_importId);
                if (insert.step() != 0)
                    ++m_report->accepted;
                else if (!storedSampleMatches(job, node, ns, watts, reader.lineNumber()))
                    return false;
            } catch (const RowError &e) {
                if (!reject(reader.lineNumber(), e))
                    return false;
            }
        }
        return true;
    }

    bool importSinfo(CsvReader &reader, const HeaderMap &map)
    {
        if (missingColumns(map, {"hostnames", "cpus", "memory", "tmp_disk", "gres"}))
            return false;
        Statement upsert(m_db,
                         "INSERT INTO nodes (node, type, cpus, memory_mb, tmp_disk_mb, gres, idle_power, "
                         "power_offset, sinfo_import_id) "
                         "SELECT ?1, ?2, ?3, ?4, ?5, ?6, t.idle_power, t.power_offset, ?7 "
                         "FROM (SELECT 1) LEFT JOIN node_types t ON t.name = ?2 "
                         "WHERE true ON CONFLICT(node) DO UPDATE SET type = excluded.type, cpus = excluded.cpus, "
                         "memory_mb = excluded.memory_mb, tmp_disk_mb = excluded.tmp_disk_mb, gres = excluded.gres, "
                         "idle_power = excluded.idle_power, power_offset = excluded.power_offset, "
                         "sinfo_import_id = excluded.sinfo_import_id");
        while (reader.readRow()) {
            if (!tick(reader))
                return false;
            const Row row(reader, map);
            try {
                row.checkFieldCount();
                const QByteArrayView node = row.text("hostnames");
                const qint64 cpus = row.integer("cpus");
                const qint64 memory = row.integer("memory");
                const qint64 disk = row.integer("tmp_disk");
                const QByteArray gres = row.text("gres").toByteArray();
                const QByteArray key = QByteArray::number(cpus) + '/' + QByteArray::number(disk) + '/'
                    + QByteArray::number(memory) + '/' + gres;
                const QByteArray type = m_nodeTypeByHardware.value(key);
                upsert.bind(1, node);
                if (type.isEmpty())
                    upsert.bindNull(2);
                else
                    upsert.bind(2, QByteArrayView(type));
                upsert.bind(3, cpus);
                upsert.bind(4, memory);
                upsert.bind(5, disk);
                upsert.bind(6, QByteArrayView(gres));
                upsert.bind(7, m_importId);
                upsert.step();
                ++m_report->accepted;
            } catch (const RowError &e) {
                if (!reject(reader.lineNumber(), e))
                    return false;
            }
        }
        m_nodesChanged = true;
        loadNodeTypes();
        return true;
    }

    bool importPowerDist(CsvReader &reader, const HeaderMap &map)
    {
        if (missingColumns(map, {"node", "count", "min", "p1", "p2", "p50", "p99", "max"}))
            return false;
        Statement upsert(m_db,
                         "INSERT INTO nodes (node, sample_count, min_watts, p1_watts, p2_watts, p50_watts, "
                         "p99_watts, max_watts, power_import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT(node) DO UPDATE SET sample_count = excluded.sample_count, "
                         "min_watts = excluded.min_watts, p1_watts = excluded.p1_watts, "
                         "p2_watts = excluded.p2_watts, p50_watts = excluded.p50_watts, "
                         "p99_watts = excluded.p99_watts, max_watts = excluded.max_watts, "
                         "power_import_id = excluded.power_import_id");
        while (reader.readRow()) {
            if (!tick(reader))
                return false;
            const Row row(reader, map);
            try {
                row.checkFieldCount();
                upsert.bind(1, row.text("node"));
                upsert.bind(2, row.integer("count"));
                int i = 3;
                for (const char *column : {"min", "p1", "p2", "p50", "p99", "max"}) {
                    const double w = row.number(column);
                    if (w < 0)
                        throw RowError{QString::fromLatin1(column), displayValue(row.raw(column)),
                                       QCoreApplication::translate("Importer", "is negative")};
                    upsert.bind(i++, w);
                }
                upsert.bind(9, m_importId);
                upsert.step();
                ++m_report->accepted;
            } catch (const RowError &e) {
                if (!reject(reader.lineNumber(), e))
                    return false;
            }
        }
        return true;
    }

    sqlite3 *m_db;
    ImportOptions m_options;
    ImportReport *m_report;
    const std::atomic_bool *m_cancel;
    std::function<void(qint64)> m_progress;
    bool m_inTransaction = false;
    bool m_foreignKeysOff = false;
    bool m_cancelled = false;
    bool m_nodesChanged = false;
    qint64 m_importId = 0;
    qint64 m_rowsSeen = 0;
    qint64 m_progressBase = 0;
    QString m_entry;
    QHash<QByteArray, qint64> m_observations;
    QHash<QByteArray, QByteArray> m_nodeTypeByHardware;
    QHash<QByteArray, QByteArray> m_nodeTypeByNode;
    // Per local hour: the offsets (local - UTC) of its first and second pass; equal but in the
    // autumn hour that happens twice.
    QHash<qint64, QPair<qint64, qint64>> m_denverOffsetsByHour;
    QHash<QByteArray, qint64> m_foldLastUtc; // per node of the current trace: last UTC second in a repeated hour
    struct RunOrigin
    {
        int entry;
        qint64 line;
    };
    std::vector<RunOrigin> m_runOrigins;
    qint64 m_firstRunRowId = 0;
    QStringList m_entryNames;
    std::unique_ptr<Statement> m_runCompare;
    std::unique_ptr<Statement> m_runReplace;
    std::unique_ptr<Statement> m_sampleCompare;
    std::unique_ptr<Statement> m_sampleReplace;
    QTimeZone m_denver;
    std::unique_ptr<Statement> m_rejectStmt;
    std::unique_ptr<Statement> m_sampleStmt;
    QList<QByteArray> m_deferredIndexes;
    QByteArray m_lastDataset;
    std::optional<qint64> m_lastObservations;
    QByteArray m_lastNode;
    QByteArray m_lastNodeType;
    std::optional<double> m_lastIdlePower;
    QHash<QByteArray, double> m_idlePowerByType;
    bool m_runsLackFilter3 = false; // some run of this import came without the file's filter_3
    RunOrigins *m_scratchOrigins = nullptr;
    QString m_sha256;
    // This import's runs per failed-rules mask, counted as runs files insert them; not valid once
    // anything else gave runs this import or changed their quality (then counted in the store).
    std::map<qint64, qint64> m_qualityTally;
    bool m_qualityTallied = true;
    bool m_butterEChanged = false; // a BUTTER-E run was added, replaced or re-graded
    std::unique_ptr<FitCapture> m_fitColumns;
};

// A file's SHA-256 for the imports table, made on a thread of its own while the rows are read:
// hashing before the import took as long as a quarter of it (Qt's SHA-256, ~180 MB/s). An empty
// result says the file could not be read; a stopped hash is empty too.
class FileHash
{
public:
    explicit FileHash(const QString &path)
        : m_result(std::async(std::launch::async, [this, path] { return hash(path); }))
    {}
    ~FileHash()
    {
        m_stop = true;
        if (m_result.valid())
            m_result.wait();
    }
    QString result() { return m_result.get(); }

private:
    QString hash(const QString &path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        while (!m_stop) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return {};
            if (n == 0)
                return QString::fromLatin1(hash.result().toHex());
            hash.addData(QByteArrayView(chunk.constData(), n));
        }
        return {};
    }

    std::atomic_bool m_stop = false;
    std::future<QString> m_result;
};

} // namespace

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Runs: return QStringLiteral("runs");
    case FileKind::PowerTrace: return QStringLiteral("power");
    case FileKind::NodeSinfo: return QStringLiteral("node_sinfo");
    case FileKind::NodePowerDist: return QStringLiteral("node_power_dist");
    case FileKind::CodeCarbon: return QStringLiteral("codecarbon");
    case FileKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

FileKind detectFileKind(const QList<QByteArray> &header)
{
    // First: a recent CodeCarbon header has run_id and experiment_id, like BUTTER-E's runs.
    if (CodeCarbonImporter::recognises(header))
        return FileKind::CodeCarbon;
    const HeaderMap map(header);
    if (map.has("run_id") && (map.has("experiment_id") || map.has("is_gpu") || map.has("energy")))
        return FileKind::Runs;
    if (map.has("timestamp") && map.has("node") && map.has("watts"))
        return FileKind::PowerTrace;
    if (map.has("hostnames") && map.has("cpus"))
        return FileKind::NodeSinfo;
    if (map.has("node") && map.has("count") && map.has("p2"))
        return FileKind::NodePowerDist;
    return FileKind::Unknown;
}

QString ImportIssue::message() const
{
    QString where = line > 0 ? QStringLiteral("%1:%2").arg(entry).arg(line) : entry;
    if (column.isEmpty())
        return QStringLiteral("%1: %2").arg(where, reason);
    if (value.isNull())
        return QCoreApplication::translate("Importer", "%1: column '%2' %3").arg(where, column, reason);
    return QCoreApplication::translate("Importer", "%1: column '%2': '%3' %4").arg(where, column, value, reason);
}

QString ImportReport::summary() const
{
    if (!ok)
        return error;
    QString text = QCoreApplication::translate("Importer", "%1: %2 rows imported, %3 rejected, %4 already present (%5)")
                       .arg(fieldparse::printable(QFileInfo(source).fileName()))
                       .arg(accepted)
                       .arg(rejected)
                       .arg(duplicates)
                       .arg(kinds.join(QStringLiteral(", ")));
    if (conflicts > 0)
        text += QCoreApplication::translate("Importer", "; %1 rows conflicted with stored rows of the same key")
                    .arg(conflicts);
    if (qualityFlagged > 0) {
        QStringList rules;
        for (runquality::Rule rule : runquality::allRules()) {
            const qint64 n = qualityByRule.value(runquality::ruleName(rule));
            if (n > 0)
                rules.append(QStringLiteral("%1: %2").arg(runquality::ruleTitle(rule)).arg(n));
        }
        text += QCoreApplication::translate("Importer", "; %n run(s) fail a quality check (%1), stored and marked",
                                            nullptr, int(qualityFlagged))
                    .arg(rules.join(QStringLiteral(", ")));
    }
    if (withoutEnergy > 0)
        text += QCoreApplication::translate("Importer",
                                            "; %n run(s) without energy_consumed, stored with 0 J and marked "
                                            "\"No energy recorded\"",
                                            nullptr, int(withoutEnergy));
    if (!timeZone.isEmpty())
        text += QCoreApplication::translate("Importer", "; times without a zone read as %1").arg(timeZone);
    if (synthetic)
        text += QCoreApplication::translate("Importer", "; synthetic demo data, labelled so wherever it is shown");
    return text;
}

QString conflictPolicyName(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Refuse: break;
    case ConflictPolicy::Keep: return QStringLiteral("keep");
    case ConflictPolicy::Replace: return QStringLiteral("replace");
    }
    return QStringLiteral("refuse");
}

std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    for (ConflictPolicy p : {ConflictPolicy::Refuse, ConflictPolicy::Keep, ConflictPolicy::Replace}) {
        if (name.trimmed().compare(conflictPolicyName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

Importer::Importer(Store *store)
    : m_store(store)
{}

void Importer::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

void Importer::setCancelFlag(const std::atomic_bool *flag)
{
    m_cancel = flag;
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    if (m_store->engine() == SqlEngine::PostgreSQL)
        return importIntoServer(
            path, [&path, &options](Importer &scratch) { return scratch.importFile(path, options); }, options);
    ImportReport report;
    report.source = path;
    const QString fileName = fieldparse::printable(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QCoreApplication::translate("Importer", "%1: cannot open: %2").arg(fileName, file.errorString());
        return report;
    }
    if (file.size() == 0) {
        report.error = QCoreApplication::translate("Importer", "%1: the file is empty").arg(fileName);
        return report;
    }
    FileHash sha(path);
    sqlite3 *db = m_store->handle();
    if (!db) {
        report.error = notOpenForImport();
        return report;
    }
    if (m_store->isReadOnly()) {
        report.error = readOnlyRefusal(*m_store);
        return report;
    }

    const bool isZip = file.peek(4) == QByteArray("PK\x03\x04", 4);
    qint64 total = file.size();
    QuaZip zip(path);
    struct Member
    {
        QString name;
        quint64 size; // uncompressed, as the central directory says
    };
    QList<Member> members;
    if (isZip) {
        file.close();
        if (!zip.open(QuaZip::mdUnzip)) {
            report.error = QCoreApplication::translate("Importer", "%1: cannot read the zip archive (error %2)")
                               .arg(fileName)
                               .arg(zip.getZipError());
            return report;
        }
        total = 0;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFileInfo64 info;
            zip.getCurrentFileInfo(&info);
            if (info.name.endsWith(QLatin1Char('/')) || info.name.startsWith(QStringLiteral("__MACOSX/")))
                continue;
            members.append({info.name, info.uncompressedSize});
            total += qint64(info.uncompressedSize);
        }
        if (members.isEmpty()) {
            report.error = QCoreApplication::translate("Importer", "%1: the zip archive holds no files").arg(fileName);
            return report;
        }
    }

    qint64 base = 0;
    auto progress = [this, &base, total](qint64 done) {
        if (m_progress)
            m_progress(std::min(done, total), total);
        (void)base;
    };
    try {
        ImportSession session(db, options, &report, m_cancel, progress);
        session.setScratchOrigins(m_scratchOrigins);
        session.begin(path, QString());
        if (!isZip) {
            if (!session.importEntry(&file, fileName, 0)) {
                report.cancelled = session.cancelled();
                return report;
            }
        } else {
            for (const Member &member : members) {
                zip.setCurrentFile(member.name);
                QuaZipFile entry(&zip);
                const QString entryName = fieldparse::printable(fileName + QLatin1Char('/') + member.name);
                if (!entry.open(QIODevice::ReadOnly)) {
                    report.error = QCoreApplication::translate("Importer", "%1: cannot unpack (error %2)")
                                       .arg(entryName)
                                       .arg(entry.getZipError());
                    return report;
                }
                const bool imported = session.importEntry(&entry, entryName, base);
                // A damaged member is not a bad row: the file is refused, even with invalid rows
                // skipped. Reading stops early on a broken deflate stream (a read error, or fewer
                // bytes than the directory says), and the CRC is checked when the member closes.
                if (entry.getZipError() != UNZ_OK || entry.pos() != qint64(member.size)) {
                    report.error = QCoreApplication::translate("Importer",
                                                               "%1: the zip member is damaged or cut short "
                                                               "(%2 of %3 bytes unpacked); nothing was imported")
                                       .arg(entryName)
                                       .arg(entry.pos())
                                       .arg(member.size);
                    return report;
                }
                if (!imported) {
                    report.cancelled = session.cancelled();
                    return report;
                }
                entry.close();
                if (entry.getZipError() != UNZ_OK) {
                    report.error = QCoreApplication::translate("Importer",
                                                               "%1: the zip member is damaged: its checksum (CRC-32) "
                                                               "does not match its contents; nothing was imported")
                                       .arg(entryName);
                    return report;
                }
                base += member.size;
            }
        }
        if (session.everyRowRejected()) {
            report.error = QCoreApplication::translate("Importer",
                                                       "%1: all %2 data rows were rejected; nothing was stored")
                               .arg(fileName)
                               .arg(report.rejected);
            return report;
        }
        const QString digest = sha.result();
        if (digest.isEmpty()) {
            report.error = QCoreApplication::translate("Importer", "%1: cannot read the file to the end").arg(fileName);
            return report;
        }
        session.setSha256(digest);
        session.commit();
    } catch (const SqlFailure &f) {
        report.error = QCoreApplication::translate("Importer", "%1: the database refused the import: %2")
                           .arg(fileName, f.message);
        return report;
    }
    if (m_progress)
        m_progress(total, total);
    report.ok = true;
    return report;
}

ImportReport Importer::importIntoServer(const QString &label,
                                        const std::function<ImportReport(Importer &)> &importLocally,
                                        const ImportOptions &options)
{
    ImportReport report;
    report.source = label;
    if (!m_store->isOpen()) {
        report.error = notOpenForImport();
        return report;
    }
    if (m_store->isReadOnly()) {
        report.error = readOnlyRefusal(*m_store);
        return report;
    }
    // The scratch store is a throwaway SQLite file: no journal, no syncing.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        report.error = QCoreApplication::translate("Importer", "Cannot make a temporary folder for the import: %1")
                           .arg(dir.errorString());
        return report;
    }
    static std::atomic_int scratchCount = 0;
    Store scratch(dir.filePath(QStringLiteral("import.sqlite")),
                  QStringLiteral("wattprint-import-scratch-%1").arg(++scratchCount));
    QString error;
    if (!scratch.open(&error) || !ServerImportMerge::prepareScratch(&scratch, m_store, &error)) {
        report.error = QCoreApplication::translate("Importer", "%1: cannot prepare the import: %2")
                           .arg(fieldparse::printable(QFileInfo(label).fileName()), error);
        return report;
    }
    sqlite3_exec(scratch.handle(), "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);

    // Reading and checking the file is most of the work; the copy to the server the rest.
    qint64 lastTotal = 0;
    RunOrigins origins;
    ImportReport local;
    {
        Importer reader(&scratch);
        reader.m_scratchOrigins = &origins;
        reader.m_cancel = m_cancel;
        reader.setProgressHandler([this, &lastTotal](qint64 done, qint64 total) {
            lastTotal = total;
            if (m_progress)
                m_progress(done * 4 / 5, total);
        });
        local = importLocally(reader);
    }
    if (!local.ok)
        return local;
    ServerImportMerge merge(&scratch, local.importId, m_store);
    merge.setConflictPolicy(options.onConflict);
    QList<QByteArray> compared;
    for (int i = 2; i <= RunValues::LastCompared; ++i)
        compared.append(QByteArray(RunValues::Columns[size_t(i)]));
    merge.setComparedRunColumns(compared);
    merge.setOrigins(&origins);
    merge.setCancelFlag(m_cancel);
    merge.setProgressHandler([this, &lastTotal](int step, int steps) {
        if (m_progress && lastTotal > 0)
            m_progress(lastTotal * 4 / 5 + (lastTotal - lastTotal * 4 / 5) * step / steps, lastTotal);
    });
    local.importId = 0;
    local.ok = merge.run(&local);
    if (!local.ok)
        local.cancelled = m_cancel && m_cancel->load();
    else if (m_progress && lastTotal > 0)
        m_progress(lastTotal, lastTotal);
    return local;
}

bool Importer::recognises(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.peek(4) == QByteArray("PK\x03\x04", 4))
        return true;
    CsvReader reader(&file);
    if (reader.looksBinary() || !reader.readRow())
        return true;
    QList<QByteArray> header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header.append(reader.field(i).toByteArray());
    return detectFileKind(header) != FileKind::Unknown;
}

ImportReport Importer::importEntries(const QString &label, const QList<Entry> &entries, const ImportOptions &options)
{
    if (m_store->engine() == SqlEngine::PostgreSQL)
        return importIntoServer(
            label, [&](Importer &scratch) { return scratch.importEntries(label, entries, options); }, options);
    ImportReport report;
    report.source = label;
    sqlite3 *db = m_store->handle();
    if (!db) {
        report.error = notOpenForImport();
        return report;
    }
    if (m_store->isReadOnly()) {
        report.error = readOnlyRefusal(*m_store);
        return report;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    for (const Entry &e : entries) {
        // A streamed entry is generated from what the label names (the demo's options): the
        // label stands for its contents.
        if (e.device)
            hash.addData(e.name.toUtf8());
        else
            hash.addData(e.data);
        total += e.device ? e.size : e.data.size();
    }
    qint64 base = 0;
    try {
        ImportSession session(db, options, &report, m_cancel, [this, total](qint64 done) {
            if (m_progress)
                m_progress(done, total);
        });
        session.setScratchOrigins(m_scratchOrigins);
        session.begin(label, QString::fromLatin1(hash.result().toHex()));
        for (const Entry &e : entries) {
            QBuffer buffer;
            QIODevice *device = e.device.get();
            if (!device) {
                buffer.setData(e.data);
                buffer.open(QIODevice::ReadOnly);
                device = &buffer;
            } else if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
                report.error
                    = QCoreApplication::translate("Importer", "%1: cannot read: %2").arg(e.name, device->errorString());
                return report;
            }
            if (!session.importEntry(device, e.name, base)) {
                report.cancelled = session.cancelled();
                return report;
            }
            base += e.device ? e.size : e.data.size();
        }
        if (session.everyRowRejected()) {
            report.error = QCoreApplication::translate("Importer",
                                                       "%1: all %2 data rows were rejected; nothing was stored")
                               .arg(label)
                               .arg(report.rejected);
            return report;
        }
        session.commit();
    } catch (const SqlFailure &f) {
        report.error
            = QCoreApplication::translate("Importer", "%1: the database refused the import: %2").arg(label, f.message);
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace wattprint
