#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace wattprint {

class Store;
struct ImportIssue;
struct ImportReport;
enum class ConflictPolicy;

// Where each run of a scratch import came from (entry and line), by its row id there: a run that
// conflicts with one on the server is then named by its line, as on SQLite.
struct RunOrigins
{
    QStringList entries;
    qint64 firstRowId = 0;
    struct Origin
    {
        int entry = -1;
        qint64 line = 0;
    };
    std::vector<Origin> byRow; // index: row id - firstRowId
    // Row ids of the runs stored without an energy (CodeCarbon's empty energy_consumed), in order:
    // those the server holds already are not this import's to count.
    std::vector<qint64> withoutEnergy;
    Origin of(qint64 rowId) const;
};

// The second half of an import into a server store (docs/postgresql.md, "Importing into a
// server"): the file was read, checked and stored in a local scratch SQLite store by the same
// importer as always; this writes that import into the server in one transaction. Its rows go in
// with COPY into temporary tables; runs and power samples the server holds already are told
// apart there (same values: duplicates; other values: conflicts, refused, kept or replaced as the
// options say); then the new rows are inserted, nodes described by the file are merged, and the
// energy model is refitted on the server's runs. Importers take turns (a transaction-level
// advisory lock); readers are never blocked and see the import whole or not at all.
class ServerImportMerge
{
public:
    ServerImportMerge(Store *scratch, qint64 scratchImportId, Store *server);

    // Copies the server's node descriptions into the empty scratch store, so that runs get the
    // node types the server knows. Call before importing into the scratch store.
    static bool prepareScratch(Store *scratch, Store *server, QString *error);

    void setConflictPolicy(ConflictPolicy policy) { m_policy = policy; }
    // The runs columns whose values come from the file (a differing one is a conflict).
    void setComparedRunColumns(QList<QByteArray> columns) { m_compared = std::move(columns); }
    void setOrigins(const RunOrigins *origins) { m_origins = origins; }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    void setProgressHandler(std::function<void(int step, int steps)> handler) { m_progress = std::move(handler); }

    // Updates *report (accepted, duplicates, conflicts, quality, importId) to what the server
    // holds after the merge. False with report->error set when nothing was written.
    bool run(ImportReport *report);

private:
    bool merge(ImportReport *report);
    bool copyTable(const QByteArray &select, const QByteArray &into, const QStringList &columns, int importIdColumn,
                   QString *error);
    // Whether the file brought BUTTER-E runs (as read into the scratch store), the runs the
    // energy model is fitted on.
    bool broughtButterERuns() const;
    bool fitInScratchIfFirst();
    // Reports a row stored with other values as the policy says; false when it refuses the file.
    bool recordConflict(ImportReport *report, ImportIssue issue, const QString &what) const;
    bool mergeRuns(ImportReport *report);
    bool mergeSamples(ImportReport *report);
    bool mergeNodes(ImportReport *report, bool *nodesDescribed);
    bool exec(const QString &sql, const QVariantList &values = {}, qint64 *rowsAffected = nullptr);
    bool cancelled();
    void step(const char *what);
    QString originText(qint64 storedImportId, const QString &storedSource) const;

    Store *m_scratch;
    qint64 m_scratchImportId;
    Store *m_server;
    ConflictPolicy m_policy;
    QList<QByteArray> m_compared;
    const RunOrigins *m_origins = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
    qint64 m_importId = 0;
    bool m_fittedInScratch = false; // the runs came with their expectations (fitInScratchIfFirst)
    qint64 m_runsReplaced = 0;      // stored runs the file's rows replaced (ConflictPolicy::Replace)
    int m_step = 0;
    QElapsedTimer m_clock;
    QString m_error;
};

} // namespace wattprint
