// The command line on a store on a PostgreSQL server (docs/postgresql.md): the built binary run
// with --db postgresql://... prints what it prints for the same runs in an SQLite file, and
// imports into it as into the file, also two importers at once beside readers. The slots that
// need a server skip unless WATTPRINT_TEST_POSTGRES names one (bash scripts/with-postgres.sh
// ctest -R tst_servercli).
#include "../support/demostorecache.h"
#include "../support/pgtestserver.h"

#include <analysisservice.h>
#include <demogenerator.h>
#include <filter.h>
#include <mainwindow.h>
#include <runtablemodel.h>
#include <serverpasswords.h>
#include <store.h>

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

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

// The same keys and values, numbers equal to 1e-13 relative.
bool sameJson(const QJsonValue &a, const QJsonValue &b, const QString &path, QString *where)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        if (std::abs(x - y) <= 1e-13 * std::max(std::abs(x), std::abs(y)))
            return true;
    } else if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        if (oa.keys() == ob.keys()) {
            for (const QString &key : oa.keys()) {
                if (!sameJson(oa.value(key), ob.value(key), path + QLatin1Char('/') + key, where))
                    return false;
            }
            return true;
        }
    } else if (a.isArray() && b.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        if (aa.size() == ab.size()) {
            for (qsizetype i = 0; i < aa.size(); ++i) {
                if (!sameJson(aa.at(i), ab.at(i), path + QStringLiteral("/%1").arg(i), where))
                    return false;
            }
            return true;
        }
    } else if (a == b) {
        return true;
    }
    *where = QStringLiteral("%1: %2 vs %3")
                 .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                      QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
    return false;
}

// Rows [from, to) of one demo runs file of 12,000 runs, with its header: files of different runs.
bool writeDemoRuns(const QString &path, qint64 from, qint64 to)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DemoOptions options;
    options.runs = 12000; // the generator's runs depend on the count: always the same one
    DemoGenerator(options).writeRunsCsv(&buffer);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(lines.at(0) + '\n');
    for (qint64 i = from + 1; i <= to && i < lines.size(); ++i)
        file.write(lines.at(i) + '\n');
    return true;
}

// The first `count` of those runs imported into the store at `url` with `wattprint import`;
// empty on success, else why not.
QString importDemoRuns(const QString &url, qint64 count)
{
    QTemporaryDir dir;
    const QString runs = dir.filePath(QStringLiteral("runs.csv"));
    if (!writeDemoRuns(runs, 0, count))
        return QStringLiteral("cannot write ") + runs;
    const Run imported = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), url, runs});
    return imported.code == 0 ? QString() : imported.err;
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesPasswordInAddress();
    void analysesReadTheServerAsTheFile();
    void importIntoServerAsIntoFile();
    void concurrentImportersAndReaders();
    void windowRefreshesAfterAnotherProcessImports();
    void passwordIsAskedAndKeptInMemoryOnly();
    void windowOpensServerStore();
    void filterChangeOnServerStore();
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

// The import command into a server store says what it says for a file, and the analyses then
// print the same: the whole path (read, check, COPY, refit) against the SQLite one.
void TestServerCli::importIntoServerAsIntoFile()
{
    WATTPRINT_REQUIRE_POSTGRES();
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("store.sqlite"));
    const QString runs = dir.filePath(QStringLiteral("runs_with_standardized_energy.csv"));
    QVERIFY(writeDemoRuns(runs, 0, 2500));
    const QStringList files = {runs, QStringLiteral(WATTPRINT_EXCERPTS "/node_sinfo_excerpt.csv"),
                               QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv")};
    for (const QString &path : files) {
        const QStringList args = {QStringLiteral("import"), path, QStringLiteral("--time-zone"),
                                  QStringLiteral("Europe/Paris")};
        const Run a = runWattprint(args + QStringList{QStringLiteral("--db"), file});
        const Run b = runWattprint(args + QStringList{QStringLiteral("--db"), db.url()});
        QVERIFY2(a.code == 0, qPrintable(a.err));
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QCOMPARE(b.out, a.out);
    }
    for (const QStringList &command :
         {QStringList{QStringLiteral("summary"), QStringLiteral("--json")}, QStringList{QStringLiteral("leaderboard")},
          QStringList{QStringLiteral("fit")}}) {
        const Run a = runWattprint(command + QStringList{QStringLiteral("--db"), file});
        const Run b = runWattprint(command + QStringList{QStringLiteral("--db"), db.url()});
        QVERIFY2(a.code == 0 && b.code == 0, qPrintable(a.err + b.err));
        if (command.contains(QLatin1String("--json"))) {
            // Sums may differ in the last bit: the server adds rows in the order it stores them,
            // which every update changes (docs/postgresql.md, "Importing into a server").
            QString where;
            QVERIFY2(sameJson(QJsonDocument::fromJson(a.out.toUtf8()).object(),
                              QJsonDocument::fromJson(b.out.toUtf8()).object(), QString(), &where),
                     qPrintable(where));
        } else {
            QCOMPARE(b.out, a.out);
        }
    }
}

