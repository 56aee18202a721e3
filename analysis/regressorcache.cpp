#include "regressorcache.h"

#include "analysiserror.h"
#include "architecture.h"
#include "configurations.h"

#include <QMutex>

#include <map>
#include <tuple>

namespace wattprint {

namespace {

constexpr WorkingSetKind AllKinds[] = {WorkingSetKind::Forward, WorkingSetKind::Backward, WorkingSetKind::InterLayerMax,
                                       WorkingSetKind::Dataset};

using Key = std::tuple<QString, QString, int, std::int64_t>;

} // namespace

std::shared_ptr<const ConfigurationRegressors> configurationRegressors(const QString &dataset, const QString &shape,
                                                                       int depth, std::int64_t size)
{
    static QMutex mutex;
    static std::map<Key, std::shared_ptr<const ConfigurationRegressors>> cache;
    const Key key{dataset, shape, depth, size};
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.find(key);
        if (it != cache.end())
            return it->second;
    }
    auto d = std::make_shared<ConfigurationRegressors>();
    if (findDataset(dataset) && shapeNames().contains(shape)) {
        try {
            const Derivation derivation = deriveFromDataset(dataset, shapeFromName(shape), depth, size);
            for (WorkingSetKind k : AllKinds)
                d->bytes[std::size_t(k)] = workingSetBytes(derivation.cpu, k);
            d->cpuRow = fitRowFor(derivation, Device::Cpu, 0);
            d->gpuRow = fitRowFor(derivation, Device::Gpu, 0);
            d->trainingDataPerEpoch = derivation.operations.trainingDataPerEpoch;
            d->ok = true;
        } catch (const AnalysisError &) {
            d->ok = false;
        }
    }
    QMutexLocker lock(&mutex);
    return cache.emplace(key, std::move(d)).first->second;
}

std::shared_ptr<const ConfigurationRegressorList> sharedConfigurationRegressors(const RunColumns &runs)
{
    return std::static_pointer_cast<const ConfigurationRegressorList>(
        runs.shared(RunColumns::Derived::ConfigurationRegressors, [&] {
            const std::shared_ptr<const ConfigurationTable> table = sharedConfigurations(runs);
            auto list = std::make_shared<ConfigurationRegressorList>();
            list->reserve(table->configurations.size());
            for (const ConfigurationStats &s : table->configurations)
                list->push_back(configurationRegressors(s.datasetName, s.shapeName, s.depth, s.size));
            return std::shared_ptr<const void>(std::move(list));
        }));
}

} // namespace wattprint
