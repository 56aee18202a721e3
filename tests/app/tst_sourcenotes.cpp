// A store holding demo runs and CodeCarbon runs: views that need a BUTTER-E configuration say, in
// plain words, how many runs of which tool they leave out (all of them: why they show nothing);
// views that show every run say nothing; the demo banner says measured runs sit beside it.

#include "../support/demostorecache.h"
#include <analysisservice.h>
#include <filter.h>
#include <filterstate.h>
#include <importer.h>
#include <pagerenderer.h>
#include <store.h>
#include <viewhost.h>
#include <viewpanel.h>

#include <QDeadlineTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace wattprint;

class TestSourceNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leftOutRunsAreCountedAndNamed();
    void aViewOfEveryRunSaysNothing();
    void onlyOtherToolsExplainsTheEmptyView();
    void demoBannerSaysMeasuredRunsSitBeside();

private:
    // The view `id` on the store under `filter`, once its result is shown.
    std::unique_ptr<ViewPanel> shown(const QString &id, const Filter &filter = {});

    QTemporaryDir m_dir;
    QString m_path;
    FilterState m_filterState;
    AnalysisService m_service;
    std::unique_ptr<ViewHost> m_host;
    quint64 m_generation = 0;
};

void TestSourceNotes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("mixed.sqlite"));
    DemoOptions options;
    options.runs = 3000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_path, &error), qPrintable(error));
    Store store(m_path);
    QVERIFY2(store.open(&error), qPrintable(error));
    const ImportReport report = Importer(&store).importFile(
        QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.accepted, qint64(28));
    m_host = std::make_unique<ViewHost>(&m_service, &m_filterState);
    m_host->setStore(store);
}

std::unique_ptr<ViewPanel> TestSourceNotes::shown(const QString &id, const Filter &filter)
{
    m_filterState.setFilter(filter);
    m_host->updateDataSource(++m_generation);
    std::unique_ptr<ViewPanel> view(m_host->createView(id));
    view->resize(900, 600);
    view->show();
    view->refresh();
    QDeadlineTimer deadline(60000);
    while (!view->isReady() && !deadline.hasExpired())
        QTest::qWait(20);
    return view;
}

void TestSourceNotes::leftOutRunsAreCountedAndNamed()
{
    for (const QString &id : {QStringLiteral("leaderboard"), QStringLiteral("pareto"), QStringLiteral("cache")}) {
        const std::unique_ptr<ViewPanel> view = shown(id);
        QVERIFY2(view->isReady(), qPrintable(id));
        const QString note = view->configurationNote();
        QVERIFY2(note.contains(u"CodeCarbon") && note.contains(u"28 left out"),
                 qPrintable(id + QStringLiteral(": ") + note));
        auto *label = view->findChild<QLabel *>(QStringLiteral("configurationLabel"));
        QVERIFY(label && label->isVisible() && label->text() == note);
    }
}

void TestSourceNotes::aViewOfEveryRunSaysNothing()
{
    for (const QString &id : {QStringLiteral("distribution"), QStringLiteral("compare"), QStringLiteral("sankey")}) {
        const std::unique_ptr<ViewPanel> view = shown(id);
        QVERIFY2(view->isReady(), qPrintable(id));
        QVERIFY2(view->configurationNote().isEmpty(),
                 qPrintable(id + QStringLiteral(": ") + view->configurationNote()));
    }
    // A view that needs configurations, with the other tool's runs filtered away: nothing to say.
    QString error;
    const std::unique_ptr<ViewPanel> view = shown(QStringLiteral("leaderboard"),
                                                  *Filter::parse(QStringLiteral("source=butter-e"), &error));
    QVERIFY(view->isReady());
    QVERIFY(view->configurationNote().isEmpty());
}

void TestSourceNotes::onlyOtherToolsExplainsTheEmptyView()
{
    QString error;
    const auto filter = Filter::parse(QStringLiteral("source=codecarbon"), &error);
    QVERIFY2(filter, qPrintable(error));
    const std::unique_ptr<ViewPanel> view = shown(QStringLiteral("pareto"), *filter);
    QDeadlineTimer deadline(60000);
    while (view->configurationNote().isEmpty() && !deadline.hasExpired())
        QTest::qWait(20); // a view with nothing to draw may end in a failure rather than a result
    const QString note = view->configurationNote();
    QVERIFY2(note.contains(u"none of the 28 runs") && note.contains(u"CodeCarbon") && note.contains(u"distribution"),
             qPrintable(note));
}

void TestSourceNotes::demoBannerSaysMeasuredRunsSitBeside()
{
    const std::unique_ptr<ViewPanel> view = shown(QStringLiteral("distribution"));
    auto *banner = view->findChild<QLabel *>(QStringLiteral("sourceLabel"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"beside imported runs") && banner->text().contains(u"Remove demo data"),
             qPrintable(banner->text()));
    // Pages say so too: exports, prints and reports.
    const QString footer = PageRenderer::footerText(view->environment());
    QVERIFY2(footer.contains(u"synthetic demo beside measured runs") && footer.contains(u"emissions_example.csv"),
             qPrintable(footer));
}

QTEST_MAIN(TestSourceNotes)
#include "tst_sourcenotes.moc"
