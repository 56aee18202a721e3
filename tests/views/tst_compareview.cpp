// The compare view: its numbers against direct SQL on a 5000-run demo store (Welch on log values,
// Mann-Whitney and Hedges' g recomputed here from their definitions; the numbers against scipy are
// in tests/analysis/tst_compareanalysis.cpp), its finding sentence for fixtures with a known answer
// (tests/fixtures/compare.json) and every empty state, narrowing the filter to a side, the swap,
// CPU-vs-GPU and Filter-to-A gestures, the state fragment, and PNG/SVG/PDF exports (written to the
// build's test-output, to look at). Plans pinned from the What-if view stand beside A and B with the
// analysis' numbers, go when unpinned, keep in the state, and leave the view as it was when none is
// pinned.
#include <compareview.h>
#include <demostore.h>
#include <filterstate.h>
#include <pinnedplans.h>
#include <runloader.h>
#include <store.h>
#include <viewregistry.h>
#include <whatif.h>

#include <qcustomplot.h>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "../support/comparecolumns.h"
#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace wattprint;
using namespace wattprint::testsupport::compare;

namespace {

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

double mean(const std::vector<double> &x)
{
    return std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
}

double variance(const std::vector<double> &x)
{
    const double m = mean(x);
    double s = 0;
    for (double v : x)
        s += (v - m) * (v - m);
    return s / double(x.size() - 1);
}

double median(std::vector<double> x)
{
    std::sort(x.begin(), x.end());
    const std::size_t n = x.size();
    return n % 2 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
}

// scipy.stats.ttest_ind(log10 a, log10 b, equal_var=False).pvalue from the definition.
double welchLogP(const std::vector<double> &a, const std::vector<double> &b)
{
    std::vector<double> la, lb;
    for (double v : a)
        la.push_back(std::log10(v));
    for (double v : b)
        lb.push_back(std::log10(v));
    const double va = variance(la) / double(la.size()), vb = variance(lb) / double(lb.size());
    const double t = (mean(la) - mean(lb)) / std::sqrt(va + vb);
    const double df = (va + vb) * (va + vb) / (va * va / double(la.size() - 1) + vb * vb / double(lb.size() - 1));
    return 2.0 * boost::math::cdf(boost::math::complement(boost::math::students_t(df), std::abs(t)));
}

// scipy.stats.mannwhitneyu(a, b) asymptotic p (tie and continuity corrections), from midranks
// computed by brute force.
double mannWhitneyP(const std::vector<double> &a, const std::vector<double> &b)
{
    std::vector<std::pair<double, int>> all;
    for (double v : a)
        all.push_back({v, 0});
    for (double v : b)
        all.push_back({v, 1});
    std::sort(all.begin(), all.end());
    const double n1 = double(a.size()), n2 = double(b.size()), n = n1 + n2;
    double rankSumA = 0, ties = 0;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        while (j < all.size() && all[j].first == all[i].first)
            ++j;
        const double rank = 0.5 * double(i + 1 + j); // mean of ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k)
            rankSumA += all[k].second == 0 ? rank : 0;
        const double t = double(j - i);
        ties += t * t * t - t;
        i = j;
    }
    const double u = rankSumA - n1 * (n1 + 1) / 2;
    const double mu = n1 * n2 / 2;
    const double sigma = std::sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))));
    const double z = (std::max(u, n1 * n2 - u) - mu - 0.5) / sigma;
    return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(boost::math::normal(), z)));
}

double hedgesG(const std::vector<double> &a, const std::vector<double> &b)
{
    const double df = double(a.size() + b.size() - 2);
    const double pooled = (double(a.size() - 1) * variance(a) + double(b.size() - 1) * variance(b)) / df;
    const double j = std::exp(std::lgamma(df / 2) - std::lgamma((df - 1) / 2)) / std::sqrt(df / 2);
    return j * (mean(b) - mean(a)) / std::sqrt(pooled);
}

using wattprint::testsupport::checkNotBlank;

// Both boxes are drawn: pixels of A's light green fill and B's light purple fill (their 55/255
// alpha over white), not just text.
void checkHasBoxes(const QImage &image)
{
    auto share = [&image](QColor c) {
        qint64 n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor p(image.pixel(x, y));
                n += std::abs(p.red() - c.red()) <= 14 && std::abs(p.green() - c.green()) <= 14
                    && std::abs(p.blue() - c.blue()) <= 14;
            }
        }
        return double(n) / (double(image.width()) * image.height());
    };
    auto over = [](QColor c) {
        const double a = 55.0 / 255.0;
        return QColor(int(255 * (1 - a) + c.red() * a), int(255 * (1 - a) + c.green() * a),
                      int(255 * (1 - a) + c.blue() * a));
    };
    const double green = share(over(QColor(0x00, 0x9e, 0x73)));
    const double purple = share(over(QColor(0xcc, 0x79, 0xa7)));
    QVERIFY2(green > 0.002, qPrintable(QStringLiteral("A's box covers %1").arg(green)));
    QVERIFY2(purple > 0.002, qPrintable(QStringLiteral("B's box covers %1").arg(purple)));
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    std::vector<double> sqlValues(const QString &column, const QString &where) const;
    void setFilter(const Filter &filter);
    bool waitReady(CompareView *view, int timeoutMs = 20000);
    QString outPath(const QString &name) const;
    // A configuration of the demo store with CPU and GPU runs (the one with the most runs).
    CompareSelection richConfiguration() const;
    // The What-if analysis' prediction of a plan on the runs of the store, as the What-if view pins it.
    PlanPrediction predictedPlan(const PlannedRun &plan) const;
    // The plan graph's (value at key) pairs: the points drawn beside A and B.
    QList<QPointF> planPoints() const;

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<CompareView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void registryListsCompare();
    void findingKnownAnswers();
    void emptyStates();
    void narrowKeepsTheFilter();
    void defaultCpuVsGpuMatchesSql();
    void openOnTheProductExample();
    void configurationMatchesSql();
    void combosSelectLikeAUser();
    void swapButtonSwaps();
    void cpuGpuShortcut();
    void filterToAGesture();
    void metricStateRoundTrip();
    void exportsPngSvgPdf();
    void controlsNamedAndReachable();
    void timingOnLargeStore();
    void pinnedPlanShownBesideTheGroups();
    void unpinRemovesThePlan();
    void withoutPinsUnchanged();
    void pinnedPlansStateRoundTrip();
};

