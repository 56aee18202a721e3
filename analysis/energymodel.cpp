#include "energymodel.h"

#include "analysiserror.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

// The rules below reproduce NREL's BUTTER-E analysis (3_standardize.ipynb of
// NREL/BUTTER-E-Empirical-analysis-of-energy-trends-in-neural-networks-supplementary-code),
// checked against its published derived record for 201_pol / rectangle / depth 2 / size 128 / CPU
// and the 529_pollen depth-3 CPU and GPU rows (tests/analysis/tst_energymodel.cpp).
//
// Greedy placement of one working set (replicated bytes R every unit needs, distributed bytes D
// spread over the units), given what higher-priority sets already occupy per unit (P), their
// one-copy total (S) and their effective size (E):
//   walk the levels L1, L2, ... keeping the cumulative per-unit capacity C (sum of bytesPerUnit so
//   far) and the cumulative whole-machine capacity T (sum of units * bytesPerUnit);
//   skip a level if C <= P (it is already full);
//   cached = R + D / units(level); occupied = P + cached; effective = E + cached;
//   if occupied <= C the set lives at this level: report (level, cached, occupied, R + D,
//   S + R + D, effective); otherwise it spills: P = C, S = T, and try the next level.
// Priorities (NREL's order): inter-layer activations per layer (nothing ahead of them), then the
// forward set and the backward set (each behind the largest inter-layer set), then the dataset
// (behind the backward set). NREL stores the forward, backward and dataset results and the
// field-wise maximum of the inter-layer results as int64, i.e. truncated; the later sets start
// from those truncated numbers, so we truncate at the same places to reproduce its columns.

namespace wattprint {

namespace {

const std::array<CacheLevel, 4> &cpuLevels()
{
    static const std::array<CacheLevel, 4> levels = {{
        {1, u"L1"_s, 32.0 * 1024, 36},
        {2, u"L2"_s, 1024.0 * 1024, 36},
        {3, u"L3"_s, 24.75 * 1024 * 1024, 2},
        {4, u"RAM"_s, 96.0 * 1024 * 1024 * 1024, 1},
    }};
    return levels;
}

const std::array<CacheLevel, 3> &gpuLevels()
{
    static const std::array<CacheLevel, 3> levels = {{
        {1, u"L1"_s, (128.0 - 16.0) * 1024, 168},
        {2, u"L2"_s, 6144.0 * 1024, 2},
        {3, u"HBM"_s, 16.0 * 1024 * 1024 * 1024, 2},
    }};
    return levels;
}

std::int64_t checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        throw AnalysisError("the network is too large to count its operations");
    return r;
}

std::int64_t checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw AnalysisError("the network is too large to count its operations");
    return r;
}

Placement place(Device device, const QString &setName, double previousOccupied, double previousSingularOccupied,
                double previousEffective, double replicated, double distributed)
{
    double capacity = 0;
    double totalCapacity = 0;
    for (const CacheLevel &level : cacheHierarchy(device)) {
        capacity += level.bytesPerUnit;
        totalCapacity += level.units * level.bytesPerUnit;
        if (capacity <= previousOccupied)
            continue;
        const double cached = replicated + distributed / level.units;
        const double occupied = previousOccupied + cached;
        const double effective = previousEffective + cached;
        if (occupied <= capacity) {
            Placement p;
            p.cacheLevel = level.level;
            p.cachedSize = cached;
            p.occupiedSize = occupied;
            p.singularSize = replicated + distributed;
            p.singularOccupiedSize = previousSingularOccupied + replicated + distributed;
            p.effectiveSize = effective;
            return p;
        }
        previousOccupied = capacity;
        previousSingularOccupied = totalCapacity;
    }
    throw AnalysisError(u"the %1 working set (%2 bytes) does not fit in the %3 memory hierarchy"_s.arg(setName)
                            .arg(replicated + distributed, 0, 'f', 0)
                            .arg(deviceName(device).toUpper())
                            .toStdString());
}

Placement truncated(Placement p)
{
    p.cachedSize = std::trunc(p.cachedSize);
    p.occupiedSize = std::trunc(p.occupiedSize);
    p.singularSize = std::trunc(p.singularSize);
    p.singularOccupiedSize = std::trunc(p.singularOccupiedSize);
    p.effectiveSize = std::trunc(p.effectiveSize);
    return p;
}

