#include "cachespillanalysis.h"

#include "analysiserror.h"
#include "architecture.h"
#include "configurations.h"
#include "descriptive.h"
#include "energyfit.h"
#include "regressorcache.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <numeric>

namespace wattprint {

CacheSpillResult computeCacheSpill(const RunColumns &allRuns, WorkingSetKind kind, FailingRuns failing,
                                   const std::function<bool()> &cancelled)
{
    auto stop = [&] { return cancelled && cancelled(); };
    allRuns.checkConsistent();
    const RunsTakingPart part(allRuns, failing);
    const RunColumns &columns = part.runs();
    CacheSpillResult r;
    r.failingRuns = part.failing();
    r.leftOutFailing = part.leftOut();
    r.kind = kind;
    r.datasetNames = columns.datasetNames;
    r.shapeNames = columns.shapeNames;
    const std::size_t n = columns.rowCount();
    r.totalRuns = n;
    for (std::size_t i = 0; i < n; ++i)
        (columns.isGpu[i] ? r.gpu : r.cpu).runs += 1;
    if (n == 0)
        return r;

    const std::shared_ptr<const ConfigurationTable> sharedTable = sharedConfigurations(columns);
    const ConfigurationTable &table = *sharedTable;
    if (stop())
        return r;
    // Derive each configuration once (the derivation does not depend on the device).
    std::vector<std::int32_t> resultIndex(table.configurations.size(), -1);
    const std::shared_ptr<const ConfigurationRegressorList> sharedDerived = sharedConfigurationRegressors(columns);
    const ConfigurationRegressorList &derived = *sharedDerived;
    std::vector<EnergyFitRow> fitRows;
    std::vector<std::size_t> fitConfig;
    for (std::size_t c = 0; c < table.configurations.size(); ++c) {
        const ConfigurationStats &s = table.configurations[c];
        if (!derived[c]->ok)
            continue;
        resultIndex[c] = std::int32_t(r.configurations.size());
        CacheSpillResult::Configuration rc;
        rc.dataset = s.dataset;
        rc.shape = s.shape;
        rc.depth = s.depth;
        rc.size = s.size;
        rc.gpu = s.gpu;
        rc.bytes = derived[c]->bytes[std::size_t(kind)];
        r.configurations.push_back(rc);
        if (std::isfinite(s.medianEnergyPerDatum) && s.medianEnergyPerDatum > 0) {
            EnergyFitRow row = s.gpu ? derived[c]->gpuRow : derived[c]->cpuRow;
            row.energyPerDatum = s.medianEnergyPerDatum;
            fitRows.push_back(std::move(row));
            fitConfig.push_back(c);
        }
        if (c % 512 == 0 && stop())
            return r;
    }

    // The energy model, fitted per device on the configurations' medians (as NREL fits it).
    if (!fitRows.empty()) {
        try {
            // Non-negative coefficients, as the store's expected energy: every term a cost.
            const EnergyFit fit = fitEnergyModel(fitRows, FitMethod::NonNegative);
            for (const DeviceFit &f : fit.devices) {
                CacheSpillResult::DeviceSeries &dev = f.device == Device::Gpu ? r.gpu : r.cpu;
                dev.fitted = true;
                dev.fitRows = f.rows;
                dev.fitR2 = f.r2;
            }
            for (std::size_t c = 0; c < table.configurations.size(); ++c) {
                if (resultIndex[c] < 0)
                    continue;
                const bool gpu = table.configurations[c].gpu;
                const DeviceFit *f = fit.find(gpu ? Device::Gpu : Device::Cpu);
                if (!f)
                    continue;
                const EnergyFitRow &row = gpu ? derived[c]->gpuRow : derived[c]->cpuRow;
                r.configurations[std::size_t(resultIndex[c])].predicted = f->predict(row.flopsPerDatum, row.levelBytes);
            }
        } catch (const AnalysisError &e) {
            r.fitProblem = QString::fromStdString(e.what());
        }
    } else {
        // In the view's context, where the catalogues hold its translation.
        r.fitProblem = QCoreApplication::translate("wattprint::CacheView",
                                                   "no configuration has a positive median energy per datum");
    }
    if (stop())
        return r;

    // The runs of known configurations, in ascending order of bytes.
    std::vector<std::size_t> rows;
    rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        // A run without a configuration (another source) has no row in the table.
        if (table.rowConfiguration[i] >= 0 && resultIndex[std::size_t(table.rowConfiguration[i])] >= 0)
            rows.push_back(i);
        else
            ++r.unknownRuns;
    }
    std::vector<double> key(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        key[k] = r.configurations[std::size_t(resultIndex[std::size_t(table.rowConfiguration[rows[k]])])].bytes;
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&key](std::size_t a, std::size_t b) { return key[a] < key[b]; });
    if (stop())
        return r;
    const std::size_t m = rows.size();
    r.x.resize(m);
    r.y.resize(m);
    r.ratio.resize(m);
    r.configuration.resize(m);
    r.id.resize(m);
    std::vector<double> ratios[2];
    std::vector<double> devX[2], devY[2];
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t i = rows[order[k]];
        const std::int32_t c = resultIndex[std::size_t(table.rowConfiguration[i])];
        const CacheSpillResult::Configuration &rc = r.configurations[std::size_t(c)];
        const double e = columns.energyPerDatum[i];
        r.x[k] = rc.bytes;
        r.y[k] = e;
        r.configuration[k] = c;
        r.id[k] = columns.id[i];
        const bool ok = std::isfinite(e) && e > 0;
        const int d = rc.gpu ? 1 : 0;
        r.ratio[k] = ok && std::isfinite(rc.predicted) && rc.predicted > 0 ? rc.predicted / e
                                                                           : std::numeric_limits<double>::quiet_NaN();
        if (!ok) {
            ++r.nonPositive;
            continue;
        }
        if (std::isfinite(r.ratio[k]))
            ratios[d].push_back(r.ratio[k]);
        devX[d].push_back(rc.bytes);
        devY[d].push_back(e);
    }
    for (int d = 0; d < 2; ++d) {
        CacheSpillResult::DeviceSeries &dev = d ? r.gpu : r.cpu;
        dev.plotted = devX[d].size();
        dev.boundaries = cacheBoundaries(d ? Device::Gpu : Device::Cpu, kind);
        if (!dev.plotted)
            continue;
        dev.binning = binByLog2(devX[d], devY[d], CacheSpillResult::BinWidthLog2, CacheSpillResult::MinBinCount);
        dev.spills = detectSpills(dev.binning.bins, dev.boundaries);
        if (!ratios[d].empty())
            dev.ratioMedian = stats::median(ratios[d]);
        if (stop())
            return r;
    }
    return r;
}

} // namespace wattprint
