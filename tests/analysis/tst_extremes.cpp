// Every analysis entry point a view, the report or the command line calls, on runs with extreme
// numbers: energies near 1e160 and 1e-300, all values equal, one run per configuration, NaN and
// infinities in the columns, zero and negative energies, energies near 1e306 (whose sums leave the
// double range) and sizes and depths no network has. Each call must give a result whose numbers
// are finite where its header promises them, or an AnalysisError a user can read; any other
// exception, a crash or a call slower than ten seconds is a bug. The view entry points (compute*,
// summarize*, build*) throw only on inconsistent columns or, for energy totals, sums beyond the
// double range, so otherwise they must give a result; where a statistic is undefined on a row (a
// t-test of equal values) its error is expected and checked for the reason.
#include <analysiserror.h>
#include <anomalyscoreanalysis.h>
#include <anomalytimelineanalysis.h>
#include <architectureanalysis.h>
#include <bootstrap.h>
#include <cachespillanalysis.h>
#include <carbonflow.h>
#include <compareanalysis.h>
#include <configurations.h>
#include <depthanalysis.h>
#include <descriptive.h>
#include <distributionanalysis.h>
#include <energyfit.h>
#include <energyhierarchy.h>
#include <expectedenergy.h>
#include <gaussiankde.h>
#include <histogram.h>
#include <isolationforest.h>
#include <leaderboardanalysis.h>
#include <overheadsummary.h>
#include <parallelanalysis.h>
#include <paretoanalysis.h>
#include <radaranalysis.h>
#include <reporttotals.h>
#include <twosample.h>
#include <verdict.h>

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <typeinfo>

using namespace wattprint;

namespace {

enum class Extreme { Huge, Tiny, AllEqual, Singles, NonFinite, NonPositive, Limit, Architectures };

} // namespace

Q_DECLARE_METATYPE(Extreme)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Runs of two BUTTER datasets and two shapes at six depths and three sizes on both devices, five
// runs per configuration (one for Extreme::Singles). Energy grows with size and depth, GPUs use
// less, repeated runs differ by a few percent; then the row's extreme is applied.
RunColumns extremeRuns(Extreme kind)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("adult"), QStringLiteral("mnist")};
    c.shapeNames = {QStringLiteral("rectangle"), QStringLiteral("trapezoid")};
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_1_cpu"), QStringLiteral("energy_2_gpu")};
    const int perConfiguration = kind == Extreme::Singles ? 1 : 5;
    const double scale = kind == Extreme::Huge ? 1e160
        : kind == Extreme::Tiny                ? 1e-300
        : kind == Extreme::Limit               ? 1e306
                                               : 1000.0;
    std::size_t i = 0;
    for (int dataset = 0; dataset < 2; ++dataset) {
        for (int shape = 0; shape < 2; ++shape) {
            for (int depth : {2, 3, 4, 5, 6, 8}) {
                for (std::int64_t size : {1024, 4096, 16384}) {
                    for (int gpu = 0; gpu < 2; ++gpu) {
                        for (int run = 0; run < perConfiguration; ++run, ++i) {
                            const double rel = double(size) / 1024.0 * (1 + 0.3 * (depth - 2)) * (gpu ? 0.6 : 1.0)
                                * (dataset ? 1.5 : 1.0) * (shape ? 1.1 : 1.0) * (1 + 0.04 * (run - 2));
                            double energy = scale * rel;
                            double runTime = 20 * std::sqrt(double(size) / 1024.0) * (1 + 0.1 * depth)
                                * (1 + 0.03 * run) * (gpu ? 0.5 : 1.0);
                            if (kind == Extreme::AllEqual) {
                                energy = 5000;
                                runTime = 100;
                            }
                            c.id.push_back(std::int64_t(i + 1));
                            c.dataset.push_back(dataset);
                            c.shape.push_back(shape);
                            c.nodeType.push_back(gpu);
                            c.batch.push_back(gpu);
                            c.size.push_back(size);
                            c.depth.push_back(depth);
                            c.isGpu.push_back(std::uint8_t(gpu));
                            c.slurmJobId.push_back(std::int64_t(100 + i / 50));
                            c.startNs.push_back(1'700'000'000'000'000'000 + std::int64_t(i) * 60'000'000'000);
                            c.energy.push_back(energy);
                            c.runTime.push_back(runTime);
                            c.power.push_back(energy / runTime);
                            c.nonOverheadEnergy.push_back(0.8 * energy);
                            c.energyOverhead.push_back(0.2 * energy);
                            c.energyPerEpoch.push_back(energy / 3000);
                            c.energyPerDatum.push_back(energy * 1e-4);
                            c.quality.push_back(0);
                        }
                    }
                }
            }
        }
    }
    const std::size_t n = c.rowCount();
    if (kind == Extreme::NonFinite) {
        for (std::size_t k = 0; k < n; ++k) {
            if (k % 7 == 0)
                c.energy[k] = kNaN;
            if (k % 11 == 3)
                c.energy[k] = kInf;
            if (k % 5 == 1)
                c.runTime[k] = kNaN;
            if (k % 13 == 2)
                c.power[k] = kInf;
            if (k % 6 == 4)
                c.energyPerDatum[k] = kNaN;
            if (k % 9 == 5)
                c.energyPerDatum[k] = -kInf;
            if (k % 17 == 0)
                c.energyOverhead[k] = kInf;
            if (k % 19 == 7)
                c.nonOverheadEnergy[k] = kNaN;
            if (k % 23 == 0)
                c.energyPerEpoch[k] = kNaN;
        }
        // One whole configuration without a single finite value.
        for (std::size_t k = n - 5; k < n; ++k) {
            c.energy[k] = c.runTime[k] = c.power[k] = c.energyPerDatum[k] = kNaN;
            c.nonOverheadEnergy[k] = c.energyOverhead[k] = c.energyPerEpoch[k] = kNaN;
        }
    } else if (kind == Extreme::NonPositive) {
        for (std::size_t k = 0; k < n; ++k) {
            const double sign = k % 6 == 1 ? -1.0 : k % 4 == 0 ? 0.0 : 1.0;
            c.energy[k] *= sign;
            c.energyPerDatum[k] *= sign;
            c.energyPerEpoch[k] *= sign;
            c.power[k] *= k % 8 == 3 ? 0.0 : sign;
            if (k % 10 == 2)
                c.runTime[k] = 0;
            if (k % 5 == 0) // overhead above the energy: the rest is negative
                c.nonOverheadEnergy[k] = -0.3 * std::abs(c.energyOverhead[k]) - 1;
            if (k % 7 == 3)
                c.energyOverhead[k] = -c.energyOverhead[k];
        }
        // One whole configuration of zeros.
        for (std::size_t k = n - 5; k < n; ++k)
            c.energy[k] = c.energyPerDatum[k] = c.nonOverheadEnergy[k] = c.energyOverhead[k] = c.power[k] = 0;
    } else if (kind == Extreme::Architectures) {
        // Sizes and depths no network has, as a damaged file could give them.
        constexpr std::int64_t sizes[] = {std::numeric_limits<std::int64_t>::max(), std::int64_t(1) << 62, 0, -1};
        constexpr std::int32_t depths[] = {std::numeric_limits<std::int32_t>::max(), 100000, 0, -3};
        for (std::size_t k = 0; k < n; ++k) {
            if (k % 7 == 0)
                c.size[k] = sizes[(k / 7) % 4];
            if (k % 7 == 3)
                c.depth[k] = depths[(k / 7) % 4];
        }
    }
    return c;
}

