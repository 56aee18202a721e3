#include "configurationselection.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <set>

namespace wattprint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigurationSelection", text);
}

} // namespace

QString describeConfiguration(const ConfigurationStats &c)
{
    return QCoreApplication::translate("ConfigurationSelection", "%1, %2, %3 parameters, depth %4, %5")
        .arg(c.datasetName, c.shapeName, QLocale().toString(qlonglong(c.size)), QString::number(c.depth),
             deviceName(c.gpu));
}

ConfigurationSelection selectConfigurations(const Filter &base, const std::vector<ConfigurationStats> &all,
                                            std::span<const std::size_t> selected, const ConfigurationRuns &runs)
{
    ConfigurationSelection out{base, {}};
    std::vector<std::size_t> chosen;
    for (const std::size_t i : selected) {
        if (i < all.size())
            chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    if (chosen.empty())
        return out;

    // The smallest box in filter terms that holds the selection.
    std::set<QString> datasets, shapes, devices;
    std::int64_t sizeMin = all[chosen.front()].size, sizeMax = sizeMin;
    int depthMin = all[chosen.front()].depth, depthMax = depthMin;
    for (const std::size_t i : chosen) {
        const ConfigurationStats &c = all[i];
        datasets.insert(c.datasetName);
        shapes.insert(c.shapeName);
        devices.insert(deviceName(c.gpu));
        sizeMin = std::min(sizeMin, c.size);
        sizeMax = std::max(sizeMax, c.size);
        depthMin = std::min(depthMin, c.depth);
        depthMax = std::max(depthMax, c.depth);
    }
    std::size_t inBox = 0;
    for (const ConfigurationStats &c : all) {
        inBox += datasets.count(c.datasetName) && shapes.count(c.shapeName) && devices.count(deviceName(c.gpu))
            && c.size >= sizeMin && c.size <= sizeMax && c.depth >= depthMin && c.depth <= depthMax;
    }
    if (inBox == chosen.size()) {
        // Every configuration of the box is selected: say it in readable terms. The new lists are
        // subsets of what the base filter lets through, so this only narrows it.
        out.filter.datasets = QStringList(datasets.begin(), datasets.end());
        out.filter.shapes = QStringList(shapes.begin(), shapes.end());
        out.filter.devices = QStringList(devices.begin(), devices.end());
        out.filter.sizeMin = std::max<qint64>(sizeMin, base.sizeMin.value_or(sizeMin));
        out.filter.sizeMax = std::min<qint64>(sizeMax, base.sizeMax.value_or(sizeMax));
        out.filter.depthMin = std::max(depthMin, base.depthMin.value_or(depthMin));
        out.filter.depthMax = std::min(depthMax, base.depthMax.value_or(depthMax));
    } else {
        // Not a box: the runs themselves (they already satisfy the base filter).
        QList<qint64> ids;
        for (const std::size_t i : chosen) {
            for (const std::int64_t id : runs.of(i))
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
        out.filter.runIds = ids;
        out.filter.excludeRunIds = false;
    }
    out.text = chosen.size() == 1 ? tr("Select configuration %1").arg(describeConfiguration(all[chosen.front()]))
                                  : tr("Select %1 configurations").arg(QLocale().toString(qulonglong(chosen.size())));
    return out;
}

} // namespace wattprint
