// The command line as a user meets it: the built binary run as a child process, its exit code,
// stdout and stderr. Mistyped commands, impossible demo sizes, output that cannot be written,
// stores in read-only folders and on full disks, and an import killed part-way through.
#include "../support/demostorecache.h"

#include <commandline.h>
#include <demogenerator.h>
#include <demostore.h>
#include <layoutmanager.h>
#include <mainwindow.h>
#include <rendercommands.h>
#include <store.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <csignal>

using namespace wattprint;

namespace {

// Under AddressSanitizer (the debug-asan preset) the binary is several times slower and its
// resident size means nothing: the heavy cases run smaller there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

struct Run
{
    int code = -1;
    bool finished = false;
    QString out;
    QString err;
};

// The binary with args; stdout to a file when asked (e.g. /dev/full). No display: a command
// must never need one.
Run runWattprint(const QStringList &args, int timeoutMs = 120000, const QString &workingDir = {},
                 const QString &stdoutFile = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(QStringLiteral(WATTPRINT_BINARY), args);
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A shell command in a new user and mount namespace (root inside it), so a test can mount a tiny
// tmpfs or a read-only bind mount without being root on the machine. False if the kernel does
// not allow unprivileged namespaces.
bool namespacesAvailable()
{
    QProcess p;
    p.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("true")});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

Run inNamespace(const QString &script, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("WATTPRINT"), QStringLiteral(WATTPRINT_BINARY));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(r.code)
        .arg(r.finished ? QString() : QStringLiteral(" (timed out)"), r.out.left(2000), r.err.left(2000));
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        v = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return v;
}

QString text(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString v;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return v;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mistypedCommandIsRefusedWithSuggestion();
    void existingFileStillOpensTheWindow();
    void demoRefusesRunCountsAboveTheMaximum();
    void demoStreamsItsRunsFile();
    void outputWriteFailureExitsNonZero();
    void skipInvalidWithEveryRowRejectedExitsNonZero();
    void onConflictChoosesKeepReplaceOrRefuse();
    void readOnlyFolderStillReads();
    void fullDiskStillReadsAndDemoSaysWhy();
    void headlessLayoutLeavesCurrentLayoutAlone();
    void killedImportIsAllOrNothing();
    void renderTakesTheSavedLanguageOrLang();
    void importThroughASavedMapping();
    void unknownMappingNamesTheSavedOnes();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(WATTPRINT_BINARY)), WATTPRINT_BINARY);
    DemoOptions options;
    options.runs = 2000;
    options.traceJobs = 5;
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_db, &error), qPrintable(error));
}

void TestCli::mistypedCommandIsRefusedWithSuggestion()
{
    // It used to open the window (aborting without a display) and create a store named x.
    const QString folder = m_dir.filePath(QStringLiteral("typo"));
    QVERIFY(QDir().mkpath(folder));
    Run r = runWattprint({QStringLiteral("sumary"), QStringLiteral("--db"), QStringLiteral("x.sqlite")}, 30000, folder);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("unknown command 'sumary'; did you mean 'summary'?")),
             qPrintable(describe(r)));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
    r = runWattprint({QStringLiteral("frobnicate")}, 30000, folder);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("unknown command 'frobnicate' (try --help)")), qPrintable(describe(r)));
    r = runWattprint({QStringLiteral("missing.sqlite")}, 30000, folder);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("missing.sqlite: no such file")), qPrintable(describe(r)));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(CommandLine::suggestion(QStringLiteral("leaderbord")), QStringLiteral("leaderboard"));
    QCOMPARE(CommandLine::suggestion(QStringLiteral("xyzzy")), QString());
}

void TestCli::existingFileStillOpensTheWindow()
{
    // What a file manager passes (the desktop entry's %f) is a database for the window.
    QByteArray program("wattprint");
    QByteArray file = m_db.toLocal8Bit();
    QByteArray word("sumary");
    char *withFile[] = {program.data(), file.data(), nullptr};
    char *withWord[] = {program.data(), word.data(), nullptr};
    QVERIFY(!CommandLine::isCommand(2, withFile));
    QVERIFY(CommandLine::isCommand(2, withWord));
}

