// The radar view on a 5000-run demo store: raw metrics per shape and per dataset against SQL
// (medians, overhead share, the variability of configurations with repeated runs computed in the
// test), min-max and rank scores on hand values, the finding for hand-made shapes with a known
// answer, legend and polygon clicks into the filter, hiding series, state, and exports.
#include <radarchart.h>
#include <radarview.h>

#include <filterstate.h>
#include <store.h>

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;

namespace {

double type7(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (double(v.size()) - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}

bool near(double a, double b, double rel = 1e-12)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

using wattprint::testsupport::checkNotBlank;

struct HandShape
{
    const char *name;
    double energy, runTime, power, epd, variability, overheadShare;
};

// Two runs per shape in one configuration: energies E(1 - V) and E(1 + V), so the median is E and
// (Q3 - Q1) / median is V (type-7: Q1 = E(1 - V/2), Q3 = E(1 + V/2)).
RunColumns handColumns(const std::vector<HandShape> &shapes)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    for (const HandShape &s : shapes) {
        c.shapeNames << QString::fromLatin1(s.name);
        for (int k : {-1, 1}) {
            const double e = s.energy * (1 + k * s.variability);
            c.id.push_back(std::int64_t(c.id.size() + 1));
            c.dataset.push_back(0);
            c.shape.push_back(std::int32_t(c.shapeNames.size() - 1));
            c.nodeType.push_back(0);
            c.batch.push_back(0);
            c.size.push_back(256);
            c.depth.push_back(3);
            c.isGpu.push_back(0);
            c.slurmJobId.push_back(1);
            c.startNs.push_back(0);
            c.energy.push_back(e);
            c.runTime.push_back(s.runTime);
            c.power.push_back(s.power);
            c.nonOverheadEnergy.push_back(e * (1 - s.overheadShare));
            c.energyOverhead.push_back(e * s.overheadShare);
            c.energyPerEpoch.push_back(e / 3000);
            c.energyPerDatum.push_back(s.epd);
        }
    }
    return c;
}

const std::vector<HandShape> KnownShapes = {
    {"rectangle", 100, 10, 10, 1, 0.1, 0.1},
    {"trapezoid", 300, 5, 60, 3, 0.3, 0.3},
    {"exponential", 200, 20, 10, 2, 0.2, 0.2},
};

} // namespace

class TestRadarView : public QObject
{
    Q_OBJECT

private:
    bool waitReady(int timeoutMs = 60000) { return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs); }
    void compareWithSql(const QString &column);

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<RadarView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void rawMetricsMatchSqlByShape();
    void rawMetricsMatchSqlByDataset();
    void normalisationValues();
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
    QCOMPARE(m_view->nugget(), QStringLiteral("Which architectures are balanced, and which pay for speed with energy?"));
    auto *grouping = m_view->findChild<QComboBox *>(QStringLiteral("groupingBox"));
    auto *norm = m_view->findChild<QComboBox *>(QStringLiteral("normBox"));
    QVERIFY(grouping && norm);
    QCOMPARE(norm->itemText(0), QStringLiteral("Min-max"));
    QVERIFY(!grouping->accessibleName().isEmpty() && !norm->accessibleName().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("at least two runs")));
}

