#include "samplechecks.h"

#include "analysiserror.h"

#include <cmath>
#include <string>

namespace wattprint {

void requireFiniteSample(std::span<const double> values, std::string_view what, std::size_t minimumCount)
{
    const std::string name(what);
    if (values.size() < minimumCount) {
        if (values.empty())
            throw AnalysisError(name + " is empty: at least " + std::to_string(minimumCount)
                                + (minimumCount == 1 ? " value is" : " values are") + " needed.");
        throw AnalysisError(name + " has " + std::to_string(values.size()) + " value" + (values.size() == 1 ? "" : "s")
                            + ", but at least " + std::to_string(minimumCount) + " are needed.");
    }
    std::size_t bad = 0;
    for (double v : values)
        bad += std::isfinite(v) ? 0 : 1;
    if (bad > 0)
        throw AnalysisError(name + " contains " + std::to_string(bad) + " NaN or infinite value" + (bad == 1 ? "" : "s")
                            + " (of " + std::to_string(values.size()) + "); remove them before the analysis.");
}

void requireFiniteSum(double sum, std::string_view what)
{
    if (!std::isfinite(sum))
        throw AnalysisError(std::string(what)
                            + " adds up to more than double precision can hold (about 1.8e308); some runs have "
                              "impossibly large values: filter them out.");
}

std::vector<double> log10Values(std::span<const double> values, NonPositivePolicy policy, std::string_view what,
                                std::size_t *dropped)
{
    std::size_t nonPositive = 0;
    for (double v : values)
        nonPositive += v > 0.0 ? 0 : 1;
    if (nonPositive > 0 && policy == NonPositivePolicy::Reject)
        throw AnalysisError(std::string(what) + " has " + std::to_string(nonPositive)
                            + (nonPositive == 1 ? " value" : " values") + " <= 0 (of " + std::to_string(values.size())
                            + "); a log10 scale needs positive values. Drop them or use a "
                              "linear scale.");
    std::vector<double> out;
    out.reserve(values.size() - nonPositive);
    for (double v : values) {
        if (v > 0.0)
            out.push_back(std::log10(v));
    }
    if (dropped)
        *dropped = nonPositive;
    return out;
}

} // namespace wattprint
