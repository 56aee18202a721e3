#include "storelocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace wattprint {

namespace {

QString decode(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encode(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// libpq's keywords that a URL's query may set. Anything else (a password above all) is refused,
// so a typing error is told rather than silently ignored.
const QStringList &allowedOptions()
{
    static const QStringList keys = {QStringLiteral("host"),
                                     QStringLiteral("port"),
                                     QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs"),
                                     QStringLiteral("service")};
    return keys;
}

} // namespace

bool StoreLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

StoreLocation StoreLocation::sqliteFile(const QString &path)
{
    StoreLocation l;
    l.m_valid = !path.isEmpty();
    l.m_engine = SqlEngine::SQLite;
    l.m_path = path;
    return l;
}

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    if (!looksLikeServer(text))
        return sqliteFile(text);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return StoreLocation();
    };
    // scheme://[user@][host][:port][/dbname][?key=value&...], as libpq reads it.
    static const QRegularExpression form(
        QStringLiteral(
            R"(^postgres(?:ql)?://(?:([^@/?]*)@)?(\[[^\]]*\]|[^:/?]*)(?::([^/?]*))?(?:/([^?]*))?(?:\?(.*))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("StoreLocation",
                                                "%1 is not a server address of the form "
                                                "postgresql://user@host:port/database")
                        .arg(text));
    StoreLocation l;
    l.m_engine = SqlEngine::PostgreSQL;
    const QString userInfo = m.captured(1);
    if (userInfo.contains(QLatin1Char(':')))
        return fail(QCoreApplication::translate("StoreLocation",
                                                "A server address may not hold a password; put it in the "
                                                "password file (~/.pgpass or PGPASSFILE) or in PGPASSWORD"));
    l.m_user = decode(userInfo);
    QString host = m.captured(2);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    l.m_host = decode(host);
    if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
        bool ok = false;
        l.m_port = m.captured(3).toInt(&ok);
        if (!ok || l.m_port <= 0 || l.m_port > 65535)
            return fail(QCoreApplication::translate("StoreLocation", "%1 is not a port number").arg(m.captured(3)));
    }
    l.m_database = decode(m.captured(4));
    QStringList options;
    const QString query = m.captured(5);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (key == QLatin1String("password"))
            return fail(QCoreApplication::translate("StoreLocation",
                                                    "A server address may not hold a password; put it in the "
                                                    "password file (~/.pgpass or PGPASSFILE) or in PGPASSWORD"));
        if (!allowedOptions().contains(key))
            return fail(QCoreApplication::translate("StoreLocation", "Unknown connection option '%1'").arg(key));
        // host and port in the query (a Unix-socket folder: ?host=/run/postgresql) fill the fields.
        if (key == QLatin1String("host")) {
            l.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            l.m_port = value.toInt(&ok);
            if (!ok || l.m_port <= 0 || l.m_port > 65535)
                return fail(QCoreApplication::translate("StoreLocation", "%1 is not a port number").arg(value));
        } else {
            // QPSQL hands these to libpq as they are; a value with a space or ';' cannot pass.
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.isEmpty())
                return fail(QCoreApplication::translate("StoreLocation",
                                                        "Connection option '%1' has a value "
                                                        "that cannot be passed on")
                                .arg(key));
            options.append(key + QLatin1Char('=') + value);
        }
    }
    l.m_options = options.join(QLatin1Char(';'));
    l.m_valid = true;
    return l;
}

StoreLocation StoreLocation::withDatabase(const QString &database) const
{
    StoreLocation l = *this;
    l.m_database = database;
    return l;
}

StoreLocation StoreLocation::withUser(const QString &user) const
{
    StoreLocation l = *this;
    l.m_user = user;
    return l;
}

QString StoreLocation::toString() const
{
    if (!m_valid)
        return {};
    if (m_engine == SqlEngine::SQLite)
        return m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += encode(m_user) + QLatin1Char('@');
    if (m_host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + m_host + QLatin1Char(']');
    else
        text += encode(m_host);
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    if (!m_database.isEmpty())
        text += QLatin1Char('/') + encode(m_database);
    if (!m_options.isEmpty())
        text += QLatin1Char('?') + QString(m_options).replace(QLatin1Char(';'), QLatin1Char('&'));
    return text;
}

QString StoreLocation::displayName() const
{
    if (m_engine == SqlEngine::SQLite)
        return m_path;
    const QString db = m_database.isEmpty() ? QCoreApplication::translate("StoreLocation", "default database")
                                            : m_database;
    const QString host = m_host.isEmpty() ? QCoreApplication::translate("StoreLocation", "default server") : m_host;
    return QCoreApplication::translate("StoreLocation", "%1 on %2").arg(db, host);
}

} // namespace wattprint
