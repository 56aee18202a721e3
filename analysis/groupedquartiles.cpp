#include "groupedquartiles.h"

#include "analysiserror.h"
#include "descriptive.h"

namespace wattprint::stats {

std::vector<GroupQuartiles> groupedQuartiles(std::span<const std::int32_t> keys, std::span<const double> values,
                                             std::size_t keyCount)
{
    if (keys.size() != values.size())
        throw AnalysisError("The group keys and the values do not have the same length.");
    // Counting sort of the values by key into one buffer.
    std::vector<std::size_t> offsets(keyCount + 1, 0);
    for (std::int32_t k : keys) {
        if (k < 0)
            continue;
        if (std::size_t(k) >= keyCount)
            throw AnalysisError("A group key is out of range.");
        ++offsets[std::size_t(k) + 1];
    }
    for (std::size_t k = 0; k < keyCount; ++k)
        offsets[k + 1] += offsets[k];
    std::vector<double> buffer(offsets[keyCount]);
    std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] >= 0)
            buffer[fill[std::size_t(keys[i])]++] = values[i];
    }
    static constexpr double qs[] = {0.25, 0.5, 0.75};
    std::vector<GroupQuartiles> out(keyCount);
    for (std::size_t k = 0; k < keyCount; ++k) {
        const std::size_t n = offsets[k + 1] - offsets[k];
        if (n == 0)
            continue;
        const std::vector<double> q = quantilesInPlace(std::span<double>(buffer.data() + offsets[k], n), qs);
        out[k] = {n, q[0], q[1], q[2]};
    }
    return out;
}

} // namespace wattprint::stats