void TestCompareView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestCompareView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestCompareView::init()
{
    m_fx.reset();
    m_view = std::make_unique<CompareView>();
    m_view->resize(1000, 720);
    m_view->setEnvironment(m_fx.env);
    // Most tests start from CPU against GPU; openOnTheProductExample checks the view's own opening.
    if (QByteArray(QTest::currentTestFunction()) != "openOnTheProductExample")
        m_view->setSelections(device(QStringLiteral("CPU")), device(QStringLiteral("GPU")));
}

void TestCompareView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

void TestCompareView::setFilter(const Filter &filter)
{
    m_fx.setFilter(filter);
}

bool TestCompareView::waitReady(CompareView *view, int timeoutMs)
{
    return testsupport::ViewTestEnvironment::waitReady(view, timeoutMs);
}

QString TestCompareView::outPath(const QString &name) const
{
    return testsupport::ViewTestEnvironment::outPath(name);
}

std::vector<double> TestCompareView::sqlValues(const QString &column, const QString &where) const
{
    QSqlQuery q(m_fx.store()->database());
    const QString sql = QStringLiteral("SELECT %1 FROM runs WHERE %1 IS NOT NULL AND %2").arg(column, where);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    std::vector<double> v;
    while (q.next())
        v.push_back(q.value(0).toDouble());
    return v;
}

CompareSelection TestCompareView::richConfiguration() const
{
    QSqlQuery q(m_fx.store()->database());
    const bool ok = q.exec(
        QStringLiteral("SELECT dataset, shape, size, depth FROM runs GROUP BY dataset, shape, size, depth "
                       "HAVING sum(is_gpu) >= 2 AND sum(1 - is_gpu) >= 2 ORDER BY count(*) DESC, dataset, shape, size, "
                       "depth LIMIT 1"));
    if (!ok || !q.next())
        return {};
    CompareSelection s;
    s.dataset = q.value(0).toString();
    s.shape = q.value(1).toString();
    s.size = q.value(2).toLongLong();
    s.depth = q.value(3).toInt();
    return s;
}

void TestCompareView::registryListsCompare()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("compare"));
    QCOMPARE(m_view->objectName(), QStringLiteral("compare"));
    QCOMPARE(m_view->nugget(), QStringLiteral("Is configuration B really better than A, or is it noise?"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(), m_view->nugget());
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("metricBox"))->itemText(0),
             QStringLiteral("Energy per run"));
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("datasetA"))->itemText(0), QStringLiteral("any"));
    if (!ViewRegistry::ids().contains(QStringLiteral("compare")))
        QSKIP("the lead has not registered the 'compare' view id yet");
    std::unique_ptr<ViewPanel> view(ViewRegistry::create(QStringLiteral("compare")));
    QVERIFY(view);
    QCOMPARE(view->viewId(), QStringLiteral("compare"));
}

void TestCompareView::findingKnownAnswers()
{
    const QJsonObject root = loadFixture();
    QVERIFY(!root.isEmpty());
    const double data = root.value(u"data_per_run").toDouble();
    const QJsonArray cases = root.value(u"cases").toArray();
    // "clear": B uses about two thirds less energy, significant.
    const QJsonObject clear = cases.at(0).toObject();
    QCOMPARE(clear.value(u"name").toString(), QStringLiteral("clear"));
    const CompareResult r = computeComparison(fixtureColumns(clear, data), device(QStringLiteral("CPU")),
                                              device(QStringLiteral("GPU")));
    const QJsonObject e = clear.value(u"metrics").toObject().value(u"energy").toObject();
    const double pc = e.value(u"percent_change").toDouble();
    QVERIFY(pc < -50);
    const auto &ci = r.find(RunMetric::Energy)->comparison->percentChange->ci;
    const QString expected = QStringLiteral("Comparing A (CPU) with B (GPU): B uses %1% less energy (95% CI %2-%3%), "
                                            "significant at alpha = 0.05.")
                                 .arg(QString::number(-pc, 'f', 1), QString::number(-ci.upper, 'f', 0),
                                      QString::number(-ci.lower, 'f', 0));
    QCOMPARE(CompareView::findingFor(r, RunMetric::Energy), expected);
    qInfo("%s", qPrintable(expected));
    // The scipy interval, rounded the same way, reads nearly the same.
    const double scipyLo = -e.value(u"ci_scipy").toArray().at(1).toDouble();
    QVERIFY(std::abs(scipyLo - -ci.upper) < 2.0);

    // "noise": the same distribution twice.
    const CompareResult noise = computeComparison(fixtureColumns(cases.at(1).toObject(), data),
                                                  device(QStringLiteral("CPU")), device(QStringLiteral("GPU")));
    const QString f = CompareView::findingFor(noise, RunMetric::Energy);
    QVERIFY2(f.contains(QStringLiteral("(95% CI from "))
                 && f.endsWith(QStringLiteral("not significant at alpha = 0.05.")),
             qPrintable(f));
    // "large": Welch's p is below 0.05 but the interval straddles 0: not significant (both must agree).
    const QJsonObject large = cases.at(2).toObject();
    QVERIFY(large.value(u"metrics").toObject().value(u"energy").toObject().value(u"welch_log_p").toDouble() < 0.05);
    const CompareResult big = computeComparison(fixtureColumns(large, data), device(QStringLiteral("CPU")),
                                                device(QStringLiteral("GPU")));
    QVERIFY(
        CompareView::findingFor(big, RunMetric::Energy).endsWith(QStringLiteral("not significant at alpha = 0.05.")));
    // Other metrics name themselves.
    QVERIFY(CompareView::findingFor(r, RunMetric::RunTime).contains(QStringLiteral("B takes ")));
    QVERIFY(CompareView::findingFor(r, RunMetric::Power).contains(QStringLiteral("B draws ")));
    QVERIFY(
        CompareView::findingFor(r, RunMetric::EnergyPerDatum).contains(QStringLiteral(" energy per datum (95% CI")));
}