QString levelName(Device device, int level)
{
    for (const CacheLevel &l : cacheHierarchy(device)) {
        if (l.level == level)
            return l.name;
    }
    return {};
}

QJsonObject placementJson(Device device, const Placement &p)
{
    QJsonObject o;
    o[u"cache_level"_s] = p.cacheLevel;
    o[u"cache_name"_s] = levelName(device, p.cacheLevel);
    o[u"cached_bytes"_s] = p.cachedSize;
    o[u"occupied_bytes"_s] = p.occupiedSize;
    o[u"singular_bytes"_s] = p.singularSize;
    o[u"singular_occupied_bytes"_s] = p.singularOccupiedSize;
    o[u"effective_bytes"_s] = p.effectiveSize;
    return o;
}

QJsonObject workingSetJson(Device device, const WorkingSet &set)
{
    QJsonObject o = placementJson(device, set.placement);
    o[u"replicated_bytes"_s] = set.replicated;
    o[u"distributed_bytes"_s] = set.distributed;
    return o;
}

QJsonArray int64Array(std::span<const std::int64_t> values)
{
    QJsonArray a;
    for (std::int64_t v : values)
        a.append(static_cast<double>(v));
    return a;
}

QJsonObject perLevelJson(Device device, std::span<const double> values)
{
    QJsonObject o;
    const auto levels = cacheHierarchy(device);
    for (std::size_t i = 0; i < levels.size() && i < values.size(); ++i)
        o[levels[i].name] = values[i];
    return o;
}

QJsonObject workingSetsJson(const WorkingSets &sets)
{
    const Device device = sets.device;
    QJsonObject o;

    QJsonArray hierarchy;
    for (const CacheLevel &level : cacheHierarchy(device)) {
        QJsonObject l;
        l[u"level"_s] = level.level;
        l[u"name"_s] = level.name;
        l[u"bytes_per_unit"_s] = level.bytesPerUnit;
        l[u"units"_s] = level.units;
        hierarchy.append(l);
    }
    o[u"cache_hierarchy"_s] = hierarchy;

    QJsonArray layers;
    for (std::size_t i = 0; i < sets.interLayer.size(); ++i) {
        QJsonObject l = workingSetJson(device, sets.interLayer[i]);
        l[u"layer"_s] = static_cast<int>(i);
        layers.append(l);
    }
    o[u"inter_layer"_s] = layers;
    QJsonObject maxObject = placementJson(device, sets.interLayerMax);
    maxObject[u"distributed_bytes"_s] = sets.interLayerMaxDistributed;
    o[u"inter_layer_max"_s] = maxObject;
    o[u"forward"_s] = workingSetJson(device, sets.forward);
    o[u"backward"_s] = workingSetJson(device, sets.backward);
    QJsonObject dataset = workingSetJson(device, sets.dataset);
    dataset[u"higher_priority_distributed_bytes"_s] = sets.epochHigherDistributed;
    o[u"dataset"_s] = dataset;

    o[u"inter_layer_level_bytes"_s] = perLevelJson(device, sets.interLayerLevelBytes);
    std::vector<double> counts(sets.interLayerLevelCounts.begin(), sets.interLayerLevelCounts.end());
    o[u"inter_layer_level_counts"_s] = perLevelJson(device, counts);
    o[u"cache_level_bytes"_s] = perLevelJson(device, cacheLevelBytes(sets));
    return o;
}

} // namespace

QString deviceName(Device device)
{
    return device == Device::Gpu ? u"gpu"_s : u"cpu"_s;
}

Device deviceFromName(QStringView name)
{
    if (name.compare(u"cpu", Qt::CaseInsensitive) == 0)
        return Device::Cpu;
    if (name.compare(u"gpu", Qt::CaseInsensitive) == 0)
        return Device::Gpu;
    throw AnalysisError(u"unknown device \"%1\"; use cpu or gpu"_s.arg(name.toString()).toStdString());
}

std::span<const CacheLevel> cacheHierarchy(Device device)
{
    if (device == Device::Gpu)
        return gpuLevels();
    return cpuLevels();
}

double energyOverheadJoules(Device device)
{
    return device == Device::Gpu ? 271560.240048 : 14028.665573;
}

