#include "architecture.h"

#include "analysiserror.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

// Observations, features and classes: PMLB summary (pmlb_summary_13_butter_datasets.csv).
// Network inputs/outputs and the task: NREL's BUTTER experiment framework (its dataset_shape_map
// and migration script, where 201_pol and 294_satellite_image are classification with 11 and 6
// outputs and a 2-class task has 1 sigmoid output).
const std::array<DatasetInfo, 13> &datasetTable()
{
    static const std::array<DatasetInfo, 13> table = {{
        {u"201_pol"_s, 15000, 48, 0, 26, 11, MlTask::Classification},
        {u"294_satellite_image"_s, 6435, 36, 0, 36, 6, MlTask::Classification},
        {u"505_tecator"_s, 240, 124, 0, 124, 1, MlTask::Regression},
        {u"529_pollen"_s, 3848, 4, 0, 4, 1, MlTask::Regression},
        {u"537_houses"_s, 20640, 8, 0, 8, 1, MlTask::Regression},
        {u"adult"_s, 48842, 14, 2, 81, 1, MlTask::Classification},
        {u"banana"_s, 5300, 2, 0, 2, 1, MlTask::Regression},
        {u"connect_4"_s, 67557, 42, 3, 126, 3, MlTask::Classification},
        {u"mnist"_s, 70000, 784, 10, 784, 10, MlTask::Classification},
        {u"nursery"_s, 12958, 8, 4, 26, 4, MlTask::Classification},
        {u"sleep"_s, 105908, 13, 5, 141, 5, MlTask::Classification},
        {u"splice"_s, 3188, 60, 3, 287, 3, MlTask::Classification},
        {u"wine_quality_white"_s, 4898, 11, 7, 11, 7, MlTask::Classification},
    }};
    return table;
}

const std::array<QString, 8> &shapeNameTable()
{
    static const std::array<QString, 8> names = {
        u"rectangle"_s,          u"trapezoid"_s,     u"exponential"_s,   u"wide_first_2x"_s,
        u"rectangle_residual"_s, u"wide_first_4x"_s, u"wide_first_8x"_s, u"wide_first_16x"_s,
    };
    return names;
}

// Python's int(round(x)): nearest integer, halves to even (default FE_TONEAREST).
std::int64_t roundHalfEven(double x)
{
    return static_cast<std::int64_t>(std::nearbyint(x));
}

std::int64_t saturatingMulAdd(std::int64_t a, std::int64_t b, std::int64_t c)
{
    std::int64_t product = 0;
    std::int64_t sum = 0;
    if (__builtin_mul_overflow(a, b, &product) || __builtin_add_overflow(product, c, &sum))
        return std::numeric_limits<std::int64_t>::max();
    return sum;
}

} // namespace

int DatasetInfo::labelValuesPerDatum() const
{
    return (task == MlTask::Classification && pmlbClasses > 2) ? pmlbClasses : 1;
}

std::span<const DatasetInfo> butterDatasets()
{
    return datasetTable();
}

const DatasetInfo *findDataset(QStringView name)
{
    for (const DatasetInfo &info : datasetTable()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

const DatasetInfo &datasetByName(QStringView name)
{
    if (const DatasetInfo *info = findDataset(name))
        return *info;
    QStringList names;
    for (const DatasetInfo &info : datasetTable())
        names << info.name;
    throw AnalysisError(
        u"unknown dataset \"%1\"; BUTTER datasets are: %2"_s.arg(name.toString(), names.join(u", "_s)).toStdString());
}

QStringList shapeNames()
{
    const auto &names = shapeNameTable();
    return QStringList(names.begin(), names.end());
}

QString shapeName(Shape shape)
{
    return shapeNameTable().at(static_cast<std::size_t>(shape));
}

Shape shapeFromName(QStringView name)
{
    const auto &names = shapeNameTable();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name)
            return static_cast<Shape>(i);
    }
    throw AnalysisError(
        u"unknown shape \"%1\"; shapes are: %2"_s.arg(name.toString(), shapeNames().join(u", "_s)).toStdString());
}

bool isResidual(Shape shape)
{
    return shape == Shape::RectangleResidual;
}