void TestRadarView::compareWithSql(const QString &column)
{
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT %1, energy, run_time, power, energy_per_datum, energy_overhead, dataset, shape, "
                                  "size, depth, is_gpu FROM runs")
                       .arg(column)));
    struct G
    {
        std::vector<double> v[4];
        double overhead = 0, energy = 0;
        std::size_t runs = 0;
    };
    std::map<QString, G> groups;
    std::map<std::tuple<QString, QString, QString, qint64, int, int>, std::vector<double>> configs;
    while (q.next()) {
        G &g = groups[q.value(0).toString()];
        ++g.runs;
        for (int m = 0; m < 4; ++m) {
            if (!q.value(1 + m).isNull())
                g.v[m].push_back(q.value(1 + m).toDouble());
        }
        g.energy += q.value(1).toDouble();
        g.overhead += q.value(5).toDouble();
        configs[{q.value(0).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(),
                 q.value(9).toInt(), q.value(10).toInt()}]
            .push_back(q.value(1).toDouble());
    }
    std::map<QString, std::vector<double>> variability;
    for (const auto &[key, energies] : configs) {
        if (energies.size() < 2)
            continue;
        const double med = type7(energies, 0.5);
        variability[std::get<0>(key)].push_back((type7(energies, 0.75) - type7(energies, 0.25)) / med);
    }
    const auto r = m_view->result();
    QVERIFY(r);
    QCOMPARE(r->series.size(), groups.size());
    for (const RadarSeries &s : r->series) {
        const G &g = groups.at(s.name);
        QCOMPARE(s.runs, g.runs);
        for (int m = 0; m < 4; ++m)
            QVERIFY2(near(s.raw[std::size_t(m)], type7(g.v[m], 0.5)), qPrintable(s.name));
        QVERIFY(near(s.raw[std::size_t(RadarMetric::OverheadShare)], g.overhead / g.energy, 1e-9));
        const auto it = variability.find(s.name);
        QCOMPARE(s.repeatedConfigurations, it == variability.end() ? std::size_t(0) : it->second.size());
        if (it != variability.end())
            QVERIFY2(near(s.raw[std::size_t(RadarMetric::Variability)], type7(it->second, 0.5), 1e-9), qPrintable(s.name));
        else
            QVERIFY(std::isnan(s.raw[std::size_t(RadarMetric::Variability)]));
    }
}

void TestRadarView::rawMetricsMatchSqlByShape()
{
    m_view->show();
    QVERIFY(waitReady());
    compareWithSql(QStringLiteral("shape"));
    // Shapes in the sweep's order.
    const auto r = m_view->result();
    QCOMPARE(r->series.front().name, QStringLiteral("rectangle"));
    QCOMPARE(r->series.back().name, QStringLiteral("wide_first_16x"));
    qInfo("finding (5000 runs, shapes): %s", qPrintable(m_view->finding()));
}

void TestRadarView::rawMetricsMatchSqlByDataset()
{
    m_view->setGrouping(RadarGrouping::Dataset);
    m_view->show();
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->grouping, RadarGrouping::Dataset);
    compareWithSql(QStringLiteral("dataset"));
    qInfo("finding (5000 runs, datasets): %s", qPrintable(m_view->finding()));
}

void TestRadarView::normalisationValues()
{
    RadarResult r;
    for (double v : {1.0, 2.0, 2.0, 5.0}) {
        RadarSeries s;
        s.name = QString::number(v);
        s.raw.fill(v);
        s.raw[std::size_t(RadarMetric::Power)] = 7; // all equal
        r.series.push_back(s);
    }
    r.series[1].raw[std::size_t(RadarMetric::Variability)] = std::nan("");
    r.totalRuns = 4;
    RadarView::normalise(r, RadarNormalisation::MinMax);
    const double minmax[] = {0, 0.25, 0.25, 1};
    for (std::size_t s = 0; s < 4; ++s) {
        QVERIFY(near(r.series[s].score[std::size_t(RadarMetric::Energy)], minmax[s]));
        QCOMPARE(r.series[s].score[std::size_t(RadarMetric::Power)], 0.5);
    }
    QVERIFY(std::isnan(r.series[1].score[std::size_t(RadarMetric::Variability)]));
    // Without series 1, variability spans 1..5: series 2 scores (2 - 1) / 4.
    QVERIFY(near(r.series[2].score[std::size_t(RadarMetric::Variability)], 0.25));
    QCOMPARE(r.min[0], 1.0);
    QCOMPARE(r.max[0], 5.0);
    RadarView::normalise(r, RadarNormalisation::Rank);
    const double rank[] = {0, 0.5, 0.5, 1}; // ties at positions 1 and 2 share 1.5 / 3
    for (std::size_t s = 0; s < 4; ++s)
        QVERIFY(near(r.series[s].score[std::size_t(RadarMetric::Energy)], rank[s]));
    // Variability ranks among the three with a value: 1, 2, 5 -> 0, 0.5, 1.
    QVERIFY(near(r.series[2].score[std::size_t(RadarMetric::Variability)], 0.5));
    QVERIFY(near(r.series[3].score[std::size_t(RadarMetric::Variability)], 1.0));
    QCOMPARE(r.series[0].score[std::size_t(RadarMetric::Power)], 0.5);
}

