// The energy distribution view on a 5000-run demo store: its numbers against direct SQL (hand
// arithmetic on them is in tests/analysis/tst_distributionanalysis.cpp), its finding sentence on
// fixtures with a known answer, the drag selection into the filter, the metric state, and
// PNG/SVG/PDF exports (written to the build's test-output).
#include <demostore.h>
#include <distributionview.h>
#include <filterstate.h>
#include <runloader.h>
#include <store.h>
#include <viewregistry.h>

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "../support/distributioncolumns.h"
#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace wattprint;
using testsupport::distribution::handColumns;

namespace {

// numpy.quantile's default (linear, type 7), written out here rather than borrowed.
double type7(std::vector<double> sorted, double q)
{
    std::sort(sorted.begin(), sorted.end());
    const double h = (double(sorted.size()) - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

double biasedSkew(const std::vector<double> &x)
{
    const double n = double(x.size());
    const double mean = std::accumulate(x.begin(), x.end(), 0.0) / n;
    double m2 = 0, m3 = 0;
    for (double v : x) {
        m2 += (v - mean) * (v - mean);
        m3 += (v - mean) * (v - mean) * (v - mean);
    }
    m2 /= n;
    m3 /= n;
    return m3 / std::pow(m2, 1.5);
}

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

// A PNG that shows something: many colours and a fair share of non-white pixels.
using wattprint::testsupport::checkNotBlank;

// The chart itself is on the page: enough pixels of the CPU bars' light blue and the GPU bars'
// light orange (their fill colours over white), not just text.
void checkHasBars(const QImage &image, bool gpu = true)
{
    auto share = [&image](QColor c) {
        qint64 n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor p(image.pixel(x, y));
                n += std::abs(p.red() - c.red()) <= 12 && std::abs(p.green() - c.green()) <= 12
                    && std::abs(p.blue() - c.blue()) <= 12;
            }
        }
        return double(n) / (double(image.width()) * image.height());
    };
    const double blue = share(QColor(185, 216, 233));
    QVERIFY2(blue > 0.01, qPrintable(QStringLiteral("CPU bars cover %1").arg(blue)));
    if (gpu) {
        const double orange = share(QColor(243, 211, 185));
        QVERIFY2(orange > 0.01, qPrintable(QStringLiteral("GPU bars cover %1").arg(orange)));
    }
}

} // namespace

class TestDistributionView : public QObject
{
    Q_OBJECT

private:
    std::vector<double> sqlValues(const QString &column, bool gpu, const QString &extraWhere = {}) const;
    void setFilter(const Filter &filter);
    bool waitReady(DistributionView *view, int timeoutMs = 20000);
    QString outPath(const QString &name) const;

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<DistributionView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void registryListsDistribution();
    void seriesMatchSql();
    void findingKnownAnswers();
    void findingFromStoreMatchesSql();
    void onlyOneDeviceAndEmpty();
    void dragSelectsRangeIntoFilter();
    void metricStateRoundTrip();
    void powerMetricMatchesSql();
    void exportsPngSvgPdf();
    void printsThroughQPrinter();
    void footerNamesSyntheticAndFilter();
    void controlsNamedAndReachable();
    void shortDockKeepsLegendSummaryAndFitsItsTitle();
    void timingOnLargeStore();
};

void TestDistributionView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestDistributionView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestDistributionView::init()
{
    m_fx.reset();
    m_view = std::make_unique<DistributionView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestDistributionView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

void TestDistributionView::setFilter(const Filter &filter)
{
    m_fx.setFilter(filter);
}

bool TestDistributionView::waitReady(DistributionView *view, int timeoutMs)
{
    return testsupport::ViewTestEnvironment::waitReady(view, timeoutMs);
}

QString TestDistributionView::outPath(const QString &name) const
{
    return testsupport::ViewTestEnvironment::outPath(name);
}

std::vector<double> TestDistributionView::sqlValues(const QString &column, bool gpu, const QString &extraWhere) const
{
    QSqlQuery q(m_fx.store()->database());
    const QString sql = QStringLiteral("SELECT %1 FROM runs WHERE is_gpu = %2 AND %1 > 0 %3")
                            .arg(column, gpu ? QStringLiteral("1") : QStringLiteral("0"), extraWhere);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    std::vector<double> v;
    while (q.next())
        v.push_back(q.value(0).toDouble());
    return v;
}

void TestDistributionView::registryListsDistribution()
{
    QVERIFY(ViewRegistry::ids().contains(QStringLiteral("distribution")));
    std::unique_ptr<ViewPanel> view(ViewRegistry::create(QStringLiteral("distribution")));
    QVERIFY(view);
    QCOMPARE(view->viewId(), QStringLiteral("distribution"));
    QCOMPARE(view->objectName(), QStringLiteral("distribution"));
    QVERIFY(!ViewRegistry::create(QStringLiteral("no-such-view")));
    QCOMPARE(m_view->nugget(), QStringLiteral("Do GPU runs spread wider and carry heavier tails than CPU runs?"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(), m_view->nugget());
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("metricBox"))->itemText(0),
             QStringLiteral("Energy per run"));
}

