// The parallel-coordinates view on a 5000-run demo store: the brush mask against a brute-force
// count and SQL, brush gestures (drag, move, resize, clear) that highlight without touching the
// filter or the axes, "Filter to these" into the filter, title drags, the state
// fragment, the finding on hand-made runs with a known answer and on the store (recomputed here
// from the raw rows), and PNG/PDF exports. The data it draws against SQL, scales and growth alone:
// tests/analysis/tst_parallelanalysis.cpp.
#include <demostore.h>
#include <filterstate.h>
#include <parallelaxes.h>
#include <parallelraster.h>
#include <parallelview.h>
#include <store.h>

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

#include "../support/imagecheck.h"
#include "../support/parallelcolumns.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace wattprint;
using namespace wattprint::testsupport::parallelcoordinates;
using parallel::Column;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

using wattprint::testsupport::checkNotBlank;

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

class TestParallelView : public QObject
{
    Q_OBJECT

private:
    bool waitReady(ViewPanel *view, int timeoutMs = 30000)
    {
        return testsupport::ViewTestEnvironment::waitReady(view, timeoutMs);
    }
    QString outPath(const QString &name) const { return testsupport::ViewTestEnvironment::outPath(name); }
    qint64 sqlCount(const QString &where, const QVariantList &values = {}) const;
    // Press, move in steps, release: a drag as the mouse makes it.
    void drag(QWidget *w, QPoint from, QPoint to);

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<ParallelView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void axisScales();
    void brushMaskMatchesSqlAndBruteForce();
    void rasterCountsLines();
    void brushGestureThenFilterToThese();
    void brushKeepsAxisRanges();
    void moveAndClearBrush();
    void resizeAndClearAll();
    void statusCountsInEnglishAndGerman();
    void filterToTheseNarrowsOnly();
    void sizeBrushUsesSizeLimits();
    void filterFollowsFromElsewhere();
    void titleDragReorders();
    void stateRoundTrip();
    void stateKeepsBrushes();
    void findingKnownAnswers();
    void findingFromStore();
    void exportsPngPdf();
    void colourModesRender();
    void timingOnFullDemo();
};

void TestParallelView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestParallelView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestParallelView::init()
{
    m_fx.reset();
    m_view = std::make_unique<ParallelView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestParallelView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

qint64 TestParallelView::sqlCount(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_fx.store()->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM runs ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("count failed: %s", qPrintable(where));
    return q.value(0).toLongLong();
}

void TestParallelView::drag(QWidget *w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, from);
    for (int k = 1; k <= 4; ++k) {
        const QPoint p = from + (to - from) * k / 4;
        QMouseEvent move(QEvent::MouseMove, QPointF(p), w->mapToGlobal(QPointF(p)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to);
}

void TestParallelView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("parallel"));
    QCOMPARE(m_view->objectName(), QStringLiteral("parallel"));
    QCOMPARE(m_view->nugget(), QStringLiteral("Where does runtime grow while power stays flat?"));
    QVERIFY(!m_view->title().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("Brush")));
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("colourBox"));
    QVERIFY(box);
    QCOMPARE(box->itemData(0).toString(), QStringLiteral("density"));
    QVERIFY(box->findData(QStringLiteral("energy_per_epoch")) > 0);
    QVERIFY(!box->accessibleName().isEmpty());
    // Default axes: size (log), depth, energy (log), run time (log), power, energy per datum (log).
    const auto &axes = m_view->chart()->axes();
    QCOMPARE(int(axes.size()), 6);
    const Column expected[] = {Column::Size,    Column::Depth, Column::Energy,
                               Column::RunTime, Column::Power, Column::EnergyPerDatum};
    const bool logs[] = {true, false, true, true, false, true};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(axes[std::size_t(i)].column, expected[i]);
        QCOMPARE(axes[std::size_t(i)].log, logs[i]);
    }
}

void TestParallelView::axisScales()
{
    // The scales' numbers: tests/analysis/tst_parallelanalysis.cpp axisScales.
    // Ticks lie inside the axis and carry units.
    const auto t = ParallelCoordinates::ticks(Column::Energy, parallel::AxisScale{50, 2e6, true, false}, 400);
    QVERIFY(t.size() >= 4);
    for (double x : t)
        QVERIFY(x >= 50 && x <= 2e6);
    QCOMPARE(ParallelCoordinates::formatValue(Column::Energy, 12300), QStringLiteral("12.3 kJ"));
    QCOMPARE(ParallelCoordinates::formatValue(Column::RunTime, 90), QStringLiteral("1.5 min"));
    QCOMPARE(ParallelCoordinates::formatValue(Column::Size, 1048576), QStringLiteral("1.05M"));
    QCOMPARE(ParallelCoordinates::formatValue(Column::Power, 250), QStringLiteral("250 W"));
}

