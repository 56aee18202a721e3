// AnalysisService: results delivered on the GUI thread, a newer request superseding an older one,
// cancelling, failures passing through, one snapshot load per generation, stale generations dropped.
#include <analysiserror.h>
#include <analysisservice.h>

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>

using namespace wattprint;

namespace {

RunColumns makeColumns(std::size_t n, double scale = 1.0)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_1")};
    for (std::size_t i = 0; i < n; ++i) {
        c.id.push_back(std::int64_t(i + 1));
        c.dataset.push_back(0);
        c.shape.push_back(0);
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(256);
        c.depth.push_back(3);
        c.isGpu.push_back(0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(scale * double(i + 1));
        c.runTime.push_back(1.0);
        c.power.push_back(1.0);
        c.nonOverheadEnergy.push_back(1.0);
        c.energyOverhead.push_back(0.0);
        c.energyPerEpoch.push_back(1.0);
        c.energyPerDatum.push_back(1.0);
        c.quality.push_back(0);
    }
    return c;
}

// A loader that fills `n` rows, counts its calls and remembers its thread.
struct CountingLoader
{
    std::shared_ptr<std::atomic_int> calls = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<std::atomic<QThread *>> thread = std::make_shared<std::atomic<QThread *>>(nullptr);
    std::size_t n = 10;
    double scale = 1.0;
    int sleepMs = 0;

    AnalysisService::Loader loader() const
    {
        return [calls = calls, thread = thread, n = n, scale = scale,
                sleepMs = sleepMs](RunColumns *out, const std::atomic_bool *, QString *) {
            ++*calls;
            *thread = QThread::currentThread();
            if (sleepMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
            *out = makeColumns(n, scale);
            return true;
        };
    }
};

// Holds a job until the test releases it.
struct Gate
{
    std::mutex mutex;
    std::condition_variable cv;
    bool open = false;
    std::atomic_bool started{false};
    std::atomic_bool sawCancel{false};

    void wait(JobContext &context)
    {
        started = true;
        std::unique_lock lock(mutex);
        cv.wait(lock, [&] { return open; });
        sawCancel = context.isCancelled();
    }
    void release()
    {
        {
            std::lock_guard lock(mutex);
            open = true;
        }
        cv.notify_all();
    }
};

double energySum(const RunColumns &c)
{
    return std::accumulate(c.energy.begin(), c.energy.end(), 0.0);
}

} // namespace

class TestAnalysisService : public QObject
{
    Q_OBJECT

private slots:
    void resultArrivesOnGuiThread();
    void newerRequestSupersedesOlder();
    void cancelDropsResult();
    void failureMessagePassesThrough();
    void loadFailureIsReported();
    void snapshotLoadedOnceForSeveralJobs();
    void staleGenerationIsDropped();
    void progressIsReported();
    void noDataSourceFails();
    void expectedCostOrdersTheFirstJobs();
};

void TestAnalysisService::resultArrivesOnGuiThread()
{
    AnalysisService service;
    CountingLoader counting;
    counting.n = 100;
    service.setDataSource(1, counting.loader());
    QSignalSpy results(&service, &AnalysisService::resultReady);
    QSignalSpy busy(&service, &AnalysisService::busyChanged);
    QThread *deliveredOn = nullptr;
    connect(&service, &AnalysisService::resultReady, this, [&] { deliveredOn = QThread::currentThread(); });
    std::atomic<QThread *> jobThread = nullptr;

    const quint64 id = service.request(QStringLiteral("histogram"), [&](const RunColumns &c, JobContext &) {
        jobThread = QThread::currentThread();
        return QVariant(energySum(c));
    });
    QVERIFY(id > 0);
    QVERIFY(service.isBusy());
    QVERIFY(results.wait(5000));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).at(0).toString(), QStringLiteral("histogram"));
    QCOMPARE(results.at(0).at(1).toULongLong(), id);
    QCOMPARE(results.at(0).at(2).toDouble(), 100.0 * 101.0 / 2.0); // 1 + 2 + ... + 100
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(jobThread.load() != nullptr);
    QVERIFY(jobThread.load() != QThread::currentThread());
    QVERIFY(counting.thread->load() != QThread::currentThread()); // loading happened on the pool
    QVERIFY(!service.isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(service.snapshot());
    QCOMPARE(service.snapshot()->rowCount(), std::size_t(100));
}

