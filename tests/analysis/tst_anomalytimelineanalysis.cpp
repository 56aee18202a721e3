// The energy anomaly timeline's numbers on a 6000-run demo store: scores and flags against
// detectAnomalies on residuals computed here (and robust z by hand from SQL), energy over each
// configuration's median from SQL, and the counts and the flagged spike on runs with a known answer.
#include <anomalydetection.h>
#include <anomalytimelineanalysis.h>
#include <demostore.h>
#include <expectedenergy.h>
#include <runloader.h>
#include <store.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../support/anomalyruns.h"
#include "../support/demostorecache.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <span>

using namespace wattprint;
using wattprint::testsupport::anomalyTimelineKnownAnswer;

namespace {

constexpr AnomalyMethod Methods[] = {AnomalyMethod::ZScore, AnomalyMethod::RobustZScore, AnomalyMethod::Iqr,
                                     AnomalyMethod::IsolationForest};

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

class TestAnomalyTimelineAnalysis : public QObject
{
    Q_OBJECT

private:
    RunColumns loadColumns(const Filter &filter = Filter()) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scoresAndFlagsMatchDetectAnomalies();
    void robustZByHand();
    void residualsMatchConfigurationMedians();
    void knownAnswerFlagsTheSpike();
    void edgeCaseCounts();
};

void TestAnomalyTimelineAnalysis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.runs = 6000;
    options.traceJobs = 8;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, path, &error), qPrintable(error));
    m_store = std::make_unique<Store>(path);
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestAnomalyTimelineAnalysis::cleanupTestCase()
{
    m_store.reset();
}

RunColumns TestAnomalyTimelineAnalysis::loadColumns(const Filter &filter) const
{
    RunColumns c;
    QString error;
    if (!RunLoader(m_store.get()).load(filter, &c, nullptr, &error))
        qFatal("%s", qPrintable(error));
    return c;
}

void TestAnomalyTimelineAnalysis::scoresAndFlagsMatchDetectAnomalies()
{
    const RunColumns c = loadColumns();
    QVERIFY(c.rowCount() == 6000);
    // The store's model: fitted on the runs that pass every quality check.
    const std::vector<double> expectedEnergy
        = computeExpectedEnergy(c, ExpectedEnergyOptions::qualityRunsOnly(c)).expected;
    for (AnomalyGroupChoice grouping : {AnomalyGroupChoice::Device, AnomalyGroupChoice::DatasetSizeDevice,
                                        AnomalyGroupChoice::Configuration, AnomalyGroupChoice::None}) {
        for (AnomalyMethod method : Methods) {
            const AnomalyTimelineResult r = computeAnomalyTimeline(c, method, grouping);
            // The same detection written out here: the residual log10(measured / expected) of the runs
            // with a positive standardised energy (within a configuration, log10 of that energy where
            // there is no expectation), the forest adding log10 standardised power.
            const bool forest = method == AnomalyMethod::IsolationForest;
            std::vector<std::size_t> kept;
            std::vector<double> le, lp;
            for (std::size_t i = 0; i < c.rowCount(); ++i) {
                const double measured = c.nonOverheadEnergy[i] + c.energyOverhead[i];
                if (!(measured > 0) || (forest && !(c.runTime[i] > 0)))
                    continue;
                const bool known = expectedEnergy[i] > 0;
                if (!known && grouping != AnomalyGroupChoice::Configuration)
                    continue;
                kept.push_back(i);
                le.push_back(known ? std::log10(measured / expectedEnergy[i]) : std::log10(measured));
                lp.push_back(std::log10(measured / c.runTime[i]));
            }
            const std::vector<std::int64_t> all = anomalyGroupKeys(c, anomalyGrouping(grouping));
            std::vector<std::int64_t> groups;
            for (std::size_t i : kept) {
                if (!all.empty())
                    groups.push_back(all[i]);
            }
            std::vector<std::span<const double>> features{le};
            if (forest)
                features.emplace_back(lp);
            AnomalyOptions o;
            o.method = method;
            o.minGroupSize = 5;
            o.seed = 0;
            // Failing runs are scored but are not part of any baseline (or forest).
            for (std::size_t i : kept)
                o.outsideBaseline.push_back(c.quality[i] != 0 ? 1 : 0);
            const AnomalyResult expected = detectAnomalies(features, groups, o);
            QCOMPARE(r.rowCount(), kept.size());
            QCOMPARE(r.evaluatedCount, expected.evaluatedCount);
            QCOMPARE(r.smallGroupRows, expected.smallGroupRows);
            QCOMPARE(r.groupCount, expected.groupCount);
            std::map<qint64, std::size_t> row;
            for (std::size_t k = 0; k < kept.size(); ++k)
                row[c.id[kept[k]]] = k;
            for (std::size_t j = 0; j < r.rowCount(); ++j) {
                const std::size_t k = row.at(r.id[j]);
                QCOMPARE(r.score[j], expected.score[k]);
                QCOMPARE(r.evaluated[j], expected.evaluated[k]);
            }
            // Flags at several thresholds, each against detectAnomalies run with that threshold.
            const std::vector<double> thresholds = method == AnomalyMethod::IsolationForest
                ? std::vector<double>{0.55, 0.6, 0.7}
                : method == AnomalyMethod::Iqr ? std::vector<double>{1.5, 3.0}
                                               : std::vector<double>{2.0, 3.0, 3.5};
            for (double t : thresholds) {
                AnomalyOptions ot = o;
                if (method == AnomalyMethod::Iqr) {
                    ot.iqrK = t; // the slider's k is Tukey's fence factor
                    ot.threshold = 0.0;
                } else {
                    ot.threshold = t;
                }
                const AnomalyResult e = detectAnomalies(features, groups, ot);
                const std::vector<std::uint8_t> flags = anomalyTimelineFlags(r, t);
                std::size_t count = 0;
                for (std::size_t j = 0; j < r.rowCount(); ++j) {
                    QCOMPARE(flags[j], e.flagged[row.at(r.id[j])]);
                    count += flags[j];
                }
                QCOMPARE(count, e.flaggedCount);
                if (grouping == AnomalyGroupChoice::Device && method == AnomalyMethod::RobustZScore && t == 3.5)
                    qInfo("6000-run demo, robust z > 3.5 within device: %zu flagged of %zu scored (%zu runs)", count,
                          r.evaluatedCount, c.rowCount());
            }
        }
    }
}