void TestCli::demoRefusesRunCountsAboveTheMaximum()
{
    // The largest qint64 used to loop for ever; ten million and one is above the stated maximum.
    for (const QString &runs : {QStringLiteral("9223372036854775807"), QStringLiteral("10000001")}) {
        QElapsedTimer timer;
        timer.start();
        const Run r = runWattprint({QStringLiteral("demo"), QStringLiteral("--db"),
                                    m_dir.filePath(QStringLiteral("huge.sqlite")), QStringLiteral("--runs"), runs},
                                   30000);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--runs must be a whole number from 1 to 10000000")),
                 qPrintable(describe(r)));
        QVERIFY(timer.elapsed() < 20000);
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("huge.sqlite"))));
    Store store(m_dir.filePath(QStringLiteral("refused.sqlite")));
    QVERIFY(store.open(nullptr));
    DemoOptions options;
    options.runs = DemoGenerator::MaxRuns + 1;
    const ImportReport report = DemoStore::build(&store, options);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("1 to 10000000 runs")), qPrintable(report.error));
}

void TestCli::demoStreamsItsRunsFile()
{
    // The device gives the same bytes as the whole text, read in small pieces.
    DemoOptions options;
    options.runs = 3000;
    DemoGenerator whole(options);
    const QByteArray expected = whole.runsCsv();
    DemoGenerator streamed(options);
    std::unique_ptr<QIODevice> device = streamed.runsCsvDevice();
    QByteArray got;
    char buffer[777];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        QVERIFY(n >= 0);
        if (n == 0)
            break;
        got.append(buffer, n);
    }
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QVERIFY(device->atEnd());

    if (kSanitized)
        QSKIP("resident size is not measurable under AddressSanitizer; the stream itself is checked above");
    // A store of 400,000 runs: its runs file (about 190 MB of text) is never held at once.
    const QString path = m_dir.filePath(QStringLiteral("big-demo.sqlite"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WATTPRINT_BINARY),
            {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--runs"), QStringLiteral("400000")});
    QVERIFY(p.waitForStarted());
    qint64 peakKb = 0;
    while (!p.waitForFinished(100)) {
        QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakKb = std::max(peakKb, line.mid(6).trimmed().split(' ').first().toLongLong());
            }
        }
    }
    QCOMPARE(p.exitCode(), 0);
    qInfo("demo --runs 400000: peak resident %lld MB", peakKb / 1024);
    // Records are ~65 bytes a run and SQLite's cache is at most 128 MB: about 325 MB in all when
    // measured, 350 MB since the energy model is fitted (its columns loaded) while the indexes are
    // built. The whole text, as it used to be built, was about 190 MB more.
    QVERIFY2(peakKb < 400 * 1024, qPrintable(QStringLiteral("peak %1 MB").arg(peakKb / 1024)));
}

void TestCli::outputWriteFailureExitsNonZero()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("leaderboard"), QStringLiteral("--db"), m_db, QStringLiteral("--csv")},
          QStringList{QStringLiteral("summary"), QStringLiteral("--db"), m_db},
          QStringList{QStringLiteral("--version")}}) {
        const Run r = runWattprint(args, 60000, {}, QStringLiteral("/dev/full"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot write the output: No space left on device")),
                 qPrintable(describe(r)));
    }
    // The same commands with somewhere to write succeed.
    const Run r = runWattprint({QStringLiteral("leaderboard"), QStringLiteral("--db"), m_db, QStringLiteral("--csv")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("dataset,shape,size")));
}

void TestCli::skipInvalidWithEveryRowRejectedExitsNonZero()
{
    const QString csv = m_dir.filePath(QStringLiteral("allbad.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\nr1,many,1,2,(null)\nr2,lots,1,2,(null)\n");
    f.close();
    const QString db = m_dir.filePath(QStringLiteral("allbad.sqlite"));
    const Run r = runWattprint(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--skip-invalid"), csv});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("allbad.csv: all 2 data rows were rejected; nothing was stored")),
             qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("rejected: allbad.csv:2: column 'cpus': 'many' is not a whole number")),
             qPrintable(describe(r)));
}

