// The sunburst view on a 5000-run demo store: branch totals against SQL sums, angles summing to
// 360 degrees per ring and each child set to its parent's angle, energy against run count, zoom
// and breadcrumb, label fitting, the finding sentence for hand-made runs with a known answer,
// the selection gesture into the filter, the state fragment, and PNG/SVG/PDF exports (looked at).
#include <analysiserror.h>
#include <demostore.h>
#include <filterstate.h>
#include <runloader.h>
#include <store.h>
#include <sunburstview.h>

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTest>

#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <cmath>

using namespace wattprint;
using L = HierarchyLevel;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

using wattprint::testsupport::checkNotBlank;

struct HandRun
{
    bool gpu;
    const char *shape;
    const char *dataset;
    double joules;
};

RunColumns handColumns(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("b")};
    for (const HandRun &r : runs) {
        const QString shape = QString::fromLatin1(r.shape), dataset = QString::fromLatin1(r.dataset);
        if (!c.shapeNames.contains(shape))
            c.shapeNames << shape;
        if (!c.datasetNames.contains(dataset))
            c.datasetNames << dataset;
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(std::int32_t(c.datasetNames.indexOf(dataset)));
        c.shape.push_back(std::int32_t(c.shapeNames.indexOf(shape)));
        c.nodeType.push_back(r.gpu ? 1 : 0);
        c.batch.push_back(0);
        c.size.push_back(256);
        c.depth.push_back(3);
        c.isGpu.push_back(r.gpu ? 1 : 0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(r.joules);
        c.runTime.push_back(100);
        c.power.push_back(r.joules / 100);
        c.nonOverheadEnergy.push_back(r.joules);
        c.energyOverhead.push_back(0);
        c.energyPerEpoch.push_back(r.joules / 3000);
        c.energyPerDatum.push_back(r.joules / 1e6);
        c.quality.push_back(0);
    }
    return c;
}

QString column(L level)
{
    return level == L::Device ? QStringLiteral("device")
        : level == L::Shape   ? QStringLiteral("shape")
                              : QStringLiteral("dataset");
}

// Every ring of a layout sums to `full` degrees; every node's children fill its angle exactly
// (within rounding), in proportion to their values.
void checkAngles(const EnergyHierarchy &h, const std::vector<ArcSegment> &segments, int root, HierarchyMetric metric)
{
    std::map<int, double> ringSum;
    std::map<int, const ArcSegment *> byNode;
    for (const ArcSegment &s : segments) {
        ringSum[s.ring] += s.spanDeg;
        byNode[s.node] = &s;
        QVERIFY(s.spanDeg >= 0);
        QVERIFY(s.startDeg >= -1e-9 && s.startDeg + s.spanDeg <= 360 + 1e-9);
    }
    const int rings = 3 - h.nodes[std::size_t(root)].depth;
    QCOMPARE(int(ringSum.size()), rings);
    for (const auto &[ring, sum] : ringSum)
        QVERIFY2(std::abs(sum - 360.0) < 1e-9,
                 qPrintable(QStringLiteral("ring %1: %2").arg(ring).arg(sum, 0, 'g', 17)));
    const double rootValue = h.nodes[std::size_t(root)].value(metric);
    for (const ArcSegment &s : segments) {
        const HierarchyNode &n = h.nodes[std::size_t(s.node)];
        QVERIFY(near(s.spanDeg, 360.0 * n.value(metric) / rootValue, 1e-9)
                || std::abs(s.spanDeg - 360.0 * n.value(metric) / rootValue) < 1e-9);
        if (n.children.empty())
            continue;
        double children = 0;
        double start = s.startDeg;
        for (const ArcSegment &c : segments) {
            if (h.nodes[std::size_t(c.node)].parent == s.node) {
                children += c.spanDeg;
                start = std::min(start, c.startDeg);
            }
        }
        QVERIFY2(std::abs(children - s.spanDeg) < 1e-9, qPrintable(n.name));
        QVERIFY(std::abs(start - s.startDeg) < 1e-9);
    }
}

} // namespace