std::vector<std::int64_t> shapeWidths(Shape shape, std::int64_t w0, int outputs, int depth)
{
    if (depth < 2)
        throw AnalysisError("depth must be at least 2 (it counts the output layer)");
    if (depth > MaxNetworkDepth)
        throw AnalysisError("depth must be at most " + std::to_string(MaxNetworkDepth) + " layers (got "
                            + std::to_string(depth) + ")");
    std::vector<std::int64_t> widths;
    widths.reserve(static_cast<std::size_t>(depth));
    const auto multiplierFor = [](Shape s) -> double {
        switch (s) {
        case Shape::WideFirst2x: return 2.0;
        case Shape::WideFirst4x: return 4.0;
        case Shape::WideFirst8x: return 8.0;
        case Shape::WideFirst16x: return 16.0;
        default: return 0.0;
        }
    };

    switch (shape) {
    case Shape::Rectangle:
    case Shape::RectangleResidual:
        widths.assign(static_cast<std::size_t>(depth - 1), w0);
        widths.push_back(outputs);
        break;
    case Shape::Trapezoid: {
        // beta = (w0 - n_out) / (depth - 1); width_k = round(w0 - beta * k), k = 0..depth-1
        const double beta = static_cast<double>(w0 - outputs) / static_cast<double>(depth - 1);
        for (int k = 0; k < depth; ++k)
            widths.push_back(roundHalfEven(static_cast<double>(w0) - beta * k));
        break;
    }
    case Shape::Exponential: {
        // beta = exp(log(n_out / w0) / (depth - 1)); width_k = max(n_out, round(w0 * beta^k))
        const double beta = std::exp(std::log(static_cast<double>(outputs) / static_cast<double>(w0))
                                     / static_cast<double>(depth - 1));
        for (int k = 0; k < depth; ++k)
            widths.push_back(std::max<std::int64_t>(
                outputs, roundHalfEven(static_cast<double>(w0) * std::pow(beta, static_cast<double>(k)))));
        break;
    }
    case Shape::WideFirst2x:
    case Shape::WideFirst4x:
    case Shape::WideFirst8x:
    case Shape::WideFirst16x: {
        // [w0] + [max(1, round(w0 / N))] * (depth - 2) + [n_out]
        widths.push_back(w0);
        const std::int64_t inner = std::max<std::int64_t>(
            1, roundHalfEven(static_cast<double>(w0) / multiplierFor(shape)));
        for (int k = 0; k < depth - 2; ++k)
            widths.push_back(inner);
        widths.push_back(outputs);
        break;
    }
    }
    return widths;
}

std::int64_t countParameters(std::int64_t inputs, std::span<const std::int64_t> widths)
{
    std::int64_t total = 0;
    std::int64_t fanIn = inputs;
    for (std::int64_t width : widths) {
        const std::int64_t layer = saturatingMulAdd(fanIn + 1, width, 0);
        if (__builtin_add_overflow(total, layer, &total))
            return std::numeric_limits<std::int64_t>::max();
        fanIn = width;
    }
    return total;
}

int residualConnections(Shape shape, std::span<const std::int64_t> widths)
{
    if (!isResidual(shape))
        return 0;
    int count = 0;
    for (std::size_t d = 1; d + 1 < widths.size(); ++d) {
        if (widths[d] == widths[d - 1])
            ++count;
    }
    return count;
}

Architecture searchArchitecture(Shape shape, int inputs, int outputs, int depth, std::int64_t size)
{
    if (depth < 2)
        throw AnalysisError("depth must be at least 2 (it counts the output layer)");
    if (depth > MaxNetworkDepth)
        throw AnalysisError("depth must be at most " + std::to_string(MaxNetworkDepth) + " layers (got "
                            + std::to_string(depth) + ")");
    if (size < 1)
        throw AnalysisError("size (the target parameter count) must be at least 1");
    if (inputs < 1 || outputs < 1)
        throw AnalysisError("a network needs at least one input and one output");

    Architecture best;
    best.shape = shape;
    best.depth = depth;
    best.targetSize = size;
    best.inputs = inputs;
    best.outputs = outputs;
    // |delta| of the best probe so far; "infinite" until the first probe.
    std::int64_t bestAbsDelta = std::numeric_limits<std::int64_t>::max();
    bool haveBest = false;

    std::int64_t lo = 1;
    std::int64_t hi = std::int64_t(1) << 30;
    while (lo < hi) {
        const std::int64_t candidate = (lo + hi) / 2;
        std::vector<std::int64_t> widths = shapeWidths(shape, candidate, outputs, depth);
        const std::int64_t params = countParameters(inputs, widths);
        // params may be saturated; then it is far above size and the sign is still right.
        const std::int64_t delta = params - size;
        const std::int64_t absDelta = delta < 0 ? -delta : delta;
        if (!haveBest || absDelta < bestAbsDelta) {
            haveBest = true;
            bestAbsDelta = absDelta;
            best.w0 = candidate;
            best.widths = std::move(widths);
            best.params = params;
        }
        if (delta < 0)
            lo = candidate + 1;
        else if (delta > 0)
            hi = candidate;
        else
            break;
    }
    best.residualConnections = residualConnections(shape, best.widths);
    return best;
}

} // namespace wattprint
