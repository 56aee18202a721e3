#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace wattprint {

struct IsolationForestOptions
{
    int treeCount = 100;  // t in the paper
    int sampleSize = 256; // psi; the forest uses min(sampleSize, rows)
};

// Isolation Forest (Liu, Ting and Zhou, ICDM 2008).
// Each tree is grown on a sub-sample drawn without replacement, down to the height limit
// ceil(log2(psi)); a node picks one of its non-constant features at random and splits at a
// uniform value in [min, max) of that feature (x <= split goes left). The anomaly score is
// s(x, psi) = 2^(-E(h(x)) / c(psi)), in (0, 1): near 1 isolates quickly (anomalous), about 0.5
// or less is ordinary. Same data, options and seed give bit-identical trees on every platform
// (std::mt19937_64 with our own uniform draws, not the library's distributions).
class IsolationForest
{
public:
    explicit IsolationForest(IsolationForestOptions options = {});

    // Features as columns (one span per feature, all the same length) or as a row-major matrix.
    // Throws AnalysisError on fewer than two rows, no features, mismatched lengths, NaN or inf.
    void fit(std::span<const std::span<const double>> columns, std::uint64_t seed);
    void fit(std::span<const double> rowMajor, std::size_t featureCount, std::uint64_t seed);

    // Anomaly score per row, s in (0, 1). Throws if not fitted or the feature count differs.
    std::vector<double> score(std::span<const std::span<const double>> columns) const;
    std::vector<double> score(std::span<const double> rowMajor, std::size_t featureCount) const;
    double scoreRow(std::span<const double> row) const;
    // Mean path length E(h(x)) over the trees, including the c(size) leaf correction.
    double meanPathLength(std::span<const double> row) const;

    bool isFitted() const { return !m_roots.empty(); }
    std::size_t featureCount() const { return m_featureCount; }
    std::size_t sampleSize() const { return m_psi; } // the psi actually used
    std::size_t nodeCount() const { return m_nodes.size(); }

    // c(n): average path length of an unsuccessful search in a binary search tree of n points,
    // 2 H(n-1) - 2 (n-1) / n with H(i) = ln(i) + 0.5772156649. c(0) = c(1) = 0 and c(2) = 1 exactly
    // (the harmonic approximation is poor at i = 1; sklearn makes the same choice).
    static double averagePathLength(double n);

private:
    // Flat node array: a split node's children are at left and left + 1 (x > value goes right).
    // A leaf has value +inf and left = itself, so every walk is exactly m_height branch-free
    // steps; its path length depth + c(size) is in m_leafPath.
    struct Node
    {
        double value;
        std::int32_t feature;
        std::int32_t left;
    };

    void fitRowMajor(const double *data, std::size_t rows, std::size_t features, std::uint64_t seed);
    double pathLengthSum(const double *row) const;

    IsolationForestOptions m_options;
    std::size_t m_featureCount = 0;
    std::size_t m_psi = 0;
    double m_cPsi = 0.0;
    int m_height = 0;
    std::vector<Node> m_nodes;
    std::vector<double> m_leafPath; // per node; 0 for split nodes
    std::vector<std::int32_t> m_roots;
};

} // namespace wattprint
