#include "runcolumns.h"

#include "analysiserror.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace wattprint {

void RunColumns::reserve(std::size_t n)
{
    id.reserve(n);
    dataset.reserve(n);
    shape.reserve(n);
    nodeType.reserve(n);
    batch.reserve(n);
    source.reserve(n);
    project.reserve(n);
    size.reserve(n);
    depth.reserve(n);
    isGpu.reserve(n);
    slurmJobId.reserve(n);
    startNs.reserve(n);
    energy.reserve(n);
    runTime.reserve(n);
    power.reserve(n);
    nonOverheadEnergy.reserve(n);
    energyOverhead.reserve(n);
    energyPerEpoch.reserve(n);
    energyPerDatum.reserve(n);
    quality.reserve(n);
}

std::size_t RunColumns::configuredCount() const
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < rowCount(); ++i)
        n += hasConfiguration(i) ? 1 : 0;
    return n;
}

std::shared_ptr<const RunColumns::Unconfigured> RunColumns::unconfigured() const
{
    return std::static_pointer_cast<const Unconfigured>(shared(Derived::Unconfigured, [this] {
        auto u = std::make_shared<Unconfigured>();
        for (std::size_t i = 0; i < rowCount(); ++i) {
            if (hasConfiguration(i))
                continue;
            ++u->count;
            const std::int32_t s = source.empty() ? -1 : source[i];
            if (std::find(u->sources.begin(), u->sources.end(), s) == u->sources.end())
                u->sources.push_back(s);
        }
        return std::shared_ptr<const void>(std::move(u));
    }));
}

void RunColumns::checkConsistent() const
{
    const std::size_t n = id.size();
    const std::size_t sizes[] = {
        dataset.size(),        shape.size(),  nodeType.size(),          batch.size(),          size.size(),
        depth.size(),          isGpu.size(),  slurmJobId.size(),        startNs.size(),        energy.size(),
        runTime.size(),        power.size(),  nonOverheadEnergy.size(), energyOverhead.size(), energyPerEpoch.size(),
        energyPerDatum.size(), quality.size()};
    for (std::size_t s : sizes) {
        if (s != n)
            throw AnalysisError("run columns have different lengths");
    }
    if ((!expectedEnergy.empty() && expectedEnergy.size() != n) || (!source.empty() && source.size() != n)
        || (!project.empty() && project.size() != n))
        throw AnalysisError("run columns have different lengths");
    if (!cpuEnergy.empty() && (cpuEnergy.size() != n || gpuEnergy.size() != n || ramEnergy.size() != n))
        throw AnalysisError("run columns have different lengths");
}

struct DerivedSlot::Store
{
    struct Entry
    {
        std::once_flag once;
        std::shared_ptr<const void> value;
    };
    std::mutex mutex;
    std::map<RunColumns::Derived, std::shared_ptr<Entry>> entries;
};

void RunColumns::markImmutable() const
{
    if (!derived.m_store)
        derived.m_store = std::make_shared<DerivedSlot::Store>();
}

std::shared_ptr<const void> RunColumns::shared(Derived key,
                                               const std::function<std::shared_ptr<const void>()> &make) const
{
    if (!derived.m_store)
        return make();
    std::shared_ptr<DerivedSlot::Store::Entry> entry;
    {
        std::lock_guard lock(derived.m_store->mutex);
        auto &slot = derived.m_store->entries[key];
        if (!slot)
            slot = std::make_shared<DerivedSlot::Store::Entry>();
        entry = slot;
    }
    // The first caller makes it while the others wait; if it throws, the next caller tries again.
    std::call_once(entry->once, [&] { entry->value = make(); });
    return entry->value;
}

} // namespace wattprint