void TestParallelView::brushMaskMatchesSqlAndBruteForce()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    const ParallelData &d = *r->data;
    const auto &energy = d.values[std::size_t(d.indexOf(Column::Energy))];
    const auto &power = d.values[std::size_t(d.indexOf(Column::Power))];
    const auto &depth = d.values[std::size_t(d.indexOf(Column::Depth))];
    std::vector<double> sorted = energy;
    std::sort(sorted.begin(), sorted.end());
    // Ranges whose ends are values in the data, so the closed ends matter.
    const double eLo = sorted[sorted.size() / 5];
    const double eHi = sorted[sorted.size() * 4 / 5];
    std::vector<double> ps = power;
    std::sort(ps.begin(), ps.end());
    const double pLo = ps[ps.size() / 10];
    const double pHi = ps[ps.size() * 7 / 10];
    const parallel::Brush brushes[] = {{energy, eLo, eHi}, {power, pLo, pHi}, {depth, 3, 8}};
    std::vector<std::uint8_t> mask;
    const std::size_t kept = parallel::brushMask(brushes, d.rows, &mask);
    std::size_t brute = 0;
    for (std::size_t i = 0; i < d.rows; ++i) {
        const bool in = energy[i] >= eLo && energy[i] <= eHi && power[i] >= pLo && power[i] <= pHi && depth[i] >= 3
            && depth[i] <= 8;
        QCOMPARE(bool(mask[i]), in);
        brute += in;
    }
    QCOMPARE(kept, brute);
    QVERIFY(kept > 100 && kept < d.rows / 2);
    QCOMPARE(
        qint64(kept),
        sqlCount(QStringLiteral("WHERE energy BETWEEN ? AND ? AND power BETWEEN ? AND ? AND depth BETWEEN 3 AND 8"),
                 {eLo, eHi, pLo, pHi}));
    // The chart's highlight uses the same mask.
    ParallelCoordinates::Brushes b;
    b[Column::Energy] = {eLo, eHi};
    b[Column::Power] = {pLo, pHi};
    b[Column::Depth] = {3, 8};
    m_view->chart()->setBrushes(b);
    m_view->chart()->updateLayersNow();
    QCOMPARE(m_view->chart()->brushedCount(), kept);
    QCOMPARE(m_view->chart()->brushMask(), mask);
    QVERIFY(m_view->chart()->layersReady());
    // No brush keeps every run.
    QCOMPARE(parallel::brushMask({}, 7, &mask), std::size_t(7));
}

void TestParallelView::rasterCountsLines()
{
    // Three lines across two axes 100 px apart, on a 101 x 50 raster: each column carries one
    // unit of weight per line (split between two rows on a shallow segment), binned or not.
    const std::vector<float> a = {10.5f, 20.5f, 30.5f};
    const std::vector<float> b = {10.5f, 25.5f, 40.5f};
    ParallelRaster::Lines lines;
    lines.ys = {a, b};
    lines.axisX = {0, 100};
    for (bool dense : {false, true}) {
        ParallelRaster raster(101, 50, false);
        QVERIFY(raster.add(lines, {}, dense, {qRgb(0, 0, 0)}));
        const QImage img = raster.toImage(ParallelRaster::Tone::Density, 1.0);
        for (int x = 0; x < 100; ++x) {
            int touched = 0;
            for (int y = 0; y < 50; ++y)
                touched += qAlpha(img.pixel(x, y)) > 0;
            QVERIFY2(touched >= 3, qPrintable(QStringLiteral("column %1: %2 rows").arg(x).arg(touched)));
        }
        // The first line is horizontal at y 10.5: all of it in row 10.
        QVERIFY(qAlpha(img.pixel(50, 10)) > 0);
        QCOMPARE(qAlpha(img.pixel(50, 12)), 0);
    }
    // Weights leave lines out; -1 takes a line away again, to the same picture as never drawn.
    for (bool dense : {false, true}) {
        for (bool colour : {false, true}) {
            const std::vector<QRgb> palette = {qRgb(200, 0, 0), qRgb(0, 0, 200)};
            const std::vector<std::uint16_t> colours = {0, 1, 1};
            ParallelRaster::Lines coloured = lines;
            coloured.colour = colours;
            ParallelRaster only(101, 50, colour);
            const std::vector<std::int8_t> first = {1, 0, 0};
            QVERIFY(only.add(coloured, first, dense, palette));
            QVERIFY(near(only.maxCount(), 1.0, 1e-6));
            ParallelRaster updated(101, 50, colour);
            QVERIFY(updated.add(coloured, {}, dense, palette));
            const std::vector<std::int8_t> removeTwo = {0, -1, -1};
            QVERIFY(updated.add(coloured, removeTwo, dense, palette));
            const auto tone = colour ? ParallelRaster::Tone::Colour : ParallelRaster::Tone::Density;
            const QImage imgOnly = only.toImage(tone, 1.0);
            const QImage imgUpdated = updated.toImage(tone, 1.0);
            int differing = 0;
            for (int y = 0; y < 50; ++y) {
                for (int x = 0; x < 101; ++x)
                    differing += imgOnly.pixel(x, y) != imgUpdated.pixel(x, y);
            }
            QCOMPARE(differing, 0);
            QCOMPARE(qAlpha(imgOnly.pixel(60, 40)), 0);
        }
    }
    // A brush step from the gathered bins (addChanged) draws what add() draws with the same
    // weights; a line without a value on an axis is left out by both.
    for (bool colour : {false, true}) {
        const std::vector<QRgb> palette = {qRgb(200, 0, 0), qRgb(0, 0, 200)};
        const std::vector<float> a4 = {10.5f, 20.5f, 30.5f, 5.5f};
        const std::vector<float> b4 = {10.5f, 25.5f, 40.5f, std::numeric_limits<float>::quiet_NaN()};
        const std::vector<std::uint16_t> colours = {0, 1, 1, 0};
        ParallelRaster::Lines four;
        four.ys = {a4, b4};
        four.axisX = {0, 100};
        four.colour = colours;
        const std::vector<std::int8_t> step = {0, -1, 1, 1};
        ParallelRaster viaAdd(101, 50, colour);
        ParallelRaster viaChanged(101, 50, colour);
        const std::vector<std::int8_t> start = {1, 1, 0, 0};
        QVERIFY(viaAdd.add(four, start, true, palette));
        QVERIFY(viaChanged.add(four, start, true, palette));
        QVERIFY(viaAdd.add(four, step, true, palette));
        const std::vector<std::uint16_t> keys = viaChanged.binKeys(four);
        QCOMPARE(keys.size(), std::size_t(8));
        QCOMPARE(keys[7], ParallelRaster::NoBin);
        ParallelRaster::Changed changed;
        changed.axes = 2;
        for (std::size_t i = 0; i < 4; ++i) {
            if (!step[i])
                continue;
            changed.keys.insert(changed.keys.end(), keys.begin() + std::ptrdiff_t(2 * i),
                                keys.begin() + std::ptrdiff_t(2 * i + 2));
            changed.weights.push_back(step[i]);
            changed.colour.push_back(colours[i]);
        }
        QVERIFY(viaChanged.addChanged(changed, four.axisX, palette));
        const auto tone = colour ? ParallelRaster::Tone::Colour : ParallelRaster::Tone::Density;
        const QImage imgAdd = viaAdd.toImage(tone, 1.0);
        const QImage imgChanged = viaChanged.toImage(tone, 1.0);
        int differing = 0, lit = 0;
        for (int y = 0; y < 50; ++y) {
            for (int x = 0; x < 101; ++x) {
                differing += imgAdd.pixel(x, y) != imgChanged.pixel(x, y);
                lit += qAlpha(imgAdd.pixel(x, y)) > 0;
            }
        }
        QCOMPARE(differing, 0);
        QVERIFY(lit >= 100);
        QVERIFY(near(viaChanged.maxCount(), viaAdd.maxCount(), 1e-6));
    }
}

