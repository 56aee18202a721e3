// The radar view on a 5000-run demo store: the finding for hand-made shapes with a known answer,
// legend and polygon clicks into the filter, hiding series, state, and exports. Its numbers (raw
// metrics against SQL, min-max and rank scores): tests/analysis/tst_radaranalysis.cpp.
#include <radarchart.h>
#include <radarview.h>

#include <filterstate.h>
#include <store.h>

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "../support/imagecheck.h"
#include "../support/radarcolumns.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>

using namespace wattprint;
using namespace wattprint::testsupport::radar;

namespace {

using wattprint::testsupport::checkNotBlank;

} // namespace

class TestRadarView : public QObject
{
    Q_OBJECT

private:
    bool waitReady(int timeoutMs = 60000)
    {
        return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs);
    }

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<RadarView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void findingKnownAnswer();
    void findingEdgeCases();
    void clicksSelectIntoFilter();
    void legendBoxHidesSeries();
    void stateRoundTrip();
    void exportsPngSvgPdf();
    void timingOnFullDemo();
};

void TestRadarView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestRadarView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestRadarView::init()
{
    m_fx.reset();
    m_view = std::make_unique<RadarView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestRadarView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

void TestRadarView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("radar"));
    QCOMPARE(m_view->nugget(),
             QStringLiteral("Which architectures are balanced, and which pay for speed with energy?"));
    auto *grouping = m_view->findChild<QComboBox *>(QStringLiteral("groupingBox"));
    auto *norm = m_view->findChild<QComboBox *>(QStringLiteral("normBox"));
    QVERIFY(grouping && norm);
    QCOMPARE(norm->itemText(0), QStringLiteral("Min-max"));
    QVERIFY(!grouping->accessibleName().isEmpty() && !norm->accessibleName().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("at least two runs")));
}

void TestRadarView::findingKnownAnswer()
{
    // The scores behind it: tests/analysis/tst_radaranalysis.cpp knownAnswer.
    const RadarResult r = computeRadar(handColumns(KnownShapes), RadarGrouping::Shape);
    QCOMPARE(RadarView::findingFor(r),
             QStringLiteral("rectangle is the most balanced shape (its six min-max scores differ least, standard "
                            "deviation 0.12); trapezoid pays most for speed with energy (energy score 1.00 against "
                            "run-time score 0.00: median 300 J per run in 5 s)."));
}

void TestRadarView::findingEdgeCases()
{
    QCOMPARE(RadarView::findingFor(computeRadar(RunColumns(), RadarGrouping::Shape)),
             QStringLiteral("No runs match the filter."));
    const RadarResult one = computeRadar(handColumns({KnownShapes[0]}), RadarGrouping::Shape);
    QCOMPARE(RadarView::findingFor(one),
             QStringLiteral("Only one shape (rectangle) matches the filter: there is nothing to compare it with."));
    // The faster shape also uses less energy: nobody pays for speed.
    const RadarResult two = computeRadar(
        handColumns({{"rectangle", 100, 10, 10, 1, 0.1, 0.1}, {"trapezoid", 200, 20, 10, 2, 0.1, 0.1}}),
        RadarGrouping::Shape);
    QVERIFY(RadarView::findingFor(two).endsWith(
        QStringLiteral("no shape scores clearly higher on energy than on run time (by 0.15 or more).")));
}

