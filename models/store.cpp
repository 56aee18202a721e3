#include "store.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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
    , m_connectionName(connectionName.isEmpty()
                           ? QStringLiteral("wattprint-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : std::move(connectionName))
{
}

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

bool Store::open(QString *error)
{
    close();
    const QFileInfo info(m_path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot open %1: %2").arg(m_path, db.lastError().text());
        close();
        return false;
    }
    QSqlQuery query(db);
    // A file that is not SQLite fails on the first statement that reads it.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1 is not a Wattprint database: %2").arg(m_path, query.lastError().text());
        close();
        return false;
    }
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    // Bulk imports touch a dozen indexes; a small page cache makes them thrash.
    query.exec(QStringLiteral("PRAGMA cache_size=-131072"));
    query.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
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
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Store::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1 is not a Wattprint database").arg(m_path);
        return false;
    }
    const auto &steps = schema::migrations();
    if (current > steps.size()) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1 was written by a newer Wattprint (schema %2; this version reads up to %3)")
                         .arg(m_path)
                         .arg(current)
                         .arg(steps.size());
        return false;
    }
    if (current == 0) {
        // A non-empty file at version 0 is someone else's database: do not touch it.
        QSqlQuery probe(database());
        if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next()
            && probe.value(0).toInt() > 0) {
            if (error)
                *error = QCoreApplication::translate("Store", "%1 is an SQLite database, but not one made by Wattprint").arg(m_path);
            return false;
        }
    }
    QSqlDatabase db = database();
    for (int version = current; version < steps.size(); ++version) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        for (const QString &sql : steps.at(version)) {
            if (!exec(query, sql, error)) {
                db.rollback();
                return false;
            }
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!exec(query, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    return true;
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
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM imports WHERE synthetic = 1)"))
           && query.next() && query.value(0).toBool();
}

bool Store::hasRealData() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM imports WHERE synthetic = 0)"))
           && query.next() && query.value(0).toBool();
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
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
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
