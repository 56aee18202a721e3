#include "importer.h"

#include "csvreader.h"
#include "fieldparse.h"
#include "store.h"

#include <vectorstate.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <sqlite3.h>

#include <cmath>
#include <optional>
#include <unordered_map>

namespace wattprint {

namespace {

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

// Column positions of a header, by lower-case name. A duplicated name resolves to its
// last occurrence (the first one is pandas' written index); an unnamed first column is ignored.
class HeaderMap
{
public:
    explicit HeaderMap(const QList<QByteArray> &header)
    {
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QByteArray name = normalisedName(header.at(i));
            if (name.isEmpty() || (i == 0 && (name.startsWith("unnamed") || name == "index")))
                continue;
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

private:
    QHash<QByteArray, int> m_index;
    mutable std::unordered_map<const char *, int> m_byLiteral;
};

QString displayValue(QByteArrayView v)
{
    QString s = QString::fromUtf8(v);
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("...");
    return s;
}

class ImportSession
{
public:
    ImportSession(sqlite3 *db, const ImportOptions &options, ImportReport *report,
                  const std::atomic_bool *cancel, std::function<void(qint64)> progress)
        : m_db(db)
        , m_options(options)
        , m_report(report)
        , m_cancel(cancel)
        , m_progress(std::move(progress))
    {
    }

    void begin(const QString &source, const QString &sha)
    {
        // Every row's import_id is the row this session inserts first, so per-row foreign-key
        // probes buy nothing; the pragma cannot change inside a transaction, hence here.
        execSql(m_db, "PRAGMA foreign_keys=OFF");
        m_foreignKeysOff = true;
        execSql(m_db, "BEGIN IMMEDIATE");
        m_inTransaction = true;
        Statement insert(m_db, "INSERT INTO imports (source_path, sha256, imported_at, kind, synthetic) "
                               "VALUES (?, ?, ?, '', ?)");
        insert.bind(1, source);
        insert.bind(2, sha);
        insert.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insert.bind(4, qint64(m_options.synthetic ? 1 : 0));
        insert.step();
        m_importId = sqlite3_last_insert_rowid(m_db);
        loadLookups();
    }

