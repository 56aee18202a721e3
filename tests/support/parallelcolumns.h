#pragma once

// Hand-made runs for the parallel-coordinates tests (tests/analysis/tst_parallelanalysis.cpp and
// tests/views/tst_parallelview.cpp).
#include <runcolumns.h>

#include <cstdint>
#include <vector>

namespace wattprint::testsupport::parallelcoordinates {

struct HandRun
{
    bool gpu;
    std::int64_t size;
    double runTime;
    double power;
};

inline RunColumns handColumns(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("mnist")};
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu"), QStringLiteral("energy_1")};
    for (const HandRun &r : runs) {
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(0);
        c.shape.push_back(0);
        c.nodeType.push_back(r.gpu ? 1 : 0);
        c.batch.push_back(r.gpu ? 1 : 0);
        c.size.push_back(r.size);
        c.depth.push_back(3);
        c.isGpu.push_back(r.gpu ? 1 : 0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(r.runTime * r.power);
        c.runTime.push_back(r.runTime);
        c.power.push_back(r.power);
        c.nonOverheadEnergy.push_back(r.runTime * r.power * 0.9);
        c.energyOverhead.push_back(r.runTime * r.power * 0.1);
        c.energyPerEpoch.push_back(r.runTime * r.power * 0.9 / 3000);
        c.energyPerDatum.push_back(r.runTime * r.power * 0.9 / 3e6);
        c.quality.push_back(0);
    }
    return c;
}

} // namespace wattprint::testsupport::parallelcoordinates