void TestCli::onConflictChoosesKeepReplaceOrRefuse()
{
    const QString dir = m_dir.filePath(QStringLiteral("traces"));
    QVERIFY(QDir().mkpath(dir));
    auto writeTrace = [&](const QString &name, const QByteArray &watts) {
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,node,watts\n2022-09-22T16:28:01.000Z,r4i4n18," + watts + "\n");
    };
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/second")));
    writeTrace(QStringLiteral("10512345.csv"), "312");
    writeTrace(QStringLiteral("second/10512345.csv"), "318");
    const QString db = m_dir.filePath(QStringLiteral("conflict.sqlite"));
    Run r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, dir + QStringLiteral("/10512345.csv")});
    QCOMPARE(r.code, 0);
    const QString second = dir + QStringLiteral("/second/10512345.csv");
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, second});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("watts 312 stored, 318 here; nothing was imported")),
             qPrintable(describe(r)));
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--on-conflict"),
                      QStringLiteral("keep"), second});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("conflict: 10512345.csv:2: the sample of job 10512345")),
             qPrintable(describe(r)));
    QVERIFY(r.out.contains(QLatin1String("kept the stored values")));
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--on-conflict"),
                      QStringLiteral("merge"), second});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("--on-conflict must be keep, replace or refuse, not 'merge'")),
             qPrintable(describe(r)));
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--on-conflict"),
                      QStringLiteral("replace"), second});
    QCOMPARE(r.code, 0);
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    QCOMPARE(scalar(handle, "SELECT watts FROM power_samples"), 318);
    sqlite3_close(handle);
}

void TestCli::readOnlyFolderStillReads()
{
    if (!namespacesAvailable())
        QSKIP("unprivileged user and mount namespaces are not available here (unshare -rm)");
    // The folder is bind-mounted read-only: even root cannot write there, as on a read-only share.
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(m_db, folder + QStringLiteral("/store.sqlite")));
    const Run r = inNamespace(
        QStringLiteral("set -e; d='%1'; mount --bind \"$d\" \"$d\"; mount -o remount,bind,ro \"$d\"; "
                       "\"$WATTPRINT\" summary --db \"$d/store.sqlite\"; echo ---; "
                       "\"$WATTPRINT\" import --db \"$d/store.sqlite\" \"$d/store.sqlite\" || echo \"import exit $?\"")
            .arg(folder));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Runs: 2000")), qPrintable(describe(r)));
    // A read-only mount makes the file itself unwritable too: that is the reason given.
    QVERIFY2(r.err.contains(QLatin1String("store.sqlite can only be read (")), qPrintable(describe(r)));
    QVERIFY(r.out.contains(QLatin1String("import exit 1")));
    QVERIFY(!r.err.contains(QLatin1String("not a Wattprint database")));
}

void TestCli::fullDiskStillReadsAndDemoSaysWhy()
{
    if (!namespacesAvailable())
        QSKIP("unprivileged user and mount namespaces are not available here (unshare -rm)");
    const QString mount = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(mount));
    // A tmpfs with the store, then filled up: summary still reads. Then room for a new store to
    // start but not to hold 20,000 runs: the demo fails with the disk's reason (it said "Unknown
    // error") and leaves no write-ahead log behind.
    const qint64 storeKb = QFileInfo(m_db).size() / 1024 + 1;
    const Run r = inNamespace(
        QStringLiteral("d='%1'; mount -t tmpfs -o size=%2k tmpfs \"$d\" || exit 90; "
                       "cp '%3' \"$d/store.sqlite\" || exit 91; "
                       "dd if=/dev/zero of=\"$d/filler\" bs=4k 2>/dev/null; "
                       "\"$WATTPRINT\" summary --db \"$d/store.sqlite\" || echo \"summary exit $?\"; echo ---; "
                       "rm \"$d/filler\" \"$d/store.sqlite\"*; "
                       "\"$WATTPRINT\" demo --db \"$d/new.sqlite\" --runs 20000 || echo \"demo exit $?\"; "
                       "ls \"$d\"")
            .arg(mount)
            .arg(storeKb + 1024)
            .arg(m_db));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QString summary = r.out.section(QStringLiteral("---"), 0, 0);
    QVERIFY2(summary.contains(QLatin1String("Runs: 2000")), qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("demo exit 1")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("disk is full")), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(describe(r)));
    QVERIFY2(!r.out.contains(QLatin1String("new.sqlite")), qPrintable(describe(r))); // nor a store
}

