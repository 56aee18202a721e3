// TraceQuery on a demo store with traces: every field against direct SQL, the trace's UTC times
// against the run's span (a wrong Denver/UTC conversion would put the run's power level hours
// away), the energy integral against the stored energy, the "no trace" and "no such run" cases,
// and the integral on a hand-made trace.
#include "../support/demostorecache.h"

#include <demostore.h>
#include <store.h>
#include <tracequery.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace wattprint;

class TestTraceQuery : public QObject
{
    Q_OBJECT

private:
    qint64 firstRun(const QString &where) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase();
    void detailsMatchSql();
    void traceTimesAreUtcAndCoverTheRun();
    void traceEnergyMatchesStoredEnergy();
    void runWithoutTrace();
    void unknownRun();
    void integrateByHand();
};

void TestTraceQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.runs = 4000;
    options.traceJobs = 8;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_dir.filePath(QStringLiteral("demo.sqlite")), &error),
             qPrintable(error));
    m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

qint64 TestTraceQuery::firstRun(const QString &where) const
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT r.id FROM runs r WHERE %1 ORDER BY r.id LIMIT 1").arg(where)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

namespace {
const QString HasTrace = QStringLiteral(
    "EXISTS (SELECT 1 FROM power_samples p WHERE p.job = r.slurm_job_id AND p.node = r.node)");
}

void TestTraceQuery::detailsMatchSql()
{
    const qint64 id = firstRun(HasTrace);
    QVERIFY(id > 0);
    const TraceDetails d = TraceQuery(m_store.get()).details(id);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QVERIFY(d.found);
    QCOMPARE(d.runRowId, id);

    QSqlQuery q(m_store->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT run_id, experiment_id, slurm_job_id, node, node_type, dataset, shape, device, "
                              "batch, size, depth, start_ns, update_ns, end_ns, energy, run_time, power "
                              "FROM runs WHERE id = %1")
                   .arg(id)));
    QVERIFY(q.next());
    QCOMPARE(d.runId, q.value(0).toString());
    QCOMPARE(d.runId.size(), 36); // a UUID
    QCOMPARE(d.experimentId, q.value(1).toLongLong());
    QCOMPARE(d.slurmJobId, q.value(2).toLongLong());
    QCOMPARE(d.node, q.value(3).toString());
    QCOMPARE(d.nodeType, q.value(4).toString());
    QCOMPARE(d.dataset, q.value(5).toString());
    QCOMPARE(d.shape, q.value(6).toString());
    QCOMPARE(d.device, q.value(7).toString());
    QCOMPARE(d.batch, q.value(8).toString());
    QCOMPARE(d.size, q.value(9).toLongLong());
    QCOMPARE(d.depth, q.value(10).toInt());
    QCOMPARE(d.startNs, q.value(11).toLongLong());
    QCOMPARE(d.updateNs, q.value(12).toLongLong());
    QVERIFY(d.endNs);
    QCOMPARE(*d.endNs, q.value(13).toLongLong());
    QCOMPARE(d.energy, q.value(14).toDouble());
    QCOMPARE(d.runTime, q.value(15).toDouble());
    QCOMPARE(d.power, q.value(16).toDouble());

    QVERIFY(q.exec(QStringLiteral("SELECT idle_power FROM nodes WHERE node = '%1'").arg(d.node)));
    QVERIFY(q.next());
    QVERIFY(d.idlePower);
    QCOMPARE(*d.idlePower, q.value(0).toDouble());

    // Samples: only this job on this node, in time order, all of them.
    QVERIFY(q.exec(QStringLiteral("SELECT time_ns, watts FROM power_samples WHERE job = %1 AND node = '%2' "
                                  "ORDER BY time_ns")
                       .arg(d.slurmJobId)
                       .arg(d.node)));
    std::vector<qint64> t;
    std::vector<double> w;
    while (q.next()) {
        t.push_back(q.value(0).toLongLong());
        w.push_back(q.value(1).toDouble());
    }
    QVERIFY(t.size() > 10);
    QVERIFY(d.hasTrace());
    QVERIFY(d.sampleNs == t);
    QVERIFY(d.sampleWatts == w);
    // A job's file can also hold a neighbour node: those rows must not be in this trace.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM power_samples WHERE job = %1").arg(d.slurmJobId)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toLongLong() >= qint64(t.size()));
}

