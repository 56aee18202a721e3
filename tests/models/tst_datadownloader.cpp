// The downloader behind File > Get BUTTER-E data..., against a server the test runs on 127.0.0.1:
// progress, resume after a dropped connection, a server that ignores ranges, size and checksum
// checks, cancel, server errors, and an import of what arrived. No test needs the network.

#include "../support/demorunszip.h"
#include "../support/loopbackhttpserver.h"
#include <datadownloader.h>
#include <demogenerator.h>
#include <importer.h>
#include <store.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wattprint;
using testsupport::LoopbackHttpServer;

namespace {

QByteArray patterned(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char((i * 7 + i / 251) & 0xff);
    return b;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

RemoteFile remote(const QString &name, qint64 exactSize = 0, const QByteArray &sha256 = {})
{
    RemoteFile f;
    f.name = name;
    f.exactSize = exactSize;
    f.sha256 = sha256;
    return f;
}

} // namespace

class TestDataDownloader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsTheFilesTheImporterReads();
    void downloadsEachFileWithProgress();
    void resumesAfterADroppedConnection();
    void startsAgainWhenTheServerIgnoresTheRange();
    void refusesAWrongSizeOrChecksum();
    void cancelKeepsWhatArrived();
    void reportsServerErrors();
    void whatArrivesImports();

private:
    // Runs the downloader until it finishes; returns the arguments of finished(ok, cancelled).
    QList<QVariant> run(DataDownloader &d, const QList<RemoteFile> &files, int timeoutMs = 15000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestDataDownloader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

QList<QVariant> TestDataDownloader::run(DataDownloader &d, const QList<RemoteFile> &files, int timeoutMs)
{
    QSignalSpy finished(&d, &DataDownloader::finished);
    d.start(files);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return {};
    return finished.takeFirst();
}

void TestDataDownloader::listsTheFilesTheImporterReads()
{
    const QList<RemoteFile> files = butterEFiles();
    QStringList names;
    for (const RemoteFile &f : files) {
        names << f.name;
        QVERIFY(!f.description.isEmpty());
        QVERIFY(f.listedSize > 0);
    }
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("runs_with_standardized_energy.csv.zip"), QStringLiteral("butter_e_energy.zip"),
                     QStringLiteral("node_sinfo.csv"), QStringLiteral("node_power_dist.csv")}));
    QCOMPARE(butterEBaseUrl().toString(), QStringLiteral("https://data.openei.org/files/5991/"));
}

void TestDataDownloader::downloadsEachFileWithProgress()
{
    const QByteArray a = patterned(300'000), b = patterned(1234);
    m_server->files[QStringLiteral("a.zip")].body = a;
    m_server->files[QStringLiteral("b.csv")].body = b;
    DataDownloader d;
    d.setBaseUrl(m_server->baseUrl());
    d.setTargetDirectory(m_dir->filePath(QStringLiteral("butter-e")));
    QSignalSpy progress(&d, &DataDownloader::progress);
    QSignalSpy done(&d, &DataDownloader::fileFinished);
    const QList<QVariant> result = run(d, {remote(QStringLiteral("a.zip")), remote(QStringLiteral("b.csv"))});
    QCOMPARE(result, (QList<QVariant>{true, false}));
    QCOMPARE(done.size(), 2);
    QCOMPARE(done.at(0).at(1).toString(), m_dir->filePath(QStringLiteral("butter-e/a.zip")));
    QCOMPARE(readAll(done.at(0).at(1).toString()), a);
    QCOMPARE(readAll(done.at(1).at(1).toString()), b);
    QVERIFY(!QFile::exists(d.partPath(remote(QStringLiteral("a.zip")))));
    // Progress of the first file only grows and ends at its size, which the server announced.
    qint64 last = -1;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        if (p.at(0).toInt() != 0)
            continue;
        QVERIFY(p.at(1).toLongLong() >= last);
        last = p.at(1).toLongLong();
        QVERIFY(p.at(2).toLongLong() == -1 || p.at(2).toLongLong() == a.size());
    }
    QCOMPARE(last, a.size());
    QVERIFY(m_server->ranges.at(0).isEmpty());
    // A complete file is not fetched again.
    const int before = m_server->requests;
    QCOMPARE(run(d, {remote(QStringLiteral("a.zip"))}), (QList<QVariant>{true, false}));
    QCOMPARE(m_server->requests, before);
}

