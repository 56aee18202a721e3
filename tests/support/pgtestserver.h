#pragma once

// The PostgreSQL server the store tests may use (docs/postgresql.md, "Tests"). It is named by the
// environment variable WATTPRINT_TEST_POSTGRES (a postgresql:// URL of a role that may create
// databases and roles); scripts/with-postgres.sh starts a throwaway server and sets it. Without it,
// the tests that need a server skip with a message saying so. Each test gets a database of its own,
// dropped (with the roles it made) when the test ends, so tests never see each other's rows.
#include <schema.h>
#include <store.h>
#include <storelocation.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

namespace wattprint::testsupport {

inline QString postgresUrl()
{
    return qEnvironmentVariable("WATTPRINT_TEST_POSTGRES");
}

// Skips the calling test slot when no server is configured.
#define WATTPRINT_REQUIRE_POSTGRES()                                                                                   \
    do {                                                                                                               \
        if (wattprint::testsupport::postgresUrl().isEmpty())                                                           \
            QSKIP("no PostgreSQL server configured: set WATTPRINT_TEST_POSTGRES=postgresql://user@host:port/dbname "   \
                  "(bash scripts/with-postgres.sh COMMAND starts one and sets it)");                                   \
    } while (false)

class PgTestDatabase
{
public:
    PgTestDatabase()
    {
        QString why;
        m_server = StoreLocation::parse(postgresUrl(), &why);
        if (!m_server.isValid() || !m_server.isServer()) {
            m_error = QStringLiteral("WATTPRINT_TEST_POSTGRES is not a server address: ") + why;
            return;
        }
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_name = QStringLiteral("wattprint_test_") + suffix;
        m_admin = QStringLiteral("pgtest-admin-") + suffix;
        // Identifiers cannot be bound parameters; every name here is made above from hex digits.
        m_valid = run(m_server, QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~PgTestDatabase()
    {
        if (!m_valid)
            return;
        QSqlDatabase::removeDatabase(m_admin + QStringLiteral("-db"));
        run(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (const QString &role : m_roles)
            run(m_server, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    StoreLocation location() const { return m_server.withDatabase(m_name); }
    QString url() const { return location().toString(); }
    QString urlAs(const QString &role) const { return location().withUser(role).toString(); }

    // Runs statements in the test's database as the server's role; false with error() set.
    bool exec(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            if (!run(location(), sql, QStringLiteral("-db")))
                return false;
        }
        return true;
    }
    bool exec(const QString &sql) { return exec(QStringList{sql}); }

    // A login role dropped with the database; its name is returned (made of hex digits).
    QString createRole()
    {
        const QString role = QStringLiteral("wattprint_role_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!run(m_server, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)))
            return {};
        m_roles.append(role);
        return role;
    }

private:
    bool run(const StoreLocation &where, const QString &sql, const QString &tag = QString())
    {
        const QString name = m_admin + tag;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            if (!db.isOpen()) {
                db.setHostName(where.host());
                db.setPort(where.port());
                db.setDatabaseName(where.databaseName());
                db.setUserName(where.user());
                db.setConnectOptions(where.connectOptions());
                if (!db.open())
                    m_error = db.lastError().text();
            }
            if (db.isOpen()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    m_error = sql + QStringLiteral(": ") + query.lastError().text();
            }
        }
        // The server-wide connection is closed after each statement: DROP DATABASE needs none open.
        if (tag.isEmpty())
            QSqlDatabase::removeDatabase(name);
        return ok;
    }

    StoreLocation m_server;
    QString m_name;
    QString m_admin;
    QStringList m_roles;
    QString m_error;
    bool m_valid = false;
};

// Copies every row of every table but the seeded ones (datasets, node types) from one store to
// another, column by column in the schema's order, with bound parameters, in one transaction. The
// server's importer is not written yet (docs/postgresql.md): this is how tests fill a server store.
inline bool copyStoreRows(Store *from, Store *to, QString *error)
{
    QSqlDatabase target = to->database();
    if (!target.transaction()) {
        *error = target.lastError().text();
        return false;
    }
    for (const schema::TableSpec &table : schema::currentTables()) {
        if (table.name == QLatin1String("datasets") || table.name == QLatin1String("node_types"))
            continue;
        QStringList names, marks;
        for (const schema::ColumnSpec &c : table.columns) {
            names.append(c.name);
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery read(from->database());
        read.setForwardOnly(true);
        QSqlQuery write(target);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table.name))
            || !write.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table.name, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
            *error = read.lastError().isValid() ? read.lastError().text() : write.lastError().text();
            target.rollback();
            return false;
        }
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec()) {
                *error = table.name + QStringLiteral(": ") + write.lastError().text();
                target.rollback();
                return false;
            }
        }
    }
    if (!target.commit()) {
        *error = target.lastError().text();
        return false;
    }
    return true;
}

// The engine a suite written for both runs on (docs/postgresql.md, "Tests"): an SQLite file, or
// with WATTPRINT_TEST_STORE_ENGINE=postgresql a database of its own on the configured server, so
// that CI runs the same slots a second time against PostgreSQL.
inline bool storeTestsOnServer()
{
    return qEnvironmentVariable("WATTPRINT_TEST_STORE_ENGINE") == QLatin1String("postgresql");
}

// Skips a slot that checks something only the SQLite file has (its file, pragmas, catalogue).
#define WATTPRINT_SQLITE_ONLY(why)                                                                                     \
    do {                                                                                                               \
        if (wattprint::testsupport::storeTestsOnServer())                                                              \
            QSKIP("SQLite only: " why);                                                                                \
    } while (false)

// Where a test's store lives: `filePath` on SQLite, a throwaway server database otherwise.
class TestStoreAddress
{
public:
    // Empty with error() set when a server is asked for but none is configured or reachable.
    QString make(const QString &filePath)
    {
        if (!storeTestsOnServer())
            return filePath;
        if (postgresUrl().isEmpty()) {
            m_error = QStringLiteral("WATTPRINT_TEST_STORE_ENGINE=postgresql needs WATTPRINT_TEST_POSTGRES");
            return {};
        }
        m_databases.push_back(std::make_unique<PgTestDatabase>());
        if (!m_databases.back()->isValid()) {
            m_error = m_databases.back()->error();
            return {};
        }
        return m_databases.back()->url();
    }
    QString error() const { return m_error; }
    // make() for a helper that cannot return a test failure: a store that cannot be had ends the
    // test run with the reason.
    QString at(const QString &filePath)
    {
        const QString address = make(filePath);
        if (address.isEmpty())
            qFatal("%s", qPrintable(m_error));
        return address;
    }

private:
    std::vector<std::unique_ptr<PgTestDatabase>> m_databases;
    QString m_error;
};

} // namespace wattprint::testsupport