class TestSunburstView : public QObject
{
    Q_OBJECT

private:
    struct SqlBranch
    {
        double joules = 0;
        qint64 runs = 0;
    };
    // Sums per branch of the first `depth` levels of `order`, keyed "a/b/c".
    QMap<QString, SqlBranch> sqlBranches(const HierarchyOrder &order, int depth, const QString &where = {}) const;
    bool waitReady(int timeoutMs = 20000)
    {
        return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs);
    }
    static QString outPath(const QString &name) { return testsupport::ViewTestEnvironment::outPath(name); }

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<SunburstView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void totalsMatchSql();
    void anglesSumTo360();
    void runCountMetric();
    void zoomAndBreadcrumb();
    void labelsOnlyWhereTheyFit();
    void colours();
    void findingKnownAnswers();
    void selectionGesture();
    void keyboardWalksTheRings();
    void stateRoundTrip();
    void exportsPngSvgPdf();
    void fullDemo();
};

void TestSunburstView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestSunburstView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestSunburstView::init()
{
    m_fx.reset();
    m_view = std::make_unique<SunburstView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestSunburstView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

QMap<QString, TestSunburstView::SqlBranch> TestSunburstView::sqlBranches(const HierarchyOrder &order, int depth,
                                                                         const QString &where) const
{
    QStringList cols;
    for (int i = 0; i < depth; ++i)
        cols << column(order[std::size_t(i)]);
    const QString key = cols.join(QStringLiteral(" || '/' || "));
    QSqlQuery q(m_fx.store()->database());
    const QString sql = QStringLiteral("SELECT %1, sum(energy), count(*) FROM runs %2 GROUP BY %3")
                            .arg(key, where, cols.join(QStringLiteral(", ")));
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    QMap<QString, SqlBranch> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toDouble(), q.value(2).toLongLong()});
    return out;
}

void TestSunburstView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("sunburst"));
    QCOMPARE(m_view->objectName(), QStringLiteral("sunburst"));
    QCOMPARE(m_view->title(), QStringLiteral("Hierarchical energy breakdown"));
    QCOMPARE(m_view->nugget(), QStringLiteral("Which branch of the design space holds most of the energy?"));
    QVERIFY(m_view->howToRead().contains(QStringLiteral("Select these runs")));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    auto *order = m_view->findChild<QComboBox *>(QStringLiteral("orderBox"));
    QCOMPARE(order->count(), 6);
    QCOMPARE(order->itemText(0), QStringLiteral("Device \u203a Shape \u203a Dataset"));
    QCOMPARE(order->currentData().toString(), QStringLiteral("device-shape-dataset"));
    auto *metric = m_view->findChild<QComboBox *>(QStringLiteral("metricBox"));
    QCOMPARE(metric->itemText(1), QStringLiteral("Run count"));
    for (QWidget *w : {static_cast<QWidget *>(order), static_cast<QWidget *>(metric)}) {
        QVERIFY(!w->accessibleName().isEmpty());
        QCOMPARE(w->focusPolicy(), Qt::StrongFocus);
    }
    QCOMPARE(hierarchyOrderFromName(u"shape-shape-dataset"), std::nullopt);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, buildEnergyHierarchy(RunColumns(), {L::Shape, L::Shape, L::Device}));
}

void TestSunburstView::totalsMatchSql()
{
    m_view->show();
    QVERIFY(waitReady());
    for (const HierarchyOrder &order : hierarchyOrders()) {
        m_view->setOrder(order);
        QVERIFY(waitReady());
        const auto h = m_view->result();
        QVERIFY(h);
        QCOMPARE(h->order, order);
        for (int depth = 1; depth <= 3; ++depth) {
            const QMap<QString, SqlBranch> sql = sqlBranches(order, depth);
            int count = 0;
            for (std::size_t i = 0; i < h->nodes.size(); ++i) {
                if (h->nodes[i].depth != depth)
                    continue;
                ++count;
                const QString key = h->path(int(i)).join(QLatin1Char('/'));
                QVERIFY2(sql.contains(key), qPrintable(key));
                QVERIFY2(near(h->nodes[i].joules, sql[key].joules), qPrintable(key));
                QCOMPARE(qint64(h->nodes[i].runs), sql[key].runs);
            }
            QCOMPARE(count, int(sql.size()));
        }
        QCOMPARE(h->nodes[0].runs, std::size_t(5000));
    }
    // Under a filter.
    Filter f;
    f.datasets = {QStringLiteral("adult"), QStringLiteral("mnist")};
    m_fx.filterState->setFilter(f);
    m_view->setOrder({L::Device, L::Shape, L::Dataset});
    QVERIFY(waitReady());
    const QMap<QString, SqlBranch> sql = sqlBranches(m_view->order(), 2,
                                                     QStringLiteral("WHERE dataset IN ('adult', 'mnist')"));
    const auto h = m_view->result();
    for (auto it = sql.cbegin(); it != sql.cend(); ++it) {
        const int n = h->find(it.key().split(QLatin1Char('/')));
        QVERIFY(n > 0);
        QVERIFY(near(h->nodes[std::size_t(n)].joules, it->joules));
    }
}

