#include "twosample.h"

#include "analysiserror.h"
#include "descriptive.h"
#include "samplechecks.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <string>

namespace wattprint::stats {

namespace {

constexpr std::string_view kA = "Sample A";
constexpr std::string_view kB = "Sample B";
// Largest exact null-distribution table (entries of 16 bytes): 2^23 is 128 MB. scipy's 'auto'
// rule (exact only when a sample has <= 8 values) stays below it up to ~2 million values.
constexpr std::size_t kMaxExactTable = std::size_t(1) << 23;

// Means and variances stay in long double (as in descriptive.cpp): the variance of values near
// 1e160 (1e320) overflows a double and that of values near 1e-300 vanishes in it, which made
// Welch's degrees of freedom NaN (and Boost throw) or the samples look all equal.
struct MeanVar
{
    long double n;
    long double mean;
    long double var; // ddof = 1
};

MeanVar meanVar(std::span<const double> x)
{
    const auto n = static_cast<long double>(x.size());
    long double s = 0.0L;
    for (double v : x)
        s += v;
    const long double m = s / n;
    long double s2 = 0.0L;
    for (double v : x) {
        const long double d = v - m;
        s2 += d * d;
    }
    return {n, m, s2 / (n - 1.0L)};
}

// Boost.Math reports a domain error or an overflow with its own exception and function names; the
// user should read which statistic failed instead.
template<typename F>
double boostMath(const char *statistic, F &&f)
{
    try {
        return f();
    } catch (const std::exception &) {
        throw AnalysisError(std::string(statistic)
                            + " cannot be computed in double precision for these values (they may be too "
                              "large, too small or too close together).");
    }
}

WelchResult welchFromMoments(const MeanVar &a, const MeanVar &b)
{
    const long double vnA = a.var / a.n;
    const long double vnB = b.var / b.n;
    const long double se2 = vnA + vnB;
    if (!(se2 > 0.0L))
        throw AnalysisError("Welch's t-test is undefined: the values in each sample are all equal.");
    WelchResult r;
    r.meanA = double(a.mean);
    r.meanB = double(b.mean);
    r.df = double(se2 * se2 / (vnA * vnA / (a.n - 1.0L) + vnB * vnB / (b.n - 1.0L)));
    r.t = double((a.mean - b.mean) / std::sqrt(se2));
    // Only a difference of more than ~1e308 standard errors gets here.
    if (!std::isfinite(r.t) || !std::isfinite(r.df))
        throw AnalysisError("Welch's t-test cannot be computed in double precision: the samples differ by "
                            "far more than their spread.");
    const double t = r.t, df = r.df;
    r.p = boostMath("Welch's t-test", [t, df] {
        const boost::math::students_t dist(df);
        return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(dist, std::abs(t))));
    });
    return r;
}

double hedgesFromMoments(const MeanVar &a, const MeanVar &b)
{
    const long double df = a.n + b.n - 2.0L;
    const long double pooled = ((a.n - 1.0L) * a.var + (b.n - 1.0L) * b.var) / df;
    if (!(pooled > 0.0L))
        throw AnalysisError("Hedges' g is undefined: the values in each sample are all equal.");
    // Hedges' exact correction J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)).
    const double d = double(df);
    const double j = boostMath(
        "Hedges' g", [d] { return boost::math::tgamma_ratio(d / 2.0, (d - 1.0) / 2.0) / std::sqrt(d / 2.0); });
    const double g = double(j * (b.mean - a.mean) / std::sqrt(pooled));
    if (!std::isfinite(g))
        throw AnalysisError("Hedges' g cannot be computed in double precision: the samples differ by far more "
                            "than their spread.");
    return g;
}

// P(U <= k) * C(m+n, m) for the null distribution of U with sample sizes m, n and no ties:
// the coefficients of the Gaussian binomial [m+n choose m]_q up to q^k, built as
// prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i). Truncating at degree k is exact because both steps
// only use lower coefficients. O(m k) time, O(k) memory; long double keeps counts exact to
// 2^64 and the range of C(m+n, m) for any practical size.
long double exactLowerTailCount(std::size_t m, std::size_t n, std::size_t k)
{
    std::vector<long double> c(k + 1, 0.0L);
    c[0] = 1.0L;
    for (std::size_t i = 1; i <= m; ++i) {
        const std::size_t up = n + i;
        for (std::size_t u = k + 1; u-- > up;) // descending, so c[u - up] is still the old one
            c[u] -= c[u - up];
        for (std::size_t u = i; u <= k; ++u)
            c[u] += c[u - i];
    }
    return std::accumulate(c.begin(), c.end(), 0.0L);
}