void TestCompareView::emptyStates()
{
    const QJsonObject root = loadFixture();
    const RunColumns cols = fixtureColumns(root.value(u"cases").toArray().at(1).toObject(), 1e6);
    const CompareSelection cpu = device(QStringLiteral("CPU")), gpu = device(QStringLiteral("GPU"));

    QCOMPARE(CompareView::findingFor(computeComparison(RunColumns(), cpu, gpu), RunMetric::Energy),
             QStringLiteral("No runs match the filter."));
    QCOMPARE(CompareView::findingFor(computeComparison(cols, cpu, cpu), RunMetric::Energy),
             QStringLiteral("Choose two groups to compare: A and B are the same runs (CPU)."));
    QCOMPARE(
        CompareView::findingFor(computeComparison(cols, CompareSelection(), CompareSelection()), RunMetric::Energy),
        QStringLiteral("Choose two groups to compare: A and B are the same runs (all runs in the filter)."));
    CompareSelection mnist = cpu;
    mnist.dataset = QStringLiteral("mnist");
    QCOMPARE(CompareView::findingFor(computeComparison(cols, mnist, gpu), RunMetric::Energy),
             QStringLiteral("A has no runs: nothing in the filter matches mnist, CPU."));
    CompareSelection deep = gpu;
    deep.depth = 20;
    QCOMPARE(CompareView::findingFor(computeComparison(cols, cpu, deep), RunMetric::Energy),
             QStringLiteral("B has no runs: nothing in the filter matches depth 20, GPU."));

    // One run on a side: the ratio of the medians, and no test.
    RunColumns one = cols;
    for (std::size_t i = 0; i < one.rowCount(); ++i)
        one.isGpu[i] = i == 0 ? 1 : 0;
    const CompareResult single = computeComparison(one, cpu, gpu);
    const CompareResult::Metric *energy = single.find(RunMetric::Energy);
    QVERIFY(energy && !energy->comparison && !energy->significant);
    QCOMPARE(energy->ratio, energy->b.median / energy->a.median);
    QVERIFY2(CompareView::findingFor(single, RunMetric::Energy)
                 .endsWith(QStringLiteral(" A's (A: %1 runs, B: 1 run); no test is possible with one run on a side.")
                               .arg(energy->a.count)),
             qPrintable(CompareView::findingFor(single, RunMetric::Energy)));

    // All values equal on both sides: the tests are undefined, and the sentence says why.
    RunColumns flat = cols;
    std::fill(flat.energy.begin(), flat.energy.end(), 5000.0);
    const QString f = CompareView::findingFor(computeComparison(flat, cpu, gpu), RunMetric::Energy);
    QVERIFY2(f.startsWith(QStringLiteral("Cannot compare energy per run: ")), qPrintable(f));
}

void TestCompareView::narrowKeepsTheFilter()
{
    CompareSelection s;
    s.dataset = QStringLiteral("529_pollen");
    s.shape = QStringLiteral("trapezoid");
    s.size = 16777216;
    s.depth = 6;
    s.device = QStringLiteral("GPU");
    // Narrowing keeps the filter's other restrictions.
    Filter base;
    base.batches = {QStringLiteral("energy_1")};
    base.datasets = {QStringLiteral("529_pollen"), QStringLiteral("mnist")};
    const Filter f = CompareView::narrowFilter(base, s);
    QCOMPARE(f.batches, base.batches);
    QCOMPARE(f.datasets, QStringList{QStringLiteral("529_pollen")});
    QCOMPARE(f.shapes, QStringList{QStringLiteral("trapezoid")});
    QCOMPARE(f.devices, QStringList{QStringLiteral("GPU")});
    QCOMPARE(f.sizeMin, std::optional<qint64>(16777216));
    QCOMPARE(f.sizeMax, std::optional<qint64>(16777216));
    QCOMPARE(f.depthMin, std::optional<int>(6));
    QCOMPARE(CompareView::narrowFilter(base, CompareSelection()), base);
}

// The view opens on two sizes of one dataset at one depth, found here by SQL; CPU against GPU is
// one click away.
void TestCompareView::openOnTheProductExample()
{
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT dataset FROM runs GROUP BY dataset ORDER BY count(*) DESC, dataset LIMIT 1"))
            && q.next());
    const QString dataset = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT depth FROM runs WHERE dataset = ? GROUP BY depth ORDER BY count(*) DESC, depth "
                             "LIMIT 1"));
    q.addBindValue(dataset);
    QVERIFY(q.exec() && q.next());
    const int depth = q.value(0).toInt();
    q.prepare(QStringLiteral("SELECT is_gpu FROM runs WHERE dataset = ? AND depth = ? GROUP BY is_gpu ORDER BY "
                             "count(*) DESC, is_gpu LIMIT 1"));
    q.addBindValue(dataset);
    q.addBindValue(depth);
    QVERIFY(q.exec() && q.next());
    const bool gpu = q.value(0).toBool();
    q.prepare(QStringLiteral("SELECT size, count(*) FROM runs WHERE dataset = ? AND depth = ? AND is_gpu = ? GROUP BY "
                             "size ORDER BY count(*) DESC, size LIMIT 2"));
    q.addBindValue(dataset);
    q.addBindValue(depth);
    q.addBindValue(gpu ? 1 : 0);
    QVERIFY(q.exec());
    std::vector<std::pair<qint64, qint64>> sizes;
    while (q.next())
        sizes.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    QCOMPARE(sizes.size(), std::size_t(2));
    const auto r = m_view->result();
    QCOMPARE(r->a.dataset, dataset);
    QCOMPARE(r->b.dataset, dataset);
    QCOMPARE(r->a.depth, std::optional<int>(depth));
    QCOMPARE(r->a.size, std::optional<qint64>(std::min(sizes[0].first, sizes[1].first)));
    QCOMPARE(r->b.size, std::optional<qint64>(std::max(sizes[0].first, sizes[1].first)));
    QVERIFY(r->a.shape.isEmpty());
    QCOMPARE(r->a.device, gpu ? QStringLiteral("GPU") : QStringLiteral("CPU"));
    QCOMPARE(r->b.device, r->a.device);
    QCOMPARE(qint64(r->runsA + r->runsB), sizes[0].second + sizes[1].second);
    QCOMPARE(m_view->selectionA(), r->a);
    QCOMPARE(state.count(), 0);                                  // an opening, not a user's change
    QVERIFY(!m_view->saveState().contains(QStringLiteral("a"))); // layouts keep opening on the example
    // CPU against GPU for A's configuration, one click.
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("cpuGpuButton")), Qt::LeftButton);
    QCOMPARE(m_view->selectionA().dataset, dataset);
    QCOMPARE(m_view->selectionA().size, r->a.size);
    QCOMPARE(m_view->selectionA().device, QStringLiteral("CPU"));
    QCOMPARE(m_view->selectionB().device, QStringLiteral("GPU"));
    QVERIFY(m_view->saveState().contains(QStringLiteral("a")));
    // A layout without sides brings the example back.
    m_view->restoreState(QJsonObject{{QStringLiteral("metric"), QStringLiteral("energy")}});
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->selectionA(), r->a);
}

