#pragma once

// Hand-made runs for the leaderboard tests (tests/analysis/tst_leaderboardanalysis.cpp and
// tests/views/tst_leaderboardview.cpp).
#include <runcolumns.h>

#include <vector>

namespace wattprint::testsupport::leaderboard {

struct HandRun
{
    const char *dataset;
    const char *shape;
    qint64 size;
    bool gpu;
    double epd;
};

inline RunColumns handColumns(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    for (const HandRun &r : runs) {
        const QString dataset = QString::fromLatin1(r.dataset);
        const QString shape = QString::fromLatin1(r.shape);
        if (!c.datasetNames.contains(dataset))
            c.datasetNames << dataset;
        if (!c.shapeNames.contains(shape))
            c.shapeNames << shape;
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(std::int32_t(c.datasetNames.indexOf(dataset)));
        c.shape.push_back(std::int32_t(c.shapeNames.indexOf(shape)));
        c.nodeType.push_back(r.gpu ? 1 : 0);
        c.batch.push_back(0);
        c.size.push_back(r.size);
        c.depth.push_back(3);
        c.isGpu.push_back(r.gpu ? 1 : 0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(r.epd * 1e6);
        c.runTime.push_back(100);
        c.power.push_back(r.epd * 1e4);
        c.nonOverheadEnergy.push_back(r.epd * 1e6);
        c.energyOverhead.push_back(0);
        c.energyPerEpoch.push_back(r.epd * 1e3);
        c.energyPerDatum.push_back(r.epd);
        c.quality.push_back(0);
    }
    return c;
}

} // namespace wattprint::testsupport::leaderboard