long double binomial(std::size_t total, std::size_t k)
{
    k = std::min(k, total - k);
    long double r = 1.0L;
    for (std::size_t i = 1; i <= k; ++i)
        r = r * static_cast<long double>(total - k + i) / static_cast<long double>(i);
    return r;
}

// "1e-300", "-1234.5": std::to_string would print 0.000000 or 160 digits.
std::string shortNumber(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

std::vector<double> sortedCopy(std::span<const double> x)
{
    std::vector<double> s(x.begin(), x.end());
    std::sort(s.begin(), s.end());
    return s;
}

PercentChange percentChangeSorted(std::span<const double> sortedA, std::span<const double> sortedB,
                                  const BootstrapOptions &options)
{
    requireValidBootstrap(options);
    PercentChange r;
    r.medianA = medianSorted(sortedA);
    r.medianB = medianSorted(sortedB);
    if (!(r.medianA > 0.0))
        throw AnalysisError("A percent change needs a positive median in sample A (the baseline); "
                            "its median is "
                            + shortNumber(r.medianA) + ".");
    r.percent = 100.0 * (r.medianB / r.medianA - 1.0);
    r.resamples = options.resamples;

    std::mt19937_64 rng(options.seed);
    std::vector<double> replicates;
    replicates.reserve(std::size_t(options.resamples));
    for (int i = 0; i < options.resamples; ++i) {
        const double ma = drawMedianReplicate(sortedA, rng);
        const double mb = drawMedianReplicate(sortedB, rng);
        if (ma > 0.0)
            replicates.push_back(100.0 * (mb / ma - 1.0));
        else
            ++r.invalidResamples;
    }
    r.ci = percentileInterval(replicates, options.level);
    // Medians of A near 0 against large ones of B (1e-300 against 1e10) give no finite ratio.
    if (!std::isfinite(r.percent) || !std::isfinite(r.ci.lower) || !std::isfinite(r.ci.upper))
        throw AnalysisError("The percent change of the medians is beyond double precision: the median of B is "
                            "more than about 1e306 times the median of A (in a resample, or in the samples).");
    return r;
}

} // namespace

WelchResult welchTTest(std::span<const double> a, std::span<const double> b)
{
    requireFiniteSample(a, kA, 2);
    requireFiniteSample(b, kB, 2);
    return welchFromMoments(meanVar(a), meanVar(b));
}

WelchResult welchTTestLog(std::span<const double> a, std::span<const double> b)
{
    requireFiniteSample(a, kA, 2);
    requireFiniteSample(b, kB, 2);
    const auto la = log10Values(a, NonPositivePolicy::Reject, kA);
    const auto lb = log10Values(b, NonPositivePolicy::Reject, kB);
    return welchFromMoments(meanVar(la), meanVar(lb));
}

MannWhitneyResult mannWhitneyU(std::span<const double> a, std::span<const double> b, MannWhitneyMethod method)
{
    requireFiniteSample(a, kA);
    requireFiniteSample(b, kB);
    const auto sa = sortedCopy(a);
    const auto sb = sortedCopy(b);
    return mannWhitneyUSorted(sa, sb, method);
}

