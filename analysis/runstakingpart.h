#pragma once

#include "runcolumns.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace wattprint {

// Whether runs that fail a quality rule (runquality.h) take part in what compares runs with each
// other: rankings, fitted models, Pareto frontiers and anomaly baselines. They are always shown
// and counted; by default they do not decide where the others stand (docs/data.md, "Quality of a
// run").
enum class FailingRuns : std::uint8_t {
    Excluded,
    Included,
};

// "excluded" / "included", for saved settings and the command line.
QString failingRunsKey(FailingRuns failing);
std::optional<FailingRuns> failingRunsFromKey(const QString &key);

// Runs of `runs` failing at least one quality rule.
std::size_t failingRunCount(const RunColumns &runs);

// The runs that take part: the columns themselves when every run does (no copy), else a copy
// without the failing rows. The source must outlive this object.
class RunsTakingPart
{
public:
    RunsTakingPart(const RunColumns &runs, FailingRuns failing);

    const RunColumns &runs() const { return m_subset ? *m_subset : *m_source; }
    // Runs of the source left out (0 when failing runs are included).
    std::size_t leftOut() const { return m_leftOut; }
    // Runs of the source that fail a rule, whether left out or not.
    std::size_t failing() const { return m_failing; }

private:
    const RunColumns *m_source;
    std::shared_ptr<const RunColumns> m_subset; // shared by every analysis of immutable columns
    std::size_t m_leftOut = 0;
    std::size_t m_failing = 0;
};

// The rows of `runs` at `rows` (ascending or not), name lists shared.
RunColumns selectRuns(const RunColumns &runs, const std::vector<std::size_t> &rows);

} // namespace wattprint
