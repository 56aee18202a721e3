#include "analysisservice.h"

#include "loadonce.h"
#include "threadpriority.h"
#include "vectorstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>

#include <stdexcept>
#include <time.h>

namespace wattprint {

namespace detail {

struct AnalysisRequest
{
    QString requester;
    quint64 id = 0;
    quint64 generation = 0;
    std::atomic_bool cancel{false};
    std::atomic_int lastProgress{-1};
    double jobMs = -1; // written on the pool before the outcome is posted, read after
};

// The columns of one generation, loaded by the first job that needs them.
struct AnalysisSnapshot
{
    quint64 generation = 0;
    AnalysisService::SharedLoader loader;
    std::atomic_bool cancel{false}; // the generation was replaced or the service is closing
    LoadOnce<RunColumns> columns;

    // Returns the columns, loading them if nobody has yet. Waits for a load another job runs,
    // giving up (null, empty *error) when `jobCancel` is set. `loadMs` >= 0 when this call loaded.
    std::shared_ptr<const RunColumns> acquire(const std::atomic_bool &jobCancel, QString *errorOut, qint64 *loadMs)
    {
        *loadMs = -1;
        qint64 elapsed = -1;
        bool made = false;
        auto result = columns.get(
            [this, &elapsed](QString *error) -> std::shared_ptr<const RunColumns> {
                std::shared_ptr<const RunColumns> fresh;
                QString message;
                QElapsedTimer timer;
                timer.start();
                try {
                    fresh = loader(&cancel, &message);
                    if (fresh) {
                        fresh->checkConsistent();
                        fresh->markImmutable(); // the jobs of this generation share what they derive
                    }
                } catch (const std::exception &e) {
                    fresh = nullptr;
                    message = QString::fromStdString(e.what());
                }
                elapsed = timer.elapsed();
                if (fresh)
                    return fresh;
                if (cancel.load())
                    *error = QCoreApplication::translate("AnalysisService", "loading the runs was cancelled");
                else
                    *error = QCoreApplication::translate("AnalysisService", "could not load the runs: %1")
                                 .arg(message.isEmpty()
                                          ? QCoreApplication::translate("AnalysisService", "unknown error")
                                          : message);
                return nullptr;
            },
            &jobCancel, errorOut, &made);
        if (made && result)
            *loadMs = elapsed;
        return result;
    }
};

} // namespace detail

namespace {

// CPU time of the calling thread: a job's own cost, whatever else shares the cores.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

using detail::AnalysisRequest;
using detail::AnalysisSnapshot;

JobContext::JobContext(AnalysisService *service, std::shared_ptr<AnalysisRequest> request)
    : m_service(service)
    , m_request(std::move(request))
{}

bool JobContext::isCancelled() const
{
    return m_request->cancel.load(std::memory_order_relaxed);
}

void JobContext::setProgress(int permille)
{
    m_service->postProgress(m_request, std::clamp(permille, 0, 1000));
}

AnalysisService::AnalysisService(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

AnalysisService::~AnalysisService()
{
    cancelAll();
    if (m_snapshot)
        m_snapshot->cancel = true;
    // Jobs post to this object; they must all have returned before it goes away.
    m_pool.waitForDone();
}

void AnalysisService::setMaxThreadCount(int threads)
{
    m_pool.setMaxThreadCount(std::max(1, threads));
}

int AnalysisService::maxThreadCount() const
{
    return m_pool.maxThreadCount();
}

void AnalysisService::setDataSource(quint64 generation, Loader loader)
{
    if (!loader) {
        setSharedDataSource(generation, nullptr);
        return;
    }
    setSharedDataSource(generation,
                        [loader = std::move(loader)](const std::atomic_bool *cancel,
                                                     QString *error) -> std::shared_ptr<const RunColumns> {
                            auto fresh = std::make_shared<RunColumns>();
                            return loader(fresh.get(), cancel, error) ? fresh : nullptr;
                        });
}

void AnalysisService::setSharedDataSource(quint64 generation, SharedLoader loader)
{
    if (m_snapshot && generation == m_generation)
        return;
    if (m_snapshot)
        m_snapshot->cancel = true;
    m_generation = generation;
    m_snapshot = std::make_shared<AnalysisSnapshot>();
    m_snapshot->generation = generation;
    m_snapshot->loader = std::move(loader);
    // Everything asked for the old data is stale now.
    for (const auto &request : std::as_const(m_current))
        request->cancel = true;
    m_current.clear();
    updateBusy();
}

bool AnalysisService::hasDataSource() const
{
    return m_snapshot && m_snapshot->loader;
}

quint64 AnalysisService::request(const QString &requester, Job job, double expectedMs)
{
    dropCurrent(requester);
    auto request = std::make_shared<AnalysisRequest>();
    request->requester = requester;
    request->id = ++m_nextRequestId;
    request->generation = m_generation;
    m_current.insert(requester, request);
    updateBusy();

    if (!hasDataSource()) {
        post(request, Outcome::Failure, {},
             QCoreApplication::translate("AnalysisService", "no data to analyse: open or import a store first"));
    } else if (!job) {
        post(request, Outcome::Failure, {}, QCoreApplication::translate("AnalysisService", "empty analysis job"));
    } else {
        std::shared_ptr<AnalysisSnapshot> snapshot = m_snapshot;
        // Longest first: jobs queued together start in order of what the requester's last job
        // cost (or, before it has one, what it is expected to cost), so the pool's threads
        // finish about together instead of one long job closing the change alone.
        const int priority = int(std::clamp(m_jobMs.value(requester, expectedMs), 0.0, 1e6));
        m_pool.start(
            [this, request, snapshot, job = std::move(job)]() mutable {
                runOnPool(std::move(request), std::move(snapshot), std::move(job));
            },
            priority);
    }
    return request->id;
}

void AnalysisService::cancel(const QString &requester)
{
    dropCurrent(requester);
    updateBusy();
}

void AnalysisService::cancelAll()
{
    for (const auto &request : std::as_const(m_current))
        request->cancel = true;
    m_current.clear();
    updateBusy();
}

std::shared_ptr<const RunColumns> AnalysisService::snapshot() const
{
    return m_snapshot ? m_snapshot->columns.value() : nullptr;
}

// On a pool thread.
void AnalysisService::runOnPool(std::shared_ptr<AnalysisRequest> request, std::shared_ptr<AnalysisSnapshot> snapshot,
                                Job job)
{
    yieldToGuiThread();
    if (request->cancel.load()) {
        post(std::move(request), Outcome::Dropped, {}, {});
        return;
    }
    QString error;
    qint64 loadMs = -1;
    const std::shared_ptr<const RunColumns> columns = snapshot->acquire(request->cancel, &error, &loadMs);
    if (loadMs >= 0) {
        const quint64 generation = snapshot->generation;
        const auto rows = qint64(columns->rowCount());
        QMetaObject::invokeMethod(
            this, [this, generation, rows, loadMs] { emit snapshotLoaded(generation, rows, loadMs); },
            Qt::QueuedConnection);
    }
    if (!columns) {
        post(std::move(request), error.isEmpty() ? Outcome::Dropped : Outcome::Failure, {}, error);
        return;
    }
    JobContext context(this, request);
    try {
        const double started = threadCpuMs();
        // Whatever ran on this pool thread before (Qt's string hashing) may have left the vector
        // registers in the state that makes every later SSE instruction slow: measured, a density
        // curve then took 180 ms instead of 7 (analysis/vectorstate.h).
        clearUpperVectorState();
        QVariant result = job(*columns, context);
        request->jobMs = threadCpuMs() - started;
        post(std::move(request), Outcome::Result, std::move(result), {});
    } catch (const std::exception &e) {
        post(std::move(request), Outcome::Failure, {}, QString::fromStdString(e.what()));
    } catch (...) {
        post(std::move(request), Outcome::Failure, {},
             QCoreApplication::translate("AnalysisService", "the analysis failed unexpectedly"));
    }
}

void AnalysisService::post(std::shared_ptr<AnalysisRequest> request, Outcome outcome, QVariant result, QString message)
{
    QMetaObject::invokeMethod(
        this,
        [this, request = std::move(request), outcome, result = std::move(result), message = std::move(message)] {
            finish(request, outcome, result, message);
        },
        Qt::QueuedConnection);
}

// On the service's thread.
void AnalysisService::finish(const std::shared_ptr<AnalysisRequest> &request, Outcome outcome, const QVariant &result,
                             const QString &message)
{
    const auto it = m_current.constFind(request->requester);
    if (it == m_current.cend() || it->get() != request.get())
        return; // superseded, cancelled or stale: dropped
    m_current.erase(it);
    const bool deliver = outcome != Outcome::Dropped && !request->cancel.load() && request->generation == m_generation;
    if (deliver && outcome == Outcome::Result)
        m_jobMs.insert(request->requester, request->jobMs);
    if (deliver && outcome == Outcome::Result)
        emit resultReady(request->requester, request->id, result);
    else if (deliver)
        emit failed(request->requester, request->id, message);
    updateBusy();
}

void AnalysisService::postProgress(const std::shared_ptr<AnalysisRequest> &request, int permille)
{
    if (request->cancel.load(std::memory_order_relaxed))
        return;
    if (request->lastProgress.exchange(permille) == permille)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, request, permille] {
            const auto current = m_current.value(request->requester);
            if (current.get() == request.get() && !request->cancel.load())
                emit progress(request->requester, permille);
        },
        Qt::QueuedConnection);
}

void AnalysisService::dropCurrent(const QString &requester)
{
    const auto it = m_current.find(requester);
    if (it == m_current.end())
        return;
    (*it)->cancel = true;
    m_current.erase(it);
}

void AnalysisService::updateBusy()
{
    const bool busy = !m_current.isEmpty();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace wattprint