void TestParallelView::brushGestureThenFilterToThese()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    QAction *filterAction = m_view->findChild<QAction *>(QStringLiteral("filterToBrushes"));
    QAction *clearAction = m_view->findChild<QAction *>(QStringLiteral("clearBrushes"));
    QVERIFY(filterAction && clearAction);
    QVERIFY(!filterAction->isEnabled() && !clearAction->isEnabled());
    const qint64 all = sqlCount(QString());
    const int axis = chart->axisIndex(Column::Energy);
    QVERIFY(axis >= 0);
    const QRectF plot = chart->plotRect();
    const int x = int(std::lround(chart->axisX(axis)));
    const int y0 = int(plot.top() + plot.height() * 0.3);
    const int y1 = int(plot.top() + plot.height() * 0.6);
    const parallel::AxisScale s = chart->axisScale(axis);
    // The range the pixels stand for, from the axis' own map.
    const double hi = s.fromUnit((plot.bottom() - y0) / plot.height());
    const double lo = s.fromUnit((plot.bottom() - y1) / plot.height());
    drag(chart, QPoint(x, y0), QPoint(x, y1));
    // The brush highlights: the filter and the runs drawn stay; "N of M" counts the brushed ones.
    QVERIFY(m_fx.filterState->filter().isEmpty());
    QVERIFY(chart->brushes().count(Column::Energy));
    QVERIFY(near(chart->brushes().at(Column::Energy).lo, lo));
    QVERIFY(near(chart->brushes().at(Column::Energy).hi, hi));
    QVERIFY(filterAction->isEnabled() && clearAction->isEnabled());
    QCOMPARE(qint64(m_view->result()->rows), all);
    const qint64 inEnergy = sqlCount(QStringLiteral("WHERE energy BETWEEN ? AND ?"), {lo, hi});
    QVERIFY(inEnergy > 0 && inEnergy < all);
    QCOMPARE(m_view->brushCount(), (BrushCount{std::size_t(inEnergy), std::size_t(all)}));
    chart->updateLayersNow();
    QCOMPARE(qint64(chart->brushedCount()), inEnergy);
    // A second brush combines (AND).
    const int pAxis = chart->axisIndex(Column::Power);
    const int px = int(std::lround(chart->axisX(pAxis)));
    const QRectF plot2 = chart->plotRect();
    const parallel::AxisScale ps = chart->axisScale(pAxis);
    const int py0 = int(plot2.top() + plot2.height() * 0.2);
    const int py1 = int(plot2.top() + plot2.height() * 0.7);
    const double pHi = ps.fromUnit((plot2.bottom() - py0) / plot2.height());
    const double pLo = ps.fromUnit((plot2.bottom() - py1) / plot2.height());
    drag(chart, QPoint(px, py0), QPoint(px, py1));
    QVERIFY(m_fx.filterState->filter().isEmpty());
    const qint64 inBoth = sqlCount(QStringLiteral("WHERE energy BETWEEN ? AND ? AND power BETWEEN ? AND ?"),
                                   {lo, hi, pLo, pHi});
    QCOMPARE(m_view->brushCount(), (BrushCount{std::size_t(inBoth), std::size_t(all)}));
    // "Filter to these": both brushes go into the filter in one step, and the data follows.
    filterAction->trigger();
    const Filter g = m_fx.filterState->filter();
    QVERIFY(near(g.ranges.value(QStringLiteral("energy")).first, lo, 1e-9));
    QVERIFY(near(g.ranges.value(QStringLiteral("energy")).second, hi, 1e-9));
    QVERIFY(near(g.ranges.value(QStringLiteral("power")).first, pLo, 1e-9));
    QVERIFY(near(g.ranges.value(QStringLiteral("power")).second, pHi, 1e-9));
    QVERIFY2(m_fx.lastFilterText.startsWith(QStringLiteral("Brush energy ")), qPrintable(m_fx.lastFilterText));
    QVERIFY2(m_fx.lastFilterText.contains(QStringLiteral("; Brush power ")), qPrintable(m_fx.lastFilterText));
    QVERIFY(m_fx.lastFilterText.contains(QStringLiteral("J")));
    QVERIFY(!chart->hasBrush());
    QVERIFY(!filterAction->isEnabled());
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(qint64(m_view->result()->rows), inBoth);
    // A click (no drag) changes nothing.
    const Filter before = m_fx.filterState->filter();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, QPoint(x, int(plot.top() + 5)));
    QCOMPARE(m_fx.filterState->filter(), before);
    QVERIFY(!chart->hasBrush());
}