void TestSunburstView::anglesSumTo360()
{
    m_view->show();
    QVERIFY(waitReady());
    const auto h = m_view->result();
    const std::vector<ArcSegment> segments = SunburstView::layout(*h, 0, HierarchyMetric::Energy);
    checkAngles(*h, segments, 0, HierarchyMetric::Energy);
    // Against SQL: a device's angle is 360 x its share of the energy.
    const QMap<QString, SqlBranch> devices = sqlBranches(h->order, 1);
    const double all = devices[QStringLiteral("CPU")].joules + devices[QStringLiteral("GPU")].joules;
    for (const ArcSegment &s : segments) {
        if (s.ring == 0)
            QVERIFY(near(s.spanDeg, 360.0 * devices[h->nodes[std::size_t(s.node)].name].joules / all, 1e-9));
    }
    // Largest first, clockwise from 0.
    QCOMPARE(segments.front().startDeg, 0.0);
    QVERIFY(h->nodes[std::size_t(segments[0].node)].joules >= h->nodes[std::size_t(segments[1].node)].joules);
    // Zoomed into a branch: its children take the full circle.
    const int gpu = h->find({QStringLiteral("GPU")});
    checkAngles(*h, SunburstView::layout(*h, gpu, HierarchyMetric::Energy), gpu, HierarchyMetric::Energy);
    const int branch = h->find({QStringLiteral("GPU"), QStringLiteral("rectangle")});
    QVERIFY(branch > 0);
    checkAngles(*h, SunburstView::layout(*h, branch, HierarchyMetric::Runs), branch, HierarchyMetric::Runs);
    // What the widget drew is that layout.
    m_view->chart()->repaint();
    QCOMPARE(m_view->chart()->segments().size(), segments.size());
    // Zero values: zero spans, no NaN.
    RunColumns zero = handColumns({{false, "a", "x", 0}, {true, "a", "x", 0}});
    const EnergyHierarchy z = buildEnergyHierarchy(zero, {L::Device, L::Shape, L::Dataset});
    for (const ArcSegment &s : SunburstView::layout(z, 0, HierarchyMetric::Energy))
        QCOMPARE(s.spanDeg, 0.0);
    QCOMPARE(SunburstView::findingFor(z, HierarchyMetric::Energy),
             QStringLiteral("The runs in the filter used no measured energy."));
}

void TestSunburstView::runCountMetric()
{
    m_view->show();
    QVERIFY(waitReady());
    QSignalSpy ready(m_view.get(), &ViewPanel::readyChanged);
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("metricBox"));
    box->setCurrentIndex(1);
    emit box->activated(1);
    QCOMPARE(m_view->metric(), HierarchyMetric::Runs);
    QCOMPARE(ready.count(), 0); // no new job
    QCOMPARE(state.count(), 1);
    m_view->chart()->repaint();
    const auto h = m_view->result();
    const QMap<QString, SqlBranch> shapes = sqlBranches(h->order, 2);
    for (const ArcSegment &s : m_view->chart()->segments()) {
        if (s.ring != 1)
            continue;
        const QString key = h->path(s.node).join(QLatin1Char('/'));
        QVERIFY(near(s.spanDeg, 360.0 * double(shapes[key].runs) / 5000.0, 1e-9));
    }
    checkAngles(*h, m_view->chart()->segments(), 0, HierarchyMetric::Runs);
    QVERIFY2(m_view->finding().contains(QStringLiteral("of the runs")), qPrintable(m_view->finding()));
}

