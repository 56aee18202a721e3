#include "anomalydetection.h"

#include "analysiserror.h"
#include "numerichelpers.h"
#include "radixsort.h"
#include "runcolumns.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>
#include <string>
#include <utility>

namespace wattprint {

namespace {

// 1 / Phi^-1(3/4): makes the MAD of normal data estimate its sd (scipy's scale='normal').
constexpr double kMadToSd = 1.482602218505602;
// sqrt(pi / 2): makes the mean absolute deviation of normal data estimate its sd.
const double kMeanAdToSd = std::sqrt(std::numbers::pi / 2.0);

// Small private order statistics (a shared descriptive module exists elsewhere; this file
// stays independent of it). All of them reorder the scratch buffer.
double median(std::vector<double> &v)
{
    const std::size_t n = v.size();
    const std::size_t mid = n / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (n % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

// numpy's default ("linear", Hyndman and Fan type 7) quantile.
double quantile(std::vector<double> &v, double p)
{
    const std::size_t n = v.size();
    const double h = static_cast<double>(n - 1) * p;
    const std::size_t lo = static_cast<std::size_t>(std::floor(h));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(lo), v.end());
    const double a = v[lo];
    if (lo + 1 >= n)
        return a;
    const double b = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end());
    const double t = h - static_cast<double>(lo);
    return a + (b - a) * t;
}

double meanAbsDeviation(std::span<const double> v, double center)
{
    double sum = 0.0;
    for (const double x : v)
        sum += std::abs(x - center);
    return sum / static_cast<double>(v.size());
}

// Center and unit of one group's values; score = (x - center) / unit (unit 0: all scores 0).
struct Scale
{
    double center = 0.0;
    double unit = 0.0;
};

Scale classicScale(std::span<const double> v)
{
    // Two passes: the textbook one-pass sum of squares loses precision on log energies.
    double mean = 0.0;
    for (const double x : v)
        mean += x;
    mean /= static_cast<double>(v.size());
    double ss = 0.0;
    for (const double x : v)
        ss += (x - mean) * (x - mean);
    return {mean, std::sqrt(ss / static_cast<double>(v.size()))};
}

Scale robustScale(std::vector<double> &buf)
{
    const double med = median(buf);
    const double meanAd = meanAbsDeviation(buf, med);
    for (double &x : buf)
        x = std::abs(x - med);
    const double mad = median(buf);
    if (mad > 0.0)
        return {med, kMadToSd * mad};
    return {med, kMeanAdToSd * meanAd};
}

struct Fences
{
    double lower = 0.0;
    double upper = 0.0;
    double unit = 1.0;
};

Fences tukeyFences(std::vector<double> &buf, double k)
{
    const double q1 = quantile(buf, 0.25);
    const double q3 = quantile(buf, 0.75);
    const double iqr = q3 - q1;
    double unit = iqr;
    if (!(unit > 0.0)) {
        unit = meanAbsDeviation(buf, median(buf));
        if (!(unit > 0.0))
            unit = 1.0;
    }
    return {q1 - k * iqr, q3 + k * iqr, unit};
}

double fenceScore(double x, const Fences &f)
{
    if (x > f.upper)
        return (x - f.upper) / f.unit;
    if (x < f.lower)
        return (x - f.lower) / f.unit;
    return 0.0;
}

double scaleScore(double x, const Scale &s)
{
    return s.unit > 0.0 ? (x - s.center) / s.unit : 0.0;
}

void requireFinite(std::span<const double> x, std::size_t feature)
{
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!std::isfinite(x[i])) {
            std::string where = "row " + std::to_string(i + 1);
            if (feature > 0)
                where = "feature " + std::to_string(feature) + ", " + where;
            throw AnalysisError("Anomaly detection needs finite numbers; found "
                                + std::string(std::isnan(x[i]) ? "NaN" : "an infinite value") + " (" + where + ").");
        }
    }
}

using numeric::splitMix64;

// Rows ordered by group; blocks[i] .. blocks[i + 1] is one group.
struct Grouping
{
    std::vector<std::size_t> order;
    std::vector<std::size_t> blocks;
    std::vector<std::int64_t> keys; // key of each block
};