void addExtremeRows()
{
    QTest::addColumn<Extreme>("kind");
    QTest::newRow("1e160") << Extreme::Huge;
    QTest::newRow("1e-300") << Extreme::Tiny;
    QTest::newRow("all equal") << Extreme::AllEqual;
    QTest::newRow("single-element groups") << Extreme::Singles;
    QTest::newRow("NaN and inf in a column") << Extreme::NonFinite;
    QTest::newRow("zero and negative energies") << Extreme::NonPositive;
    QTest::newRow("near the double limit") << Extreme::Limit;
    QTest::newRow("absurd sizes and depths") << Extreme::Architectures;
}

// What a call may end in.
enum class Want {
    Result,        // a result (its numbers are then checked)
    ResultOrError, // either, when the input decides
    Error,         // an AnalysisError naming one of the given reasons
};

// Collects the problems of one test function, so a row reports all of them at once.
class Check
{
public:
    void finite(double v, const QString &what)
    {
        if (!std::isfinite(v))
            fail(QStringLiteral("%1 is %2").arg(what).arg(v));
    }
    // NaN is allowed (the header documents it as undefined there); infinities are not.
    void finiteOrNaN(double v, const QString &what)
    {
        if (std::isinf(v))
            fail(QStringLiteral("%1 is %2").arg(what).arg(v));
    }
    void that(bool ok, const QString &what)
    {
        if (!ok)
            fail(what);
    }
    void fail(const QString &what) { m_problems << m_context + what; }

    // Runs `f`, which computes and checks a result. `reasons`: for Want::Error, fragments of which
    // the message must hold one.
    void call(const QString &what, Want want, const std::function<void()> &f, const QStringList &reasons = {})
    {
        const QString saved = m_context;
        m_context = what + QStringLiteral(": ");
        QElapsedTimer timer;
        timer.start();
        try {
            f();
            if (want == Want::Error)
                fail(QStringLiteral("gave a result, expected an AnalysisError about %1")
                         .arg(reasons.join(QStringLiteral(" or "))));
        } catch (const AnalysisError &e) {
            const QString message = QString::fromUtf8(e.what());
            if (want == Want::Result)
                fail(QStringLiteral("AnalysisError \"%1\" where a result was expected").arg(message));
            readable(message);
            if (want == Want::Error && !reasons.isEmpty()
                && std::none_of(reasons.begin(), reasons.end(),
                                [&](const QString &r) { return message.contains(r, Qt::CaseInsensitive); }))
                fail(QStringLiteral("AnalysisError \"%1\" gives none of the reasons %2")
                         .arg(message, reasons.join(QStringLiteral(", "))));
            if (qEnvironmentVariableIsSet("WATTPRINT_SHOW_ERRORS"))
                qInfo("%s: %s", qPrintable(what), qPrintable(message));
        } catch (const std::exception &e) {
            fail(QStringLiteral("%1 instead of an AnalysisError: %2")
                     .arg(QString::fromLatin1(typeid(e).name()), QString::fromUtf8(e.what())));
        }
        if (timer.elapsed() > 10000)
            fail(QStringLiteral("took %1 ms").arg(timer.elapsed()));
        m_context = saved;
    }

    bool ok() const { return m_problems.isEmpty(); }
    QString report() const
    {
        QStringList shown = m_problems.mid(0, 40);
        if (m_problems.size() > 40)
            shown << QStringLiteral("... and %1 more").arg(m_problems.size() - 40);
        return shown.join(QLatin1Char('\n'));
    }

private:
    // A message for people: says something, and nothing of the library that raised it.
    void readable(const QString &message)
    {
        if (message.size() < 12 || message.contains(QLatin1String("boost"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("Error in function")) || message.contains(QLatin1String("std::"))
            || message.contains(QLatin1String("%1")))
            fail(QStringLiteral("unreadable message \"%1\"").arg(message));
    }

    QStringList m_problems;
    QString m_context;
};

#define VERIFY_CHECK(check) QVERIFY2((check).ok(), qPrintable((check).report()))

bool legitimate(Extreme kind) // finite, positive, varying values: every statistic is defined
{
    return kind == Extreme::Huge || kind == Extreme::Tiny || kind == Extreme::Limit;
}

// The energies of the CPU and the GPU runs (Singles: the first of each, a sample of one).
std::pair<std::vector<double>, std::vector<double>> samples(const RunColumns &c, Extreme kind)
{
    std::vector<double> a, b;
    for (std::size_t i = 0; i < c.rowCount(); ++i)
        (c.isGpu[i] ? b : a).push_back(c.energy[i]);
    if (kind == Extreme::Singles) {
        a.resize(1);
        b.resize(1);
    }
    return {a, b};
}

const QStringList kNotFinite = {QStringLiteral("NaN or infinite")};
const QStringList kSumTooLarge = {QStringLiteral("adds up to more than double precision can hold")};

// Energies near 1e306 add up to more than a double holds: the totals cannot be given.
Want whenSummed(Extreme kind)
{
    return kind == Extreme::Limit ? Want::Error : Want::Result;
}

} // namespace

class TestExtremes : public QObject
{
    Q_OBJECT

private slots:
    void distribution_data();
    void distribution();
    void comparison_data();
    void comparison();
    void configurationsAndLeaderboard_data();
    void configurationsAndLeaderboard();
    void pareto_data();
    void pareto();
    void radar_data();
    void radar();
    void parallelCoordinates_data();
    void parallelCoordinates();
    void depth_data();
    void depth();
    void architecture_data();
    void architecture();
    void cacheSpill_data();
    void cacheSpill();
    void anomalies_data();
    void anomalies();
    void carbonFlow_data();
    void carbonFlow();
    void energyHierarchy_data();
    void energyHierarchy();
    void overheadAndReportTotals_data();
    void overheadAndReportTotals();
    void descriptiveStatistics_data();
    void descriptiveStatistics();
    void twoSampleStatistics_data();
    void twoSampleStatistics();
    void bootstrapIntervals_data();
    void bootstrapIntervals();
    void histogramsAndDensities_data();
    void histogramsAndDensities();
    void isolationForest_data();
    void isolationForest();
    void energyFit_data();
    void energyFit();
    void expectedEnergy_data();
    void expectedEnergy();
};

void TestExtremes::distribution_data()
{
    addExtremeRows();
}

