#pragma once

// Hand-made runs for the Pareto tests (tests/analysis/tst_paretoanalysis.cpp and
// tests/views/tst_paretoview.cpp).
#include <runcolumns.h>

#include <vector>

namespace wattprint::testsupport::pareto {

struct HandRun
{
    const char *shape;
    bool gpu;
    double runTime;
    double energy;
    qint64 size = 256;
};

inline RunColumns handColumns(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("adult")};
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    for (const HandRun &r : runs) {
        const QString shape = QString::fromLatin1(r.shape);
        if (!c.shapeNames.contains(shape))
            c.shapeNames << shape;
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(0);
        c.shape.push_back(std::int32_t(c.shapeNames.indexOf(shape)));
        c.nodeType.push_back(r.gpu ? 1 : 0);
        c.batch.push_back(0);
        c.size.push_back(r.size);
        c.depth.push_back(3);
        c.isGpu.push_back(r.gpu ? 1 : 0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(r.energy);
        c.runTime.push_back(r.runTime);
        c.power.push_back(r.energy / r.runTime);
        c.nonOverheadEnergy.push_back(r.energy / 2);
        c.energyOverhead.push_back(r.energy / 2);
        c.energyPerEpoch.push_back(r.energy / 6000);
        c.energyPerDatum.push_back(r.energy / 1e7);
        c.quality.push_back(0);
    }
    return c;
}

} // namespace wattprint::testsupport::pareto