void TestAnomalyTimelineAnalysis::robustZByHand()
{
    // Robust z = (r - median) / (1.4826 MAD) of the residuals r = log10(measured / expected) within
    // each device, the measured energy recomputed from SQL. Every run has an expectation here.
    const RunColumns c = loadColumns();
    const AnomalyTimelineResult r = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore, AnomalyGroupChoice::Device);
    QCOMPARE(r.evaluatedCount, c.rowCount());
    QCOMPARE(r.noExpectation, std::size_t(0));
    // The store's model: fitted on the runs that pass every quality check.
    const std::vector<double> expectedEnergy
        = computeExpectedEnergy(c, ExpectedEnergyOptions::qualityRunsOnly(c)).expected;
    std::map<qint64, double> expectedById;
    for (std::size_t i = 0; i < c.rowCount(); ++i)
        expectedById[c.id[i]] = expectedEnergy[i];
    std::map<qint64, std::size_t> row;
    for (std::size_t j = 0; j < r.rowCount(); ++j)
        row[r.id[j]] = j;
    int checked = 0;
    for (const char *device : {"CPU", "GPU"}) {
        QSqlQuery q(m_store->database());
        q.prepare(
            QStringLiteral("SELECT id, non_overhead_energy + energy_overhead, quality FROM runs WHERE device = ?"));
        q.addBindValue(QString::fromLatin1(device));
        QVERIFY(q.exec());
        std::vector<qint64> ids;
        std::vector<double> x, base; // base: the runs passing every quality check
        while (q.next()) {
            ids.push_back(q.value(0).toLongLong());
            x.push_back(std::log10(q.value(1).toDouble() / expectedById.at(ids.back())));
            if (q.value(2).toInt() == 0)
                base.push_back(x.back());
        }
        QVERIFY(base.size() < x.size());
        const double med = medianOf(base);
        std::vector<double> dev;
        for (double v : base)
            dev.push_back(std::abs(v - med));
        const double mad = medianOf(dev);
        QVERIFY(mad > 0);
        for (std::size_t k = 0; k < ids.size(); ++k) {
            const std::size_t j = row.at(ids[k]);
            QVERIFY(r.evaluated[j]);
            const double expected = (x[k] - med) / (1.482602218505602 * mad);
            QVERIFY2(std::abs(r.score[j] - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("run %1: %2 vs %3").arg(ids[k]).arg(r.score[j]).arg(expected)));
            QVERIFY(std::abs(r.expectedRatio[j] / std::pow(10.0, x[k]) - 1) < 1e-9);
            ++checked;
        }
    }
    QCOMPARE(std::size_t(checked), c.rowCount());
}

