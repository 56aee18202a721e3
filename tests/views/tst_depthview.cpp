// The energy-vs-depth small multiples: quartiles against brute force over SQL on a 5000-run demo
// store (against numpy, and the departures, in tests/analysis/tst_depthanalysis.cpp); captions for
// hand-made kinks; the finding sentence for fixtures with a known answer (tests/fixtures/depth.json);
// click-to-filter on a cell, a line and a legend entry; state; PNG/SVG/PDF exports at 1400x900.
#include <demostore.h>
#include <depthview.h>
#include <filterhistory.h>
#include <filterstate.h>
#include <runloader.h>
#include <store.h>

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "../support/depthcolumns.h"
#include "../support/imagecheck.h"
#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;
using namespace wattprint::testsupport::depth;

namespace {

// numpy.percentile's default (linear, type 7), written out here.
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
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

using wattprint::testsupport::checkNotBlank;

// Pixels close to a colour (the lines and bands are drawn in the shapes' colours).
double colourShare(const QImage &image, QColor c, int tolerance = 10)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p(image.pixel(x, y));
            n += std::abs(p.red() - c.red()) <= tolerance && std::abs(p.green() - c.green()) <= tolerance
                && std::abs(p.blue() - c.blue()) <= tolerance;
        }
    }
    return double(n) / (double(image.width()) * image.height());
}

// Paul Tol's "muted" colours as the view promises them, shape by shape.
const std::map<QString, QColor> MutedByShape = {{QStringLiteral("rectangle"), QColor(0x33, 0x22, 0x88)},
                                                {QStringLiteral("trapezoid"), QColor(0xcc, 0x66, 0x77)},
                                                {QStringLiteral("exponential"), QColor(0x11, 0x77, 0x33)},
                                                {QStringLiteral("wide_first_2x"), QColor(0xdd, 0xcc, 0x77)},
                                                {QStringLiteral("rectangle_residual"), QColor(0x88, 0xcc, 0xee)},
                                                {QStringLiteral("wide_first_4x"), QColor(0xaa, 0x44, 0x99)},
                                                {QStringLiteral("wide_first_8x"), QColor(0x99, 0x99, 0x33)},
                                                {QStringLiteral("wide_first_16x"), QColor(0x88, 0x22, 0x55)}};

} // namespace

class TestDepthView : public QObject
{
    Q_OBJECT

private:
    void setFilter(const Filter &filter);
    void useColumns(const RunColumns &columns);
    bool waitReady(ViewPanel *view, int timeoutMs = 30000);
    QString outPath(const QString &name) const;
    // A point inside the panel's plot area that is not on any line.
    std::optional<QPoint> emptySpotIn(int panel) const;

    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_fixture;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AnalysisService> m_service;
    std::unique_ptr<FilterState> m_filterState;
    std::unique_ptr<FilterHistory> m_filterHistory;
    ViewEnvironment m_env;
    quint64 m_generation = 0;
    QString m_lastFilterText;
    std::unique_ptr<DepthView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void textsAndLanguageChange();
    void captionsByHand();
    void findingKnownAnswers();
    void captionsAndToleranceSpinBox();
    void seriesMatchSqlOnDemo();
    void sizeBandsMatchSqlOnDemo();
    void clickCellSelectsDataset();
    void clickLineAndLegendSelectShape();
    void clickSizeBandSelectsRange();
    void emptyFilter();
    void stateRoundTrip();
    void exportsReadableAt1400x900();
    void controlsNamedAndReachable();
    void narrowDockTakesFewerColumns();
    void timingOnLargeStore();
};

void TestDepthView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = loadFixture();
    QVERIFY(m_fixture.contains(QStringLiteral("expected")));
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_store = std::make_unique<Store>(m_path);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 0;
    const ImportReport report = DemoStore::build(m_store.get(), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
}

void TestDepthView::cleanupTestCase()
{
    m_store.reset();
}

void TestDepthView::init()
{
    m_service = std::make_unique<AnalysisService>();
    m_filterState = std::make_unique<FilterState>();
    m_lastFilterText.clear();
    setFilter(Filter());
    connect(m_filterState.get(), &FilterState::changed, m_service.get(),
            [this] { setFilter(m_filterState->filter()); });
    m_env = ViewEnvironment();
    m_env.service = m_service.get();
    m_env.filterState = m_filterState.get();
    m_filterHistory = std::make_unique<FilterHistory>(m_filterState.get());
    // A selection is a step on the undo stack, named as the view proposed it.
    connect(m_filterHistory->undoStack(), &QUndoStack::indexChanged, m_filterHistory.get(),
            [this] { m_lastFilterText = m_filterHistory->undoStack()->undoText(); });
    m_env.filterHistory = m_filterHistory.get();
    const QString path = m_path;
    m_env.sourceDescription = [path] {
        Store s(path);
        QString e;
        return s.open(&e) ? s.sourceDescription() : e;
    };
    m_env.isSynthetic = [path] {
        Store s(path);
        QString e;
        return s.open(&e) && s.hasSyntheticData();
    };
    m_view = std::make_unique<DepthView>();
    m_view->resize(1400, 900);
    m_view->setEnvironment(m_env);
}

