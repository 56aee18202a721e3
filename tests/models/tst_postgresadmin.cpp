// The administrator's guide (docs/postgresql-admin.md) is checked by running it: the `sql` blocks
// of its section "Setting up the database" run on the test server as its superuser, with the
// guide's example names (energy, energy_owner, energy_viewer) replaced by names of this test's
// own; then the owner creates the store and writes, the viewer reads a read-only store, a table
// the owner makes after the grants is still readable by the viewer, and a role the guide did not
// let in cannot connect. The same guide without its ALTER DEFAULT PRIVILEGES must fail that check,
// so the check can tell a wrong guide. The slots that need a server skip unless
// WATTPRINT_TEST_POSTGRES names one (bash scripts/with-postgres.sh ctest -R tst_postgresadmin).
#include "../support/pgtestserver.h"

#include <schema.h>
#include <store.h>
#include <storelocation.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace wattprint;

namespace {

const QString kGuide = QStringLiteral(WATTPRINT_FIXTURES "/../../docs/postgresql-admin.md");
const QString kSection = QStringLiteral("## Setting up the database");

QString readGuide()
{
    QFile file(kGuide);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The ```sql blocks between the section's heading and the next "## " heading, in order.
QStringList setupBlocks(const QString &guide)
{
    const qsizetype start = guide.indexOf(kSection);
    if (start < 0)
        return {};
    qsizetype end = guide.indexOf(QStringLiteral("\n## "), start + kSection.size());
    if (end < 0)
        end = guide.size();
    const QString section = guide.mid(start, end - start);
    static const QRegularExpression block(QStringLiteral("^```sql\\n(.*?)^```"),
                                          QRegularExpression::MultilineOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (auto it = block.globalMatch(section); it.hasNext();)
        blocks.append(it.next().captured(1));
    return blocks;
}

// One step of the setup as psql would run it: an SQL statement, or a switch of database.
struct Step
{
    QString sql;
    QString connect; // \connect DATABASE
};

// Splits blocks into statements (ended by ';' at a line's end) and psql's meta-commands; full-line
// "--" comments are left out. \password is skipped (the test server trusts its roles); any other
// meta-command is an error, since the test would not know what psql does with it.
QList<Step> steps(const QStringList &blocks, QString *error)
{
    QList<Step> out;
    for (const QString &block : blocks) {
        QString pending;
        for (const QString &raw : block.split(QLatin1Char('\n'))) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1String("--")))
                continue;
            if (line.startsWith(QLatin1Char('\\'))) {
                if (!pending.isEmpty()) {
                    *error = QStringLiteral("a meta-command inside a statement: ") + line;
                    return {};
                }
                const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if ((words.first() == QLatin1String("\\connect") || words.first() == QLatin1String("\\c"))
                    && words.size() == 2)
                    out.append(Step{QString(), words.at(1)});
                else if (words.first() != QLatin1String("\\password") || words.size() != 2) {
                    *error = QStringLiteral("a meta-command the test does not know: ") + line;
                    return {};
                }
                continue;
            }
            pending += (pending.isEmpty() ? QString() : QStringLiteral(" ")) + line;
            if (pending.endsWith(QLatin1Char(';'))) {
                out.append(Step{pending, QString()});
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            *error = QStringLiteral("a statement without its ';': ") + pending;
            return {};
        }
    }
    return out;
}

// The guide's example names replaced by this test's, whole words only.
QString substituted(QString text, const QString &database, const QString &owner, const QString &viewer)
{
    text.replace(QRegularExpression(QStringLiteral("\\benergy_owner\\b")), owner);
    text.replace(QRegularExpression(QStringLiteral("\\benergy_viewer\\b")), viewer);
    text.replace(QRegularExpression(QStringLiteral("\\benergy\\b")), database);
    return text;
}

// A database and three roles of this test's own on the test server (names made of hex digits),
// dropped at the end; runs SQL as the server's role in any database.
class AdminSandbox
{
public:
    AdminSandbox()
    {
        m_server = StoreLocation::parse(testsupport::postgresUrl());
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_database = QStringLiteral("wattprint_admin_") + suffix;
        m_owner = QStringLiteral("wattprint_owner_") + suffix;
        m_viewer = QStringLiteral("wattprint_viewer_") + suffix;
        m_stranger = QStringLiteral("wattprint_stranger_") + suffix;
        m_prefix = QStringLiteral("admin-sandbox-") + suffix;
    }
    ~AdminSandbox()
    {
        closeAll();
        exec(m_server.databaseName(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        for (const QString &role : {m_owner, m_viewer, m_stranger})
            exec(m_server.databaseName(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        closeAll();
    }
    AdminSandbox(const AdminSandbox &) = delete;
    AdminSandbox &operator=(const AdminSandbox &) = delete;

    QString database() const { return m_database; }
    QString owner() const { return m_owner; }
    QString viewer() const { return m_viewer; }
    QString stranger() const { return m_stranger; }
    QString urlAs(const QString &role) const { return m_server.withDatabase(m_database).withUser(role).toString(); }

    // Runs the steps as the server's role, starting in its own database; empty when all passed.
    QString run(const QList<Step> &steps)
    {
        QString current = m_server.databaseName();
        for (const Step &step : steps) {
            if (!step.connect.isEmpty()) {
                current = step.connect;
                continue;
            }
            const QString error = exec(current, step.sql);
            if (!error.isEmpty())
                return error;
        }
        return {};
    }
    QString exec(const QString &database, const QString &sql)
    {
        const QString name = m_prefix + QLatin1Char('-') + database;
        m_connections.insert(name);
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            const StoreLocation where = m_server.withDatabase(database);
            db.setHostName(where.host());
            db.setPort(where.port());
            db.setDatabaseName(where.databaseName());
            db.setUserName(where.user());
            db.setConnectOptions(where.connectOptions());
            if (!db.open())
                return database + QStringLiteral(": ") + db.lastError().text();
        }
        QSqlQuery query(db);
        if (!query.exec(sql))
            return sql + QStringLiteral(": ") + query.lastError().text();
        return {};
    }

private:
    void closeAll()
    {
        for (const QString &name : std::as_const(m_connections)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        m_connections.clear();
    }

    StoreLocation m_server;
    QString m_database, m_owner, m_viewer, m_stranger, m_prefix;
    QSet<QString> m_connections;
};

// The owner's first open creates the store; it may write, and adds an import.
QString ownerCreatesTheStore(const AdminSandbox &box)
{
    QString error;
    Store owner(box.urlAs(box.owner()));
    if (!owner.open(&error))
        return QStringLiteral("the owner cannot open the store: ") + error;
    if (owner.isReadOnly())
        return QStringLiteral("the owner's store is read-only: ") + owner.readOnlyReason();
    if (owner.schemaVersion() != int(schema::migrations().size()))
        return QStringLiteral("the owner's store is at version %1").arg(owner.schemaVersion());
    QSqlQuery insert(owner.database());
    if (!insert.exec(QStringLiteral("INSERT INTO imports (source_path, sha256, imported_at, kind) "
                                    "VALUES ('runs.csv', '00', '2026-01-01T00:00:00Z', 'runs')")))
        return QStringLiteral("the owner cannot add an import: ") + insert.lastError().text();
    return {};
}

// Runs the blocks in a fresh sandbox and checks what the guide promises; empty when it holds, else
// what went wrong. storeFirst: the owner creates the store between the first block (roles and
// database) and the rest (the grants), as when viewers are added to a store in use.
QString checkSetup(const QStringList &blocks, bool storeFirst)
{
    AdminSandbox box;
    QString error;
    QList<QList<Step>> parts;
    for (const QString &block : blocks) {
        parts.append(steps({substituted(block, box.database(), box.owner(), box.viewer())}, &error));
        if (!error.isEmpty())
            return error;
    }
    if (parts.isEmpty())
        return QStringLiteral("no blocks");
    error = box.run(parts.first());
    if (error.isEmpty() && storeFirst)
        error = ownerCreatesTheStore(box);
    for (qsizetype i = 1; i < parts.size() && error.isEmpty(); ++i) {
        error = box.run(parts.at(i));
        if (!error.isEmpty())
            error = QStringLiteral("the guide's SQL failed: ") + error;
    }
    if (error.isEmpty() && !storeFirst)
        error = ownerCreatesTheStore(box);
    if (!error.isEmpty())
        return error;
    // A role the guide did not let in (the test makes it; the guide revokes CONNECT from PUBLIC).
    if (const QString made = box.run({Step{QStringLiteral("CREATE ROLE %1 LOGIN;").arg(box.stranger()), QString()}});
        !made.isEmpty())
        return made;

    // The viewer reads a read-only store, whose reason names the role.
    {
        Store viewer(box.urlAs(box.viewer()));
        if (!viewer.open(&error))
            return QStringLiteral("the viewer cannot open the store: ") + error;
        if (!viewer.isReadOnly())
            return QStringLiteral("the viewer's store is not read-only");
        if (!viewer.readOnlyReason().contains(box.viewer()))
            return QStringLiteral("the reason does not name the viewer: ") + viewer.readOnlyReason();
        if (viewer.imports().size() != 1 || viewer.sourceDescription() != QLatin1String("runs.csv"))
            return QStringLiteral("the viewer does not read the owner's import");
        QSqlQuery remove(viewer.database());
        remove.exec(QStringLiteral("SET default_transaction_read_only = off"));
        if (remove.exec(QStringLiteral("DELETE FROM imports")))
            return QStringLiteral("the viewer could delete the owner's rows");
    }
    // A table the owner makes after the grants (as a later Wattprint's migration would) is still
    // readable by the viewer.
    {
        Store owner(box.urlAs(box.owner()));
        if (!owner.open(&error))
            return error;
        QSqlQuery later(owner.database());
        if (!later.exec(QStringLiteral("CREATE TABLE later_notes (note TEXT)"))
            || !later.exec(QStringLiteral("INSERT INTO later_notes VALUES ('made after the grants')")))
            return QStringLiteral("the owner cannot make a table: ") + later.lastError().text();
    }
    {
        Store viewer(box.urlAs(box.viewer()));
        if (!viewer.open(&error))
            return error;
        QSqlQuery read(viewer.database());
        if (!read.exec(QStringLiteral("SELECT note FROM later_notes")) || !read.next())
            return QStringLiteral("the viewer cannot read a table made after the grants: ") + read.lastError().text();
        if (read.value(0).toString() != QLatin1String("made after the grants"))
            return QStringLiteral("the viewer reads another note");
    }
    // Nobody else gets in.
    {
        Store stranger(box.urlAs(box.stranger()));
        if (stranger.open(&error))
            return QStringLiteral("a role the guide did not name could open the store");
        if (!error.contains(QLatin1String("permission denied")))
            return QStringLiteral("a stranger is refused for another reason: ") + error;
    }
    return {};
}

} // namespace

class TestPostgresAdmin : public QObject
{
    Q_OBJECT
private slots:
    void guideHoldsTheSetupBlocks();
    void guideSetsUpAnOwnerAndAViewer();
    void guideGrantsViewersOnAStoreInUse();
    void wrongGuideIsCaught();
};

// Without a server: the blocks are found where the test looks, and every address the guide shows
// is one Wattprint accepts (no password in any).
void TestPostgresAdmin::guideHoldsTheSetupBlocks()
{
    const QString guide = readGuide();
    QVERIFY2(!guide.isEmpty(), qPrintable(kGuide));
    const QStringList blocks = setupBlocks(guide);
    QCOMPARE(blocks.size(), 2);
    QString error;
    const QList<Step> all = steps(blocks, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString joined = blocks.join(QLatin1Char('\n'));
    for (const char *needed :
         {"CREATE ROLE energy_owner LOGIN", "CREATE ROLE energy_viewer LOGIN",
          "CREATE DATABASE energy OWNER energy_owner", "GRANT CONNECT ON DATABASE energy TO energy_viewer",
          "GRANT USAGE ON SCHEMA public TO energy_viewer", "ALTER DEFAULT PRIVILEGES FOR ROLE energy_owner"})
        QVERIFY2(joined.contains(QLatin1String(needed)), needed);
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Step &s) { return s.connect == QLatin1String("energy"); }));
    // The names are replaced as whole words.
    QCOMPARE(substituted(QStringLiteral("energy energy_owner energy_viewer energy_readers"), QStringLiteral("d"),
                         QStringLiteral("o"), QStringLiteral("v")),
             QStringLiteral("d o v energy_readers"));

    static const QRegularExpression address(QStringLiteral("postgresql://[^\\s`]+"));
    int addresses = 0;
    for (auto it = address.globalMatch(guide); it.hasNext();) {
        QString text = it.next().captured(0);
        if (text.contains(QLatin1String("...")) || text.contains(QLatin1String("ROLE@HOST")))
            continue; // an elided or generic form, not an address
        ++addresses;
        QString why;
        const StoreLocation location = StoreLocation::parse(text, &why);
        QVERIFY2(location.isValid() && location.isServer(), qPrintable(text + QStringLiteral(": ") + why));
    }
    QVERIFY(addresses >= 4);
}

