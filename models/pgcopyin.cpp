#include "pgcopyin.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>

namespace wattprint {

namespace {

// Sent to the server in pieces of about this size: large enough that the per-call cost vanishes,
// small enough not to hold a whole file in memory.
constexpr qsizetype FlushBytes = 1 << 20;

} // namespace

PgCopyIn::PgCopyIn(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // The driver names the type by its typedef or by the struct, depending on how the metatype
    // was registered.
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        m_conn = *static_cast<PGconn *const *>(handle.constData());
    m_buffer.reserve(FlushBytes + 4096);
}

PgCopyIn::~PgCopyIn()
{
    // A copy left open (an exception, an early return) is ended as failed, so that the
    // connection is usable for the caller's rollback.
    if (m_copying && m_conn) {
        PQputCopyEnd(m_conn, "cancelled by the client");
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
    }
}

QString PgCopyIn::connectionError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

bool PgCopyIn::begin(const QByteArray &copySql, QString *error)
{
    if (!m_conn) {
        if (error)
            *error = QCoreApplication::translate("PgCopyIn", "the connection is not to a PostgreSQL server");
        return false;
    }
    PGresult *result = PQexec(m_conn, copySql.constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    if (!ok && error)
        *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!ok) {
        // A command that did not start a copy has nothing more to read, but be sure.
        while (PGresult *rest = PQgetResult(m_conn))
            PQclear(rest);
        return false;
    }
    m_copying = true;
    m_failed = false;
    m_buffer.clear();
    return true;
}

void PgCopyIn::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

void PgCopyIn::addNull()
{
    separate();
    m_buffer.append("\\N", 2);
}

void PgCopyIn::add(qint64 value)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end - digits);
}

void PgCopyIn::add(double value)
{
    separate();
    // PostgreSQL reads "inf", "-inf" and "nan" as the special values.
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end - digits);
}

void PgCopyIn::add(QByteArrayView text)
{
    separate();
    // COPY's text format: a backslash escapes the separators and itself.
    for (const char c : text) {
        switch (c) {
        case '\\': m_buffer.append("\\\\", 2); break;
        case '\t': m_buffer.append("\\t", 2); break;
        case '\n': m_buffer.append("\\n", 2); break;
        case '\r': m_buffer.append("\\r", 2); break;
        default: m_buffer.append(c); break;
        }
    }
}

void PgCopyIn::add(sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL: addNull(); break;
    case SQLITE_INTEGER: add(qint64(sqlite3_column_int64(row, column))); break;
    case SQLITE_FLOAT: add(sqlite3_column_double(row, column)); break;
    default:
        add(QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(row, column)),
                           sqlite3_column_bytes(row, column)));
        break;
    }
}

void PgCopyIn::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    if (m_buffer.size() >= FlushBytes && !m_failed)
        m_failed = !flush(&m_error);
}

bool PgCopyIn::flush(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        if (error)
            *error = connectionError();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool PgCopyIn::finish(QString *error, qint64 *rows)
{
    if (!m_copying)
        return false;
    QString problem = m_error;
    const bool sent = !m_failed && flush(&problem);
    m_copying = false;
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the client could not send every row") != 1 && problem.isEmpty())
        problem = connectionError();
    bool ok = sent;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            if (problem.isEmpty())
                problem = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        } else if (rows) {
            *rows = QByteArray(PQcmdTuples(result)).toLongLong();
        }
        PQclear(result);
    }
    if (!ok && error)
        *error = problem.isEmpty() ? connectionError() : problem;
    return ok;
}

} // namespace wattprint