void TestDepthView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_filterHistory.reset();
    m_filterState.reset();
}

void TestDepthView::setFilter(const Filter &filter)
{
    const QString path = m_path;
    m_service->setDataSource(++m_generation,
                             [path, filter](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
                                 Store store(path);
                                 if (!store.open(error))
                                     return false;
                                 return RunLoader(&store).load(filter, out, cancel, error);
                             });
}

void TestDepthView::useColumns(const RunColumns &columns)
{
    m_service->setDataSource(++m_generation, [columns](RunColumns *out, const std::atomic_bool *, QString *) {
        *out = columns;
        return true;
    });
}

bool TestDepthView::waitReady(ViewPanel *view, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!view->isReady() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return view->isReady();
}

QString TestDepthView::outPath(const QString &name) const
{
    return QStringLiteral(WATTPRINT_OUTPUT_DIR "/") + name;
}

std::optional<QPoint> TestDepthView::emptySpotIn(int panel) const
{
    QCPAxisRect *rect = m_view->cellRect(panel);
    if (!rect)
        return std::nullopt;
    const QRect r = rect->rect();
    for (int fy = 1; fy < 10; ++fy) {
        for (int fx = 1; fx < 10; ++fx) {
            const QPoint p(r.left() + r.width() * fx / 10, r.top() + r.height() * fy / 10);
            bool clear = true;
            for (int dx = -12; dx <= 12 && clear; dx += 4) {
                for (int dy = -12; dy <= 12 && clear; dy += 4)
                    clear = !m_view->plot()->plottableAt(QPointF(p.x() + dx, p.y() + dy), true);
            }
            if (clear)
                return p;
        }
    }
    return std::nullopt;
}

void TestDepthView::textsAndLanguageChange()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("depth"));
    QCOMPARE(m_view->objectName(), QStringLiteral("depth"));
    QCOMPARE(m_view->nugget(), QStringLiteral("At what depth does energy stop growing linearly?"));
    QCOMPARE(m_view->title(), QStringLiteral("Energy vs depth small multiples"));
    QVERIFY(m_view->howToRead().contains(QStringLiteral("depths 2-5")));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(), m_view->nugget());
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("groupingBox"))->itemText(1),
             QStringLiteral("One per size band"));
    QCOMPARE(m_view->findChild<QSpinBox *>(QStringLiteral("toleranceBox"))->value(), 25);
}

void TestDepthView::captionsByHand()
{
    // Exactly on 100 + 10 d, then 30 % above the line from depth 12 (the departures themselves
    // are tested in tests/analysis/tst_depthanalysis.cpp).
    std::vector<HandRun> runs;
    addLine(runs, QStringLiteral("kinked"), 12, 1.3);
    const RunColumns c = handColumns(runs);
    DepthResult r = computeDepth(c, DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::captionFor(r.panels.front(), 0.25), QStringLiteral("departs at depth 12 (+30%)"));

    r = computeDepth(c, DepthMetric::Energy, DepthGrouping::Shape, 0.3 + 1e-9);
    QCOMPARE(DepthView::captionFor(r.panels.front(), 0.35), QStringLiteral("linear up to depth 20 (within 35%)"));

    // Below the line: 40 % under from depth 7.
    runs.clear();
    addLine(runs, QStringLiteral("sagging"), 7, 0.6);
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::captionFor(r.panels.front(), 0.25), QStringLiteral("departs at depth 7 (-40%)"));
}