void TestPostgresAdmin::guideSetsUpAnOwnerAndAViewer()
{
    WATTPRINT_REQUIRE_POSTGRES();
    const QString failure = checkSetup(setupBlocks(readGuide()), false);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// The grants run after the owner made the store: GRANT SELECT ON ALL TABLES covers its tables.
void TestPostgresAdmin::guideGrantsViewersOnAStoreInUse()
{
    WATTPRINT_REQUIRE_POSTGRES();
    const QString failure = checkSetup(setupBlocks(readGuide()), true);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// The check tells a guide that forgets the default privileges: the owner's tables, made after the
// grants, would be closed to the viewer.
void TestPostgresAdmin::wrongGuideIsCaught()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QStringList blocks = setupBlocks(readGuide());
    QCOMPARE(blocks.size(), 2);
    const QStringList lines = blocks[1].split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("ALTER DEFAULT PRIVILEGES")))
            kept.append(line);
    }
    QCOMPARE(kept.size(), lines.size() - 1);
    blocks[1] = kept.join(QLatin1Char('\n'));
    const QString failure = checkSetup(blocks, false);
    qInfo("without the default privileges: %s", qPrintable(failure));
    QVERIFY2(failure.contains(QLatin1String("viewer")), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestPostgresAdmin)
#include "tst_postgresadmin.moc"
