// Two-sample comparisons (Welch, Mann-Whitney, Hedges' g, percent change of medians, Holm)
// against scipy values in tests/fixtures/stats.json, made by tests/fixtures/make_stats_fixtures.py.

#include "analysiserror.h"
#include "descriptive.h"
#include "twosample.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../support/testsupport.h"

#include <cmath>
#include <functional>
#include <limits>
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

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestTwoSample : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welchMatchesScipy();
    void welchLogMatchesScipy();
    void mannWhitneyMatchesScipy();
    void mannWhitneyBothMethods();
    void hedgesGMatchesReference();
    void percentChangeMatchesReference();
    void percentChangeIsDeterministic();
    void percentChangeCoverage();
    void holmMatchesReference();
    void compareSamplesAgrees();
    void edgeCases();
    void millionValuesAreFast();

private:
    std::vector<double> sample(const QString &name) const
    {
        return toVector(m_fixture.value(u"samples").toObject().value(name));
    }
    QJsonObject m_fixture;
    QJsonArray m_pairs;
};

void TestTwoSample::initTestCase()
{
    QFile file(QString::fromUtf8(WATTPRINT_FIXTURES) + QStringLiteral("/stats.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    m_fixture = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    m_pairs = m_fixture.value(u"two_sample").toArray();
    QVERIFY(m_pairs.size() >= 10);
}

void TestTwoSample::welchMatchesScipy()
{
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        const auto a = sample(ref.value(u"a").toString());
        const auto b = sample(ref.value(u"b").toString());
        const WelchResult w = welchTTest(a, b);
        CHECK_CLOSE(w.t, ref.value(u"welch_t").toDouble(), 1e-9, 0.0, what + u" t"_s);
        CHECK_CLOSE(w.df, ref.value(u"welch_df").toDouble(), 1e-9, 0.0, what + u" df"_s);
        CHECK_CLOSE(w.p, ref.value(u"welch_p").toDouble(), 1e-6, 0.0, what + u" p"_s);
        CHECK_CLOSE(w.meanA, mean(a), 1e-15, 0.0, what + u" mean A"_s);
    }
}

void TestTwoSample::welchLogMatchesScipy()
{
    int checked = 0;
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        const auto a = sample(ref.value(u"a").toString());
        const auto b = sample(ref.value(u"b").toString());
        if (!ref.contains(u"welch_log_t")) {
            expectError([&] { welchTTestLog(a, b); }, {QStringLiteral("<= 0")}, "log Welch with non-positive values");
            continue;
        }
        const WelchResult w = welchTTestLog(a, b);
        CHECK_CLOSE(w.t, ref.value(u"welch_log_t").toDouble(), 1e-9, 0.0, what + u" log t"_s);
        CHECK_CLOSE(w.p, ref.value(u"welch_log_p").toDouble(), 1e-6, 0.0, what + u" log p"_s);
        ++checked;
    }
    QVERIFY(checked >= 3);
}

void TestTwoSample::mannWhitneyMatchesScipy()
{
    int exact = 0;
    int asymptotic = 0;
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        const auto a = sample(ref.value(u"a").toString());
        const auto b = sample(ref.value(u"b").toString());
        const MannWhitneyResult r = mannWhitneyU(a, b);
        const bool isExact = ref.value(u"mwu_method").toString() == u"exact";
        QVERIFY2((r.method == MannWhitneyMethod::Exact) == isExact,
                 qPrintable(what + u": method chosen differs from scipy's 'auto'"_s));
        (isExact ? exact : asymptotic) += 1;
        CHECK_CLOSE(r.u, ref.value(u"mwu_u").toDouble(), 0.0, 0.0, what + u" U"_s);
        CHECK_CLOSE(r.p, ref.value(u"mwu_p").toDouble(), 1e-6, 0.0, what + u" p"_s);
    }
    QVERIFY(exact >= 5);
    QVERIFY(asymptotic >= 5);
}