void TestDepthView::findingKnownAnswers()
{
    // The numpy fixture at 25 %: alpha departs at 10 (linear through 9), beta linear through 20,
    // delta has nothing beyond 5 (through 5), epsilon departs at 18 (through 16); gamma cannot be
    // fitted. Linear through, descending: 20, 16, 9, 5: more than half (3 of 4) are linear
    // through depth 9. Three of four lines rise.
    const DepthResult fixture = computeDepth(fixtureColumns(m_fixture), DepthMetric::Energy, DepthGrouping::Shape,
                                             0.25);
    QCOMPARE(DepthView::findingFor(fixture),
             QStringLiteral("Energy grows about linearly with depth up to depth 9 on most datasets; 2 of 4 depart by "
                            "more than 25% at deeper depths, first at depth 10 (alpha)."));

    // The thirteen BUTTER datasets: six straight to depth 20; mnist departs at 10; six others at 12
    // (linear through 10). Linear through, descending: 20 x6, 10 x6, 9: the 7th is 10.
    const QStringList names = {QStringLiteral("201_pol"),
                               QStringLiteral("294_satellite_image"),
                               QStringLiteral("505_tecator"),
                               QStringLiteral("529_pollen"),
                               QStringLiteral("537_houses"),
                               QStringLiteral("adult"),
                               QStringLiteral("banana"),
                               QStringLiteral("connect_4"),
                               QStringLiteral("mnist"),
                               QStringLiteral("nursery"),
                               QStringLiteral("sleep"),
                               QStringLiteral("splice"),
                               QStringLiteral("wine_quality_white")};
    const QStringList atTwelve = {QStringLiteral("294_satellite_image"),
                                  QStringLiteral("529_pollen"),
                                  QStringLiteral("adult"),
                                  QStringLiteral("banana"),
                                  QStringLiteral("nursery"),
                                  QStringLiteral("sleep")};
    std::vector<HandRun> runs;
    for (const QString &name : names) {
        if (name == QLatin1String("mnist"))
            addLine(runs, name, 10, 1.5);
        else if (atTwelve.contains(name))
            addLine(runs, name, 12, 0.5);
        else
            addLine(runs, name);
    }
    DepthResult r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::findingFor(r),
             QStringLiteral("Energy grows about linearly with depth up to depth 10 on most datasets; 7 of 13 depart by "
                            "more than 25% at deeper depths, first at depth 10 (mnist)."));
    // At 60 %: mnist's 1.5x jump and the others' 0.5x drops are 50 % each, so nothing departs.
    r = computeDepth(handColumns(runs), DepthMetric::EnergyPerDatum, DepthGrouping::Shape, 0.6);
    QCOMPARE(DepthView::findingFor(r),
             QStringLiteral("Energy per datum grows about linearly with depth on all 13 datasets: none departs by more "
                            "than 60% from the straight line fitted to depths 2-5, up to depth 20."));

    // Two datasets tie for the first departure; every dataset departs.
    runs.clear();
    addLine(runs, QStringLiteral("adult"), 8, 2.0);
    addLine(runs, QStringLiteral("mnist"), 8, 2.0);
    addLine(runs, QStringLiteral("sleep"), 14, 2.0);
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::findingFor(r),
             QStringLiteral("Energy grows about linearly with depth up to depth 7 on most datasets; all 3 depart by "
                            "more than 25% at deeper depths, first at depth 8 (adult and mnist)."));

    // A single departure is named, not counted as "first".
    runs.clear();
    addLine(runs, QStringLiteral("adult"));
    addLine(runs, QStringLiteral("banana"));
    addLine(runs, QStringLiteral("mnist"), 14, 1.3);
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(
        DepthView::findingFor(r),
        QStringLiteral("Energy grows about linearly with depth up to depth 20 on most datasets; only mnist departs "
                       "by more than 25%, at depth 14 (1 of 3 datasets)."));

    // One dataset: said by name.
    runs.clear();
    addLine(runs, QStringLiteral("mnist"), 10, 1.38);
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::findingFor(r),
             QStringLiteral("On mnist, energy grows about linearly with depth up to depth 9, then departs from the "
                            "straight line fitted to depths 2-5 by +38% at depth 10."));
    runs.clear();
    addLine(runs, QStringLiteral("mnist"));
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::findingFor(r),
             QStringLiteral("On mnist, energy grows about linearly with depth up to depth 20: every depth stays within "
                            "25% of the straight line fitted to depths 2-5."));

    // Falling energy says so.
    runs.clear();
    for (int d : SweepDepths)
        runs.push_back({QStringLiteral("banana"), d, 1000.0 - 10.0 * d});
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QVERIFY2(DepthView::findingFor(r).startsWith(QStringLiteral("On banana, energy falls about linearly")),
             qPrintable(DepthView::findingFor(r)));

    // Nothing to fit, nothing to show.
    runs = {{QStringLiteral("adult"), 7, 10}, {QStringLiteral("adult"), 8, 12}};
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(
        DepthView::findingFor(r),
        QStringLiteral("No dataset in the filter has runs at two or more of depths 2-5, so no straight line can be "
                       "fitted to the shallow depths."));
    runs = {{QStringLiteral("adult"), 7, 0.0}};
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::findingFor(r),
             QStringLiteral("None of the 1 runs in the filter has a positive energy per run to show on a log axis."));
    r = computeDepth(RunColumns(), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(DepthView::findingFor(r), QStringLiteral("No runs match the filter."));
}