Grouping makeGrouping(std::span<const std::int64_t> groups, std::size_t rows)
{
    Grouping g;
    g.order.resize(rows);
    const bool single = groups.empty()
        || std::all_of(groups.begin(), groups.end(), [&](std::int64_t k) { return k == groups.front(); });
    if (single) {
        for (std::size_t i = 0; i < rows; ++i)
            g.order[i] = i;
        g.blocks = {0, rows};
        g.keys = {groups.empty() ? 0 : groups.front()};
        return g;
    }
    // Sorting (key, row) pairs directly is much faster than an indirect sort on a million rows.
    std::vector<std::pair<std::int64_t, std::size_t>> pairs(rows);
    for (std::size_t i = 0; i < rows; ++i)
        pairs[i] = {groups[i], i};
    std::sort(pairs.begin(), pairs.end());
    for (std::size_t i = 0; i < rows; ++i) {
        g.order[i] = pairs[i].second;
        if (i == 0 || pairs[i].first != pairs[i - 1].first) {
            g.blocks.push_back(i);
            g.keys.push_back(pairs[i].first);
        }
    }
    g.blocks.push_back(rows);
    return g;
}

bool inBaseline(const AnomalyOptions &o, std::size_t row)
{
    return o.outsideBaseline.empty() || o.outsideBaseline[row] == 0;
}

std::size_t baselineRows(const AnomalyOptions &o, const Grouping &g, std::size_t begin, std::size_t end)
{
    if (o.outsideBaseline.empty())
        return end - begin;
    std::size_t m = 0;
    for (std::size_t i = begin; i < end; ++i)
        m += inBaseline(o, g.order[i]) ? 1 : 0;
    return m;
}

void scoreByScale(std::span<const std::span<const double>> features, const Grouping &g, const AnomalyOptions &o,
                  AnomalyResult &r)
{
    const AnomalyMethod method = o.method;
    std::vector<double> buf;
    for (std::size_t b = 0; b + 1 < g.blocks.size(); ++b) {
        const std::size_t begin = g.blocks[b], end = g.blocks[b + 1];
        const std::size_t m = baselineRows(o, g, begin, end);
        if (m < o.minGroupSize || m == 0) {
            ++r.smallGroupCount;
            r.smallGroupRows += end - begin;
            continue;
        }
        for (std::size_t i = begin; i < end; ++i)
            r.evaluated[g.order[i]] = 1;
        for (std::size_t f = 0; f < features.size(); ++f) {
            const std::span<const double> x = features[f];
            buf.clear();
            for (std::size_t i = begin; i < end; ++i) {
                if (inBaseline(o, g.order[i]))
                    buf.push_back(x[g.order[i]]);
            }
            Scale s;
            Fences fences;
            switch (method) {
            case AnomalyMethod::ZScore: s = classicScale(buf); break;
            case AnomalyMethod::RobustZScore: s = robustScale(buf); break;
            case AnomalyMethod::Iqr: fences = tukeyFences(buf, o.iqrK); break;
            case AnomalyMethod::IsolationForest: break;
            }
            for (std::size_t i = begin; i < end; ++i) {
                const std::size_t row = g.order[i];
                const double score = method == AnomalyMethod::Iqr ? fenceScore(x[row], fences) : scaleScore(x[row], s);
                if (f == 0 || std::abs(score) > std::abs(r.score[row])) {
                    r.score[row] = score;
                    r.feature[row] = static_cast<std::int32_t>(f);
                    if (method != AnomalyMethod::Iqr) {
                        r.centre[row] = s.center;
                        r.unit[row] = s.unit;
                    }
                }
            }
        }
    }
}

std::vector<double> gatherRowMajor(std::span<const std::span<const double>> features, const std::size_t *rows,
                                   std::size_t count)
{
    const std::size_t d = features.size();
    std::vector<double> data(count * d);
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t f = 0; f < d; ++f)
            data[i * d + f] = features[f][rows[i]];
    return data;
}

