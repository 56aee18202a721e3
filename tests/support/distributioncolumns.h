#pragma once

// Hand-made runs for the distribution tests (tests/analysis/tst_distributionanalysis.cpp and
// tests/views/tst_distributionview.cpp).
#include <runcolumns.h>

#include <vector>

namespace wattprint::testsupport::distribution {

// One configuration; `cpu` and `gpu` are the runs' energies, the other metrics follow from them.
inline RunColumns handColumns(const std::vector<double> &cpu, const std::vector<double> &gpu)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_1")};
    auto add = [&c](double e, bool isGpu) {
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(0);
        c.shape.push_back(0);
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(256);
        c.depth.push_back(3);
        c.isGpu.push_back(isGpu ? 1 : 0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(e);
        c.runTime.push_back(e / 100);
        c.power.push_back(100);
        c.nonOverheadEnergy.push_back(e * 0.9);
        c.energyOverhead.push_back(e * 0.1);
        c.energyPerEpoch.push_back(e / 3000);
        c.energyPerDatum.push_back(e / 1e6);
        c.quality.push_back(0);
    };
    for (double e : cpu)
        add(e, false);
    for (double e : gpu)
        add(e, true);
    return c;
}

} // namespace wattprint::testsupport::distribution