void TestTwoSample::mannWhitneyBothMethods()
{
    int exact = 0;
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        const auto a = sample(ref.value(u"a").toString());
        const auto b = sample(ref.value(u"b").toString());
        const MannWhitneyResult asym = mannWhitneyU(a, b, MannWhitneyMethod::Asymptotic);
        QCOMPARE(asym.method, MannWhitneyMethod::Asymptotic);
        CHECK_CLOSE(asym.p, ref.value(u"mwu_asymptotic_p").toDouble(), 1e-6, 0.0, what + u" asymptotic p"_s);
        if (ref.contains(u"mwu_exact_p")) {
            const MannWhitneyResult ex = mannWhitneyU(a, b, MannWhitneyMethod::Exact);
            QCOMPARE(ex.method, MannWhitneyMethod::Exact);
            CHECK_CLOSE(ex.p, ref.value(u"mwu_exact_p").toDouble(), 1e-6, 0.0, what + u" exact p"_s);
            ++exact;
        } else {
            // Tied values: the exact distribution does not apply.
            std::vector<double> pooled = a;
            pooled.insert(pooled.end(), b.begin(), b.end());
            std::sort(pooled.begin(), pooled.end());
            if (std::adjacent_find(pooled.begin(), pooled.end()) != pooled.end())
                expectError([&] { mannWhitneyU(a, b, MannWhitneyMethod::Exact); }, {QStringLiteral("tied")},
                            "exact with ties");
        }
    }
    QVERIFY(exact >= 8); // includes 50 x 37 (normal_a vs normal_b), far beyond the auto rule
}

void TestTwoSample::hedgesGMatchesReference()
{
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        const double g = hedgesG(sample(ref.value(u"a").toString()), sample(ref.value(u"b").toString()));
        CHECK_CLOSE(g, ref.value(u"hedges_g").toDouble(), 1e-9, 1e-15, what + u" Hedges' g"_s);
    }
    // Swapping the samples flips the sign.
    const auto a = sample(u"normal_a"_s);
    const auto b = sample(u"normal_b"_s);
    CHECK_CLOSE(hedgesG(b, a), -hedgesG(a, b), 1e-14, 0.0, u"Hedges' g antisymmetry"_s);
}

void TestTwoSample::percentChangeMatchesReference()
{
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        const auto a = sample(ref.value(u"a").toString());
        const auto b = sample(ref.value(u"b").toString());
        if (!(median(a) > 0.0)) {
            expectError([&] { percentChangeOfMedians(a, b); },
                        {QStringLiteral("positive median"), QStringLiteral("sample A")},
                        "percent change with non-positive baseline");
            continue;
        }
        BootstrapOptions o;
        o.resamples = 300; // the point estimate does not depend on the bootstrap
        const PercentChange pc = percentChangeOfMedians(a, b, o);
        CHECK_CLOSE(pc.percent, ref.value(u"percent_change").toDouble(), 1e-12, 1e-12, what + u" percent change"_s);
        QVERIFY(pc.ci.lower <= pc.ci.upper);
    }

    // The interval against plain resampling in numpy (20,000 resamples, 5 seeds).
    int checked = 0;
    for (const QJsonValue &v : m_fixture.value(u"bootstrap").toArray()) {
        const QJsonObject ref = v.toObject();
        if (ref.value(u"kind").toString() != u"percent_change")
            continue;
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        BootstrapOptions o;
        o.resamples = ref.value(u"resamples").toInt();
        const PercentChange pc = percentChangeOfMedians(sample(ref.value(u"a").toString()),
                                                        sample(ref.value(u"b").toString()), o);
        // A Monte-Carlo estimate: each end must fall in the band of the reference bootstrap
        // distribution between the quantiles at alpha -+ 4 binomial sd of our resample count.
        const std::vector<double> lower = toVector(ref.value(u"lower_band"));
        const std::vector<double> upper = toVector(ref.value(u"upper_band"));
        QVERIFY2(pc.ci.lower >= lower[0] && pc.ci.lower <= lower[1],
                 qPrintable(mismatch(what + u" CI lower"_s, pc.ci.lower, lower[0])));
        QVERIFY2(pc.ci.upper >= upper[0] && pc.ci.upper <= upper[1],
                 qPrintable(mismatch(what + u" CI upper"_s, pc.ci.upper, upper[1])));
        QCOMPARE(pc.resamples, o.resamples);
        QCOMPARE(pc.invalidResamples, 0);
        ++checked;
    }
    QCOMPARE(checked, 3);
}

