#include "leaderboardanalysis.h"

#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

namespace wattprint {

LeaderboardResult computeLeaderboard(const RunColumns &allRuns, RunMetric metric, int minRuns, FailingRuns failing,
                                     const std::function<bool()> &cancelled)
{
    const RunsTakingPart part(allRuns, failing);
    const RunColumns &runs = part.runs();
    LeaderboardResult r;
    r.totalRuns = allRuns.rowCount();
    r.failingRuns = part.failing();
    r.leftOutFailing = part.leftOut();
    r.minRuns = std::size_t(std::max(minRuns, 1));
    const std::shared_ptr<const ConfigurationTable> sharedTable = sharedConfigurations(runs);
    const ConfigurationTable &table = *sharedTable;
    if (cancelled && cancelled())
        return r;
    const std::vector<LeaderboardEntry> board = leaderboard(table, metric, r.minRuns);
    r.runs = ConfigurationRuns::build(table, runs);
    const std::size_t m = table.configurations.size();

    // Leaderboard order, with each dataset's unranked configurations closing its block.
    constexpr std::size_t None = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> position(m, None);
    std::vector<const LeaderboardEntry *> entryOf(m, nullptr);
    for (std::size_t k = 0; k < board.size(); ++k) {
        position[board[k].configuration] = k;
        entryOf[board[k].configuration] = &board[k];
    }
    std::vector<std::size_t> datasetOrdinal(m, 0); // the table is sorted by dataset name
    for (std::size_t i = 1; i < m; ++i) {
        const bool same = table.configurations[i].dataset == table.configurations[i - 1].dataset
            && table.configurations[i].datasetName == table.configurations[i - 1].datasetName;
        datasetOrdinal[i] = datasetOrdinal[i - 1] + (same ? 0 : 1);
    }
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (datasetOrdinal[a] != datasetOrdinal[b])
            return datasetOrdinal[a] < datasetOrdinal[b];
        if (position[a] != position[b])
            return position[a] < position[b];
        return a < b;
    });
    // Each configuration's finite values of the metric, grouped by a counting sort of the rows.
    const std::vector<double> &column = runMetricColumn(runs, metric);
    std::vector<std::size_t> start(m + 1, 0);
    for (const std::int32_t c : table.rowConfiguration) {
        if (c >= 0) // runs without a configuration (another source) rank nowhere
            ++start[std::size_t(c) + 1];
    }
    for (std::size_t c = 0; c < m; ++c)
        start[c + 1] += start[c];
    std::vector<double> values(runs.rowCount());
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (std::size_t row = 0; row < table.rowConfiguration.size(); ++row) {
        if (table.rowConfiguration[row] >= 0)
            values[fill[std::size_t(table.rowConfiguration[row])]++] = column[row];
    }

    r.rows.reserve(m);
    double bestValue = std::numeric_limits<double>::infinity();
    std::vector<double> finite;
    for (const std::size_t c : order) {
        LeaderboardResult::Row row;
        row.configuration = c;
        finite.clear();
        for (std::size_t k = start[c]; k < start[c + 1]; ++k) {
            if (std::isfinite(values[k]))
                finite.push_back(values[k]);
        }
        if (finite.empty()) {
            row.intervalLow = row.intervalHigh = row.intervalCoverage = std::numeric_limits<double>::quiet_NaN();
        } else {
            const stats::MedianInterval interval = stats::medianInterval(finite);
            row.intervalLow = interval.low;
            row.intervalHigh = interval.high;
            row.intervalCoverage = interval.coverage;
        }
        if (const LeaderboardEntry *e = entryOf[c]) {
            row.rank = e->rank;
            row.band = e->band;
            row.rankedInDataset = e->rankedInDataset;
            if (e->value < bestValue) {
                bestValue = e->value;
                r.best = r.rows.size();
            }
        } else {
            ++r.unranked;
            if (std::isfinite(table.configurations[c].median(metric)))
                ++r.tooFewRuns;
        }
        r.rows.push_back(row);
    }
    r.configurations = table.configurations;
    return r;
}

} // namespace wattprint
