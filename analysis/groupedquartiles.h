#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace wattprint::stats {

// Quartiles of one group of values (type-7, numpy.quantile's default; the median is numpy.median).
struct GroupQuartiles
{
    std::size_t n = 0; // 0: the group is empty and the quartiles are 0
    double q1 = 0, median = 0, q3 = 0;
};

// Quartiles of `values` grouped by `keys` (one key per value, in [0, keyCount); a negative key
// leaves the value out). One counting pass and one in-place selection per group: O(n) for any
// number of groups, so a million runs cost a few tens of milliseconds. Values are not checked
// for NaN: give a negative key to the ones to leave out. Throws AnalysisError if the spans
// differ in length or a key is >= keyCount.
std::vector<GroupQuartiles> groupedQuartiles(std::span<const std::int32_t> keys, std::span<const double> values,
                                             std::size_t keyCount);

} // namespace wattprint::stats
