// Replays the fuzz seeds and every input a fuzz target ever kept (tests/fixtures/fuzz-regressions)
// through the same harness functions the libFuzzer targets call, in the normal build: a fixed
// crash stays fixed without building with clang.
#include <fieldparse.h>
#include <fuzzharness.h>
#include <layoutdocument.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace wattprint;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void unknownTargetIsRefused();
    void findingsStayFixed();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    int rows = 0;
    for (const QString &folder :
         {QStringLiteral(WATTPRINT_FIXTURES "/fuzz-regressions"), QStringLiteral(WATTPRINT_FIXTURES "/fuzz-seeds")}) {
        for (const QString &target : fuzz::targetNames()) {
            QDirIterator it(folder + QLatin1Char('/') + target, QDir::Files);
            while (it.hasNext()) {
                const QString file = it.next();
                QTest::newRow(qPrintable(target + QLatin1Char('/') + QFileInfo(file).fileName())) << target << file;
                ++rows;
            }
        }
    }
    QVERIFY2(rows >= 10, "the seed corpus is missing");
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // A crash or failed check aborts the process: the test fails with the input named above.
    QCOMPARE(fuzz::run(target, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    if (target == QLatin1String("csv")) {
        // The CSV seeds are also fed to the zip and field targets, as the fuzzers mutate across.
        QCOMPARE(fuzz::run(QStringLiteral("fields"), reinterpret_cast<const uint8_t *>(bytes.constData()),
                           size_t(std::min<qsizetype>(bytes.size(), 200))),
                 0);
    }
}

void TestFuzzRegressions::unknownTargetIsRefused()
{
    QCOMPARE(fuzz::run(QStringLiteral("no such target"), nullptr, 0), -1);
    QCOMPARE(fuzz::targetNames().size(), 5);
}

void TestFuzzRegressions::findingsStayFixed()
{
    // What the fuzzers found (undefined behaviour, caught by UBSan in the fuzz and debug-asan
    // builds), checked here by result in any build.
    // fields: a year past 2262 overflowed the nanoseconds since 1970.
    QVERIFY(!fieldparse::parseTimestamp("4022-10-11 21:58:46.012741+00:00"));
    QVERIFY(!fieldparse::parseTimestamp("1600-01-01T00:00:00Z"));
    QVERIFY(fieldparse::parseTimestamp("2262-01-01T00:00:00Z"));
    QVERIFY(fieldparse::parseTimestamp("1678-01-01T00:00:00Z"));
    // layout: a huge version number was converted to a 64-bit integer for the message.
    QString error;
    QVERIFY(
        !LayoutDocument::parse(R"({"format":"wattprint-layout","version":1.7e46,"dockState":"AAAA/wAAAAE="})", &error));
    QVERIFY2(error.contains(QLatin1String("layout version 1.7e+46")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