void TestCli::headlessLayoutLeavesCurrentLayoutAlone()
{
    // The user's current layout is "Mine"; a screenshot and a report borrow "Other".
    {
        MainWindow window(m_db, MainWindow::Headless);
        QVERIFY(window.store());
        QVERIFY(window.layoutManager()->save(QStringLiteral("Other")));
        QVERIFY(window.layoutManager()->save(QStringLiteral("Mine")));
        QCOMPARE(window.layoutManager()->currentName(), QStringLiteral("Mine"));
    }
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QCOMPARE(RenderCommands::screenshot({QStringLiteral("wattprint"), QStringLiteral("--db"), m_db,
                                         QStringLiteral("--out"), png, QStringLiteral("--layout"),
                                         QStringLiteral("Other"), QStringLiteral("--size"), QStringLiteral("800x600")}),
             0);
    QCOMPARE(QSettings().value(QStringLiteral("layouts/current")).toString(), QStringLiteral("Mine"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(RenderCommands::report({QStringLiteral("wattprint"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                     pdf, QStringLiteral("--layout"), QStringLiteral("Other"),
                                     QStringLiteral("--views"), QStringLiteral("distribution")}),
             0);
    QCOMPARE(QSettings().value(QStringLiteral("layouts/current")).toString(), QStringLiteral("Mine"));
}

void TestCli::killedImportIsAllOrNothing()
{
    // A store with one committed import, then a large import killed (SIGKILL) at several points.
    // Each time the store opens, passes PRAGMA integrity_check and holds exactly the data of the
    // last commit: the first import alone, or that and the whole second file.
    const QString csv = m_dir.filePath(QStringLiteral("big-runs.csv"));
    const qint64 bigRuns = kSanitized ? 30000 : 150000;
    Run r = runWattprint({QStringLiteral("demo"), QStringLiteral("--csv"), csv, QStringLiteral("--runs"),
                          QString::number(bigRuns), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    qint64 fullMs = 0;
    bool sawBefore = false, sawAfter = false;
    for (int attempt = 0; attempt < 8; ++attempt) {
        QProcess p;
        p.start(QStringLiteral(WATTPRINT_BINARY), {QStringLiteral("import"), QStringLiteral("--db"), db, csv});
        QVERIFY(p.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        // The first run goes to the end and says how long an import takes; later ones are
        // killed at points spread over that time, the last ones late (around the commit).
        const qint64 killAt = attempt == 0 ? -1 : fullMs * attempt / 7 + (attempt == 7 ? fullMs / 10 : 0);
        if (killAt < 0) {
            QVERIFY(p.waitForFinished(300000));
            fullMs = timer.elapsed();
            QCOMPARE(p.exitCode(), 0);
            // Back to the state before, for the killed attempts: remove the import again.
            Store store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QList<qint64> ids;
            for (const ImportRecord &rec : store.imports().mid(1)) // all but the demo store's own
                ids.append(rec.id);
            QVERIFY(store.removeImports(ids, &error));
            continue;
        }
        while (timer.elapsed() < killAt && p.state() != QProcess::NotRunning)
            p.waitForFinished(5);
        const bool killed = p.state() != QProcess::NotRunning;
        if (killed)
            ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &handle), SQLITE_OK);
        QCOMPARE(text(handle, "PRAGMA integrity_check"), QStringLiteral("ok"));
        const qint64 runs = scalar(handle, "SELECT count(*) FROM runs");
        const qint64 imports = scalar(handle, "SELECT count(*) FROM imports");
        const qint64 fromSecond = scalar(handle,
                                         "SELECT count(*) FROM runs r JOIN imports i ON i.id = r.import_id "
                                         "WHERE i.id > (SELECT min(id) FROM imports)");
        sqlite3_close(handle);
        qInfo("attempt %d: killed at %lld ms of %lld (%s): %lld runs, %lld imports", attempt, killAt, fullMs,
              killed ? "killed" : "had finished", runs, imports);
        if (imports == 1) {
            QCOMPARE(runs, 2000);
            QCOMPARE(fromSecond, 0);
            sawBefore = true;
        } else {
            QCOMPARE(imports, 2);
            QCOMPARE(fromSecond, bigRuns);
            QCOMPARE(runs, 2000 + bigRuns);
            sawAfter = true;
            Store store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QList<qint64> ids;
            for (const ImportRecord &rec : store.imports().mid(1)) // all but the demo store's own
                ids.append(rec.id);
            QVERIFY(store.removeImports(ids, &error));
        }
    }
    QVERIFY(sawBefore); // at least one kill landed inside the import
    Q_UNUSED(sawAfter);
}

void TestCli::renderTakesTheSavedLanguageOrLang()
{
    // The saved language is the one in the user's settings file: a folder of its own here.
    QTemporaryDir saved, none;
    QVERIFY(saved.isValid() && none.isValid());
    QVERIFY(QDir(saved.path()).mkpath(QStringLiteral("Wattprint")));
    QFile conf(saved.filePath(QStringLiteral("Wattprint/wattprint.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[display]\nlanguage=de\n");
    conf.close();
    auto render = [this](const QString &configHome, const QStringList &extra, const QString &out) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LANG"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WATTPRINT_BINARY),
                QStringList{QStringLiteral("render"), QStringLiteral("--db"), m_db, QStringLiteral("--view"),
                            QStringLiteral("distribution"), QStringLiteral("--out"), out, QStringLiteral("--width"),
                            QStringLiteral("700"), QStringLiteral("--height"), QStringLiteral("450")}
                    + extra);
        Run r;
        r.finished = p.waitForFinished(120000);
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    };
    auto bytes = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QString fromSettings = m_dir.filePath(QStringLiteral("lang-saved.png"));
    const QString german = m_dir.filePath(QStringLiteral("lang-de.png"));
    const QString english = m_dir.filePath(QStringLiteral("lang-en.png"));
    Run r = render(saved.path(), {}, fromSettings);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = render(none.path(), {QStringLiteral("--lang"), QStringLiteral("de")}, german);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = render(saved.path(), {QStringLiteral("--lang"), QStringLiteral("en")}, english);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(!bytes(german).isEmpty());
    QCOMPARE(bytes(fromSettings), bytes(german)); // the saved German, as --lang de
    QVERIFY(bytes(english) != bytes(german));     // --lang over the saved one
    // A picture smaller than the window can be says so (and is the window's smallest size).
    const QString tiny = m_dir.filePath(QStringLiteral("tiny.png"));
    const Run small = runWattprint({QStringLiteral("screenshot"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                    tiny, QStringLiteral("--size"), QStringLiteral("300x200")});
    QVERIFY2(small.code == 0 && small.err.contains(QLatin1String("cannot be smaller than")),
             qPrintable(describe(small)));
    QVERIFY(QImage(tiny).width() > 300);
    for (const QString &command : {QStringLiteral("render"), QStringLiteral("screenshot"), QStringLiteral("report")}) {
        const Run bad = runWattprint({command, QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                      m_dir.filePath(QStringLiteral("never.pdf")), QStringLiteral("--lang"),
                                      QStringLiteral("xx")});
        QVERIFY2(bad.code != 0 && bad.err.contains(QLatin1String("--lang")), qPrintable(describe(bad)));
    }
}

// The mappings of a child process live in $XDG_CONFIG_HOME/Wattprint/wattprint/: each test
// gives its own folder.
class ConfigHome
{
public:
    explicit ConfigHome(const QString &path)
        : m_old(qgetenv("XDG_CONFIG_HOME"))
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path));
    }
    ~ConfigHome() { qputenv("XDG_CONFIG_HOME", m_old); }

private:
    QByteArray m_old;
};

void TestCli::importThroughASavedMapping()
{
    const QString config = m_dir.filePath(QStringLiteral("config-mapping"));
    const ConfigHome home(config);
    const QString csv = QStringLiteral(WATTPRINT_FIXTURES "/mapped/runs_wh_minutes.csv");
    Run r = runWattprint({QStringLiteral("mappings")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("No column mappings are saved yet")), qPrintable(describe(r)));
    r = runWattprint({QStringLiteral("mappings"), QStringLiteral("--save"), QStringLiteral("lab sheet"),
                      QStringLiteral("--energy"), QStringLiteral("Energy (Wh)"), QStringLiteral("--energy-unit"),
                      QStringLiteral("Wh"), QStringLiteral("--duration"), QStringLiteral("Duration (min)"),
                      QStringLiteral("--duration-unit"), QStringLiteral("min"), QStringLiteral("--project"),
                      QStringLiteral("Project"), QStringLiteral("--hardware"), QStringLiteral("Device"),
                      QStringLiteral("--start"), QStringLiteral("Started")});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(config + QStringLiteral("/Wattprint/wattprint/column-mappings.json")));
    r = runWattprint({QStringLiteral("mappings")});
    QVERIFY2(r.out.contains(QLatin1String("lab sheet: energy: Energy (Wh) in Wh; duration: Duration (min) in min; "
                                          "hardware: Device; project: Project; start: Started")),
             qPrintable(describe(r)));
    r = runWattprint({QStringLiteral("mappings"), QStringLiteral("--save"), QStringLiteral("x"),
                      QStringLiteral("--energy"), QStringLiteral("e"), QStringLiteral("--energy-unit"),
                      QStringLiteral("cal"), QStringLiteral("--duration"), QStringLiteral("d")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("--energy-unit must be J, kJ, MJ, Wh or kWh, not 'cal'")),
             qPrintable(describe(r)));

    const QString db = m_dir.filePath(QStringLiteral("mapped.sqlite"));
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                      QStringLiteral("lab sheet"), QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"),
                      csv});
    QCOMPARE(r.code, 0);
    QVERIFY2(
        r.out.contains(QLatin1String("runs_wh_minutes.csv: 10 rows imported, 0 rejected, 0 already present (csv)")),
        qPrintable(describe(r)));
    // The store's totals per project are Python's (tests/fixtures/mapped/expected.json).
    QFile f(QStringLiteral(WATTPRINT_FIXTURES "/mapped/expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject projects
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("project_joules")).toObject();
    QCOMPARE(projects.size(), 3);
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    QCOMPARE(scalar(handle, "SELECT count(*) FROM runs WHERE source = 'csv'"), 10);
    for (auto it = projects.begin(); it != projects.end(); ++it) {
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(handle, "SELECT sum(energy) FROM runs WHERE project = ?", -1, &stmt, nullptr),
                 SQLITE_OK);
        const QByteArray key = it.key().toUtf8();
        sqlite3_bind_text(stmt, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const double sum = sqlite3_column_double(stmt, 0);
        sqlite3_finalize(stmt);
        QVERIFY2(std::abs(sum - it.value().toDouble()) <= 1e-12 * it.value().toDouble(), qPrintable(it.key()));
    }
    sqlite3_close(handle);
    // Again: every row is already there.
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                      QStringLiteral("lab sheet"), QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"),
                      csv});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("0 rows imported, 0 rejected, 10 already present")), qPrintable(describe(r)));
    // A bad row refuses its file with the file, line and column.
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                      QStringLiteral("lab sheet"), QStringLiteral(WATTPRINT_FIXTURES "/mapped/runs_bad_row.csv")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("runs_bad_row.csv:4: column 'Energy (Wh)': '1O33.3' is not a number")),
             qPrintable(describe(r)));
}