void TestTwoSample::percentChangeIsDeterministic()
{
    const auto a = sample(u"lognormal_a"_s);
    const auto b = sample(u"lognormal_b"_s);
    BootstrapOptions o;
    o.seed = 99;
    const PercentChange p1 = percentChangeOfMedians(a, b, o);
    const PercentChange p2 = percentChangeOfMedians(a, b, o);
    QCOMPARE(p1.ci.lower, p2.ci.lower);
    QCOMPARE(p1.ci.upper, p2.ci.upper);
    QCOMPARE(p1.resamples, 2000); // the default
    o.seed = 100;
    const PercentChange p3 = percentChangeOfMedians(a, b, o);
    QVERIFY(p3.ci.lower != p1.ci.lower || p3.ci.upper != p1.ci.upper);
    // More resamples, same seed: still deterministic and close to the 2000-resample interval.
    o.resamples = 5000;
    const PercentChange p4 = percentChangeOfMedians(a, b, o);
    QCOMPARE(percentChangeOfMedians(a, b, o).ci.upper, p4.ci.upper);
}

void TestTwoSample::percentChangeCoverage()
{
    // Noisy but clearly shifted: B is 1.5 x A in distribution.
    const auto a = lognormalValues(400, 1, 10.0, 0.3);
    auto b = lognormalValues(350, 2, 10.0 + std::log(1.5), 0.3);
    const PercentChange pc = percentChangeOfMedians(a, b);
    QVERIFY(pc.ci.contains(pc.percent));
    QVERIFY2(pc.ci.lower > 0.0, "a large clean shift must give an interval above 0");
    QVERIFY(pc.ci.lower > 30.0 && pc.ci.upper < 75.0);
    QCOMPARE(pc.ci.level, 0.95);

    // Same distribution: the interval covers 0 and the point estimate.
    const auto c = lognormalValues(300, 3, 10.0, 0.3);
    const PercentChange none = percentChangeOfMedians(a, c);
    QVERIFY(none.ci.contains(none.percent));
    QVERIFY(none.ci.contains(0.0));

    // Every fixture pair: the interval holds the point estimate.
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const auto x = sample(ref.value(u"a").toString());
        if (!(median(x) > 0.0))
            continue;
        const PercentChange p = percentChangeOfMedians(x, sample(ref.value(u"b").toString()));
        QVERIFY2(p.ci.contains(p.percent),
                 qPrintable(ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString()));
    }
}

void TestTwoSample::holmMatchesReference()
{
    const QJsonArray cases = m_fixture.value(u"holm").toArray();
    QVERIFY(cases.size() >= 6);
    for (const QJsonValue &v : cases) {
        const QJsonObject ref = v.toObject();
        const std::vector<double> p = toVector(ref.value(u"p"));
        const std::vector<double> expected = toVector(ref.value(u"adjusted"));
        const std::vector<double> got = holmAdjust(p);
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            CHECK_CLOSE(got[i], expected[i], 1e-15, 0.0, u"Holm adjusted p"_s);
            QVERIFY(got[i] >= p[i] && got[i] <= 1.0);
        }
    }
    expectError([] { holmAdjust(std::vector<double>{0.1, 1.5}); }, {QStringLiteral("[0, 1]")}, "Holm p > 1");
    expectError([] { holmAdjust(std::vector<double>{kNaN}); }, {QStringLiteral("not a number")}, "Holm NaN");
}