// A = CPU runs, B = GPU runs of the whole store, against SQL.
void TestCompareView::defaultCpuVsGpuMatchesSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QVERIFY(r);
    QCOMPARE(r->a, device(QStringLiteral("CPU")));
    QCOMPARE(r->b, device(QStringLiteral("GPU")));
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(is_gpu) FROM runs")) && q.next());
    QCOMPARE(qint64(r->totalRuns), q.value(0).toLongLong());
    QCOMPARE(qint64(r->runsB), q.value(1).toLongLong());
    QCOMPARE(qint64(r->runsA), q.value(0).toLongLong() - q.value(1).toLongLong());
    QCOMPARE(r->overlap, std::size_t(0));
    // Selector choices: the values in the store.
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT dataset), count(DISTINCT shape), count(DISTINCT size), "
                                  "count(DISTINCT depth) FROM runs"))
            && q.next());
    QCOMPARE(qint64(r->datasets.size()), q.value(0).toLongLong());
    QCOMPARE(qint64(r->shapes.size()), q.value(1).toLongLong());
    QCOMPARE(qint64(r->sizes.size()), q.value(2).toLongLong());
    QCOMPARE(qint64(r->depths.size()), q.value(3).toLongLong());
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("datasetB"))->count(), int(r->datasets.size()) + 1);

    const std::map<RunMetric, QString> columns = {{RunMetric::Energy, QStringLiteral("energy")},
                                                  {RunMetric::RunTime, QStringLiteral("run_time")},
                                                  {RunMetric::Power, QStringLiteral("power")},
                                                  {RunMetric::EnergyPerDatum, QStringLiteral("energy_per_datum")}};
    for (const auto &[metric, column] : columns) {
        const std::vector<double> a = sqlValues(column, QStringLiteral("is_gpu = 0"));
        const std::vector<double> b = sqlValues(column, QStringLiteral("is_gpu = 1"));
        const CompareResult::Metric *m = r->find(metric);
        QVERIFY(m && m->comparison);
        QCOMPARE(m->a.count, a.size());
        QCOMPARE(m->b.count, b.size());
        QVERIFY(near(m->a.median, median(a)));
        QVERIFY(near(m->b.median, median(b)));
        QVERIFY(near(m->a.mean, mean(a), 1e-11));
        QVERIFY(near(m->b.mean, mean(b), 1e-11));
        QVERIFY2(near(m->comparison->welchLog->p, welchLogP(a, b), 1e-6) || m->comparison->welchLog->p < 1e-290,
                 qPrintable(column));
        QVERIFY2(near(m->comparison->mannWhitney.p, mannWhitneyP(a, b), 1e-6) || m->comparison->mannWhitney.p < 1e-290,
                 qPrintable(column));
        QVERIFY(near(m->comparison->hedgesG, hedgesG(a, b), 1e-9));
        QVERIFY(near(m->comparison->percentChange->percent, 100 * (median(b) / median(a) - 1), 1e-9));
        // At this size the boxes stand alone: no dots when a side has 2,000 runs or more.
        QCOMPARE(m->a.dots.empty(), a.size() >= CompareResult::DotStripLimit);
    }
    // What is drawn: two boxes and the means; the table names the metric and both sides.
    int boxes = 0;
    for (int i = 0; i < m_view->plot()->plottableCount(); ++i)
        boxes += qobject_cast<QCPStatisticalBox *>(m_view->plot()->plottable(i)) ? 1 : 0;
    QCOMPARE(boxes, 2);
    QVERIFY(m_view->plot()->yAxis->scaleType() == QCPAxis::stLogarithmic);
    QVERIFY(m_view->plot()->yAxis->label().contains(QStringLiteral("J")));
    const QString table = m_view->tableText();
    QVERIFY2(table.contains(QStringLiteral("Welch p (log)")) && table.contains(QStringLiteral("Mann-Whitney p"))
                 && table.contains(QStringLiteral("Hedges' g")),
             qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("A: CPU (")));
    QVERIFY(m_view->finding().startsWith(QStringLiteral("Comparing A (CPU) with B (GPU): B uses ")));
    qInfo("%s", qPrintable(m_view->finding()));
}

// One configuration on both devices: small samples, dots drawn.
void TestCompareView::configurationMatchesSql()
{
    const CompareSelection config = richConfiguration();
    QVERIFY(config.size);
    CompareSelection a = config, b = config;
    a.device = QStringLiteral("CPU");
    b.device = QStringLiteral("GPU");
    m_view->show();
    m_view->setSelections(a, b);
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QCOMPARE(r->a, a);
    const QString where = QStringLiteral("dataset = '%1' AND shape = '%2' AND size = %3 AND depth = %4 AND is_gpu = ")
                              .arg(config.dataset, config.shape)
                              .arg(*config.size)
                              .arg(*config.depth);
    const std::vector<double> ea = sqlValues(QStringLiteral("energy"), where + QLatin1Char('0'));
    const std::vector<double> eb = sqlValues(QStringLiteral("energy"), where + QLatin1Char('1'));
    QCOMPARE(r->runsA, ea.size());
    QCOMPARE(r->runsB, eb.size());
    const CompareResult::Metric *m = r->find(RunMetric::Energy);
    QVERIFY(near(m->a.median, median(ea)));
    QVERIFY(near(m->b.mean, mean(eb), 1e-12));
    QVERIFY(near(m->comparison->welchLog->p, welchLogP(ea, eb), 1e-6));
    QCOMPARE(m->a.dots.size(), ea.size());
    // Dots drawn as graphs with every run: A's and B's strips plus the means.
    int dots = 0;
    for (int i = 0; i < m_view->plot()->graphCount(); ++i)
        dots += m_view->plot()->graph(i)->dataCount();
    QCOMPARE(dots, int(ea.size() + eb.size()) + 2);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("compare-configuration.png"))));
    // So few runs: the view says the numbers are rough.
    if (std::min(ea.size(), eb.size()) < CompareView::SmallSample)
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("rough")));
    qInfo("%s", qPrintable(m_view->finding()));
}