void TestSunburstView::zoomAndBreadcrumb()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    SunburstWidget *chart = m_view->chart();
    chart->repaint();
    const auto h = m_view->result();
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    QCOMPARE(chart->crumbCount(), 1);
    QCOMPARE(chart->crumbText(0), QStringLiteral("All runs"));

    // Click the GPU segment: it becomes the centre, its shapes the full inner ring.
    const int gpu = h->find({QStringLiteral("GPU")});
    const QPoint at = chart->segmentCenter(gpu).toPoint();
    QCOMPARE(chart->segmentAt(at), gpu);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(chart->rootPath(), QStringList{QStringLiteral("GPU")});
    QCOMPARE(m_view->zoomPath(), QStringList{QStringLiteral("GPU")});
    QCOMPARE(state.count(), 1);
    chart->repaint();
    QCOMPARE(chart->crumbCount(), 2);
    QCOMPARE(chart->crumbText(1), QStringLiteral("GPU"));
    double ring0 = 0;
    for (const ArcSegment &s : chart->segments()) {
        QVERIFY(s.ring <= 1);
        ring0 += s.ring == 0 ? s.spanDeg : 0;
        if (s.ring == 0)
            QCOMPARE(h->nodes[std::size_t(s.node)].parent, gpu);
    }
    QVERIFY(std::abs(ring0 - 360) < 1e-9);

    // Deeper: a shape.
    const int shape = h->nodes[std::size_t(gpu)].children.front();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->segmentCenter(shape).toPoint());
    QCOMPARE(chart->rootPath(), (QStringList{QStringLiteral("GPU"), h->nodes[std::size_t(shape)].name}));
    chart->repaint();
    QCOMPARE(chart->crumbCount(), 3);
    // A leaf does not zoom.
    const int leaf = h->nodes[std::size_t(shape)].children.front();
    QVERIFY(!chart->zoomTo(leaf));
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->segmentCenter(leaf).toPoint());
    QCOMPARE(chart->rootPath().size(), 2);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sunburst-zoomed.png")), nullptr, 110));
    QVERIFY(chart->grab().save(outPath(QStringLiteral("sunburst-zoomed-screen.png"))));

    // The centre goes up one level; a crumb jumps back to its level.
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->centre().toPoint());
    QCOMPARE(chart->rootPath(), QStringList{QStringLiteral("GPU")});
    chart->zoomTo(shape);
    chart->repaint();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->crumbRect(0).center().toPoint());
    QCOMPARE(chart->rootPath(), QStringList());
    chart->zoomTo(shape);
    m_view->resetZoom();
    QCOMPARE(chart->rootPath(), QStringList());

    // The zoom survives a new result that still has the branch, and is cut back when it does not.
    chart->zoomTo(shape);
    Filter f;
    f.depthMin = 3;
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady());
    QTest::qWait(20);
    QVERIFY(waitReady());
    QCOMPARE(chart->rootPath().size(), 2);
    f.devices = {QStringLiteral("CPU")};
    m_fx.filterState->setFilter(f);
    QTest::qWait(20);
    QVERIFY(waitReady());
    QCOMPARE(chart->rootPath(), QStringList());
}

void TestSunburstView::labelsOnlyWhereTheyFit()
{
    using F = SunburstWidget::LabelFit;
    // Along the arc: 60 px of text on a 90 degree arc at r 100..140 (arc at 120 px: 188 px).
    QCOMPARE(SunburstWidget::fitLabel(60, 12, 100, 140, 90, 20), F::Tangential);
    // Too long for the arc, short enough for the ring's 40 px depth, and the inner arc (100 x 0.35 rad = 35 px) is tall enough.
    QCOMPARE(SunburstWidget::fitLabel(30, 12, 100, 140, 20, 20), F::Tangential); // arc at 120: 41.9 px
    QCOMPARE(SunburstWidget::fitLabel(34, 12, 100, 140, 12, 20), F::Radial);     // arc 25 px; depth 40
    QCOMPARE(SunburstWidget::fitLabel(80, 12, 100, 140, 12, 20), F::RadialElided);
    QCOMPARE(SunburstWidget::fitLabel(80, 12, 100, 140, 12, 40), F::None);  // 4 characters do not fit
    QCOMPARE(SunburstWidget::fitLabel(10, 12, 100, 140, 5, 20), F::None);   // inner arc 8.7 px < 13
    QCOMPARE(SunburstWidget::fitLabel(60, 30, 100, 120, 360, 20), F::None); // text taller than the ring
    // On the screen: every drawn label's box fits its segment.
    m_view->resize(700, 500);
    m_view->show();
    QVERIFY(waitReady());
    SunburstWidget *chart = m_view->chart();
    chart->repaint();
    const auto h = m_view->result();
    QFont font = chart->font();
    font.setPixelSize(10);
    const QFontMetricsF fm(font);
    int drawn = 0, hidden = 0;
    for (const ArcSegment &s : chart->segments()) {
        const QString label = chart->drawnLabel(s.node);
        if (label.isEmpty()) {
            ++hidden;
            continue;
        }
        ++drawn;
        QVERIFY(label == h->nodes[std::size_t(s.node)].name || label.endsWith(QChar(0x2026)));
    }
    QVERIFY2(drawn >= 2 && hidden > 0, qPrintable(QStringLiteral("%1 drawn, %2 hidden").arg(drawn).arg(hidden)));
    QCOMPARE(chart->drawnLabel(h->find({QStringLiteral("GPU")})), QStringLiteral("GPU"));
}

