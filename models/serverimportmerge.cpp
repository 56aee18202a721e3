#include "serverimportmerge.h"

#include "expectedenergystore.h"
#include "fieldparse.h"
#include "importer.h"
#include "pgcopyin.h"
#include "qualityrefresh.h"
#include "schema.h"
#include "sqldialect.h"
#include "store.h"

#include <runquality.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace wattprint {

namespace {

Q_LOGGING_CATEGORY(lcServerImport, "wattprint.serverimport", QtWarningMsg)

constexpr qsizetype MaxIssuesKept = 500;
constexpr int Steps = 8;

// A value as the importer's messages show it: numbers in their shortest exact form, NULL as
// "empty" (the same as the SQLite path's Statement::columnText).
QString shown(const QVariant &v)
{
    if (v.isNull())
        return QCoreApplication::translate("Importer", "empty");
    switch (v.typeId()) {
    case QMetaType::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt: return QString::number(v.toLongLong());
    default: return fieldparse::printable(v.toString(), 60);
    }
}

QStringList columnsOf(const QString &table)
{
    for (const schema::TableSpec &spec : schema::currentTables()) {
        if (spec.name != table)
            continue;
        QStringList names;
        for (const schema::ColumnSpec &c : spec.columns)
            names.append(c.name);
        return names;
    }
    return {};
}

} // namespace

RunOrigins::Origin RunOrigins::of(qint64 rowId) const
{
    const qint64 index = rowId - firstRowId;
    if (index < 0 || index >= qint64(byRow.size()))
        return {};
    return byRow[size_t(index)];
}

ServerImportMerge::ServerImportMerge(Store *scratch, qint64 scratchImportId, Store *server)
    : m_scratch(scratch)
    , m_scratchImportId(scratchImportId)
    , m_server(server)
    , m_policy(ConflictPolicy::Refuse)
{}

bool ServerImportMerge::prepareScratch(Store *scratch, Store *server, QString *error)
{
    const QString columns = QStringLiteral(
        "node, type, cpus, memory_mb, tmp_disk_mb, gres, idle_power, power_offset, sample_count, min_watts, "
        "p1_watts, p2_watts, p50_watts, p99_watts, max_watts");
    QSqlQuery read(server->database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM nodes").arg(columns))) {
        if (error)
            *error = read.lastError().text();
        return false;
    }
    QSqlDatabase local = scratch->database();
    local.transaction();
    QSqlQuery write(local);
    // The server's import ids mean nothing here: the node rows are only looked up.
    write.prepare(
        QStringLiteral("INSERT INTO nodes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
    while (read.next()) {
        for (int i = 0; i < 15; ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            if (error)
                *error = write.lastError().text();
            local.rollback();
            return false;
        }
    }
    return local.commit();
}

bool ServerImportMerge::cancelled()
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_error = QCoreApplication::translate("Importer", "Import cancelled; nothing was stored");
        return true;
    }
    return false;
}

void ServerImportMerge::step(const char *what)
{
    // Where a large import spends its time (bench_serverimport turns the category on).
    qCDebug(lcServerImport, "%s: %.2f s", what, m_clock.nsecsElapsed() / 1e9);
    m_clock.restart();
    ++m_step;
    if (m_progress)
        m_progress(m_step, Steps);
}

