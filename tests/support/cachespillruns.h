#pragma once

// Hand-made runs for the cache-spill tests, shared by the analysis test (the numbers) and the
// view test (the findings).
#include <architecture.h>
#include <runcolumns.h>

#include <cstdint>
#include <functional>

namespace wattprint::testsupport {

// Runs of one dataset/shape/depth: `perSize` runs at each size 2^k (k in [k0, k1]) on each device,
// energy per datum from `cpu(k)` / `gpu(k)`.
inline RunColumns cacheSpillRuns(int k0, int k1, int perSize, const std::function<double(qint64 params)> &cpu,
                                 const std::function<double(qint64 params)> &gpu)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    const DatasetInfo &info = datasetByName(u"529_pollen");
    for (int k = k0; k <= k1; ++k) {
        const qint64 size = qint64(1) << k;
        const qint64 params
            = searchArchitecture(Shape::Rectangle, info.networkInputs, info.networkOutputs, 3, size).params;
        for (int device = 0; device < 2; ++device) {
            const auto &f = device ? gpu : cpu;
            if (!f)
                continue;
            for (int i = 0; i < perSize; ++i) {
                c.id.push_back(std::int64_t(c.id.size() + 1));
                c.dataset.push_back(0);
                c.shape.push_back(0);
                c.nodeType.push_back(device);
                c.batch.push_back(0);
                c.size.push_back(size);
                c.depth.push_back(3);
                c.isGpu.push_back(std::uint8_t(device));
                c.slurmJobId.push_back(1);
                c.startNs.push_back(0);
                const double e = f(params) * (1 + 0.01 * (i - perSize / 2));
                c.energy.push_back(1e5);
                c.runTime.push_back(100);
                c.power.push_back(1000);
                c.nonOverheadEnergy.push_back(8e4);
                c.energyOverhead.push_back(2e4);
                c.energyPerEpoch.push_back(8e4 / 3000);
                c.energyPerDatum.push_back(e);
                c.quality.push_back(0);
            }
        }
    }
    return c;
}

} // namespace wattprint::testsupport