void TestAnalysisService::newerRequestSupersedesOlder()
{
    AnalysisService service;
    CountingLoader counting;
    service.setDataSource(1, counting.loader());
    QSignalSpy results(&service, &AnalysisService::resultReady);
    QSignalSpy failures(&service, &AnalysisService::failed);
    auto gate = std::make_shared<Gate>();

    const quint64 oldId = service.request(QStringLiteral("view"), [gate](const RunColumns &, JobContext &context) {
        gate->wait(context);
        return QVariant(QStringLiteral("old"));
    });
    QTRY_VERIFY(gate->started.load());
    const quint64 newId = service.request(
        QStringLiteral("view"), [](const RunColumns &, JobContext &) { return QVariant(QStringLiteral("new")); });
    QVERIFY(newId > oldId);
    QVERIFY(results.wait(5000));
    gate->release();
    QTest::qWait(200); // give the old job time to finish and post
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).at(1).toULongLong(), newId);
    QCOMPARE(results.at(0).at(2).toString(), QStringLiteral("new"));
    QCOMPARE(failures.size(), 0);
    QVERIFY(gate->sawCancel.load()); // the superseded job was told to stop
    QVERIFY(!service.isBusy());
}

void TestAnalysisService::cancelDropsResult()
{
    AnalysisService service;
    CountingLoader counting;
    service.setDataSource(1, counting.loader());
    QSignalSpy results(&service, &AnalysisService::resultReady);
    QSignalSpy failures(&service, &AnalysisService::failed);
    QSignalSpy busy(&service, &AnalysisService::busyChanged);
    auto gate = std::make_shared<Gate>();
    service.request(QStringLiteral("view"), [gate](const RunColumns &, JobContext &context) {
        gate->wait(context);
        return QVariant(1);
    });
    QTRY_VERIFY(gate->started.load());
    QVERIFY(service.isPending(QStringLiteral("view")));
    service.cancel(QStringLiteral("view"));
    QVERIFY(!service.isBusy());
    gate->release();
    QTest::qWait(200);
    QCOMPARE(results.size(), 0);
    QCOMPARE(failures.size(), 0);
    QVERIFY(gate->sawCancel.load());
    QCOMPARE(busy.size(), 2); // true on request, false on cancel

    // A cooperative job sees the flag while it loops.
    std::atomic_bool stopped = false;
    service.request(QStringLiteral("loop"), [&stopped](const RunColumns &, JobContext &context) {
        while (!context.isCancelled())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        stopped = true;
        return QVariant();
    });
    QTest::qWait(50);
    service.cancelAll();
    QTRY_VERIFY(stopped.load());
    QTest::qWait(50);
    QCOMPARE(results.size(), 0);
}

void TestAnalysisService::failureMessagePassesThrough()
{
    AnalysisService service;
    CountingLoader counting;
    service.setDataSource(1, counting.loader());
    QSignalSpy results(&service, &AnalysisService::resultReady);
    QSignalSpy failures(&service, &AnalysisService::failed);
    const quint64 id = service.request(QStringLiteral("compare"), [](const RunColumns &, JobContext &) -> QVariant {
        throw AnalysisError("Sample B is empty: at least 2 values are needed.");
    });
    QVERIFY(failures.wait(5000));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("compare"));
    QCOMPARE(failures.at(0).at(1).toULongLong(), id);
    QCOMPARE(failures.at(0).at(2).toString(), QStringLiteral("Sample B is empty: at least 2 values are needed."));
    QCOMPARE(results.size(), 0);
    QVERIFY(!service.isBusy());

    // Other exceptions pass their message too; the service keeps working afterwards.
    service.request(QStringLiteral("compare"),
                    [](const RunColumns &, JobContext &) -> QVariant { throw std::runtime_error("out of range"); });
    QVERIFY(failures.wait(5000));
    QCOMPARE(failures.at(1).at(2).toString(), QStringLiteral("out of range"));
    service.request(QStringLiteral("compare"),
                    [](const RunColumns &c, JobContext &) { return QVariant(energySum(c)); });
    QVERIFY(results.wait(5000));
    QCOMPARE(results.at(0).at(2).toDouble(), 55.0);
}

