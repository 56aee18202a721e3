#include "isolationforest.h"

#include "analysiserror.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <string>

namespace wattprint {

namespace {

// The paper rounds it to 0.5772156649; the full constant keeps c(n) equal to sklearn's.
constexpr double kEulerGamma = std::numbers::egamma;

// Our own draws: std::uniform_*_distribution are implementation-defined, and a seed must give
// the same forest everywhere.
std::size_t uniformIndex(std::mt19937_64 &rng, std::size_t n)
{
    const std::uint64_t range = n;
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max()
        - std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t v;
    do {
        v = rng();
    } while (v >= limit);
    return static_cast<std::size_t>(v % range);
}

double uniform01(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53; // [0, 1)
}

void checkFinite(const double *data, std::size_t count, const char *what)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(data[i]))
            throw AnalysisError(std::string(what) + " contains a value that is not a finite number (at position "
                                + std::to_string(i + 1) + ").");
    }
}

std::vector<double> toRowMajor(std::span<const std::span<const double>> columns, std::size_t &rows)
{
    if (columns.empty())
        throw AnalysisError("Isolation Forest needs at least one feature.");
    rows = columns.front().size();
    for (std::size_t f = 0; f < columns.size(); ++f) {
        if (columns[f].size() != rows)
            throw AnalysisError("Isolation Forest features have different lengths (feature 1 has "
                                + std::to_string(rows) + " rows, feature " + std::to_string(f + 1) + " has "
                                + std::to_string(columns[f].size()) + ").");
    }
    const std::size_t d = columns.size();
    std::vector<double> data(rows * d);
    for (std::size_t f = 0; f < d; ++f) {
        const std::span<const double> col = columns[f];
        for (std::size_t r = 0; r < rows; ++r) {
            if (!std::isfinite(col[r]))
                throw AnalysisError("Isolation Forest feature " + std::to_string(f + 1)
                                    + " has a value that is not a "
                                      "finite number (row "
                                    + std::to_string(r + 1) + ").");
            data[r * d + f] = col[r];
        }
    }
    return data;
}

} // namespace

IsolationForest::IsolationForest(IsolationForestOptions options)
    : m_options(options)
{
    if (m_options.treeCount < 1)
        throw AnalysisError("Isolation Forest needs at least one tree.");
    if (m_options.sampleSize < 2)
        throw AnalysisError("Isolation Forest needs a sub-sample size of at least 2.");
    // Node links are 32-bit: bound the worst case of 2 psi - 1 nodes per tree.
    const double maxNodes = static_cast<double>(m_options.treeCount) * (2.0 * m_options.sampleSize - 1.0);
    if (maxNodes > static_cast<double>(std::numeric_limits<std::int32_t>::max()))
        throw AnalysisError("Isolation Forest is too large (trees x sub-sample size).");
}

double IsolationForest::averagePathLength(double n)
{
    if (n <= 1.0)
        return 0.0;
    if (n <= 2.0)
        return 1.0;
    return 2.0 * (std::log(n - 1.0) + kEulerGamma) - 2.0 * (n - 1.0) / n;
}

void IsolationForest::fit(std::span<const std::span<const double>> columns, std::uint64_t seed)
{
    std::size_t rows = 0;
    const std::vector<double> data = toRowMajor(columns, rows);
    fitRowMajor(data.data(), rows, columns.size(), seed);
}

void IsolationForest::fit(std::span<const double> rowMajor, std::size_t featureCount, std::uint64_t seed)
{
    if (featureCount == 0)
        throw AnalysisError("Isolation Forest needs at least one feature.");
    if (rowMajor.size() % featureCount != 0)
        throw AnalysisError("Isolation Forest matrix size is not a multiple of the feature count.");
    checkFinite(rowMajor.data(), rowMajor.size(), "The Isolation Forest matrix");
    fitRowMajor(rowMajor.data(), rowMajor.size() / featureCount, featureCount, seed);
}