void TestExtremes::distribution()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (DistributionMetric metric :
         {DistributionMetric::Energy, DistributionMetric::NonOverheadEnergy, DistributionMetric::EnergyPerDatum,
          DistributionMetric::RunTime, DistributionMetric::Power}) {
        check.call(QStringLiteral("computeDistribution(metric %1)").arg(int(metric)), Want::Result, [&] {
            const DistributionResult r = computeDistribution(c, metric);
            for (double e : r.edges)
                check.finite(e, QStringLiteral("an edge"));
            check.that(std::is_sorted(r.edges.begin(), r.edges.end()), QStringLiteral("edges ascend"));
            if (r.cpu.present() || r.gpu.present()) {
                check.finite(r.minValue, QStringLiteral("minValue"));
                check.finite(r.maxValue, QStringLiteral("maxValue"));
            }
            for (const DistributionResult::Device *d : {&r.cpu, &r.gpu}) {
                if (!d->present())
                    continue;
                const auto counted = std::accumulate(d->counts.begin(), d->counts.end(), std::int64_t(0));
                check.that(std::size_t(counted) == d->count, d->name + QStringLiteral(": counts add up to count"));
                for (double v : d->densities)
                    check.finite(v, d->name + QStringLiteral(" density"));
                for (double v : d->kdeX)
                    check.finite(v, d->name + QStringLiteral(" KDE x"));
                for (double v : d->kdeDensity)
                    check.finite(v, d->name + QStringLiteral(" KDE density"));
                for (double v : {d->q1, d->median, d->q3, d->p99, d->iqr, d->tailRatio})
                    check.finite(v, d->name + QStringLiteral(" summary"));
                if (d->skewLog10)
                    check.finite(*d->skewLog10, d->name + QStringLiteral(" skewness"));
                if (legitimate(kind)) {
                    // The values vary: the curve and the skewness exist, not silently left out.
                    check.that(!d->kdeDensity.empty(), d->name + QStringLiteral(" has a KDE curve"));
                    check.that(d->skewLog10.has_value(), d->name + QStringLiteral(" has a skewness"));
                }
            }
        });
    }
    VERIFY_CHECK(check);
}

void TestExtremes::comparison_data()
{
    addExtremeRows();
}

void TestExtremes::comparison()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    CompareSelection cpu, gpu, adult, mnist, one, other;
    cpu.device = QStringLiteral("CPU");
    gpu.device = QStringLiteral("GPU");
    adult.dataset = QStringLiteral("adult");
    mnist.dataset = QStringLiteral("mnist");
    one.dataset = other.dataset = QStringLiteral("adult");
    one.shape = other.shape = QStringLiteral("rectangle");
    one.depth = other.depth = 3;
    one.size = 1024;
    other.size = 4096;
    one.device = other.device = QStringLiteral("CPU");
    std::vector<std::pair<CompareSelection, CompareSelection>> pairs = {{cpu, gpu}, {adult, mnist}, {one, other}};
    check.call(QStringLiteral("exampleSelections"), Want::Result, [&] {
        if (const auto example = exampleSelections(c))
            pairs.push_back(*example);
    });
    for (const auto &[a, b] : pairs) {
        check.call(QStringLiteral("computeComparison(%1 | %2)").arg(a.describe(), b.describe()), Want::Result, [&] {
            const CompareResult r = computeComparison(c, a, b);
            for (const CompareResult::Metric &m : r.metrics) {
                const QString name = runMetricName(m.metric) + QLatin1Char(' ');
                for (const CompareResult::Side *s : {&m.a, &m.b}) {
                    if (s->count > 0) {
                        check.finite(s->median, name + QStringLiteral("median"));
                        check.finite(s->mean, name + QStringLiteral("mean"));
                    }
                    if (s->positive > 0) {
                        for (double v : {s->q1, s->q3, s->lowerWhisker, s->upperWhisker})
                            check.finite(v, name + QStringLiteral("box"));
                    }
                    for (double v : s->dots)
                        check.finite(v, name + QStringLiteral("dot"));
                }
                // NaN without a value on each side or for a median of A <= 0.
                if (m.a.count > 0 && m.b.count > 0 && m.a.median > 0)
                    check.finite(m.ratio, name + QStringLiteral("ratio"));
                else
                    check.that(std::isnan(m.ratio), name + QStringLiteral("ratio is NaN without a ratio"));
                // A verdict for a comparison, and a ratio's for a side of one run.
                if (m.comparison || (m.a.count > 0 && m.b.count > 0 && std::min(m.a.count, m.b.count) == 1))
                    check.that(!m.verdict.isEmpty(), name + QStringLiteral("has a verdict"));
                if (m.a.count >= 2 && m.b.count >= 2)
                    check.that(m.comparison || !m.failure.isEmpty(), name + QStringLiteral("compared or says why"));
                if (m.comparison) {
                    const stats::TwoSampleComparison &t = *m.comparison;
                    for (double v : {t.medianA, t.medianB, t.welch.t, t.welch.df, t.welch.p, t.mannWhitney.u,
                                     t.mannWhitney.p, t.hedgesG})
                        check.finite(v, name + QStringLiteral("test statistic"));
                    if (t.welchLog) {
                        for (double v : {t.welchLog->t, t.welchLog->df, t.welchLog->p})
                            check.finite(v, name + QStringLiteral("log test statistic"));
                    }
                    if (t.hedgesGLog)
                        check.finite(*t.hedgesGLog, name + QStringLiteral("log Hedges' g"));
                    if (t.percentChange) {
                        for (double v :
                             {t.percentChange->percent, t.percentChange->ci.lower, t.percentChange->ci.upper})
                            check.finite(v, name + QStringLiteral("percent change"));
                    }
                    check.that(t.welch.p >= 0 && t.welch.p <= 1 && t.mannWhitney.p >= 0 && t.mannWhitney.p <= 1,
                               name + QStringLiteral("p-values in [0, 1]"));
                }
                if (legitimate(kind) && m.a.count >= 2 && m.b.count >= 2) {
                    // Varying positive values: every test is defined, none fails as "all equal".
                    check.that(m.comparison.has_value(), name + QStringLiteral("compared: ") + m.failure);
                    if (m.comparison)
                        check.that(m.comparison->welchLog && m.comparison->percentChange,
                                   name + QStringLiteral("has the log test and the percent change"));
                }
            }
        });
    }
    VERIFY_CHECK(check);
}

void TestExtremes::configurationsAndLeaderboard_data()
{
    addExtremeRows();
}

void TestExtremes::configurationsAndLeaderboard()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    check.call(QStringLiteral("summarizeConfigurations"), Want::Result, [&] {
        const ConfigurationTable table = summarizeConfigurations(c);
        check.that(kind == Extreme::Architectures || table.configurations.size() == 144,
                   QStringLiteral("144 configurations"));
        for (const ConfigurationStats &s : table.configurations) {
            // NaN only where no run has a finite value.
            for (double v : {s.medianEnergy, s.medianRunTime, s.medianPower, s.medianEnergyPerDatum,
                             s.medianNonOverheadEnergy, s.energyIqrOverMedian})
                check.finiteOrNaN(v, QStringLiteral("a configuration's median"));
            if (kind != Extreme::NonFinite)
                check.finite(s.medianEnergy, QStringLiteral("median energy"));
        }
        for (RunMetric metric : {RunMetric::Energy, RunMetric::RunTime, RunMetric::Power, RunMetric::EnergyPerDatum,
                                 RunMetric::NonOverheadEnergy}) {
            for (const LeaderboardEntry &e : leaderboard(table, metric, 1)) {
                check.finite(e.value, QStringLiteral("a leaderboard value"));
                check.that(e.rank >= 1 && std::size_t(e.rank) <= e.rankedInDataset && e.band >= 1 && e.band <= 5,
                           QStringLiteral("rank and band in range"));
            }
        }
    });
    for (RunMetric metric : {RunMetric::Energy, RunMetric::EnergyPerDatum, RunMetric::Power}) {
        for (int minRuns : {1, 2}) {
            check.call(QStringLiteral("computeLeaderboard(%1, %2)").arg(runMetricName(metric)).arg(minRuns),
                       Want::Result, [&] {
                           const LeaderboardResult r = computeLeaderboard(c, metric, minRuns);
                           check.that(r.rows.size() == r.configurations.size(), QStringLiteral("a row each"));
                           for (const LeaderboardResult::Row &row : r.rows) {
                               for (double v : {row.intervalLow, row.intervalHigh, row.intervalCoverage})
                                   check.finiteOrNaN(v, QStringLiteral("a median interval"));
                               if (row.rank > 0)
                                   check.finite(row.intervalLow + row.intervalHigh,
                                                QStringLiteral("a ranked row's interval"));
                               check.that(!(row.intervalLow > row.intervalHigh), QStringLiteral("interval ordered"));
                           }
                       });
        }
    }
    VERIFY_CHECK(check);
}