// Two people import at once while others read: every process succeeds, the importers take
// turns, the readers never wait for them and see each import whole or not at all.
void TestServerCli::concurrentImportersAndReaders()
{
    WATTPRINT_REQUIRE_POSTGRES();
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("runs_a.csv"));
    const QString b = dir.filePath(QStringLiteral("runs_b.csv"));
    QVERIFY(writeDemoRuns(a, 0, 6000));
    QVERIFY(writeDemoRuns(b, 6000, 12000));
    {
        Store server(db.url()); // made once, so that the processes do not all wait on its creation
        QString error;
        QVERIFY2(server.open(&error), qPrintable(error));
    }
    const auto start = [](const QStringList &args) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(WATTPRINT_BINARY), args);
        return p;
    };
    auto first = start({QStringLiteral("import"), QStringLiteral("--db"), db.url(), a});
    auto second = start({QStringLiteral("import"), QStringLiteral("--db"), db.url(), b});
    auto same = start({QStringLiteral("import"), QStringLiteral("--db"), db.url(), a});
    // Readers while the imports run: the run count they see is always a whole number of imports.
    QSet<QString> seen;
    int reads = 0;
    while (first->state() != QProcess::NotRunning || second->state() != QProcess::NotRunning
           || same->state() != QProcess::NotRunning) {
        const Run r = runWattprint(
            {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db.url()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const qint64 total = summary.value(QStringLiteral("runs")).toInteger(-1);
        QVERIFY2(total == 0 || total == 6000 || total == 12000, qPrintable(r.out.left(300)));
        seen.insert(QString::number(total));
        ++reads;
        QCoreApplication::processEvents();
    }
    for (QProcess *p : {first.get(), second.get(), same.get()}) {
        QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(180000));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 qPrintable(QString::fromUtf8(p->readAllStandardError())));
    }
    const QString outFirst = QString::fromUtf8(first->readAllStandardOutput());
    const QString outSame = QString::fromUtf8(same->readAllStandardOutput());
    // The same file twice at once: one import stores its runs, the other finds them all present.
    const bool firstStored = outFirst.contains(QLatin1String("6000 rows imported, 0 rejected, 0 already present"));
    const bool sameStored = outSame.contains(QLatin1String("6000 rows imported, 0 rejected, 0 already present"));
    QVERIFY2(firstStored != sameStored, qPrintable(outFirst + outSame));
    QVERIFY2(
        (firstStored ? outSame : outFirst).contains(QLatin1String("0 rows imported, 0 rejected, 6000 already present")),
        qPrintable(outFirst + outSame));
    Store server(db.url());
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QCOMPARE(server.imports().size(), 3);
    QSqlQuery q(server.database());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*), count(expected_energy) FROM runs LEFT JOIN run_expectations ON run = runs.id"))
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), 12000);
    QCOMPARE(q.value(1).toLongLong(), 12000); // the last refit saw every run
    qInfo("%d reads while importing; run counts seen: %s", reads, qPrintable(QStringList(seen.values()).join(u',')));
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
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 3000, 30000);
    QVERIFY2(window.windowTitle().contains(db.name()), qPrintable(window.windowTitle()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("connectAction")));
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    QVERIFY2(window.statusText().contains(QLatin1String("3,000")), qPrintable(window.statusText()));
}

// The app open on a server store while another process imports: View > Refresh (F5) shows the
// new runs.
void TestServerCli::windowRefreshesAfterAnotherProcessImports()
{
    WATTPRINT_REQUIRE_POSTGRES();
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString imported = importDemoRuns(db.url(), 1500);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    MainWindow window(db.url(), MainWindow::Headless);
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 1500, 30000);
    const Run other = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db.url(),
                                    QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv")});
    QVERIFY2(other.code == 0, qPrintable(other.err));
    QCOMPARE(window.runModel()->totalCount(), 1500); // not before it is asked
    auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    refresh->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 1500 + 28, 30000);
}

