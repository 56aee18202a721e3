// One-sample statistics (descriptive, histogram, Gaussian KDE, bootstrap) against numpy/scipy
// values in tests/fixtures/stats.json, made by tests/fixtures/make_stats_fixtures.py.

#include "analysiserror.h"
#include "bootstrap.h"
#include "descriptive.h"
#include "gaussiankde.h"
#include "histogram.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../support/testsupport.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <numeric>
#include <random>
#include <vector>

using namespace wattprint;
using namespace wattprint::stats;
using namespace Qt::Literals::StringLiterals;

namespace {

using testsupport::expectError;
using testsupport::lognormalValues;
using testsupport::mismatch;
using testsupport::toVector;

bool close(double actual, double expected, double rel, double abs = 0.0)
{
    return testsupport::relClose(actual, expected, rel, abs);
}

#define CHECK_CLOSE(actual, expected, rel, abs, what)                                                                  \
    do {                                                                                                               \
        const double a_ = (actual);                                                                                    \
        const double e_ = (expected);                                                                                  \
        QVERIFY2(close(a_, e_, rel, abs), qPrintable(mismatch(what, a_, e_)));                                         \
    } while (false)

// A bootstrap interval is a Monte-Carlo estimate. The fixture gives, for each end, the band of
// the reference bootstrap distribution (pooled over seeds) between the quantiles at
// alpha -+ 4 binomial sd of a run with our resample count: a correct method lands inside it
// with near certainty, a method with the wrong distribution does not.
void checkInBands(const ConfidenceInterval &got, const QJsonObject &ref, const QString &what)
{
    const std::vector<double> lower = toVector(ref.value(u"lower_band"));
    const std::vector<double> upper = toVector(ref.value(u"upper_band"));
    QVERIFY2(
        got.lower >= lower[0] && got.lower <= lower[1],
        qPrintable(
            QStringLiteral("%1: lower end %2 outside [%3, %4]").arg(what).arg(got.lower).arg(lower[0]).arg(lower[1])));
    QVERIFY2(
        got.upper >= upper[0] && got.upper <= upper[1],
        qPrintable(
            QStringLiteral("%1: upper end %2 outside [%3, %4]").arg(what).arg(got.upper).arg(upper[0]).arg(upper[1])));
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void descriptiveMatchesNumpy();
    void describeMatchesNumpy();
    void descriptiveEdgeCases();
    void histogramMatchesNumpy();
    void histogramCapsDegenerateRule();
    void histogramLogAxisNonPositive();
    void histogramEdgeCases();
    void histogramMillionValuesIsFast();
    void kdeMatchesScipy();
    void kdeCurveLog10MatchesScipy();
    void kdeBinnedMatchesExact();
    void kdeEdgeCases();
    void kdeMillionValuesIsFast();
    void bootstrapMedianMatchesResampling();
    void bootstrapGenericMatchesResampling();
    void bootstrapIsDeterministic();
    void bootstrapEdgeCases();
    void medianIntervalByHand();

private:
    std::vector<double> sample(const QString &name) const
    {
        return toVector(m_fixture.value(u"samples").toObject().value(name));
    }
    QJsonObject m_fixture;
};

void TestStatistics::initTestCase()
{
    QFile file(QString::fromUtf8(WATTPRINT_FIXTURES) + QStringLiteral("/stats.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    m_fixture = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!m_fixture.value(u"descriptive").toObject().isEmpty());
}

void TestStatistics::descriptiveMatchesNumpy()
{
    const QJsonObject all = m_fixture.value(u"descriptive").toObject();
    QVERIFY(all.size() >= 20);
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QString name = it.key();
        const QJsonObject ref = it.value().toObject();
        const std::vector<double> x = sample(name);
        QVERIFY2(!x.empty(), qPrintable(name));

        CHECK_CLOSE(mean(x), ref.value(u"mean").toDouble(), 1e-13, 1e-300, name + u" mean"_s);
        CHECK_CLOSE(variance(x, 0), ref.value(u"var_ddof0").toDouble(), 1e-10, 1e-28, name + u" var ddof0"_s);
        if (ref.contains(u"var_ddof1"))
            CHECK_CLOSE(variance(x, 1), ref.value(u"var_ddof1").toDouble(), 1e-10, 1e-28, name + u" var ddof1"_s);

        const std::vector<double> qs = toVector(ref.value(u"quantile_qs"));
        const std::vector<double> expected = toVector(ref.value(u"quantiles"));
        const std::vector<double> got = quantiles(x, qs);
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < qs.size(); ++i) {
            CHECK_CLOSE(got[i], expected[i], 1e-14, 0.0, name + QStringLiteral(" quantile %1").arg(qs[i]));
            CHECK_CLOSE(quantile(x, qs[i]), expected[i], 1e-14, 0.0, name + u" quantile()"_s);
            std::vector<double> sorted = x;
            std::sort(sorted.begin(), sorted.end());
            CHECK_CLOSE(quantileSorted(sorted, qs[i]), expected[i], 1e-14, 0.0, name + u" quantileSorted()"_s);
        }
        CHECK_CLOSE(median(x), ref.value(u"median").toDouble(), 1e-15, 0.0, name + u" median"_s);
        CHECK_CLOSE(interquartileRange(x), ref.value(u"iqr").toDouble(), 1e-12, 1e-300, name + u" iqr"_s);
        CHECK_CLOSE(medianAbsoluteDeviation(x), ref.value(u"mad_raw").toDouble(), 1e-14, 0.0, name + u" MAD"_s);
        CHECK_CLOSE(medianAbsoluteDeviation(x, MadScale::Normal), ref.value(u"mad_normal").toDouble(), 1e-14, 0.0,
                    name + u" MAD normal"_s);

        const QJsonValue skewRef = ref.value(u"skew_biased");
        if (skewRef.isNull()) { // scipy: NaN for values that do not vary; we throw
            expectError([&] { skewness(x); }, {QStringLiteral("equal")}, "skewness constant");
        } else {
            CHECK_CLOSE(skewness(x), skewRef.toDouble(), 1e-9, 1e-12, name + u" skew"_s);
            if (ref.contains(u"skew_unbiased"))
                CHECK_CLOSE(skewness(x, SkewnessBias::Unbiased), ref.value(u"skew_unbiased").toDouble(), 1e-9, 1e-12,
                            name + u" skew unbiased"_s);
        }
    }
}

void TestStatistics::describeMatchesNumpy()
{
    const QJsonObject all = m_fixture.value(u"descriptive").toObject();
    for (const QString &name : {u"normal_a"_s, u"large_a"_s, u"one"_s, u"constant"_s, u"ties_b"_s}) {
        const QJsonObject ref = all.value(name).toObject();
        const std::vector<double> x = sample(name);
        const Summary s = stats::describe(x);
        const std::vector<double> q = toVector(ref.value(u"quantiles")); // 0,.1,.25,.5,.75,...,1
        QCOMPARE(s.count, x.size());
        CHECK_CLOSE(s.mean, ref.value(u"mean").toDouble(), 1e-13, 0.0, name + u" mean"_s);
        CHECK_CLOSE(s.min, q.front(), 0.0, 0.0, name + u" min"_s);
        CHECK_CLOSE(s.max, q.back(), 0.0, 0.0, name + u" max"_s);
        CHECK_CLOSE(s.q1, q[2], 1e-14, 0.0, name + u" q1"_s);
        CHECK_CLOSE(s.q3, q[4], 1e-14, 0.0, name + u" q3"_s);
        CHECK_CLOSE(s.median, ref.value(u"median").toDouble(), 1e-15, 0.0, name + u" median"_s);
        CHECK_CLOSE(s.iqr, ref.value(u"iqr").toDouble(), 1e-12, 1e-300, name + u" iqr"_s);
        CHECK_CLOSE(s.mad, ref.value(u"mad_raw").toDouble(), 1e-14, 0.0, name + u" mad"_s);
        QCOMPARE(s.standardDeviation.has_value(), ref.contains(u"var_ddof1"));
        if (s.standardDeviation)
            CHECK_CLOSE(*s.standardDeviation, std::sqrt(ref.value(u"var_ddof1").toDouble()), 1e-10, 1e-14,
                        name + u" sd"_s);
        QCOMPARE(s.skewness.has_value(), !ref.value(u"skew_biased").isNull());
        if (s.skewness)
            CHECK_CLOSE(*s.skewness, ref.value(u"skew_biased").toDouble(), 1e-9, 1e-12, name + u" skew"_s);
    }
}

void TestStatistics::descriptiveEdgeCases()
{
    const std::vector<double> empty;
    expectError([&] { mean(empty); }, {QStringLiteral("empty")}, "mean empty");
    expectError([&] { median(empty); }, {QStringLiteral("empty")}, "median empty");
    expectError([&] { quantile(empty, 0.5); }, {QStringLiteral("empty")}, "quantile empty");
    expectError([&] { medianAbsoluteDeviation(empty); }, {QStringLiteral("empty")}, "mad empty");
    expectError([&] { skewness(empty); }, {QStringLiteral("empty")}, "skew empty");
    expectError([&] { stats::describe(empty); }, {QStringLiteral("empty")}, "describe empty");

    const std::vector<double> one = {4.25};
    QCOMPARE(median(one), 4.25);
    QCOMPARE(quantile(one, 0.9), 4.25);
    QCOMPARE(interquartileRange(one), 0.0);
    QCOMPARE(medianAbsoluteDeviation(one), 0.0);
    QCOMPARE(variance(one, 0), 0.0);
    expectError([&] { variance(one, 1); }, {QStringLiteral("1 value"), QStringLiteral("2")}, "variance of one value");
    expectError([&] { skewness(one); }, {QStringLiteral("equal")}, "skew one value");
    expectError(
        [&] {
            skewness(std::vector<double>{1.0, 2.0}, SkewnessBias::Unbiased);
        },
        {QStringLiteral("3")}, "unbiased skew of two values");

    const std::vector<double> constant(7, 0.1);
    QCOMPARE(median(constant), 0.1);
    QCOMPARE(medianAbsoluteDeviation(constant), 0.0);
    expectError([&] { skewness(constant); }, {QStringLiteral("equal")}, "skew constant");

    for (double bad : {kNaN, kInf, -kInf}) {
        const std::vector<double> x = {1.0, bad, 3.0, bad};
        expectError([&] { mean(x); }, {QStringLiteral("NaN or infinite"), QStringLiteral("2")}, "mean NaN/inf");
        expectError([&] { median(x); }, {QStringLiteral("NaN or infinite")}, "median NaN/inf");
        expectError([&] { quantiles(x, std::vector<double>{0.5}); }, {QStringLiteral("NaN or infinite")},
                    "quantiles NaN/inf");
        expectError([&] { skewness(x); }, {QStringLiteral("NaN or infinite")}, "skew NaN/inf");
        expectError([&] { stats::describe(x); }, {QStringLiteral("NaN or infinite")}, "describe NaN/inf");
    }
    expectError([&] { quantile(one, 1.5); }, {QStringLiteral("between 0 and 1")}, "quantile out of range");
    expectError([&] { quantile(one, kNaN); }, {QStringLiteral("between 0 and 1")}, "quantile NaN q");
}

void TestStatistics::histogramMatchesNumpy()
{
    const QJsonArray all = m_fixture.value(u"histograms").toArray();
    QVERIFY(all.size() >= 30);
    for (const QJsonValue &v : all) {
        const QJsonObject ref = v.toObject();
        const QString name = ref.value(u"sample").toString();
        const QString rule = ref.value(u"rule").toString();
        const QString what = QStringLiteral("%1 %2%3").arg(
            name, rule, ref.value(u"log10").toBool() ? QStringLiteral(" log10") : QString());
        HistogramOptions o;
        o.rule = rule == u"fd" ? BinRule::FreedmanDiaconis : rule == u"scott" ? BinRule::Scott : BinRule::Fixed;
        if (o.rule == BinRule::Fixed)
            o.bins = ref.value(u"bins").toInt();
        o.scale = ref.value(u"log10").toBool() ? AxisScale::Log10 : AxisScale::Linear;
        if (ref.value(u"range").isArray()) {
            o.rangeMin = ref.value(u"range").toArray().at(0).toDouble();
            o.rangeMax = ref.value(u"range").toArray().at(1).toDouble();
        }
        const std::vector<double> x = sample(name);
        const Histogram h = histogram(x, o);

        const std::vector<double> edges = toVector(ref.value(u"edges"));
        const std::vector<double> dens = toVector(ref.value(u"densities"));
        const QJsonArray counts = ref.value(u"counts").toArray();
        QVERIFY2(h.binCount() == std::size_t(counts.size()),
                 qPrintable(what + QStringLiteral(": %1 bins, numpy %2").arg(h.binCount()).arg(counts.size())));
        QCOMPARE(h.edges.size(), edges.size());
        QCOMPARE(h.densities.size(), dens.size());
        QVERIFY(!h.capped);
        std::int64_t total = 0;
        for (std::size_t i = 0; i < h.binCount(); ++i) {
            QVERIFY2(h.counts[i] == counts.at(qsizetype(i)).toInteger(),
                     qPrintable(what + QStringLiteral(" count of bin %1").arg(i)));
            CHECK_CLOSE(h.densities[i], dens[i], 1e-12, 0.0, what + u" density"_s);
            total += h.counts[i];
        }
        for (std::size_t i = 0; i < edges.size(); ++i)
            CHECK_CLOSE(h.edges[i], edges[i], 1e-13, 1e-300, what + u" edge"_s);
        QCOMPARE(std::size_t(total), h.inside);
        QCOMPARE(h.inside + h.outOfRange, x.size());
    }
}

void TestStatistics::histogramCapsDegenerateRule()
{
    const QJsonObject ref = m_fixture.value(u"histogram_capped").toObject();
    const std::vector<double> x = sample(ref.value(u"sample").toString());
    QVERIFY(ref.value(u"fd_bins_requested").toDouble() > 1e9); // the rule really explodes

    HistogramOptions o;
    o.rule = BinRule::FreedmanDiaconis;
    QElapsedTimer timer;
    timer.start();
    const Histogram h = histogram(x, o);
    qInfo("capped histogram: %lld ms", timer.elapsed());
    QVERIFY(h.capped);
    QCOMPARE(h.binCount(), std::size_t(512));
    const std::vector<double> edges = toVector(ref.value(u"edges"));
    const std::vector<double> dens = toVector(ref.value(u"densities"));
    const QJsonArray counts = ref.value(u"counts").toArray();
    for (std::size_t i = 0; i < h.binCount(); ++i) {
        QCOMPARE(qint64(h.counts[i]), counts.at(qsizetype(i)).toInteger());
        CHECK_CLOSE(h.densities[i], dens[i], 1e-12, 0.0, u"capped density"_s);
    }
    for (std::size_t i = 0; i < edges.size(); ++i)
        CHECK_CLOSE(h.edges[i], edges[i], 1e-13, 1e-300, u"capped edge"_s);

    o.maxBins = 64;
    QCOMPARE(histogram(x, o).binCount(), std::size_t(64));

    // Six equal doubles: numpy's own Scott rule asks for ~1e15 bins here. Ours stays bounded.
    const std::vector<double> constant(6, 3.3);
    o = {};
    o.rule = BinRule::Scott;
    const Histogram c = histogram(constant, o);
    QVERIFY(c.binCount() >= 1 && c.binCount() <= 512);
    QCOMPARE(std::accumulate(c.counts.begin(), c.counts.end(), std::int64_t(0)), std::int64_t(6));
    QCOMPARE(c.edges.front(), 3.3 - 0.5);
    QCOMPARE(c.edges.back(), 3.3 + 0.5);
}

void TestStatistics::histogramLogAxisNonPositive()
{
    std::vector<double> x = sample(u"lognormal_a"_s);
    x.push_back(0.0);
    x.push_back(-5.0);
    x.push_back(-1e-9);
    HistogramOptions o;
    o.scale = AxisScale::Log10;
    expectError([&] { histogram(x, o); }, {QStringLiteral("3 values"), QStringLiteral("<= 0")},
                "log histogram with non-positive values");

    o.nonPositive = NonPositivePolicy::Drop;
    const Histogram h = histogram(x, o);
    QCOMPARE(h.droppedNonPositive, std::size_t(3));
    QCOMPARE(h.inside, x.size() - 3);
    // Dropping gives exactly the histogram of the positive values (numpy reference).
    for (const QJsonValue &v : m_fixture.value(u"histograms").toArray()) {
        const QJsonObject ref = v.toObject();
        if (ref.value(u"sample").toString() == u"lognormal_a" && ref.value(u"log10").toBool()
            && ref.value(u"rule").toString() == u"fd") {
            const QJsonArray counts = ref.value(u"counts").toArray();
            QCOMPARE(h.binCount(), std::size_t(counts.size()));
            for (std::size_t i = 0; i < h.binCount(); ++i)
                QCOMPARE(qint64(h.counts[i]), counts.at(qsizetype(i)).toInteger());
        }
    }
    // Densities are per decade: their integral over log10 widths is 1.
    double area = 0.0;
    for (std::size_t i = 0; i < h.binCount(); ++i)
        area += h.densities[i] * (std::log10(h.edges[i + 1]) - std::log10(h.edges[i]));
    QVERIFY(std::abs(area - 1.0) < 1e-12);

    const std::vector<double> allBad = {0.0, -1.0};
    expectError([&] { histogram(allBad, o); }, {QStringLiteral("no positive values")},
                "log histogram of only non-positive values");
    o.rangeMin = -1.0;
    expectError([&] { histogram(x, o); }, {QStringLiteral("positive")}, "log range <= 0");
}

void TestStatistics::histogramEdgeCases()
{
    expectError([&] { histogram(std::vector<double>{}); }, {QStringLiteral("empty")}, "histogram empty");
    expectError(
        [&] {
            histogram(std::vector<double>{1.0, kNaN});
        },
        {QStringLiteral("NaN or infinite"), QStringLiteral("1")}, "histogram NaN");
    expectError(
        [&] {
            histogram(std::vector<double>{1.0, kInf, 2.0});
        },
        {QStringLiteral("NaN or infinite")}, "histogram inf");
    HistogramOptions fixed;
    fixed.rule = BinRule::Fixed;
    fixed.bins = 0;
    expectError(
        [&] {
            histogram(std::vector<double>{1.0, 2.0}, fixed);
        },
        {QStringLiteral("between 1 and"), QStringLiteral("got 0")}, "zero bins");
    HistogramOptions badRange;
    badRange.rangeMin = 5.0;
    badRange.rangeMax = 1.0;
    expectError(
        [&] {
            histogram(std::vector<double>{1.0, 2.0}, badRange);
        },
        {QStringLiteral("range")}, "inverted range");

    // One value and all-equal values: one bin of width 1 centred on the value (as numpy).
    for (const std::vector<double> &x : {std::vector<double>{7.0}, std::vector<double>(5, 7.0)}) {
        for (BinRule rule : {BinRule::FreedmanDiaconis, BinRule::Scott}) {
            HistogramOptions o;
            o.rule = rule;
            const Histogram h = histogram(x, o);
            QCOMPARE(h.binCount(), std::size_t(1));
            QCOMPARE(h.edges.front(), 6.5);
            QCOMPARE(h.edges.back(), 7.5);
            QCOMPARE(h.counts.front(), std::int64_t(x.size()));
            QCOMPARE(h.densities.front(), 1.0);
        }
    }
}

void TestStatistics::histogramMillionValuesIsFast()
{
    const std::vector<double> x = lognormalValues(1'000'000, 7, 10.0, 1.2);
    for (AxisScale scale : {AxisScale::Linear, AxisScale::Log10}) {
        for (BinRule rule : {BinRule::FreedmanDiaconis, BinRule::Scott, BinRule::Fixed}) {
            HistogramOptions o;
            o.rule = rule;
            o.scale = scale;
            QElapsedTimer timer;
            timer.start();
            const Histogram h = histogram(x, o);
            const qint64 ms = timer.elapsed();
            qInfo("histogram of 1e6 values, rule %d, %s: %lld ms, %zu bins%s", int(rule),
                  scale == AxisScale::Log10 ? "log10" : "linear", ms, h.binCount(), h.capped ? " (capped)" : "");
            QCOMPARE(h.inside, x.size());
            QVERIFY(h.binCount() <= 512);
        }
    }
}

void TestStatistics::kdeMatchesScipy()
{
    const QJsonArray all = m_fixture.value(u"kde").toArray();
    QVERIFY(all.size() >= 10);
    for (const QJsonValue &v : all) {
        const QJsonObject ref = v.toObject();
        const QString name = ref.value(u"sample").toString();
        const QString what = name + u' ' + ref.value(u"bandwidth").toString();
        std::vector<double> x = sample(name);
        if (ref.value(u"log10").toBool())
            std::transform(x.begin(), x.end(), x.begin(), [](double d) { return std::log10(d); });
        KdeOptions o;
        o.bandwidth = ref.value(u"bandwidth").toString() == u"scott" ? KdeBandwidth::Scott : KdeBandwidth::Silverman;
        o.method = KdeMethod::Exact;
        const GaussianKde kde(x, o);
        CHECK_CLOSE(kde.factor(), ref.value(u"factor").toDouble(), 1e-14, 0.0, what + u" factor"_s);
        CHECK_CLOSE(kde.bandwidth() * kde.bandwidth(), ref.value(u"covariance").toDouble(), 1e-12, 0.0,
                    what + u" covariance"_s);
        const std::vector<double> points = toVector(ref.value(u"points"));
        const std::vector<double> expected = toVector(ref.value(u"density"));
        const std::vector<double> got = kde.evaluate(points);
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i)
            CHECK_CLOSE(got[i], expected[i], 1e-6, 0.0, what + QStringLiteral(" density %1").arg(i));
        // The default (Auto) is exact for fixture-sized samples.
        QCOMPARE(GaussianKde(x).method(), KdeMethod::Exact);
    }
}