void TestDepthView::captionsAndToleranceSpinBox()
{
    useColumns(fixtureColumns(m_fixture));
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QCOMPARE(r->panels.size(), std::size_t(5));
    QCOMPARE(m_view->caption(0), QStringLiteral("departs at depth 10 (+42%)")); // alpha, ratio 1.4155
    QCOMPARE(m_view->caption(1), QStringLiteral("linear up to depth 20 (within 25%)"));
    QCOMPARE(m_view->caption(2), QStringLiteral("no depth beyond 5 to check"));
    QCOMPARE(m_view->caption(3), QStringLiteral("departs at depth 18 (the line ends)"));
    QCOMPARE(m_view->caption(4), QStringLiteral("too few of depths 2-5 to fit a line"));
    QVERIFY(m_view->cellRect(4));
    QVERIFY(!m_view->cellRect(5));
    // Graphs drawn: per series a band (two graphs) and a median line; per panel the pooled
    // medians, the fit if any, the departure ring if any; the legend's swatches.
    int expectedGraphs = 0;
    for (const DepthPanel &p : r->panels)
        expectedGraphs += int(3 * p.series.size()) + 1 + (p.fit ? 1 : 0)
            + (p.verdict == DepthPanel::Verdict::Departs ? 1 : 0);
    expectedGraphs += int(r->groups.size()) + 4;
    QCOMPARE(m_view->plot()->graphCount(), expectedGraphs);
    // The legend wraps into two columns; an odd count leaves its last cell empty.
    QStringList entries;
    for (int i = 0; i < m_view->legend()->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_view->legend()->item(i)))
            entries << item->plottable()->name();
    }
    QCOMPARE(entries,
             (QStringList{QStringLiteral("rectangle"), QStringLiteral("trapezoid"), QStringLiteral("wide_first_16x"),
                          QStringLiteral("Middle half of runs"), QStringLiteral("Median, all runs"),
                          QStringLiteral("Line fitted to depths 2-5"), QStringLiteral("Departs by > 25%")}));
    QCOMPARE(m_view->plot()->itemCount(), 2); // the two red lines

    // The tolerance spin box, as a user would: 50 % moves alpha's departure to depth 12.
    auto *spin = m_view->findChild<QSpinBox *>(QStringLiteral("toleranceBox"));
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    spin->setValue(50);
    QCOMPARE(m_view->tolerance(), 0.5);
    QCOMPARE(state.count(), 1);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->result()->tolerance, 0.5);
    QCOMPARE(m_view->caption(0), QStringLiteral("departs at depth 12 (+87%)")); // 1.8663
    QVERIFY2(m_view->finding().contains(QStringLiteral("by more than 50%")), qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("depth-fixture.png")), nullptr, 96, QSize(1400, 900)));
}