void TestCompareView::combosSelectLikeAUser()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    auto *dataset = m_view->findChild<QComboBox *>(QStringLiteral("datasetA"));
    QVERIFY(dataset);
    const int index = dataset->findData(QStringLiteral("mnist"));
    QVERIFY(index > 0);
    dataset->setCurrentIndex(index);
    emit dataset->activated(index);
    QCOMPARE(m_view->selectionA().dataset, QStringLiteral("mnist"));
    QCOMPARE(m_view->selectionA().device, QStringLiteral("CPU"));
    QCOMPARE(state.count(), 1);
    QVERIFY(waitReady(m_view.get()));
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE dataset = 'mnist' AND is_gpu = 0")) && q.next());
    QCOMPARE(qint64(m_view->result()->runsA), q.value(0).toLongLong());
    // Back to "any".
    dataset->setCurrentIndex(0);
    emit dataset->activated(0);
    QVERIFY(m_view->selectionA().dataset.isEmpty());
    // "All runs in the filter" clears the side.
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("allA")), Qt::LeftButton);
    QVERIFY(m_view->selectionA().isAll());
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->result()->overlap, m_view->result()->runsB);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("share")));
}

void TestCompareView::swapButtonSwaps()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto before = m_view->result();
    const CompareResult::Metric *m0 = before->find(RunMetric::Energy);
    auto *swap = m_view->findChild<QPushButton *>(QStringLiteral("swapButton"));
    QVERIFY(swap && swap->isEnabled());
    QTest::mouseClick(swap, Qt::LeftButton);
    QCOMPARE(m_view->selectionA(), device(QStringLiteral("GPU")));
    QCOMPARE(m_view->selectionB(), device(QStringLiteral("CPU")));
    QVERIFY(waitReady(m_view.get()));
    const auto after = m_view->result();
    const CompareResult::Metric *m1 = after->find(RunMetric::Energy);
    QCOMPARE(after->runsA, before->runsB);
    QCOMPARE(m1->a.median, m0->b.median);
    QCOMPARE(m1->b.mean, m0->a.mean);
    QVERIFY(near(m1->comparison->welchLog->p, m0->comparison->welchLog->p, 1e-12));
    QVERIFY(near(m1->comparison->hedgesG, -m0->comparison->hedgesG, 1e-12));
    const double r0 = 1 + m0->comparison->percentChange->percent / 100;
    const double r1 = 1 + m1->comparison->percentChange->percent / 100;
    QVERIFY(near(r0 * r1, 1.0, 1e-12));
    QVERIFY(m_view->finding().startsWith(QStringLiteral("Comparing A (GPU) with B (CPU): ")));
    // Same sides: nothing to swap.
    m_view->setSelections(CompareSelection(), CompareSelection());
    QVERIFY(!swap->isEnabled());
}

void TestCompareView::cpuGpuShortcut()
{
    const CompareSelection config = richConfiguration();
    CompareSelection a = config;
    a.device = QStringLiteral("GPU");
    CompareSelection b; // anything else
    b.dataset = QStringLiteral("mnist");
    m_view->show();
    m_view->setSelections(a, b);
    QVERIFY(waitReady(m_view.get()));
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("cpuGpuButton")), Qt::LeftButton);
    CompareSelection ea = config, eb = config;
    ea.device = QStringLiteral("CPU");
    eb.device = QStringLiteral("GPU");
    QCOMPARE(m_view->selectionA(), ea);
    QCOMPARE(m_view->selectionB(), eb);
    QVERIFY(waitReady(m_view.get()));
    const QString where = QStringLiteral("dataset = '%1' AND shape = '%2' AND size = %3 AND depth = %4 AND is_gpu = ")
                              .arg(config.dataset, config.shape)
                              .arg(*config.size)
                              .arg(*config.depth);
    QCOMPARE(m_view->result()->runsA, sqlValues(QStringLiteral("energy"), where + QLatin1Char('0')).size());
    QCOMPARE(m_view->result()->runsB, sqlValues(QStringLiteral("energy"), where + QLatin1Char('1')).size());
    // A names no configuration: B's is used.
    m_view->setSelections(CompareSelection(), a);
    m_view->compareCpuVsGpu();
    QCOMPARE(m_view->selectionA(), ea);
    QCOMPARE(m_view->selectionB(), eb);
}

void TestCompareView::filterToAGesture()
{
    Filter start;
    start.batches = {QStringLiteral("energy_1"), QStringLiteral("energy_2_cpu")};
    m_fx.filterState->setFilter(start);
    CompareSelection a;
    a.dataset = QStringLiteral("mnist");
    a.device = QStringLiteral("CPU");
    m_view->show();
    m_view->setSelections(a, device(QStringLiteral("GPU")));
    QVERIFY(waitReady(m_view.get()));
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE dataset = 'mnist' AND is_gpu = 0 AND batch IN "
                                  "('energy_1', 'energy_2_cpu')"))
            && q.next());
    const qint64 expectedA = q.value(0).toLongLong();
    QVERIFY(expectedA > 1);
    QCOMPARE(qint64(m_view->result()->runsA), expectedA);

    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("filterToA"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    Filter expected = start;
    expected.datasets = {QStringLiteral("mnist")};
    expected.devices = {QStringLiteral("CPU")};
    QCOMPARE(m_fx.filterState->filter(), expected);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Filter to A: mnist, CPU"));
    // The view follows: A keeps its runs, B (GPU) has none left.
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(qint64(m_view->result()->totalRuns), expectedA);
    QCOMPARE(qint64(m_view->result()->runsA), expectedA);
    QCOMPARE(m_view->result()->runsB, std::size_t(0));
    QCOMPARE(m_view->finding(), QStringLiteral("B has no runs: nothing in the filter matches GPU."));
    // B's device is no longer offered by the filter, but the choice is kept and marked.
    auto *deviceB = m_view->findChild<QComboBox *>(QStringLiteral("deviceB"));
    QCOMPARE(deviceB->currentText(), QStringLiteral("GPU (no runs in the filter)"));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("compare-empty-b.png"))));
    // Filter to B from there: the device becomes GPU, the rest of the filter stays; now A is empty.
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("filterToB")), Qt::LeftButton);
    expected.devices = {QStringLiteral("GPU")};
    QCOMPARE(m_fx.filterState->filter(), expected);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Filter to B: GPU"));
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE dataset = 'mnist' AND is_gpu = 1 AND batch IN "
                                  "('energy_1', 'energy_2_cpu')"))
            && q.next());
    QCOMPARE(qint64(m_view->result()->totalRuns), q.value(0).toLongLong());
    QCOMPARE(m_view->finding(),
             q.value(0).toLongLong() > 0 ? QStringLiteral("A has no runs: nothing in the filter matches mnist, CPU.")
                                         : QStringLiteral("No runs match the filter."));
}

