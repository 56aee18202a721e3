#pragma once

#include "columnmapping.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace wattprint {

class Store;
struct RunOrigins;

enum class FileKind { Unknown, Runs, PowerTrace, NodeSinfo, NodePowerDist, CodeCarbon };

QString fileKindName(FileKind kind);
// Recognises a BUTTER-E file or CodeCarbon's emissions.csv from its header row (names, not positions).
FileKind detectFileKind(const QList<QByteArray> &header);

// What to do with a row whose key (run_id; job, node and time of a power sample) is stored
// already with other values. Identical rows are always counted as already present.
enum class ConflictPolicy { Refuse, Keep, Replace };

QString conflictPolicyName(ConflictPolicy policy); // refuse, keep, replace
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name);

struct ImportOptions
{
    bool skipInvalid = false; // import good rows, record each bad one, instead of failing the file
    bool synthetic = false;   // the rows come from the demo generator
    ConflictPolicy onConflict = ConflictPolicy::Refuse;
    // The zone of times written without one (CodeCarbon's timestamps); a preference, by default
    // the system's. BUTTER-E's traces are always read as America/Denver.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // When set, every file is read through this column mapping as an energy CSV of any tool
    // (docs/data.md "Any energy CSV: column mappings"), whatever its header.
    std::optional<ColumnMapping> mapping;
};

struct ImportIssue
{
    QString entry;   // file name, or archive/entry for a zip member
    qint64 line = 0; // 0 when the problem is the file, not a row
    QString column;
    QString value;
    QString reason;
    // "runs.csv:58: column 'energy': '12o45.5' is not a number"
    QString message() const;
};

struct ImportReport
{
    QString source;    // path or label as given
    QStringList kinds; // what the file held
    bool ok = false;
    bool cancelled = false;
    QString error;       // why nothing was stored (empty when ok)
    qint64 accepted = 0; // runs, samples or node rows stored
    qint64 rejected = 0;
    qint64 duplicates = 0;             // rows already in the store with the same values (same run_id or sample)
    qint64 conflicts = 0;              // rows whose key is stored with other values (kept or replaced)
    QList<ImportIssue> rejections;     // the first few hundred, for display; all are in the store
    QList<ImportIssue> conflictIssues; // the first few hundred conflicts, each with both values
    qint64 importId = 0;
    bool synthetic = false; // the runs are the demo generator's (the options' flag or the file's marker)
    // Runs of this import that fail at least one quality rule, and the count per rule (keyed by
    // runquality::ruleName). Quality never rejects a row: these runs are stored like the others.
    qint64 qualityFlagged = 0;
    QMap<QString, qint64> qualityByRule;
    // The zone zone-less times were read in (an IANA id), empty when the file had none.
    QString timeZone;
    // CodeCarbon rows without energy_consumed: stored with energy 0 and marked "No energy recorded".
    qint64 withoutEnergy = 0;
    QString summary() const;
};

// Reads BUTTER-E files (CSV, or zip archives of CSVs, read in place) and CodeCarbon's
// emissions.csv (codecarbonimporter.h) into the store.
// One file is one transaction: it lands whole or not at all.
class Importer
{
public:
    explicit Importer(Store *store);

    // done/total in bytes of input; called from the importing thread.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler);
    // Checked between rows; when set, the import rolls back and reports cancelled.
    void setCancelFlag(const std::atomic_bool *flag);

    ImportReport importFile(const QString &path, const ImportOptions &options = {});
    // False only for a CSV text file whose header is none of the kinds above: such a file can
    // be imported through a column mapping. A zip, or a file that cannot be read, is "recognised"
    // (the import then says what is wrong with it).
    static bool recognises(const QString &path);

    struct Entry
    {
        QString name;
        QByteArray data;
        // When set, the entry is read from this device instead of data (the demo generator
        // streams its runs file); size is its length for the progress, if known (else 0).
        std::shared_ptr<QIODevice> device = {};
        qint64 size = 0;
    };
    // In-memory or generated files (the demo generator) imported as one source, in one transaction.
    ImportReport importEntries(const QString &label, const QList<Entry> &entries, const ImportOptions &options);

private:
    // A store on a server: the file goes through a local scratch store first, then into the
    // server with COPY (docs/postgresql.md, "Importing into a server").
    ImportReport importIntoServer(const QString &label, const std::function<ImportReport(Importer &)> &importLocally,
                                  const ImportOptions &options);

    Store *m_store;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    // Set on the scratch importer of a server import: it leaves the model refit to the server
    // and records where each run came from.
    RunOrigins *m_scratchOrigins = nullptr;
};

} // namespace wattprint
