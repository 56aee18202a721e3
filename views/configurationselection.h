#pragma once

#include <configurations.h>
#include <filter.h>

#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace wattprint {

struct ConfigurationSelection
{
    Filter filter;
    QString text; // names the undo step: "Select configuration adult, rectangle, ..."
};

// The filter that keeps exactly the runs of the `selected` configurations (indices into `all`, the
// configurations of the runs in `base`). When the selection is the cross product of its datasets,
// shapes, devices and size and depth ranges among `all` (always so for one configuration), the
// filter says so in those readable terms; otherwise it lists the run ids. Duplicates are ignored;
// an empty selection returns `base` unchanged.
ConfigurationSelection selectConfigurations(const Filter &base, const std::vector<ConfigurationStats> &all,
                                            std::span<const std::size_t> selected, const ConfigurationRuns &runs);

// "adult, rectangle, 256 parameters, depth 3, CPU" (translated).
QString describeConfiguration(const ConfigurationStats &configuration);
// "CPU" / "GPU".
inline QString deviceName(bool gpu)
{
    return gpu ? QStringLiteral("GPU") : QStringLiteral("CPU");
}

} // namespace wattprint