void TestCompareView::metricStateRoundTrip()
{
    CompareSelection a = richConfiguration();
    a.device = QStringLiteral("CPU");
    m_view->setSelections(a, device(QStringLiteral("GPU")));
    m_view->setMetric(RunMetric::Power);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(u"metric").toString(), QStringLiteral("power"));
    QCOMPARE(state.value(u"a").toObject().value(u"dataset").toString(), a.dataset);
    QCOMPARE(state.value(u"b").toObject(), QJsonObject({{QStringLiteral("device"), QStringLiteral("GPU")}}));
    CompareView other;
    QSignalSpy changed(&other, &ViewPanel::stateChanged);
    other.restoreState(state);
    QCOMPARE(other.selectionA(), a);
    QCOMPARE(other.selectionB(), device(QStringLiteral("GPU")));
    QCOMPARE(other.metric(), RunMetric::Power);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("metricBox"))->currentData().toString(),
             QStringLiteral("power"));
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("datasetA"))->currentData().toString(), a.dataset);
    // Metrics the view does not compare, and missing keys: left as they are.
    other.restoreState(QJsonObject{{QStringLiteral("metric"), QStringLiteral("non_overhead_energy")}});
    QCOMPARE(other.metric(), RunMetric::Power);
    QCOMPARE(other.selectionA(), a);

    // Changing the metric redraws from the result in hand: no new request, a new finding.
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const QString powerFinding = m_view->finding();
    QVERIFY2(powerFinding.contains(QStringLiteral("B draws ")), qPrintable(powerFinding));
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("metricBox"));
    const int index = box->findData(QStringLiteral("run_time"));
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(m_view->metric(), RunMetric::RunTime);
    QVERIFY(m_view->isReady());
    QVERIFY(m_view->finding().contains(QStringLiteral("B takes ")));
    QVERIFY(m_view->plot()->yAxis->label().startsWith(QStringLiteral("Run time")));
}

void TestCompareView::exportsPngSvgPdf()
{
    // A mid-sized comparison with dots: one dataset, CPU against GPU.
    CompareSelection a, b;
    a.dataset = b.dataset = QStringLiteral("529_pollen");
    a.device = QStringLiteral("CPU");
    b.device = QStringLiteral("GPU");
    m_view->setSelections(a, b);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(!m_view->result()->find(RunMetric::Energy)->a.dots.empty());
    QString error;

    m_view->resize(900, 700);
    QTest::qWait(50);
    m_view->plot()->replot();
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    checkHasBoxes(screen);
    QVERIFY(screen.save(outPath(QStringLiteral("compare-screen.png"))));

    const QString png = outPath(QStringLiteral("compare.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 150), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(qRound(1123 * 150 / 96.0), qRound(794 * 150 / 96.0)));
    checkNotBlank(image, 200);
    checkHasBoxes(image);

    const QString svg = outPath(QStringLiteral("compare.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("Mann-Whitney p"));
    QVERIFY(svgText.contains("Hedges"));

    const QString pdf = outPath(QStringLiteral("compare.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() < 5 * 1024 * 1024);
    qInfo("PDF %lld bytes", qint64(pdfBytes.size()));

    // The whole store, boxes only (no dots), as a second picture to look at.
    m_view->setSelections(device(QStringLiteral("CPU")), device(QStringLiteral("GPU")));
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("compare-all.png")), &error, 110));

    if (!QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        QSKIP("pdftoppm is not installed: the PDF was not rendered");
    const QString prefix = outPath(QStringLiteral("compare-pdf"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("/usr/bin/pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-singlefile"),
                    pdf, prefix});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(std::abs(page.width() - qRound(1123 * 110 / 96.0)) <= 2);
    checkNotBlank(page, 40);
    checkHasBoxes(page);
}

void TestCompareView::controlsNamedAndReachable()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QStringList reached;
    QWidget *w = m_view.get();
    for (int i = 0; i < 300; ++i) {
        w = w->nextInFocusChain();
        if (w == m_view.get())
            break;
        if (!w->isVisibleTo(m_view.get()) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(QString::fromLatin1(w->metaObject()->className()) + w->objectName()));
        reached << w->accessibleName();
    }
    for (const QString &name :
         {QStringLiteral("How to read this chart"), QStringLiteral("Export"), QStringLiteral("Metric"),
          QStringLiteral("Compare CPU vs GPU for this configuration"), QStringLiteral("Swap A and B"),
          QStringLiteral("A dataset"), QStringLiteral("A shape"), QStringLiteral("A size"), QStringLiteral("A depth"),
          QStringLiteral("A device"), QStringLiteral("B device"), QStringLiteral("Filter to A"),
          QStringLiteral("Filter to B"), QStringLiteral("A: all runs in the filter")})
        QVERIFY2(reached.contains(name),
                 qPrintable(name + QStringLiteral(" not in: ") + reached.join(QStringLiteral(", "))));
    QVERIFY(reached.contains(m_view->plot()->accessibleName()));
}

// Set WATTPRINT_COMPARE_DB to a full store (wattprint demo --db PATH; built here if missing) to
// print the time from refresh() to a drawn result, cold and warm, and computeComparison() on 1M runs.
void TestCompareView::timingOnLargeStore()
{
    const QString db = qEnvironmentVariable("WATTPRINT_COMPARE_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_COMPARE_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = DemoStore::build(&store, DemoOptions());
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    m_view.reset();
    m_fx.setDataSource(db, Filter());
    qint64 loadMs = -1, rows = 0;
    connect(m_fx.service.get(), &AnalysisService::snapshotLoaded, this, [&](quint64, qint64 n, qint64 ms) {
        rows = n;
        loadMs = ms;
    });
    QElapsedTimer gui;
    connect(m_fx.service.get(), &AnalysisService::resultReady, this, [&] { gui.start(); });
    qint64 guiMs = -1;
    m_view = std::make_unique<CompareView>();
    m_view->resize(1000, 720);
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
    qInfo("%lld runs, CPU vs GPU: cold refresh to ready %lld ms (loading %lld ms, GUI thread %lld ms)", rows,
          t.elapsed(), loadMs, guiMs);
    qInfo("%s", qPrintable(m_view->finding()));
    t.restart();
    m_view->swapSides();
    QVERIFY(waitReady(m_view.get(), 120000));
    qInfo("swap: refresh to ready %lld ms (GUI thread %lld ms)", t.elapsed(), guiMs);
    t.restart();
    m_view->setSelections(CompareSelection(), device(QStringLiteral("GPU")));
    QVERIFY(waitReady(m_view.get(), 120000));
    QTest::qWait(50);
    qInfo("all vs GPU: refresh to ready %lld ms (GUI thread %lld ms, one replot %.1f ms)", t.elapsed(), guiMs,
          m_view->plot()->replotTime());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("compare-full-demo.png"))));
    QElapsedTimer pdfTime;
    pdfTime.start();
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("compare-full-demo.pdf"))));
    qInfo("PDF export %lld ms, %lld bytes", pdfTime.elapsed(),
          QFileInfo(outPath(QStringLiteral("compare-full-demo.pdf"))).size());

    const std::shared_ptr<const RunColumns> snapshot = m_fx.service->snapshot();
    QVERIFY(snapshot);
    {
        QElapsedTimer once;
        once.start();
        const CompareResult small = computeComparison(*snapshot, device(QStringLiteral("CPU")),
                                                      device(QStringLiteral("GPU")));
        qInfo("computeComparison() on the %zu-run snapshot, CPU vs GPU: %lld ms", snapshot->rowCount(), once.elapsed());
        QCOMPARE(small.runsA + small.runsB, snapshot->rowCount());
    }
    RunColumns big;
    big.datasetNames = snapshot->datasetNames;
    big.shapeNames = snapshot->shapeNames;
    big.nodeTypeNames = snapshot->nodeTypeNames;
    big.batchNames = snapshot->batchNames;
    while (big.rowCount() < 1000000) {
        auto append = [](auto &to, const auto &from) { to.insert(to.end(), from.begin(), from.end()); };
        append(big.id, snapshot->id);
        append(big.dataset, snapshot->dataset);
        append(big.shape, snapshot->shape);
        append(big.nodeType, snapshot->nodeType);
        append(big.batch, snapshot->batch);
        append(big.size, snapshot->size);
        append(big.depth, snapshot->depth);
        append(big.isGpu, snapshot->isGpu);
        append(big.slurmJobId, snapshot->slurmJobId);
        append(big.startNs, snapshot->startNs);
        append(big.energy, snapshot->energy);
        append(big.runTime, snapshot->runTime);
        append(big.power, snapshot->power);
        append(big.nonOverheadEnergy, snapshot->nonOverheadEnergy);
        append(big.energyOverhead, snapshot->energyOverhead);
        append(big.energyPerEpoch, snapshot->energyPerEpoch);
        append(big.energyPerDatum, snapshot->energyPerDatum);
    }
    QElapsedTimer c;
    c.start();
    const CompareResult r = computeComparison(big, device(QStringLiteral("CPU")), device(QStringLiteral("GPU")));
    qInfo("computeComparison() on %zu runs, CPU vs GPU: %lld ms", big.rowCount(), c.elapsed());
    QCOMPARE(r.runsA + r.runsB, big.rowCount());
}

