#pragma once

// Hand-made runs for the radar tests (tests/analysis/tst_radaranalysis.cpp and
// tests/views/tst_radarview.cpp).
#include <runcolumns.h>

#include <vector>

namespace wattprint::testsupport::radar {

struct HandShape
{
    const char *name;
    double energy, runTime, power, epd, variability, overheadShare;
};

// Two runs per shape in one configuration: energies E(1 - V) and E(1 + V), so the median is E and
// (Q3 - Q1) / median is V (type-7: Q1 = E(1 - V/2), Q3 = E(1 + V/2)).
inline RunColumns handColumns(const std::vector<HandShape> &shapes)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    for (const HandShape &s : shapes) {
        c.shapeNames << QString::fromLatin1(s.name);
        for (int k : {-1, 1}) {
            const double e = s.energy * (1 + k * s.variability);
            c.id.push_back(std::int64_t(c.id.size() + 1));
            c.dataset.push_back(0);
            c.shape.push_back(std::int32_t(c.shapeNames.size() - 1));
            c.nodeType.push_back(0);
            c.batch.push_back(0);
            c.size.push_back(256);
            c.depth.push_back(3);
            c.isGpu.push_back(0);
            c.slurmJobId.push_back(1);
            c.startNs.push_back(0);
            c.energy.push_back(e);
            c.runTime.push_back(s.runTime);
            c.power.push_back(s.power);
            c.nonOverheadEnergy.push_back(e * (1 - s.overheadShare));
            c.energyOverhead.push_back(e * s.overheadShare);
            c.energyPerEpoch.push_back(e / 3000);
            c.energyPerDatum.push_back(s.epd);
            c.quality.push_back(0);
        }
    }
    return c;
}

inline const std::vector<HandShape> KnownShapes = {
    {"rectangle", 100, 10, 10, 1, 0.1, 0.1},
    {"trapezoid", 300, 5, 60, 3, 0.3, 0.3},
    {"exponential", 200, 20, 10, 2, 0.2, 0.2},
};

} // namespace wattprint::testsupport::radar