    // Loading into an empty table: drop its secondary indexes now and build them once at
    // commit (a sort) instead of updating a dozen B-trees row by row. DDL is transactional
    // in SQLite, so a rollback restores them.
    void deferIndexesIfEmpty(const char *table)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray probe = QByteArray("SELECT EXISTS (SELECT 1 FROM ") + table + ")";
        sqlite3_prepare_v2(m_db, probe.constData(), -1, &stmt, nullptr);
        const bool empty = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) == 0;
        sqlite3_finalize(stmt);
        if (!empty)
            return;
        sqlite3_prepare_v2(m_db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 "AND sql IS NOT NULL", -1, &stmt, nullptr);
        sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
        QList<QPair<QByteArray, QByteArray>> indexes;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            indexes.append({QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                            QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)))});
        sqlite3_finalize(stmt);
        for (const auto &[name, sql] : indexes) {
            // Index names come from our own schema, not from input.
            execSql(m_db, (QByteArray("DROP INDEX ") + name).constData());
            m_deferredIndexes.append(sql);
        }
    }

    void commit()
    {
        for (const QByteArray &sql : std::as_const(m_deferredIndexes))
            execSql(m_db, sql.constData());
        m_deferredIndexes.clear();
        if (m_nodesChanged) {
            // Runs inserted by this session already got their type; earlier runs on the nodes
            // this session described are brought up to date.
            Statement update(m_db, "UPDATE runs SET node_type = (SELECT n.type FROM nodes n WHERE n.node = runs.node) "
                                   "WHERE import_id != ?1 AND node IN (SELECT node FROM nodes WHERE sinfo_import_id = ?1)");
            update.bind(1, m_importId);
            update.step();
        }
        Statement update(m_db, "UPDATE imports SET kind = ?, rows_accepted = ?, rows_rejected = ?, "
                               "rows_duplicate = ? WHERE id = ?");
        update.bind(1, m_report->kinds.join(QLatin1Char('+')));
        update.bind(2, m_report->accepted);
        update.bind(3, m_report->rejected);
        update.bind(4, m_report->duplicates);
        update.bind(5, m_importId);
        update.step();
        execSql(m_db, "COMMIT");
        m_inTransaction = false;
        m_report->importId = m_importId;
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
        if (m_foreignKeysOff)
            sqlite3_exec(m_db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
    }

    // Returns false with m_report->error set when the entry cannot be imported.
    bool importEntry(QIODevice *device, const QString &entryName, qint64 progressBase)
    {
        m_entry = entryName;
        m_progressBase = progressBase;
        CsvReader reader(device);
        if (reader.looksBinary())
            return fail(QCoreApplication::translate("Importer", "%1: this is a binary file, not CSV text").arg(entryName));
        if (!reader.readRow()) {
            if (!reader.error().isEmpty())
                return fail(QStringLiteral("%1: %2").arg(entryName, reader.error()));
            return fail(QCoreApplication::translate("Importer", "%1: the file is empty").arg(entryName));
        }
        QList<QByteArray> header;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            header.append(reader.field(i).toByteArray());
        const FileKind kind = detectFileKind(header);
        const QString kindName = fileKindName(kind);
        if (!m_report->kinds.contains(kindName) && kind != FileKind::Unknown)
            m_report->kinds.append(kindName);
        const qint64 before = m_report->accepted + m_report->duplicates + m_report->rejected;
        bool ok = false;
        switch (kind) {
        case FileKind::Runs:
            ok = importRuns(reader, HeaderMap(header));
            break;
        case FileKind::PowerTrace:
            ok = importTrace(reader, HeaderMap(header));
            break;
        case FileKind::NodeSinfo:
            ok = importSinfo(reader, HeaderMap(header));
            break;
        case FileKind::NodePowerDist:
            ok = importPowerDist(reader, HeaderMap(header));
            break;
        case FileKind::Unknown: {
            QStringList names;
            for (qsizetype i = 0; i < std::min<qsizetype>(header.size(), 5); ++i)
                names.append(QString::fromUtf8(header.at(i)));
            return fail(QCoreApplication::translate("Importer", "%1: not a BUTTER-E file: its header (%2) matches none of runs, power trace, "
                           "node_sinfo or node_power_dist")
                            .arg(entryName, names.join(QLatin1Char(','))));
        }
        }
        if (!ok)
            return false;
        if (!reader.error().isEmpty())
            return fail(QStringLiteral("%1: %2").arg(entryName, reader.error()));
        if (m_report->accepted + m_report->duplicates + m_report->rejected == before)
            return fail(QCoreApplication::translate("Importer", "%1: the file has a header but no data rows").arg(entryName));
        return true;
    }

    bool cancelled() const { return m_cancelled; }

private:
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
        sqlite3_prepare_v2(m_db, "SELECT name, cpus, tmp_disk_mb, memory_mb, gres FROM node_types", -1, &stmt,
                           nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QByteArray key = QByteArray::number(sqlite3_column_int64(stmt, 1)) + '/'
                                   + QByteArray::number(sqlite3_column_int64(stmt, 2)) + '/'
                                   + QByteArray::number(sqlite3_column_int64(stmt, 3)) + '/'
                                   + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)));
            m_nodeTypeByHardware.insert(key, QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        }
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
                m_db, "INSERT INTO import_rejections (import_id, entry, line, column_name, value, reason) "
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
    bool tick(const CsvReader &reader)
    {
        if ((++m_rowsSeen & 0x7ff) != 0)
            return true;
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return fail(QCoreApplication::translate("Importer", "Import cancelled; nothing was stored"));
        }
        if (m_progress)
            m_progress(m_progressBase + reader.bytesConsumed());
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
        fail(QCoreApplication::translate("Importer", "%1: missing required column(s): %2").arg(m_entry, missing.join(QStringLiteral(", "))));
        return true;
    }

    // Field access with validation. Each throws RowError with the column name and reason.
    class Row
    {
    public:
        Row(const CsvReader &reader, const HeaderMap &map)
            : m_reader(reader)
            , m_map(map)
        {
        }
        QByteArrayView raw(const char *column) const
        {
            const int i = m_map.indexOf(column);
            if (i < 0)
                return {};
            if (i >= m_reader.fieldCount())
                throw RowError{QString::fromLatin1(column), QString(),
                               QCoreApplication::translate("Importer", "is missing: the row has %1 fields").arg(m_reader.fieldCount())};
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
                throw RowError{QString::fromLatin1(column), QString(), QCoreApplication::translate("Importer", "is empty")};
            return v;
        }
        double number(const char *column) const
        {
            const QByteArrayView v = raw(column);
            const auto d = fieldparse::parseDouble(v);
            if (!d)
                throw RowError{QString::fromLatin1(column), displayValue(v),
                               fieldparse::trimmed(v).isEmpty() ? QCoreApplication::translate("Importer", "is empty") : QCoreApplication::translate("Importer", "is not a number")};
            if (!std::isfinite(*d))
                throw RowError{QString::fromLatin1(column), displayValue(v), QCoreApplication::translate("Importer", "is not a finite number")};
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
                               fieldparse::trimmed(v).isEmpty() ? QCoreApplication::translate("Importer", "is empty") : QCoreApplication::translate("Importer", "is not a whole number")};
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
                               QCoreApplication::translate("Importer", "is not a boolean (expected True/False, true/false, 1/0 or t/f)")};
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
                               fieldparse::trimmed(v).isEmpty() ? QCoreApplication::translate("Importer", "is empty") : QCoreApplication::translate("Importer", "is not a date and time")};
            return *t;
        }

    private:
        const CsvReader &m_reader;
        const HeaderMap &m_map;
    };

    bool importRuns(CsvReader &reader, const HeaderMap &map)
    {
        if (missingColumns(map, {"run_id", "experiment_id", "slurm_job_id", "start_time", "update_time", "node",
                                 "size", "depth", "shape", "dataset", "is_gpu", "batch", "energy", "run_time"}))
            return false;
        loadNodeTypes();
        deferIndexesIfEmpty("runs");
        Statement insert(m_db,
                         "INSERT INTO runs (run_id, experiment_id, slurm_job_id, start_time, update_time, end_time, "
                         "node, size, depth, shape, dataset, learning_rate, batch_size, optimizer, is_gpu, batch, "
                         "energy, run_time, filter_1, filter_2, filter_3, filter_3_stdevs, filter, start_time_int, "
                         "start_offset, power, num_reps, std_power, std_energy, energy_overhead, "
                         "non_overhead_energy, runtime_overhead, non_overhead_runtime, start_ns, update_ns, end_ns, "
                         "device, node_type, energy_per_epoch, energy_per_datum, import_id) VALUES "
                         "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                         "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, "
                         "?37, ?38, ?39, ?40, ?41) ON CONFLICT(run_id) DO NOTHING");
        while (reader.readRow()) {
            if (!tick(reader))
                return false;
            const Row row(reader, map);
            try {
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
                    throw RowError{QStringLiteral("size"), displayValue(row.raw("size")), QCoreApplication::translate("Importer", "must be positive")};
                const qint64 depth = row.integer("depth");
                if (depth < 1)
                    throw RowError{QStringLiteral("depth"), displayValue(row.raw("depth")), QCoreApplication::translate("Importer", "must be positive")};
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
                    throw RowError{QStringLiteral("energy"), displayValue(row.raw("energy")), QCoreApplication::translate("Importer", "is negative")};
                const double runTime = row.number("run_time");
                if (runTime <= 0)
                    throw RowError{QStringLiteral("run_time"), displayValue(row.raw("run_time")),
                                   QCoreApplication::translate("Importer", "must be positive")};
                const std::optional<double> power = row.optionalNumber("power");
                const std::optional<double> stdPower = row.optionalNumber("std_power");
                const std::optional<double> stdEnergy = row.optionalNumber("std_energy");
                const double energyOverhead =
                    row.optionalNumber("energy_overhead").value_or(gpu ? GpuEnergyOverhead : CpuEnergyOverhead);
                const double runtimeOverhead =
                    row.optionalNumber("runtime_overhead").value_or(gpu ? GpuRuntimeOverhead : CpuRuntimeOverhead);
                const double nonOverheadEnergy = row.optionalNumber("non_overhead_energy")
                                                     .value_or(stdEnergy.value_or(energy) - energyOverhead);
                const double nonOverheadRuntime =
                    row.optionalNumber("non_overhead_runtime").value_or(runTime - runtimeOverhead);
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
                    const qint64 trainBatches =
                        qint64(std::ceil(0.8 * double(*m_lastObservations) / double(batchSize)));
                    perDatum = nonOverheadEnergy / (double(trainBatches) * EpochsPerRun) / double(batchSize);
                }
                if (node != QByteArrayView(m_lastNode)) {
                    m_lastNode = node.toByteArray();
                    m_lastNodeType = m_nodeTypeByNode.value(m_lastNode);
                    clearUpperVectorState();
                }
                const QByteArray &nodeType = m_lastNodeType;

                insert.bind(1, runId);
                insert.bind(2, experimentId);
                insert.bind(3, jobId);
                insert.bind(4, QByteArrayView(fieldparse::formatIsoUtc(start.ns)));
                insert.bind(5, QByteArrayView(fieldparse::formatIsoUtc(update.ns)));
                if (end)
                    insert.bind(6, QByteArrayView(fieldparse::formatIsoUtc(end->ns)));
                else
                    insert.bindNull(6);
                insert.bind(7, node);
                insert.bind(8, size);
                insert.bind(9, depth);
                insert.bind(10, shape);
                insert.bind(11, dataset);
                insert.bind(12, learningRate);
                insert.bind(13, batchSize);
                if (row.present("optimizer"))
                    insert.bind(14, row.text("optimizer"));
                else
                    insert.bindNull(14);
                insert.bind(15, qint64(gpu ? 1 : 0));
                insert.bind(16, batch);
                insert.bind(17, energy);
                insert.bind(18, runTime);
                insert.bind(19, row.optionalBoolean("filter_1"));
                insert.bind(20, row.optionalBoolean("filter_2"));
                insert.bind(21, row.optionalBoolean("filter_3"));
                insert.bind(22, row.optionalNumber("filter_3_stdevs"));
                insert.bind(23, row.optionalBoolean("filter"));
                insert.bind(24, startInt.value_or(start.ns));
                insert.bind(25, row.optionalInteger("start_offset"));
                insert.bind(26, power.value_or(energy / runTime));
                insert.bind(27, row.optionalInteger("num_reps"));
                insert.bind(28, stdPower);
                insert.bind(29, stdEnergy);
                insert.bind(30, energyOverhead);
                insert.bind(31, nonOverheadEnergy);
                insert.bind(32, runtimeOverhead);
                insert.bind(33, nonOverheadRuntime);
                insert.bind(34, start.ns);
                insert.bind(35, update.ns);
                if (end)
                    insert.bind(36, end->ns);
                else
                    insert.bindNull(36);
                insert.bind(37, QByteArrayView(gpu ? "GPU" : "CPU"));
                if (nodeType.isEmpty())
                    insert.bindNull(38);
                else
                    insert.bind(38, QByteArrayView(nodeType));
                insert.bind(39, perEpoch);
                insert.bind(40, perDatum);
                insert.bind(41, m_importId);
                if (insert.step() == 0)
                    ++m_report->duplicates;
                else
                    ++m_report->accepted;
            } catch (const RowError &e) {
                if (!reject(reader.lineNumber(), e))
                    return false;
            }
        }
        return true;
    }

    qint64 denverToUtcSeconds(qint64 localSeconds)
    {
        // The offset only changes on the hour; cache it per local hour.
        const qint64 hour = localSeconds / 3600;
        auto it = m_denverOffsetByHour.constFind(hour);
        if (it == m_denverOffsetByHour.cend()) {
            const QDateTime asUtc = QDateTime::fromSecsSinceEpoch(hour * 3600, QTimeZone::utc());
            const QDateTime local(asUtc.date(), asUtc.time(), m_denver);
            it = m_denverOffsetByHour.insert(hour, hour * 3600 - local.toSecsSinceEpoch());
        }
        return localSeconds - *it;
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
            return fail(QCoreApplication::translate("Importer", "%1: a power trace must be named <slurm_job_id>.csv; cannot tell the job from '%2'")
                            .arg(m_entry, QFileInfo(m_entry).fileName()));
        if (!m_denver.isValid()) {
            m_denver = QTimeZone("America/Denver");
            if (!m_denver.isValid())
                return fail(QCoreApplication::translate("Importer", "The time zone America/Denver is not available on this system (install tzdata); "
                               "power traces cannot be converted to UTC"));
        }
        if (!m_sampleStmt) {
            deferIndexesIfEmpty("power_samples");
            m_sampleStmt = std::make_unique<Statement>(
                m_db, "INSERT INTO power_samples (job, node, time_ns, watts, import_id) "
                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        }
        Statement &insert = *m_sampleStmt;
        while (reader.readRow()) {
            if (!tick(reader))
                return false;
            const Row row(reader, map);
            clearUpperVectorState();
            try {
                // BUTTER-E's trace times end in "Z" but are America/Denver wall-clock time.
                const fieldparse::Timestamp local = row.time("timestamp");
                const qint64 localSeconds = local.ns >= 0 ? local.ns / 1000000000LL
                                                          : -((-local.ns + 999999999LL) / 1000000000LL);
                const qint64 fraction = local.ns - localSeconds * 1000000000LL;
                const qint64 ns = denverToUtcSeconds(localSeconds) * 1000000000LL + fraction;
                const QByteArrayView node = row.text("node");
                const double watts = row.number("watts");
                if (watts < 0)
                    throw RowError{QStringLiteral("watts"), displayValue(row.raw("watts")), QCoreApplication::translate("Importer", "is negative")};
                insert.bind(1, job);
                insert.bind(2, node);
                insert.bind(3, ns);
                insert.bind(4, watts);
                insert.bind(5, m_importId);
                if (insert.step() == 0)
                    ++m_report->duplicates;
                else
                    ++m_report->accepted;
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
    QHash<qint64, qint64> m_denverOffsetByHour;
    QTimeZone m_denver;
    std::unique_ptr<Statement> m_rejectStmt;
    std::unique_ptr<Statement> m_sampleStmt;
    QList<QByteArray> m_deferredIndexes;
    QByteArray m_lastDataset;
    std::optional<qint64> m_lastObservations;
    QByteArray m_lastNode;
    QByteArray m_lastNodeType;
};

QString sha256Of(QIODevice *device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(device);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Runs: return QStringLiteral("runs");
    case FileKind::PowerTrace: return QStringLiteral("power");
    case FileKind::NodeSinfo: return QStringLiteral("node_sinfo");
    case FileKind::NodePowerDist: return QStringLiteral("node_power_dist");
    case FileKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

FileKind detectFileKind(const QList<QByteArray> &header)
{
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
    return QCoreApplication::translate("Importer", "%1: %2 rows imported, %3 rejected, %4 already present (%5)")
        .arg(QFileInfo(source).fileName())
        .arg(accepted)
        .arg(rejected)
        .arg(duplicates)
        .arg(kinds.join(QStringLiteral(", ")));
}

Importer::Importer(Store *store)
    : m_store(store)
{
}

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
    ImportReport report;
    report.source = path;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QCoreApplication::translate("Importer", "%1: cannot open: %2").arg(fileName, file.errorString());
        return report;
    }
    if (file.size() == 0) {
        report.error = QCoreApplication::translate("Importer", "%1: the file is empty").arg(fileName);
        return report;
    }
    const QString sha = sha256Of(&file);
    file.seek(0);
    sqlite3 *db = m_store->handle();
    if (!db) {
        report.error = QCoreApplication::translate("Importer", "The database is not open");
        return report;
    }

    const bool isZip = file.peek(4) == QByteArray("PK\x03\x04", 4);
    qint64 total = file.size();
    QuaZip zip(path);
    QList<QString> members;
    if (isZip) {
        file.close();
        if (!zip.open(QuaZip::mdUnzip)) {
            report.error = QCoreApplication::translate("Importer", "%1: cannot read the zip archive (error %2)").arg(fileName).arg(zip.getZipError());
            return report;
        }
        total = 0;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFileInfo64 info;
            zip.getCurrentFileInfo(&info);
            if (info.name.endsWith(QLatin1Char('/')) || info.name.startsWith(QStringLiteral("__MACOSX/")))
                continue;
            members.append(info.name);
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
        session.begin(path, sha);
        if (!isZip) {
            if (!session.importEntry(&file, fileName, 0)) {
                report.cancelled = session.cancelled();
                return report;
            }
        } else {
            for (const QString &member : members) {
                zip.setCurrentFile(member);
                QuaZipFile entry(&zip);
                if (!entry.open(QIODevice::ReadOnly)) {
                    report.error = QCoreApplication::translate("Importer", "%1/%2: cannot unpack (error %3)").arg(fileName, member).arg(entry.getZipError());
                    return report;
                }
                if (!session.importEntry(&entry, fileName + QLatin1Char('/') + member, base)) {
                    report.cancelled = session.cancelled();
                    return report;
                }
                base += entry.usize();
                entry.close();
            }
        }
        session.commit();
    } catch (const SqlFailure &f) {
        report.error = QCoreApplication::translate("Importer", "%1: the database refused the import: %2").arg(fileName, f.message);
        return report;
    }
    if (m_progress)
        m_progress(total, total);
    report.ok = true;
    return report;
}

ImportReport Importer::importEntries(const QString &label, const QList<Entry> &entries, const ImportOptions &options)
{
    ImportReport report;
    report.source = label;
    sqlite3 *db = m_store->handle();
    if (!db) {
        report.error = QCoreApplication::translate("Importer", "The database is not open");
        return report;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    for (const Entry &e : entries) {
        hash.addData(e.data);
        total += e.data.size();
    }
    qint64 base = 0;
    try {
        ImportSession session(db, options, &report, m_cancel, [this, total](qint64 done) {
            if (m_progress)
                m_progress(done, total);
        });
        session.begin(label, QString::fromLatin1(hash.result().toHex()));
        for (const Entry &e : entries) {
            QBuffer buffer;
            buffer.setData(e.data);
            buffer.open(QIODevice::ReadOnly);
            if (!session.importEntry(&buffer, e.name, base)) {
                report.cancelled = session.cancelled();
                return report;
            }
            base += e.data.size();
        }
        session.commit();
    } catch (const SqlFailure &f) {
        report.error = QCoreApplication::translate("Importer", "%1: the database refused the import: %2").arg(label, f.message);
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace wattprint
