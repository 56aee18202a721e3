#include "descriptive.h"

#include "analysiserror.h"
#include "samplechecks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <string>

namespace wattprint::stats {

namespace {

constexpr std::string_view kSample = "The sample";

// numpy's _lerp: interpolates from the nearer end so q = 1 lands exactly on b.
double lerp(double a, double b, double t)
{
    const double diff = b - a;
    // Values of opposite sign beyond about 9e307 have no difference in double: weigh the ends.
    if (!std::isfinite(diff))
        return a * (1.0 - t) + b * t;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

// The mean of two values, also when their sum would overflow (both beyond about 9e307).
double midpoint(double a, double b)
{
    const double sum = a + b;
    return std::isfinite(sum) ? sum / 2.0 : a / 2.0 + b / 2.0;
}

void requireProbability(double q)
{
    if (!(q >= 0.0 && q <= 1.0))
        throw AnalysisError("A quantile must lie between 0 and 1 (got " + std::to_string(q) + ").");
}

// Long double accumulation keeps the moments accurate on a million values without pairwise sums.
long double sumOf(std::span<const double> values)
{
    long double s = 0.0L;
    for (double v : values)
        s += v;
    return s;
}

} // namespace

std::vector<double> quantilesInPlace(std::span<double> work, std::span<const double> qs)
{
    if (work.empty())
        throw AnalysisError("The sample is empty: at least 1 value is needed.");
    const std::size_t n = work.size();
    std::vector<std::size_t> needed;
    needed.reserve(qs.size() * 2);
    for (double q : qs) {
        requireProbability(q);
        const double h = double(n - 1) * q;
        const auto lo = std::size_t(std::floor(h));
        needed.push_back(lo);
        needed.push_back(std::min(lo + 1, n - 1));
    }
    std::sort(needed.begin(), needed.end());
    needed.erase(std::unique(needed.begin(), needed.end()), needed.end());
    // Each nth_element only searches above the previous one: everything there is >= it.
    auto from = work.begin();
    for (std::size_t idx : needed) {
        std::nth_element(from, work.begin() + std::ptrdiff_t(idx), work.end());
        from = work.begin() + std::ptrdiff_t(idx) + 1;
    }
    std::vector<double> out;
    out.reserve(qs.size());
    for (double q : qs) {
        const double h = double(n - 1) * q;
        const auto lo = std::size_t(std::floor(h));
        const std::size_t hi = std::min(lo + 1, n - 1);
        out.push_back(lerp(work[lo], work[hi], h - double(lo)));
    }
    return out;
}

double medianInPlace(std::span<double> work)
{
    if (work.empty())
        throw AnalysisError("The sample is empty: at least 1 value is needed.");
    const std::size_t n = work.size();
    const auto mid = work.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(work.begin(), mid, work.end());
    if (n % 2 == 1)
        return *mid;
    const double below = *std::max_element(work.begin(), mid);
    return midpoint(below, *mid);
}

namespace {

// The moments stay in long double until the end: squares and cubes of values beyond about 1e103
// (or below 1e-103) leave the range of double, while x87's 80-bit long double holds the fourth
// power of any double. So values near 1e160 or 1e-300 get a standard deviation and a skewness
// instead of inf, NaN or a spread of 0.
static_assert(std::numeric_limits<long double>::max_exponent10 >= 4 * std::numeric_limits<double>::max_exponent10
                  && std::numeric_limits<long double>::min_exponent10
                      <= 4 * std::numeric_limits<double>::min_exponent10,
              "the moments need a long double that holds the fourth power of any double");

// Central moments m2, m3 (divided by n) around the mean.
struct Moments
{
    long double mean;
    long double m2;
    long double m3;
};

Moments centralMoments(std::span<const double> values)
{
    const auto n = static_cast<long double>(values.size());
    const long double m = sumOf(values) / n;
    long double s2 = 0.0L;
    long double s3 = 0.0L;
    for (double v : values) {
        const long double d = v - m;
        s2 += d * d;
        s3 += d * d * d;
    }
    return {m, s2 / n, s3 / n};
}

// scipy.stats.skew treats m2 as zero below (resolution * mean)^2, resolution = 1e-15.
bool varianceIsZero(const Moments &mo)
{
    const long double threshold = 1e-15L * mo.mean;
    return mo.m2 <= threshold * threshold;
}

// Biased skewness g1 = m3 / m2^1.5.
double skewnessOf(const Moments &mo)
{
    return double(mo.m3 / std::pow(mo.m2, 1.5L));
}

// Sum of squared deviations / (n - ddof), after the checks of variance().
long double varianceOf(std::span<const double> values, int ddof)
{
    const auto n = static_cast<long double>(values.size());
    const long double m = sumOf(values) / n;
    long double s2 = 0.0L;
    for (double v : values) {
        const long double d = v - m;
        s2 += d * d;
    }
    return s2 / (n - ddof);
}

} // namespace

double mean(std::span<const double> values)
{
    requireFiniteSample(values, kSample);
    return double(sumOf(values) / static_cast<long double>(values.size()));
}

double variance(std::span<const double> values, int ddof)
{
    if (ddof < 0)
        throw AnalysisError("The variance's delta degrees of freedom must not be negative.");
    requireFiniteSample(values, kSample, std::size_t(ddof) + 1);
    const long double v = varianceOf(values, ddof);
    // Rounded to inf or to 0 (or a denormal without precision) it would read as a real answer.
    if (v > std::numeric_limits<double>::max() || (v > 0.0L && v < std::numeric_limits<double>::min())) {
        char about[32];
        std::snprintf(about, sizeof about, "%.3Lg", v);
        throw AnalysisError("The sample's variance (about " + std::string(about)
                            + ") is beyond double precision: values beyond about 1e154, or spread by less than "
                              "about 1e-154, have no variance in double precision; their standard deviation "
                              "can be computed.");
    }
    return double(v);
}

double standardDeviation(std::span<const double> values, int ddof)
{
    if (ddof < 0)
        throw AnalysisError("The variance's delta degrees of freedom must not be negative.");
    requireFiniteSample(values, kSample, std::size_t(ddof) + 1);
    // The root of the long double variance: finite for any finite values (see centralMoments).
    return double(std::sqrt(varianceOf(values, ddof)));
}

double quantile(std::span<const double> values, double q)
{
    const double qs[] = {q};
    return quantiles(values, qs).front();
}

std::vector<double> quantiles(std::span<const double> values, std::span<const double> qs)
{
    requireFiniteSample(values, kSample);
    std::vector<double> work(values.begin(), values.end());
    return quantilesInPlace(work, qs);
}

double quantileSorted(std::span<const double> sorted, double q)
{
    if (sorted.empty())
        throw AnalysisError("The sample is empty: at least 1 value is needed.");
    requireProbability(q);
    const std::size_t n = sorted.size();
    const double h = double(n - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    return lerp(sorted[lo], sorted[std::min(lo + 1, n - 1)], h - double(lo));
}

double median(std::span<const double> values)
{
    requireFiniteSample(values, kSample);
    std::vector<double> work(values.begin(), values.end());
    return medianInPlace(work);
}

double medianSorted(std::span<const double> sorted)
{
    if (sorted.empty())
        throw AnalysisError("The sample is empty: at least 1 value is needed.");
    const std::size_t n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : midpoint(sorted[n / 2 - 1], sorted[n / 2]);
}

MedianInterval medianInterval(std::span<const double> values, double level)
{
    requireFiniteSample(values, kSample);
    if (!(level > 0.0 && level < 1.0))
        throw AnalysisError("The interval's level must lie strictly between 0 and 1.");
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    if (n == 1)
        return {sorted.front(), sorted.front(), 0.0};
    // Coverage of (x(k), x(n+1-k)) is 1 - 2 P(Binomial(n, 1/2) <= k - 1); the binomial terms are
    // summed from logs, since n can be a million runs.
    const auto term = [n](std::size_t j) {
        return std::exp(std::lgamma(double(n) + 1) - std::lgamma(double(j) + 1) - std::lgamma(double(n - j) + 1)
                        - double(n) * std::log(2.0));
    };
    std::size_t k = 1;
    double cdf = term(0);
    double coverage = 1.0 - 2.0 * cdf;
    while (2 * (k + 1) <= n + 1) {
        const double next = 1.0 - 2.0 * (cdf + term(k));
        if (next < level)
            break;
        cdf += term(k);
        ++k;
        coverage = next;
    }
    return {sorted[k - 1], sorted[n - k], coverage};
}

double interquartileRange(std::span<const double> values)
{
    const double qs[] = {0.25, 0.75};
    const auto q = quantiles(values, qs);
    return q[1] - q[0];
}

double medianAbsoluteDeviation(std::span<const double> values, MadScale scale)
{
    requireFiniteSample(values, kSample);
    std::vector<double> work(values.begin(), values.end());
    const double centre = medianInPlace(work);
    for (double &v : work)
        v = std::abs(v - centre);
    const double mad = medianInPlace(work);
    // scipy divides by norm.ppf(0.75) for scale='normal'.
    return scale == MadScale::Normal ? mad / 0.67448975019608171 : mad;
}

double skewness(std::span<const double> values, SkewnessBias bias)
{
    requireFiniteSample(values, kSample, bias == SkewnessBias::Unbiased ? 3 : 1);
    const Moments mo = centralMoments(values);
    if (varianceIsZero(mo))
        throw AnalysisError("Skewness is undefined: all values are (nearly) equal.");
    const double g1 = skewnessOf(mo);
    if (bias == SkewnessBias::Biased)
        return g1;
    const auto n = double(values.size());
    return std::sqrt((n - 1.0) * n) / (n - 2.0) * g1;
}

Summary describe(std::span<const double> values)
{
    requireFiniteSample(values, kSample);
    Summary s;
    s.count = values.size();
    const Moments mo = centralMoments(values);
    s.mean = double(mo.mean);
    if (s.count >= 2)
        s.standardDeviation = double(
            std::sqrt(mo.m2 * static_cast<long double>(s.count) / static_cast<long double>(s.count - 1)));
    if (!varianceIsZero(mo))
        s.skewness = skewnessOf(mo);

    std::vector<double> work(values.begin(), values.end());
    const double qs[] = {0.0, 0.25, 0.75, 1.0};
    const auto q = quantilesInPlace(work, qs);
    s.min = q[0];
    s.q1 = q[1];
    s.q3 = q[2];
    s.max = q[3];
    s.iqr = s.q3 - s.q1;
    s.median = medianInPlace(work);
    for (double &v : work)
        v = std::abs(v - s.median);
    s.mad = medianInPlace(work);
    return s;
}

} // namespace wattprint::stats