void TestTwoSample::compareSamplesAgrees()
{
    for (const QJsonValue &v : std::as_const(m_pairs)) {
        const QJsonObject ref = v.toObject();
        const QString what = ref.value(u"a").toString() + u" vs "_s + ref.value(u"b").toString();
        const auto a = sample(ref.value(u"a").toString());
        const auto b = sample(ref.value(u"b").toString());
        TwoSampleOptions o;
        o.bootstrap.resamples = 500;
        const TwoSampleComparison c = compareSamples(a, b, o);
        QCOMPARE(c.countA, a.size());
        QCOMPARE(c.countB, b.size());
        CHECK_CLOSE(c.medianA, median(a), 0.0, 0.0, what + u" median A"_s);
        CHECK_CLOSE(c.welch.p, ref.value(u"welch_p").toDouble(), 1e-6, 0.0, what + u" p"_s);
        CHECK_CLOSE(c.mannWhitney.p, ref.value(u"mwu_p").toDouble(), 1e-6, 0.0, what + u" MWU p"_s);
        CHECK_CLOSE(c.mannWhitney.u, ref.value(u"mwu_u").toDouble(), 0.0, 0.0, what + u" U"_s);
        CHECK_CLOSE(c.hedgesG, ref.value(u"hedges_g").toDouble(), 1e-9, 1e-15, what + u" g"_s);
        QCOMPARE(c.welchLog.has_value(), ref.contains(u"welch_log_p"));
        if (c.welchLog)
            CHECK_CLOSE(c.welchLog->p, ref.value(u"welch_log_p").toDouble(), 1e-6, 0.0, what + u" log p"_s);
        QCOMPARE(c.percentChange.has_value(), median(a) > 0.0);
        if (c.percentChange) {
            CHECK_CLOSE(c.percentChange->percent, ref.value(u"percent_change").toDouble(), 1e-12, 1e-12,
                        what + u" percent change"_s);
            // Same seed, same resamples: the same interval as the standalone function.
            const PercentChange alone = percentChangeOfMedians(a, b, o.bootstrap);
            QCOMPARE(c.percentChange->ci.lower, alone.ci.lower);
            QCOMPARE(c.percentChange->ci.upper, alone.ci.upper);
        }
    }
}