void TestAnalysisService::loadFailureIsReported()
{
    AnalysisService service;
    auto calls = std::make_shared<std::atomic_int>(0);
    service.setDataSource(7, [calls](RunColumns *, const std::atomic_bool *, QString *error) {
        ++*calls;
        *error = QStringLiteral("database disk image is malformed");
        return false;
    });
    QSignalSpy failures(&service, &AnalysisService::failed);
    service.request(QStringLiteral("a"), [](const RunColumns &, JobContext &) { return QVariant(1); });
    QVERIFY(failures.wait(5000));
    QVERIFY2(failures.at(0).at(2).toString().contains(QStringLiteral("database disk image is malformed")),
             qPrintable(failures.at(0).at(2).toString()));
    // Remembered for the generation: a second request fails without a second load.
    service.request(QStringLiteral("b"), [](const RunColumns &, JobContext &) { return QVariant(1); });
    QVERIFY(failures.wait(5000));
    QCOMPARE(calls->load(), 1);

    // Inconsistent columns from a loader are a failure, not a crash.
    service.setDataSource(8, [](RunColumns *out, const std::atomic_bool *, QString *) {
        *out = makeColumns(5);
        out->energy.pop_back();
        return true;
    });
    service.request(QStringLiteral("a"), [](const RunColumns &, JobContext &) { return QVariant(1); });
    QVERIFY(failures.wait(5000));
    QVERIFY(failures.at(2).at(2).toString().contains(QStringLiteral("different lengths")));
}

void TestAnalysisService::snapshotLoadedOnceForSeveralJobs()
{
    AnalysisService service;
    service.setMaxThreadCount(4);
    CountingLoader counting;
    counting.n = 1000;
    counting.sleepMs = 150; // long enough for every job to arrive while it loads
    service.setDataSource(1, counting.loader());
    QSignalSpy results(&service, &AnalysisService::resultReady);
    QSignalSpy loads(&service, &AnalysisService::snapshotLoaded);
    std::mutex mutex;
    QSet<const RunColumns *> seen;
    auto job = [&](const RunColumns &c, JobContext &) {
        {
            std::lock_guard lock(mutex);
            seen.insert(&c);
        }
        return QVariant(double(c.rowCount()));
    };
    const QStringList requesters = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    for (const QString &r : requesters)
        service.request(r, job);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, 5000);
    QCOMPARE(counting.calls->load(), 1);
    QCOMPARE(seen.size(), 1); // one shared snapshot
    QCOMPARE(loads.size(), 1);
    QCOMPARE(loads.at(0).at(0).toULongLong(), quint64(1));
    QCOMPARE(loads.at(0).at(1).toLongLong(), qint64(1000));
    QVERIFY(loads.at(0).at(2).toLongLong() >= 140);

    // Later jobs of the same generation reuse it; setting the same generation again keeps it.
    service.setDataSource(1, counting.loader());
    service.request(QStringLiteral("a"), job);
    QVERIFY(results.wait(5000));
    QCOMPARE(counting.calls->load(), 1);
    // Held here, so the next snapshot cannot take its address and pass for it.
    const std::shared_ptr<const RunColumns> first = service.snapshot();
    QVERIFY(first);
    // A new generation loads again.
    service.setDataSource(2, counting.loader());
    service.request(QStringLiteral("a"), job);
    QVERIFY(results.wait(5000));
    QCOMPARE(counting.calls->load(), 2);
    QCOMPARE(seen.size(), 2);
}

