#include "store.h"

#include "expectedenergystore.h"
#include "schema.h"
#include "serverpasswords.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace wattprint {

namespace {

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_location(StoreLocation::parse(m_path, &m_locationError))
    , m_connectionName(connectionName.isEmpty()
                           ? QStringLiteral("wattprint-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : std::move(connectionName))
{}

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/wattprint");
    return dir + QStringLiteral("/wattprint.sqlite");
}

namespace {

// The SQLite result code behind a QtSql error (the driver puts it in nativeErrorCode()).
int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : SQLITE_ERROR;
}

QString sqliteText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// Files checked this process (path, size, modification time): a worker thread opens the same
// store for every load, and the check reads the whole file.
QSet<QString> &checkedFiles()
{
    static QSet<QString> files;
    return files;
}
QMutex &checkedFilesMutex()
{
    static QMutex mutex;
    return mutex;
}
QString checkKey(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(info.canonicalFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(wal.exists() ? wal.size() : -1)
        .arg(wal.exists() ? wal.lastModified().toMSecsSinceEpoch() : 0);
}

} // namespace

bool Store::open(QString *error)
{
    close();
    m_readOnly = false;
    m_readOnlyReason.clear();
    if (StoreLocation::looksLikeServer(m_path)) {
        if (!m_location.isValid()) {
            if (error)
                *error = m_locationError;
            return false;
        }
        return openServer(error);
    }
    const QFileInfo info(m_path);
    const bool exists = info.exists();
    if (exists && info.isDir()) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1 is a folder, not a database").arg(m_path);
        return false;
    }
    if (!exists && !info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (!exists && !QFileInfo(info.absolutePath()).isWritable()) {
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot create %1: its folder is not writable").arg(m_path);
        return false;
    }

    // A store we may not write (or whose folder we may not write: WAL needs its -shm and -wal
    // files beside it) is opened read-only; so is one that cannot be opened for writing (a
    // full disk), with the reason kept.
    Access access = Access::ReadWrite;
    if (exists && !info.isWritable()) {
        access = Access::ReadOnly;
        m_readOnlyReason = QCoreApplication::translate("Store", "the file is not writable");
    } else if (exists && !QFileInfo(info.absolutePath()).isWritable()) {
        access = Access::ReadOnly;
        m_readOnlyReason = QCoreApplication::translate("Store", "its folder is not writable");
    }
    QString why;
    int code = SQLITE_OK;
    bool ok = openAs(access, &why, &code);
    if (!ok && exists && access == Access::ReadWrite && code != SQLITE_NOTADB && code != SQLITE_CORRUPT
        && code != SQLITE_BUSY && code != SQLITE_OK) {
        m_readOnlyReason = why;
        access = Access::ReadOnly;
        ok = openAs(access, &why, &code);
        if (!ok)
            why = m_readOnlyReason;
    }
    // Without its -shm file SQLite cannot read a WAL store read-only, and it cannot make one
    // in a folder it may not write or on a full disk. With no unsaved log (-wal empty or gone)
    // the file alone is the whole store and can be read as immutable.
    if (!ok && exists && access == Access::ReadOnly && code != SQLITE_NOTADB && code != SQLITE_CORRUPT
        && code != SQLITE_BUSY && code != SQLITE_OK && QFileInfo(m_path + QStringLiteral("-wal")).size() == 0) {
        const QString first = why;
        access = Access::Immutable;
        ok = openAs(access, &why, &code);
        if (!ok)
            why = first;
    }
    if (!ok) {
        if (error)
            *error = why;
        close();
        return false;
    }
    m_readOnly = access != Access::ReadWrite;
    if (!m_readOnly)
        m_readOnlyReason.clear();
    return true;
}

bool Store::openAs(Access access, QString *error, int *code)
{
    close();
    *code = SQLITE_OK;
    bool ok = false;
    {
        // Every query and database handle lives in this block, so close() below removes a
        // connection nobody holds (no "connection still in use" warning on failure).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (access != Access::ReadWrite)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (access == Access::Immutable) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?immutable=1"));
        } else {
            db.setDatabaseName(m_path);
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            *code = sqliteCode(db.lastError());
            if (error)
                *error = QCoreApplication::translate("Store", "Cannot open %1: %2")
                             .arg(m_path, sqliteText(db.lastError()));
        } else {
            ok = checkOurs(error);
            if (!ok) {
                QSqlQuery probe(db);
                if (!probe.exec(QStringLiteral("PRAGMA user_version")))
                    *code = sqliteCode(probe.lastError());
            }
            ok = ok && ((m_deferIntegrityCheck && schemaVersion() == SchemaVersion) || checkIntegrity(error));
            if (ok && access == Access::ReadWrite) {
                // Only now, with the file known to be ours (or new), do statements that write.
                QSqlQuery query(db);
                // Switching a new file to WAL needs it to itself; another process creating the
                // same store may hold it for a moment (the busy timeout does not cover this).
                bool wal = query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
                for (int attempt = 0; !wal && attempt < 50 && sqliteCode(query.lastError()) == SQLITE_BUSY; ++attempt) {
                    QThread::msleep(100);
                    wal = query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
                }
                if (!wal) {
                    *code = sqliteCode(query.lastError());
                    if (error)
                        *error = QCoreApplication::translate("Store", "Cannot open %1 for writing: %2")
                                     .arg(m_path, sqliteText(query.lastError()));
                    ok = false;
                } else {
                    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
                    query.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
                    setCacheKb(BulkCacheKb); // an upgrade rewrites every run
                    ok = migrate(error);
                    // A store from before the energy model: fit it once, in its own transaction.
                    if (ok && ExpectedEnergyStore::needsRefresh(this)) {
                        QSqlQuery tx(db);
                        ok = exec(tx, QStringLiteral("BEGIN IMMEDIATE"), error)
                            && ExpectedEnergyStore::refresh(this, error) && exec(tx, QStringLiteral("COMMIT"), error);
                        if (!ok)
                            exec(tx, QStringLiteral("ROLLBACK"), nullptr);
                    }
                    setCacheKb(ReaderCacheKb);
                    if (!ok) {
                        QSqlQuery probe(db);
                        if (!probe.exec(QStringLiteral("PRAGMA user_version")))
                            *code = sqliteCode(probe.lastError());
                    }
                }
            } else if (ok) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
                setCacheKb(ReaderCacheKb);
                if (schemaVersion() < int(schema::migrations().size())) {
                    if (error)
                        *error = QCoreApplication::translate("Store",
                                                             "%1 needs its schema brought up to date, which needs "
                                                             "write access (it is read-only: %2)")
                                     .arg(m_path, m_readOnlyReason);
                    ok = false;
                }
            }
            if (ok)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    }
    if (!ok)
        close();
    return ok;
}

// Reads only: nothing here writes to the file, so another program's database is left exactly
// as it was when it is refused.
bool Store::checkOurs(QString *error)
{
    // One statement, so one snapshot: another process creating the schema at this moment is
    // seen either before or after, never with its tables but not yet its version.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), count(*), "
                                   "count(CASE WHEN type = 'table' AND name IN ('imports', 'runs') THEN 1 END) "
                                   "FROM sqlite_master"))
        || !query.next()) {
        const QSqlError e = query.lastError();
        if (error) {
            *error = sqliteCode(e) == SQLITE_NOTADB
                ? QCoreApplication::translate("Store", "%1 is not a Wattprint database: %2").arg(m_path, sqliteText(e))
                : QCoreApplication::translate("Store", "Cannot read %1: %2").arg(m_path, sqliteText(e));
        }
        return false;
    }
    const int current = query.value(0).toInt();
    const int objects = query.value(1).toInt();
    const int ours = query.value(2).toInt();
    query.finish();
    const int known = int(schema::migrations().size());
    if (current > known) {
        if (error)
            *error = QCoreApplication::translate(
                         "Store", "%1 was written by a newer Wattprint (schema %2; this version reads up to %3)")
                         .arg(m_path)
                         .arg(current)
                         .arg(known);
        return false;
    }
    // Version 0 with tables is someone else's database; a version without our tables too.
    if ((current == 0 && objects > 0) || (current > 0 && ours != 2)) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1 is an SQLite database, but not one made by Wattprint")
                         .arg(m_path);
        return false;
    }
    return true;
}