void TestDistributionView::seriesMatchSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QVERIFY(r);
    QCOMPARE(r->metric, DistributionMetric::Energy);

    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(energy), max(energy) FROM runs")));
    QVERIFY(q.next());
    QCOMPARE(qint64(r->totalRuns), q.value(0).toLongLong());
    QVERIFY(near(r->edges.front(), q.value(1).toDouble(), 1e-12));
    QVERIFY(near(r->edges.back(), q.value(2).toDouble(), 1e-12));

    for (bool gpu : {false, true}) {
        const auto &dev = gpu ? r->gpu : r->cpu;
        std::vector<double> v = sqlValues(QStringLiteral("energy"), gpu);
        QVERIFY(v.size() > 100);
        QCOMPARE(dev.count, v.size());
        QCOMPARE(dev.counts.size() + 1, r->edges.size());
        QCOMPARE(std::accumulate(dev.counts.begin(), dev.counts.end(), std::int64_t(0)), std::int64_t(v.size()));
        // Bars are the share per decade: their areas on the log axis add up to one.
        double area = 0;
        for (std::size_t i = 0; i < dev.densities.size(); ++i)
            area += dev.densities[i] * (std::log10(r->edges[i + 1]) - std::log10(r->edges[i]));
        QVERIFY(std::abs(area - 1) < 1e-9);
        // Each bar's count, recounted here from the SQL values on the log10 bins.
        for (std::size_t i = 0; i < dev.counts.size(); i += 7) {
            const double a = r->edges[i], b = r->edges[i + 1];
            const bool last = i + 1 == dev.counts.size();
            const auto inBin = std::count_if(v.begin(), v.end(),
                                             [&](double x) { return x >= a && (last ? x <= b : x < b); });
            QVERIFY2(std::abs(inBin - dev.counts[i]) <= 1, qPrintable(QStringLiteral("bin %1").arg(i)));
        }
        QVERIFY(near(dev.median, type7(v, 0.5)));
        QVERIFY(near(dev.q1, type7(v, 0.25)));
        QVERIFY(near(dev.q3, type7(v, 0.75)));
        QVERIFY(near(dev.iqr, type7(v, 0.75) - type7(v, 0.25), 1e-10));
        QVERIFY(near(dev.tailRatio, type7(v, 0.99) / type7(v, 0.5), 1e-10));
        std::vector<double> logs(v.size());
        std::transform(v.begin(), v.end(), logs.begin(), [](double x) { return std::log10(x); });
        QVERIFY(dev.skewLog10);
        QVERIFY(near(*dev.skewLog10, biasedSkew(logs), 1e-8));
        // The smooth curve is a density per decade: close to one in area over the axis.
        QVERIFY(dev.kdeX.size() > 100);
        double kdeArea = 0;
        for (std::size_t i = 1; i < dev.kdeX.size(); ++i)
            kdeArea += 0.5 * (dev.kdeDensity[i] + dev.kdeDensity[i - 1])
                * (std::log10(dev.kdeX[i]) - std::log10(dev.kdeX[i - 1]));
        QVERIFY2(kdeArea > 0.97 && kdeArea < 1.001, qPrintable(QString::number(kdeArea)));
    }
    // What is drawn: two filled step outlines and two curves, with a legend.
    QCOMPARE(m_view->plot()->graphCount(), 4);
    QCOMPARE(m_view->plot()->legend->itemCount(), 4);
    QVERIFY(m_view->plot()->xAxis->scaleType() == QCPAxis::stLogarithmic);
    QVERIFY(m_view->plot()->xAxis->label().contains(QStringLiteral("J")));
    QVERIFY(!m_view->finding().isEmpty());
}