void TestSunburstView::colours()
{
    const RunColumns c = handColumns({{false, "rectangle", "adult", 10}, {true, "trapezoid", "mnist", 5}});
    const EnergyHierarchy h = buildEnergyHierarchy(c, {L::Device, L::Shape, L::Dataset});
    const int gpu = h.find({QStringLiteral("GPU")});
    const int trapezoid = h.find({QStringLiteral("GPU"), QStringLiteral("trapezoid")});
    const int mnist = h.find({QStringLiteral("GPU"), QStringLiteral("trapezoid"), QStringLiteral("mnist")});
    QCOMPARE(SunburstWidget::colorFor(h, gpu), QColor(0xd5, 0x5e, 0x00));
    QCOMPARE(SunburstWidget::colorFor(h, trapezoid), QColor(0xcc, 0x66, 0x77)); // shapepalette's trapezoid
    const QColor d = SunburstWidget::colorFor(h, mnist);
    QVERIFY(d.lightness() > QColor(0xcc, 0x66, 0x77).lightness()); // lighter than its parent
    QVERIFY(std::abs(d.hslHue() - QColor(0xcc, 0x66, 0x77).hslHue()) <= 3);
    // The legend: one entry per hue, devices first, then shapes in the sweep's order.
    QStringList legend;
    for (int n : SunburstWidget::legendNodes(h))
        legend << h.nodes[std::size_t(n)].name;
    QCOMPARE(legend,
             (QStringList{QStringLiteral("CPU"), QStringLiteral("GPU"), QStringLiteral("rectangle"),
                          QStringLiteral("trapezoid")}));
    // Shape first: shape hues at the centre, devices keep theirs outside.
    const EnergyHierarchy s = buildEnergyHierarchy(c, {L::Shape, L::Device, L::Dataset});
    QCOMPARE(SunburstWidget::colorFor(s, s.find({QStringLiteral("rectangle")})), QColor(0x33, 0x22, 0x88));
    QCOMPARE(SunburstWidget::colorFor(s, s.find({QStringLiteral("rectangle"), QStringLiteral("CPU")})),
             QColor(0x00, 0x72, 0xb2));
}