void TestCli::unknownMappingNamesTheSavedOnes()
{
    const QString config = m_dir.filePath(QStringLiteral("config-unknown"));
    const ConfigHome home(config);
    const QString csv = QStringLiteral(WATTPRINT_FIXTURES "/mapped/runs_wh_minutes.csv");
    const QString db = m_dir.filePath(QStringLiteral("unknown-mapping.sqlite"));
    Run r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                          QStringLiteral("lab"), csv});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("no column mapping named 'lab'; none is saved yet")),
             qPrintable(describe(r)));
    for (const char *name : {"zeus", "lab sheet"}) {
        r = runWattprint({QStringLiteral("mappings"), QStringLiteral("--save"), QLatin1String(name),
                          QStringLiteral("--energy"), QStringLiteral("e"), QStringLiteral("--duration"),
                          QStringLiteral("d")});
        QCOMPARE(r.code, 0);
    }
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                      QStringLiteral("lab"), csv});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("--mapping: no column mapping named 'lab'; saved: lab sheet, zeus")),
             qPrintable(describe(r)));
    // A saved mapping whose columns the file lacks is refused naming them.
    r = runWattprint({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                      QStringLiteral("zeus"), csv});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("runs_wh_minutes.csv: the file lacks the column(s) 'e', 'd' that the "
                                          "mapping zeus names")),
             qPrintable(describe(r)));
    r = runWattprint({QStringLiteral("mappings"), QStringLiteral("--remove"), QStringLiteral("zeus")});
    QCOMPARE(r.code, 0);
    r = runWattprint({QStringLiteral("mappings")});
    QVERIFY2(!r.out.contains(QLatin1String("zeus")) && r.out.contains(QLatin1String("lab sheet")),
             qPrintable(describe(r)));
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
