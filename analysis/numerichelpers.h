#pragma once

#include <QJsonValue>

#include <cmath>
#include <cstdint>

// Small numeric helpers shared by the analyses.
namespace wattprint::numeric {

// SplitMix64's finaliser (Steele, Lea and Flood 2014): a well-mixed 64-bit hash of one value, for
// seeds and fold assignments that must not depend on input order.
constexpr std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A number for JSON, or null where it is NaN or infinite (JSON has neither).
inline QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace wattprint::numeric