void TestDepthView::seriesMatchSqlOnDemo()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QVERIFY(r);
    // Brute force: every (dataset, shape, depth) from SQL, quartiles computed here.
    std::map<std::tuple<QString, QString, int>, std::vector<double>> groups;
    std::map<std::pair<QString, int>, std::vector<double>> overall;
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT dataset, shape, depth, energy FROM runs WHERE energy > 0")));
    std::size_t rows = 0;
    while (q.next()) {
        groups[{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()}].push_back(q.value(3).toDouble());
        overall[{q.value(0).toString(), q.value(2).toInt()}].push_back(q.value(3).toDouble());
        ++rows;
    }
    QCOMPARE(r->plottedRuns, rows);
    std::size_t seen = 0;
    QStringList datasets;
    for (const DepthPanel &p : r->panels) {
        datasets << p.dataset;
        for (const DepthSeries &s : p.series) {
            for (const DepthPoint &pt : s.points) {
                const auto it = groups.find({p.dataset, s.name, pt.depth});
                QVERIFY(it != groups.end());
                QCOMPARE(pt.n, it->second.size());
                QVERIFY(near(pt.q1, type7(it->second, 0.25)));
                QVERIFY(near(pt.median, type7(it->second, 0.5)));
                QVERIFY(near(pt.q3, type7(it->second, 0.75)));
                ++seen;
            }
        }
        for (const DepthPoint &pt : p.overall) {
            const auto it = overall.find({p.dataset, pt.depth});
            QVERIFY(it != overall.end());
            QVERIFY(near(pt.median, type7(it->second, 0.5)));
        }
    }
    QCOMPARE(seen, groups.size());
    QStringList sorted = datasets;
    sorted.sort();
    QCOMPARE(datasets, sorted);
    QCOMPARE(r->panels.size(), std::size_t(13));
    // What is on screen: one median graph per series, carrying the series' medians.
    for (std::size_t i = 0; i < r->panels.size(); ++i) {
        for (const DepthSeries &s : r->panels[i].series) {
            QCPGraph *g = m_view->medianGraph(int(i), s.key);
            QVERIFY(g);
            QCOMPARE(g->dataCount(), int(s.points.size()));
            QCOMPARE(g->data()->at(0)->value, s.points.front().median);
            QCOMPARE(g->pen().color(), MutedByShape.at(s.name));
        }
    }
    // Shared axes: every cell shows the same ranges.
    const QCPRange x0 = m_view->cellRect(0)->axis(QCPAxis::atBottom)->range();
    const QCPRange y0 = m_view->cellRect(0)->axis(QCPAxis::atLeft)->range();
    for (std::size_t i = 1; i < r->panels.size(); ++i) {
        QCOMPARE(m_view->cellRect(int(i))->axis(QCPAxis::atBottom)->range(), x0);
        QCOMPARE(m_view->cellRect(int(i))->axis(QCPAxis::atLeft)->range(), y0);
    }
    QVERIFY(y0.lower <= r->valueMin && y0.upper >= r->valueMax);
    QVERIFY(!m_view->finding().isEmpty());
    qInfo("demo finding: %s", qPrintable(m_view->finding()));
}

void TestDepthView::sizeBandsMatchSqlOnDemo()
{
    m_view->setGrouping(DepthGrouping::SizeBand);
    m_view->setMetric(DepthMetric::EnergyPerDatum);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QCOMPARE(r->grouping, DepthGrouping::SizeBand);
    std::map<std::tuple<QString, int, int>, std::vector<double>> groups;
    QSqlQuery q(m_store->database());
    // Bands in SQL: 32-512, 1024-16384, 32768-524288, 2^20 and more.
    QVERIFY(q.exec(QStringLiteral("SELECT dataset, CASE WHEN size < 1024 THEN 0 WHEN size < 32768 THEN 1 "
                                  "WHEN size < 1048576 THEN 2 ELSE 3 END, depth, energy_per_datum FROM runs "
                                  "WHERE energy_per_datum > 0")));
    while (q.next())
        groups[{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()}].push_back(q.value(3).toDouble());
    std::size_t seen = 0;
    for (const DepthPanel &p : r->panels) {
        QVERIFY(p.series.size() <= 4);
        for (const DepthSeries &s : p.series) {
            for (const DepthPoint &pt : s.points) {
                const auto it = groups.find({p.dataset, s.key, pt.depth});
                QVERIFY(it != groups.end());
                QCOMPARE(pt.n, it->second.size());
                QVERIFY(near(pt.q1, type7(it->second, 0.25)));
                QVERIFY(near(pt.median, type7(it->second, 0.5)));
                QVERIFY(near(pt.q3, type7(it->second, 0.75)));
                ++seen;
            }
        }
    }
    QCOMPARE(seen, groups.size());
    QCOMPARE(r->groups.size(), std::size_t(4));
    QCOMPARE(r->groups.front().name, QStringLiteral("32-512 params"));
    QVERIFY(m_view->finding().startsWith(QStringLiteral("Energy per datum")));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("depth-sizebands.png")), nullptr, 96, QSize(1400, 900)));
}

void TestDepthView::narrowDockTakesFewerColumns()
{
    // Wide: the sweep's columns. Narrow: fewer, so every title and caption fits its cell; the
    // chart grows taller instead (its minimum height), and a dock scrolls to it.
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QCustomPlot *plot = m_view->plot();
    const int wide = m_view->columns();
    QCOMPARE(wide, m_view->columnsFor(plot->width()));
    const std::size_t n = m_view->result()->panels.size();
    QVERIFY(n >= 10);
    QCOMPARE(wide, std::clamp(int(std::ceil(std::sqrt((n + 1) * 1.6))), 1, int(n) + 1));

    m_view->resize(640, 900);
    QCoreApplication::processEvents();
    const int narrow = m_view->columns();
    QVERIFY2(narrow < wide, qPrintable(QStringLiteral("%1 then %2").arg(wide).arg(narrow)));
    QCOMPARE(narrow, m_view->columnsFor(plot->width()));
    const int rows = int((n + 1 + std::size_t(narrow) - 1) / std::size_t(narrow));
    QVERIFY(plot->minimumHeight() >= rows * 150);
    plot->resize(plot->width(), std::max(plot->height(), plot->minimumHeight()));
    plot->replot();
    int checked = 0;
    for (const QCPTextElement *text : plot->findChildren<QCPTextElement *>()) {
        if (!text->visible() || text->text().isEmpty())
            continue;
        ++checked;
        const qreal width = QFontMetricsF(text->font()).horizontalAdvance(text->text());
        QVERIFY2(
            width <= text->outerRect().width() + 1,
            qPrintable(QStringLiteral("%1: %2 px in %3").arg(text->text()).arg(width).arg(text->outerRect().width())));
    }
    QCOMPARE(checked, int(2 * n)); // a title and a caption per dataset

    m_view->resize(1400, 900);
    QCoreApplication::processEvents();
    QCOMPARE(m_view->columns(), wide);
}