void scoreByForest(std::span<const std::span<const double>> features, const Grouping &g, const AnomalyOptions &o,
                   AnomalyResult &r)
{
    const std::size_t d = features.size();
    const std::size_t rows = g.order.size();
    // A forest needs two rows, whatever minGroupSize says.
    const std::size_t minSize = std::max<std::size_t>(o.minGroupSize, 2);
    const bool grouped = g.blocks.size() > 2;

    std::vector<std::size_t> fallbackRows;
    std::vector<std::size_t> baseline;
    for (std::size_t b = 0; b + 1 < g.blocks.size(); ++b) {
        const std::size_t begin = g.blocks[b], end = g.blocks[b + 1];
        const std::size_t m = end - begin;
        const std::size_t mBase = baselineRows(o, g, begin, end);
        if (mBase < minSize) {
            ++r.smallGroupCount;
            r.smallGroupRows += m;
            continue;
        }
        if (grouped && mBase < o.forestMinGroupSize) {
            fallbackRows.insert(fallbackRows.end(), g.order.begin() + static_cast<std::ptrdiff_t>(begin),
                                g.order.begin() + static_cast<std::ptrdiff_t>(end));
            continue;
        }
        baseline.clear();
        for (std::size_t i = begin; i < end; ++i) {
            if (inBaseline(o, g.order[i]))
                baseline.push_back(g.order[i]);
        }
        IsolationForest forest(o.forest);
        // Per-group seed from the key, so a group's scores do not depend on which other groups exist.
        const std::uint64_t seed = grouped ? splitMix64(o.seed ^ splitMix64(static_cast<std::uint64_t>(g.keys[b])))
                                           : o.seed;
        forest.fit(gatherRowMajor(features, baseline.data(), baseline.size()), d, seed);
        const std::vector<double> data = gatherRowMajor(features, g.order.data() + begin, m);
        const std::vector<double> s = forest.score(data, d);
        for (std::size_t i = 0; i < m; ++i) {
            r.score[g.order[begin + i]] = s[i];
            r.evaluated[g.order[begin + i]] = 1;
        }
        ++r.forestGroupCount;
    }

    if (!fallbackRows.empty()) {
        // Groups too small for a forest of their own are judged against all (baseline) rows.
        // Rows in input order, so this forest does not depend on the group keys.
        std::vector<std::size_t> everyRow;
        everyRow.reserve(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            if (inBaseline(o, i))
                everyRow.push_back(i);
        }
        const std::vector<double> all = gatherRowMajor(features, everyRow.data(), everyRow.size());
        IsolationForest forest(o.forest);
        forest.fit(all, d, o.seed);
        const std::vector<double> data = gatherRowMajor(features, fallbackRows.data(), fallbackRows.size());
        const std::vector<double> s = forest.score(data, d);
        for (std::size_t i = 0; i < fallbackRows.size(); ++i) {
            r.score[fallbackRows[i]] = s[i];
            r.evaluated[fallbackRows[i]] = 1;
        }
        r.globalFallbackRows = fallbackRows.size();
    }
}

} // namespace

double defaultThreshold(AnomalyMethod method)
{
    switch (method) {
    case AnomalyMethod::ZScore: return 3.0;
    case AnomalyMethod::RobustZScore: return 3.5;
    case AnomalyMethod::Iqr: return 0.0;
    case AnomalyMethod::IsolationForest: return 0.6;
    }
    return 3.0;
}

AnomalyResult detectAnomalies(std::span<const std::span<const double>> features, std::span<const std::int64_t> groups,
                              const AnomalyOptions &options)
{
    if (features.empty())
        throw AnalysisError("Anomaly detection needs at least one feature.");
    const std::size_t rows = features.front().size();
    for (std::size_t f = 0; f < features.size(); ++f) {
        if (features[f].size() != rows)
            throw AnalysisError("Anomaly detection features have different lengths (feature 1 has "
                                + std::to_string(rows) + " rows, feature " + std::to_string(f + 1) + " has "
                                + std::to_string(features[f].size()) + ").");
        requireFinite(features[f], features.size() > 1 ? f + 1 : 0);
    }
    if (!groups.empty() && groups.size() != rows)
        throw AnalysisError("Anomaly detection has " + std::to_string(groups.size()) + " group keys for "
                            + std::to_string(rows) + " rows.");
    const double threshold = options.threshold.value_or(defaultThreshold(options.method));
    if (!std::isfinite(threshold) || threshold < 0.0)
        throw AnalysisError("The anomaly threshold must be a finite number of at least 0.");
    if (!std::isfinite(options.iqrK) || options.iqrK < 0.0)
        throw AnalysisError("The IQR fence factor k must be a finite number of at least 0.");
    if (options.minGroupSize < 1)
        throw AnalysisError("The minimum group size must be at least 1.");
    if (!options.outsideBaseline.empty() && options.outsideBaseline.size() != rows)
        throw AnalysisError("Anomaly detection has " + std::to_string(options.outsideBaseline.size())
                            + " baseline marks for " + std::to_string(rows) + " rows.");

    AnomalyResult r;
    r.method = options.method;
    r.threshold = threshold;
    if (rows == 0)
        return r;
    r.score.assign(rows, 0.0);
    r.flagged.assign(rows, 0);
    r.evaluated.assign(rows, 0);
    r.feature.assign(rows, -1);
    r.centre.assign(rows, std::numeric_limits<double>::quiet_NaN());
    r.unit.assign(rows, std::numeric_limits<double>::quiet_NaN());

    const Grouping g = makeGrouping(groups, rows);
    r.groupCount = g.keys.size();
    if (options.method == AnomalyMethod::IsolationForest)
        scoreByForest(features, g, options, r);
    else
        scoreByScale(features, g, options, r);

    for (std::size_t i = 0; i < rows; ++i) {
        if (r.evaluated[i]) {
            ++r.evaluatedCount;
            if (std::abs(r.score[i]) > threshold) {
                r.flagged[i] = 1;
                ++r.flaggedCount;
            }
        }
    }
    return r;
}