void TestSunburstView::findingKnownAnswers()
{
    // GPU: rectangle 60 (adult 40, mnist 20), trapezoid 20; CPU: rectangle 15, trapezoid 5. Total 100.
    const std::vector<HandRun> runs = {{true, "rectangle", "adult", 40},
                                       {true, "rectangle", "mnist", 20},
                                       {true, "trapezoid", "adult", 20},
                                       {false, "rectangle", "adult", 15},
                                       {false, "trapezoid", "mnist", 5}};
    const RunColumns c = handColumns(runs);
    const EnergyHierarchy h = buildEnergyHierarchy(c, {L::Device, L::Shape, L::Dataset});
    QCOMPARE(SunburstView::findingFor(h, HierarchyMetric::Energy),
             QStringLiteral("GPU runs use 80% of the energy; within them, runs of shape rectangle use the most (60% of "
                            "the total, 75% of theirs)."));
    // By run count: GPU 3 of 5; within them rectangle 2 of 3.
    QCOMPARE(
        SunburstView::findingFor(h, HierarchyMetric::Runs),
        QStringLiteral("GPU runs make up 60% of the runs; within them, runs of shape rectangle are the most numerous "
                       "(40% of all runs, 67% of theirs)."));
    // Dataset first: adult 75 (GPU 60, CPU 15).
    const EnergyHierarchy d = buildEnergyHierarchy(c, {L::Dataset, L::Device, L::Shape});
    QCOMPARE(
        SunburstView::findingFor(d, HierarchyMetric::Energy),
        QStringLiteral("Runs on dataset adult use 75% of the energy; within them, GPU runs use the most (60% of the "
                       "total, 80% of theirs)."));
    // One device.
    const RunColumns cpu = handColumns({runs[3], runs[4]});
    QCOMPARE(
        SunburstView::findingFor(buildEnergyHierarchy(cpu, {L::Device, L::Shape, L::Dataset}), HierarchyMetric::Energy),
        QStringLiteral("All runs in the filter are CPU runs; within them, runs of shape rectangle use the most (75% "
                       "of the total, 75% of theirs)."));
    const RunColumns one = handColumns({runs[3]});
    QCOMPARE(
        SunburstView::findingFor(buildEnergyHierarchy(one, {L::Device, L::Shape, L::Dataset}), HierarchyMetric::Energy),
        QStringLiteral("All runs in the filter are CPU runs; all of them are runs of shape rectangle."));
    QCOMPARE(SunburstView::findingFor(buildEnergyHierarchy(RunColumns(), {L::Device, L::Shape, L::Dataset}),
                                      HierarchyMetric::Energy),
             QStringLiteral("No runs match the filter."));
    RunColumns nan = handColumns({runs[0], runs[1]});
    nan.energy[1] = std::nan("");
    const EnergyHierarchy n = buildEnergyHierarchy(nan, {L::Device, L::Shape, L::Dataset});
    QCOMPARE(n.skippedRuns, std::size_t(1));
    QCOMPARE(n.nodes[0].runs, std::size_t(1));

    // From the store: the largest device and its largest shape by SQL.
    m_view->show();
    QVERIFY(waitReady());
    const QMap<QString, SqlBranch> devices = sqlBranches(m_view->order(), 1);
    const QMap<QString, SqlBranch> shapes = sqlBranches(m_view->order(), 2);
    const double all = devices[QStringLiteral("CPU")].joules + devices[QStringLiteral("GPU")].joules;
    const QString top = devices[QStringLiteral("CPU")].joules > devices[QStringLiteral("GPU")].joules
        ? QStringLiteral("CPU")
        : QStringLiteral("GPU");
    QString topShape;
    double topJ = -1;
    for (auto it = shapes.cbegin(); it != shapes.cend(); ++it) {
        if (it.key().startsWith(top + QLatin1Char('/')) && it->joules > topJ) {
            topJ = it->joules;
            topShape = it.key().section(QLatin1Char('/'), 1);
        }
    }
    auto pct = [](double s) {
        const double p = s * 100;
        return QString::number(p, 'f', std::round(p * 10) / 10 < 10 ? 1 : 0) + QLatin1Char('%');
    };
    QCOMPARE(
        m_view->finding(),
        QStringLiteral("%1 runs use %2 of the energy; within them, runs of shape %3 use the most (%4 of the total, "
                       "%5 of theirs).")
            .arg(top, pct(devices[top].joules / all), topShape, pct(topJ / all), pct(topJ / devices[top].joules)));
    qInfo("finding on the 5000-run demo: %s", qPrintable(m_view->finding()));
}