void TestExtremes::pareto_data()
{
    addExtremeRows();
}

void TestExtremes::pareto()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (ParetoAxes axes : {ParetoAxes::CapacityEnergyPerDatum, ParetoAxes::CapacityEnergy, ParetoAxes::TimeEnergy}) {
        check.call(QStringLiteral("computePareto(%1)").arg(paretoAxesName(axes)), Want::Result, [&] {
            const ParetoResult r = computePareto(c, axes);
            for (const ParetoResult::Layer *layer : {&r.perConfiguration, &r.perRun}) {
                for (std::size_t k = 0; k < layer->size(); ++k)
                    check.that(std::isfinite(layer->x[k]) && std::isfinite(layer->y[k]) && layer->x[k] > 0
                                   && layer->y[k] > 0,
                               QStringLiteral("a point is finite and positive"));
                std::vector<ParetoResult::Frontier> frontiers = layer->frontiers;
                frontiers.insert(frontiers.end(), layer->perDataset.begin(), layer->perDataset.end());
                for (const ParetoResult::Frontier &f : frontiers) {
                    for (double v : f.stairX)
                        check.finite(v, QStringLiteral("staircase x"));
                    for (double v : f.stairY)
                        check.finite(v, QStringLiteral("staircase y"));
                }
                check.that(layer->size() == 0 || !layer->frontier.empty(), QStringLiteral("a frontier"));
            }
        });
    }
    VERIFY_CHECK(check);
}

void TestExtremes::radar_data()
{
    addExtremeRows();
}

void TestExtremes::radar()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (RadarGrouping grouping : {RadarGrouping::Shape, RadarGrouping::Dataset}) {
        check.call(QStringLiteral("computeRadar(%1)").arg(int(grouping)), Want::Result, [&] {
            RadarResult r = computeRadar(c, grouping);
            check.that(r.series.size() == 2, QStringLiteral("two series"));
            for (RadarNormalisation normalisation :
                 {RadarNormalisation::MedianRatio, RadarNormalisation::MinMax, RadarNormalisation::Rank}) {
                normaliseRadar(r, normalisation);
                for (int m = 0; m < RadarMetricCount; ++m) {
                    check.finiteOrNaN(r.median[std::size_t(m)], QStringLiteral("a median over the series"));
                    check.finiteOrNaN(r.relativeSpread[std::size_t(m)], QStringLiteral("a relative spread"));
                }
                for (const RadarSeries &s : r.series) {
                    for (int m = 0; m < RadarMetricCount; ++m) {
                        check.finiteOrNaN(s.raw[std::size_t(m)], QStringLiteral("a raw value"));
                        check.finiteOrNaN(s.ratio[std::size_t(m)], QStringLiteral("a ratio to the median"));
                        // Defined where the raw value is (MedianRatio: where the ratio is).
                        const double basis = normalisation == RadarNormalisation::MedianRatio ? s.ratio[std::size_t(m)]
                                                                                              : s.raw[std::size_t(m)];
                        const double score = s.score[std::size_t(m)];
                        check.that(std::isnan(score) == std::isnan(basis)
                                       && (std::isnan(score) || (score >= 0 && score <= 1)),
                                   QStringLiteral("a score in [0, 1] where it is defined"));
                    }
                    check.finiteOrNaN(s.spread, QStringLiteral("spread"));
                    if (legitimate(kind)) {
                        check.finite(s.raw[std::size_t(RadarMetric::Energy)], QStringLiteral("median energy"));
                        check.finite(s.raw[std::size_t(RadarMetric::OverheadShare)], QStringLiteral("overhead share"));
                    }
                }
            }
        });
    }
    VERIFY_CHECK(check);
}

void TestExtremes::parallelCoordinates_data()
{
    addExtremeRows();
}

void TestExtremes::parallelCoordinates()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (ParallelGrouping grouping :
         {ParallelGrouping::Device, ParallelGrouping::DeviceAndShape, ParallelGrouping::DeviceAndDataset}) {
        check.call(QStringLiteral("computeParallelCoordinates(%1)").arg(int(grouping)), Want::Result, [&] {
            const ParallelResult r = computeParallelCoordinates(c, parallel::allColumns(), grouping);
            check.that(r.data != nullptr, QStringLiteral("data"));
            if (!r.data)
                return;
            for (std::size_t k = 0; k < r.data->columns.size(); ++k) {
                const QString name = parallel::columnKey(r.data->columns[k]) + QLatin1Char(' ');
                for (bool log : {false, true}) {
                    const auto &extent = log ? r.data->logExtent[k] : r.data->linearExtent[k];
                    if (!extent)
                        continue;
                    check.finite(extent->lo, name + QStringLiteral("extent"));
                    check.finite(extent->hi, name + QStringLiteral("extent"));
                    for (bool flipped : {false, true}) {
                        const parallel::AxisScale s = parallel::scaleFor(*extent, log, flipped);
                        check.that(std::isfinite(s.lo) && std::isfinite(s.hi) && s.lo < s.hi,
                                   name + QStringLiteral("axis from %1 to %2").arg(s.lo).arg(s.hi));
                        check.finite(s.toUnit(extent->lo), name + QStringLiteral("axis position"));
                        check.finite(s.toUnit(extent->hi), name + QStringLiteral("axis position"));
                    }
                }
            }
            for (const parallel::GrowthGroup &g : r.growth) {
                for (double v : {g.sizeLo, g.sizeHi, g.runTimeLo, g.runTimeHi, g.runTimeGrowth, g.powerMin, g.powerMax,
                                 g.powerSpread})
                    check.finite(v, g.name + QStringLiteral(" growth"));
            }
        });
    }
    VERIFY_CHECK(check);
}

void TestExtremes::depth_data()
{
    addExtremeRows();
}

