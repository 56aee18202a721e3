#include "cachespill.h"

#include "analysiserror.h"
#include "groupedquartiles.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace wattprint {

QString workingSetKindName(WorkingSetKind kind)
{
    switch (kind) {
    case WorkingSetKind::Forward: return u"forward"_s;
    case WorkingSetKind::Backward: return u"backward"_s;
    case WorkingSetKind::InterLayerMax: return u"inter_layer"_s;
    case WorkingSetKind::Dataset: return u"dataset"_s;
    }
    return u"forward"_s;
}

WorkingSetKind workingSetKindFromName(QStringView name)
{
    for (WorkingSetKind k :
         {WorkingSetKind::Forward, WorkingSetKind::Backward, WorkingSetKind::InterLayerMax, WorkingSetKind::Dataset}) {
        if (name == workingSetKindName(k))
            return k;
    }
    throw AnalysisError(
        u"unknown working set \"%1\"; use forward, backward, inter_layer or dataset"_s.arg(name.toString())
            .toStdString());
}

double workingSetBytes(const WorkingSets &sets, WorkingSetKind kind)
{
    switch (kind) {
    case WorkingSetKind::Forward: return sets.forward.replicated + sets.forward.distributed;
    case WorkingSetKind::Backward: return sets.backward.replicated + sets.backward.distributed;
    case WorkingSetKind::InterLayerMax: return sets.interLayerMaxDistributed;
    case WorkingSetKind::Dataset: return sets.dataset.replicated + sets.dataset.distributed;
    }
    return 0;
}

bool isReplicated(WorkingSetKind kind)
{
    return kind == WorkingSetKind::Forward || kind == WorkingSetKind::Backward;
}

std::vector<CacheBoundary> cacheBoundaries(Device device, WorkingSetKind kind)
{
    const auto levels = cacheHierarchy(device);
    std::vector<CacheBoundary> out;
    double perUnit = 0;
    double whole = 0;
    for (std::size_t i = 0; i + 1 < levels.size(); ++i) {
        perUnit += levels[i].bytesPerUnit;
        whole += levels[i].bytesPerUnit * levels[i].units;
        out.push_back({levels[i].name, levels[i + 1].name, isReplicated(kind) ? perUnit : whole});
    }
    return out;
}

Log2Binning binByLog2(std::span<const double> bytes, std::span<const double> values, double widthLog2,
                      std::size_t minCount)
{
    if (bytes.size() != values.size())
        throw AnalysisError("The working-set sizes and the values do not have the same length.");
    if (!(widthLog2 > 0) || !std::isfinite(widthLog2))
        throw AnalysisError("The bin width must be a positive number of octaves.");
    Log2Binning out;
    // Bin k covers [(k - 0.5) w, (k + 0.5) w) in log2.
    std::vector<std::int32_t> keys(bytes.size(), -1);
    long long kMin = std::numeric_limits<long long>::max();
    long long kMax = std::numeric_limits<long long>::min();
    std::vector<long long> raw(bytes.size(), 0);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const double b = bytes[i];
        const double v = values[i];
        if (!(b > 0) || !std::isfinite(b) || !(v > 0) || !std::isfinite(v)) {
            ++out.skipped;
            continue;
        }
        const long long k = static_cast<long long>(std::floor(std::log2(b) / widthLog2 + 0.5));
        raw[i] = k;
        kMin = std::min(kMin, k);
        kMax = std::max(kMax, k);
        keys[i] = 0;
        ++out.used;
    }
    if (out.used == 0)
        return out;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (keys[i] == 0)
            keys[i] = static_cast<std::int32_t>(raw[i] - kMin);
    }
    const std::size_t keyCount = static_cast<std::size_t>(kMax - kMin + 1);
    const std::vector<stats::GroupQuartiles> q = stats::groupedQuartiles(keys, values, keyCount);
    for (std::size_t k = 0; k < keyCount; ++k) {
        if (q[k].n == 0)
            continue;
        if (q[k].n < minCount) {
            out.sparse += q[k].n;
            continue;
        }
        const double c = double(kMin + static_cast<long long>(k)) * widthLog2;
        out.bins.push_back({c - widthLog2 / 2, c + widthLog2 / 2, c, q[k].n, q[k].q1, q[k].median, q[k].q3});
    }
    return out;
}

std::vector<SpillPoint> detectSpills(std::span<const Log2Bin> bins, std::span<const CacheBoundary> boundaries,
                                     const SpillOptions &options)
{
    for (std::size_t i = 0; i < bins.size(); ++i) {
        if (!(bins[i].median > 0) || !std::isfinite(bins[i].median))
            throw AnalysisError("Every bin needs a positive median to look for cache spills.");
        if (i > 0 && !(bins[i].centerLog2 > bins[i - 1].centerLog2))
            throw AnalysisError("The bins must be in ascending order of size.");
    }
    std::vector<SpillPoint> out;
    if (bins.size() < 3)
        return out;
    const std::size_t steps = bins.size() - 1;
    std::vector<double> slope(steps);
    for (std::size_t i = 0; i < steps; ++i)
        slope[i] = (std::log(bins[i + 1].median) - std::log(bins[i].median))
            / (bins[i + 1].centerLog2 - bins[i].centerLog2);
    std::vector<double> sorted = slope;
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(steps / 2), sorted.end());
    double baseline = sorted[steps / 2];
    if (steps % 2 == 0) {
        const double lower = *std::max_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(steps / 2));
        baseline = (baseline + lower) / 2;
    }

    std::size_t i = 0;
    while (i < steps) {
        if (slope[i] - baseline <= options.minExcessSlope) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < steps && slope[j + 1] - baseline > options.minExcessSlope)
            ++j;
        SpillPoint p;
        p.fromBin = i;
        p.toBin = j + 1;
        p.fromLog2 = bins[i].centerLog2;
        p.toLog2 = bins[j + 1].centerLog2;
        p.atLog2 = (bins[i].centerLog2 + bins[i + 1].centerLog2) / 2;
        p.ratio = bins[j + 1].median / bins[i].median;
        p.baselineSlope = baseline;
        p.slope = std::log(p.ratio) / (p.toLog2 - p.fromLog2);
        p.excessRatio = std::exp(std::log(p.ratio) - baseline * (p.toLog2 - p.fromLog2));
        if (p.excessRatio >= options.minExcessRatio) {
            double best = std::numeric_limits<double>::infinity();
            for (std::size_t b = 0; b < boundaries.size(); ++b) {
                if (!(boundaries[b].bytes > 0))
                    continue;
                const double d = std::abs(std::log2(boundaries[b].bytes) - p.atLog2);
                if (d < best && d <= options.maxBoundaryOctaves) {
                    best = d;
                    p.boundary = int(b);
                    p.distanceOctaves = d;
                }
            }
            out.push_back(p);
        }
        i = j + 1;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SpillPoint &a, const SpillPoint &b) { return a.ratio > b.ratio; });
    return out;
}

} // namespace wattprint
