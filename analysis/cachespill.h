#pragma once

#include "energymodel.h"

#include <QString>

#include <cstddef>
#include <span>
#include <vector>

namespace wattprint {

// Which working set of a configuration the cache-spill view puts on its x axis (bytes, one copy).
enum class WorkingSetKind {
    Forward,       // 4 x parameters, every core/SM holds a copy
    Backward,      // 8 x parameters per core/SM plus the batch's activations spread over them
    InterLayerMax, // the largest single layer's activations for a batch: 4 x batch x (w_in + w_out)
    Dataset,       // the whole dataset as floats (features and labels), spread over the units
};

QString workingSetKindName(WorkingSetKind kind); // "forward", "backward", "inter_layer", "dataset"
// Throws AnalysisError for an unknown name.
WorkingSetKind workingSetKindFromName(QStringView name);

// The set's size in bytes for one copy (replicated + distributed bytes), as energymodel.h derives
// it. It does not depend on the device: only where the set is placed does.
double workingSetBytes(const WorkingSets &sets, WorkingSetKind kind);

// True for the sets every core/SM needs whole (forward, backward): they leave a level when one
// unit's share of the hierarchy is full. The others are spread over all units, so they leave a
// level when the whole node's copies of it are full.
bool isReplicated(WorkingSetKind kind);

// Where a working set of `kind` stops fitting in a cache level, as NREL's greedy placement counts
// capacity (cumulative over the levels so far): per core/SM for replicated sets, the whole node
// for distributed ones. One boundary per level except the last (RAM / HBM has no end).
struct CacheBoundary
{
    QString level; // the level being left: "L1", "L2", "L3"
    QString next;  // the level after it: "L2", "L3", "RAM", "HBM"
    double bytes = 0;
};
std::vector<CacheBoundary> cacheBoundaries(Device device, WorkingSetKind kind);

// Runs binned on log2(bytes): bins of equal width in log2, edges at multiples of the width offset
// by half a width (so with width 1 the bins are centred on powers of two), quartiles type-7.
struct Log2Bin
{
    double lowLog2 = 0, highLog2 = 0;
    double centerLog2 = 0;
    std::size_t count = 0;
    double q1 = 0, median = 0, q3 = 0;
};

struct Log2Binning
{
    std::vector<Log2Bin> bins; // ascending, only bins with at least minCount values
    std::size_t used = 0;      // values binned (in kept or dropped bins)
    std::size_t skipped = 0;   // pairs with bytes or value not finite and positive
    std::size_t sparse = 0;    // values in bins dropped for holding fewer than minCount
};

// Throws AnalysisError if the spans differ in length or widthLog2 is not positive and finite.
Log2Binning binByLog2(std::span<const double> bytes, std::span<const double> values, double widthLog2 = 1.0,
                      std::size_t minCount = 1);

// A rise of the binned median that is steeper than the curve's usual slope.
struct SpillPoint
{
    std::size_t fromBin = 0, toBin = 0; // indices into the bins: the rise runs from one to the other
    double fromLog2 = 0, toLog2 = 0;    // their centres
    double atLog2 = 0;                  // where the slope jumps: the middle of the first steep step
    double ratio = 0;                   // median(to) / median(from)
    double excessRatio = 0;             // the ratio beyond what the usual slope would give
    double baselineSlope = 0;           // the usual slope, ln(energy) per doubling of bytes
    double slope = 0;                   // mean slope across the rise, same units
    int boundary = -1;                  // index into the boundaries given, -1 if none is near
    double distanceOctaves = 0;         // |atLog2 - log2(boundary bytes)| when one is near
};

struct SpillOptions
{
    // A step between neighbouring bins is steep when its slope (ln per octave) exceeds the
    // baseline (the median step slope) by this much; ln(1.15): 15 % more per doubling.
    double minExcessSlope = 0.13976194237515868;
    // A run of steep steps is reported when its excess ratio reaches this.
    double minExcessRatio = 1.25;
    // A boundary is "near" when it lies within this many octaves of the jump.
    double maxBoundaryOctaves = 1.5;
};

// Jumps of the binned median's slope (log energy per datum against log2 bytes). The baseline
// slope is the median of the slopes between neighbouring bins; consecutive steep steps merge into
// one rise. Results are ordered by ratio, largest first. Fewer than 3 bins give no result.
// Throws AnalysisError for bins that are not ascending or hold a non-positive median.
std::vector<SpillPoint> detectSpills(std::span<const Log2Bin> bins, std::span<const CacheBoundary> boundaries,
                                     const SpillOptions &options = {});

} // namespace wattprint