void TestTraceQuery::traceTimesAreUtcAndCoverTheRun()
{
    // Every run of every traced job: the trace spans the run, and the samples inside the run sit at
    // the run's power, not at idle (the Denver offset is 6-7 hours; a run is minutes to hours).
    QSqlQuery q(m_store->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT r.id FROM runs r WHERE %1 AND r.run_time > 900 ORDER BY r.id").arg(HasTrace)));
    int checked = 0;
    while (q.next()) {
        const TraceDetails d = TraceQuery(m_store.get()).details(q.value(0).toLongLong());
        QVERIFY(d.hasTrace());
        QVERIFY(d.sampleNs.front() <= d.startNs);
        QVERIFY(d.sampleNs.back() >= d.updateNs - 60'000'000'000LL);
        std::vector<double> inside;
        for (std::size_t i = 0; i < d.sampleNs.size(); ++i) {
            if (d.sampleNs[i] >= d.startNs + 60'000'000'000LL && d.sampleNs[i] + 60'000'000'000LL <= d.updateNs)
                inside.push_back(d.sampleWatts[i]);
        }
        QVERIFY(inside.size() >= 10);
        std::nth_element(inside.begin(), inside.begin() + std::ptrdiff_t(inside.size() / 2), inside.end());
        const double median = inside[inside.size() / 2];
        QVERIFY2(
            std::abs(median / d.power - 1) < 0.05,
            qPrintable(
                QStringLiteral("run %1: median trace %2 W, run power %3 W").arg(d.runRowId).arg(median).arg(d.power)));
        ++checked;
    }
    QVERIFY(checked >= 5);
}

void TestTraceQuery::traceEnergyMatchesStoredEnergy()
{
    QSqlQuery q(m_store->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT r.id FROM runs r WHERE %1 AND r.run_time > 3600 ORDER BY r.id").arg(HasTrace)));
    int checked = 0;
    double worst = 0;
    while (q.next()) {
        const TraceDetails d = TraceQuery(m_store.get()).details(q.value(0).toLongLong());
        const auto e = TraceQuery::integrate(d.sampleNs, d.sampleWatts, d.startNs, d.updateNs);
        QVERIFY(e);
        worst = std::max(worst, std::abs(*e / d.energy - 1));
        ++checked;
    }
    qInfo("%d runs over an hour: worst |trace integral / stored energy - 1| = %.4f", checked, worst);
    QVERIFY(checked >= 3);
    QVERIFY(worst < 0.01);
}

void TestTraceQuery::runWithoutTrace()
{
    const qint64 id = firstRun(QStringLiteral("NOT ") + HasTrace);
    QVERIFY(id > 0);
    const TraceDetails d = TraceQuery(m_store.get()).details(id);
    QVERIFY(d.found);
    QVERIFY(d.error.isEmpty());
    QVERIFY(!d.hasTrace());
    QVERIFY(d.sampleWatts.empty());
    QVERIFY(!d.runId.isEmpty());
}

void TestTraceQuery::unknownRun()
{
    const TraceDetails d = TraceQuery(m_store.get()).details(987654321);
    QVERIFY(!d.found);
    QVERIFY(d.error.isEmpty());
    QCOMPARE(d.runRowId, qint64(987654321));
    QVERIFY(!TraceQuery(nullptr).details(1).error.isEmpty());
}

void TestTraceQuery::integrateByHand()
{
    const qint64 s = 1'000'000'000LL;
    const std::vector<qint64> t = {0, 60 * s, 120 * s};
    const std::vector<double> w = {100, 200, 300};
    // 30 s at 100 W + 60 s at 200 W + 30 s at 300 W.
    QCOMPARE(*TraceQuery::integrate(t, w, 30 * s, 150 * s), 3000.0 + 12000.0 + 9000.0);
    // The last sample holds for one spacing (60 s), not beyond.
    QCOMPARE(*TraceQuery::integrate(t, w, 120 * s, 180 * s), 18000.0);
    QVERIFY(!TraceQuery::integrate(t, w, 120 * s, 181 * s));
    // Before the first sample: not covered.
    QVERIFY(!TraceQuery::integrate(t, w, -1, 10 * s));
    QVERIFY(!TraceQuery::integrate({}, {}, 0, 1));
    QCOMPARE(*TraceQuery::integrate(t, w, 10 * s, 10 * s), 0.0);
}

QTEST_GUILESS_MAIN(TestTraceQuery)
#include "tst_tracequery.moc"