void TestRadarView::clicksSelectIntoFilter()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    RadarChart *chart = m_view->chart();
    // A legend name.
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->legendNameCentre(2).toPoint());
    Filter f = m_fx.filterState->filter();
    QCOMPARE(f.shapes, QStringList{m_view->result()->series[2].name});
    QVERIFY(m_fx.lastFilterText.startsWith(QStringLiteral("Select shape")));
    QTest::qWait(20);
    QVERIFY(waitReady());
    // A corner of the (only) polygon now shown.
    QCOMPARE(m_view->result()->series.size(), std::size_t(1));
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->cornerPosition(0, 2).toPoint());
    QCOMPARE(m_fx.filterState->filter().shapes, f.shapes);
    // Datasets.
    m_fx.filterState->setFilter(Filter());
    m_view->setGrouping(RadarGrouping::Dataset);
    QTest::qWait(20);
    QVERIFY(waitReady());
    m_view->selectSeries(0);
    QCOMPARE(m_fx.filterState->filter().datasets, QStringList{m_view->result()->series[0].name});
    QVERIFY(m_fx.filterState->filter().shapes.isEmpty());
}

void TestRadarView::legendBoxHidesSeries()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    RadarChart *chart = m_view->chart();
    const QString name = m_view->result()->series[1].name;
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->legendBoxCentre(1).toPoint());
    QCOMPARE(m_view->hiddenSeries(), QStringList{name});
    QVERIFY(m_fx.filterState->filter().isEmpty()); // hiding does not filter
    // A hidden polygon is not hit.
    QCOMPARE(chart->hitAt(chart->cornerPosition(1, 0)).series == 1, false);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->legendBoxCentre(1).toPoint());
    QVERIFY(m_view->hiddenSeries().isEmpty());
}

void TestRadarView::stateRoundTrip()
{
    m_view->setGrouping(RadarGrouping::Dataset);
    m_view->setNormalisation(RadarNormalisation::Rank);
    m_view->setSeriesVisible(QStringLiteral("mnist"), false);
    const QJsonObject s = m_view->saveState();
    RadarView other;
    other.restoreState(s);
    QCOMPARE(other.grouping(), RadarGrouping::Dataset);
    QCOMPARE(other.normalisation(), RadarNormalisation::Rank);
    QCOMPARE(other.hiddenSeries(), QStringList{QStringLiteral("mnist")});
    QCOMPARE(other.saveState(), s);
}

void TestRadarView::exportsPngSvgPdf()
{
    m_view->show();
    QVERIFY(waitReady());
    QString error;
    const QString png = testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 96), qPrintable(error));
    checkNotBlank(QImage(png), 80);
    m_view->setNormalisation(RadarNormalisation::Rank);
    QVERIFY(
        m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-rank.png")), &error, 96));
    m_view->setGrouping(RadarGrouping::Dataset);
    QVERIFY(waitReady());
    const QString datasets = testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-datasets.png"));
    QVERIFY(m_view->exportToFile(datasets, &error, 96));
    checkNotBlank(QImage(datasets), 80);
    m_view->resize(700, 500);
    QTest::qWait(20);
    const QImage dock = m_view->grab().toImage();
    dock.save(testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-dock.png")));
    checkNotBlank(dock, 60);
    for (const char *name : {"radar.svg", "radar.pdf"}) {
        const QString path = testsupport::ViewTestEnvironment::outPath(QLatin1String(name));
        QVERIFY2(m_view->exportToFile(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    // Hand-made shapes with a known answer, as a picture.
    m_view->setGrouping(RadarGrouping::Shape);
}

void TestRadarView::timingOnFullDemo()
{
    const QString db = qEnvironmentVariable("WATTPRINT_CACHE_DB");
    if (db.isEmpty() || !QFile::exists(db))
        QSKIP("WATTPRINT_CACHE_DB is not set");
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_fx.setDataSource(db, Filter());
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(120000));
    qInfo("full demo: refresh to ready %lld ms; %s", t.elapsed(), qPrintable(m_view->finding()));
    QVERIFY(
        m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-full.png")), nullptr, 96));
    t.restart();
    m_view->setGrouping(RadarGrouping::Dataset);
    QVERIFY(waitReady(120000));
    qInfo("datasets: refresh to ready %lld ms; %s", t.elapsed(), qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-full-datasets.png")),
                                 nullptr, 96));
}

QTEST_MAIN(TestRadarView)
#include "tst_radarview.moc"