bool Store::checkIntegrity(QString *error)
{
    if (QFileInfo(m_path).size() == 0)
        return true;
    const QString key = checkKey(m_path);
    {
        QMutexLocker lock(&checkedFilesMutex());
        if (checkedFiles().contains(key))
            return true;
    }
    // Threads opening the same file at once (the window's readers) wait for one check, not read
    // the whole file each.
    static QMutex running;
    QMutexLocker one(&running);
    {
        QMutexLocker lock(&checkedFilesMutex());
        if (checkedFiles().contains(key))
            return true;
    }
    QSqlQuery query(database());
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        problems.append(sqliteText(query.lastError()));
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Store",
                                                 "%1 is damaged (SQLite's integrity check found: %2); restore it "
                                                 "from a backup or import the files again into a new store")
                         .arg(m_path, problems.join(QStringLiteral("; ")).left(400));
        return false;
    }
    QMutexLocker lock(&checkedFilesMutex());
    checkedFiles().insert(key);
    return true;
}

void Store::setCacheKb(int kb)
{
    if (engine() != SqlEngine::SQLite)
        return;
    QSqlQuery query(database());
    query.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kb));
}

bool Store::integrityCheckPassed(const QString &path, QString *error)
{
    if (StoreLocation::looksLikeServer(path))
        return true; // the server keeps its own pages whole
    Store store(path);
    return store.open(error);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

SqlDialect Store::dialect() const
{
    return SqlDialect(m_location.engine());
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::handle() const
{
    const QVariant v = database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int Store::schemaVersion() const
{
    if (engine() == SqlEngine::PostgreSQL)
        return serverVersion();
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Store::migrate(QString *error)
{
    QSqlDatabase db = database();
    const auto &steps = schema::migrations();
    QSqlQuery query(db);
    for (;;) {
        // Each step in one write transaction that first reads the version again: two processes
        // creating the same new store wait for each other, and the second finds it done.
        if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        int version = -1;
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            version = query.value(0).toInt();
        query.finish();
        if (version < 0 || version > steps.size()) {
            exec(query, QStringLiteral("ROLLBACK"), nullptr);
            if (error)
                *error = QCoreApplication::translate("Store", "%1 is not a Wattprint database").arg(m_path);
            return false;
        }
        if (version == steps.size()) {
            exec(query, QStringLiteral("COMMIT"), nullptr);
            return true;
        }
        for (const QString &sql : steps.at(version)) {
            if (!exec(query, sql, error)) {
                exec(query, QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
        }
        query.finish();
        if (!schema::afterMigration(version, handle(), error)) {
            exec(query, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!exec(query, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), error)
            || !exec(query, QStringLiteral("COMMIT"), error)) {
            exec(query, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
}

// A PostgreSQL store (docs/postgresql.md): the same tables written by SqlDialect, its version in
// schema::serverVersionTable(), and read-only when the role may not add runs or the server takes
// only reads (a standby).
bool Store::openServer(QString *error)
{
    bool ok = false;
    {
        // As in openAs(): every handle lives in this block, so close() removes a connection nobody holds.
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect().driverName(), m_connectionName);
        if (!db.isValid()) {
            if (error)
                *error = QCoreApplication::translate("Store",
                                                     "Cannot reach %1: Qt's PostgreSQL driver (QPSQL, "
                                                     "Debian package libqt6sql6-psql) is not installed")
                             .arg(m_location.displayName());
        } else {
            // Empty fields are left to libpq (PGHOST, PGUSER, PGPASSWORD, ~/.pgpass ...).
            db.setHostName(m_location.host());
            db.setPort(m_location.port());
            db.setDatabaseName(m_location.databaseName());
            db.setUserName(m_location.user());
            // An unreachable host must not hang the caller for the system's TCP timeout.
            QString options = m_location.connectOptions();
            if (!options.contains(QLatin1String("connect_timeout=")))
                options = options.isEmpty() ? QStringLiteral("connect_timeout=10")
                                            : options + QStringLiteral(";connect_timeout=10");
            db.setConnectOptions(options);
            // A password the user typed in the app this session (never stored anywhere).
            const QString password = ServerPasswords::value(m_location);
            if (!password.isEmpty())
                db.setPassword(password);
            if (!db.open()) {
                // libpq had no password to give ("fe_sendauth: no password supplied") or the
                // server refused it (SQLSTATE 28P01): the app may ask the user for one.
                const QSqlError e = db.lastError();
                ServerPasswords::noteRefused(m_location,
                                             e.nativeErrorCode() == QLatin1String("28P01")
                                                 || e.text().contains(QLatin1String("password")));
                if (error)
                    *error = QCoreApplication::translate("Store", "Cannot connect to %1: %2")
                                 .arg(m_location.displayName(), e.text());
            } else {
                ServerPasswords::noteRefused(m_location, false);
                ok = true;
            }
        }
        if (ok) {
            QSqlQuery query(db);
            // One statement: what the role may do here, and whether the server takes writes at all.
            query.prepare(
                QStringLiteral("SELECT current_user, coalesce(current_schema(), ''), "
                               "current_setting('transaction_read_only') = 'on', "
                               "to_regclass(CAST(? AS text)) IS NOT NULL, to_regclass('runs') IS NOT NULL, "
                               "CASE WHEN to_regclass('runs') IS NULL THEN false "
                               "ELSE has_table_privilege('runs', 'INSERT') END, "
                               "coalesce(has_schema_privilege(current_schema(), 'CREATE'), false), "
                               "(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p'))"));
            query.addBindValue(schema::serverVersionTable());
            ok = query.exec() && query.next();
            bool versioned = false;
            QString role;
            if (!ok) {
                if (error)
                    *error = QCoreApplication::translate("Store", "Cannot read %1: %2")
                                 .arg(m_location.displayName(), query.lastError().text());
            } else {
                role = query.value(0).toString();
                const QString schemaName = query.value(1).toString();
                const bool standby = query.value(2).toBool();
                versioned = query.value(3).toBool();
                const bool hasRuns = query.value(4).toBool();
                const bool mayInsert = query.value(5).toBool();
                const bool mayCreate = query.value(6).toBool();
                const qint64 tables = query.value(7).toLongLong();
                query.finish();
                if (schemaName.isEmpty()) {
                    // No schema on the search path may be used at all: the store is invisible.
                    if (error)
                        *error = QCoreApplication::translate("Store",
                                                             "%1: the role %2 may not use the schema the store is "
                                                             "in (no USAGE privilege); ask the database's "
                                                             "administrator to grant it")
                                     .arg(m_location.displayName(), role);
                    ok = false;
                } else if (!versioned && tables > 0) {
                    if (error)
                        *error = QCoreApplication::translate("Store",
                                                             "%1 holds tables, but not a store made by "
                                                             "Wattprint")
                                     .arg(m_location.displayName());
                    ok = false;
                } else if (standby) {
                    m_readOnly = true;
                    m_readOnlyReason = QCoreApplication::translate("Store", "the server accepts only reads");
                } else if (versioned && hasRuns && !mayInsert) {
                    m_readOnly = true;
                    m_readOnlyReason = QCoreApplication::translate("Store",
                                                                   "the role %1 may only read this store "
                                                                   "(it may not add runs)")
                                           .arg(role);
                }
                if (ok && !versioned && (m_readOnly || !mayCreate)) {
                    if (error)
                        *error = QCoreApplication::translate("Store",
                                                             "%1 holds no Wattprint store yet, and the "
                                                             "role %2 may not create one there (%3)")
                                     .arg(m_location.displayName(), role,
                                          m_readOnly ? m_readOnlyReason
                                                     : QCoreApplication::translate("Store",
                                                                                   "no CREATE privilege on "
                                                                                   "schema %1")
                                                           .arg(schemaName));
                    ok = false;
                }
            }
            // A store already at this version (every load on a worker thread opens one) skips the
            // migration's lock.
            const bool current = ok && versioned && serverVersion() == int(schema::migrations().size());
            if (ok && !m_readOnly && !current) {
                ok = migrateServer(error);
            } else if (ok && m_readOnly) {
                const int version = serverVersion();
                const int known = int(schema::migrations().size());
                if (version < 0) {
                    // The version table cannot be read: the role was granted too little.
                    if (error)
                        *error = QCoreApplication::translate("Store",
                                                             "%1: the role %2 may not read this store (no SELECT "
                                                             "privilege on its tables); ask the database's "
                                                             "administrator to grant it")
                                     .arg(m_location.displayName(), role);
                    ok = false;
                } else if (version > known) {
                    if (error)
                        *error = QCoreApplication::translate(
                                     "Store",
                                     "%1 was written by a newer Wattprint (schema %2; this version reads up to %3)")
                                     .arg(m_location.displayName())
                                     .arg(version)
                                     .arg(known);
                    ok = false;
                } else if (version < known) {
                    if (error)
                        *error = QCoreApplication::translate("Store",
                                                             "%1 needs its schema brought up to date, which needs "
                                                             "write access (it is read-only: %2)")
                                     .arg(m_location.displayName(), m_readOnlyReason);
                    ok = false;
                } else {
                    // Nothing this connection runs may write, whatever a caller tries.
                    QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
                }
            }
        }
    }
    if (!ok) {
        m_readOnly = false;
        m_readOnlyReason.clear();
        close();
    }
    return ok;
}

int Store::serverVersion() const
{
    QSqlQuery query(database());
    // The table's name is our own constant, never user text.
    if (query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM %1").arg(schema::serverVersionTable()))
        && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Store::migrateServer(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // Two clients creating the same new store wait for each other on an advisory lock, and the
    // second finds it done. The lock is the session's, taken before the transaction begins: a
    // transaction that began before the other's commit would not see the tables it made.
    const qint64 lockKey = 0x5761747470726E74; // "Wattprnt": the store's own lock key
    query.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    query.addBindValue(lockKey);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    query.finish();
    const bool ok = migrateServerSteps(error);
    QSqlQuery unlock(db);
    unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    unlock.addBindValue(lockKey);
    unlock.exec();
    return ok;
}

bool Store::migrateServerSteps(QString *error)
{
    QSqlDatabase db = database();
    const SqlDialect sql = dialect();
    const int known = int(schema::migrations().size());
    const QString versionTable = schema::serverVersionTable();
    QSqlQuery query(db);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        query.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    for (;;) {
        // Each step in one transaction: PostgreSQL's DDL is transactional.
        if (!exec(query, sql.beginWrite(), error))
            return false;
        query.prepare(QStringLiteral("SELECT to_regclass(CAST(? AS text)) IS NOT NULL"));
        query.addBindValue(versionTable);
        if (!query.exec() || !query.next())
            return fail(query.lastError().text());
        const bool versioned = query.value(0).toBool();
        int version = 0;
        if (versioned) {
            if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM %1").arg(versionTable))
                || !query.next())
                return fail(query.lastError().text());
            version = query.value(0).toInt();
        }
        query.finish();
        if (version > known)
            return fail(QCoreApplication::translate(
                            "Store", "%1 was written by a newer Wattprint (schema %2; this version reads up to %3)")
                            .arg(m_location.displayName())
                            .arg(version)
                            .arg(known));
        if (version == known) {
            query.finish();
            return exec(query, QStringLiteral("COMMIT"), error);
        }
        QStringList steps;
        int reached = version + 1;
        if (version == 0) {
            // A new store is made as the schema stands now, in one step.
            steps = schema::createCurrent(sql);
            steps.append(QStringLiteral("CREATE TABLE %1 (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
                             .arg(versionTable));
            reached = known;
        } else {
            steps = schema::serverMigration(version, sql);
            if (steps.isEmpty())
                return fail(QCoreApplication::translate("Store",
                                                        "%1 is at schema %2, which this version cannot "
                                                        "bring up to date")
                                .arg(m_location.displayName())
                                .arg(version));
        }
        for (const QString &statement : steps) {
            if (!query.exec(statement))
                return fail(query.lastError().text());
        }
        query.prepare(QStringLiteral("INSERT INTO %1 (version, applied_at) VALUES (?, ?)").arg(versionTable));
        query.addBindValue(reached);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec())
            return fail(query.lastError().text());
        query.finish();
        if (!exec(query, QStringLiteral("COMMIT"), error))
            return fail(error ? *error : QString());
    }
}

bool Store::isEmpty() const
{
    QSqlQuery query(database());
    return !(query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM runs)")) && query.next()
             && query.value(0).toBool());
}

bool Store::hasSyntheticData() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM imports WHERE synthetic = 1)")) && query.next()
        && query.value(0).toBool();
}

bool Store::hasRealData() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM imports WHERE synthetic = 0)")) && query.next()
        && query.value(0).toBool();
}

QList<ImportRecord> Store::imports() const
{
    QList<ImportRecord> result;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT id, source_path, sha256, imported_at, kind, rows_accepted, "
                              "rows_rejected, rows_duplicate, synthetic FROM imports ORDER BY id"));
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(0).toLongLong();
        r.sourcePath = query.value(1).toString();
        r.sha256 = query.value(2).toString();
        r.importedAt = query.value(3).toString();
        r.kind = query.value(4).toString();
        r.rowsAccepted = query.value(5).toLongLong();
        r.rowsRejected = query.value(6).toLongLong();
        r.rowsDuplicate = query.value(7).toLongLong();
        r.synthetic = query.value(8).toBool();
        result.append(r);
    }
    return result;
}

QString Store::sourceDescription() const
{
    QStringList parts;
    bool synthetic = false;
    for (const ImportRecord &r : imports()) {
        if (r.synthetic) {
            synthetic = true;
        } else {
            const QString name = QFileInfo(r.sourcePath).fileName();
            if (!parts.contains(name))
                parts.append(name);
        }
    }
    if (synthetic)
        parts.prepend(QCoreApplication::translate("Store", "Demo data (synthetic, modelled on BUTTER-E)"));
    if (parts.isEmpty())
        return QCoreApplication::translate("Store", "No data");
    return parts.join(QStringLiteral(", "));
}

bool Store::removeImports(const QList<qint64> &importIds, QString *error)
{
    // Refused up front with the reason, rather than with the engine's message from the first DELETE.
    if (m_readOnly) {
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot remove imports from %1: it is read-only (%2)")
                         .arg(m_location.displayName(), m_readOnlyReason);
        return false;
    }
    // The same statements on either engine, and the refit through the Store (docs/postgresql.md):
    // on a server too the rows and the new expectations are committed together or not at all.
    QSqlDatabase db = database();
    setCacheKb(BulkCacheKb); // deleting runs updates every index of the table
    const auto readerCache = qScopeGuard([this] { setCacheKb(ReaderCacheKb); });
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // Not while an import into the same server store is being written (docs/postgresql.md).
    const QString lock = dialect().writeLock();
    if (!lock.isEmpty() && !query.exec(lock)) {
        if (error)
            *error = query.lastError().text();
        db.rollback();
        return false;
    }
    const QStringList statements = {
        QStringLiteral("DELETE FROM runs WHERE import_id = ?"),
        QStringLiteral("DELETE FROM power_samples WHERE import_id = ?"),
        QStringLiteral("DELETE FROM nodes WHERE sinfo_import_id = ? AND power_import_id IS NULL"),
        QStringLiteral("DELETE FROM nodes WHERE power_import_id = ? AND sinfo_import_id IS NULL"),
        QStringLiteral("DELETE FROM import_rejections WHERE import_id = ?"),
        QStringLiteral("DELETE FROM imports WHERE id = ?"),
    };
    for (qint64 id : importIds) {
        for (const QString &sql : statements) {
            query.prepare(sql);
            query.addBindValue(id);
            if (!query.exec()) {
                if (error)
                    *error = query.lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    query.finish();
    // The remaining runs' expectations, from a model fitted without the removed ones.
    if (!ExpectedEnergyStore::refresh(this, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool Store::removeSyntheticData(QString *error)
{
    QList<qint64> ids;
    for (const ImportRecord &r : imports()) {
        if (r.synthetic)
            ids.append(r.id);
    }
    return removeImports(ids, error);
}

} // namespace wattprint
