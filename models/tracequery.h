#pragma once

#include <QMetaType>
#include <QString>

#include <runquality.h>

#include <optional>
#include <span>
#include <vector>

namespace wattprint {

class Store;

// One run with what a details pane needs beyond RunColumns: its UUID, node and job, its
// configuration, and the watt-meter trace of its job on its node (power_samples).
struct TraceDetails
{
    qint64 runRowId = 0; // runs.id asked for
    bool found = false;  // false: no such run (or the query failed: see error)
    QString error;       // set when the store could not be read

    QString runId; // UUID
    qint64 experimentId = 0;
    qint64 slurmJobId = 0;
    QString node;     // host name, "r4i4n18"
    QString nodeType; // "cpu1" .. "gpu2"; empty if unknown
    // Idle power of the node (nodes.idle_power); unset when the node files were not imported.
    std::optional<double> idlePower;

    QString dataset, shape, device, batch;
    qint64 size = 0;
    int depth = 0;

    qint64 startNs = 0;          // UTC, ns since the epoch
    qint64 updateNs = 0;         // end of training: run_time = update - start, the span the energy covers
    std::optional<qint64> endNs; // end_time when stored (a few seconds after update)
    double energy = 0;           // J
    double runTime = 0;          // s
    double power = 0;            // W
    // The quality rules the run fails (runs.quality); runquality::sentences() words them.
    runquality::Mask quality = 0;

    // The job's power samples on this node, ascending time (UTC ns) and watts; empty when no
    // trace was imported for the job.
    std::vector<qint64> sampleNs;
    std::vector<double> sampleWatts;

    bool hasTrace() const { return !sampleNs.empty(); }
};

// Reads one run's details and its trace. Call from any thread with a Store opened on that
// thread (like RunLoader); the views reach it through a provider the app hands them.
class TraceQuery
{
public:
    explicit TraceQuery(Store *store);

    // The run with runs.id = runRowId. found = false if there is none; error is set on SQL errors.
    TraceDetails details(qint64 runRowId) const;

    // Energy (J) of a piecewise-constant trace between fromNs and toNs: each sample holds until
    // the next one (the last holds for the median sample spacing). Time before the first sample
    // is not counted. Returns nullopt when the trace does not cover the span's start.
    static std::optional<double> integrate(std::span<const qint64> timeNs, std::span<const double> watts, qint64 fromNs,
                                           qint64 toNs);

private:
    Store *m_store;
};

} // namespace wattprint

Q_DECLARE_METATYPE(wattprint::TraceDetails)