void TestParallelView::brushKeepsAxisRanges()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    std::vector<parallel::AxisScale> before;
    for (int i = 0; i < int(chart->axes().size()); ++i)
        before.push_back(chart->axisScale(i));
    auto scalesNow = [chart] {
        std::vector<parallel::AxisScale> now;
        for (int i = 0; i < int(chart->axes().size()); ++i)
            now.push_back(chart->axisScale(i));
        return now;
    };
    const int axis = chart->axisIndex(Column::RunTime);
    const int x = int(std::lround(chart->axisX(axis)));
    const QRectF plot = chart->plotRect();
    drag(chart, QPoint(x, int(plot.top() + plot.height() * 0.45)), QPoint(x, int(plot.top() + plot.height() * 0.55)));
    QVERIFY(chart->hasBrush());
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(scalesNow(), before);
    // A brush reaching far past the data (as a saved one may) does not widen its axis either.
    const parallel::AxisScale power = chart->axisScale(chart->axisIndex(Column::Power));
    ParallelCoordinates::Brushes b = chart->brushes();
    b[Column::Power] = {power.lo - 1000, power.hi + 1000};
    chart->setBrushes(b);
    QCOMPARE(scalesNow(), before);
    // Brushes change no axis range, so every line outside them keeps its place as grey context.
    chart->updateLayersNow();
    QVERIFY(chart->brushedCount() < m_view->result()->rows);
}

void TestParallelView::moveAndClearBrush()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    const int axis = chart->axisIndex(Column::RunTime);
    const int x = int(std::lround(chart->axisX(axis)));
    QRectF plot = chart->plotRect();
    drag(chart, QPoint(x, int(plot.top() + plot.height() * 0.4)), QPoint(x, int(plot.top() + plot.height() * 0.6)));
    const auto first = chart->brushes().at(Column::RunTime);
    QVERIFY(first.lo < first.hi);
    // Drag the brush itself downwards: the same width in log units, lower values.
    QTest::qWait(20);
    plot = chart->plotRect();
    const double top = chart->axisY(axis, first.hi);
    const double bottom = chart->axisY(axis, first.lo);
    const int mid = int(std::lround((top + bottom) / 2));
    drag(chart, QPoint(x, mid), QPoint(x, mid + 30));
    const auto moved = chart->brushes().at(Column::RunTime);
    QVERIFY2(moved.lo < first.lo && moved.hi < first.hi,
             qPrintable(QStringLiteral("%1..%2 -> %3..%4").arg(first.lo).arg(first.hi).arg(moved.lo).arg(moved.hi)));
    QVERIFY(near(std::log10(moved.hi / moved.lo), std::log10(first.hi / first.lo), 1e-6));
    QVERIFY(m_fx.filterState->filter().isEmpty());
    // Double-click the axis: the brush goes; the filter was never touched.
    plot = chart->plotRect();
    QTest::mouseDClick(chart, Qt::LeftButton, Qt::NoModifier, QPoint(x, int(plot.top() + 10)));
    QVERIFY(!chart->hasBrush());
    QVERIFY(m_fx.filterState->filter().isEmpty());
    QCOMPARE(qint64(m_view->result()->rows), sqlCount(QString()));
    // A click on the axis beside its brush clears that brush alone.
    drag(chart, QPoint(x, int(plot.top() + plot.height() * 0.4)), QPoint(x, int(plot.top() + plot.height() * 0.6)));
    const int eAxis = chart->axisIndex(Column::Energy);
    const int ex = int(std::lround(chart->axisX(eAxis)));
    drag(chart, QPoint(ex, int(plot.top() + plot.height() * 0.3)), QPoint(ex, int(plot.top() + plot.height() * 0.5)));
    QCOMPARE(chart->brushes().size(), std::size_t(2));
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, QPoint(x, int(plot.top() + plot.height() * 0.9)));
    QCOMPARE(chart->brushes().size(), std::size_t(1));
    QVERIFY(chart->brushes().count(Column::Energy));
    QVERIFY(m_fx.filterState->filter().isEmpty());
}

void TestParallelView::resizeAndClearAll()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    const int axis = chart->axisIndex(Column::Power);
    const int x = int(std::lround(chart->axisX(axis)));
    const QRectF plot = chart->plotRect();
    const int yTop = int(plot.top() + plot.height() * 0.3);
    const int yBottom = int(plot.top() + plot.height() * 0.6);
    drag(chart, QPoint(x, yTop), QPoint(x, yBottom));
    const auto first = chart->brushes().at(Column::Power);
    // The top handle: the high end moves up, the low end stays.
    drag(chart, QPoint(x, int(std::lround(chart->axisY(axis, first.hi)))),
         QPoint(x, int(std::lround(chart->axisY(axis, first.hi))) - 40));
    const auto taller = chart->brushes().at(Column::Power);
    QVERIFY2(taller.hi > first.hi, qPrintable(QStringLiteral("%1 -> %2").arg(first.hi).arg(taller.hi)));
    QVERIFY(near(taller.lo, first.lo));
    // The bottom handle: the low end moves down, the high end stays.
    drag(chart, QPoint(x, int(std::lround(chart->axisY(axis, taller.lo)))),
         QPoint(x, int(std::lround(chart->axisY(axis, taller.lo))) + 30));
    const auto deeper = chart->brushes().at(Column::Power);
    QVERIFY(deeper.lo < taller.lo);
    QVERIFY(near(deeper.hi, taller.hi));
    // Esc clears every brush.
    const int eAxis = chart->axisIndex(Column::Energy);
    const int ex = int(std::lround(chart->axisX(eAxis)));
    drag(chart, QPoint(ex, yTop), QPoint(ex, yBottom));
    QCOMPARE(chart->brushes().size(), std::size_t(2));
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    QTest::keyClick(chart, Qt::Key_Escape);
    QVERIFY(!chart->hasBrush());
    QCOMPARE(state.count(), 1);
    // A click beside the axes, inside the plot, clears them too; so does the toolbar action.
    drag(chart, QPoint(ex, yTop), QPoint(ex, yBottom));
    QVERIFY(chart->hasBrush());
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier,
                      QPoint(int(std::lround((chart->axisX(0) + chart->axisX(1)) / 2)), int(plot.center().y())));
    QVERIFY(!chart->hasBrush());
    drag(chart, QPoint(ex, yTop), QPoint(ex, yBottom));
    QVERIFY(chart->hasBrush());
    m_view->findChild<QAction *>(QStringLiteral("clearBrushes"))->trigger();
    QVERIFY(!chart->hasBrush());
    QVERIFY(m_fx.filterState->filter().isEmpty());
}