bool ServerImportMerge::exec(const QString &sql, const QVariantList &values, qint64 *rowsAffected)
{
    QSqlQuery query(m_server->database());
    // The driver prepares a statement with PREPARE, which takes no DDL: statements without
    // values are sent as they are.
    if (values.isEmpty() ? !query.exec(sql) : !query.prepare(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!values.isEmpty() && !query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    return true;
}

QString ServerImportMerge::originText(qint64 storedImportId, const QString &storedSource) const
{
    if (storedImportId == m_importId)
        return QCoreApplication::translate("Importer", "from earlier in this import");
    return QCoreApplication::translate("Importer", "from %1")
        .arg(fieldparse::printable(QFileInfo(storedSource).fileName()));
}

bool ServerImportMerge::copyTable(const QByteArray &select, const QByteArray &into, const QStringList &columns,
                                  int importIdColumn, QString *error)
{
    sqlite3 *db = m_scratch->handle();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, select.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_int64(stmt, 1, m_scratchImportId);
    PgCopyIn copy(m_server->database());
    if (!copy.begin("COPY " + into + " (" + columns.join(QStringLiteral(", ")).toUtf8() + ") FROM STDIN", error)) {
        sqlite3_finalize(stmt);
        return false;
    }
    int rc = SQLITE_ROW;
    qint64 rows = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < int(columns.size()); ++i) {
            if (i == importIdColumn)
                copy.add(m_importId);
            else
                copy.add(stmt, i);
        }
        copy.endRow();
        if ((++rows & 0xffff) == 0 && cancelled()) {
            sqlite3_finalize(stmt);
            *error = m_error;
            return false; // the copy is ended as failed when `copy` goes
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return copy.finish(error);
}

bool ServerImportMerge::run(ImportReport *report)
{
    QSqlDatabase db = m_server->database();
    if (!db.transaction()) {
        report->error = db.lastError().text();
        return false;
    }
    m_step = 0;
    m_error.clear();
    m_clock.start();
    if (!merge(report)) {
        db.rollback();
        if (report->error.isEmpty() && m_cancel && m_cancel->load())
            report->error = QCoreApplication::translate("Importer", "Import cancelled; nothing was stored");
        else if (report->error.isEmpty())
            report->error = QCoreApplication::translate("Importer", "%1: the database refused the import: %2")
                                .arg(fieldparse::printable(QFileInfo(report->source).fileName()), m_error);
        return false;
    }
    if (!db.commit()) {
        report->error = QCoreApplication::translate("Importer", "%1: the database refused the import: %2")
                            .arg(fieldparse::printable(QFileInfo(report->source).fileName()), db.lastError().text());
        db.rollback();
        return false;
    }
    report->importId = m_importId;
    return true;
}

bool ServerImportMerge::merge(ImportReport *report)
{
    // Importers into one server store take turns; readers never wait for them.
    if (!exec(m_server->dialect().writeLock()))
        return false;
    step("advisory lock");
    // The import's own row, as the scratch store has it.
    const QString importColumns = QStringLiteral(
        "source_path, sha256, imported_at, kind, rows_accepted, rows_rejected, rows_duplicate, synthetic, source, "
        "time_zone");
    QSqlQuery local(m_scratch->database());
    local.prepare(QStringLiteral("SELECT %1 FROM imports WHERE id = ?").arg(importColumns));
    local.addBindValue(m_scratchImportId);
    if (!local.exec() || !local.next()) {
        m_error = local.lastError().text();
        return false;
    }
    {
        QSqlQuery insert(m_server->database());
        insert.prepare(QStringLiteral("INSERT INTO imports (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                           .arg(importColumns));
        for (int i = 0; i < 10; ++i)
            insert.addBindValue(local.value(i));
        if (!insert.exec() || !insert.next()) {
            m_error = insert.lastError().text();
            return false;
        }
        m_importId = insert.value(0).toLongLong();
    }
    local.finish();
    step("import row");

    bool nodesDescribed = false;
    if (!mergeNodes(report, &nodesDescribed) || cancelled())
        return false;
    step("nodes");
    if (!mergeRuns(report) || cancelled())
        return false;
    step("runs");
    if (!mergeSamples(report) || cancelled())
        return false;
    step("power samples");
    if (!copyTable("SELECT import_id, entry, line, column_name, value, reason FROM import_rejections "
                   "WHERE import_id = ?1",
                   "import_rejections", columnsOf(QStringLiteral("import_rejections")), 0, &m_error))
        return false;

    QString error;
    qint64 changed = 0; // stored runs that took a node type from this file
    if (nodesDescribed) {
        // Runs stored earlier on the nodes this file describes take the node's type, and their
        // quality follows it (the plausible power depends on the type).
        if (!exec(QStringLiteral("UPDATE runs SET node_type = (SELECT n.type FROM nodes n WHERE n.node = runs.node) "
                                 "WHERE import_id <> ? AND node IN (SELECT node FROM nodes WHERE sinfo_import_id = ?)"),
                  {m_importId, m_importId}, &changed))
            return false;
        if (changed > 0 && !qualityrefresh::refresh(m_server, std::nullopt, &error)) {
            m_error = error;
            return false;
        }
    }
    step("rejections, node types of stored runs");

    // Quality of the runs this import holds on the server (duplicates are not its runs).
    report->qualityFlagged = 0;
    report->qualityByRule.clear();
    {
        QSqlQuery count(m_server->database());
        count.prepare(
            QStringLiteral("SELECT quality, count(*) FROM runs WHERE import_id = ? AND quality <> 0 GROUP BY quality"));
        count.addBindValue(m_importId);
        if (!count.exec()) {
            m_error = count.lastError().text();
            return false;
        }
        while (count.next()) {
            const auto mask = runquality::Mask(count.value(0).toLongLong());
            const qint64 runs = count.value(1).toLongLong();
            report->qualityFlagged += runs;
            for (runquality::Rule rule : runquality::allRules()) {
                if (runquality::fails(mask, rule))
                    report->qualityByRule[runquality::ruleName(rule)] += runs;
            }
        }
    }
    if (!exec(QStringLiteral("UPDATE imports SET rows_accepted = ?, rows_rejected = ?, rows_duplicate = ? "
                             "WHERE id = ?"),
              {report->accepted, report->rejected, report->duplicates, m_importId}))
        return false;
    step("quality counts");
    // Every run's expectation from a model fitted on the server's runs as they now are, in this
    // same transaction. The model is fitted on the BUTTER-E runs alone: an import that added,
    // replaced (not in `accepted`) or re-graded none leaves it as it is, unless there is none yet.
    const bool refit = m_runsReplaced > 0 || changed > 0
        || (report->accepted > 0 && (broughtButterERuns() || ExpectedEnergyStore::needsRefresh(m_server)));
    if (refit && !m_fittedInScratch && !ExpectedEnergyStore::refresh(m_server, &error)) {
        m_error = error;
        return false;
    }
    step("model refit");
    return !cancelled();
}

bool ServerImportMerge::mergeNodes(ImportReport *report, bool *nodesDescribed)
{
    Q_UNUSED(report);
    const QStringList columns = columnsOf(QStringLiteral("nodes"));
    if (!exec(QStringLiteral("CREATE TEMP TABLE incoming_nodes (LIKE nodes) ON COMMIT DROP")))
        return false;
    if (!copyTable("SELECT " + columns.join(QStringLiteral(", ")).toUtf8()
                       + " FROM nodes WHERE sinfo_import_id = ?1 OR power_import_id = ?1",
                   "incoming_nodes", columns, -1, &m_error))
        return false;
    qint64 sinfo = 0;
    if (!exec(QStringLiteral(
                  "INSERT INTO nodes (node, type, cpus, memory_mb, tmp_disk_mb, gres, idle_power, power_offset, "
                  "sinfo_import_id) SELECT node, type, cpus, memory_mb, tmp_disk_mb, gres, idle_power, power_offset, "
                  "CAST(? AS BIGINT) FROM incoming_nodes WHERE sinfo_import_id IS NOT NULL "
                  "ON CONFLICT (node) DO UPDATE SET type = excluded.type, cpus = excluded.cpus, "
                  "memory_mb = excluded.memory_mb, tmp_disk_mb = excluded.tmp_disk_mb, gres = excluded.gres, "
                  "idle_power = excluded.idle_power, power_offset = excluded.power_offset, "
                  "sinfo_import_id = excluded.sinfo_import_id"),
              {m_importId}, &sinfo))
        return false;
    if (!exec(QStringLiteral("INSERT INTO nodes (node, sample_count, min_watts, p1_watts, p2_watts, p50_watts, "
                             "p99_watts, max_watts, power_import_id) SELECT node, sample_count, min_watts, p1_watts, "
                             "p2_watts, p50_watts, p99_watts, max_watts, CAST(? AS BIGINT) FROM incoming_nodes "
                             "WHERE power_import_id IS NOT NULL "
                             "ON CONFLICT (node) DO UPDATE SET sample_count = excluded.sample_count, "
                             "min_watts = excluded.min_watts, p1_watts = excluded.p1_watts, "
                             "p2_watts = excluded.p2_watts, p50_watts = excluded.p50_watts, "
                             "p99_watts = excluded.p99_watts, max_watts = excluded.max_watts, "
                             "power_import_id = excluded.power_import_id"),
              {m_importId}))
        return false;
    *nodesDescribed = sinfo > 0;
    return true;
}

bool ServerImportMerge::recordConflict(ImportReport *report, ImportIssue issue, const QString &what) const
{
    // The SQLite path's words (Importer's conflict()), so that both engines say the same.
    switch (m_policy) {
    case ConflictPolicy::Refuse:
        issue.reason = QCoreApplication::translate("Importer",
                                                   "%1; nothing was imported (choose keep or replace for such rows)")
                           .arg(what);
        report->error = issue.message();
        return false;
    case ConflictPolicy::Keep:
        issue.reason = QCoreApplication::translate("Importer", "%1; kept the stored values").arg(what);
        break;
    case ConflictPolicy::Replace:
        issue.reason = QCoreApplication::translate("Importer", "%1; replaced them with this row's").arg(what);
        break;
    }
    if (report->conflictIssues.size() < MaxIssuesKept)
        report->conflictIssues.append(issue);
    return true;
}

bool ServerImportMerge::broughtButterERuns() const
{
    QSqlQuery query(m_scratch->database());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM runs WHERE import_id = ? AND source = 'butter-e')"));
    query.addBindValue(m_scratchImportId);
    // A question that cannot be answered refits: the model is then right either way.
    return !query.exec() || !query.next() || query.value(0).toBool();
}

bool ServerImportMerge::fitInScratchIfFirst()
{
    // The model is fitted on the store's BUTTER-E runs in id order. When the server has none yet
    // and all of this import's are new, those are exactly the scratch store's, in the order they
    // will get their ids: fitted there (SQLite, no round trips) they arrive with their
    // expectations, instead of being written once and rewritten by a refit on the server.
    QSqlQuery any(m_server->database());
    if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM runs WHERE source = 'butter-e')")) || !any.next()) {
        m_error = any.lastError().text();
        return false;
    }
    if (any.value(0).toBool())
        return true;
    any.finish();
    QSqlDatabase scratch = m_scratch->database();
    QString error;
    if (!scratch.transaction() || !ExpectedEnergyStore::refresh(m_scratch, &error) || !scratch.commit()) {
        m_error = error.isEmpty() ? scratch.lastError().text() : error;
        scratch.rollback();
        return false;
    }
    QSqlQuery model(scratch);
    if (!model.exec(QStringLiteral("SELECT fitted_at, runs, model FROM energy_model WHERE id = 1")) || !model.next()) {
        m_error = model.lastError().text();
        return false;
    }
    if (!exec(QStringLiteral("INSERT INTO energy_model (id, fitted_at, runs, model) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET fitted_at = excluded.fitted_at, runs = excluded.runs, "
                             "model = excluded.model"),
              {model.value(0), model.value(1), model.value(2)}))
        return false;
    m_fittedInScratch = true;
    return true;
}

bool ServerImportMerge::mergeRuns(ImportReport *report)
{
    const QStringList columns = columnsOf(QStringLiteral("runs"));
    // Most imports bring only new runs: their keys alone tell, and then the rows go straight into
    // runs, written once instead of into a temporary table and again from there.
    if (!exec(QStringLiteral("CREATE TEMP TABLE incoming_keys (run_id TEXT) ON COMMIT DROP"))
        || !copyTable("SELECT run_id FROM runs WHERE import_id = ?1", "incoming_keys", {QStringLiteral("run_id")}, -1,
                      &m_error)
        || !exec(QStringLiteral("ANALYZE incoming_keys")))
        return false;
    {
        QSqlQuery overlap(m_server->database());
        if (!overlap.exec(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM incoming_keys k JOIN runs r ON r.run_id = k.run_id)"))
            || !overlap.next()) {
            m_error = overlap.lastError().text();
            return false;
        }
        if (!overlap.value(0).toBool()) {
            if (!fitInScratchIfFirst())
                return false;
            QStringList inserted = columns;
            inserted.removeAll(QStringLiteral("id"));
            if (!copyTable("SELECT " + inserted.join(QStringLiteral(", ")).toUtf8()
                               + " FROM runs WHERE import_id = ?1 ORDER BY id",
                           "runs", inserted, int(inserted.indexOf(QStringLiteral("import_id"))), &m_error))
                return false;
            // The expectations fitted in the scratch store follow their runs, found by run_id (the
            // server gave the runs ids of its own).
            return !m_fittedInScratch
                || (exec(QStringLiteral("CREATE TEMP TABLE incoming_expectations (run_id TEXT, expected_energy "
                                        "DOUBLE PRECISION) ON COMMIT DROP"))
                    && copyTable("SELECT r.run_id, e.expected_energy FROM run_expectations e JOIN runs r ON r.id = "
                                 "e.run WHERE r.import_id = ?1",
                                 "incoming_expectations", {QStringLiteral("run_id"), QStringLiteral("expected_energy")},
                                 -1, &m_error)
                    && exec(QStringLiteral("INSERT INTO run_expectations (run, expected_energy) SELECT r.id, "
                                           "n.expected_energy FROM incoming_expectations n JOIN runs r ON r.run_id = "
                                           "n.run_id")));
        }
    }
    if (!exec(QStringLiteral("CREATE TEMP TABLE incoming_runs (LIKE runs) ON COMMIT DROP")))
        return false;
    if (!copyTable("SELECT " + columns.join(QStringLiteral(", ")).toUtf8() + " FROM runs WHERE import_id = ?1",
                   "incoming_runs", columns, int(columns.indexOf(QStringLiteral("import_id"))), &m_error))
        return false;
    // The planner knows nothing of a table filled a moment ago; with its statistics it joins a
    // large import by hashing instead of a million index probes.
    if (!exec(QStringLiteral("ANALYZE incoming_runs")))
        return false;

    // Runs of other tools are keyed by a hash of their row: a stored key is the same run. A
    // BUTTER-E run_id stored already is the same run only with the same values.
    QStringList same;
    for (const QByteArray &c : std::as_const(m_compared))
        same.append(QStringLiteral("n.%1 IS NOT DISTINCT FROM r.%1").arg(QString::fromLatin1(c)));
    const QString identical
        = QStringLiteral("(n.source <> 'butter-e' OR (%1))").arg(same.join(QStringLiteral(" AND ")));
    qint64 duplicates = 0;
    qint64 conflicts = 0;
    {
        QSqlQuery count(m_server->database());
        if (!count.exec(QStringLiteral("SELECT count(*) FILTER (WHERE %1), count(*) FILTER (WHERE NOT %1) "
                                       "FROM incoming_runs n JOIN runs r ON r.run_id = n.run_id")
                            .arg(identical))
            || !count.next()) {
            m_error = count.lastError().text();
            return false;
        }
        duplicates = count.value(0).toLongLong();
        conflicts = count.value(1).toLongLong();
    }
    if (duplicates > 0 && m_origins && !m_origins->withoutEnergy.empty()) {
        QSqlQuery present(m_server->database());
        present.setForwardOnly(true);
        if (!present.exec(QStringLiteral("SELECT n.id FROM incoming_runs n JOIN runs r ON r.run_id = n.run_id "
                                         "WHERE n.source <> 'butter-e' AND n.energy = 0"))) {
            m_error = present.lastError().text();
            return false;
        }
        while (present.next()) {
            if (std::binary_search(m_origins->withoutEnergy.cbegin(), m_origins->withoutEnergy.cend(),
                                   present.value(0).toLongLong()))
                --report->withoutEnergy;
        }
    }
    if (conflicts > 0) {
        QStringList select = {QStringLiteral("n.id"), QStringLiteral("n.run_id"), QStringLiteral("r.import_id"),
                              QStringLiteral("coalesce(i.source_path, '')")};
        for (const QByteArray &c : std::as_const(m_compared))
            select.append(QStringLiteral("n.%1 IS NOT DISTINCT FROM r.%1").arg(QString::fromLatin1(c)));
        for (const QByteArray &c : std::as_const(m_compared))
            select.append(QStringLiteral("r.") + QString::fromLatin1(c));
        for (const QByteArray &c : std::as_const(m_compared))
            select.append(QStringLiteral("n.") + QString::fromLatin1(c));
        QSqlQuery details(m_server->database());
        details.setForwardOnly(true);
        const qsizetype limit = m_policy == ConflictPolicy::Refuse ? 1 : MaxIssuesKept;
        if (!details.exec(
                QStringLiteral("SELECT %1 FROM incoming_runs n JOIN runs r ON r.run_id = n.run_id "
                               "LEFT JOIN imports i ON i.id = r.import_id WHERE NOT %2 ORDER BY n.id LIMIT %3")
                    .arg(select.join(QStringLiteral(", ")), identical)
                    .arg(limit))) {
            m_error = details.lastError().text();
            return false;
        }
        const int compared = int(m_compared.size());
        while (details.next()) {
            QStringList differences;
            for (int k = 0; k < compared; ++k) {
                if (details.value(4 + k).toBool())
                    continue;
                differences.append(QCoreApplication::translate("Importer", "%1 %2 stored, %3 here")
                                       .arg(QString::fromLatin1(m_compared.at(k)),
                                            shown(details.value(4 + compared + k)),
                                            shown(details.value(4 + 2 * compared + k))));
            }
            const QString what = QCoreApplication::translate("Importer",
                                                             "run_id '%1' is stored already with other values (%2): %3")
                                     .arg(fieldparse::printable(details.value(1).toString(), 60),
                                          originText(details.value(2).toLongLong(), details.value(3).toString()),
                                          differences.join(QStringLiteral("; ")));
            ImportIssue issue;
            const RunOrigins::Origin origin = m_origins ? m_origins->of(details.value(0).toLongLong())
                                                        : RunOrigins::Origin{};
            if (origin.entry >= 0 && origin.entry < m_origins->entries.size()) {
                issue.entry = m_origins->entries.at(origin.entry);
                issue.line = origin.line;
            } else {
                issue.entry = fieldparse::printable(QFileInfo(report->source).fileName());
            }
            if (!recordConflict(report, issue, what))
                return false;
        }
        details.finish();
        if (m_policy == ConflictPolicy::Replace) {
            QStringList set;
            for (const QString &c : columns) {
                if (c != QLatin1String("id") && c != QLatin1String("run_id"))
                    set.append(QStringLiteral("%1 = n.%1").arg(c));
            }
            qint64 replaced = 0;
            if (!exec(QStringLiteral("UPDATE runs r SET %1 FROM incoming_runs n WHERE r.run_id = n.run_id AND NOT %2")
                          .arg(set.join(QStringLiteral(", ")), identical),
                      {}, &replaced))
                return false;
            m_runsReplaced += std::max<qint64>(replaced, 0);
        }
    }
    QStringList inserted = columns;
    inserted.removeAll(QStringLiteral("id"));
    const QString list = inserted.join(QStringLiteral(", "));
    if (!exec(QStringLiteral("INSERT INTO runs (%1) SELECT %1 FROM incoming_runs n WHERE NOT EXISTS "
                             "(SELECT 1 FROM runs r WHERE r.run_id = n.run_id) ORDER BY n.id")
                  .arg(list)))
        return false;
    report->accepted -= duplicates + conflicts;
    report->duplicates += duplicates;
    report->conflicts += conflicts;
    return true;
}

bool ServerImportMerge::mergeSamples(ImportReport *report)
{
    const QStringList columns = columnsOf(QStringLiteral("power_samples"));
    {
        sqlite3_stmt *probe = nullptr;
        sqlite3_prepare_v2(m_scratch->handle(), "SELECT EXISTS (SELECT 1 FROM power_samples WHERE import_id = ?1)", -1,
                           &probe, nullptr);
        sqlite3_bind_int64(probe, 1, m_scratchImportId);
        const bool any = sqlite3_step(probe) == SQLITE_ROW && sqlite3_column_int(probe, 0) != 0;
        sqlite3_finalize(probe);
        if (!any)
            return true;
    }
    if (!exec(QStringLiteral("CREATE TEMP TABLE incoming_samples (LIKE power_samples) ON COMMIT DROP")))
        return false;
    if (!copyTable("SELECT " + columns.join(QStringLiteral(", ")).toUtf8() + " FROM power_samples WHERE import_id = ?1",
                   "incoming_samples", columns, int(columns.indexOf(QStringLiteral("import_id"))), &m_error))
        return false;
    if (!exec(QStringLiteral("ANALYZE incoming_samples")))
        return false;
    const QString join = QStringLiteral(
        "FROM incoming_samples n JOIN power_samples s ON s.job = n.job AND s.node = n.node AND s.time_ns = n.time_ns");
    qint64 duplicates = 0;
    qint64 conflicts = 0;
    {
        QSqlQuery count(m_server->database());
        if (!count.exec(QStringLiteral("SELECT count(*) FILTER (WHERE n.watts = s.watts), "
                                       "count(*) FILTER (WHERE n.watts <> s.watts) %1")
                            .arg(join))
            || !count.next()) {
            m_error = count.lastError().text();
            return false;
        }
        duplicates = count.value(0).toLongLong();
        conflicts = count.value(1).toLongLong();
    }
    if (conflicts > 0) {
        QSqlQuery details(m_server->database());
        details.setForwardOnly(true);
        const qsizetype limit = m_policy == ConflictPolicy::Refuse ? 1 : MaxIssuesKept;
        if (!details.exec(QStringLiteral("SELECT n.job, n.node, n.time_ns, s.watts, n.watts, s.import_id, "
                                         "coalesce(i.source_path, '') %1 LEFT JOIN imports i ON i.id = s.import_id "
                                         "WHERE n.watts <> s.watts ORDER BY n.job, n.node, n.time_ns LIMIT %2")
                              .arg(join)
                              .arg(limit))) {
            m_error = details.lastError().text();
            return false;
        }
        while (details.next()) {
            const QString what
                = QCoreApplication::translate(
                      "Importer",
                      "the sample of job %1, node %2 at %3 is stored already with other values (%4): watts %5 stored, "
                      "%6 here")
                      .arg(details.value(0).toLongLong())
                      .arg(fieldparse::printable(details.value(1).toString(), 60),
                           QString::fromLatin1(fieldparse::formatIsoUtc(details.value(2).toLongLong())),
                           originText(details.value(5).toLongLong(), details.value(6).toString()))
                      .arg(shown(details.value(3)), shown(details.value(4)));
            // Samples keep no line of their own: the file is named.
            ImportIssue issue;
            issue.entry = fieldparse::printable(QFileInfo(report->source).fileName());
            if (!recordConflict(report, issue, what))
                return false;
        }
        details.finish();
        if (m_policy == ConflictPolicy::Replace
            && !exec(QStringLiteral("UPDATE power_samples s SET watts = n.watts, import_id = n.import_id "
                                    "FROM incoming_samples n WHERE s.job = n.job AND s.node = n.node "
                                    "AND s.time_ns = n.time_ns AND s.watts <> n.watts")))
            return false;
    }
    if (!exec(QStringLiteral("INSERT INTO power_samples (%1) SELECT %1 FROM incoming_samples n WHERE NOT EXISTS "
                             "(SELECT 1 FROM power_samples s WHERE s.job = n.job AND s.node = n.node "
                             "AND s.time_ns = n.time_ns)")
                  .arg(columns.join(QStringLiteral(", ")))))
        return false;
    report->accepted -= duplicates + conflicts;
    report->duplicates += duplicates;
    report->conflicts += conflicts;
    return true;
}

} // namespace wattprint
