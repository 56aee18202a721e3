#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <runquality.h>

#include <memory>

class QIODevice;

namespace wattprint {

struct DemoOptions
{
    quint64 seed = 20221001;
    qint64 runs = 63527; // exact number of run rows written
    int traceJobs = 300; // SLURM jobs that get a 1-minute watt-meter trace
};

// Deterministic synthetic dataset modelled on BUTTER-E: same files, columns, sweep, node names and
// published findings, made up from a fixed seed. Output is CSV text that goes through the normal
// importer. All output depends only on the options, never on the order of calls: the run records are
// generated once (lazily, ~45 bytes a run) and every writer reads them.
class DemoGenerator
{
public:
    // The most runs the generator makes (about 65 bytes of records each while it works; the
    // text is streamed). Larger counts are refused by DemoStore and the command line, and
    // clamped here.
    static constexpr qint64 MaxRuns = 10'000'000;

    explicit DemoGenerator(const DemoOptions &options = {});
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;

    const DemoOptions &options() const;

    // runs_with_standardized_energy.csv, with pandas' unnamed leading index column; streamed in chunks.
    void writeRunsCsv(QIODevice *out);
    QByteArray runsCsv(); // convenience for small N
    // The same text as a sequential device that generates rows as they are read (the demo
    // store imports through it). The generator must outlive it.
    std::unique_ptr<QIODevice> runsCsvDevice();
    QByteArray nodeSinfoCsv() const;              // node_sinfo.csv (values with leading spaces)
    QByteArray nodePowerDistCsv() const;          // node_power_dist.csv (integer watts)
    QList<QPair<qint64, QByteArray>> traceCsvs(); // (slurm_job_id, "<job>.csv" content), by job id
    QStringList plantedAnomalyRunIds();           // run_id of each planted spike or dip
    // The runs made to fail a quality rule (3-10 per rule from 10,000 runs up), in row order, each
    // with the rule it was made for (a run may fail others too: a crashed run has no energy per
    // datum either).
    struct PlantedQualityRun
    {
        QString runId;
        runquality::Rule rule;
    };
    QList<PlantedQualityRun> plantedQualityRuns();

    static QString syntheticLabel(); // "Demo data (synthetic, modelled on BUTTER-E)", translated

    // The last column of the generated runs file, "true" on every row: the file says it is
    // made up, so importing it again labels its runs synthetic (docs/data.md "Demo data").
    static constexpr char SyntheticMarkerColumn[] = "wattprint_synthetic";

private:
    struct Private;
    class RunsDevice;
    std::unique_ptr<Private> d;
};

} // namespace wattprint