void TestParallelView::statusCountsInEnglishAndGerman()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    QCOMPARE(qint64(m_view->result()->rows), qint64(5000));
    QVERIFY(chart->statusText().startsWith(QLocale().toString(5000) + QStringLiteral(" runs, one line each.")));
    // One run: the lowest energy alone (the demo has one run there).
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT min(energy) FROM runs")) && q.next());
    const double lowest = q.value(0).toDouble();
    QCOMPARE(sqlCount(QStringLiteral("WHERE energy = ?"), {lowest}), qint64(1));
    ParallelCoordinates::Brushes one;
    one[Column::Energy] = {lowest, lowest};
    chart->setBrushes(one);
    chart->updateLayersNow();
    QCOMPARE(chart->statusText(),
             QStringLiteral("1 of %1 runs inside, in colour; the rest in grey. Esc or a click beside "
                            "the axes clears the brushes.")
                 .arg(QLocale().toString(5000)));
    // Many: the runs from 50 kJ to 700 kJ, as SQL counts them.
    ParallelCoordinates::Brushes many;
    many[Column::Energy] = {5e4, 7e5};
    const qint64 inside = sqlCount(QStringLiteral("WHERE energy BETWEEN 50000 AND 700000"));
    QVERIFY(inside > 1000);
    chart->setBrushes(many);
    chart->updateLayersNow();
    QVERIFY2(chart->statusText().startsWith(
                 QStringLiteral("%1 of %2 runs inside, ").arg(QLocale().toString(inside), QLocale().toString(5000))),
             qPrintable(chart->statusText()));
    QVERIFY(m_view->grab().toImage().save(outPath(QStringLiteral("parallel-brushed-screen-en.png"))));
    // German: plural forms and a full stop between thousands.
    QTranslator german;
    if (!german.load(QStringLiteral(WATTPRINT_OUTPUT_DIR "/../app/wattprint_de.qm")))
        QSKIP("the German catalogue is not built (build the wattprint target)");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication::installTranslator(&german);
    const QString manyDe = chart->statusText();
    const QString grabbed = outPath(QStringLiteral("parallel-brushed-screen-de.png"));
    const bool saved = m_view->grab().toImage().save(grabbed);
    chart->setBrushes(one);
    chart->updateLayersNow();
    const QString oneDe = chart->statusText();
    QCoreApplication::removeTranslator(&german);
    QLocale::setDefault(before);
    QVERIFY(saved);
    QVERIFY2(manyDe.startsWith(QStringLiteral("%1 von 5.000 Läufen liegen innerhalb, farbig")
                                   .arg(QLocale(QLocale::German).toString(inside))),
             qPrintable(manyDe));
    QVERIFY2(oneDe.startsWith(QStringLiteral("1 von 5.000 Läufen liegt innerhalb, farbig")), qPrintable(oneDe));
}

void TestParallelView::filterToTheseNarrowsOnly()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    Filter f;
    f.ranges.insert(QStringLiteral("energy"), {1e5, 1e6});
    f.depthMin = 4;
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    // Brushes reaching past the filter's ends (as one over an axis's margin does) keep those ends.
    ParallelCoordinates::Brushes b;
    b[Column::Energy] = {1e4, 5e5};
    b[Column::Depth] = {2, 8};
    chart->setBrushes(b);
    const qint64 inside = sqlCount(QStringLiteral("WHERE energy BETWEEN 100000 AND 500000 AND depth BETWEEN 4 AND 8"));
    QVERIFY(inside > 0);
    QCOMPARE(qint64(m_view->brushCount().inside), inside);
    QVERIFY(m_view->filterToBrushes());
    const Filter g = m_fx.filterState->filter();
    QCOMPARE(g.ranges.value(QStringLiteral("energy")), qMakePair(1e5, 5e5));
    QCOMPARE(g.depthMin, std::optional<int>(4));
    QCOMPARE(g.depthMax, std::optional<int>(8));
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(qint64(m_view->result()->rows), inside);
    // A brush with no run inside leaves the filter and the brush as they are.
    ParallelCoordinates::Brushes none;
    none[Column::Energy] = {1, 2};
    chart->setBrushes(none);
    QCOMPARE(m_view->brushCount().inside, std::size_t(0));
    QVERIFY(!m_view->filterToBrushes());
    QCOMPARE(m_fx.filterState->filter(), g);
    QCOMPARE(chart->brushes(), none);
}