AnomalyResult detectAnomalies(std::span<const double> feature, std::span<const std::int64_t> groups,
                              const AnomalyOptions &options)
{
    const std::span<const double> one[] = {feature};
    return detectAnomalies(std::span<const std::span<const double>>(one), groups, options);
}

std::vector<double> zScores(std::span<const double> x)
{
    AnomalyOptions o;
    o.method = AnomalyMethod::ZScore;
    o.minGroupSize = 1;
    return detectAnomalies(x, {}, o).score;
}

std::vector<double> robustZScores(std::span<const double> x)
{
    AnomalyOptions o;
    o.method = AnomalyMethod::RobustZScore;
    o.minGroupSize = 1;
    return detectAnomalies(x, {}, o).score;
}

std::vector<double> iqrScores(std::span<const double> x, double k)
{
    AnomalyOptions o;
    o.method = AnomalyMethod::Iqr;
    o.iqrK = k;
    o.minGroupSize = 1;
    return detectAnomalies(x, {}, o).score;
}

std::vector<std::int64_t> anomalyGroupKeys(const RunColumns &runs, AnomalyGrouping grouping)
{
    if (grouping == AnomalyGrouping::None)
        return {};
    const std::size_t n = runs.rowCount();
    const auto need = [&](bool used, std::size_t size, const char *name) {
        if (used && size != n)
            throw AnalysisError(std::string("Cannot group runs: the ") + name + " column has " + std::to_string(size)
                                + " rows, not " + std::to_string(n) + ".");
    };
    const bool byDataset = testFlag(grouping, AnomalyGrouping::Dataset);
    const bool byShape = testFlag(grouping, AnomalyGrouping::Shape);
    const bool bySize = testFlag(grouping, AnomalyGrouping::Size);
    const bool byDepth = testFlag(grouping, AnomalyGrouping::Depth);
    const bool byDevice = testFlag(grouping, AnomalyGrouping::Device);
    need(byDataset, runs.dataset.size(), "dataset");
    need(byShape, runs.shape.size(), "shape");
    need(bySize, runs.size.size(), "size");
    need(byDepth, runs.depth.size(), "depth");
    need(byDevice, runs.isGpu.size(), "device");

    using Tuple = std::array<std::int64_t, 5>;
    // A run of another tool has no dataset or shape: its project stands in for the dataset and its
    // hardware for the shape, so different projects never share a baseline (codes below -1 keep
    // them apart from BUTTER-E's).
    constexpr std::int64_t OtherTool = -1000000;
    const auto tupleOf = [&](std::size_t i) {
        const bool configured = runs.hasConfiguration(i);
        const std::int64_t dataset = configured ? runs.dataset[i]
                                                : OtherTool - (runs.project.empty() ? -1 : runs.project[i]);
        const std::int64_t shape = configured ? runs.shape[i] : OtherTool - runs.nodeType[i];
        return Tuple{byDataset ? dataset : 0, byShape ? shape : 0, bySize ? runs.size[i] : 0,
                     byDepth ? runs.depth[i] : 0, byDevice ? runs.isGpu[i] : 0};
    };
    // Keys number the groups in the tuples' lexicographic order. Each part's offset from its
    // minimum, packed high to low, orders as the tuple does; when the parts fit in 64 bits the
    // rows are sorted by that one number (radixsort.h) instead of by the tuples.
    Tuple lo, hi;
    lo.fill(std::numeric_limits<std::int64_t>::max());
    hi.fill(std::numeric_limits<std::int64_t>::min());
    for (std::size_t i = 0; i < n; ++i) {
        const Tuple t = tupleOf(i);
        for (std::size_t p = 0; p < t.size(); ++p) {
            lo[p] = std::min(lo[p], t[p]);
            hi[p] = std::max(hi[p], t[p]);
        }
    }
    std::array<int, 5> bits{};
    int totalBits = 0;
    for (std::size_t p = 0; p < bits.size() && n > 0; ++p) {
        const auto span = std::uint64_t(hi[p]) - std::uint64_t(lo[p]);
        bits[p] = span == 0 ? 0 : int(std::bit_width(span));
        totalBits += bits[p];
    }
    std::vector<std::int64_t> keys(n);
    // (key, row) pairs in key order: each new key is the next group.
    const auto numberGroups = [&keys](const auto &sorted) {
        std::int64_t key = -1;
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            if (i == 0 || sorted[i].first != sorted[i - 1].first)
                ++key;
            keys[sorted[i].second] = key;
        }
    };
    if (totalBits <= 64 && n <= std::numeric_limits<std::uint32_t>::max()) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> packed(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Tuple t = tupleOf(i);
            std::uint64_t k = 0;
            for (std::size_t p = 0; p < t.size(); ++p) {
                if (bits[p])
                    k = (k << bits[p]) | (std::uint64_t(t[p]) - std::uint64_t(lo[p]));
            }
            packed[i] = {k, std::uint32_t(i)};
        }
        radixSortByKey(packed, totalBits);
        numberGroups(packed);
        return keys;
    }
    std::vector<std::pair<Tuple, std::size_t>> rows(n);
    for (std::size_t i = 0; i < n; ++i)
        rows[i] = {tupleOf(i), i};
    std::sort(rows.begin(), rows.end());
    numberGroups(rows);
    return keys;
}