void TestDepthView::clickCellSelectsDataset()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const auto r = m_view->result();
    const int panel = 7;
    const QString dataset = r->panels[panel].dataset;
    const auto spot = emptySpotIn(panel);
    QVERIFY(spot);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, *spot);
    QCOMPARE(m_filterState->filter().datasets, QStringList{dataset});
    QCOMPARE(m_lastFilterText, QStringLiteral("Select dataset %1").arg(dataset));
    // The view follows: one cell now.
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->result()->panels.size(), std::size_t(1));
    QCOMPARE(m_view->result()->panels.front().dataset, dataset);
    plot->replot();
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("depth-one-dataset.png")), nullptr, 96, QSize(1400, 900)));

    // Clicking the title of another cell works too; a drag does not select.
    m_filterState->setFilter(Filter());
    QVERIFY(waitReady(m_view.get()));
    plot->replot();
    const auto generation = m_filterState->generation();
    const QPoint from = *emptySpotIn(2);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(plot, from + QPoint(40, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, from + QPoint(40, 0));
    QCOMPARE(m_filterState->generation(), generation);
    m_view->selectDataset(m_view->result()->panels[3].dataset);
    QCOMPARE(m_filterState->filter().datasets, QStringList{m_view->result()->panels[3].dataset});
}

void TestDepthView::clickLineAndLegendSelectShape()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const auto r = m_view->result();
    // A point of some median line that no other line covers.
    std::optional<QPoint> at;
    QString shape;
    for (std::size_t i = 0; i < r->panels.size() && !at; ++i) {
        for (const DepthSeries &s : r->panels[i].series) {
            QCPGraph *g = m_view->medianGraph(int(i), s.key);
            for (const DepthPoint &pt : s.points) {
                const QPointF px(g->keyAxis()->coordToPixel(pt.depth), g->valueAxis()->coordToPixel(pt.median));
                if (plot->plottableAt(px, true) == g) {
                    at = px.toPoint();
                    shape = s.name;
                    break;
                }
            }
            if (at)
                break;
        }
    }
    QVERIFY(at);
    // Hovering it names the dataset, shape and depth with the values.
    const QString tip = m_view->toolTipAt(*at);
    QVERIFY2(tip.contains(QStringLiteral(", %1, depth ").arg(shape)) && tip.contains(QStringLiteral("median"))
                 && tip.contains(QStringLiteral("(n = ")),
             qPrintable(tip));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, *at);
    QCOMPARE(m_filterState->filter().shapes, QStringList{shape});
    QVERIFY(m_filterState->filter().datasets.isEmpty()); // a line is a shape, not a dataset
    QCOMPARE(m_lastFilterText, QStringLiteral("Select shape %1").arg(shape));

    // The legend: its entries are the shapes, then the marks.
    m_filterState->setFilter(Filter());
    QVERIFY(waitReady(m_view.get()));
    plot->replot();
    QCPLegend *legend = m_view->legend();
    QVERIFY(legend->itemCount() >= 5);
    auto *item = legend->item(2);
    const QString name = qobject_cast<QCPPlottableLegendItem *>(item)->plottable()->name();
    QCOMPARE(name, m_view->result()->groups[2].name);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, item->rect().center());
    QCOMPARE(m_filterState->filter().shapes, QStringList{name});
    // A mark's entry (the fitted line) selects nothing.
    const auto generation = m_filterState->generation();
    QCPAbstractLegendItem *fitted = nullptr;
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *entry = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        if (entry && entry->plottable()->name().startsWith(QStringLiteral("Line fitted")))
            fitted = entry;
    }
    QVERIFY(fitted);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, fitted->rect().center());
    QCOMPARE(m_filterState->generation(), generation);
}