// A role that must give a password libpq does not have: the window asks for it (again after a
// wrong one), opens the store, and the password is nowhere in the settings.
void TestServerCli::passwordIsAskedAndKeptInMemoryOnly()
{
    WATTPRINT_REQUIRE_POSTGRES();
    if (qEnvironmentVariableIsSet("PGPASSWORD") || qEnvironmentVariableIsSet("PGPASSFILE"))
        QSKIP("a password from the environment would be used instead of asking");
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString role = db.createRole();
    QVERIFY(!role.isEmpty());
    QString hbaPath;
    {
        Store owner(db.url());
        QString error;
        QVERIFY2(owner.open(&error), qPrintable(error));
        QSqlQuery q(owner.database());
        QVERIFY(q.exec(QStringLiteral("SHOW hba_file")) && q.next());
        hbaPath = q.value(0).toString();
    }
    QVERIFY2(db.exec({QStringLiteral("ALTER ROLE %1 PASSWORD 'secret-pw-7'").arg(role),
                      QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
                      QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)}),
             qPrintable(db.error()));
    // This role alone must log in with a password (the throwaway server trusts everyone else).
    QFile hba(hbaPath);
    if (!hba.open(QIODevice::ReadOnly))
        QSKIP("the server's pg_hba.conf cannot be read here");
    const QByteArray original = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        QSKIP("the server's pg_hba.conf cannot be changed here");
    hba.write("local all " + role.toLatin1() + " scram-sha-256\nhost all " + role.toLatin1()
              + " 127.0.0.1/32 scram-sha-256\n" + original);
    hba.close();
    const auto restore = qScopeGuard([&] {
        QFile back(hbaPath);
        if (back.open(QIODevice::WriteOnly | QIODevice::Truncate))
            back.write(original);
        back.close();
        db.exec(QStringLiteral("SELECT pg_reload_conf()"));
    });
    QVERIFY2(db.exec(QStringLiteral("SELECT pg_reload_conf()")), qPrintable(db.error()));
    QTest::qWait(300); // the postmaster rereads the file on its signal

    const QString address = db.urlAs(role);
    {
        Store without(address);
        QString error;
        QVERIFY(!without.open(&error));
        QVERIFY2(ServerPasswords::wasRefused(without.location()), qPrintable(error));
    }
    MainWindow window(db.url());
    QStringList prompts;
    int answered = 0;
    QTimer answer;
    answer.setInterval(50);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog) {
            if (modal) { // a message box (a failure): recorded and closed, so the test ends
                prompts.append(QStringLiteral("unexpected: ") + modal->windowTitle());
                modal->close();
            }
            return;
        }
        prompts.append(dialog->labelText());
        QVERIFY(dialog->textEchoMode() == QLineEdit::Password);
        dialog->setTextValue(answered++ == 0 ? QStringLiteral("wrong") : QStringLiteral("secret-pw-7"));
        dialog->accept();
    });
    answer.start();
    QVERIFY(window.openDatabase(address));
    answer.stop();
    QCOMPARE(answered, 2);
    QVERIFY2(prompts.at(0).contains(role), qPrintable(prompts.at(0)));
    QVERIFY2(prompts.at(1).contains(QLatin1String("refused")), qPrintable(prompts.at(1)));
    QCOMPARE(window.store()->location().user(), role);
    QVERIFY(window.store()->isReadOnly());
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 0, 30000);
    // Worker threads' stores open with the password from memory too.
    {
        Store again(address, QStringLiteral("again"));
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
    }
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("secret-pw")), qPrintable(key));
        QVERIFY2(!settings.value(key).toStringList().join(u' ').contains(QLatin1String("secret-pw")), qPrintable(key));
    }
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("secret-pw"));
}

// A filter change on a server store: the views choose from the runs in memory and the runs table
// reads its rows on a worker through a connection of its own, as on a file.
void TestServerCli::filterChangeOnServerStore()
{
    WATTPRINT_REQUIRE_POSTGRES();
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString imported = importDemoRuns(db.url(), 1500);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    MainWindow window(db.url(), MainWindow::Headless);
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 1500, 30000);
    Store store(db.url());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE device = 'GPU'")) && q.next());
    const qint64 gpu = q.value(0).toLongLong();
    QVERIFY(gpu > 0 && gpu < 1500);
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    window.applyFilter(f, QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), gpu, 30000);
    QVERIFY(!window.runModel()->isLoading());
    QCOMPARE(window.runModel()->index(0, RunTableModel::Device).data().toString(), QStringLiteral("GPU"));
    // Views compute only on screen.
    window.fitTo(QRect(0, 0, 1280, 800));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 60000);
    const std::shared_ptr<const RunColumns> snapshot = window.findChild<AnalysisService *>()->snapshot();
    QVERIFY(snapshot);
    QCOMPARE(qint64(snapshot->rowCount()), gpu);
}

QTEST_MAIN(TestServerCli)
#include "tst_servercli.moc"