void TestExtremes::depth()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (DepthMetric metric : {DepthMetric::Energy, DepthMetric::EnergyPerDatum}) {
        for (DepthGrouping grouping : {DepthGrouping::Shape, DepthGrouping::SizeBand}) {
            check.call(QStringLiteral("computeDepth(%1, %2)").arg(int(metric)).arg(int(grouping)), Want::Result, [&] {
                const DepthResult r = computeDepth(c, metric, grouping, DefaultDepthTolerance);
                if (r.plottedRuns > 0) {
                    check.finite(r.valueMin, QStringLiteral("valueMin"));
                    check.finite(r.valueMax, QStringLiteral("valueMax"));
                }
                for (const DepthPanel &p : r.panels) {
                    std::vector<DepthPoint> points = p.overall;
                    for (const DepthSeries &s : p.series)
                        points.insert(points.end(), s.points.begin(), s.points.end());
                    for (const DepthPoint &q : points)
                        check.that(std::isfinite(q.q1) && std::isfinite(q.median) && std::isfinite(q.q3) && q.q1 > 0,
                                   QStringLiteral("quartiles finite and positive"));
                    if (p.fit) {
                        check.finite(p.fit->slope, QStringLiteral("fit slope"));
                        check.finite(p.fit->intercept, QStringLiteral("fit intercept"));
                    }
                    if (p.verdict == DepthPanel::Verdict::Departs)
                        check.finiteOrNaN(p.departureRatio, QStringLiteral("departure ratio"));
                    if (legitimate(kind))
                        check.that(p.fit.has_value(), QStringLiteral("a fit"));
                }
            });
        }
    }
    VERIFY_CHECK(check);
}

void TestExtremes::architecture_data()
{
    addExtremeRows();
}

void TestExtremes::architecture()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    check.call(QStringLiteral("computeArchitecture"), Want::Result, [&] {
        const ArchitectureResult r = computeArchitecture(c);
        if (r.plottedRuns > 0) {
            check.finite(r.valueMin, QStringLiteral("valueMin"));
            check.finite(r.valueMax, QStringLiteral("valueMax"));
        }
        for (const ArchitectureSeries &s : r.series) {
            for (const ArchitecturePoint &q : s.points)
                check.that(std::isfinite(q.q1) && std::isfinite(q.median) && std::isfinite(q.q3) && q.q1 > 0,
                           QStringLiteral("quartiles finite and positive"));
        }
        for (const ArchitectureWinner &w : r.winners) {
            check.finite(w.median, QStringLiteral("winner's median"));
            check.finite(w.runnerUpMedian, QStringLiteral("runner-up's median"));
        }
        check.that(r.winners.size() == r.depths.size(), QStringLiteral("a winner per depth"));
    });
    VERIFY_CHECK(check);
}

void TestExtremes::cacheSpill_data()
{
    addExtremeRows();
}

void TestExtremes::cacheSpill()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (WorkingSetKind set :
         {WorkingSetKind::Forward, WorkingSetKind::Backward, WorkingSetKind::InterLayerMax, WorkingSetKind::Dataset}) {
        check.call(QStringLiteral("computeCacheSpill(%1)").arg(workingSetKindName(set)), Want::Result, [&] {
            const CacheSpillResult r = computeCacheSpill(c, set);
            check.that(kind == Extreme::Architectures || r.unknownRuns == 0,
                       QStringLiteral("every configuration derived"));
            for (const CacheSpillResult::Configuration &conf : r.configurations) {
                check.finite(conf.bytes, QStringLiteral("bytes"));
                check.finiteOrNaN(conf.predicted, QStringLiteral("predicted"));
            }
            for (double v : r.x)
                check.finite(v, QStringLiteral("x"));
            for (double v : r.ratio)
                check.finiteOrNaN(v, QStringLiteral("ratio"));
            for (const CacheSpillResult::DeviceSeries *d : {&r.cpu, &r.gpu}) {
                for (const Log2Bin &b : d->binning.bins) {
                    for (double v : {b.lowLog2, b.highLog2, b.centerLog2, b.q1, b.median, b.q3})
                        check.finite(v, QStringLiteral("a bin"));
                }
                for (const SpillPoint &s : d->spills) {
                    for (double v : {s.ratio, s.excessRatio, s.baselineSlope, s.slope, s.atLog2})
                        check.finite(v, QStringLiteral("a spill"));
                }
                check.finiteOrNaN(d->fitR2, QStringLiteral("fit R2"));
                check.finiteOrNaN(d->ratioMedian, QStringLiteral("ratio median"));
                if (legitimate(kind) && d->present()) {
                    // Varying positive measurements: the fit and its goodness are defined.
                    check.that(d->fitted, QStringLiteral("fitted: ") + r.fitProblem);
                    check.finite(d->fitR2, QStringLiteral("fit R2"));
                    check.finite(d->ratioMedian, QStringLiteral("ratio median"));
                }
            }
        });
    }
    VERIFY_CHECK(check);
}

void TestExtremes::anomalies_data()
{
    addExtremeRows();
}

void TestExtremes::anomalies()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (AnomalyGroupChoice grouping : AllAnomalyGroupChoices) {
        const QString group = anomalyGroupKey(grouping);
        check.call(QStringLiteral("computeAnomalyScores(%1)").arg(group), Want::Result, [&] {
            const AnomalyScoreResult r = computeAnomalyScores(c, grouping);
            for (std::size_t i = 0; i < r.rowCount(); ++i) {
                for (double v :
                     {r.time[i], r.z[i], r.runTimePart[i], r.powerPart[i], r.runTimeRatio[i], r.powerRatio[i]})
                    check.finite(v, QStringLiteral("a scored run's number"));
                // The energy column as it is (scored on the standardised energy).
                check.finiteOrNaN(r.energy[i], QStringLiteral("a scored run's energy"));
            }
        });
        for (AnomalyMethod method :
             {AnomalyMethod::ZScore, AnomalyMethod::RobustZScore, AnomalyMethod::Iqr, AnomalyMethod::IsolationForest}) {
            check.call(QStringLiteral("computeAnomalyTimeline(%1, %2)").arg(int(method)).arg(group), Want::Result, [&] {
                const AnomalyTimelineResult r = computeAnomalyTimeline(c, method, grouping);
                for (std::size_t i = 0; i < r.rowCount(); ++i) {
                    for (double v : {r.time[i], r.score[i]})
                        check.finite(v, QStringLiteral("a plotted run's number"));
                    // The energy column as it is, and ratios NaN where undefined.
                    for (double v : {r.energy[i], r.ratio[i], r.expectedRatio[i]})
                        check.finiteOrNaN(v, QStringLiteral("a plotted run's energy or ratio"));
                    // (Near 1e306 a run's expected energy overflows: it has none.)
                    if (legitimate(kind))
                        check.that(std::isfinite(r.ratio[i])
                                       && (kind == Extreme::Limit || std::isfinite(r.expectedRatio[i])),
                                   QStringLiteral("ratios of a positive energy"));
                }
                const std::vector<std::uint8_t> flags = anomalyTimelineFlags(
                    r, method == AnomalyMethod::IsolationForest ? 0.6 : 3.0);
                check.that(flags.size() == r.rowCount(), QStringLiteral("a flag per run"));
            });
        }
    }
    VERIFY_CHECK(check);
}

void TestExtremes::carbonFlow_data()
{
    addExtremeRows();
}