static PlannedRun pollenPlan()
{
    PlannedRun plan;
    plan.dataset = QStringLiteral("529_pollen");
    plan.shape = QStringLiteral("rectangle");
    plan.size = 1 << 14;
    plan.depth = 4;
    plan.device = Device::Cpu;
    return plan;
}

PlanPrediction TestCompareView::predictedPlan(const PlannedRun &plan) const
{
    RunColumns runs;
    QString error;
    if (!RunLoader(m_fx.store()).load(Filter(), &runs, nullptr, &error))
        qFatal("%s", qPrintable(error));
    const WhatIfModel model = buildWhatIfModel(runs);
    const WhatIfResult result = predictWhatIf(model, plan, resolveCarbonFactors(std::nullopt, std::nullopt));
    const auto prediction = planPrediction(result, model.level);
    if (!prediction)
        qFatal("no prediction for the plan");
    return *prediction;
}

QList<QPointF> TestCompareView::planPoints() const
{
    QList<QPointF> points;
    QCustomPlot *plot = m_view->plot();
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *g = plot->graph(i);
        if (!g->name().startsWith(QStringLiteral("Plan")))
            continue;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            points << QPointF(it->key, it->value);
    }
    return points;
}

void TestCompareView::pinnedPlanShownBesideTheGroups()
{
    PinnedPlans plans;
    ViewEnvironment env = m_fx.env;
    env.pinnedPlans = &plans;
    m_view->setEnvironment(env);
    QCOMPARE(m_view->pinnedPlans(), &plans);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const PlannedRun plan = pollenPlan();
    const PlanPrediction p = predictedPlan(plan);
    QVERIFY(p.energy.low < p.energy.value && p.energy.value < p.energy.high);
    QVERIFY(!m_view->tableText().contains(QStringLiteral("Plan 1")));
    QVERIFY(planPoints().isEmpty());

    QSignalSpy changed(m_view.get(), &ViewPanel::stateChanged);
    plans.pin(p);
    QCOMPARE(changed.count(), 1);
    const QString text = m_view->tableText();
    const QString label = QStringLiteral("Plan 1: ") + CompareView::describePlan(plan);
    QCOMPARE(CompareView::describePlan(plan), QStringLiteral("529_pollen, rectangle, size 16,384, depth 4, CPU"));
    QVERIFY2(text.contains(label), qPrintable(text));
    const QString energy = CompareView::formatValue(p.energy.value, RunMetric::Energy) + QStringLiteral(" [")
        + CompareView::formatValue(p.energy.low, RunMetric::Energy) + QStringLiteral(", ")
        + CompareView::formatValue(p.energy.high, RunMetric::Energy) + QStringLiteral("]");
    QVERIFY2(text.contains(energy), qPrintable(text));
    QVERIFY(text.contains(CompareView::formatValue(p.runTime.value, RunMetric::RunTime)));
    // Drawn beside A (1) and B (2), after B, at the analysis' value.
    const QList<QPointF> points = planPoints();
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.front().x(), 2.75);
    QCOMPARE(points.front().y(), p.energy.value);
    QVERIFY(m_view->plot()->yAxis->range().contains(p.energy.low));
    QVERIFY(m_view->plot()->yAxis->range().contains(p.energy.high));
    auto *ticker = static_cast<QCPAxisTickerText *>(m_view->plot()->xAxis->ticker().data());
    QCOMPARE(ticker->ticks().value(2.75), QStringLiteral("Plan 1\npredicted"));
    // Pictures to look at: wide and narrow.
    QString error;
    QVERIFY2(m_view->exportToFile(outPath(QStringLiteral("compare-pinned.png")), &error, 96, QSize(1200, 800)),
             qPrintable(error));
    QVERIFY2(m_view->exportToFile(outPath(QStringLiteral("compare-pinned-narrow.png")), &error, 96, QSize(700, 700)),
             qPrintable(error));
    checkNotBlank(QImage(outPath(QStringLiteral("compare-pinned.png"))), 40);
    // Another metric: the plan's prediction of it.
    m_view->setMetric(RunMetric::EnergyPerDatum);
    QCOMPARE(planPoints().front().y(), p.energyPerDatum.value);
    m_view->setEnvironment(m_fx.env); // the plans go before the view
}

