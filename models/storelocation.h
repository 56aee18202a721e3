#pragma once

#include "sqlengine.h"

#include <QString>

namespace wattprint {

// Where a store lives: an SQLite file, or a database on a PostgreSQL server named by a URL
// postgresql://user@host:port/dbname (also postgres://; docs/postgresql.md, "Where a store lives").
// A field left out is left to libpq, which takes it from PGUSER, PGHOST, PGPORT, PGDATABASE,
// PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass). A password in the URL is refused: it
// would end up in settings and in the recent-stores list in clear text.
class StoreLocation
{
public:
    StoreLocation() = default;

    // A path is an SQLite file; a postgresql:// or postgres:// URL a server. Returns an invalid
    // location with `error` set for a URL it cannot read or that holds a password.
    static StoreLocation parse(const QString &text, QString *error = nullptr);
    static StoreLocation sqliteFile(const QString &path);
    // Whether text names a server (starts with postgresql:// or postgres://), well-formed or not.
    static bool looksLikeServer(const QString &text);

    bool isValid() const { return m_valid; }
    SqlEngine engine() const { return m_engine; }
    bool isServer() const { return m_engine == SqlEngine::PostgreSQL; }

    QString filePath() const { return m_path; } // SQLite only
    // PostgreSQL only; empty: libpq's default. A host starting with '/' is a Unix-socket folder.
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString databaseName() const { return m_database; }
    // libpq keywords from the URL's query (sslmode=require&connect_timeout=5), as QPSQL's
    // connect options ("sslmode=require;connect_timeout=5").
    QString connectOptions() const { return m_options; }

    // The same server with another database or role (a test's own database, a viewer's login).
    StoreLocation withDatabase(const QString &database) const;
    StoreLocation withUser(const QString &user) const;

    // The canonical text: the file path, or postgresql://user@host:port/dbname?options.
    QString toString() const;
    // For titles and messages: the file path, or "dbname on host" (no options).
    QString displayName() const;

private:
    bool m_valid = false;
    SqlEngine m_engine = SqlEngine::SQLite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_options;
};

} // namespace wattprint