void TestRadarView::findingKnownAnswer()
{
    const RadarResult r = RadarView::compute(handColumns(KnownShapes), RadarGrouping::Shape);
    QCOMPARE(r.series.size(), std::size_t(3));
    const RadarSeries &a = r.series[0];
    QCOMPARE(a.name, QStringLiteral("rectangle"));
    QVERIFY(near(a.raw[std::size_t(RadarMetric::Variability)], 0.1, 1e-12));
    QVERIFY(near(a.raw[std::size_t(RadarMetric::OverheadShare)], 0.1, 1e-12));
    // Min-max scores by hand: rectangle {0, 1/3, 0, 0, 0, 0}, SD 0.124; trapezoid {1, 0, 1, 1, 1, 1},
    // SD 0.373; exponential {0.5, 1, 0, 0.5, 0.5, 0.5}, SD 0.289.
    QVERIFY(near(a.spread, std::sqrt((1.0 / 9) / 6 - std::pow(1.0 / 18, 2)), 1e-9));
    QCOMPARE(r.balanced, 0);
    QCOMPARE(r.paysForSpeed, 1);
    QCOMPARE(RadarView::findingFor(r),
             QStringLiteral("rectangle is the most balanced shape (its six min-max scores differ least, standard "
                            "deviation 0.12); trapezoid pays most for speed with energy (energy score 1.00 against "
                            "run-time score 0.00: median 300 J per run in 5 s)."));
    RadarResult ranked = r;
    RadarView::normalise(ranked, RadarNormalisation::Rank);
    // Rank scores: rectangle {0, 0.5, 0.25, 0, 0, 0}: power ties with exponential at 10 W.
    QVERIFY(near(ranked.series[0].score[std::size_t(RadarMetric::Power)], 0.25));
    QCOMPARE(ranked.balanced, 0);
    QCOMPARE(ranked.paysForSpeed, 1);
}

void TestRadarView::findingEdgeCases()
{
    QCOMPARE(RadarView::findingFor(RadarView::compute(RunColumns(), RadarGrouping::Shape)),
             QStringLiteral("No runs match the filter."));
    const RadarResult one = RadarView::compute(handColumns({KnownShapes[0]}), RadarGrouping::Shape);
    QCOMPARE(RadarView::findingFor(one),
             QStringLiteral("Only one shape (rectangle) matches the filter: there is nothing to compare it with."));
    // Energy score 0.1 above run time only: not enough to call it paying for speed.
    const RadarResult small = RadarView::compute(
        handColumns({{"rectangle", 100, 10, 10, 1, 0.1, 0.1}, {"trapezoid", 200, 20, 10, 2, 0.1, 0.1},
                     {"exponential", 110, 10, 10, 1, 0.1, 0.1}}),
        RadarGrouping::Shape);
    QCOMPARE(small.paysForSpeed, -1);
    // The faster shape also uses less energy: nobody pays for speed.
    const RadarResult two = RadarView::compute(
        handColumns({{"rectangle", 100, 10, 10, 1, 0.1, 0.1}, {"trapezoid", 200, 20, 10, 2, 0.1, 0.1}}),
        RadarGrouping::Shape);
    QVERIFY(RadarView::findingFor(two).endsWith(QStringLiteral("no shape scores clearly higher on energy than on run time (by 0.15 or more).")));
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
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-rank.png")), &error, 96));
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
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-full.png")), nullptr, 96));
    t.restart();
    m_view->setGrouping(RadarGrouping::Dataset);
    QVERIFY(waitReady(120000));
    qInfo("datasets: refresh to ready %lld ms; %s", t.elapsed(), qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("radar-full-datasets.png")),
                                 nullptr, 96));
}

QTEST_MAIN(TestRadarView)
#include "tst_radarview.moc"
