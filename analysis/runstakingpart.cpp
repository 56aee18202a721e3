#include "runstakingpart.h"

namespace wattprint {

QString failingRunsKey(FailingRuns failing)
{
    return failing == FailingRuns::Included ? QStringLiteral("included") : QStringLiteral("excluded");
}

std::optional<FailingRuns> failingRunsFromKey(const QString &key)
{
    if (key == QLatin1String("included"))
        return FailingRuns::Included;
    if (key == QLatin1String("excluded"))
        return FailingRuns::Excluded;
    return std::nullopt;
}

std::size_t failingRunCount(const RunColumns &runs)
{
    std::size_t n = 0;
    for (const std::uint16_t q : runs.quality)
        n += q != 0 ? 1 : 0;
    return n;
}

RunsTakingPart::RunsTakingPart(const RunColumns &runs, FailingRuns failing)
    : m_source(&runs)
    , m_failing(failingRunCount(runs))
{
    if (failing == FailingRuns::Included || m_failing == 0)
        return;
    runs.checkConsistent();
    m_leftOut = m_failing;
    const std::size_t passing = runs.rowCount() - m_failing;
    m_subset = std::static_pointer_cast<const RunColumns>(runs.shared(RunColumns::Derived::PassingRuns, [&] {
        std::vector<std::size_t> rows;
        rows.reserve(passing);
        for (std::size_t i = 0; i < runs.rowCount(); ++i) {
            if (runs.quality[i] == 0)
                rows.push_back(i);
        }
        auto subset = std::make_shared<RunColumns>(selectRuns(runs, rows));
        if (runs.isImmutable())
            subset->markImmutable();
        return std::shared_ptr<const void>(std::move(subset));
    }));
}

RunColumns selectRuns(const RunColumns &runs, const std::vector<std::size_t> &rows)
{
    runs.checkConsistent();
    RunColumns out;
    out.datasetNames = runs.datasetNames;
    out.shapeNames = runs.shapeNames;
    out.nodeTypeNames = runs.nodeTypeNames;
    out.batchNames = runs.batchNames;
    out.sourceNames = runs.sourceNames;
    out.projectNames = runs.projectNames;
    out.reserve(rows.size());
    const bool expected = !runs.expectedEnergy.empty();
    const bool sources = !runs.source.empty(), projects = !runs.project.empty();
    const bool parts = runs.hasParts();
    if (expected)
        out.expectedEnergy.reserve(rows.size());
    if (parts) {
        out.cpuEnergy.reserve(rows.size());
        out.gpuEnergy.reserve(rows.size());
        out.ramEnergy.reserve(rows.size());
    }
    for (const std::size_t i : rows) {
        out.id.push_back(runs.id[i]);
        out.dataset.push_back(runs.dataset[i]);
        out.shape.push_back(runs.shape[i]);
        out.nodeType.push_back(runs.nodeType[i]);
        out.batch.push_back(runs.batch[i]);
        out.size.push_back(runs.size[i]);
        out.depth.push_back(runs.depth[i]);
        out.isGpu.push_back(runs.isGpu[i]);
        out.slurmJobId.push_back(runs.slurmJobId[i]);
        out.startNs.push_back(runs.startNs[i]);
        out.energy.push_back(runs.energy[i]);
        out.runTime.push_back(runs.runTime[i]);
        out.power.push_back(runs.power[i]);
        out.nonOverheadEnergy.push_back(runs.nonOverheadEnergy[i]);
        out.energyOverhead.push_back(runs.energyOverhead[i]);
        out.energyPerEpoch.push_back(runs.energyPerEpoch[i]);
        out.energyPerDatum.push_back(runs.energyPerDatum[i]);
        out.quality.push_back(runs.quality[i]);
        if (expected)
            out.expectedEnergy.push_back(runs.expectedEnergy[i]);
        if (sources)
            out.source.push_back(runs.source[i]);
        if (projects)
            out.project.push_back(runs.project[i]);
        if (parts) {
            out.cpuEnergy.push_back(runs.cpuEnergy[i]);
            out.gpuEnergy.push_back(runs.gpuEnergy[i]);
            out.ramEnergy.push_back(runs.ramEnergy[i]);
        }
    }
    return out;
}

} // namespace wattprint
