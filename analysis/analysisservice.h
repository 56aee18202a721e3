#pragma once

#include "runcolumns.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

namespace wattprint {

class AnalysisService;

namespace detail {
struct AnalysisRequest;
struct AnalysisSnapshot;
} // namespace detail

// What a running job may ask of the service. Lives on the job's pool thread; both calls are
// cheap and may be made as often as the job likes.
class JobContext
{
public:
    // True once the request was cancelled, superseded by a newer one from the same requester,
    // made stale by a new data generation, or the service is shutting down. A job should check
    // it in its loops and return early (what it returns is dropped).
    bool isCancelled() const;
    // 0 .. 1000 (clamped). Delivered as AnalysisService::progress on the GUI thread, only for
    // changed values and only while the request is current.
    void setProgress(int permille);

private:
    friend class AnalysisService;
    JobContext(AnalysisService *service, std::shared_ptr<detail::AnalysisRequest> request);
    AnalysisService *m_service;
    std::shared_ptr<detail::AnalysisRequest> m_request;
};

// Runs analysis jobs on a thread pool and hands their results to the thread the service lives
// on (the GUI thread), as docs/architecture.md "Data flow" describes:
//  - The app sets a data source: a generation number and a loader that fills RunColumns (app/
//    supplies it with models' RunLoader; analysis/ knows no SQL). The columns are loaded once per
//    generation, on the pool, into an immutable snapshot shared by every job of that generation.
//    Jobs that arrive while it loads wait for that one load.
//  - Each request names its requester (a view id). A newer request from the same requester
//    supersedes the older one: the older one's cancel flag is set and its result is dropped.
//  - A result computed for an older generation is dropped. Dropped requests emit nothing.
//  - A job that throws fails the request: AnalysisError (any std::exception) messages pass
//    through to failed(); so does a failed load ("could not load the runs: ...").
// A failed load is remembered for its generation; set a new generation to try again.
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    using Loader = std::function<bool(RunColumns *, const std::atomic_bool *cancel, QString *error)>;
    using Job = std::function<QVariant(const RunColumns &, JobContext &)>;
    // A loader that hands out columns it may share with others (a store's copy in memory): null
    // with *error set on failure, null with an empty *error when cancelled.
    using SharedLoader
        = std::function<std::shared_ptr<const RunColumns>(const std::atomic_bool *cancel, QString *error)>;

    explicit AnalysisService(QObject *parent = nullptr);
    // Cancels everything and waits for the running jobs (and a running load) to return.
    ~AnalysisService() override;

    // Threads of the service's own pool (default: max(2, ideal thread count)).
    void setMaxThreadCount(int threads);
    int maxThreadCount() const;

    // A new generation drops the current snapshot (cancelling its load if one runs) and makes
    // every pending request stale. The same generation again keeps the snapshot and the loader.
    void setDataSource(quint64 generation, Loader loader);
    void setSharedDataSource(quint64 generation, SharedLoader loader);
    quint64 generation() const { return m_generation; }
    bool hasDataSource() const;

    // Queues `job` for `requester`; returns the request id (increasing, never 0). Without a data
    // source the request fails (asynchronously, like every outcome).
    // `expectedMs`: what the job is expected to cost, for its place in the queue until one of
    // the requester's jobs has been timed.
    quint64 request(const QString &requester, Job job, double expectedMs = 0);
    // Cancels the requester's current request (nothing is emitted for it).
    void cancel(const QString &requester);
    void cancelAll();

    // True while a current (not superseded, not cancelled, not stale) request has no outcome yet.
    bool isBusy() const { return !m_current.isEmpty(); }
    bool isPending(const QString &requester) const { return m_current.contains(requester); }

    // The CPU time of the requester's last delivered job on its pool thread, the snapshot's load
    // not counted (ms; -1 before the first). Queued jobs start in order of it, longest first.
    double lastJobMilliseconds(const QString &requester) const { return m_jobMs.value(requester, -1.0); }

    // The snapshot of the current generation if it has been loaded, else null.
    std::shared_ptr<const RunColumns> snapshot() const;

signals:
    void resultReady(const QString &requester, quint64 requestId, const QVariant &result);
    void failed(const QString &requester, quint64 requestId, const QString &message);
    void progress(const QString &requester, int permille);
    void busyChanged(bool busy);
    // After each successful load: rows loaded and how long the loader took.
    void snapshotLoaded(quint64 generation, qint64 rows, qint64 milliseconds);

private:
    friend class JobContext;
    enum class Outcome { Result, Failure, Dropped };

    void runOnPool(std::shared_ptr<detail::AnalysisRequest> request, std::shared_ptr<detail::AnalysisSnapshot> snapshot,
                   Job job);
    void post(std::shared_ptr<detail::AnalysisRequest> request, Outcome outcome, QVariant result, QString message);
    void finish(const std::shared_ptr<detail::AnalysisRequest> &request, Outcome outcome, const QVariant &result,
                const QString &message);
    void postProgress(const std::shared_ptr<detail::AnalysisRequest> &request, int permille);
    void dropCurrent(const QString &requester);
    void updateBusy();

    QThreadPool m_pool;
    quint64 m_generation = 0;
    quint64 m_nextRequestId = 0;
    std::shared_ptr<detail::AnalysisSnapshot> m_snapshot;
    QHash<QString, std::shared_ptr<detail::AnalysisRequest>> m_current;
    QHash<QString, double> m_jobMs;
    bool m_busy = false;
};

} // namespace wattprint
