#pragma once

#include "architecture.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace wattprint {

enum class Device { Cpu, Gpu };

QString deviceName(Device device); // "cpu" / "gpu"
// Accepts cpu/gpu in any case; throws AnalysisError otherwise.
Device deviceFromName(QStringView name);

// One level of an Eagle node's memory hierarchy, as NREL modelled it (common.py of the
// BUTTER-E notebooks): each level has `units` copies of `bytesPerUnit`.
struct CacheLevel
{
    int level = 0; // 1-based
    QString name;  // "L1", "L2", "L3", "RAM", "HBM"
    double bytesPerUnit = 0;
    int units = 0;
};

// CPU: L1 32 KiB x 36 cores, L2 1 MiB x 36, L3 24.75 MiB x 2 sockets, RAM 96 GiB x 1.
// GPU: L1 112 KiB x 168 SMs (84 per V100 x 2), L2 6 MiB x 2, HBM 16 GiB x 2.
std::span<const CacheLevel> cacheHierarchy(Device device);

// Per-run energy overhead fitted by NREL (J): CPU 14,028.665573, GPU 271,560.240048.
double energyOverheadJoules(Device device);

inline constexpr int kButterEpochs = 3000;
inline constexpr std::int64_t kButterBatchSize = 256;
inline constexpr double kBytesPerFloat = 4.0;

// What the model needs to know about one trained configuration.
struct NetworkConfig
{
    std::vector<std::int64_t> widths; // layer widths, output layer last
    std::int64_t inputs = 0;          // input width used for FLOPs and working sets
    std::int64_t params = 0;          // free parameters (fwd/bwd working sets, reduce ops)
    std::int64_t observations = 0;    // whole dataset; 80 % trains, 20 % tests
    std::int64_t batchSize = kButterBatchSize;
    // Label floats per datum in dataset_bytes. NREL counts 1 unless the task is classification
    // with more than 2 classes (then the class count); see DatasetInfo::labelValuesPerDatum().
    std::int64_t labelValuesPerDatum = 1;

    std::vector<std::int64_t> fullWidths() const; // [inputs] + widths
    // Throws AnalysisError with a clear message if anything is missing or non-positive.
    void validate() const;
};

struct OperationCounts
{
    std::int64_t trainBatches = 0;         // ceil(0.8 * n / batch)
    std::int64_t testBatches = 0;          // ceil(0.2 * n / batch)
    std::int64_t fwdOperations = 0;        // batch * sum(next*this + next)
    std::int64_t bwdLayerOperations = 0;   // sum(2*next + this*next + (0 if first else this*next))
    std::int64_t bwdReduceOperations = 0;  // params * (1 + batch)
    std::int64_t bwdOperations = 0;        // bwdLayer * batch + bwdReduce
    std::int64_t flopsPerEpoch = 0;        // train*(fwd+bwd) + test*fwd
    std::int64_t trainingDataPerEpoch = 0; // trainBatches * batch
    double flopsPerTrainingDatum = 0;      // flopsPerEpoch / trainingDataPerEpoch
};

OperationCounts countOperations(const NetworkConfig &config);

// Where one working set landed (NREL's compute_effective_working_set_size).
struct Placement
{
    int cacheLevel = 0;      // 1-based level of cacheHierarchy()
    double cachedSize = 0;   // bytes per unit: replicated + distributed / units
    double occupiedSize = 0; // per-unit bytes occupied up to and including this set
    double singularSize = 0; // replicated + distributed (one copy)
    double singularOccupiedSize = 0;
    double effectiveSize = 0; // per-unit bytes in use counting the higher-priority sets
};

struct WorkingSet
{
    double replicated = 0;  // bytes every core/SM needs a copy of
    double distributed = 0; // bytes spread over the cores/SMs
    Placement placement;
};

struct WorkingSets
{
    Device device = Device::Cpu;
    std::vector<WorkingSet> interLayer; // per layer: 4*batch*(w_in + w_out), distributed
    Placement interLayerMax;            // field-wise max over layers, truncated to integers
    double interLayerMaxDistributed = 0;
    WorkingSet forward;                // 4*params replicated
    WorkingSet backward;               // 8*params replicated + 4*batch*nodes - max inter-layer
    WorkingSet dataset;                // dataset_bytes distributed
    std::int64_t bytesPerDatum = 0;    // 4*(inputs + label values)
    std::int64_t datasetBytes = 0;     // observations * bytesPerDatum
    double epochHigherDistributed = 0; // backward + max inter-layer distributed
    // Per level: summed cached sizes of the inter-layer sets placed there, truncated to an
    // integer after each addition as NREL's uint64 accumulator did (its *_cache_level_k_size).
    std::vector<double> interLayerLevelBytes;
    std::vector<int> interLayerLevelCounts; // layers placed at each level
};

// Greedy placement of the four working sets into the device's hierarchy, exactly as
// NREL's 3_standardize.ipynb does. Throws AnalysisError if a set does not fit at all.
WorkingSets placeWorkingSets(const NetworkConfig &config, Device device);

// The "bytes held in each cache level" used as regressors of the energy fit: for every level,
// the per-unit bytes (cached sizes) of the inter-layer sets, forward, backward and dataset sets
// that were placed at that level. One entry per level of cacheHierarchy(device).
std::vector<double> cacheLevelBytes(const WorkingSets &sets);

// Everything `wattprint derive` reports for one configuration.
struct Derivation
{
    QString dataset;                          // empty when derived from explicit widths
    std::optional<Architecture> architecture; // present when widths came from the width search
    NetworkConfig config;
    QString paramsSource; // "search", "counted" or "given"
    OperationCounts operations;
    WorkingSets cpu;
    WorkingSets gpu;

    const WorkingSets &workingSets(Device device) const { return device == Device::Gpu ? gpu : cpu; }
};

// Widths from BUTTER's search on the dataset's real network shape; FLOPs and working sets
// with NREL's full_widths = [PMLB n_features] + widths (see DatasetInfo). batch defaults to 256.
Derivation deriveFromDataset(QStringView dataset, Shape shape, int depth, std::int64_t size,
                             std::int64_t batchSize = kButterBatchSize);
// Explicit widths. If config.params is 0 it is counted from inputs and widths.
Derivation deriveFromWidths(NetworkConfig config);

// JSON for `wattprint derive`. With a device, only that device's working sets; without, both
// under "working_sets": {"cpu": ..., "gpu": ...}. Key names are documented in the .cpp.
QJsonObject deriveJson(const Derivation &derivation, std::optional<Device> device = std::nullopt);

} // namespace wattprint
