#include "runcolumns.h"

#include "analysiserror.h"

namespace wattprint {

void RunColumns::reserve(std::size_t n)
{
    id.reserve(n);
    dataset.reserve(n);
    shape.reserve(n);
    nodeType.reserve(n);
    batch.reserve(n);
    source.reserve(n);
    project.reserve(n);
    size.reserve(n);
    depth.reserve(n);
    isGpu.reserve(n);
    slurmJobId.reserve(n);
    startNs.reserve(n);
    energy.reserve(n);
    runTime.reserve(n);
    power.reserve(n);
    nonOverheadEnergy.reserve(n);
    energyOverhead.reserve(n);
    energyPerEpoch.reserve(n);
    energyPerDatum.reserve(n);
    quality.reserve(n);
}

std::size_t RunColumns::configuredCount() const
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < rowCount(); ++i)
        n += hasConfiguration(i) ? 1 : 0;
    return n;
}

void RunColumns::checkConsistent() const
{
    const std::size_t n = id.size();
    const std::size_t sizes[] = {
        dataset.size(),        shape.size(),  nodeType.size(),          batch.size(),          size.size(),
        depth.size(),          isGpu.size(),  slurmJobId.size(),        startNs.size(),        energy.size(),
        runTime.size(),        power.size(),  nonOverheadEnergy.size(), energyOverhead.size(), energyPerEpoch.size(),
        energyPerDatum.size(), quality.size()};
    for (std::size_t s : sizes) {
        if (s != n)
            throw AnalysisError("run columns have different lengths");
    }
    if ((!expectedEnergy.empty() && expectedEnergy.size() != n) || (!source.empty() && source.size() != n)
        || (!project.empty() && project.size() != n))
        throw AnalysisError("run columns have different lengths");
    if (!cpuEnergy.empty() && (cpuEnergy.size() != n || gpuEnergy.size() != n || ramEnergy.size() != n))
        throw AnalysisError("run columns have different lengths");
}

} // namespace wattprint