void TestStatistics::kdeCurveLog10MatchesScipy()
{
    int checked = 0;
    for (const QJsonValue &v : m_fixture.value(u"kde").toArray()) {
        const QJsonObject ref = v.toObject();
        const bool log10 = ref.value(u"log10").toBool();
        KdeCurveOptions o;
        o.gridSize = 40; // the fixture's grid: 40 points from min - 3h to max + 3h on the axis
        o.scale = log10 ? AxisScale::Log10 : AxisScale::Linear;
        o.kde.bandwidth = ref.value(u"bandwidth").toString() == u"scott" ? KdeBandwidth::Scott
                                                                         : KdeBandwidth::Silverman;
        const KdeCurve curve = kdeCurve(sample(ref.value(u"sample").toString()), o);
        const std::vector<double> points = toVector(ref.value(u"points"));
        const std::vector<double> expected = toVector(ref.value(u"density"));
        QCOMPARE(curve.x.size(), points.size());
        QCOMPARE(curve.scale, o.scale);
        CHECK_CLOSE(curve.bandwidth * curve.bandwidth, ref.value(u"covariance").toDouble(), 1e-12, 0.0,
                    u"curve covariance"_s);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double x = log10 ? std::pow(10.0, points[i]) : points[i];
            CHECK_CLOSE(curve.x[i], x, 1e-12, 1e-12, u"curve x"_s);
            CHECK_CLOSE(curve.density[i], expected[i], 1e-6, 0.0, u"curve density"_s);
        }
        ++checked;
    }
    QVERIFY(checked >= 10);

    // Non-positive values on a log axis: rejected with their count, or dropped and reported.
    std::vector<double> x = sample(u"lognormal_b"_s);
    x.push_back(0.0);
    x.push_back(-2.0);
    KdeCurveOptions o;
    o.scale = AxisScale::Log10;
    expectError([&] { kdeCurve(x, o); }, {QStringLiteral("2 values"), QStringLiteral("<= 0")},
                "log KDE with non-positive values");
    o.nonPositive = NonPositivePolicy::Drop;
    const KdeCurve dropped = kdeCurve(x, o);
    QCOMPARE(dropped.droppedNonPositive, std::size_t(2));
    QCOMPARE(dropped.x.size(), std::size_t(512));
    // Per-decade density integrates to ~1 over the log10 grid (trapezoid rule).
    double area = 0.0;
    for (std::size_t i = 1; i < dropped.x.size(); ++i)
        area += 0.5 * (dropped.density[i] + dropped.density[i - 1])
            * (std::log10(dropped.x[i]) - std::log10(dropped.x[i - 1]));
    QVERIFY2(std::abs(area - 1.0) < 1e-3, qPrintable(QString::number(area)));
}