void TestDepthView::clickSizeBandSelectsRange()
{
    m_view->setGrouping(DepthGrouping::SizeBand);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    m_view->plot()->replot();
    QCPLegend *legend = m_view->legend();
    QTest::mouseClick(m_view->plot(), Qt::LeftButton, Qt::NoModifier, legend->item(1)->rect().center());
    Filter f = m_filterState->filter();
    QCOMPARE(f.sizeMin, std::optional<qint64>(1024));
    QCOMPARE(f.sizeMax, std::optional<qint64>(32767));
    QCOMPARE(m_lastFilterText, QStringLiteral("Select sizes 1K-16K params"));
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->result()->groups.size(), std::size_t(1));
    QCOMPARE(m_view->result()->groups.front().key, 1);
    // The end bands stay open-ended.
    m_filterState->setFilter(Filter());
    QVERIFY(waitReady(m_view.get()));
    m_view->selectGroup(3);
    f = m_filterState->filter();
    QCOMPARE(f.sizeMin, std::optional<qint64>(1 << 20));
    QVERIFY(!f.sizeMax);
}

void TestDepthView::emptyFilter()
{
    Filter f;
    f.runIds = {-1};
    m_filterState->setFilter(f);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->finding(), QStringLiteral("No runs match the filter."));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(),
             QStringLiteral("No runs match the filter."));
    QCOMPARE(m_view->plot()->graphCount(), 0);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("depth-empty.png"))));
}

void TestDepthView::stateRoundTrip()
{
    m_view->setMetric(DepthMetric::EnergyPerDatum);
    m_view->setGrouping(DepthGrouping::SizeBand);
    m_view->setTolerance(0.4);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("metric")).toString(), QStringLiteral("energy_per_datum"));
    QCOMPARE(state.value(QStringLiteral("lines")).toString(), QStringLiteral("size"));
    QCOMPARE(state.value(QStringLiteral("tolerancePercent")).toInt(), 40);
    DepthView other;
    QSignalSpy changed(&other, &ViewPanel::stateChanged);
    other.restoreState(state);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(other.metric(), DepthMetric::EnergyPerDatum);
    QCOMPARE(other.grouping(), DepthGrouping::SizeBand);
    QCOMPARE(other.tolerance(), 0.4);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(other.findChild<QSpinBox *>(QStringLiteral("toleranceBox"))->value(), 40);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("groupingBox"))->currentIndex(), 1);
    // Nonsense is ignored.
    other.restoreState(
        QJsonObject{{QStringLiteral("metric"), QStringLiteral("volts")}, {QStringLiteral("tolerancePercent"), -3}});
    QCOMPARE(other.metric(), DepthMetric::EnergyPerDatum);
    QCOMPARE(other.tolerance(), 0.4);
}

