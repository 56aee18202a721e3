#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace wattprint {

enum class ParetoDirection { Minimise, Maximise };

// Dominance, after turning every metric into one to minimise: p is dominated when some q is
// at least as good in every metric and strictly better in one. Exact duplicates do not dominate
// each other, so equal frontier points are all members. Empty input gives an empty result;
// NaN or inf, or columns of different lengths, throw AnalysisError.
struct ParetoFrontier
{
    // Frontier rows. 2-D: sorted by x ascending, then y ascending, then row.
    // n-D: sorted by row.
    std::vector<std::size_t> indices;
    std::vector<std::uint8_t> member; // per input row: 1 on the frontier
};

// 2-D frontier in O(n log n) (one sort and one sweep).
ParetoFrontier paretoFrontier2d(std::span<const double> x, std::span<const double> y, bool minimiseX, bool minimiseY);
ParetoFrontier paretoFrontier2d(std::span<const double> x, std::span<const double> y, ParetoDirection xDirection,
                                ParetoDirection yDirection);

// Non-dominated set for any number of metrics (one column each, one direction each).
// A lexicographic sort, then each row is compared only with the frontier found so far:
// O(n log n + n f d) for a frontier of f rows, O(n^2 d) at worst (when every row is on it).
ParetoFrontier paretoNonDominated(std::span<const std::span<const double>> columns,
                                  std::span<const ParetoDirection> directions);

struct ParetoStaircase
{
    std::vector<double> x;
    std::vector<double> y;
};

// The polyline bounding the region the frontier dominates: frontier points joined by
// horizontal and vertical steps (corner (x[i+1], y[i]) when x is minimised, (x[i], y[i+1]) when
// maximised). frontier is paretoFrontier2d(...).indices (sorted by x). Views may extend the
// ends to the plot edges themselves.
ParetoStaircase paretoStaircase(std::span<const double> x, std::span<const double> y,
                                std::span<const std::size_t> frontier, bool minimiseX);

} // namespace wattprint
