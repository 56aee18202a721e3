#include "bootstrap.h"

#include "analysiserror.h"
#include "descriptive.h"
#include "samplechecks.h"

#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace wattprint::stats {

namespace {

constexpr std::string_view kSample = "The sample";

// Uniform in (0, 1) from the top 53 bits; never 0 or 1, so ibeta_inv stays finite.
double uniformOpen(std::mt19937_64 &rng)
{
    return (double(rng() >> 11) + 0.5) * 0x1.0p-53;
}

// Uniform index in [0, n) by multiply-shift (bias at most n / 2^64: irrelevant here,
// and unlike std::uniform_int_distribution it is the same on every standard library).
std::size_t uniformIndex(std::mt19937_64 &rng, std::size_t n)
{
    __extension__ using U128 = unsigned __int128;
    return std::size_t((U128(rng()) * U128(n)) >> 64);
}

// Position (0-based) in the sorted sample of the resample value at uniform quantile u.
std::size_t indexAt(double u, std::size_t n)
{
    const double pos = std::ceil(double(n) * u);
    if (pos < 1.0)
        return 0;
    if (pos > double(n))
        return n - 1;
    return std::size_t(pos) - 1;
}

// Boost reports a failed inversion with its own exception; the user should read what failed.
double betaQuantile(double a, double b, double p)
{
    try {
        // In double, not Boost's default long double: the quantile only picks an order
        // statistic, and long double made the inversion most of the compare view's time.
        using Double = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
        return boost::math::ibeta_inv(a, b, p, Double());
    } catch (const std::exception &) {
        throw AnalysisError("The bootstrap of the median cannot be computed in double precision for a sample of "
                            + std::to_string(std::llround(a + b - 1.0)) + " values.");
    }
}

} // namespace

void requireValidBootstrap(const BootstrapOptions &options)
{
    if (options.resamples < 1)
        throw AnalysisError("The bootstrap needs at least one resample (got " + std::to_string(options.resamples)
                            + ").");
    if (!(options.level > 0.0 && options.level < 1.0))
        throw AnalysisError("A confidence level must lie strictly between 0 and 1.");
}

ConfidenceInterval percentileInterval(std::span<const double> replicates, double level)
{
    if (!(level > 0.0 && level < 1.0))
        throw AnalysisError("A confidence level must lie strictly between 0 and 1.");
    if (replicates.empty())
        throw AnalysisError("The bootstrap produced no replicates.");
    std::vector<double> work(replicates.begin(), replicates.end());
    const double alpha = (1.0 - level) / 2.0;
    const double qs[] = {alpha, 1.0 - alpha};
    const auto q = quantilesInPlace(work, qs);
    return {q[0], q[1], level};
}

ConfidenceInterval bootstrapCi(std::span<const double> values,
                               const std::function<double(std::span<const double>)> &statistic,
                               const BootstrapOptions &options)
{
    requireFiniteSample(values, kSample);
    requireValidBootstrap(options);
    std::mt19937_64 rng(options.seed);
    const std::size_t n = values.size();
    std::vector<double> resample(n);
    std::vector<double> replicates;
    replicates.reserve(std::size_t(options.resamples));
    for (int b = 0; b < options.resamples; ++b) {
        for (double &v : resample)
            v = values[uniformIndex(rng, n)];
        replicates.push_back(statistic(resample));
    }
    return percentileInterval(replicates, options.level);
}

double drawMedianReplicate(std::span<const double> sorted, std::mt19937_64 &rng)
{
    const std::size_t n = sorted.size();
    const double nd = double(n);
    if (n % 2 == 1) {
        const double k = double((n + 1) / 2);
        const double u = betaQuantile(k, nd - k + 1.0, uniformOpen(rng));
        return sorted[indexAt(u, n)];
    }
    const double k = double(n / 2);
    const double u1 = betaQuantile(k, nd - k + 1.0, uniformOpen(rng));
    // The smallest of the n - k uniforms above u1: Beta(1, n - k) = 1 - V^(1/(n-k)).
    const double gap = -std::expm1(std::log(uniformOpen(rng)) / (nd - k));
    const double u2 = u1 + (1.0 - u1) * gap;
    return (sorted[indexAt(u1, n)] + sorted[indexAt(u2, n)]) / 2.0;
}

void appendMedianReplicates(std::span<const double> sorted, int resamples, std::mt19937_64 &rng,
                            std::vector<double> &out)
{
    if (sorted.empty())
        throw AnalysisError("The sample is empty: at least 1 value is needed.");
    out.reserve(out.size() + std::size_t(std::max(resamples, 0)));
    for (int b = 0; b < resamples; ++b)
        out.push_back(drawMedianReplicate(sorted, rng));
}

ConfidenceInterval bootstrapMedianCi(std::span<const double> values, const BootstrapOptions &options)
{
    requireFiniteSample(values, kSample);
    requireValidBootstrap(options);
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    std::mt19937_64 rng(options.seed);
    std::vector<double> replicates;
    appendMedianReplicates(sorted, options.resamples, rng, replicates);
    return percentileInterval(replicates, options.level);
}

} // namespace wattprint::stats