void TestDistributionView::findingKnownAnswers()
{
    // CPU: 100, 101, ..., 200: Q1 125, median 150, Q3 175, p99 199 (type 7 on 101 values).
    // GPU: three times that, with the top two values ten times higher still: IQR 3x wider,
    // p99 = 0.99 * 100 = index 99 -> 3 * 199 * 10 = 5970, median 450: 13.3x the median.
    std::vector<double> cpu, gpu;
    for (int i = 100; i <= 200; ++i) {
        cpu.push_back(i);
        gpu.push_back(3.0 * i * (i >= 199 ? 10 : 1));
    }
    const DistributionResult r = computeDistribution(handColumns(cpu, gpu), DistributionMetric::Energy);
    const QString f = DistributionView::findingFor(r);
    QCOMPARE(f,
             QStringLiteral("GPU runs have a 3.0\u00d7 wider interquartile range of energy per run than CPU runs "
                            "(150 J against 50 J), but GPU runs spread about as much in relative terms (their "
                            "middle half spans a factor of 1.40, against 1.40) and have a heavier tail (their 99th "
                            "percentile is 13\u00d7 their median, against 1.3\u00d7)."));

    // Wider in joules, narrower as a factor: CPU 10^(1 + 2i/100) for i = 0..100 (Q1 10^1.5,
    // Q3 10^2.5, a factor of 10; median 100, p99 10^2.98); GPU 10000 + 100i (Q1 12500, Q3 17500).
    std::vector<double> cpuWide, gpuNarrow;
    for (int i = 0; i <= 100; ++i) {
        cpuWide.push_back(std::pow(10.0, 1 + 2 * i / 100.0));
        gpuNarrow.push_back(10000.0 + 100.0 * i);
    }
    const DistributionResult mixed = computeDistribution(handColumns(cpuWide, gpuNarrow), DistributionMetric::Energy);
    const double iqrRatio = 5000.0 / (std::pow(10.0, 2.5) - std::pow(10.0, 1.5));
    const QString m = DistributionView::findingFor(mixed);
    QCOMPARE(m,
             QStringLiteral("GPU runs have a %1\u00d7 wider interquartile range of energy per run than CPU runs "
                            "(5 kJ against 285 J), but GPU runs spread less in relative terms (their middle half "
                            "spans a factor of 1.40, against 10) and have a lighter tail (their 99th percentile "
                            "is 1.3\u00d7 their median, against 9.5\u00d7).")
                 .arg(QString::number(iqrRatio, 'f', 0)));

    // Swapped roles: GPU narrower and lighter-tailed.
    const DistributionResult swapped = computeDistribution(handColumns(gpu, cpu), DistributionMetric::Energy);
    const QString g = DistributionView::findingFor(swapped);
    QVERIFY2(g.startsWith(QStringLiteral("GPU runs have a 3.0\u00d7 narrower interquartile range")), qPrintable(g));
    QVERIFY2(g.contains(QStringLiteral("have a lighter tail")), qPrintable(g));

    // The same spread both ways.
    const DistributionResult same = computeDistribution(handColumns(cpu, cpu), DistributionMetric::Energy);
    const QString s = DistributionView::findingFor(same);
    QVERIFY2(s.startsWith(QStringLiteral("GPU and CPU runs have about the same interquartile range")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("and GPU runs spread about as much in relative terms")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("have a similar tail")), qPrintable(s));

    // One run, or all runs equal: no spread to smooth, but a sentence (the numbers are tested in
    // tests/analysis/tst_distributionanalysis.cpp).
    const DistributionResult one = computeDistribution(handColumns({5.0}, {}), DistributionMetric::Energy);
    QVERIFY(DistributionView::findingFor(one).startsWith(QStringLiteral("Only CPU runs match the filter: median")));
    const DistributionResult flat = computeDistribution(handColumns({7.0, 7.0, 7.0}, {7.0, 7.0}),
                                                        DistributionMetric::Energy);
    QVERIFY(!DistributionView::findingFor(flat).isEmpty());
}