std::vector<std::int64_t> NetworkConfig::fullWidths() const
{
    std::vector<std::int64_t> full;
    full.reserve(widths.size() + 1);
    full.push_back(inputs);
    full.insert(full.end(), widths.begin(), widths.end());
    return full;
}

void NetworkConfig::validate() const
{
    if (widths.empty())
        throw AnalysisError("no layer widths given");
    for (std::int64_t w : widths) {
        if (w < 1)
            throw AnalysisError("every layer width must be at least 1");
    }
    if (inputs < 1)
        throw AnalysisError("the number of inputs must be at least 1");
    if (params < 1)
        throw AnalysisError("the parameter count must be at least 1");
    if (observations < 1)
        throw AnalysisError("the number of observations must be at least 1");
    if (batchSize < 1)
        throw AnalysisError("the batch size must be at least 1");
    if (labelValuesPerDatum < 1)
        throw AnalysisError("the label values per datum must be at least 1");
}

OperationCounts countOperations(const NetworkConfig &config)
{
    config.validate();
    OperationCounts c;
    const double n = static_cast<double>(config.observations);
    const double batch = static_cast<double>(config.batchSize);
    // Same floating-point expressions as NREL (test share is 1.0 - 0.8, not 0.2).
    constexpr double trainShare = 0.8;
    c.trainBatches = static_cast<std::int64_t>(std::ceil((n * trainShare) / batch));
    c.testBatches = static_cast<std::int64_t>(std::ceil((n * (1.0 - trainShare)) / batch));

    const std::vector<std::int64_t> full = config.fullWidths();
    std::int64_t fwdPerDatum = 0;
    std::int64_t bwdLayer = 0;
    for (std::size_t i = 0; i + 1 < full.size(); ++i) {
        const std::int64_t thisWidth = full[i];
        const std::int64_t nextWidth = full[i + 1];
        const std::int64_t macs = checkedMul(thisWidth, nextWidth);
        // multiply-accumulates plus the activation function
        fwdPerDatum = checkedAdd(fwdPerDatum, checkedAdd(macs, nextWidth));
        // activation gradients, parameter gradients, input gradients (none for the first layer)
        bwdLayer = checkedAdd(bwdLayer, checkedAdd(checkedMul(2, nextWidth), macs));
        if (i != 0)
            bwdLayer = checkedAdd(bwdLayer, macs);
    }
    c.fwdOperations = checkedMul(fwdPerDatum, config.batchSize);
    c.bwdLayerOperations = bwdLayer;
    c.bwdReduceOperations = checkedMul(config.params, checkedAdd(1, config.batchSize));
    c.bwdOperations = checkedAdd(checkedMul(bwdLayer, config.batchSize), c.bwdReduceOperations);
    c.flopsPerEpoch = checkedAdd(checkedMul(c.trainBatches, checkedAdd(c.fwdOperations, c.bwdOperations)),
                                 checkedMul(c.testBatches, c.fwdOperations));
    c.trainingDataPerEpoch = checkedMul(c.trainBatches, config.batchSize);
    c.flopsPerTrainingDatum = static_cast<double>(c.flopsPerEpoch) / static_cast<double>(c.trainingDataPerEpoch);
    return c;
}

