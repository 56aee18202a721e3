// The radar view on a 5000-run demo store: the finding for hand-made shapes with a known answer
// on each scale, the near-equal note, hover texts with raw values and ratios, legend and polygon
// clicks into the filter, hiding series, state (old layouts too), and exports. Its numbers (raw
// metrics against SQL, median-ratio, min-max and rank scores): tests/analysis/tst_radaranalysis.cpp.
#include <radarchart.h>
#include <radarview.h>

#include <filterstate.h>
#include <store.h>

#include <QAreaSeries>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QPolarChart>
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
    void findingMedianRatio();
    void nearEqualNote();
    void hoverTexts();
    void oldLayouts();
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
    QCOMPARE(norm->count(), 3);
    QCOMPARE(norm->itemText(0), QStringLiteral("Ratio to median (log)"));
    QCOMPARE(norm->itemText(1), QStringLiteral("Stretched: min to max"));
    QCOMPARE(norm->itemText(2), QStringLiteral("Stretched: rank order"));
    QCOMPARE(norm->currentData().toString(), QStringLiteral("median"));
    QCOMPARE(m_view->normalisation(), RadarNormalisation::MedianRatio);
    QVERIFY(!grouping->accessibleName().isEmpty() && !norm->accessibleName().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("at least two runs")));
}

void TestRadarView::findingKnownAnswer()
{
    // The scores behind it: tests/analysis/tst_radaranalysis.cpp knownAnswer.
    RadarResult r = computeRadar(handColumns(KnownShapes), RadarGrouping::Shape);
    normaliseRadar(r, RadarNormalisation::MinMax);
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
    RadarResult two = computeRadar(
        handColumns({{"rectangle", 100, 10, 10, 1, 0.1, 0.1}, {"trapezoid", 200, 20, 10, 2, 0.1, 0.1}}),
        RadarGrouping::Shape);
    QVERIFY2(RadarView::findingFor(two).contains(
                 QStringLiteral("no shape pays clearly for speed with energy (an energy ratio at least 1.10\u00D7 its "
                                "run-time ratio).")),
             qPrintable(RadarView::findingFor(two)));
    normaliseRadar(two, RadarNormalisation::MinMax);
    QVERIFY(RadarView::findingFor(two).contains(
        QStringLiteral("no shape scores clearly higher on energy than on run time (by 0.15 or more).")));
    // Power (10 W), variability and overhead share (both 10 %) are the same for both shapes.
    QVERIFY2(RadarView::findingFor(two).endsWith(
                 QStringLiteral("All shapes are within 1% on median power, variability and overhead share.")),
             qPrintable(RadarView::findingFor(two)));
}

void TestRadarView::findingMedianRatio()
{
    // The ratios behind it: tests/analysis/tst_radaranalysis.cpp knownAnswerMedianRatio.
    const RadarResult r = computeRadar(handColumns(KnownShapes), RadarGrouping::Shape);
    QCOMPARE(
        RadarView::findingFor(r),
        QStringLiteral("exponential is the most balanced shape (its costs lie between 1.00\u00D7 and 2.00\u00D7 the "
                       "median, the least uneven); trapezoid pays most for speed with energy (energy 1.50\u00D7 "
                       "the median against run time 0.50\u00D7: median 300 J per run in 5 s)."));
    QCOMPARE(RadarView::ratioText(1.003), QStringLiteral("1.00\u00D7"));
    QCOMPARE(RadarView::ratioText(12.34), QStringLiteral("12.3\u00D7"));
    QCOMPARE(RadarView::ringText(1 / 1.4), QStringLiteral("0.71\u00D7"));
    QCOMPARE(RadarView::ringText(1.25), QStringLiteral("1.25\u00D7"));
}

void TestRadarView::nearEqualNote()
{
    // Power 414, 416, 418 W (within 1 %), energy 100, 103, 104 J (within 4 %), run time 10 to 20 s.
    const RadarResult r = computeRadar(handColumns({{"rectangle", 100, 10, 414, 1, 0.1, 0.1},
                                                    {"trapezoid", 103, 20, 416, 2, 0.2, 0.2},
                                                    {"exponential", 104, 15, 418, 3, 0.3, 0.3}}),
                                       RadarGrouping::Shape);
    QCOMPARE(RadarView::nearEqualNote(r),
             QStringLiteral("All shapes are within 4% on median energy and 1% on median power."));
    QVERIFY(RadarView::findingFor(r).endsWith(RadarView::nearEqualNote(r)));
    QCOMPARE(RadarView::withinText(0.03), QStringLiteral("3%"));
    QCOMPARE(RadarView::withinText(0.0301), QStringLiteral("4%")); // rounded up: "within" must hold
    QCOMPARE(RadarView::withinText(0), QStringLiteral("1%"));
    // Shown on the chart too: the caption carries it; the axis says what 1x is there.
    m_view->show();
    QVERIFY(waitReady());
    RadarChart *chart = m_view->chart();
    chart->setResult(std::make_shared<RadarResult>(r), {});
    const QImage image = chart->grab().toImage();
    checkNotBlank(image, 60);
}

