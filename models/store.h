#pragma once

#include "sqlengine.h"
#include "storelocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace wattprint {
class SqlDialect;
}

namespace wattprint {

struct ImportRecord
{
    qint64 id = 0;
    QString sourcePath;
    QString sha256;
    QString importedAt;
    QString kind;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    qint64 rowsDuplicate = 0;
    bool synthetic = false;
};

// One SQLite file, or one database on a PostgreSQL server (docs/postgresql.md), holding runs,
// datasets, nodes, power samples and the import log. Each Store owns one named QtSql connection;
// open another Store on the same path for another thread (WAL lets readers and one writer work
// side by side; a server takes many connections).
class Store
{
public:
    static constexpr int SchemaVersion = 5;
    // SQLite's page cache per connection (KiB). Readers go through the OS's cache and keep little
    // of their own; a bulk write (an import, a removal, an upgrade) that updates a dozen indexes
    // takes the large one while it runs (docs/architecture.md "Memory").
    static constexpr int ReaderCacheKb = 16384;
    static constexpr int BulkCacheKb = 131072;

    // `path` is a file path or a postgresql:// URL (StoreLocation::parse).
    explicit Store(QString path, QString connectionName = {});
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating the file if needed), sets WAL and migrates the schema forward.
    // Refuses a file written by a newer Wattprint, one that is not a database, another
    // program's database (left byte for byte as it was) and a damaged one (PRAGMA quick_check).
    // A store that cannot be written (a read-only file or folder, a full disk) is opened
    // read-only: reads work, isReadOnly() says so and readOnlyReason() why.
    bool open(QString *error);
    // For a window that must show at once: open() leaves the integrity check of a store already at
    // the current schema to whoever opens the same file next (another Store on a worker thread:
    // integrityCheckPassed() tells). A store to be migrated is always checked first.
    void setIntegrityCheckDeferred(bool deferred) { m_deferIntegrityCheck = deferred; }
    // Checks the file at `path` on this thread, once per version of the file and process (later
    // callers, and concurrent ones, get the first one's answer).
    static bool integrityCheckPassed(const QString &path, QString *error);
    bool isOpen() const;
    void close();
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    QString path() const { return m_path; }
    const StoreLocation &location() const { return m_location; }
    SqlEngine engine() const { return m_location.engine(); }
    SqlDialect dialect() const;
    QSqlDatabase database() const;
    // The underlying handle, for bulk work (import, column loads) where QtSql's
    // per-value QVariant cost matters. Valid while an SQLite store is open; nullptr on a server.
    sqlite3 *handle() const;

    int schemaVersion() const;
    bool isEmpty() const;          // no runs at all
    bool hasSyntheticData() const; // any run came from the demo generator
    bool hasRealData() const;
    QList<ImportRecord> imports() const;
    // "Demo data (synthetic, modelled on BUTTER-E)", the real file names, or both.
    QString sourceDescription() const;
    // Deletes everything a set of imports brought in (runs, samples, node rows) and refits the energy
    // model on the runs left, in one transaction, on either engine. A read-only store refuses, saying
    // why (readOnlyReason()).
    bool removeImports(const QList<qint64> &importIds, QString *error);
    bool removeSyntheticData(QString *error);

    static QString defaultPath();

private:
    enum class Access { ReadWrite, ReadOnly, Immutable };
    bool openAs(Access access, QString *error, int *sqliteCode);
    bool checkOurs(QString *error);
    bool checkIntegrity(QString *error);
    bool migrate(QString *error);
    void setCacheKb(int kb);
    bool openServer(QString *error);
    bool migrateServer(QString *error);
    bool migrateServerSteps(QString *error);
    int serverVersion() const;

    QString m_path;
    QString m_locationError; // before m_location, which the constructor fills it with
    StoreLocation m_location;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_deferIntegrityCheck = false;
};

} // namespace wattprint