void TestParallelView::sizeBrushUsesSizeLimits()
{
    Filter f;
    f.datasets = {QStringLiteral("mnist")};
    const Filter g = ParallelView::filterWithBrush(f, Column::Size, ParallelCoordinates::Range{1000.5, 70000.2});
    QCOMPARE(g.sizeMin, std::optional<qint64>(1001));
    QCOMPARE(g.sizeMax, std::optional<qint64>(70000));
    QCOMPARE(g.datasets, f.datasets);
    QVERIFY(g.ranges.isEmpty());
    const Filter h = ParallelView::filterWithBrush(g, Column::Depth, ParallelCoordinates::Range{2.2, 6.9});
    QCOMPARE(h.depthMin, std::optional<int>(3));
    QCOMPARE(h.depthMax, std::optional<int>(6));
    // Clearing takes the limits out; overhead energy cannot be filtered.
    const Filter cleared = ParallelView::filterWithBrush(h, Column::Size, std::nullopt);
    QVERIFY(!cleared.sizeMin && !cleared.sizeMax);
    QCOMPARE(cleared.depthMin, std::optional<int>(3));
    QCOMPARE(ParallelView::filterWithBrush(h, Column::EnergyOverhead, ParallelCoordinates::Range{1, 2}), h);
    const Filter e = ParallelView::filterWithBrush(Filter(), Column::EnergyPerDatum,
                                                   ParallelCoordinates::Range{1e-3, 2e-2});
    QCOMPARE(e.ranges.value(QStringLiteral("energy_per_datum")), qMakePair(1e-3, 2e-2));
    QCOMPARE(ParallelView::brushText(Column::Energy, ParallelCoordinates::Range{10000, 100000}),
             QStringLiteral("Brush energy 10 kJ – 100 kJ"));
    // A gesture on the size axis.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    const int x = int(std::lround(chart->axisX(0)));
    const QRectF plot = chart->plotRect();
    drag(chart, QPoint(x, int(plot.top() + plot.height() * 0.25)), QPoint(x, int(plot.top() + plot.height() * 0.55)));
    QVERIFY(m_fx.filterState->filter().isEmpty());
    QVERIFY(m_view->filterToBrushes());
    const Filter s = m_fx.filterState->filter();
    QVERIFY(s.sizeMin && s.sizeMax);
    QVERIFY(*s.sizeMin < *s.sizeMax);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(qint64(m_view->result()->rows),
             sqlCount(QStringLiteral("WHERE size >= ? AND size <= ?"), {*s.sizeMin, *s.sizeMax}));
}

void TestParallelView::filterFollowsFromElsewhere()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    f.ranges.insert(QStringLiteral("power"), {300.0, 500.0});
    f.depthMin = 4;
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(qint64(m_view->result()->rows),
             sqlCount(QStringLiteral("WHERE device = 'GPU' AND power BETWEEN 300 AND 500 AND depth >= 4")));
    // The filter's ranges are the chips'; the view draws its runs with no brush of its own.
    QVERIFY(!m_view->chart()->hasBrush());
    m_view->chart()->updateLayersNow();
    QCOMPARE(m_view->chart()->brushedCount(), m_view->result()->rows);
    // The power axis spans the runs in force (inside 300..500 W, with its small margin).
    const auto s = m_view->chart()->axisScale(m_view->chart()->axisIndex(Column::Power));
    const auto &d = *m_view->result()->data;
    const auto e = d.linearExtent[std::size_t(d.indexOf(Column::Power))];
    QVERIFY(e && e->lo >= 300 && e->hi <= 500);
    QCOMPARE(s, parallel::scaleFor(*e, false, false));
    // A brush of the view's own stays over a filter change from elsewhere.
    ParallelCoordinates::Brushes b;
    b[Column::Power] = {350, 450};
    m_view->chart()->setBrushes(b);
    f.depthMin = 5;
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->chart()->brushes(), b);
    QCOMPARE(qint64(m_view->brushCount().inside),
             sqlCount(QStringLiteral("WHERE device = 'GPU' AND power BETWEEN 350 AND 450 AND depth >= 5")));
}

void TestParallelView::titleDragReorders()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    ParallelCoordinates *chart = m_view->chart();
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    const int y = int(chart->plotRect().top() - 30);
    drag(chart, QPoint(int(chart->axisX(0)), y), QPoint(int(chart->axisX(2)) + 5, y));
    QCOMPARE(chart->axes()[2].column, Column::Size);
    QCOMPARE(chart->axes()[0].column, Column::Depth);
    QCOMPARE(chart->axes()[1].column, Column::Energy);
    QVERIFY(state.count() >= 1);
    // The filter is untouched by a reorder.
    QVERIFY(m_fx.filterState->filter().isEmpty());
}

void TestParallelView::stateRoundTrip()
{
    ParallelCoordinates *chart = m_view->chart();
    chart->moveAxis(4, 0); // power first
    chart->setAxisFlipped(chart->axisIndex(Column::Energy), true);
    chart->setAxisLog(chart->axisIndex(Column::RunTime), false);
    chart->addAxis(Column::EnergyPerEpoch);
    chart->setColourBy(ParallelCoordinates::ColourBy::Numeric, Column::Power);
    const QJsonObject state = m_view->saveState();
    ParallelView other;
    other.restoreState(state);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(other.chart()->axes(), chart->axes());
    QCOMPARE(other.chart()->axes()[0].column, Column::Power);
    QVERIFY(other.chart()->axes()[std::size_t(other.chart()->axisIndex(Column::Energy))].flipped);
    QVERIFY(!other.chart()->axes()[std::size_t(other.chart()->axisIndex(Column::RunTime))].log);
    QCOMPARE(other.chart()->axes().back().column, Column::EnergyPerEpoch);
    QCOMPARE(other.chart()->colourBy(), ParallelCoordinates::ColourBy::Numeric);
    QCOMPARE(other.chart()->colourColumn(), Column::Power);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("colourBox"))->currentData().toString(),
             QStringLiteral("power"));
    // Nonsense is ignored; reset brings the default axes back.
    other.restoreState(QJsonObject{{QStringLiteral("axes"), QJsonArray{QStringLiteral("x")}}});
    QCOMPARE(other.chart()->axes(), chart->axes());
    other.resetZoom();
    QCOMPARE(int(other.chart()->axes().size()), 6);
    QCOMPARE(other.chart()->axes()[0].column, Column::Size);
}