void TestTwoSample::edgeCases()
{
    const std::vector<double> empty;
    const std::vector<double> one = {2.0};
    const std::vector<double> some = {1.0, 2.0, 3.5, 4.0};
    expectError([&] { welchTTest(empty, some); }, {QStringLiteral("Sample A"), QStringLiteral("empty")},
                "Welch empty A");
    expectError([&] { welchTTest(some, one); }, {QStringLiteral("Sample B"), QStringLiteral("1 value")},
                "Welch one value");
    expectError([&] { mannWhitneyU(some, empty); }, {QStringLiteral("Sample B"), QStringLiteral("empty")},
                "MWU empty B");
    expectError([&] { hedgesG(one, some); }, {QStringLiteral("Sample A")}, "Hedges one value");
    expectError([&] { percentChangeOfMedians(empty, some); }, {QStringLiteral("empty")}, "percent change empty");
    expectError([&] { compareSamples(some, one); }, {QStringLiteral("Sample B")}, "compare one value");

    for (double bad : {kNaN, kInf, -kInf}) {
        const std::vector<double> x = {1.0, 2.0, bad};
        expectError([&] { welchTTest(some, x); }, {QStringLiteral("Sample B"), QStringLiteral("NaN or infinite")},
                    "Welch NaN");
        expectError([&] { mannWhitneyU(x, some); }, {QStringLiteral("Sample A"), QStringLiteral("NaN or infinite")},
                    "MWU NaN");
        expectError([&] { hedgesG(x, some); }, {QStringLiteral("NaN or infinite")}, "g NaN");
        expectError([&] { percentChangeOfMedians(some, x); }, {QStringLiteral("NaN or infinite")},
                    "percent change NaN");
        expectError([&] { compareSamples(x, some); }, {QStringLiteral("NaN or infinite")}, "compare NaN");
    }

    // All values equal in both samples: t and g are undefined, MWU says p = 1 (as scipy).
    const std::vector<double> flatA(5, 3.0);
    const std::vector<double> flatB(6, 3.0);
    expectError([&] { welchTTest(flatA, flatB); }, {QStringLiteral("all equal")}, "Welch flat");
    expectError([&] { hedgesG(flatA, flatB); }, {QStringLiteral("all equal")}, "g flat");
    const MannWhitneyResult flat = mannWhitneyU(flatA, flatB);
    QCOMPARE(flat.p, 1.0);
    QCOMPARE(flat.u, 15.0);
    QCOMPARE(flat.method, MannWhitneyMethod::Asymptotic); // ties
    const PercentChange same = percentChangeOfMedians(flatA, flatB);
    QCOMPARE(same.percent, 0.0);
    QCOMPARE(same.ci.lower, 0.0);
    QCOMPARE(same.ci.upper, 0.0);
    // One sample flat, the other not: Welch is defined.
    QVERIFY(welchTTest(flatA, some).p < 1.0);

    // One value each: Mann-Whitney still answers (exact: p = 1).
    const MannWhitneyResult single = mannWhitneyU(one, std::vector<double>{5.0});
    QCOMPARE(single.method, MannWhitneyMethod::Exact);
    QCOMPARE(single.p, 1.0);
    QCOMPARE(single.u, 0.0);

    // Log Welch: names the number of non-positive values.
    const std::vector<double> withZero = {0.0, -1.0, 2.0, 3.0};
    expectError([&] { welchTTestLog(withZero, some); },
                {QStringLiteral("Sample A"), QStringLiteral("2 values"), QStringLiteral("<= 0")},
                "log Welch non-positive");
    const TwoSampleComparison c = compareSamples(withZero, some);
    QVERIFY(!c.welchLog.has_value());

    // Non-positive baseline median: no percent change.
    const std::vector<double> negative = {-3.0, -2.0, -1.0};
    expectError([&] { percentChangeOfMedians(negative, some); }, {QStringLiteral("positive median")},
                "negative baseline");
    QVERIFY(!compareSamples(negative, some).percentChange.has_value());

    QVERIFY(holmAdjust(std::vector<double>{}).empty());

    // A forced exact test on large samples is refused instead of allocating gigabytes.
    const auto big = lognormalValues(10000, 5, 0.0, 1.0);
    const auto big2 = lognormalValues(10000, 6, 0.0, 1.0);
    expectError([&] { mannWhitneyU(big, big2, MannWhitneyMethod::Exact); },
                {QStringLiteral("too large"), QStringLiteral("asymptotic")}, "exact too large");
}

void TestTwoSample::millionValuesAreFast()
{
    const auto a = lognormalValues(1'000'000, 21, 10.0, 1.0);
    const auto b = lognormalValues(1'000'000, 22, 10.02, 1.0);
    QElapsedTimer timer;
    timer.start();
    const TwoSampleComparison c = compareSamples(a, b);
    const qint64 ms = timer.elapsed();
    qInfo("compareSamples on 1e6 + 1e6 values (2000 bootstrap resamples): %lld ms", ms);
    QVERIFY(c.percentChange->ci.contains(c.percentChange->percent));
    QVERIFY(c.percentChange->ci.contains(2.02)); // exp(0.02) - 1 = 2.02 %
    QVERIFY(c.mannWhitney.p < 1e-6);

    // Small vs huge: the exact Mann-Whitney (scipy's auto rule) stays cheap.
    const std::vector<double> few = {20000.0, 21000.5, 25000.25, 30000.125, 50000.0625};
    timer.restart();
    const MannWhitneyResult r = mannWhitneyU(few, a);
    qInfo("exact Mann-Whitney, 5 vs 1e6 values: %lld ms, p = %.6g", timer.elapsed(), r.p);
    QCOMPARE(r.method, MannWhitneyMethod::Exact);
    QVERIFY(r.p > 0.0 && r.p <= 1.0);
    // Against the normal approximation, which is fine at this size for a central U.
    const MannWhitneyResult approx = mannWhitneyU(few, a, MannWhitneyMethod::Asymptotic);
    QVERIFY(std::abs(r.p - approx.p) < 0.05);
}

QTEST_GUILESS_MAIN(TestTwoSample)
#include "tst_twosample.moc"