void TestExtremes::carbonFlow()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    const CarbonFactors factors[] = {factorsForRegion(u"world"), factorsForRegion(u"butter-e"),
                                     customFactors(475, 1.58, 0.12, QStringLiteral("USD"))};
    for (FlowGrouping grouping : {FlowGrouping::Dataset, FlowGrouping::Shape, FlowGrouping::Batch}) {
        check.call(
            QStringLiteral("summarizeFlow(%1) + carbonFlow").arg(flowGroupingName(grouping)), whenSummed(kind),
            [&] {
                const FlowTotals totals = summarizeFlow(c, grouping);
                check.finite(totals.joules(), QStringLiteral("total joules"));
                for (const FlowGroup &g : totals.groups)
                    check.finite(g.joules, QStringLiteral("a group's joules"));
                for (const CarbonFactors &f : factors) {
                    const CarbonFlow flow = wattprint::carbonFlow(totals, f);
                    for (const CarbonFlowNode &n : flow.nodes) {
                        for (double v : {n.joules, n.drawnJoules, n.kwh, n.facilityKwh, n.co2eGrams})
                            check.finite(v, QStringLiteral("a node's figure"));
                        if (n.cost)
                            check.finite(*n.cost, QStringLiteral("a node's cost"));
                    }
                    for (const CarbonFlowLink &l : flow.links) {
                        check.finite(l.joules, QStringLiteral("a link's joules"));
                        check.finite(l.co2eGrams, QStringLiteral("a link's carbon"));
                    }
                    for (const Equivalent &e : flow.total.equivalents)
                        check.finite(e.value, QStringLiteral("an equivalent"));
                }
            },
            kSumTooLarge);
    }
    VERIFY_CHECK(check);
}

void TestExtremes::energyHierarchy_data()
{
    addExtremeRows();
}

void TestExtremes::energyHierarchy()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (const HierarchyOrder &order : hierarchyOrders()) {
        check.call(
            QStringLiteral("buildEnergyHierarchy(%1)").arg(hierarchyOrderName(order)), whenSummed(kind),
            [&] {
                const EnergyHierarchy h = buildEnergyHierarchy(c, order);
                for (const HierarchyNode &n : h.nodes)
                    check.finite(n.joules, QStringLiteral("a node's joules"));
                for (HierarchyMetric metric : {HierarchyMetric::Energy, HierarchyMetric::Runs}) {
                    double ring0 = 0;
                    for (const ArcSegment &s : sunburstLayout(h, 0, metric)) {
                        check.that(std::isfinite(s.startDeg) && std::isfinite(s.spanDeg) && s.spanDeg >= 0,
                                   QStringLiteral("a segment's angles"));
                        ring0 += s.ring == 0 ? s.spanDeg : 0;
                    }
                    if (h.nodes.front().value(metric) > 0)
                        check.that(std::abs(ring0 - 360) < 1e-9, QStringLiteral("the inner ring is whole"));
                }
            },
            kSumTooLarge);
    }
    VERIFY_CHECK(check);
}

void TestExtremes::overheadAndReportTotals_data()
{
    addExtremeRows();
}

void TestExtremes::overheadAndReportTotals()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    for (OverheadGrouping grouping : {OverheadGrouping::Device, OverheadGrouping::Dataset, OverheadGrouping::Shape,
                                      OverheadGrouping::NodeType, OverheadGrouping::Batch}) {
        for (OverheadOrder order : {OverheadOrder::ShareDescending, OverheadOrder::Name}) {
            check.call(
                QStringLiteral("summarizeOverhead(%1)").arg(overheadGroupingName(grouping)), whenSummed(kind),
                [&] {
                    const OverheadSummary s = summarizeOverhead(c, grouping, order);
                    std::vector<const OverheadGroup *> groups = {&s.cpu, &s.gpu, &s.all};
                    for (const OverheadGroup &g : s.groups)
                        groups.push_back(&g);
                    for (const OverheadGroup *g : groups) {
                        check.finite(g->overhead, g->name + QStringLiteral(" overhead"));
                        check.finite(g->core, g->name + QStringLiteral(" core"));
                        if (const auto share = g->share())
                            check.finite(*share, g->name + QStringLiteral(" share"));
                    }
                },
                kSumTooLarge);
        }
    }
    check.call(
        QStringLiteral("reportTotals"), whenSummed(kind),
        [&] {
            const ReportTotals t = reportTotals(c);
            check.finite(t.joules, QStringLiteral("joules"));
            check.finite(t.overheadJoules, QStringLiteral("overhead joules"));
            check.that(kind == Extreme::Architectures || t.configurations == 144, QStringLiteral("144 configurations"));
        },
        kSumTooLarge);
    VERIFY_CHECK(check);
}

void TestExtremes::descriptiveStatistics_data()
{
    addExtremeRows();
}

void TestExtremes::descriptiveStatistics()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    const std::vector<double> a = samples(c, kind).first;
    Check check;
    const bool nonFinite = kind == Extreme::NonFinite;
    const bool single = kind == Extreme::Singles;
    const bool constant = kind == Extreme::AllEqual || single;
    const Want any = nonFinite ? Want::Error : Want::Result;
    check.call(
        QStringLiteral("mean"), any, [&] { check.finite(stats::mean(a), QStringLiteral("mean")); }, kNotFinite);
    // The variance of values near 1e160 (1e320) or 1e-300 (1e-600) has no double; the standard
    // deviation does.
    check.call(QStringLiteral("variance"), nonFinite || single || legitimate(kind) ? Want::Error : Want::Result,
               [&] { check.finite(stats::variance(a), QStringLiteral("variance")); },
               {QStringLiteral("NaN or infinite"), QStringLiteral("at least 2"), QStringLiteral("double precision")});
    check.call(QStringLiteral("standardDeviation"), nonFinite || single ? Want::Error : Want::Result,
               [&] {
                   const double sd = stats::standardDeviation(a);
                   check.finite(sd, QStringLiteral("sd"));
                   if (legitimate(kind))
                       check.that(sd > 0, QStringLiteral("sd > 0 for varying values"));
               },
               {QStringLiteral("NaN or infinite"), QStringLiteral("at least 2")});
    check.call(
        QStringLiteral("quantiles, median, IQR, MAD"), any,
        [&] {
            const double qs[] = {0, 0.25, 0.5, 0.75, 0.99, 1};
            for (double q : stats::quantiles(a, qs))
                check.finite(q, QStringLiteral("a quantile"));
            check.finite(stats::median(a), QStringLiteral("median"));
            check.finite(stats::interquartileRange(a), QStringLiteral("IQR"));
            check.finite(stats::medianAbsoluteDeviation(a, stats::MadScale::Normal), QStringLiteral("MAD"));
            const stats::MedianInterval mi = stats::medianInterval(a);
            for (double v : {mi.low, mi.high, mi.coverage})
                check.finite(v, QStringLiteral("median interval"));
        },
        kNotFinite);
    check.call(QStringLiteral("skewness"), nonFinite || constant ? Want::Error : Want::Result,
               [&] {
                   check.finite(stats::skewness(a), QStringLiteral("skewness"));
                   check.finite(stats::skewness(a, stats::SkewnessBias::Unbiased), QStringLiteral("unbiased skewness"));
               },
               {QStringLiteral("NaN or infinite"), QStringLiteral("equal")});
    check.call(
        QStringLiteral("describe"), any,
        [&] {
            const stats::Summary s = stats::describe(a);
            for (double v : {s.mean, s.min, s.q1, s.median, s.q3, s.max, s.iqr, s.mad})
                check.finite(v, QStringLiteral("a summary figure"));
            if (s.standardDeviation)
                check.finite(*s.standardDeviation, QStringLiteral("sd"));
            if (s.skewness)
                check.finite(*s.skewness, QStringLiteral("skewness"));
            check.that(s.standardDeviation.has_value() == !single, QStringLiteral("sd only from two values"));
            check.that(s.skewness.has_value() == !constant, QStringLiteral("skewness only where values vary"));
        },
        kNotFinite);
    VERIFY_CHECK(check);
}

