#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace wattprint {

// What analyses derive from one snapshot and share (RunColumns::shared). A copy or a move of the
// columns starts with an empty slot: what was derived belongs to the columns it came from.
class DerivedSlot
{
public:
    DerivedSlot() = default;
    DerivedSlot(const DerivedSlot &) {}
    DerivedSlot(DerivedSlot &&) noexcept {}
    DerivedSlot &operator=(const DerivedSlot &)
    {
        m_store.reset();
        return *this;
    }
    DerivedSlot &operator=(DerivedSlot &&) noexcept
    {
        m_store.reset();
        return *this;
    }
    struct Store;
    std::shared_ptr<Store> m_store; // null until the columns are marked immutable
};

// The filtered runs as plain columns: what models/ hands to analysis/.
// Text columns are dictionary-encoded (an index into the matching name list) so a
// million runs stay compact and grouping is integer work.
struct RunColumns
{
    QStringList datasetNames;
    QStringList shapeNames;
    QStringList nodeTypeNames;
    QStringList batchNames;
    QStringList sourceNames;  // "butter-e", "codecarbon" (docs/data.md "Runs from several sources")
    QStringList projectNames; // CodeCarbon's project_name values

    std::vector<std::int64_t> id; // runs.id (row id in the store)
    // A run from another tool than BUTTER-E (CodeCarbon) has no configuration: dataset and shape
    // are -1, size and depth 0, slurmJobId 0, and the overhead split (nonOverheadEnergy,
    // energyOverhead, energyPerEpoch) and energyPerDatum NaN. hasConfiguration() tells them apart.
    std::vector<std::int32_t> dataset;  // index into datasetNames, -1 if none
    std::vector<std::int32_t> shape;    // index into shapeNames, -1 if none
    std::vector<std::int32_t> nodeType; // index into nodeTypeNames, -1 if unknown
    std::vector<std::int32_t> batch;    // index into batchNames, -1 if none (not a BUTTER-E run)
    // Optional like expectedEnergy: empty when the columns were not loaded from a store (every
    // run is then BUTTER-E's, without a project).
    std::vector<std::int32_t> source;  // index into sourceNames
    std::vector<std::int32_t> project; // index into projectNames, -1 if none (BUTTER-E runs)
    std::vector<std::int64_t> size;    // nominal parameter count
    std::vector<std::int32_t> depth;
    std::vector<std::uint8_t> isGpu; // 0 = CPU, 1 = GPU
    std::vector<std::int64_t> slurmJobId;
    std::vector<std::int64_t> startNs;     // UTC, ns since epoch
    std::vector<double> energy;            // J
    std::vector<double> runTime;           // s
    std::vector<double> power;             // W
    std::vector<double> nonOverheadEnergy; // J
    std::vector<double> energyOverhead;    // J
    std::vector<double> energyPerEpoch;    // J
    std::vector<double> energyPerDatum;    // J per training datum
    // The energy model's expectation for each run (J, on the standardised basis; NaN where the model
    // has none), fitted on every run of the store (analysis/expectedenergy.h). Optional: empty when
    // the columns were not loaded from a store, and then analyses fit the model on the columns.
    std::vector<double> expectedEnergy;
    // The parts another tool measured (CodeCarbon's cpu_energy, gpu_energy, ram_energy; J, NaN where
    // the run has none). Optional: empty when no run in the columns has a part.
    std::vector<double> cpuEnergy;
    std::vector<double> gpuEnergy;
    std::vector<double> ramEnergy;
    // runs.quality: a bit per quality rule the run fails, 0 = passes all (runquality.h).
    std::vector<std::uint16_t> quality;

    std::size_t rowCount() const { return id.size(); }
    // The run has BUTTER-E's configuration (dataset, shape, size, depth): analyses of the sweep
    // skip runs without one. A run of another source has none of the four; BUTTER-E's importer
    // requires all four, so "any" and "all" agree on stored runs (hand-made columns may lack some).
    bool hasConfiguration(std::size_t i) const
    {
        return dataset[i] >= 0 || shape[i] >= 0 || size[i] > 0 || depth[i] > 0;
    }
    // How many runs have a configuration.
    std::size_t configuredCount() const;
    // The runs without a configuration: how many, and their sources (codes into sourceNames, in
    // order of first appearance). Counted once and shared when the columns are immutable, as
    // every view that needs configurations says how many it leaves out.
    struct Unconfigured
    {
        std::size_t count = 0;
        std::vector<std::int32_t> sources;
    };
    std::shared_ptr<const Unconfigured> unconfigured() const;
    void reserve(std::size_t n);
    bool hasParts() const { return !cpuEnergy.empty(); }
    // Throws AnalysisError if the columns do not all have rowCount() entries (expectedEnergy,
    // source, project and the parts may also be empty).
    void checkConsistent() const;

    // Promises that these columns never change again (AnalysisService's snapshots), so the
    // analyses of one filter change can share what they derive from them: the configuration
    // table, the runs that pass every quality rule. Call once the columns are complete.
    void markImmutable() const;
    bool isImmutable() const { return derived.m_store != nullptr; }
    // What `make` derives from these columns, made once under `key` by the first caller (others
    // wait for it) when the columns are immutable, else made afresh on every call.
    enum class Derived {
        ConfigurationTable,
        ConfigurationRegressors,
        PassingRuns,
        Expectations,
        Unconfigured,
        StartRanks
    };
    std::shared_ptr<const void> shared(Derived key, const std::function<std::shared_ptr<const void>()> &make) const;
    mutable DerivedSlot derived;
};

} // namespace wattprint