WorkingSets placeWorkingSets(const NetworkConfig &config, Device device)
{
    config.validate();
    WorkingSets s;
    s.device = device;
    const std::size_t levelCount = cacheHierarchy(device).size();
    s.interLayerLevelBytes.assign(levelCount, 0.0);
    s.interLayerLevelCounts.assign(levelCount, 0);

    const std::vector<std::int64_t> full = config.fullWidths();
    const double batch = static_cast<double>(config.batchSize);
    double nodes = 0;
    for (std::int64_t w : full)
        nodes += static_cast<double>(w);

    // 1. Inter-layer activations of each layer, spread over the cores/SMs, nothing ahead of them.
    for (std::size_t i = 0; i + 1 < full.size(); ++i) {
        WorkingSet layer;
        layer.distributed = kBytesPerFloat * batch * static_cast<double>(full[i] + full[i + 1]);
        layer.placement = place(device, u"inter-layer"_s, 0, 0, 0, 0, layer.distributed);
        s.interLayer.push_back(layer);
        const std::size_t li = static_cast<std::size_t>(layer.placement.cacheLevel - 1);
        // NREL accumulates into a uint64 array: every addition is truncated.
        s.interLayerLevelBytes[li] = std::trunc(s.interLayerLevelBytes[li] + layer.placement.cachedSize);
        ++s.interLayerLevelCounts[li];
        s.interLayerMaxDistributed = std::max(s.interLayerMaxDistributed, layer.distributed);
    }
    Placement maxP;
    for (const WorkingSet &layer : s.interLayer) {
        const Placement &p = layer.placement;
        maxP.cacheLevel = std::max(maxP.cacheLevel, p.cacheLevel);
        maxP.cachedSize = std::max(maxP.cachedSize, p.cachedSize);
        maxP.occupiedSize = std::max(maxP.occupiedSize, p.occupiedSize);
        maxP.singularSize = std::max(maxP.singularSize, p.singularSize);
        maxP.singularOccupiedSize = std::max(maxP.singularOccupiedSize, p.singularOccupiedSize);
        maxP.effectiveSize = std::max(maxP.effectiveSize, p.effectiveSize);
    }
    s.interLayerMax = truncated(maxP);

    // 2. Forward pass: the parameters, one copy per core/SM.
    const double params = static_cast<double>(config.params);
    s.forward.replicated = kBytesPerFloat * params;
    s.forward.distributed = 0;
    s.forward.placement = truncated(place(device, u"forward"_s, s.interLayerMax.occupiedSize,
                                          s.interLayerMax.singularOccupiedSize, s.interLayerMax.effectiveSize,
                                          s.forward.replicated, 0));

    // 3. Backward pass: parameters and their gradients per unit, plus every unit's activation
    //    for the batch except the inter-layer set already counted.
    s.backward.replicated = 2 * kBytesPerFloat * params;
    s.backward.distributed = kBytesPerFloat * batch * nodes - s.interLayerMaxDistributed;
    s.backward.placement = truncated(place(device, u"backward"_s, s.interLayerMax.occupiedSize,
                                           s.interLayerMax.singularOccupiedSize, s.interLayerMax.effectiveSize,
                                           s.backward.replicated, s.backward.distributed));

    // 4. The dataset (features and labels as floats), spread over the units, behind the backward set.
    s.bytesPerDatum = static_cast<std::int64_t>(kBytesPerFloat) * checkedAdd(config.inputs, config.labelValuesPerDatum);
    s.datasetBytes = checkedMul(config.observations, s.bytesPerDatum);
    s.epochHigherDistributed = s.backward.distributed + s.interLayerMaxDistributed;
    s.dataset.replicated = 0;
    s.dataset.distributed = static_cast<double>(s.datasetBytes);
    s.dataset.placement = truncated(place(device, u"dataset"_s, s.backward.placement.occupiedSize,
                                          s.backward.placement.singularOccupiedSize, s.backward.placement.effectiveSize,
                                          0, s.dataset.distributed));
    return s;
}

std::vector<double> cacheLevelBytes(const WorkingSets &sets)
{
    std::vector<double> bytes(cacheHierarchy(sets.device).size(), 0.0);
    const auto add = [&bytes](const Placement &p) {
        if (p.cacheLevel >= 1 && static_cast<std::size_t>(p.cacheLevel) <= bytes.size())
            bytes[static_cast<std::size_t>(p.cacheLevel - 1)] += p.cachedSize;
    };
    for (const WorkingSet &layer : sets.interLayer)
        add(layer.placement);
    add(sets.forward.placement);
    add(sets.backward.placement);
    add(sets.dataset.placement);
    return bytes;
}

Derivation deriveFromDataset(QStringView dataset, Shape shape, int depth, std::int64_t size, std::int64_t batchSize)
{
    const DatasetInfo &info = datasetByName(dataset);
    Derivation d;
    d.dataset = info.name;
    d.architecture = searchArchitecture(shape, info.networkInputs, info.networkOutputs, depth, size);
    d.config.widths = d.architecture->widths;
    d.config.inputs = info.pmlbFeatures; // NREL's full_widths use PMLB's feature count
    d.config.params = d.architecture->params;
    d.config.observations = info.observations;
    d.config.batchSize = batchSize;
    d.config.labelValuesPerDatum = info.labelValuesPerDatum();
    d.paramsSource = u"search"_s;
    d.operations = countOperations(d.config);
    d.cpu = placeWorkingSets(d.config, Device::Cpu);
    d.gpu = placeWorkingSets(d.config, Device::Gpu);
    return d;
}

