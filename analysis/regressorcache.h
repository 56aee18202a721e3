#pragma once

#include "cachespill.h"
#include "energyfit.h"
#include "runcolumns.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace wattprint {

// What the energy model derives from one network (dataset, shape, depth, size): the regressors of
// the fit on each device, the working-set bytes the cache-spill view plots, and the training data
// per epoch that turns energy per datum into energy per run. Derivation runs BUTTER's width search,
// so results are cached for the process, shared by every caller and thread.
struct ConfigurationRegressors
{
    bool ok = false;               // false: dataset or shape unknown to the model, or no derivation
    std::array<double, 4> bytes{}; // per WorkingSetKind, one copy
    EnergyFitRow cpuRow, gpuRow;   // regressors (energyPerDatum left 0)
    std::int64_t trainingDataPerEpoch = 0;

    const EnergyFitRow &row(bool gpu) const { return gpu ? gpuRow : cpuRow; }
};

std::shared_ptr<const ConfigurationRegressors> configurationRegressors(const QString &dataset, const QString &shape,
                                                                       int depth, std::int64_t size);

// The regressors of every configuration of sharedConfigurations(runs), in its order: looked up
// once per snapshot (RunColumns::markImmutable) for all the analyses that fit or plot them.
using ConfigurationRegressorList = std::vector<std::shared_ptr<const ConfigurationRegressors>>;
std::shared_ptr<const ConfigurationRegressorList> sharedConfigurationRegressors(const RunColumns &runs);

} // namespace wattprint