namespace {

struct StartKey
{
    std::int64_t start, id;
    std::size_t position;
    bool operator<(const StartKey &o) const { return start != o.start ? start < o.start : id < o.id; }
};

// Each run's place among all runs of the columns in order of start, ties by id.
std::shared_ptr<const std::vector<std::uint32_t>> sharedStartRanks(const RunColumns &runs)
{
    return std::static_pointer_cast<const std::vector<std::uint32_t>>(
        runs.shared(RunColumns::Derived::StartRanks, [&runs] {
            const std::size_t n = runs.rowCount();
            std::vector<StartKey> keys(n);
            for (std::size_t i = 0; i < n; ++i)
                keys[i] = {runs.startNs[i], runs.id[i], i};
            std::sort(keys.begin(), keys.end());
            auto ranks = std::make_shared<std::vector<std::uint32_t>>(n);
            for (std::size_t r = 0; r < n; ++r)
                (*ranks)[keys[r].position] = std::uint32_t(r);
            return std::shared_ptr<const void>(std::move(ranks));
        }));
}

} // namespace

std::vector<std::size_t> sortByStart(const RunColumns &runs, std::span<const std::size_t> rows,
                                     std::vector<std::size_t> positions)
{
    if (runs.isImmutable() && runs.rowCount() <= std::numeric_limits<std::uint32_t>::max()) {
        // A snapshot: both anomaly views order their runs by start, so the order of all runs is
        // found once and each view's runs are placed by their ranks (unique, so a radix sort by
        // rank gives exactly the comparison sort's order).
        const std::shared_ptr<const std::vector<std::uint32_t>> ranks = sharedStartRanks(runs);
        std::vector<std::pair<std::uint64_t, std::uint32_t>> items(positions.size());
        for (std::size_t j = 0; j < positions.size(); ++j)
            items[j] = {(*ranks)[rows[positions[j]]], std::uint32_t(j)};
        radixSortByKey(items, std::bit_width(std::uint64_t(runs.rowCount())));
        std::vector<std::size_t> ordered(positions.size());
        for (std::size_t j = 0; j < items.size(); ++j)
            ordered[j] = positions[items[j].second];
        return ordered;
    }
    // The keys sorted side by side, not looked up through the indices (a million runs sort
    // several times faster).
    std::vector<StartKey> keys(positions.size());
    for (std::size_t j = 0; j < positions.size(); ++j) {
        const std::size_t i = rows[positions[j]];
        keys[j] = {runs.startNs[i], runs.id[i], positions[j]};
    }
    std::sort(keys.begin(), keys.end());
    for (std::size_t j = 0; j < keys.size(); ++j)
        positions[j] = keys[j].position;
    return positions;
}

