#include "demostore.h"

#include "store.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace wattprint {

ImportReport DemoStore::build(Store *store, const DemoOptions &options, std::function<void(qint64, qint64)> progress)
{
    DemoGenerator generator(options);
    QList<Importer::Entry> entries;
    // Node files first, so runs get their node type as they are inserted.
    entries.append({QStringLiteral("node_sinfo.csv"), generator.nodeSinfoCsv()});
    entries.append({QStringLiteral("node_power_dist.csv"), generator.nodePowerDistCsv()});
    entries.append({QStringLiteral("runs_with_standardized_energy.csv"), generator.runsCsv()});
    const auto traces = generator.traceCsvs();
    for (const auto &trace : traces)
        entries.append({QStringLiteral("butter_e_energy/%1.csv").arg(trace.first), trace.second});

    // Into an empty store nothing can be lost, so skip the fsyncs of this one transaction.
    const bool fresh = store->isEmpty() && store->imports().isEmpty();
    QSqlQuery pragma(store->database());
    if (fresh)
        pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const auto restore = qScopeGuard([&] {
        if (fresh)
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    });
    Importer importer(store);
    if (progress)
        importer.setProgressHandler(std::move(progress));
    ImportOptions importOptions;
    importOptions.synthetic = true;
    return importer.importEntries(
        QStringLiteral("wattprint demo --seed %1 --runs %2").arg(options.seed).arg(options.runs), entries,
        importOptions);
}

QString DemoStore::label()
{
    return DemoGenerator::syntheticLabel();
}

} // namespace wattprint