void TestExtremes::twoSampleStatistics_data()
{
    addExtremeRows();
}

void TestExtremes::twoSampleStatistics()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    const auto [a, b] = samples(c, kind);
    Check check;
    const bool nonFinite = kind == Extreme::NonFinite;
    const bool single = kind == Extreme::Singles;
    const bool equal = kind == Extreme::AllEqual;
    const bool nonPositive = kind == Extreme::NonPositive;
    const QStringList undefined = {QStringLiteral("NaN or infinite"), QStringLiteral("at least 2"),
                                   QStringLiteral("all equal"), QStringLiteral("<= 0")};
    const auto checkWelch = [&](const stats::WelchResult &w) {
        for (double v : {w.t, w.df, w.p, w.meanA, w.meanB})
            check.finite(v, QStringLiteral("Welch"));
        check.that(w.p >= 0 && w.p <= 1 && w.df > 0, QStringLiteral("p in [0, 1], df > 0"));
    };
    check.call(
        QStringLiteral("welchTTest"), nonFinite || single || equal ? Want::Error : Want::Result,
        [&] { checkWelch(stats::welchTTest(a, b)); }, undefined);
    check.call(
        QStringLiteral("welchTTestLog"), nonFinite || single || equal || nonPositive ? Want::Error : Want::Result,
        [&] { checkWelch(stats::welchTTestLog(a, b)); }, undefined);
    check.call(
        QStringLiteral("hedgesG"), nonFinite || single || equal ? Want::Error : Want::Result,
        [&] { check.finite(stats::hedgesG(a, b), QStringLiteral("g")); }, undefined);
    check.call(
        QStringLiteral("mannWhitneyU"), nonFinite ? Want::Error : Want::Result,
        [&] {
            const stats::MannWhitneyResult r = stats::mannWhitneyU(a, b);
            check.finite(r.u, QStringLiteral("U"));
            check.that(r.p >= 0 && r.p <= 1, QStringLiteral("p in [0, 1]"));
        },
        kNotFinite);
    check.call(
        QStringLiteral("percentChangeOfMedians"),
        nonFinite         ? Want::Error
            : nonPositive ? Want::ResultOrError
                          : Want::Result,
        [&] {
            const stats::PercentChange p = stats::percentChangeOfMedians(a, b);
            for (double v : {p.percent, p.ci.lower, p.ci.upper, p.medianA, p.medianB})
                check.finite(v, QStringLiteral("percent change"));
        },
        kNotFinite);
    check.call(
        QStringLiteral("compareSamples + verdict"), nonFinite || single || equal ? Want::Error : Want::Result,
        [&] {
            const stats::TwoSampleComparison r = stats::compareSamples(a, b);
            checkWelch(r.welch);
            check.finite(r.hedgesG, QStringLiteral("g"));
            check.that(r.mannWhitney.p >= 0 && r.mannWhitney.p <= 1, QStringLiteral("Mann-Whitney p in [0, 1]"));
            if (r.welchLog)
                checkWelch(*r.welchLog);
            if (r.hedgesGLog)
                check.finite(*r.hedgesGLog, QStringLiteral("log g"));
            if (r.percentChange) {
                for (double v : {r.percentChange->percent, r.percentChange->ci.lower, r.percentChange->ci.upper})
                    check.finite(v, QStringLiteral("percent change"));
            }
            if (legitimate(kind))
                check.that(r.welchLog && r.hedgesGLog && r.percentChange,
                           QStringLiteral("every part of the comparison for varying positive values"));
            check.that(!comparisonVerdict(r, RunMetric::Energy).isEmpty(), QStringLiteral("a verdict"));
            const std::vector<double> adjusted = stats::holmAdjust(std::vector<double>{r.welch.p, r.mannWhitney.p});
            for (double p : adjusted)
                check.that(p >= 0 && p <= 1, QStringLiteral("adjusted p in [0, 1]"));
        },
        undefined);
    if (!nonFinite && !a.empty() && !b.empty()) {
        check.call(QStringLiteral("untestedVerdict"), Want::Result, [&] {
            check.that(!untestedVerdict(1, 1, stats::median(a), stats::median(b)).isEmpty(),
                       QStringLiteral("a verdict"));
        });
    }
    VERIFY_CHECK(check);
}

void TestExtremes::bootstrapIntervals_data()
{
    addExtremeRows();
}

void TestExtremes::bootstrapIntervals()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    const std::vector<double> a = samples(c, kind).first;
    Check check;
    const Want want = kind == Extreme::NonFinite ? Want::Error : Want::Result;
    const auto checkInterval = [&](const stats::ConfidenceInterval &ci) {
        check.that(std::isfinite(ci.lower) && std::isfinite(ci.upper) && ci.lower <= ci.upper,
                   QStringLiteral("interval %1 .. %2").arg(ci.lower).arg(ci.upper));
    };
    stats::BootstrapOptions options;
    options.resamples = 500;
    check.call(
        QStringLiteral("bootstrapMedianCi"), want, [&] { checkInterval(stats::bootstrapMedianCi(a, options)); },
        kNotFinite);
    check.call(
        QStringLiteral("bootstrapCi(mean)"), want,
        [&] {
            checkInterval(stats::bootstrapCi(
                a, [](std::span<const double> v) { return stats::mean(v); }, options));
        },
        kNotFinite);
    VERIFY_CHECK(check);
}

void TestExtremes::histogramsAndDensities_data()
{
    addExtremeRows();
}

void TestExtremes::histogramsAndDensities()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    const std::vector<double> a = samples(c, kind).first;
    Check check;
    const bool nonFinite = kind == Extreme::NonFinite;
    const auto checkHistogram = [&](const stats::Histogram &h) {
        check.that(h.binCount() >= 1 && h.edges.size() == h.binCount() + 1, QStringLiteral("bins and edges"));
        for (double e : h.edges)
            check.finite(e, QStringLiteral("an edge"));
        check.that(std::is_sorted(h.edges.begin(), h.edges.end()), QStringLiteral("edges ascend"));
        for (double d : h.densities)
            check.finite(d, QStringLiteral("a density"));
        check.that(std::size_t(std::accumulate(h.counts.begin(), h.counts.end(), std::int64_t(0))) == h.inside,
                   QStringLiteral("counts add up"));
    };
    for (stats::BinRule rule : {stats::BinRule::FreedmanDiaconis, stats::BinRule::Scott, stats::BinRule::Fixed}) {
        for (AxisScale scale : {AxisScale::Linear, AxisScale::Log10}) {
            for (NonPositivePolicy policy : {NonPositivePolicy::Reject, NonPositivePolicy::Drop}) {
                if (scale == AxisScale::Linear && policy == NonPositivePolicy::Drop)
                    continue;
                stats::HistogramOptions o;
                o.rule = rule;
                o.scale = scale;
                o.nonPositive = policy;
                const bool rejects = kind == Extreme::NonPositive && scale == AxisScale::Log10
                    && policy == NonPositivePolicy::Reject;
                check.call(QStringLiteral("histogram(rule %1, scale %2, policy %3)")
                               .arg(int(rule))
                               .arg(int(scale))
                               .arg(int(policy)),
                           nonFinite || rejects ? Want::Error : Want::Result,
                           [&] { checkHistogram(stats::histogram(a, o)); },
                           {QStringLiteral("NaN or infinite"), QStringLiteral("<= 0")});
            }
        }
    }
    for (AxisScale scale : {AxisScale::Linear, AxisScale::Log10}) {
        stats::KdeCurveOptions o;
        o.scale = scale;
        o.nonPositive = NonPositivePolicy::Drop;
        o.gridSize = 128;
        // Near 1e306 on a linear axis the density (per joule) is below the smallest double.
        const bool undefined = nonFinite || kind == Extreme::AllEqual || kind == Extreme::Singles
            || (kind == Extreme::Limit && scale == AxisScale::Linear);
        check.call(QStringLiteral("kdeCurve(scale %1)").arg(int(scale)), undefined ? Want::Error : Want::Result,
                   [&] {
                       const stats::KdeCurve curve = stats::kdeCurve(a, o);
                       check.that(std::isfinite(curve.bandwidth) && curve.bandwidth > 0, QStringLiteral("a bandwidth"));
                       for (double v : curve.x)
                           check.finite(v, QStringLiteral("a curve x"));
                       for (double v : curve.density)
                           check.finite(v, QStringLiteral("a density"));
                       check.that(
                           std::any_of(curve.density.begin(), curve.density.end(), [](double d) { return d > 0; }),
                           QStringLiteral("some density"));
                   },
                   {QStringLiteral("NaN or infinite"), QStringLiteral("equal"), QStringLiteral("at least 2"),
                    QStringLiteral("beyond double precision")});
    }
    VERIFY_CHECK(check);
}