void TestRadarView::hoverTexts()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    RadarChart *chart = m_view->chart();
    const auto r = m_view->result();
    // Every corner: its raw value with units, and its ratio to the median.
    for (int m = 0; m < RadarMetricCount; ++m) {
        const RadarChart::Hit hit = chart->hitAt(chart->cornerPosition(0, m));
        QCOMPARE(hit.kind, RadarChart::Hit::Corner);
        const RadarSeries &s = r->series[std::size_t(hit.series)];
        const QString text = chart->toolTipFor(hit);
        const QString expected = QStringLiteral("%1: %2, %3 the median")
                                     .arg(RadarView::metricLabel(RadarMetric(hit.metric)),
                                          RadarView::formatRaw(RadarMetric(hit.metric), s.raw[std::size_t(hit.metric)]),
                                          RadarView::ratioText(s.ratio[std::size_t(hit.metric)]));
        QVERIFY2(text.contains(expected), qPrintable(text + QStringLiteral(" / ") + expected));
    }
    // The stretched scales add the score.
    m_view->setNormalisation(RadarNormalisation::MinMax);
    const RadarChart::Hit hit = chart->hitAt(chart->cornerPosition(0, 0));
    QVERIFY2(chart->toolTipFor(hit).contains(QStringLiteral(" the median (score ")),
             qPrintable(chart->toolTipFor(hit)));
}

void TestRadarView::oldLayouts()
{
    // Saved before the median ratios: the names minmax and rank keep their scale.
    RadarView a;
    a.restoreState(QJsonObject{{QStringLiteral("normalisation"), QStringLiteral("minmax")}});
    QCOMPARE(a.normalisation(), RadarNormalisation::MinMax);
    QCOMPARE(a.findChild<QComboBox *>(QStringLiteral("normBox"))->currentData().toString(), QStringLiteral("minmax"));
    a.restoreState(QJsonObject{{QStringLiteral("normalisation"), QStringLiteral("rank")}});
    QCOMPARE(a.normalisation(), RadarNormalisation::Rank);
    // No key, or an unknown name: the default.
    a.restoreState(QJsonObject{{QStringLiteral("grouping"), QStringLiteral("dataset")}});
    QCOMPARE(a.normalisation(), RadarNormalisation::MedianRatio);
    QCOMPARE(a.grouping(), RadarGrouping::Dataset);
    a.setNormalisation(RadarNormalisation::Rank);
    a.restoreState(QJsonObject{{QStringLiteral("normalisation"), QStringLiteral("log")}});
    QCOMPARE(a.normalisation(), RadarNormalisation::MedianRatio);
    QCOMPARE(a.saveState().value(QStringLiteral("normalisation")).toString(), QStringLiteral("median"));
}

void TestRadarView::clicksSelectIntoFilter()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    RadarChart *chart = m_view->chart();
    // A legend name.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->legendNameCentre(2).toPoint());
    Filter f = m_fx.filterState->filter();
    QCOMPARE(f.shapes, QStringList{m_view->result()->series[2].name});
    QVERIFY(m_fx.lastFilterText.startsWith(QStringLiteral("Select shape")));
    QTest::qWait(20);
    QVERIFY(waitReady());
    // A corner of the (only) polygon now shown.
    QCOMPARE(m_view->result()->series.size(), std::size_t(1));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->cornerPosition(0, 2).toPoint());
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
    // A Qt Charts polar chart: the series shown and the legend are its own.
    QVERIFY(qobject_cast<QPolarChart *>(chart->polarChart()));
    const QString name = m_view->result()->series[1].name;
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->legendBoxCentre(1).toPoint());
    QCOMPARE(m_view->hiddenSeries(), QStringList{name});
    QVERIFY(m_fx.filterState->filter().isEmpty()); // hiding does not filter
    // The chart hides the series' polygon and keeps its legend entry to show it again.
    int areas = 0;
    for (QAbstractSeries *series : chart->polarChart()->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            ++areas;
            QCOMPARE(area->isVisible(), area->name() != name);
        }
    }
    QCOMPARE(areas, int(m_view->result()->series.size()));
    QVERIFY(chart->legendBoxCentre(1).x() >= 0);
    // A hidden polygon is not hit.
    QCOMPARE(chart->hitAt(chart->cornerPosition(1, 0)).series == 1, false);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->legendBoxCentre(1).toPoint());
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