void TestDistributionView::findingFromStoreMatchesSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const std::vector<double> cpu = sqlValues(QStringLiteral("energy"), false);
    const std::vector<double> gpu = sqlValues(QStringLiteral("energy"), true);
    const double ratio = (type7(gpu, 0.75) - type7(gpu, 0.25)) / (type7(cpu, 0.75) - type7(cpu, 0.25));
    const double shown = ratio >= 1 ? ratio : 1 / ratio;
    const QString expected = QStringLiteral("GPU runs have a %1\u00d7 %2 interquartile range of energy per run")
                                 .arg(QString::number(shown, 'f', shown >= 9.95 ? 0 : 1),
                                      ratio >= 1 ? QStringLiteral("wider") : QStringLiteral("narrower"));
    QVERIFY2(m_view->finding().startsWith(expected), qPrintable(m_view->finding() + QStringLiteral(" / ") + expected));
    auto fmt = [](double x) { return QString::number(x, 'f', x >= 9.95 ? 0 : 1); };
    const double tailCpu = type7(cpu, 0.99) / type7(cpu, 0.5);
    const double tailGpu = type7(gpu, 0.99) / type7(gpu, 0.5);
    const QString tail = QStringLiteral("their 99th percentile is %1\u00d7 their median, against %2\u00d7)")
                             .arg(fmt(tailGpu), fmt(tailCpu));
    QVERIFY2(m_view->finding().contains(tail), qPrintable(tail));
    const double foldCpu = type7(cpu, 0.75) / type7(cpu, 0.25);
    const double foldGpu = type7(gpu, 0.75) / type7(gpu, 0.25);
    auto fmtFactor = [](double x) { return QString::number(x, 'f', x >= 9.95 ? 0 : x >= 1.995 ? 1 : 2); };
    const QString fold = QStringLiteral("their middle half spans a factor of %1, against %2)")
                             .arg(fmtFactor(foldGpu), fmtFactor(foldCpu));
    QVERIFY2(m_view->finding().contains(fold), qPrintable(fold));
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("findingLabel"));
    QCOMPARE(label->text(), m_view->finding());
    QVERIFY(label->isVisible());
}

void TestDistributionView::onlyOneDeviceAndEmpty()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    Filter f;
    f.devices = {QStringLiteral("CPU")};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    QVERIFY2(m_view->finding().startsWith(QStringLiteral("Only CPU runs match the filter")),
             qPrintable(m_view->finding()));
    QVERIFY(!m_view->result()->gpu.present());
    QCOMPARE(m_view->plot()->graphCount(), 2);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("distribution-cpu-only.png"))));

    f = Filter();
    f.runIds = {-1};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->finding(), QStringLiteral("No runs match the filter."));
    auto *message = m_view->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("No runs match the filter."));
    QCOMPARE(m_view->plot()->graphCount(), 0);
    const QString png = outPath(QStringLiteral("distribution-empty.png"));
    QVERIFY(m_view->exportToFile(png));
    QVERIFY(!QImage(png).isNull());
}

void TestDistributionView::shortDockKeepsLegendSummaryAndFitsItsTitle()
{
    // Tall enough: the full title. Docked short: the chart keeps the legend and the summary
    // whole (its minimum height) and its y title shortens to fit along the axis.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const QString full = plot->yAxis->label();
    QCOMPARE(full, QStringLiteral("Runs in each bar (% of the device's runs)"));
    const int column = plot->legend->outerRect().height() + 6;
    QVERIFY2(plot->minimumHeight() >= column, qPrintable(QString::number(plot->minimumHeight())));

    m_view->resize(700, 300);
    QCoreApplication::processEvents();
    plot->resize(plot->width(), plot->minimumHeight());
    plot->replot();
    const QFontMetricsF fm(plot->yAxis->labelFont());
    QVERIFY(plot->yAxis->label() != full);
    QVERIFY(!plot->yAxis->label().isEmpty());
    QVERIFY2(fm.horizontalAdvance(plot->yAxis->label()) <= plot->axisRect()->height(),
             qPrintable(plot->yAxis->label()));
    // Every element of the right column lies inside the plot.
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (QCPLayoutElement *e = plot->plotLayout()->elementAt(i))
            QVERIFY2(plot->rect().contains(e->outerRect().adjusted(0, 0, -1, -1)), qPrintable(QString::number(i)));
    }
    if (auto *column2 = qobject_cast<QCPLayoutGrid *>(plot->plotLayout()->element(0, 1))) {
        for (int i = 0; i < column2->elementCount(); ++i) {
            if (QCPLayoutElement *e = column2->elementAt(i))
                QVERIFY2(e->rect().height()
                             >= e->minimumOuterSizeHint().height() - e->margins().top() - e->margins().bottom(),
                         qPrintable(QString::number(i)));
        }
    }

    // Tall again: the full title comes back.
    m_view->resize(1000, 640);
    plot->resize(plot->width(), 560);
    plot->replot();
    QCOMPARE(plot->yAxis->label(), full);
}