void TestAnomalyTimelineAnalysis::residualsMatchConfigurationMedians()
{
    const RunColumns c = loadColumns();
    const AnomalyTimelineResult r = computeAnomalyTimeline(c, AnomalyMethod::ZScore, AnomalyGroupChoice::None);
    QSqlQuery q(m_store->database());
    int checked = 0, multi = 0;
    for (std::size_t j = 0; j < r.rowCount(); j += 13) {
        q.prepare(QStringLiteral("SELECT b.energy FROM runs a JOIN runs b ON a.dataset = b.dataset AND a.shape = "
                                 "b.shape AND a.size = b.size AND a.depth = b.depth AND a.device = b.device "
                                 "WHERE a.id = ?"));
        q.addBindValue(qlonglong(r.id[j]));
        QVERIFY(q.exec());
        std::vector<double> e;
        while (q.next())
            e.push_back(q.value(0).toDouble());
        QCOMPARE(std::size_t(r.configRuns[j]), e.size());
        const double expected = r.energy[j] / medianOf(e);
        QVERIFY(std::abs(r.ratio[j] / expected - 1) < 1e-12);
        multi += e.size() > 1 ? 1 : 0;
        ++checked;
    }
    QVERIFY(checked > 400);
    QVERIFY(multi > 5);
}

void TestAnomalyTimelineAnalysis::knownAnswerFlagsTheSpike()
{
    const RunColumns c = anomalyTimelineKnownAnswer();
    // By default (residuals within device) every run is scored, the single runs too.
    const AnomalyTimelineResult byDevice = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore,
                                                                  AnomalyGroupChoice::Device);
    QCOMPARE(byDevice.totalRuns, std::size_t(36));
    QCOMPARE(byDevice.evaluatedCount, std::size_t(36));
    QCOMPARE(byDevice.smallGroupRows, std::size_t(0));
    const std::vector<std::uint8_t> deviceFlags = anomalyTimelineFlags(byDevice, 3.5);
    QCOMPARE(std::count(deviceFlags.begin(), deviceFlags.end(), 1), 1);
    const std::size_t top = std::size_t(std::find(deviceFlags.begin(), deviceFlags.end(), 1) - deviceFlags.begin());
    QCOMPARE(byDevice.id[top], std::int64_t(10));
    QVERIFY(std::abs(byDevice.expectedRatio[top] - 6.0) < 1e-12); // 6 x 265 kJ against 265 kJ

    // Within configurations only the two repeated configurations can be scored.
    const AnomalyTimelineResult r = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore,
                                                           AnomalyGroupChoice::Configuration);
    QCOMPARE(r.totalRuns, std::size_t(36));
    QCOMPARE(r.smallGroupRows, std::size_t(20));
    QCOMPARE(r.evaluatedCount, std::size_t(16));
    const std::vector<std::uint8_t> flags = anomalyTimelineFlags(r, 3.5);
    QCOMPARE(std::count(flags.begin(), flags.end(), 1), 1);
    const std::size_t spike = std::size_t(std::find(flags.begin(), flags.end(), 1) - flags.begin());
    QCOMPARE(r.id[spike], std::int64_t(10));
    // Its configuration's median: the 5th and 6th of ten values, 1.00 and 1.01 of 265 kJ.
    const double ratio = 6.0 / 1.005;
    QVERIFY(std::abs(r.ratio[spike] - ratio) < 1e-12);
    // A looser threshold flags more.
    const std::vector<std::uint8_t> loose = anomalyTimelineFlags(r, 1.0);
    const auto n = std::count(loose.begin(), loose.end(), 1);
    QVERIFY(n > 1);
    // Grouping by nothing compares the spike with every run, GPU runs included.
    const AnomalyTimelineResult none = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore, AnomalyGroupChoice::None);
    QCOMPARE(none.evaluatedCount, std::size_t(36));
}

void TestAnomalyTimelineAnalysis::edgeCaseCounts()
{
    RunColumns c = anomalyTimelineKnownAnswer();
    RunColumns zero = c;
    for (std::size_t i = 0; i < zero.rowCount(); ++i)
        zero.energy[i] = zero.nonOverheadEnergy[i] = zero.energyOverhead[i] = 0;
    const AnomalyTimelineResult zeros = computeAnomalyTimeline(zero, AnomalyMethod::RobustZScore,
                                                               AnomalyGroupChoice::Configuration);
    QCOMPARE(zeros.droppedNonPositive, std::size_t(36));
    // Without expectations nothing is scored within devices, and the count says why; within
    // configurations the repeats are still compared with each other.
    std::fill(c.expectedEnergy.begin(), c.expectedEnergy.end(), std::numeric_limits<double>::quiet_NaN());
    const AnomalyTimelineResult unknown = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore,
                                                                 AnomalyGroupChoice::Device);
    QCOMPARE(unknown.noExpectation, std::size_t(36));
    QCOMPARE(unknown.evaluatedCount, std::size_t(0));
    const AnomalyTimelineResult repeats = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore,
                                                                 AnomalyGroupChoice::Configuration);
    QCOMPARE(repeats.noExpectation, std::size_t(0));
    QCOMPARE(repeats.evaluatedCount, std::size_t(16));
}

QTEST_GUILESS_MAIN(TestAnomalyTimelineAnalysis)
#include "tst_anomalytimelineanalysis.moc"