void IsolationForest::fitRowMajor(const double *data, std::size_t rows, std::size_t features, std::uint64_t seed)
{
    if (rows < 2)
        throw AnalysisError("Isolation Forest needs at least two rows to fit.");

    m_featureCount = features;
    m_psi = std::min<std::size_t>(static_cast<std::size_t>(m_options.sampleSize), rows);
    m_cPsi = averagePathLength(static_cast<double>(m_psi));
    const int heightLimit = static_cast<int>(std::ceil(std::log2(static_cast<double>(m_psi))));

    m_height = heightLimit;
    m_nodes.clear();
    m_leafPath.clear();
    m_roots.clear();
    m_nodes.reserve(static_cast<std::size_t>(m_options.treeCount) * (2 * m_psi - 1));
    m_roots.reserve(static_cast<std::size_t>(m_options.treeCount));

    std::mt19937_64 rng(seed);
    std::vector<std::size_t> pool(rows);
    for (std::size_t i = 0; i < rows; ++i)
        pool[i] = i;
    std::vector<std::size_t> sample(m_psi);
    std::vector<double> lo(features), hi(features);
    std::vector<std::int32_t> candidates;
    candidates.reserve(features);

    struct Work
    {
        std::size_t begin, end;
        int depth;
        std::size_t node;
    };
    std::vector<Work> stack;

    for (int t = 0; t < m_options.treeCount; ++t) {
        // Sub-sample without replacement: partial Fisher-Yates over the running permutation.
        for (std::size_t i = 0; i < m_psi; ++i) {
            std::swap(pool[i], pool[i + uniformIndex(rng, rows - i)]);
            sample[i] = pool[i];
        }

        const std::size_t root = m_nodes.size();
        m_roots.push_back(static_cast<std::int32_t>(root));
        m_nodes.push_back({0.0, -1, -1});
        m_leafPath.push_back(0.0);
        stack.clear();
        stack.push_back({0, m_psi, 0, root});

        while (!stack.empty()) {
            const Work w = stack.back();
            stack.pop_back();
            const std::size_t size = w.end - w.begin;

            candidates.clear();
            if (w.depth < heightLimit && size > 1) {
                std::fill(lo.begin(), lo.end(), std::numeric_limits<double>::infinity());
                std::fill(hi.begin(), hi.end(), -std::numeric_limits<double>::infinity());
                for (std::size_t i = w.begin; i < w.end; ++i) {
                    const double *row = data + sample[i] * features;
                    for (std::size_t f = 0; f < features; ++f) {
                        lo[f] = std::min(lo[f], row[f]);
                        hi[f] = std::max(hi[f], row[f]);
                    }
                }
                // Only features that vary here can split; if none do, the node is a leaf.
                for (std::size_t f = 0; f < features; ++f) {
                    if (hi[f] > lo[f])
                        candidates.push_back(static_cast<std::int32_t>(f));
                }
            }

            if (candidates.empty()) {
                // A leaf sends every (finite) value to itself, so walks take a fixed number of steps.
                m_nodes[w.node] = {std::numeric_limits<double>::infinity(), 0, static_cast<std::int32_t>(w.node)};
                m_leafPath[w.node] = w.depth + averagePathLength(static_cast<double>(size));
                continue;
            }

            const std::int32_t f = candidates[uniformIndex(rng, candidates.size())];
            double split = lo[f] + uniform01(rng) * (hi[f] - lo[f]);
            if (split >= hi[f]) // rounding: keep the maximum on the right so both sides are non-empty
                split = lo[f];

            const auto mid = std::partition(sample.begin() + static_cast<std::ptrdiff_t>(w.begin),
                                            sample.begin() + static_cast<std::ptrdiff_t>(w.end),
                                            [&](std::size_t r) { return data[r * features + f] <= split; });
            const std::size_t midIndex = static_cast<std::size_t>(mid - sample.begin());

            const std::size_t left = m_nodes.size();
            m_nodes.push_back({0.0, -1, -1});
            m_nodes.push_back({0.0, -1, -1});
            m_leafPath.push_back(0.0);
            m_leafPath.push_back(0.0);
            m_nodes[w.node].feature = f;
            m_nodes[w.node].value = split;
            m_nodes[w.node].left = static_cast<std::int32_t>(left);
            stack.push_back({midIndex, w.end, w.depth + 1, left + 1});
            stack.push_back({w.begin, midIndex, w.depth + 1, left});
        }
    }
}

