// File > Get BUTTER-E data...: the list, a download from a server on 127.0.0.1, a stop and a
// resume, a failure told in the dialog, and Import enabled only when the chosen files are whole.

#include "../support/loopbackhttpserver.h"
#include <downloaddialog.h>
#include <languagemanager.h>
#include <units.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wattprint;
using testsupport::LoopbackHttpServer;

class TestDownloadDialog : public QObject
{
    Q_OBJECT

private slots:
    void downloadsTheChosenFilesThenOffersImport();
    void stopKeepsWhatArrivedAndResumes();
    void tellsWhyAFileFailed();
    void readableInGermanAt1280x800();

private:
    static QTreeWidget *list(DownloadDialog &d) { return d.findChild<QTreeWidget *>(); }
    static QPushButton *button(DownloadDialog &d, const QString &text)
    {
        for (QPushButton *b : d.findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }
    static QPushButton *importButton(DownloadDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    // Checks only the files named.
    static void choose(DownloadDialog &d, const QStringList &names)
    {
        QTreeWidget *l = list(d);
        for (int i = 0; i < l->topLevelItemCount(); ++i)
            l->topLevelItem(i)->setCheckState(
                0, names.contains(l->topLevelItem(i)->text(0)) ? Qt::Checked : Qt::Unchecked);
    }
};

void TestDownloadDialog::downloadsTheChosenFilesThenOffersImport()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QByteArray sinfo = "HOSTNAMES,CPUS,MEMORY (MB),TMP_DISK (MB),GRES\nx1000c0s0b0n0, 104, 256000, 0, (null)\n";
    server.files[QStringLiteral("node_sinfo.csv")].body = sinfo;
    QTemporaryDir dir;
    DownloadDialog d;
    d.setBaseUrl(server.baseUrl());
    d.setTargetDirectory(dir.path());
    QCOMPARE(list(d)->topLevelItemCount(), 4);
    QVERIFY(d.findChild<QLabel *>()->text().contains(server.baseUrl().toString()));
    QVERIFY(!importButton(d)->isEnabled()); // nothing here yet
    choose(d, {QStringLiteral("node_sinfo.csv")});
    QPushButton *download = button(d, QStringLiteral("Download"));
    QVERIFY(download && download->isEnabled());
    download->click();
    QTRY_VERIFY(importButton(d)->isEnabled());
    QCOMPARE(d.files(), QStringList{dir.filePath(QStringLiteral("node_sinfo.csv"))});
    QFile f(d.files().constFirst());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), sinfo);
    QCOMPARE(list(d)->topLevelItem(2)->text(3), QStringLiteral("Downloaded"));
    QVERIFY(!download->isEnabled()); // all chosen files are here
    // Choosing another file that is not here takes Import away until it is.
    choose(d, {QStringLiteral("node_sinfo.csv"), QStringLiteral("node_power_dist.csv")});
    QVERIFY(!importButton(d)->isEnabled());
    QVERIFY(download->isEnabled());
}

void TestDownloadDialog::stopKeepsWhatArrivedAndResumes()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    QByteArray body(300'000, 'r');
    LoopbackHttpServer::File &file = server.files[QStringLiteral("runs_with_standardized_energy.csv.zip")];
    file.body = body;
    file.stall = true;
    QTemporaryDir dir;
    DownloadDialog d;
    d.setBaseUrl(server.baseUrl());
    d.setTargetDirectory(dir.path());
    choose(d, {QStringLiteral("runs_with_standardized_energy.csv.zip")});
    button(d, QStringLiteral("Download"))->click();
    QVERIFY(d.isDownloading());
    QVERIFY(!(list(d)->topLevelItem(0)->flags() & Qt::ItemIsUserCheckable)); // ticks frozen meanwhile
    QTRY_VERIFY(list(d)->topLevelItem(0)->text(3).contains(u"of"));
    QTRY_COMPARE(d.findChild<QProgressBar *>()->value(), 500);
    QPushButton *stop = button(d, QStringLiteral("Stop"));
    QVERIFY(stop && stop->isEnabled());
    stop->click();
    QTRY_VERIFY(!d.isDownloading());
    QVERIFY2(list(d)->topLevelItem(0)->text(3).contains(u"resumed"), qPrintable(list(d)->topLevelItem(0)->text(3)));
    QPushButton *resume = button(d, QStringLiteral("Resume download"));
    QVERIFY(resume && resume->isEnabled());
    file.stall = false;
    resume->click();
    QTRY_VERIFY(importButton(d)->isEnabled());
    QCOMPARE(server.ranges.last(), QByteArray("bytes=150000-"));
    QFile f(d.files().constFirst());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), body);
}

