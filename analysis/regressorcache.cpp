#include "regressorcache.h"

#include "analysiserror.h"
#include "architecture.h"
#include "configurations.h"

#include <QHash>
#include <QMutex>

namespace wattprint {

namespace {

constexpr WorkingSetKind AllKinds[] = {WorkingSetKind::Forward, WorkingSetKind::Backward, WorkingSetKind::InterLayerMax,
                                       WorkingSetKind::Dataset};

// Hashed, not ordered: a snapshot of 30,600 configurations looked its regressors up in a std::map
// of string tuples, and the string comparisons were a tenth of the what-if job.
struct Key
{
    QString dataset, shape;
    int depth = 0;
    std::int64_t size = 0;

    bool operator==(const Key &o) const
    {
        return depth == o.depth && size == o.size && dataset == o.dataset && shape == o.shape;
    }
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.dataset, k.shape, k.depth, k.size);
}

} // namespace

std::shared_ptr<const ConfigurationRegressors> configurationRegressors(const QString &dataset, const QString &shape,
                                                                       int depth, std::int64_t size)
{
    static QMutex mutex;
    static QHash<Key, std::shared_ptr<const ConfigurationRegressors>> cache;
    const Key key{dataset, shape, depth, size};
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(key);
        if (it != cache.cend())
            return it.value();
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
    // Another thread may have derived the same one meanwhile: the first stays.
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return it.value();
    cache.insert(key, d);
    return d;
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