void TestAnalysisService::staleGenerationIsDropped()
{
    AnalysisService service;
    CountingLoader first;
    first.n = 10;
    service.setDataSource(1, first.loader());
    QSignalSpy results(&service, &AnalysisService::resultReady);
    QSignalSpy failures(&service, &AnalysisService::failed);
    auto gate = std::make_shared<Gate>();
    service.request(QStringLiteral("view"), [gate](const RunColumns &c, JobContext &context) {
        gate->wait(context);
        return QVariant(energySum(c));
    });
    QTRY_VERIFY(gate->started.load());
    CountingLoader second;
    second.n = 10;
    second.scale = 2.0;
    service.setDataSource(2, second.loader());
    QVERIFY(!service.isBusy());
    gate->release();
    QTest::qWait(200);
    QCOMPARE(results.size(), 0);
    QCOMPARE(failures.size(), 0);
    QVERIFY(gate->sawCancel.load());

    // The same requester asking again gets the new generation's data.
    service.request(QStringLiteral("view"), [](const RunColumns &c, JobContext &) { return QVariant(energySum(c)); });
    QVERIFY(results.wait(5000));
    QCOMPARE(results.at(0).at(2).toDouble(), 110.0);

    // A load in progress when the generation changes is cancelled through its flag.
    auto sawLoadCancel = std::make_shared<std::atomic_bool>(false);
    auto loading = std::make_shared<std::atomic_bool>(false);
    service.setDataSource(3, [sawLoadCancel, loading](RunColumns *, const std::atomic_bool *cancel, QString *) {
        *loading = true;
        while (!cancel->load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        *sawLoadCancel = true;
        return false;
    });
    service.request(QStringLiteral("view"), [](const RunColumns &, JobContext &) { return QVariant(1); });
    QTRY_VERIFY(loading->load());
    service.setDataSource(4, first.loader());
    QTRY_VERIFY(sawLoadCancel->load());
    QTest::qWait(100);
    QCOMPARE(results.size(), 1);
    QCOMPARE(failures.size(), 0); // the stale load's failure is not reported
}

void TestAnalysisService::progressIsReported()
{
    AnalysisService service;
    CountingLoader counting;
    service.setDataSource(1, counting.loader());
    QSignalSpy results(&service, &AnalysisService::resultReady);
    QSignalSpy progress(&service, &AnalysisService::progress);
    service.request(QStringLiteral("kde"), [](const RunColumns &, JobContext &context) {
        for (int p : {0, 250, 250, 500, 2000})
            context.setProgress(p);
        return QVariant(true);
    });
    QVERIFY(results.wait(5000));
    QList<int> values;
    for (const auto &args : progress) {
        QCOMPARE(args.at(0).toString(), QStringLiteral("kde"));
        values.append(args.at(1).toInt());
    }
    QCOMPARE(values, (QList<int>{0, 250, 500, 1000})); // repeats skipped, clamped to 1000
}

void TestAnalysisService::noDataSourceFails()
{
    AnalysisService service;
    QSignalSpy failures(&service, &AnalysisService::failed);
    service.request(QStringLiteral("view"), [](const RunColumns &, JobContext &) { return QVariant(1); });
    QCOMPARE(failures.size(), 0); // never synchronous
    QVERIFY(failures.wait(5000));
    QVERIFY(!failures.at(0).at(2).toString().isEmpty());
    QVERIFY(!service.isBusy());
}

// Before a requester's job has been timed, its expected cost decides its place in the queue:
// dearest first, as the timed ones.
void TestAnalysisService::expectedCostOrdersTheFirstJobs()
{
    AnalysisService service;
    CountingLoader counting;
    counting.n = 10;
    service.setDataSource(1, counting.loader());
    // Every pool thread held, so that the three jobs below queue together.
    const int threads = std::max(2, QThread::idealThreadCount());
    std::vector<std::unique_ptr<Gate>> blockers;
    for (int i = 0; i < threads; ++i) {
        blockers.push_back(std::make_unique<Gate>());
        Gate *gate = blockers.back().get();
        service.request(QStringLiteral("blocker %1").arg(i), [gate](const RunColumns &, JobContext &context) {
            gate->wait(context);
            return QVariant();
        });
    }
    for (const auto &gate : blockers)
        QTRY_VERIFY(gate->started.load());
    std::mutex mutex;
    QStringList started;
    const auto startedCount = [&] {
        std::lock_guard lock(mutex);
        return started.size();
    };
    Gate hold;
    for (const auto &[name, cost] : {std::pair(QStringLiteral("cheap"), 1.0), std::pair(QStringLiteral("dear"), 100.0),
                                     std::pair(QStringLiteral("middle"), 10.0)}) {
        service.request(
            name,
            [&, name = name](const RunColumns &, JobContext &context) {
                {
                    std::lock_guard lock(mutex);
                    started << name;
                }
                hold.wait(context);
                return QVariant();
            },
            cost);
    }
    // One thread at a time: each takes the dearest job still queued.
    blockers[0]->release();
    QTRY_COMPARE(startedCount(), 1);
    blockers[1]->release();
    QTRY_COMPARE(startedCount(), 2);
    hold.release();
    for (const auto &gate : blockers)
        gate->release();
    QTRY_COMPARE(startedCount(), 3);
    QTRY_VERIFY(!service.isBusy());
    QCOMPARE(started, QStringList({QStringLiteral("dear"), QStringLiteral("middle"), QStringLiteral("cheap")}));
}

QTEST_GUILESS_MAIN(TestAnalysisService)
#include "tst_analysisservice.moc"