void TestExtremes::isolationForest_data()
{
    addExtremeRows();
}

void TestExtremes::isolationForest()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    // The raw columns (not their logs): energy, run time and power.
    const std::span<const double> columns[] = {c.energy, c.runTime, c.power};
    check.call(QStringLiteral("IsolationForest"), kind == Extreme::NonFinite ? Want::Error : Want::Result,
               [&] {
                   IsolationForest forest;
                   forest.fit(columns, 7);
                   for (double s : forest.score(columns))
                       check.that(s > 0 && s < 1, QStringLiteral("a score in (0, 1): %1").arg(s));
               },
               {QStringLiteral("not a finite number")});
    VERIFY_CHECK(check);
}

void TestExtremes::energyFit_data()
{
    addExtremeRows();
}

void TestExtremes::energyFit()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    // As the cache-spill view fits it: one row per configuration, its median energy per datum.
    std::vector<EnergyFitRow> rows;
    std::vector<Derivation> derivations;
    for (const ConfigurationStats &s : summarizeConfigurations(c).configurations) {
        // A network of depth 0 or of 2^63 parameters has no derivation; the view leaves it out.
        check.call(QStringLiteral("deriveFromDataset(depth %1, size %2)").arg(s.depth).arg(s.size),
                   kind == Extreme::Architectures ? Want::ResultOrError : Want::Result,
                   [&] {
                       Derivation d = deriveFromDataset(s.datasetName, shapeFromName(s.shapeName), s.depth, s.size);
                       rows.push_back(fitRowFor(d, s.gpu ? Device::Gpu : Device::Cpu, s.medianEnergyPerDatum));
                       derivations.push_back(std::move(d));
                   },
                   {QStringLiteral("depth"), QStringLiteral("size"), QStringLiteral("parameters")});
    }
    for (FitMethod method : {FitMethod::LeastSquares, FitMethod::NonNegative}) {
        // A configuration without a finite value has a NaN median, which the fit refuses.
        check.call(
            QStringLiteral("fitEnergyModel(%1)").arg(fitMethodName(method)),
            kind == Extreme::NonFinite ? Want::Error : Want::Result,
            [&] {
                const EnergyFit fit = fitEnergyModel(rows, method);
                for (const DeviceFit &f : fit.devices) {
                    for (double v : f.coefficients)
                        check.finite(v, QStringLiteral("a coefficient"));
                    for (double v : f.predicted)
                        check.finite(v, QStringLiteral("a prediction"));
                    for (double v : f.ratios)
                        check.finiteOrNaN(v, QStringLiteral("a ratio"));
                    // NaN only when all measurements are equal.
                    if (kind == Extreme::AllEqual)
                        check.finiteOrNaN(f.r2, QStringLiteral("R2"));
                    else
                        check.finite(f.r2, QStringLiteral("R2"));
                    check.finiteOrNaN(f.mapePercent, QStringLiteral("MAPE"));
                    if (legitimate(kind))
                        check.finite(f.mapePercent, QStringLiteral("MAPE"));
                    check.call(
                        QStringLiteral("predictTraining"), Want::ResultOrError,
                        [&] {
                            const TrainingPrediction p = predictTraining(fit, derivations.front(), f.device,
                                                                         factorsForRegion(u"world"));
                            for (double v : {p.energyPerDatum, p.trainingJoules, p.totalJoules, p.carbon.co2eGrams})
                                check.finite(v, QStringLiteral("a predicted figure"));
                        },
                        {QStringLiteral("negative")});
                }
            },
            {QStringLiteral("finite")});
    }
    VERIFY_CHECK(check);
}

void TestExtremes::expectedEnergy_data()
{
    addExtremeRows();
}

void TestExtremes::expectedEnergy()
{
    QFETCH(Extreme, kind);
    const RunColumns c = extremeRuns(kind);
    Check check;
    check.call(QStringLiteral("computeExpectedEnergy"), Want::Result, [&] {
        const ExpectedEnergy e = computeExpectedEnergy(c);
        check.that(e.expected.size() == c.rowCount() && e.residual.size() == c.rowCount(),
                   QStringLiteral("a value per run"));
        // NaN where a run has no expectation or residual.
        for (double v : e.expected)
            check.that(std::isnan(v) || (std::isfinite(v) && v > 0), QStringLiteral("an expected energy: %1").arg(v));
        for (double v : e.residual)
            check.finiteOrNaN(v, QStringLiteral("a residual"));
        for (const ExpectedEnergyDevice *d : {&e.cpu, &e.gpu}) {
            for (double v : {d->r2OutOfFold, d->mapeOutOfFoldPercent, d->medianAbsLogErrorOutOfFold})
                check.finiteOrNaN(v, QStringLiteral("an out-of-fold figure"));
            for (double v : d->fit.coefficients)
                check.finite(v, QStringLiteral("a coefficient"));
            if (legitimate(kind)) {
                // Varying positive measurements: fitted and validated.
                check.that(d->fitted, QStringLiteral("fitted: ") + d->problem);
                check.finite(d->r2OutOfFold, QStringLiteral("out-of-fold R2"));
                check.finite(d->medianAbsLogErrorOutOfFold, QStringLiteral("out-of-fold log error"));
            }
        }
        if (legitimate(kind) && kind != Extreme::Limit)
            check.that(e.residualRuns == c.rowCount(), QStringLiteral("every run has a residual"));
        const std::vector<double> residuals = energyResiduals(c, expectedEnergyOf(c));
        check.that(residuals.size() == c.rowCount(), QStringLiteral("a residual per run"));
    });
    VERIFY_CHECK(check);
}

QTEST_GUILESS_MAIN(TestExtremes)
#include "tst_extremes.moc"