void TestDepthView::exportsReadableAt1400x900()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QString error;
    const QSize page(1400, 900);

    // The widget as on screen at 1400x900: every cell's plot area a fair size, every title and
    // caption wide enough for its text, the legend inside the window.
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const auto r = m_view->result();
    for (std::size_t i = 0; i < r->panels.size(); ++i) {
        QCPAxisRect *rect = m_view->cellRect(int(i));
        QVERIFY2(rect->width() >= 150 && rect->height() >= 110,
                 qPrintable(QStringLiteral("cell %1 is %2x%3").arg(i).arg(rect->width()).arg(rect->height())));
        for (QCPLayoutElement *e : rect->layout()->elements(false)) {
            if (auto *text = qobject_cast<QCPTextElement *>(e)) {
                const int need = QFontMetrics(text->font()).horizontalAdvance(text->text());
                QVERIFY2(need <= text->outerRect().width(), qPrintable(text->text()));
            }
        }
    }
    QVERIFY(plot->rect().contains(m_view->legend()->outerRect()));
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    QVERIFY(screen.save(outPath(QStringLiteral("depth-screen.png"))));

    const QString png = outPath(QStringLiteral("depth.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 96, page), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), page);
    checkNotBlank(image, 200);
    // The rectangle lines' indigo is on the page, more of it than the legend's short sample.
    // Each dataset and depth holds only some of the shapes in the small demo, as in BUTTER-E, so
    // the rectangle's lines are shorter than when every shape ran at every depth.
    const QColor indigo(0x33, 0x22, 0x88);
    QVERIFY(colourShare(image, indigo, 30) > 0.0002);

    const QString svg = outPath(QStringLiteral("depth.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error, 96, page), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("mnist")); // titles are text
    QVERIFY(svgText.contains("Depth (layers)"));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());

    const QString pdf = outPath(QStringLiteral("depth.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error, 96, page), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() < 5 * 1024 * 1024);
    if (!QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        QSKIP("pdftoppm is not installed: the PDF was not rendered");
    const QString prefix = outPath(QStringLiteral("depth-pdf"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("/usr/bin/pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-singlefile"),
                    pdf, prefix});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QImage pdfPage(prefix + QStringLiteral(".png"));
    QVERIFY(std::abs(pdfPage.width() - 1400) <= 2);
    checkNotBlank(pdfPage, 40);
    QVERIFY(colourShare(pdfPage, indigo, 30) > 0.0002);
}

void TestDepthView::controlsNamedAndReachable()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QStringList reached;
    QWidget *w = m_view.get();
    for (int i = 0; i < 200; ++i) {
        w = w->nextInFocusChain();
        if (w == m_view.get())
            break;
        if (!w->isVisibleTo(m_view.get()) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        reached << w->accessibleName();
    }
    for (const QString &name :
         {QStringLiteral("Metric"), QStringLiteral("Lines"), QStringLiteral("Departure tolerance")})
        QVERIFY2(reached.contains(name), qPrintable(reached.join(QStringLiteral(", "))));
}

// Set WATTPRINT_DEPTH_DB to a full store (built here with the default 63,527-run demo if the file
// does not exist) to print the time from refresh() to a drawn result, and computeDepth() on 1M runs.
void TestDepthView::timingOnLargeStore()
{
    const QString db = qEnvironmentVariable("WATTPRINT_DEPTH_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_DEPTH_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = DemoStore::build(&store, DemoOptions());
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    m_view.reset();
    m_service->setDataSource(++m_generation, [db](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
        Store store(db);
        if (!store.open(error))
            return false;
        return RunLoader(&store).load(Filter(), out, cancel, error);
    });
    qint64 loadMs = -1, rows = 0;
    connect(m_service.get(), &AnalysisService::snapshotLoaded, this, [&](quint64, qint64 n, qint64 ms) {
        rows = n;
        loadMs = ms;
    });
    QElapsedTimer gui;
    connect(m_service.get(), &AnalysisService::resultReady, this, [&] { gui.start(); });
    qint64 guiMs = -1;
    m_view = std::make_unique<DepthView>();
    m_view->resize(1400, 900);
    m_view->setEnvironment(m_env);
    connect(m_view.get(), &ViewPanel::readyChanged, this, [&](bool ready) {
        if (ready)
            guiMs = gui.elapsed();
    });
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(m_view.get(), 120000));
    qInfo("%lld runs: cold refresh to ready %lld ms (loading %lld ms, handling the result on the GUI thread %lld ms)",
          rows, t.elapsed(), loadMs, guiMs);
    for (DepthGrouping g : {DepthGrouping::SizeBand, DepthGrouping::Shape}) {
        t.restart();
        m_view->setGrouping(g);
        QVERIFY(waitReady(m_view.get(), 120000));
        QTest::qWait(50);
        qInfo("grouping %d: refresh to ready %lld ms (GUI thread %lld ms, one replot %.1f ms)", int(g), t.elapsed(),
              guiMs, m_view->plot()->replotTime());
    }
    qInfo("full demo finding: %s", qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("depth-full-demo.png")), nullptr, 96, QSize(1400, 900)));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("depth-full-demo.pdf")), nullptr, 96, QSize(1400, 900)));

    const std::shared_ptr<const RunColumns> snapshot = m_service->snapshot();
    QVERIFY(snapshot);
    RunColumns big;
    big.datasetNames = snapshot->datasetNames;
    big.shapeNames = snapshot->shapeNames;
    while (big.rowCount() < 1000000) {
        big.id.insert(big.id.end(), snapshot->id.begin(), snapshot->id.end());
        big.dataset.insert(big.dataset.end(), snapshot->dataset.begin(), snapshot->dataset.end());
        big.shape.insert(big.shape.end(), snapshot->shape.begin(), snapshot->shape.end());
        big.size.insert(big.size.end(), snapshot->size.begin(), snapshot->size.end());
        big.depth.insert(big.depth.end(), snapshot->depth.begin(), snapshot->depth.end());
        big.energy.insert(big.energy.end(), snapshot->energy.begin(), snapshot->energy.end());
    }
    QElapsedTimer c;
    c.start();
    const DepthResult r = computeDepth(big, DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    qInfo("computeDepth() on %zu runs: %lld ms", big.rowCount(), c.elapsed());
    QCOMPARE(r.plottedRuns + r.droppedNonPositive, big.rowCount());
}

QTEST_MAIN(TestDepthView)
#include "tst_depthview.moc"