void TestCompareView::unpinRemovesThePlan()
{
    PinnedPlans plans;
    ViewEnvironment env = m_fx.env;
    env.pinnedPlans = &plans;
    m_view->setEnvironment(env);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const QString before = m_view->tableText();
    PlannedRun gpu = pollenPlan();
    gpu.device = Device::Gpu;
    plans.pin(predictedPlan(pollenPlan()));
    plans.pin(predictedPlan(gpu));
    QCOMPARE(planPoints().size(), 2);
    auto *button = m_view->findChild<QToolButton *>(QStringLiteral("plansButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible()); // the toolbar lays out on its next event
    QAction *unpinFirst = button->menu()->findChild<QAction *>(QStringLiteral("unpinPlan1"));
    QVERIFY(unpinFirst);
    unpinFirst->trigger();
    QCOMPARE(plans.pins().size(), std::size_t(1));
    QVERIFY(plans.pins().front().prediction.plan.device == Device::Gpu);
    QCOMPARE(planPoints().size(), 1);
    QVERIFY(m_view->tableText().contains(QStringLiteral("Plan 1: ") + CompareView::describePlan(gpu)));
    QVERIFY(!m_view->tableText().contains(QStringLiteral("Plan 2")));
    button->menu()->findChild<QAction *>(QStringLiteral("unpinPlan1"))->trigger();
    QVERIFY(plans.isEmpty());
    QVERIFY(planPoints().isEmpty());
    QCOMPARE(m_view->tableText(), before);
    QTRY_VERIFY(!button->isVisible());
    m_view->setEnvironment(m_fx.env);
}

void TestCompareView::withoutPinsUnchanged()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const QJsonObject state = m_view->saveState();
    QVERIFY(!state.contains(QStringLiteral("plans")));
    QImage before(900, 600, QImage::Format_ARGB32);
    before.fill(Qt::white);
    {
        QPainter painter(&before);
        m_view->renderChart(&painter, QRectF(0, 0, 900, 600), false);
    }
    // Pinned to the view's own list (no environment's), then unpinned: the same picture and state.
    const int id = m_view->pinnedPlans()->pin(predictedPlan(pollenPlan()));
    QVERIFY(m_view->saveState().contains(QStringLiteral("plans")));
    QImage pinned(900, 600, QImage::Format_ARGB32);
    pinned.fill(Qt::white);
    {
        QPainter painter(&pinned);
        m_view->renderChart(&painter, QRectF(0, 0, 900, 600), false);
    }
    QVERIFY(pinned != before);
    QVERIFY(m_view->pinnedPlans()->unpin(id));
    QImage after(900, 600, QImage::Format_ARGB32);
    after.fill(Qt::white);
    {
        QPainter painter(&after);
        m_view->renderChart(&painter, QRectF(0, 0, 900, 600), false);
    }
    QCOMPARE(after, before);
    QCOMPARE(m_view->saveState(), state);
}

void TestCompareView::pinnedPlansStateRoundTrip()
{
    PlannedRun own = pollenPlan();
    own.dataset.clear();
    own.examples = 20000;
    own.inputs = 12;
    own.outputs = 2;
    own.epochs = 500;
    m_view->pinnedPlans()->pin(predictedPlan(pollenPlan()));
    m_view->pinnedPlans()->pin(predictedPlan(own));
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(u"plans").toArray().size(), 2);
    CompareView other;
    QSignalSpy changed(&other, &ViewPanel::stateChanged);
    other.restoreState(state);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(other.pinnedPlans()->pins().size(), std::size_t(2));
    const PlanPrediction &restored = other.pinnedPlans()->pins().back().prediction;
    const PlanPrediction &pinned = m_view->pinnedPlans()->pins().back().prediction;
    QVERIFY(restored.plan.ownDataset());
    QCOMPARE(restored.plan.examples, own.examples);
    QCOMPARE(restored.plan.epochs, own.epochs);
    QCOMPARE(restored.energy.value, pinned.energy.value);
    QCOMPARE(restored.energy.high, pinned.energy.high);
    QCOMPARE(restored.energyPerDatum.low, pinned.energyPerDatum.low);
    QCOMPARE(other.saveState().value(u"plans"), state.value(u"plans"));
    QVERIFY(CompareView::describePlan(restored.plan)
                .startsWith(QStringLiteral("own data (20,000 examples, 12 inputs, 2 outputs)")));
    // An entry that is not a plan is skipped; a state without plans unpins them all.
    QJsonObject broken = state;
    QJsonArray entries = state.value(u"plans").toArray();
    entries.prepend(QJsonObject{{QStringLiteral("plan"), QJsonObject{{QStringLiteral("shape"), QStringLiteral("x")}}}});
    broken.insert(QStringLiteral("plans"), entries);
    other.restoreState(broken);
    QCOMPARE(other.pinnedPlans()->pins().size(), std::size_t(2));
    QJsonObject none = state;
    none.remove(QStringLiteral("plans"));
    other.restoreState(none);
    QVERIFY(other.pinnedPlans()->isEmpty());
    QVERIFY(!other.saveState().contains(QStringLiteral("plans")));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
