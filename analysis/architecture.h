#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <span>
#include <vector>

namespace wattprint {

// How BUTTER trained a dataset. Note: BUTTER trained 201_pol and 294_satellite_image as
// classification (11 and 6 classes) although PMLB lists them as regression.
enum class MlTask { Regression, Classification };

// One of the 13 BUTTER datasets.
// Two input counts exist and NREL's analysis mixes them, so we keep both:
//  - pmlbFeatures: PMLB's n_features. NREL's energy notebook (3_standardize.ipynb) builds
//    full_widths = [n_features] + widths from it, so FLOPs and working sets use this count.
//  - networkInputs/networkOutputs: the shape of the network BUTTER actually trained (after
//    one-hot encoding), from NREL's experiment framework (dataset_shape_map). The parameter
//    count and the width search use these. For 201_pol: 26 inputs, 11 outputs, so
//    rectangle/depth 2/size 128 gives widths [3, 11] and 125 parameters, while the FLOP count
//    uses [48, 3, 11]. This is exactly NREL's published record, so we reproduce it.
struct DatasetInfo
{
    QString name;
    std::int64_t observations = 0; // PMLB n_observations (all rows; 80 % train)
    int pmlbFeatures = 0;
    int pmlbClasses = 0; // 0 where PMLB leaves it empty (regression)
    int networkInputs = 0;
    int networkOutputs = 0;
    MlTask task = MlTask::Regression;

    // Label floats stored per datum, as NREL counts them for dataset_bytes:
    // n_classes if the task is classification with more than 2 classes, else 1.
    // (For 201_pol that is 1: PMLB has no class count for it.)
    int labelValuesPerDatum() const;
};

// The 13 datasets of the sweep (505_tecator only served to estimate the overhead).
std::span<const DatasetInfo> butterDatasets();
// nullptr if the name is unknown.
const DatasetInfo *findDataset(QStringView name);
// Throws AnalysisError naming the known datasets if the name is unknown.
const DatasetInfo &datasetByName(QStringView name);

enum class Shape {
    Rectangle,
    Trapezoid,
    Exponential,
    WideFirst2x,
    RectangleResidual,
    WideFirst4x,
    WideFirst8x,
    WideFirst16x,
};

// The sweep's names, in the order of the enum.
QStringList shapeNames();
QString shapeName(Shape shape);
// Throws AnalysisError naming the known shapes if the name is unknown.
Shape shapeFromName(QStringView name);
bool isResidual(Shape shape);

// The deepest network the width search derives: far beyond any trained one (BUTTER's deepest has 20
// layers), and small enough that a damaged depth of 2^31 cannot ask for gigabytes of layer widths.
inline constexpr int MaxNetworkDepth = 65536;

// Layer widths (output layer last, depth entries) for a first-layer width w0. Throws AnalysisError
// for depth < 2 or depth > MaxNetworkDepth.
// Rounding is round-half-to-even, as Python's round() which BUTTER used.
std::vector<std::int64_t> shapeWidths(Shape shape, std::int64_t w0, int outputs, int depth);

// Free parameters of a dense network: sum over layers of (fan-in + 1) * width.
// Residual connections are element-wise sums of equal widths and add no parameters.
// Saturates at INT64_MAX instead of overflowing (the search probes huge w0).
std::int64_t countParameters(std::int64_t inputs, std::span<const std::int64_t> widths);

// Residual additions BUTTER's "full" residual mode inserts: after every hidden layer
// (not the first, not the output) whose width equals the previous layer's.
int residualConnections(Shape shape, std::span<const std::int64_t> widths);

struct Architecture
{
    Shape shape = Shape::Rectangle;
    int depth = 0;
    std::int64_t targetSize = 0;
    int inputs = 0;
    int outputs = 0;
    std::int64_t w0 = 0;
    std::vector<std::int64_t> widths;
    std::int64_t params = 0;
    int residualConnections = 0;

    std::int64_t sizeError() const { return params - targetSize; }
};

// BUTTER's width search: a binary search of w0 over [1, 2^30] on the sign of
// (parameters - size), keeping the first probe with the smallest |difference|.
// This is the framework's own search, so ties and non-monotone steps resolve as there.
// Throws AnalysisError for depth < 2 or > MaxNetworkDepth, size < 1, inputs < 1 or outputs < 1.
Architecture searchArchitecture(Shape shape, int inputs, int outputs, int depth, std::int64_t size);

} // namespace wattprint