Derivation deriveFromWidths(NetworkConfig config)
{
    Derivation d;
    if (config.params == 0) {
        if (config.widths.empty() || config.inputs < 1)
            config.validate(); // throws the precise message
        config.params = countParameters(config.inputs, config.widths);
        d.paramsSource = u"counted"_s;
    } else {
        d.paramsSource = u"given"_s;
    }
    d.config = std::move(config);
    d.operations = countOperations(d.config);
    d.cpu = placeWorkingSets(d.config, Device::Cpu);
    d.gpu = placeWorkingSets(d.config, Device::Gpu);
    return d;
}

// Keys (stable): dataset, shape, depth, size, w0, size_error, residual_connections,
// network_inputs (dataset runs only); inputs, outputs, widths, full_widths, params,
// params_source, batch_size, observations, label_values_per_datum, train_batches_per_epoch,
// test_batches_per_epoch, training_data_per_epoch, fwd_operations, bwd_layer_operations,
// bwd_reduce_operations, bwd_operations, flops_per_epoch, flops_per_training_datum,
// bytes_per_datum, dataset_bytes, and working_sets.<device> with cache_hierarchy, inter_layer[],
// inter_layer_max, forward, backward, dataset (each: cache_level, cache_name, replicated_bytes,
// distributed_bytes, cached_bytes, occupied_bytes, singular_bytes, singular_occupied_bytes,
// effective_bytes), inter_layer_level_bytes, inter_layer_level_counts, cache_level_bytes.
QJsonObject deriveJson(const Derivation &d, std::optional<Device> device)
{
    QJsonObject o;
    if (!d.dataset.isEmpty())
        o[u"dataset"_s] = d.dataset;
    if (d.architecture) {
        const Architecture &a = *d.architecture;
        o[u"shape"_s] = shapeName(a.shape);
        o[u"depth"_s] = a.depth;
        o[u"size"_s] = static_cast<double>(a.targetSize);
        o[u"w0"_s] = static_cast<double>(a.w0);
        o[u"size_error"_s] = static_cast<double>(a.sizeError());
        o[u"residual_connections"_s] = a.residualConnections;
        o[u"network_inputs"_s] = a.inputs;
    }
    const NetworkConfig &c = d.config;
    o[u"inputs"_s] = static_cast<double>(c.inputs);
    o[u"outputs"_s] = static_cast<double>(c.widths.back());
    o[u"widths"_s] = int64Array(c.widths);
    o[u"full_widths"_s] = int64Array(c.fullWidths());
    o[u"params"_s] = static_cast<double>(c.params);
    o[u"params_source"_s] = d.paramsSource;
    o[u"batch_size"_s] = static_cast<double>(c.batchSize);
    o[u"observations"_s] = static_cast<double>(c.observations);
    o[u"label_values_per_datum"_s] = static_cast<double>(c.labelValuesPerDatum);

    const OperationCounts &ops = d.operations;
    o[u"train_batches_per_epoch"_s] = static_cast<double>(ops.trainBatches);
    o[u"test_batches_per_epoch"_s] = static_cast<double>(ops.testBatches);
    o[u"training_data_per_epoch"_s] = static_cast<double>(ops.trainingDataPerEpoch);
    o[u"fwd_operations"_s] = static_cast<double>(ops.fwdOperations);
    o[u"bwd_layer_operations"_s] = static_cast<double>(ops.bwdLayerOperations);
    o[u"bwd_reduce_operations"_s] = static_cast<double>(ops.bwdReduceOperations);
    o[u"bwd_operations"_s] = static_cast<double>(ops.bwdOperations);
    o[u"flops_per_epoch"_s] = static_cast<double>(ops.flopsPerEpoch);
    o[u"flops_per_training_datum"_s] = ops.flopsPerTrainingDatum;

    o[u"bytes_per_datum"_s] = static_cast<double>(d.cpu.bytesPerDatum);
    o[u"dataset_bytes"_s] = static_cast<double>(d.cpu.datasetBytes);

    QJsonObject sets;
    if (!device || *device == Device::Cpu)
        sets[u"cpu"_s] = workingSetsJson(d.cpu);
    if (!device || *device == Device::Gpu)
        sets[u"gpu"_s] = workingSetsJson(d.gpu);
    o[u"working_sets"_s] = sets;
    return o;
}

} // namespace wattprint