void TestStatistics::kdeBinnedMatchesExact()
{
    // Skewed, heavy-tailed data on both axes; 200k samples keep the exact sum affordable.
    const std::vector<double> raw = lognormalValues(200'000, 11, 10.0, 0.9);
    std::vector<double> logs(raw.size());
    std::transform(raw.begin(), raw.end(), logs.begin(), [](double d) { return std::log10(d); });
    const std::vector<double> *inputs[] = {&logs, &raw};
    for (const std::vector<double> *x : inputs) {
        for (KdeBandwidth bw : {KdeBandwidth::Scott, KdeBandwidth::Silverman}) {
            KdeOptions o;
            o.bandwidth = bw;
            const GaussianKde kde(*x, o);
            QCOMPARE(kde.method(), KdeMethod::Binned); // Auto above 20,000 samples
            const auto [lo, hi] = std::minmax_element(x->begin(), x->end());
            std::vector<double> grid(512);
            for (std::size_t i = 0; i < grid.size(); ++i)
                grid[i] = *lo - 3 * kde.bandwidth() + (*hi - *lo + 6 * kde.bandwidth()) * double(i) / 511.0;
            const std::vector<double> fast = kde.evaluate(grid);
            const std::vector<double> exact = kde.evaluateExact(grid);
            const auto peakIt = std::max_element(exact.begin(), exact.end());
            const double peak = *peakIt;
            const auto peakIdx = std::size_t(peakIt - exact.begin());
            const double peakRel = std::abs(fast[peakIdx] - peak) / peak;
            double worst = 0.0; // largest error relative to the peak height
            for (std::size_t i = 0; i < grid.size(); ++i)
                worst = std::max(worst, std::abs(fast[i] - exact[i]) / peak);
            qInfo("binned vs exact KDE (%s, %s): %.2e relative at the peak, %.2e of the peak "
                  "at worst",
                  x == &logs ? "log10" : "linear", bw == KdeBandwidth::Scott ? "scott" : "silverman", peakRel, worst);
            QVERIFY(peakRel < 1e-3);
            QVERIFY(worst < 1e-3);
        }
    }
}

void TestStatistics::kdeEdgeCases()
{
    expectError([] { GaussianKde(std::vector<double>{}); }, {QStringLiteral("empty")}, "KDE empty");
    expectError([] { GaussianKde(std::vector<double>{2.0}); }, {QStringLiteral("1 value"), QStringLiteral("2")},
                "KDE one value");
    expectError([] { GaussianKde(std::vector<double>(10, 2.0)); }, {QStringLiteral("equal")}, "KDE constant");
    expectError(
        [] {
            GaussianKde(std::vector<double>{1.0, kNaN, 2.0});
        },
        {QStringLiteral("NaN or infinite")}, "KDE NaN");
    expectError(
        [] {
            GaussianKde(std::vector<double>{1.0, -kInf, 2.0});
        },
        {QStringLiteral("NaN or infinite")}, "KDE inf");
    const GaussianKde kde(std::vector<double>{1.0, 2.0, 4.0});
    expectError([&] { kde.evaluate(std::vector<double>{kNaN}); }, {QStringLiteral("NaN")}, "KDE at NaN");
    QVERIFY(kde.evaluate(std::vector<double>{}).empty());
    // Far away from the data the density is zero, not NaN.
    QCOMPARE(kde.evaluate(std::vector<double>{1e6}).front(), 0.0);
    QCOMPARE(kde.evaluateBinned(std::vector<double>{1e6}).front(), 0.0);
    KdeCurveOptions o;
    o.gridSize = 1;
    expectError(
        [&] {
            kdeCurve(std::vector<double>{1.0, 2.0}, o);
        },
        {QStringLiteral("2 grid")}, "KDE curve of one point");
}

void TestStatistics::kdeMillionValuesIsFast()
{
    const std::vector<double> raw = lognormalValues(1'000'000, 3, 10.0, 1.0);
    KdeCurveOptions o;
    o.scale = AxisScale::Log10;
    QElapsedTimer timer;
    timer.start();
    const KdeCurve curve = kdeCurve(raw, o);
    const qint64 ms = timer.elapsed();
    qInfo("log10 KDE curve of 1e6 values on 512 points (%s): %lld ms",
          curve.method == KdeMethod::Binned ? "binned" : "exact", ms);
    QCOMPARE(curve.method, KdeMethod::Binned);
    QCOMPARE(curve.x.size(), std::size_t(512));
    // Sanity: log10 of the values is normal with mean 10 / ln 10 and sd 1 / ln 10, so the peak
    // is near there (the top is flat: allow 0.1 decade) and as high as a normal density
    // smoothed by the kernel, 1 / sqrt(2 pi (sd^2 + h^2)).
    const auto peak = std::max_element(curve.density.begin(), curve.density.end());
    const double atPeak = std::log10(curve.x[std::size_t(peak - curve.density.begin())]);
    QVERIFY2(std::abs(atPeak - 10.0 / std::log(10.0)) < 0.1, qPrintable(QString::number(atPeak)));
    const double sd = 1.0 / std::log(10.0);
    const double height = 1.0 / std::sqrt(2.0 * std::numbers::pi * (sd * sd + curve.bandwidth * curve.bandwidth));
    CHECK_CLOSE(*peak, height, 0.01, 0.0, u"peak height"_s);
}

void TestStatistics::bootstrapMedianMatchesResampling()
{
    int checked = 0;
    for (const QJsonValue &v : m_fixture.value(u"bootstrap").toArray()) {
        const QJsonObject ref = v.toObject();
        if (ref.value(u"kind").toString() != u"median")
            continue;
        const QString name = ref.value(u"a").toString();
        BootstrapOptions o;
        o.resamples = ref.value(u"resamples").toInt();
        const ConfidenceInterval got = bootstrapMedianCi(sample(name), o);
        checkInBands(got, ref, name);
        ++checked;
    }
    QCOMPARE(checked, 3);
}

void TestStatistics::bootstrapGenericMatchesResampling()
{
    // The generic resampler with the median as statistic estimates the same interval.
    for (const QJsonValue &v : m_fixture.value(u"bootstrap").toArray()) {
        const QJsonObject ref = v.toObject();
        if (ref.value(u"kind").toString() != u"median" || ref.value(u"a").toString() != u"normal_a")
            continue;
        BootstrapOptions o;
        o.resamples = ref.value(u"resamples").toInt();
        const ConfidenceInterval got = bootstrapCi(
            sample(u"normal_a"_s), [](std::span<const double> s) { return median(s); }, o);
        checkInBands(got, ref, u"generic normal_a"_s);
        return;
    }
    QFAIL("no normal_a median bootstrap reference");
}

void TestStatistics::bootstrapIsDeterministic()
{
    const std::vector<double> x = sample(u"lognormal_a"_s);
    BootstrapOptions o;
    o.seed = 42;
    const ConfidenceInterval a = bootstrapMedianCi(x, o);
    const ConfidenceInterval b = bootstrapMedianCi(x, o);
    QCOMPARE(a.lower, b.lower);
    QCOMPARE(a.upper, b.upper);
    QVERIFY(a.contains(median(x)));
    QVERIFY(a.lower < a.upper);
    o.seed = 43;
    const ConfidenceInterval c = bootstrapMedianCi(x, o);
    QVERIFY(c.lower != a.lower || c.upper != a.upper);

    auto mean = [](std::span<const double> s) { return stats::mean(s); };
    o.seed = 7;
    o.resamples = 500;
    const ConfidenceInterval g1 = bootstrapCi(x, mean, o);
    const ConfidenceInterval g2 = bootstrapCi(x, mean, o);
    QCOMPARE(g1.lower, g2.lower);
    QCOMPARE(g1.upper, g2.upper);
    QVERIFY(g1.contains(stats::mean(x)));
    o.level = 0.5;
    const ConfidenceInterval narrow = bootstrapCi(x, mean, o);
    QVERIFY(narrow.upper - narrow.lower < g1.upper - g1.lower);
    QCOMPARE(narrow.level, 0.5);
}

void TestStatistics::bootstrapEdgeCases()
{
    expectError([] { bootstrapMedianCi(std::vector<double>{}); }, {QStringLiteral("empty")}, "bootstrap empty");
    expectError(
        [] {
            bootstrapMedianCi(std::vector<double>{1.0, kNaN});
        },
        {QStringLiteral("NaN or infinite")}, "bootstrap NaN");
    BootstrapOptions bad;
    bad.resamples = 0;
    expectError(
        [&] {
            bootstrapMedianCi(std::vector<double>{1.0, 2.0}, bad);
        },
        {QStringLiteral("resample")}, "zero resamples");
    bad = {};
    bad.level = 1.0;
    expectError([&] { bootstrapMedianCi(std::vector<double>{1.0, 2.0}, bad); }, {QStringLiteral("level")}, "level 1");
    // One value and constant values: the interval collapses onto the value.
    for (const std::vector<double> &x : {std::vector<double>{3.5}, std::vector<double>(9, 3.5)}) {
        const ConfidenceInterval ci = bootstrapMedianCi(x);
        QCOMPARE(ci.lower, 3.5);
        QCOMPARE(ci.upper, 3.5);
    }
    // Two values: resample medians are a, (a+b)/2 or b, with probabilities 1/4, 1/2, 1/4.
    std::mt19937_64 rng(5);
    std::vector<double> reps;
    const std::vector<double> two = {1.0, 3.0};
    appendMedianReplicates(two, 40000, rng, reps);
    const auto ones = std::count(reps.begin(), reps.end(), 1.0);
    const auto twos = std::count(reps.begin(), reps.end(), 2.0);
    const auto threes = std::count(reps.begin(), reps.end(), 3.0);
    QCOMPARE(qsizetype(ones + twos + threes), qsizetype(40000));
    QVERIFY(std::abs(double(ones) / 40000 - 0.25) < 0.01);
    QVERIFY(std::abs(double(twos) / 40000 - 0.5) < 0.01);
}

void TestStatistics::medianIntervalByHand()
{
    using stats::medianInterval;
    // Coverage of (x(k), x(n+1-k)) is 1 - 2 P(Bin(n, 1/2) <= k - 1), worked here as exact fractions.
    const stats::MedianInterval one = medianInterval(std::vector<double>{7.0});
    QCOMPARE(one.low, 7.0);
    QCOMPARE(one.high, 7.0);
    QCOMPARE(one.coverage, 0.0);
    const stats::MedianInterval two = medianInterval(std::vector<double>{3.0, 1.0});
    QCOMPARE(two.low, 1.0);
    QCOMPARE(two.high, 3.0);
    QCOMPARE(two.coverage, 0.5);                                                       // 1 - 2/4
    QCOMPARE(medianInterval(std::vector<double>{5, 1, 3}).coverage, 0.75);             // 1 - 2/8
    QCOMPARE(medianInterval(std::vector<double>{5, 1, 3, 2, 4}).coverage, 0.9375);     // 1 - 2/32: below 95 %
    QCOMPARE(medianInterval(std::vector<double>{6, 5, 1, 3, 2, 4}).coverage, 0.96875); // 1 - 2/64
    // n = 9: k = 2 covers 1 - 2 (1 + 9)/512 = 0.9609375; k = 3 only 1 - 2 (1 + 9 + 36)/512 = 0.8203125.
    std::vector<double> nine{9, 8, 7, 6, 5, 4, 3, 2, 1};
    const stats::MedianInterval n9 = medianInterval(nine);
    QCOMPARE(n9.low, 2.0);
    QCOMPARE(n9.high, 8.0);
    QCOMPARE(n9.coverage, 0.9609375);
    // n = 20: P(Bin <= 5) = (1 + 20 + 190 + 1140 + 4845 + 15504)/2^20 = 21700/1048576, so k = 6;
    // P(Bin <= 6) adds 38760 and would leave 1 - 2 x 60460/1048576 = 0.8847 < 95 %.
    std::vector<double> twenty(20);
    for (int i = 0; i < 20; ++i)
        twenty[std::size_t(i)] = 20 - i;
    const stats::MedianInterval n20 = medianInterval(twenty);
    QCOMPARE(n20.low, 6.0);
    QCOMPARE(n20.high, 15.0);
    QVERIFY(std::abs(n20.coverage - (1.0 - 2.0 * 21700.0 / 1048576.0)) < 1e-12);
    // At 88 % k = 7 is enough: 1 - 2 x 60460/1048576 = 0.8847.
    QCOMPARE(medianInterval(twenty, 0.88).low, 7.0);
    // A million values: the logs keep the binomial sums finite.
    std::vector<double> many(1000000);
    for (std::size_t i = 0; i < many.size(); ++i)
        many[i] = double(i);
    const stats::MedianInterval big = medianInterval(many);
    QVERIFY(big.coverage >= 0.95 && big.coverage < 0.951);
    QVERIFY(big.low < 500000 && big.high > 500000 && big.high - big.low < 2500);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, medianInterval(std::vector<double>{}));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, medianInterval(std::vector<double>{1.0, 2.0}, 1.0));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
