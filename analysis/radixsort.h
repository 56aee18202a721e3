#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace wattprint {

// Sorts (key, row) pairs by key; pairs with equal keys keep their order, so pairs made in row
// order come out as a sort by (key, row) would leave them. An LSD radix sort in 11-bit digits
// over the low `bits` bits of the keys (all higher bits must be zero): the packed keys the
// analyses group runs by take two or three linear passes instead of a comparison sort, which
// for a million runs was most of the time to group them.
inline void radixSortByKey(std::vector<std::pair<std::uint64_t, std::uint32_t>> &items, int bits)
{
    constexpr int Digit = 11;
    constexpr std::size_t Buckets = std::size_t(1) << Digit;
    if (bits <= 0)
        return; // all keys equal: the order is already right
    std::vector<std::pair<std::uint64_t, std::uint32_t>> buffer(items.size());
    for (int shift = 0; shift < bits; shift += Digit) {
        std::array<std::size_t, Buckets> start{};
        for (const auto &item : items)
            ++start[(item.first >> shift) & (Buckets - 1)];
        std::size_t sum = 0;
        for (std::size_t &s : start) {
            const std::size_t count = s;
            s = sum;
            sum += count;
        }
        for (const auto &item : items)
            buffer[start[(item.first >> shift) & (Buckets - 1)]++] = item;
        items.swap(buffer);
    }
}

} // namespace wattprint