void TestDownloadDialog::tellsWhyAFileFailed()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    DownloadDialog d;
    d.setBaseUrl(server.baseUrl());
    d.setTargetDirectory(dir.path());
    choose(d, {QStringLiteral("node_power_dist.csv")});
    button(d, QStringLiteral("Download"))->click();
    QTRY_VERIFY(!d.isDownloading());
    QVERIFY(list(d)->topLevelItem(3)->text(3).startsWith(u"Failed"));
    // The reason under the list and in the status's tooltip: the file and the server's answer.
    for (const QString &reason :
         {d.findChild<QLabel *>(QStringLiteral("message"))->text(), list(d)->topLevelItem(3)->toolTip(3)})
        QVERIFY2(reason.contains(u"node_power_dist.csv") && reason.contains(u"404"), qPrintable(reason));
    QVERIFY(!importButton(d)->isEnabled());
    QVERIFY(d.files().isEmpty());
}

void TestDownloadDialog::readableInGermanAt1280x800()
{
    // What a user sees, to be looked at: build/.../test-output/download-dialog-LANG.png, part-way
    // through a download, in a window no larger than a 1280x800 screen leaves.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
        LanguageManager languages;
        QCOMPARE(languages.apply(language), language);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.files[QStringLiteral("node_sinfo.csv")].body = "HOSTNAMES\n";
        LoopbackHttpServer::File &runs = server.files[QStringLiteral("runs_with_standardized_energy.csv.zip")];
        runs.body = QByteArray(2'000'000, 'r');
        runs.stall = true;
        QTemporaryDir dir;
        DownloadDialog d;
        d.setBaseUrl(server.baseUrl());
        d.setTargetDirectory(dir.path());
        choose(d, {QStringLiteral("node_sinfo.csv"), QStringLiteral("runs_with_standardized_energy.csv.zip")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.width() <= 1280 && d.height() <= 760);
        d.startDownload();
        QTRY_COMPARE(d.findChild<QProgressBar *>()->value(), 500);
        // Half of the file arrived: the status says how much of how much, in the reader's units.
        QVERIFY2(list(d)->topLevelItem(0)->text(3).contains(units::bytes(1e6)),
                 qPrintable(list(d)->topLevelItem(0)->text(3)));
        QCOMPARE(list(d)->topLevelItem(2)->text(3).isEmpty(), false);
        // Every column's text fits its column at the dialog's size.
        for (int c = 0; c < 4; ++c) {
            for (int i = 0; i < list(d)->topLevelItemCount(); ++i) {
                const QString text = list(d)->topLevelItem(i)->text(c);
                QVERIFY2(list(d)->fontMetrics().horizontalAdvance(text) < list(d)->columnWidth(c),
                         qPrintable(language + u' ' + text));
            }
        }
        QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
        QVERIFY(d.grab().save(QStringLiteral(WATTPRINT_OUTPUT_DIR "/download-dialog-%1.png").arg(language)));
        d.cancelDownload();
        QTRY_VERIFY(!d.isDownloading());
    }
    LanguageManager().apply(QStringLiteral("en"));
}

QTEST_MAIN(TestDownloadDialog)
#include "tst_downloaddialog.moc"