MannWhitneyResult mannWhitneyUSorted(std::span<const double> sortedA, std::span<const double> sortedB,
                                     MannWhitneyMethod method)
{
    if (sortedA.empty())
        throw AnalysisError("Sample A is empty: at least 1 value is needed.");
    if (sortedB.empty())
        throw AnalysisError("Sample B is empty: at least 1 value is needed.");
    const std::size_t nA = sortedA.size();
    const std::size_t nB = sortedB.size();

    // Merge the sorted samples; each run of equal values gets the average of its ranks.
    double rankSumA = 0.0;
    double tieTerm = 0.0; // sum of t^3 - t over groups of t tied values
    bool ties = false;
    std::size_t i = 0;
    std::size_t j = 0;
    double nextRank = 1.0;
    while (i < nA || j < nB) {
        const double v = (j >= nB || (i < nA && sortedA[i] <= sortedB[j])) ? sortedA[i] : sortedB[j];
        std::size_t ca = 0;
        std::size_t cb = 0;
        while (i < nA && sortedA[i] == v) {
            ++i;
            ++ca;
        }
        while (j < nB && sortedB[j] == v) {
            ++j;
            ++cb;
        }
        const double t = double(ca + cb);
        rankSumA += double(ca) * (nextRank + (t - 1.0) / 2.0);
        if (t > 1.0) {
            ties = true;
            tieTerm += t * t * t - t;
        }
        nextRank += t;
    }

    MannWhitneyResult r;
    const double m = double(nA);
    const double n = double(nB);
    r.u = rankSumA - m * (m + 1.0) / 2.0;
    const double u2 = m * n - r.u;
    const double uMax = std::max(r.u, u2);

    if (method == MannWhitneyMethod::Auto)
        method = (nA > 8 && nB > 8) || ties ? MannWhitneyMethod::Asymptotic : MannWhitneyMethod::Exact;
    r.method = method;
    if (method == MannWhitneyMethod::Exact) {
        if (ties)
            throw AnalysisError("The exact Mann-Whitney test needs samples without tied values.");
        // Two-sided p = 2 P(U >= uMax) = 2 P(U <= m n - uMax) by symmetry (scipy's sf).
        const auto k = std::size_t(std::llround(m * n - uMax));
        // The table has k + 1 entries and takes min(nA, nB) passes: refuse what would not fit.
        if (k > kMaxExactTable || double(std::min(nA, nB)) * double(k) > 4e9)
            throw AnalysisError("The exact Mann-Whitney test is too large for samples of " + std::to_string(nA)
                                + " and " + std::to_string(nB) + " values; use the asymptotic method.");
        const long double count = exactLowerTailCount(std::min(nA, nB), std::max(nA, nB), k);
        r.p = std::min(1.0, double(2.0L * count / binomial(nA + nB, nA)));
        return r;
    }
    const double total = m + n;
    const double s = std::sqrt(m * n / 12.0 * ((total + 1.0) - tieTerm / (total * (total - 1.0))));
    if (!(s > 0.0)) { // every value tied: no evidence of a difference (scipy gives 1 too)
        r.p = 1.0;
        return r;
    }
    const double z = (uMax - m * n / 2.0 - 0.5) / s; // continuity correction
    r.p = boostMath("The Mann-Whitney U test", [z] {
        const boost::math::normal normal;
        return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(normal, z)));
    });
    return r;
}

double hedgesG(std::span<const double> a, std::span<const double> b)
{
    requireFiniteSample(a, kA, 2);
    requireFiniteSample(b, kB, 2);
    return hedgesFromMoments(meanVar(a), meanVar(b));
}

PercentChange percentChangeOfMedians(std::span<const double> a, std::span<const double> b,
                                     const BootstrapOptions &options)
{
    requireFiniteSample(a, kA);
    requireFiniteSample(b, kB);
    return percentChangeSorted(sortedCopy(a), sortedCopy(b), options);
}

std::vector<double> holmAdjust(std::span<const double> pValues)
{
    const std::size_t m = pValues.size();
    for (double p : pValues) {
        if (!(p >= 0.0 && p <= 1.0))
            throw AnalysisError("A p-value to adjust is outside [0, 1] or not a number.");
    }
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return pValues[x] < pValues[y]; });
    std::vector<double> adjusted(m);
    double running = 0.0;
    for (std::size_t rank = 0; rank < m; ++rank) {
        const std::size_t idx = order[rank];
        running = std::max(running, std::min(1.0, double(m - rank) * pValues[idx]));
        adjusted[idx] = running;
    }
    return adjusted;
}

TwoSampleComparison compareSamples(std::span<const double> a, std::span<const double> b,
                                   const TwoSampleOptions &options)
{
    requireFiniteSample(a, kA, 2);
    requireFiniteSample(b, kB, 2);
    requireValidBootstrap(options.bootstrap);
    TwoSampleComparison c;
    c.countA = a.size();
    c.countB = b.size();
    const MeanVar ma = meanVar(a);
    const MeanVar mb = meanVar(b);
    c.welch = welchFromMoments(ma, mb);
    c.hedgesG = hedgesFromMoments(ma, mb);

    const auto sa = sortedCopy(a);
    const auto sb = sortedCopy(b);
    c.medianA = medianSorted(sa);
    c.medianB = medianSorted(sb);
    if (sa.front() > 0.0 && sb.front() > 0.0) {
        const auto la = log10Values(sa, NonPositivePolicy::Reject, kA);
        const auto lb = log10Values(sb, NonPositivePolicy::Reject, kB);
        const MeanVar mla = meanVar(la);
        const MeanVar mlb = meanVar(lb);
        if (mla.var > 0.0 || mlb.var > 0.0) {
            c.welchLog = welchFromMoments(mla, mlb);
            c.hedgesGLog = hedgesFromMoments(mla, mlb);
        }
    }
    c.mannWhitney = mannWhitneyUSorted(sa, sb, options.mannWhitney);
    if (c.medianA > 0.0)
        c.percentChange = percentChangeSorted(sa, sb, options.bootstrap);
    return c;
}

} // namespace wattprint::stats