void TestParallelView::stateKeepsBrushes()
{
    ParallelCoordinates *chart = m_view->chart();
    constexpr double inf = std::numeric_limits<double>::infinity();
    ParallelCoordinates::Brushes b;
    b[Column::Energy] = {1e4, 1e6};
    b[Column::Depth] = {3, inf}; // an open end, as JSON cannot hold infinity
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    chart->setBrushes(b);
    QCOMPARE(state.count(), 1);
    const QJsonObject saved = m_view->saveState();
    QCOMPARE(saved.value(QStringLiteral("brushes")).toArray().size(), 2);
    ParallelView other;
    other.restoreState(saved);
    QCOMPARE(other.chart()->brushes(), b);
    QCOMPARE(other.saveState(), saved);
    // A state from before brushes were kept loads with none (and takes away brushes in force).
    QJsonObject old = saved;
    old.remove(QStringLiteral("brushes"));
    other.restoreState(old);
    QVERIFY(!other.chart()->hasBrush());
    QCOMPARE(other.chart()->axes(), chart->axes());
    QVERIFY(!other.saveState().contains(QStringLiteral("brushes")));
    // Nonsense entries are left out: an unknown column, text for a number, a reversed range.
    QJsonObject bad = saved;
    bad.insert(QStringLiteral("brushes"),
               QJsonArray{QJsonObject{{QStringLiteral("column"), QStringLiteral("x")}, {QStringLiteral("lo"), 1}},
                          QJsonObject{{QStringLiteral("column"), QStringLiteral("power")},
                                      {QStringLiteral("lo"), QStringLiteral("1")}},
                          QJsonObject{{QStringLiteral("column"), QStringLiteral("power")},
                                      {QStringLiteral("lo"), 5},
                                      {QStringLiteral("hi"), 2}},
                          QJsonObject{{QStringLiteral("column"), QStringLiteral("run_time")},
                                      {QStringLiteral("lo"), 2},
                                      {QStringLiteral("hi"), 5}}});
    other.restoreState(bad);
    QCOMPARE(other.chart()->brushes().size(), std::size_t(1));
    QCOMPARE(other.chart()->brushes().at(Column::RunTime), (ParallelCoordinates::Range{2, 5}));
}

void TestParallelView::findingKnownAnswers()
{
    // CPU: run time x100 from 100 to 10k parameters, power within 198-202 W (flat).
    // GPU: run time x4, power 300 -> 600 W (not flat).
    std::vector<HandRun> runs;
    const std::int64_t sizes[] = {100, 1000, 10000};
    const double cpuTime[] = {10, 100, 1000};
    const double gpuTime[] = {20, 40, 80};
    const double gpuPower[] = {300, 450, 600};
    for (int k = 0; k < 3; ++k) {
        for (double jitter : {0.9, 1.0, 1.1}) {
            runs.push_back({false, sizes[k], cpuTime[k] * jitter, 200 * (jitter > 1 ? 1.01 : jitter < 1 ? 0.99 : 1.0)});
            runs.push_back({true, sizes[k], gpuTime[k] * jitter, gpuPower[k] * jitter});
        }
    }
    // The growth behind it: tests/analysis/tst_parallelanalysis.cpp growthKnownAnswers.
    const RunColumns c = handColumns(runs);
    const ParallelResult r = computeParallelCoordinates(
        c, parallel::defaultAxes(), ParallelView::groupingFor(ParallelCoordinates::ColourBy::Device));
    QCOMPARE(
        ParallelView::findingFor(r),
        QStringLiteral("Run time grows while power stays flat in CPU runs: from 100 to 10k parameters their median "
                       "run time grows 100\u00d7 (10 s to 16.7 min) while median power stays at about 200 W."));

    // Without the flat group: the largest growth, with its power change.
    std::vector<HandRun> gpuOnly;
    for (const HandRun &h : runs) {
        if (h.gpu)
            gpuOnly.push_back(h);
    }
    const ParallelResult g = computeParallelCoordinates(
        handColumns(gpuOnly), parallel::defaultAxes(),
        ParallelView::groupingFor(ParallelCoordinates::ColourBy::Density));
    QCOMPARE(ParallelView::findingFor(g),
             QStringLiteral(
                 "Power does not stay flat where run time grows: in GPU runs, median run time grows 4.0\u00d7 from "
                 "100 to 10k parameters, and median power changes 2.0\u00d7 (between 300 W and 600 W)."));

    // Colour by shape splits the groups by shape.
    const ParallelResult s = computeParallelCoordinates(
        c, parallel::defaultAxes(), ParallelView::groupingFor(ParallelCoordinates::ColourBy::Shape));
    QCOMPARE(s.growth.front().name, QStringLiteral("CPU runs of shape rectangle"));

    // Two sizes only; no runs.
    std::vector<HandRun> two;
    for (const HandRun &h : runs) {
        if (h.size != 10000)
            two.push_back(h);
    }
    const ParallelResult t = computeParallelCoordinates(
        handColumns(two), parallel::defaultAxes(), ParallelView::groupingFor(ParallelCoordinates::ColourBy::Density));
    QVERIFY(ParallelView::findingFor(t).startsWith(QStringLiteral("No group of the 12 runs in force spans three")));
    const ParallelResult e = computeParallelCoordinates(
        RunColumns(), parallel::defaultAxes(), ParallelView::groupingFor(ParallelCoordinates::ColourBy::Density));
    QCOMPARE(ParallelView::findingFor(e), QStringLiteral("No runs match the filter."));
}

