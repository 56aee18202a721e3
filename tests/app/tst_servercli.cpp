// The command line on a store on a PostgreSQL server (docs/postgresql.md): the built binary run
// with --db postgresql://... prints what it prints for the same runs in an SQLite file, and says
// plainly what it cannot do there yet. The slots that need a server skip unless
// WATTPRINT_TEST_POSTGRES names one (bash scripts/with-postgres.sh ctest -R tst_servercli).
#include "../support/demostorecache.h"
#include "../support/pgtestserver.h"

#include <mainwindow.h>
#include <runtablemodel.h>
#include <store.h>

#include <QAction>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wattprint;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runWattprint(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WATTPRINT_BINARY), args);
    Run r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesPasswordInAddress();
    void analysesReadTheServerAsTheFile();
    void importIntoServerIsToldNotYet();
    void windowOpensServerStore();
};

void TestServerCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the user's layouts and preferences stay out
}

void TestServerCli::refusesPasswordInAddress()
{
    const Run r = runWattprint(
        {QStringLiteral("summary"), QStringLiteral("--db"), QStringLiteral("postgresql://me:secret@localhost/energy")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("may not hold a password")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("does not exist")));
}

void TestServerCli::analysesReadTheServerAsTheFile()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore({20221001, 3000, 2}, file, &error), qPrintable(error));
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    {
        Store lite(file), server(db.url());
        QVERIFY2(lite.open(&error), qPrintable(error));
        QVERIFY2(server.open(&error), qPrintable(error));
        QVERIFY2(testsupport::copyStoreRows(&lite, &server, &error), qPrintable(error));
    }
    const QList<QStringList> commands = {
        {QStringLiteral("summary"), QStringLiteral("--json")},
        {QStringLiteral("summary")},
        {QStringLiteral("leaderboard")},
        {QStringLiteral("pareto")},
        {QStringLiteral("anomalies")},
        {QStringLiteral("fit")},
        {QStringLiteral("compare"), QStringLiteral("--a"), QStringLiteral("device=CPU"), QStringLiteral("--b"),
         QStringLiteral("device=GPU")},
        {QStringLiteral("leaderboard"), QStringLiteral("--filter"), QStringLiteral("size=1000..70000")},
    };
    for (const QStringList &command : commands) {
        const Run a = runWattprint(command + QStringList{QStringLiteral("--db"), file});
        const Run b = runWattprint(command + QStringList{QStringLiteral("--db"), db.url()});
        const QString what = command.join(QLatin1Char(' '));
        QVERIFY2(a.code == 0, qPrintable(what + QStringLiteral(": ") + a.err));
        QVERIFY2(b.code == 0, qPrintable(what + QStringLiteral(" on the server: ") + b.err));
        QVERIFY2(a.out.size() > 20, qPrintable(what + QStringLiteral(": ") + a.out));
        QCOMPARE(b.out, a.out);
        QCOMPARE(b.err, a.err);
    }
}

void TestServerCli::importIntoServerIsToldNotYet()
{
    WATTPRINT_REQUIRE_POSTGRES();
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Run r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db.url(),
                                QStringLiteral(WATTPRINT_EXCERPTS "/node_sinfo_excerpt.csv")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("is not supported yet")), qPrintable(r.err));
    // Nothing was written: the store the command made is empty.
    Store server(db.url());
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QVERIFY(server.isEmpty());
    QVERIFY(server.imports().isEmpty());
}

// The window given a server address opens the store there (never builds the demo into it), names
// the database in its title, shows its runs, and offers File > Connect to server....
void TestServerCli::windowOpensServerStore()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore({20221001, 3000, 2}, file, &error), qPrintable(error));
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    {
        Store lite(file), server(db.url());
        QVERIFY2(lite.open(&error), qPrintable(error));
        QVERIFY2(server.open(&error), qPrintable(error));
        QVERIFY2(testsupport::copyStoreRows(&lite, &server, &error), qPrintable(error));
    }
    MainWindow window(db.url(), MainWindow::Headless);
    QVERIFY(window.store());
    QCOMPARE(window.store()->engine(), SqlEngine::PostgreSQL);
    QCOMPARE(window.runModel()->totalCount(), 3000);
    QVERIFY2(window.windowTitle().contains(db.name()), qPrintable(window.windowTitle()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("connectAction")));
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    QVERIFY2(window.statusText().contains(QLatin1String("3,000")), qPrintable(window.statusText()));
}

QTEST_MAIN(TestServerCli)
#include "tst_servercli.moc"