void TestSunburstView::keyboardWalksTheRings()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    SunburstWidget *chart = m_view->chart();
    chart->repaint();
    chart->setFocus();
    const auto h = m_view->result();
    QCOMPARE(chart->currentNode(), -1);

    // The first key lands on the first ring's largest segment.
    QTest::keyClick(chart, Qt::Key_Right);
    const int start = chart->currentNode();
    QVERIFY(start > 0);
    double largest = 0;
    for (const ArcSegment &seg : chart->segments()) {
        if (seg.ring == 0)
            largest = std::max(largest, seg.spanDeg);
    }
    const auto spanOf = [chart](int node) {
        for (const ArcSegment &seg : chart->segments()) {
            if (seg.node == node)
                return seg;
        }
        return ArcSegment{};
    };
    QCOMPARE(spanOf(start).spanDeg, largest);
    QVERIFY(!chart->accessibleDescription().isEmpty());

    // Right goes round the ring clockwise, back to the start after every segment of the ring.
    int ringSize = 0;
    for (const ArcSegment &seg : chart->segments())
        ringSize += seg.ring == 0 && seg.spanDeg > 0;
    QVERIFY(ringSize >= 2);
    QTest::keyClick(chart, Qt::Key_Right);
    QVERIFY(chart->currentNode() != start);
    QCOMPARE(spanOf(chart->currentNode()).ring, 0);
    QVERIFY(spanOf(chart->currentNode()).startDeg > spanOf(start).startDeg);
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(chart->currentNode(), start);

    // Down to a child, Up to its parent.
    QTest::keyClick(chart, Qt::Key_Down);
    const int child = chart->currentNode();
    QCOMPARE(h->nodes[std::size_t(child)].parent, start);
    QCOMPARE(spanOf(child).ring, 1);
    QTest::keyClick(chart, Qt::Key_Up);
    QCOMPARE(chart->currentNode(), start);

    // Enter zooms in, Backspace out.
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(chart->rootNode(), start);
    QTest::keyClick(chart, Qt::Key_Backspace);
    QCOMPARE(chart->rootNode(), 0);

    // Space selects the segment's runs through the filter.
    QTest::keyClick(chart, Qt::Key_Right);
    const int chosen = chart->currentNode();
    const quint64 before = m_fx.filterState->generation();
    QTest::keyClick(chart, Qt::Key_Space);
    QVERIFY(m_fx.filterState->generation() > before);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select %1").arg(h->path(chosen).join(QStringLiteral(" \u203a "))));
}

void TestSunburstView::selectionGesture()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    SunburstWidget *chart = m_view->chart();
    chart->repaint();
    Filter base;
    base.depthMin = 2;
    m_fx.filterState->setFilter(base);
    QVERIFY(waitReady());
    QTest::qWait(20);
    QVERIFY(waitReady());
    chart->repaint();
    // At the top, "Select these runs" selects nothing (it would be every run).
    const quint64 before = m_fx.filterState->generation();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->selectButtonRect().center().toPoint());
    QCOMPARE(m_fx.filterState->generation(), before);

    // Zoom into GPU > rectangle, then the button: that branch, the rest of the filter kept.
    QVERIFY(chart->zoomTo(m_view->result()->find({QStringLiteral("GPU"), QStringLiteral("rectangle")})));
    chart->repaint();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->selectButtonRect().center().toPoint());
    Filter expected = base;
    expected.devices = {QStringLiteral("GPU")};
    expected.shapes = {QStringLiteral("rectangle")};
    QCOMPARE(m_fx.filterState->filter(), expected);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select GPU \u203a rectangle"));
    QVERIFY(waitReady());

    // The context menu's action (selectNode) on a leaf: all three levels.
    QTest::qWait(20);
    QVERIFY(waitReady());
    const auto h = m_view->result();
    const int leaf = h->find({QStringLiteral("GPU"), QStringLiteral("rectangle"), QStringLiteral("adult")});
    QVERIFY(leaf > 0);
    m_view->selectNode(leaf);
    expected.datasets = {QStringLiteral("adult")};
    QCOMPARE(m_fx.filterState->filter(), expected);
    // Another order: the levels map to the same filter lists.
    const RunColumns c = handColumns({{true, "rectangle", "adult", 1}});
    const EnergyHierarchy d = buildEnergyHierarchy(c, {L::Dataset, L::Shape, L::Device});
    Filter f = SunburstView::filterFor(d, d.find({QStringLiteral("adult"), QStringLiteral("rectangle")}), Filter());
    Filter want;
    want.datasets = {QStringLiteral("adult")};
    want.shapes = {QStringLiteral("rectangle")};
    QCOMPARE(f, want);
}