void TestDistributionView::dragSelectsRangeIntoFilter()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const double median = m_view->result()->cpu.median;
    const int x1 = qRound(plot->xAxis->coordToPixel(median / 2));
    const int x2 = qRound(plot->xAxis->coordToPixel(median * 3));
    const int y = plot->axisRect()->center().y();
    QVERIFY(x2 - x1 > 20);
    const double lo = plot->xAxis->pixelToCoord(x1);
    const double hi = plot->xAxis->pixelToCoord(x2);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x1, y));
    QTest::mouseMove(plot, QPoint((x1 + x2) / 2, y));
    QTest::mouseMove(plot, QPoint(x2, y));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x2, y));

    const Filter f = m_fx.filterState->filter();
    QVERIFY(f.ranges.contains(QStringLiteral("energy")));
    QVERIFY(near(f.ranges.value(QStringLiteral("energy")).first, lo, 1e-9));
    QVERIFY(near(f.ranges.value(QStringLiteral("energy")).second, hi, 1e-9));
    QVERIFY2(m_fx.lastFilterText.startsWith(QStringLiteral("Select energy per run from")),
             qPrintable(m_fx.lastFilterText));

    // The view follows the filter: only runs in the range remain.
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QVERIFY(r->minValue >= lo && r->maxValue <= hi);
    QSqlQuery q(m_fx.store()->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM runs WHERE energy BETWEEN ? AND ?"));
    q.addBindValue(lo);
    q.addBindValue(hi);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(qint64(r->cpu.count + r->gpu.count), q.value(0).toLongLong());

    // A click (no drag) selects nothing; a drag with a modifier neither.
    const int changes = int(m_fx.filterState->generation());
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x1, y));
    QTest::mousePress(plot, Qt::LeftButton, Qt::ControlModifier, QPoint(x1, y));
    QTest::mouseMove(plot, QPoint(x2, y));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ControlModifier, QPoint(x2, y));
    QCOMPARE(int(m_fx.filterState->generation()), changes);

    // The slot the drag uses, on another metric: the range goes on that metric's column.
    m_view->setMetric(DistributionMetric::RunTime);
    m_view->selectRange(200, 50);
    QCOMPARE(m_fx.filterState->filter().ranges.value(QStringLiteral("run_time")), qMakePair(50.0, 200.0));
    QVERIFY(m_fx.filterState->filter().ranges.contains(QStringLiteral("energy")));
}

void TestDistributionView::metricStateRoundTrip()
{
    m_view->setMetric(DistributionMetric::EnergyPerDatum);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("metric")).toString(), QStringLiteral("energy_per_datum"));
    DistributionView other;
    QSignalSpy changed(&other, &ViewPanel::stateChanged);
    other.restoreState(state);
    QCOMPARE(other.metric(), DistributionMetric::EnergyPerDatum);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("metricBox"))->currentData().toString(),
             QStringLiteral("energy_per_datum"));
    // Unknown or missing metric: left as it is.
    other.restoreState(QJsonObject{{QStringLiteral("metric"), QStringLiteral("volts")}});
    QCOMPARE(other.metric(), DistributionMetric::EnergyPerDatum);
    for (const QString &c : Filter::rangeColumns()) {
        if (const auto m = DistributionView::metricFromColumn(c))
            QCOMPARE(DistributionView::columnName(*m), c);
    }
    QVERIFY(DistributionView::metricFromColumn(QStringLiteral("non_overhead_energy")));
    QVERIFY(DistributionView::metricFromColumn(QStringLiteral("power")));
}