void TestDataDownloader::resumesAfterADroppedConnection()
{
    const QByteArray body = patterned(200'000);
    LoopbackHttpServer::File &file = m_server->files[QStringLiteral("runs.zip")];
    file.body = body;
    file.dropAfter = 70'000;
    DataDownloader d;
    d.setBaseUrl(m_server->baseUrl());
    d.setTargetDirectory(m_dir->path());
    QSignalSpy failed(&d, &DataDownloader::fileFailed);
    QCOMPARE(run(d, {remote(QStringLiteral("runs.zip"))}), (QList<QVariant>{false, false}));
    QCOMPARE(failed.size(), 1);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(u"runs.zip") && reason.contains(u"resume"), qPrintable(reason));
    QVERIFY(!d.isComplete(remote(QStringLiteral("runs.zip"))));
    const qint64 kept = d.partialBytes(remote(QStringLiteral("runs.zip")));
    QVERIFY2(kept > 0 && kept <= 70'000, qPrintable(QString::number(kept)));

    // Again: the request asks for the rest, and the file is whole.
    QCOMPARE(run(d, {remote(QStringLiteral("runs.zip"), body.size())}), (QList<QVariant>{true, false}));
    QCOMPARE(m_server->ranges.last(), "bytes=" + QByteArray::number(kept) + '-');
    QCOMPARE(readAll(d.finalPath(remote(QStringLiteral("runs.zip")))), body);
    QCOMPARE(d.partialBytes(remote(QStringLiteral("runs.zip"))), 0);
}

void TestDataDownloader::startsAgainWhenTheServerIgnoresTheRange()
{
    const QByteArray body = patterned(50'000);
    LoopbackHttpServer::File &file = m_server->files[QStringLiteral("n.csv")];
    file.body = body;
    file.ignoreRange = true;
    DataDownloader d;
    d.setBaseUrl(m_server->baseUrl());
    d.setTargetDirectory(m_dir->path());
    {
        QFile part(d.partPath(remote(QStringLiteral("n.csv"))));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("stale bytes that are not the file's start");
    }
    QCOMPARE(run(d, {remote(QStringLiteral("n.csv"))}), (QList<QVariant>{true, false}));
    QVERIFY(m_server->ranges.last().startsWith("bytes="));
    QCOMPARE(readAll(d.finalPath(remote(QStringLiteral("n.csv")))), body);
}

void TestDataDownloader::refusesAWrongSizeOrChecksum()
{
    const QByteArray body = patterned(10'000);
    m_server->files[QStringLiteral("x.csv")].body = body;
    DataDownloader d;
    d.setBaseUrl(m_server->baseUrl());
    d.setTargetDirectory(m_dir->path());
    QSignalSpy failed(&d, &DataDownloader::fileFailed);

    // The publisher lists another size: refused, nothing kept under either name.
    QCOMPARE(run(d, {remote(QStringLiteral("x.csv"), 12'345)}), (QList<QVariant>{false, false}));
    QVERIFY2(failed.last().at(1).toString().contains(u"12345"), qPrintable(failed.last().at(1).toString()));
    QVERIFY(!QFile::exists(d.finalPath(remote(QStringLiteral("x.csv")))));
    QVERIFY(!QFile::exists(d.partPath(remote(QStringLiteral("x.csv")))));

    // The server announces more than it sends and closes: kept for a resume, not taken as whole.
    m_server->files[QStringLiteral("x.csv")].announce = 20'000;
    QCOMPARE(run(d, {remote(QStringLiteral("x.csv"))}), (QList<QVariant>{false, false}));
    QVERIFY(!QFile::exists(d.finalPath(remote(QStringLiteral("x.csv")))));
    QFile::remove(d.partPath(remote(QStringLiteral("x.csv"))));
    m_server->files[QStringLiteral("x.csv")].announce = -1;

    // A checksum that does not match: refused; the right one: accepted.
    const QByteArray right = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    QByteArray wrong = right;
    wrong[0] = wrong[0] == '0' ? '1' : '0';
    QCOMPARE(run(d, {remote(QStringLiteral("x.csv"), 0, wrong)}), (QList<QVariant>{false, false}));
    QVERIFY(failed.last().at(1).toString().contains(u"SHA-256"));
    QVERIFY(!QFile::exists(d.finalPath(remote(QStringLiteral("x.csv")))));
    QCOMPARE(run(d, {remote(QStringLiteral("x.csv"), body.size(), right.toUpper())}), (QList<QVariant>{true, false}));
    QCOMPARE(readAll(d.finalPath(remote(QStringLiteral("x.csv")))), body);
}

void TestDataDownloader::cancelKeepsWhatArrived()
{
    const QByteArray body = patterned(400'000);
    LoopbackHttpServer::File &file = m_server->files[QStringLiteral("big.zip")];
    file.body = body;
    file.stall = true;
    DataDownloader d;
    d.setBaseUrl(m_server->baseUrl());
    d.setTargetDirectory(m_dir->path());
    QSignalSpy progress(&d, &DataDownloader::progress);
    QSignalSpy finished(&d, &DataDownloader::finished);
    d.start({remote(QStringLiteral("big.zip"))});
    QVERIFY(d.isRunning());
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(1).toLongLong() == body.size() / 2);
    d.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0), (QList<QVariant>{false, true}));
    QVERIFY(!d.isRunning());
    QCOMPARE(d.partialBytes(remote(QStringLiteral("big.zip"))), body.size() / 2);

    file.stall = false;
    QCOMPARE(run(d, {remote(QStringLiteral("big.zip"))}), (QList<QVariant>{true, false}));
    QCOMPARE(m_server->ranges.last(), "bytes=" + QByteArray::number(body.size() / 2) + '-');
    QCOMPARE(readAll(d.finalPath(remote(QStringLiteral("big.zip")))), body);
}

void TestDataDownloader::reportsServerErrors()
{
    DataDownloader d;
    d.setBaseUrl(m_server->baseUrl());
    d.setTargetDirectory(m_dir->path());
    QSignalSpy failed(&d, &DataDownloader::fileFailed);
    m_server->files[QStringLiteral("later.csv")].body = "x";
    QCOMPARE(run(d, {remote(QStringLiteral("missing.csv")), remote(QStringLiteral("later.csv"))}),
             (QList<QVariant>{false, false}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 0);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(u"missing.csv") && reason.contains(u"404"), qPrintable(reason));
    QVERIFY(!QFile::exists(d.partPath(remote(QStringLiteral("missing.csv")))));
    QVERIFY(!QFile::exists(d.finalPath(remote(QStringLiteral("later.csv"))))); // not fetched after a failure

    // Nobody listening.
    d.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/files/5991/")));
    QCOMPARE(run(d, {remote(QStringLiteral("later.csv"))}), (QList<QVariant>{false, false}));
    QVERIFY(failed.last().at(1).toString().contains(u"later.csv"));
}

void TestDataDownloader::whatArrivesImports()
{
    // A small runs file in the published packaging, fetched and then imported as the dialog does.
    const QString zipPath = m_dir->filePath(QStringLiteral("served.zip"));
    DemoOptions options;
    options.runs = 300;
    QVERIFY(testsupport::writeDemoRunsZip(options, zipPath));
    LoopbackHttpServer::File &served = m_server->files[QStringLiteral("runs_with_standardized_energy.csv.zip")];
    served.body = readAll(zipPath);
    served.dropAfter = served.body.size() / 3;
    DataDownloader d;
    d.setBaseUrl(m_server->baseUrl());
    d.setTargetDirectory(m_dir->filePath(QStringLiteral("downloads")));
    const RemoteFile runs = butterEFiles().first();
    QCOMPARE(run(d, {runs}), (QList<QVariant>{false, false}));
    QCOMPARE(run(d, {runs}), (QList<QVariant>{true, false}));

    Store store(m_dir->filePath(QStringLiteral("store.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const ImportReport report = Importer(&store).importFile(d.finalPath(runs));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.accepted, qint64(300));
}

QTEST_GUILESS_MAIN(TestDataDownloader)
#include "tst_datadownloader.moc"
