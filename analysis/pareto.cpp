#include "pareto.h"

#include "analysiserror.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <utility>

namespace wattprint {

namespace {

void requireFinite(std::span<const double> v, std::size_t metric)
{
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!std::isfinite(v[i]))
            throw AnalysisError("Pareto frontier needs finite numbers; metric " + std::to_string(metric) + " has "
                                + (std::isnan(v[i]) ? std::string("NaN") : std::string("an infinite value"))
                                + " in row " + std::to_string(i + 1) + ".");
    }
}

} // namespace

ParetoFrontier paretoFrontier2d(std::span<const double> x, std::span<const double> y, bool minimiseX, bool minimiseY)
{
    if (x.size() != y.size())
        throw AnalysisError("Pareto frontier metrics have different lengths (" + std::to_string(x.size()) + " and "
                            + std::to_string(y.size()) + ").");
    requireFinite(x, 1);
    requireFinite(y, 2);
    const std::size_t n = x.size();
    ParetoFrontier result;
    result.member.assign(n, 0);
    if (n == 0)
        return result;

    // Work in "minimise both" terms.
    const double sx = minimiseX ? 1.0 : -1.0;
    const double sy = minimiseY ? 1.0 : -1.0;
    // The keys sorted side by side (a million rows sort several times faster than through an
    // index array that looks the values up).
    struct Key
    {
        double x, y;
        std::size_t row;
        bool operator<(const Key &o) const
        {
            if (x != o.x)
                return x < o.x;
            if (y != o.y)
                return y < o.y;
            return row < o.row;
        }
    };
    std::vector<Key> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = {sx * x[i], sy * y[i], i};
    std::sort(order.begin(), order.end());

    // Sweep runs of equal x. Within a run only the smallest y can survive; it survives when no
    // row with a strictly smaller x has a y at least as small.
    double bestY = 0.0;
    bool haveBest = false;
    for (std::size_t i = 0; i < n;) {
        const double runX = order[i].x;
        const double runY = order[i].y;
        std::size_t j = i;
        while (j < n && order[j].x == runX)
            ++j;
        if (!haveBest || runY < bestY) {
            for (std::size_t k = i; k < j && order[k].y == runY; ++k)
                result.member[order[k].row] = 1;
            bestY = runY;
            haveBest = true;
        }
        i = j;
    }

    for (std::size_t i = 0; i < n; ++i) {
        if (result.member[i])
            result.indices.push_back(i);
    }
    std::sort(result.indices.begin(), result.indices.end(), [&](std::size_t a, std::size_t b) {
        if (x[a] != x[b])
            return x[a] < x[b];
        if (y[a] != y[b])
            return y[a] < y[b];
        return a < b;
    });
    return result;
}

ParetoFrontier paretoFrontier2d(std::span<const double> x, std::span<const double> y, ParetoDirection xDirection,
                                ParetoDirection yDirection)
{
    return paretoFrontier2d(x, y, xDirection == ParetoDirection::Minimise, yDirection == ParetoDirection::Minimise);
}

ParetoFrontier paretoNonDominated(std::span<const std::span<const double>> columns,
                                  std::span<const ParetoDirection> directions)
{
    if (columns.empty())
        throw AnalysisError("Pareto frontier needs at least one metric.");
    if (directions.size() != columns.size())
        throw AnalysisError("Pareto frontier has " + std::to_string(columns.size()) + " metrics but "
                            + std::to_string(directions.size()) + " directions.");
    const std::size_t n = columns.front().size();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].size() != n)
            throw AnalysisError("Pareto frontier metrics have different lengths (metric 1 has " + std::to_string(n)
                                + " rows, metric " + std::to_string(c + 1) + " has " + std::to_string(columns[c].size())
                                + ").");
        requireFinite(columns[c], c + 1);
    }
    const std::size_t d = columns.size();
    ParetoFrontier result;
    result.member.assign(n, 0);
    if (n == 0)
        return result;

    // Row-major, every metric turned into one to minimise.
    std::vector<double> v(n * d);
    for (std::size_t c = 0; c < d; ++c) {
        const double s = directions[c] == ParetoDirection::Minimise ? 1.0 : -1.0;
        for (std::size_t i = 0; i < n; ++i)
            v[i * d + c] = s * columns[c][i];
    }
    const auto row = [&](std::size_t i) { return v.data() + i * d; };

    // After a lexicographic sort a dominator always comes before the rows it dominates, and a
    // dominated dominator is itself dominated by an earlier frontier row; so comparing each row
    // with the frontier so far is enough.
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double *ra = row(a), *rb = row(b);
        for (std::size_t c = 0; c < d; ++c) {
            if (ra[c] != rb[c])
                return ra[c] < rb[c];
        }
        return a < b;
    });

    std::vector<std::size_t> front;
    for (const std::size_t p : order) {
        const double *rp = row(p);
        bool dominated = false;
        for (const std::size_t q : front) {
            const double *rq = row(q);
            bool noWorse = true, better = false;
            for (std::size_t c = 0; c < d; ++c) {
                if (rq[c] > rp[c]) {
                    noWorse = false;
                    break;
                }
                if (rq[c] < rp[c])
                    better = true;
            }
            if (noWorse && better) {
                dominated = true;
                break;
            }
        }
        if (!dominated) {
            front.push_back(p);
            result.member[p] = 1;
        }
    }
    std::sort(front.begin(), front.end());
    result.indices = std::move(front);
    return result;
}

ParetoStaircase paretoStaircase(std::span<const double> x, std::span<const double> y,
                                std::span<const std::size_t> frontier, bool minimiseX)
{
    if (x.size() != y.size())
        throw AnalysisError("Pareto staircase metrics have different lengths.");
    ParetoStaircase s;
    if (frontier.empty())
        return s;
    s.x.reserve(2 * frontier.size() - 1);
    s.y.reserve(2 * frontier.size() - 1);
    for (std::size_t k = 0; k < frontier.size(); ++k) {
        const std::size_t i = frontier[k];
        if (i >= x.size())
            throw AnalysisError("Pareto staircase: frontier row " + std::to_string(i + 1) + " is out of range.");
        if (k > 0) {
            const std::size_t prev = frontier[k - 1];
            s.x.push_back(minimiseX ? x[i] : x[prev]);
            s.y.push_back(minimiseX ? y[prev] : y[i]);
        }
        s.x.push_back(x[i]);
        s.y.push_back(y[i]);
    }
    return s;
}

} // namespace wattprint