void TestParallelView::findingFromStore()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(!m_view->finding().isEmpty());
    m_view->chart()->setColourBy(ParallelCoordinates::ColourBy::Device);
    QVERIFY(waitReady(m_view.get()));
    // Medians per device and size from the raw rows.
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT device, size, run_time, power FROM runs WHERE size > 0 AND run_time > 0 AND "
                                  "power > 0")));
    std::map<QString, std::map<qint64, std::pair<std::vector<double>, std::vector<double>>>> cells;
    while (q.next()) {
        auto &cell = cells[q.value(0).toString()][q.value(1).toLongLong()];
        cell.first.push_back(q.value(2).toDouble());
        cell.second.push_back(q.value(3).toDouble());
    }
    struct Expect
    {
        QString device;
        double growth, spread;
    };
    std::vector<Expect> expect;
    for (auto &[device, bySize] : cells) {
        double pMin = 1e300, pMax = 0;
        for (auto &[size, cell] : bySize) {
            pMin = std::min(pMin, medianOf(cell.second));
            pMax = std::max(pMax, medianOf(cell.second));
        }
        expect.push_back(
            {device, medianOf(bySize.rbegin()->second.first) / medianOf(bySize.begin()->second.first), pMax / pMin});
    }
    const auto r = m_view->result();
    QCOMPARE(r->growth.size(), expect.size());
    for (const Expect &e : expect) {
        const auto it = std::find_if(r->growth.begin(), r->growth.end(), [&](const parallel::GrowthGroup &g) {
            return g.name == e.device + QStringLiteral(" runs");
        });
        QVERIFY(it != r->growth.end());
        QVERIFY(near(it->runTimeGrowth, e.growth, 1e-9));
        QVERIFY(near(it->powerSpread, e.spread, 1e-9));
    }
    // The finding names the flat group with the largest growth, or the largest growth overall.
    const Expect *best = nullptr;
    for (const Expect &e : expect) {
        if (e.spread <= 1.25 && e.growth >= 1.5 && (!best || e.growth > best->growth))
            best = &e;
    }
    const QString finding = m_view->finding();
    qInfo("finding on the 5000-run demo: %s", qPrintable(finding));
    if (best) {
        QVERIFY(
            finding.startsWith(QStringLiteral("Run time grows while power stays flat in %1 runs").arg(best->device)));
        QVERIFY(finding.contains(QLocale().toString(best->growth, 'f', std::round(best->growth * 10) / 10 >= 10 ? 0 : 1)
                                 + QChar(0x00d7)));
    } else {
        QVERIFY(finding.startsWith(QStringLiteral("Power does not stay flat")));
    }
}

void TestParallelView::exportsPngPdf()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    m_view->resize(760, 520);
    QTest::qWait(30);
    m_view->chart()->updateLayersNow();
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    QVERIFY(screen.save(outPath(QStringLiteral("parallel-screen.png"))));

    QString error;
    const QString png = outPath(QStringLiteral("parallel.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 150), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(qRound(1123 * 150 / 96.0), qRound(794 * 150 / 96.0)));
    checkNotBlank(image, 200);

    // With a brush: highlighted lines over grey ones.
    ParallelCoordinates::Brushes b;
    const auto r = m_view->result();
    const auto &e = *r->data->linearExtent[std::size_t(r->data->indexOf(Column::Energy))];
    b[Column::Energy] = {e.lo * 3, e.hi / 30};
    m_view->chart()->setBrushes(b);
    m_view->chart()->setColourBy(ParallelCoordinates::ColourBy::Device);
    QVERIFY(waitReady(m_view.get()));
    m_view->chart()->setBrushes(b);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("parallel-brushed.png")), &error, 110));

    const QString pdf = outPath(QStringLiteral("parallel.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    qInfo("PDF: %lld bytes", qint64(bytes.size()));
    QVERIFY(bytes.size() < 5 * 1024 * 1024);
}

void TestParallelView::colourModesRender()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    QString error;
    using C = ParallelCoordinates::ColourBy;
    const struct
    {
        C by;
        Column column;
        const char *name;
    } modes[] = {{C::Shape, Column::Energy, "shape"},
                 {C::Dataset, Column::Energy, "dataset"},
                 {C::Numeric, Column::EnergyPerEpoch, "numeric"},
                 {C::Density, Column::Energy, "density"}};
    for (const auto &m : modes) {
        m_view->chart()->setColourBy(m.by, m.column);
        QVERIFY(waitReady(m_view.get()));
        const QString path = outPath(QStringLiteral("parallel-%1.png").arg(QLatin1String(m.name)));
        QVERIFY2(m_view->exportToFile(path, &error, 96), qPrintable(error));
        checkNotBlank(QImage(path), 60);
    }
    // A numeric colour column the axes lack was loaded for the colour.
    m_view->chart()->setColourBy(C::Numeric, Column::EnergyOverhead);
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(m_view->result()->data->indexOf(Column::EnergyOverhead) >= 0);
}

void TestParallelView::timingOnFullDemo()
{
    const QString db = qEnvironmentVariable("WATTPRINT_PARALLEL_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_PARALLEL_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(DemoStore::build(&store, DemoOptions()).ok);
    }
    m_view.reset();
    m_fx.setDataSource(db, Filter());
    m_view = std::make_unique<ParallelView>();
    m_view->resize(760, 520);
    m_view->setEnvironment(m_fx.env);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(m_view.get(), 120000));
    const qint64 ready = t.elapsed();
    while (!m_view->chart()->layersReady() && t.elapsed() < 60000)
        QTest::qWait(5);
    qInfo("%zu runs: refresh to ready %lld ms, to lines drawn %lld ms", m_view->result()->rows, ready, t.elapsed());
    qInfo("finding on the full demo: %s", qPrintable(m_view->finding()));
    QString error;
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("parallel-full.png")), &error, 110));
    QVERIFY(m_view->grab().toImage().save(outPath(QStringLiteral("parallel-full-screen.png"))));
    m_view->chart()->setColourBy(ParallelCoordinates::ColourBy::Device);
    QVERIFY(waitReady(m_view.get(), 60000));
    ParallelCoordinates::Brushes b;
    b[Column::RunTime] = {600, 6000};
    m_view->chart()->setBrushes(b);
    m_view->chart()->updateLayersNow();
    QVERIFY(m_view->grab().toImage().save(outPath(QStringLiteral("parallel-full-brushed-screen.png"))));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("parallel-full.pdf")), &error));
    qInfo("PDF %lld bytes", QFileInfo(outPath(QStringLiteral("parallel-full.pdf"))).size());
}

QTEST_MAIN(TestParallelView)
#include "tst_parallelview.moc"
