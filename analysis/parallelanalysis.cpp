#include "parallelanalysis.h"

#include "analysiserror.h"

#include <QCoreApplication>

namespace wattprint {

using parallel::Column;

int ParallelData::indexOf(Column column) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == column)
            return int(i);
    }
    return -1;
}

ParallelResult computeParallelCoordinates(const RunColumns &runs, const std::vector<Column> &columns,
                                          ParallelGrouping grouping, const std::function<bool()> &cancelled)
{
    runs.checkConsistent();
    auto stop = [&cancelled] { return cancelled && cancelled(); };
    ParallelResult r;
    r.rows = runs.rowCount();
    auto data = std::make_shared<ParallelData>();
    data->rows = runs.rowCount();
    for (Column c : columns) {
        if (data->indexOf(c) >= 0)
            continue;
        data->columns.push_back(c);
        data->values.push_back(parallel::values(runs, c));
        const auto &v = data->values.back();
        auto extent = [&v](bool log) -> std::optional<parallel::Extent> {
            try {
                return parallel::extentOf(v, log);
            } catch (const AnalysisError &) {
                return std::nullopt;
            }
        };
        data->linearExtent.push_back(extent(false));
        data->logExtent.push_back(extent(true));
        if (stop())
            return r;
    }
    data->isGpu = runs.isGpu;
    data->shape = runs.shape;
    data->dataset = runs.dataset;
    data->shapeNames = runs.shapeNames;
    data->datasetNames = runs.datasetNames;

    // The finding's groups: the device, split by shape or dataset.
    QStringList names;
    std::vector<std::int32_t> group(runs.rowCount(), -1);
    const bool byShape = grouping == ParallelGrouping::DeviceAndShape;
    const bool byDataset = grouping == ParallelGrouping::DeviceAndDataset;
    const QStringList &categories = byShape ? runs.shapeNames : runs.datasetNames;
    const qsizetype perDevice = (byShape || byDataset) ? categories.size() : 1;
    // The names go into the view's finding, so they keep the view's translation context.
    for (int gpu = 0; gpu < 2; ++gpu) {
        const QString device = gpu ? QCoreApplication::translate("wattprint::ParallelView", "GPU")
                                   : QCoreApplication::translate("wattprint::ParallelView", "CPU");
        if (perDevice == 1 && !byShape && !byDataset) {
            names << QCoreApplication::translate("wattprint::ParallelView", "%1 runs").arg(device);
            continue;
        }
        for (const QString &c : categories)
            names << (byShape
                          ? QCoreApplication::translate("wattprint::ParallelView", "%1 runs of shape %2").arg(device, c)
                          : QCoreApplication::translate("wattprint::ParallelView", "%1 runs on %2").arg(device, c));
    }
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        const std::int32_t category = byShape ? runs.shape[i] : byDataset ? runs.dataset[i] : 0;
        if (category < 0 || category >= perDevice)
            continue;
        group[i] = std::int32_t(runs.isGpu[i] ? perDevice : 0) + category;
    }
    if (stop())
        return r;
    const std::vector<double> size = parallel::values(runs, Column::Size);
    r.growth = parallel::runTimePowerGrowth(size, runs.runTime, runs.power, group, names);
    r.data = std::move(data);
    return r;
}

BrushCount countInsideBrushes(const ParallelData &data, std::span<const ParallelBrush> brushes,
                              std::vector<std::uint8_t> *mask)
{
    std::vector<parallel::Brush> list;
    for (const ParallelBrush &b : brushes) {
        const int ci = data.indexOf(b.column);
        if (ci >= 0)
            list.push_back({data.values[std::size_t(ci)], b.lo, b.hi});
    }
    std::vector<std::uint8_t> own;
    BrushCount out;
    out.total = data.rows;
    out.inside = parallel::brushMask(list, data.rows, mask ? mask : &own);
    return out;
}

} // namespace wattprint