void TestDistributionView::powerMetricMatchesSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    // Through the combo box, as a user would.
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("metricBox"));
    box->setFocus();
    const int index = box->findData(QStringLiteral("power"));
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(m_view->metric(), DistributionMetric::Power);
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QCOMPARE(r->metric, DistributionMetric::Power);
    for (bool gpu : {false, true}) {
        const std::vector<double> v = sqlValues(QStringLiteral("power"), gpu);
        const auto &dev = gpu ? r->gpu : r->cpu;
        QCOMPARE(dev.count, v.size());
        QVERIFY(near(dev.median, type7(v, 0.5)));
    }
    QVERIFY(m_view->plot()->xAxis->label().contains(QStringLiteral("W")));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("distribution-power.png"))));

    // Non-overhead energy: the store's values, positive ones only.
    m_view->setMetric(DistributionMetric::NonOverheadEnergy);
    QVERIFY(waitReady(m_view.get()));
    const std::vector<double> v = sqlValues(QStringLiteral("non_overhead_energy"), false);
    QCOMPARE(m_view->result()->cpu.count, v.size());
    QVERIFY(near(m_view->result()->cpu.median, type7(v, 0.5)));
}

void TestDistributionView::exportsPngSvgPdf()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QString error;

    // The widget as it looks on screen, at a dock-like size, to look at.
    m_view->resize(820, 560);
    QTest::qWait(50);
    m_view->plot()->replot();
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    checkHasBars(screen);
    QVERIFY(screen.save(outPath(QStringLiteral("distribution-screen.png"))));

    const QString png = outPath(QStringLiteral("distribution.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 150), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(qRound(1123 * 150 / 96.0), qRound(794 * 150 / 96.0)));
    checkNotBlank(image, 200);
    checkHasBars(image);

    const QString svg = outPath(QStringLiteral("distribution.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    // Vector text: the words are in the file, not pixels.
    QVERIFY(svgText.contains("Summary"));
    QVERIFY(svgText.contains("Interquartile range"));
    QImage fromSvg(1123, 794, QImage::Format_ARGB32);
    fromSvg.fill(Qt::white);
    {
        QPainter p(&fromSvg);
        renderer.render(&p);
    }
    checkNotBlank(fromSvg, 40);
    checkHasBars(fromSvg);
    fromSvg.save(outPath(QStringLiteral("distribution-svg.png"))); // to look at

    const QString pdf = outPath(QStringLiteral("distribution.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() < 5 * 1024 * 1024);
    if (!QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        QSKIP("pdftoppm is not installed: the PDF was not rendered");
    const QString prefix = outPath(QStringLiteral("distribution-pdf"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("/usr/bin/pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitStatus(), QProcess::NormalExit);
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    // The page is the size asked for: 1123 x 794 px at 96 DPI is A4 landscape.
    QVERIFY(std::abs(page.width() - qRound(1123 * 110 / 96.0)) <= 2);
    checkNotBlank(page, 40);
    checkHasBars(page);
}

// printTo() on a 1200-DPI printer: the page scaled from 96-DPI px, the same drawing as exports.
void TestDistributionView::printsThroughQPrinter()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const QString pdf = outPath(QStringLiteral("distribution-print.pdf"));
    QFile::remove(pdf);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Landscape);
        m_view->printTo(&printer);
    }
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    if (!QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        QSKIP("pdftoppm is not installed: the printed PDF was not rendered");
    const QString prefix = outPath(QStringLiteral("distribution-print"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("/usr/bin/pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-singlefile"),
                    pdf, prefix});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(page.width() > page.height()); // landscape
    checkNotBlank(page, 40);
    checkHasBars(page);
}

void TestDistributionView::footerNamesSyntheticAndFilter()
{
    Filter f;
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT dataset FROM runs GROUP BY dataset ORDER BY count(*) DESC LIMIT 1")));
    QVERIFY(q.next());
    f.datasets = {q.value(0).toString()};
    m_fx.filterState->setFilter(f);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const QString footer = m_view->footerText();
    QVERIFY2(footer.contains(QStringLiteral("synthetic")), qPrintable(footer));
    QVERIFY2(footer.contains(f.describe()), qPrintable(footer));
    QVERIFY(footer.contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("sourceLabel"))->isVisible());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("distribution-dataset.png"))));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("distribution-dataset.svg"))));
}