RunAnomalies detectRunAnomalies(const RunColumns &runs, std::span<const double> residual, AnomalyGrouping grouping,
                                const AnomalyOptions &givenOptions, bool requireRunTime, FailingRuns failing)
{
    AnomalyOptions options = givenOptions;
    options.outsideBaseline.clear();
    runs.checkConsistent();
    if (residual.size() != runs.rowCount())
        throw AnalysisError("Anomaly detection has " + std::to_string(residual.size()) + " residuals for "
                            + std::to_string(runs.rowCount()) + " runs.");
    const bool forest = options.method == AnomalyMethod::IsolationForest;
    const bool withinConfiguration = grouping == AnomalyGrouping::Configuration;
    const std::vector<std::int64_t> allGroups = anomalyGroupKeys(runs, grouping);
    const auto usable = [](double v) { return std::isfinite(v) && v > 0; };
    RunAnomalies out;
    std::vector<double> logPower;
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        // Standardised energy for BUTTER-E; another tool's run is scored on what it measured.
        const double measured = runs.hasConfiguration(i) ? runs.nonOverheadEnergy[i] + runs.energyOverhead[i]
                                                         : runs.energy[i];
        if (!usable(measured) || ((forest || requireRunTime) && !usable(runs.runTime[i]))) {
            ++out.nonPositive;
            continue;
        }
        double feature = residual[i];
        if (!std::isfinite(feature)) {
            if (!withinConfiguration) {
                ++out.noExpectation;
                continue;
            }
            feature = std::log10(measured);
        }
        out.rows.push_back(i);
        out.residual.push_back(feature);
        const bool fails = runs.quality[i] != 0;
        out.failingRuns += fails ? 1 : 0;
        if (failing == FailingRuns::Excluded)
            options.outsideBaseline.push_back(fails ? 1 : 0);
        if (forest)
            logPower.push_back(std::log10(measured / runs.runTime[i]));
        if (!allGroups.empty())
            out.groups.push_back(allGroups[i]);
    }
    std::vector<std::span<const double>> features{out.residual};
    if (forest)
        features.emplace_back(logPower);
    out.outsideBaseline = failing == FailingRuns::Excluded ? out.failingRuns : 0;
    if (out.outsideBaseline == 0)
        options.outsideBaseline.clear();
    out.detected = detectAnomalies(features, out.groups, options);
    return out;
}

AnomalyGrouping anomalyGrouping(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration: return AnomalyGrouping::Configuration;
    case AnomalyGroupChoice::DatasetSizeDevice:
        return AnomalyGrouping::Dataset | AnomalyGrouping::Size | AnomalyGrouping::Device;
    case AnomalyGroupChoice::DatasetDevice: return AnomalyGrouping::Dataset | AnomalyGrouping::Device;
    case AnomalyGroupChoice::Device: return AnomalyGrouping::Device;
    case AnomalyGroupChoice::None: return AnomalyGrouping::None;
    }
    return AnomalyGrouping::Configuration;
}

QString anomalyGroupKey(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration: return QStringLiteral("configuration");
    case AnomalyGroupChoice::DatasetSizeDevice: return QStringLiteral("dataset-size-device");
    case AnomalyGroupChoice::DatasetDevice: return QStringLiteral("dataset-device");
    case AnomalyGroupChoice::Device: return QStringLiteral("device");
    case AnomalyGroupChoice::None: return QStringLiteral("none");
    }
    return QStringLiteral("configuration");
}

std::optional<AnomalyGroupChoice> anomalyGroupFromKey(const QString &key)
{
    for (AnomalyGroupChoice c : AllAnomalyGroupChoices) {
        if (anomalyGroupKey(c) == key)
            return c;
    }
    return std::nullopt;
}

} // namespace wattprint
