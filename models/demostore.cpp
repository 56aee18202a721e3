#include "demostore.h"

#include "store.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QScopeGuard>
#include <QSqlQuery>

namespace wattprint {

ImportReport DemoStore::build(Store *store, const DemoOptions &options, std::function<void(qint64, qint64)> progress)
{
    if (options.runs < 1 || options.runs > DemoGenerator::MaxRuns) {
        ImportReport refused;
        refused.source = QStringLiteral("wattprint demo");
        refused.error = QCoreApplication::translate("DemoStore", "The demo makes 1 to %1 runs, not %2")
                            .arg(DemoGenerator::MaxRuns)
                            .arg(options.runs);
        return refused;
    }
    DemoGenerator generator(options);
    QList<Importer::Entry> entries;
    // Node files first, so runs get their node type as they are inserted.
    entries.append({QStringLiteral("node_sinfo.csv"), generator.nodeSinfoCsv()});
    entries.append({QStringLiteral("node_power_dist.csv"), generator.nodePowerDistCsv()});
    // The runs are read as they are generated (about 480 bytes of text a run, never all at once).
    Importer::Entry runs;
    runs.name = QStringLiteral("runs_with_standardized_energy.csv");
    runs.device = std::shared_ptr<QIODevice>(generator.runsCsvDevice());
    runs.size = options.runs * 480;
    entries.append(runs);
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