void TestDistributionView::controlsNamedAndReachable()
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
         {QStringLiteral("How to read this chart"), QStringLiteral("Export"), QStringLiteral("Copy image"),
          QStringLiteral("Print"), QStringLiteral("Reset zoom"), QStringLiteral("Metric")})
        QVERIFY2(reached.contains(name), qPrintable(reached.join(QStringLiteral(", "))));
    QVERIFY2(reached.contains(m_view->plot()->accessibleName()), qPrintable(reached.join(QStringLiteral(", "))));
}

// Set WATTPRINT_DISTRIBUTION_DB to a full store (wattprint demo --db PATH; built here with the
// default 63,527-run demo if the file does not exist) to print: the time from refresh() to a drawn
// result, cold (load included) and warm (snapshot loaded); the GUI-thread share of it (from the
// service's resultReady to the view's readyChanged: drawing the result); and computeDistribution()
// on 1M runs.
void TestDistributionView::timingOnLargeStore()
{
    const QString db = qEnvironmentVariable("WATTPRINT_DISTRIBUTION_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_DISTRIBUTION_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QElapsedTimer build;
        build.start();
        const ImportReport report = DemoStore::build(&store, DemoOptions());
        QVERIFY2(report.ok, qPrintable(report.error));
        qInfo("built the full demo store in %lld ms", build.elapsed());
    }
    m_view.reset();
    m_fx.setDataSource(db, Filter());
    qint64 loadMs = -1, rows = 0;
    connect(m_fx.service.get(), &AnalysisService::snapshotLoaded, this, [&](quint64, qint64 n, qint64 ms) {
        rows = n;
        loadMs = ms;
    });
    // Connected before the view's own handler, so it stamps the moment the result arrives.
    QElapsedTimer gui;
    connect(m_fx.service.get(), &AnalysisService::resultReady, this, [&] { gui.start(); });
    qint64 guiMs = -1;
    m_view = std::make_unique<DistributionView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
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
    qInfo("%lld runs: cold refresh to ready %lld ms (of which loading the snapshot %lld ms, drawing on the GUI "
          "thread %lld ms)",
          rows, t.elapsed(), loadMs, guiMs);
    for (DistributionMetric m : {DistributionMetric::Power, DistributionMetric::RunTime, DistributionMetric::Energy}) {
        t.restart();
        m_view->setMetric(m);
        QVERIFY(waitReady(m_view.get(), 120000));
        QTest::qWait(50); // the queued replot
        qInfo("metric %s: refresh to ready %lld ms (handling the result on the GUI thread %lld ms, then one "
              "replot %.1f ms)",
              qPrintable(DistributionView::columnName(m)), t.elapsed(), guiMs, m_view->plot()->replotTime());
    }
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("distribution-full-demo.png"))));

    // 1M runs: the 63k snapshot sixteen times over.
    const std::shared_ptr<const RunColumns> snapshot = m_fx.service->snapshot();
    QVERIFY(snapshot);
    RunColumns big;
    while (big.rowCount() < 1000000) {
        big.isGpu.insert(big.isGpu.end(), snapshot->isGpu.begin(), snapshot->isGpu.end());
        big.energy.insert(big.energy.end(), snapshot->energy.begin(), snapshot->energy.end());
        big.id.insert(big.id.end(), snapshot->id.begin(), snapshot->id.end());
    }
    QElapsedTimer c;
    c.start();
    const DistributionResult r = computeDistribution(big, DistributionMetric::Energy);
    qInfo("computeDistribution() on %zu runs: %lld ms", big.rowCount(), c.elapsed());
    QCOMPARE(r.cpu.count + r.gpu.count, big.rowCount());
}

QTEST_MAIN(TestDistributionView)
#include "tst_distributionview.moc"