double IsolationForest::pathLengthSum(const double *row) const
{
    const Node *nodes = m_nodes.data();
    double sum = 0.0;
    for (const std::int32_t root : m_roots) {
        std::int32_t n = root;
        for (int step = 0; step < m_height; ++step)
            n = nodes[n].left + (row[nodes[n].feature] > nodes[n].value);
        sum += m_leafPath[static_cast<std::size_t>(n)];
    }
    return sum;
}

double IsolationForest::meanPathLength(std::span<const double> row) const
{
    if (!isFitted())
        throw AnalysisError("The Isolation Forest has not been fitted.");
    if (row.size() != m_featureCount)
        throw AnalysisError("The row has " + std::to_string(row.size()) + " features; the forest was fitted on "
                            + std::to_string(m_featureCount) + ".");
    checkFinite(row.data(), row.size(), "The row");
    return pathLengthSum(row.data()) / static_cast<double>(m_roots.size());
}

double IsolationForest::scoreRow(std::span<const double> row) const
{
    return std::exp2(-meanPathLength(row) / m_cPsi);
}

std::vector<double> IsolationForest::score(std::span<const std::span<const double>> columns) const
{
    if (!isFitted())
        throw AnalysisError("The Isolation Forest has not been fitted.");
    if (columns.size() != m_featureCount)
        throw AnalysisError("Scoring with " + std::to_string(columns.size()) + " features; the forest was fitted on "
                            + std::to_string(m_featureCount) + ".");
    std::size_t rows = 0;
    const std::vector<double> data = toRowMajor(columns, rows);
    return score(data, m_featureCount);
}

std::vector<double> IsolationForest::score(std::span<const double> rowMajor, std::size_t featureCount) const
{
    if (!isFitted())
        throw AnalysisError("The Isolation Forest has not been fitted.");
    if (featureCount != m_featureCount)
        throw AnalysisError("Scoring with " + std::to_string(featureCount) + " features; the forest was fitted on "
                            + std::to_string(m_featureCount) + ".");
    if (rowMajor.size() % featureCount != 0)
        throw AnalysisError("Isolation Forest matrix size is not a multiple of the feature count.");
    checkFinite(rowMajor.data(), rowMajor.size(), "The Isolation Forest matrix");
    const std::size_t rows = rowMajor.size() / featureCount;
    const double scale = -1.0 / (m_cPsi * static_cast<double>(m_roots.size()));
    std::vector<double> out(rows, 0.0);
    // Blocks of rows, trees outside: one tree (a few KB) stays in L1 while the block walks it.
    // Every walk is m_height branch-free steps (leaves point to themselves), and kLanes rows
    // walk side by side so their loads overlap.
    constexpr std::size_t kBlock = 512;
    constexpr std::size_t kLanes = 8;
    const Node *nodes = m_nodes.data();
    const double *leafPath = m_leafPath.data();
    const double *data = rowMajor.data();
    for (std::size_t begin = 0; begin < rows; begin += kBlock) {
        const std::size_t end = std::min(rows, begin + kBlock);
        for (const std::int32_t root : m_roots) {
            std::size_t r = begin;
            for (; r + kLanes <= end; r += kLanes) {
                std::int32_t n[kLanes];
                for (std::size_t l = 0; l < kLanes; ++l)
                    n[l] = root;
                for (int step = 0; step < m_height; ++step) {
                    for (std::size_t l = 0; l < kLanes; ++l) {
                        const Node &node = nodes[n[l]];
                        n[l] = node.left
                            + (data[(r + l) * featureCount + static_cast<std::size_t>(node.feature)] > node.value);
                    }
                }
                for (std::size_t l = 0; l < kLanes; ++l)
                    out[r + l] += leafPath[n[l]];
            }
            for (; r < end; ++r) {
                std::int32_t n = root;
                const double *row = data + r * featureCount;
                for (int step = 0; step < m_height; ++step)
                    n = nodes[n].left + (row[nodes[n].feature] > nodes[n].value);
                out[r] += leafPath[n];
            }
        }
        for (std::size_t r = begin; r < end; ++r)
            out[r] = std::exp2(out[r] * scale);
    }
    return out;
}

} // namespace wattprint