void TestSunburstView::stateRoundTrip()
{
    m_view->setOrder({L::Shape, L::Dataset, L::Device});
    m_view->setMetric(HierarchyMetric::Runs);
    m_view->setZoomPath({QStringLiteral("rectangle")});
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("order")).toString(), QStringLiteral("shape-dataset-device"));
    QCOMPARE(state.value(QStringLiteral("metric")).toString(), QStringLiteral("runs"));
    QCOMPARE(state.value(QStringLiteral("zoom")).toArray(), QJsonArray{QStringLiteral("rectangle")});
    SunburstView other;
    other.restoreState(state);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("orderBox"))->currentData().toString(),
             QStringLiteral("shape-dataset-device"));
    other.restoreState(QJsonObject{{QStringLiteral("order"), QStringLiteral("a-b-c")},
                                   {QStringLiteral("metric"), QStringLiteral("volts")}});
    QCOMPARE(other.saveState(), state);
    // The restored zoom is applied once the data arrives (and kept: the branch exists).
    other.setEnvironment(m_fx.env);
    other.resize(700, 500);
    other.show();
    QVERIFY(testsupport::ViewTestEnvironment::waitReady(&other, 20000));
    QCOMPARE(other.zoomPath(), QStringList{QStringLiteral("rectangle")});
}

void TestSunburstView::exportsPngSvgPdf()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    m_view->resize(700, 500);
    QTest::qWait(50);
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    QVERIFY(screen.save(outPath(QStringLiteral("sunburst-screen.png"))));
    QString error;
    const QString png = outPath(QStringLiteral("sunburst.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 150), qPrintable(error));
    checkNotBlank(QImage(png), 200);
    const QString svg = outPath(QStringLiteral("sunburst.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error), qPrintable(error));
    QVERIFY(QSvgRenderer(svg).isValid());
    const QString pdf = outPath(QStringLiteral("sunburst.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000 && QFileInfo(pdf).size() < 5'000'000);
    m_view->setOrder({L::Dataset, L::Shape, L::Device});
    QVERIFY(waitReady());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sunburst-dataset-first.png")), &error, 110));
    Filter f;
    f.runIds = {-1};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady());
    QTest::qWait(20);
    QVERIFY(waitReady());
    QCOMPARE(m_view->finding(), QStringLiteral("No runs match the filter."));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sunburst-empty.png")), &error, 96));
    checkNotBlank(QImage(outPath(QStringLiteral("sunburst-empty.png"))), 10, 0.01);
}

void TestSunburstView::fullDemo()
{
    const QString db = qEnvironmentVariable("WATTPRINT_SUNBURST_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_SUNBURST_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(DemoStore::build(&store, DemoOptions()).ok);
    }
    m_view.reset();
    m_fx.setDataSource(db, Filter());
    m_view = std::make_unique<SunburstView>();
    m_view->setEnvironment(m_fx.env);
    m_view->resize(700, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(120000));
    qInfo("%zu runs: refresh to ready %lld ms (with loading)", m_view->result()->nodes[0].runs, t.elapsed());
    checkAngles(*m_view->result(), SunburstView::layout(*m_view->result(), 0, HierarchyMetric::Energy), 0,
                HierarchyMetric::Energy);
    QVERIFY(m_view->grab().toImage().save(outPath(QStringLiteral("sunburst-full-screen.png"))));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sunburst-full.png")), nullptr, 110));
    for (const HierarchyOrder &o :
         {HierarchyOrder{L::Shape, L::Dataset, L::Device}, HierarchyOrder{L::Dataset, L::Device, L::Shape}}) {
        t.restart();
        m_view->setOrder(o);
        QVERIFY(waitReady(60000));
        qInfo("order %s: %lld ms", qPrintable(hierarchyOrderName(o)), t.elapsed());
        QVERIFY(m_view->grab().toImage().save(
            outPath(QStringLiteral("sunburst-full-%1-screen.png").arg(hierarchyOrderName(o)))));
    }
    m_view->setOrder({L::Device, L::Shape, L::Dataset});
    QVERIFY(waitReady(60000));
    m_view->chart()->zoomTo(m_view->result()->find({QStringLiteral("GPU")}));
    QVERIFY(m_view->grab().toImage().save(outPath(QStringLiteral("sunburst-full-gpu-screen.png"))));
    qInfo("finding: %s", qPrintable(m_view->finding()));
}

QTEST_MAIN(TestSunburstView)
#include "tst_sunburstview.moc"
