#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct pg_conn;
struct sqlite3_stmt;

namespace wattprint {

// Rows streamed into a server table with COPY ... FROM STDIN, through the libpq connection Qt's
// PostgreSQL driver holds (docs/postgresql.md, "Importing into a server"): the rows travel in
// the connection's current transaction, at the speed of psql's \copy, where bound INSERTs cost a
// round trip each. No QSqlQuery on the connection may be half-read while a copy runs.
class PgCopyIn
{
public:
    explicit PgCopyIn(const QSqlDatabase &db);
    ~PgCopyIn();
    PgCopyIn(const PgCopyIn &) = delete;
    PgCopyIn &operator=(const PgCopyIn &) = delete;

    // False when the connection is not PostgreSQL's (no libpq handle).
    bool isValid() const { return m_conn != nullptr; }

    // "COPY t (a, b) FROM STDIN"; false with *error set when the server refuses it.
    bool begin(const QByteArray &copySql, QString *error);
    void addNull();
    void add(qint64 value);
    void add(double value); // shortest text that reads back as the same double
    void add(QByteArrayView text);
    // One column of the statement's current row, by its SQLite type.
    void add(sqlite3_stmt *row, int column);
    void endRow();
    // Sends the rest and ends the copy; false with *error set if the server refused a row (the
    // transaction is then aborted and must be rolled back). *rows gets the count it took.
    bool finish(QString *error, qint64 *rows = nullptr);

private:
    void separate();
    bool flush(QString *error);
    QString connectionError() const;

    pg_conn *m_conn = nullptr;
    QByteArray m_buffer;
    bool m_copying = false;
    bool m_rowStarted = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace wattprint
