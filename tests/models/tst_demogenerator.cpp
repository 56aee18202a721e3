#include "demogenerator.h"

#include <QBuffer>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <vector>

using namespace wattprint;

namespace {

constexpr qint64 kSecondUs = 1000000;

// The 33 published columns plus pandas' unnamed index column, then the synthetic marker.
const QByteArray kHeader
    = ",run_id,experiment_id,slurm_job_id,start_time,update_time,end_time,node,size,depth,shape,dataset,"
      "learning_rate,batch_size,optimizer,is_gpu,batch,energy,run_time,filter_1,filter_2,filter_3,filter_3_stdevs,"
      "filter,start_time_int,start_offset,power,num_reps,std_power,std_energy,energy_overhead,non_overhead_energy,"
      "runtime_overhead,non_overhead_runtime,wattprint_synthetic";

struct Row
{
    qint64 index = 0;
    QByteArray runId;
    qint64 experimentId = 0;
    qint64 slurmJobId = 0;
    qint64 startUs = 0, updateUs = 0, endUs = 0;
    QByteArray node, shape, dataset, batch;
    QByteArray learningRate, batchSize, optimizer;
    qint64 size = 0;
    int depth = 0;
    bool gpu = false;
    double energy = 0, runTime = 0;
    bool filter1 = false, filter2 = false, filter3 = false, filter = false;
    double stdevs = 0;
    qint64 startNs = 0, startOffset = 0;
    double power = 0;
    qint64 numReps = 0;
    double stdPower = 0, stdEnergy = 0, energyOverhead = 0, nonOverheadEnergy = 0, runtimeOverhead = 0,
           nonOverheadRuntime = 0;
};

// Independent of the generator's own date code: QDate's Julian day.
qint64 parseStamp(const QByteArray &text, bool *ok) // "YYYY-MM-DD hh:mm:ss[.ffffff]..." -> us (naive)
{
    *ok = false;
    if (text.size() < 19)
        return 0;
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return 0;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 seconds = text.mid(11, 2).toInt() * 3600 + text.mid(14, 2).toInt() * 60 + text.mid(17, 2).toInt();
    qint64 micros = 0;
    if (text.size() >= 26 && text[19] == '.')
        micros = text.mid(20, 6).toLongLong();
    *ok = true;
    return (days * 86400 + seconds) * kSecondUs + micros;
}

bool parseBool(const QByteArray &text, bool *ok)
{
    *ok = text == "True" || text == "False";
    return text == "True";
}

std::vector<Row> parseRuns(const QByteArray &csv, QByteArray *header, QString *error)
{
    std::vector<Row> rows;
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty()) {
        *error = QStringLiteral("empty");
        return rows;
    }
    *header = lines.first();
    rows.reserve(size_t(lines.size()));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> f = lines[i].split(',');
        if (f.size() != 35) {
            *error = QStringLiteral("line %1 has %2 fields").arg(i + 1).arg(f.size());
            return {};
        }
        Row r;
        bool ok[40];
        std::fill(std::begin(ok), std::end(ok), true);
        r.index = f[0].toLongLong(&ok[0]);
        r.runId = f[1];
        r.experimentId = f[2].toLongLong(&ok[2]);
        r.slurmJobId = f[3].toLongLong(&ok[3]);
        r.startUs = parseStamp(f[4], &ok[4]);
        r.updateUs = parseStamp(f[5], &ok[5]);
        r.endUs = parseStamp(f[6], &ok[6]);
        ok[7] = f[4].endsWith("+00:00") && f[5].endsWith("+00:00") && f[6].endsWith("+00:00") && f[4].size() == 32;
        r.node = f[7];
        r.size = f[8].toLongLong(&ok[8]);
        r.depth = f[9].toInt(&ok[9]);
        r.shape = f[10];
        r.dataset = f[11];
        r.learningRate = f[12];
        r.batchSize = f[13];
        r.optimizer = f[14];
        r.gpu = parseBool(f[15], &ok[15]);
        r.batch = f[16];
        r.energy = f[17].toDouble(&ok[17]);
        r.runTime = f[18].toDouble(&ok[18]);
        r.filter1 = parseBool(f[19], &ok[19]);
        r.filter2 = parseBool(f[20], &ok[20]);
        r.filter3 = parseBool(f[21], &ok[21]);
        r.stdevs = f[22].isEmpty() ? std::nan("") : f[22].toDouble(&ok[22]);
        r.filter = parseBool(f[23], &ok[23]);
        r.startNs = f[24].toLongLong(&ok[24]);
        r.startOffset = f[25].toLongLong(&ok[25]);
        r.power = f[26].toDouble(&ok[26]);
        r.numReps = f[27].toLongLong(&ok[27]);
        r.stdPower = f[28].toDouble(&ok[28]);
        r.stdEnergy = f[29].toDouble(&ok[29]);
        r.energyOverhead = f[30].toDouble(&ok[30]);
        r.nonOverheadEnergy = f[31].toDouble(&ok[31]);
        r.runtimeOverhead = f[32].toDouble(&ok[32]);
        r.nonOverheadRuntime = f[33].toDouble(&ok[33]);
        ok[34] = f[34] == "true"; // every row says it is synthetic
        for (int k = 0; k < 35; ++k) {
            if (!ok[k]) {
                *error = QStringLiteral("line %1 field %2 unreadable: %3")
                             .arg(i + 1)
                             .arg(k)
                             .arg(QString::fromLatin1(f[k]));
                return {};
            }
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::nan("");
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + qsizetype(mid), v.end());
    double m = v[mid];
    if (v.size() % 2 == 0)
        m = (m + *std::max_element(v.begin(), v.begin() + qsizetype(mid))) / 2;
    return m;
}

// Process CPU time: the build machine is shared, so wall time alone says little.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

int log2Of(qint64 size)
{
    int l = 0;
    while ((qint64(1) << l) < size)
        ++l;
    return l;
}

// A device that only counts: lets the timing exclude memory growth of a 1M-row buffer.
class CountingDevice : public QIODevice
{
public:
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        written += len;
        return len;
    }
};

struct NodeTypeRef
{
    QByteArray name;
    int cpus, tmpDisk, memory;
    QByteArray gres;
    int idle, offset;
};

// From the documentation (butter-e.md), not from the generator.
const NodeTypeRef kTypes[] = {
    {"cpu1", 36, 900000, 85248, "(null)", 220, 0},       {"cpu2", 36, 900000, 180224, "(null)", 230, -10},
    {"cpu3", 36, 1500000, 751616, "(null)", 309, -89},   {"cpu4", 36, 2400000, 751616, "(null)", 388, -168},
    {"gpu1", 36, 1500000, 751616, "gpu:v100:2", 374, 0}, {"gpu2", 36, 2400000, 751616, "gpu:v100:2", 403, -29},
};

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerAndRowCounts();
    void determinism();
    void rowIdentities();
    void qualityFlags();
    void sweepAndSchema();
    void jobsAndTimes();
    void nodeFiles();
    void perDatumFindings();
    void smallNetworkGpuCpuRatio();
    void depthSixDip();
    void energyPerEpochLinearInData();
    void runToRunNoise();
    void plantedAnomalies();
    void configurationsAndRepeats();
    void plantedQualityRuns();
    void traces();
    void timing();

private:
    std::vector<Row> m_rows;
    QByteArray m_header;
    QList<QPair<qint64, QByteArray>> m_traces;
    QStringList m_anomalies;
    QList<DemoGenerator::PlantedQualityRun> m_plantedQuality;
    QSet<QByteArray> m_plantedIds; // made to fail a quality rule: left out where a check needs sound runs
    QByteArray m_sinfo, m_powerDist;
    QHash<QByteArray, qint64> m_trainData; // dataset -> training data per epoch, from the PMLB excerpt
    double m_generateMs = 0, m_writeMs = 0, m_traceMs = 0;
    double m_generateCpuMs = 0, m_writeCpuMs = 0, m_traceCpuMs = 0;
    qint64 m_traceBytes = 0, m_traceRows = 0, m_csvBytes = 0;

    double perDatum(const Row &r) const { return r.nonOverheadEnergy / (double(m_trainData.value(r.dataset)) * 3000); }
};

void TestDemoGenerator::initTestCase()
{
    QFile pmlb(QStringLiteral(WATTPRINT_EXCERPTS "/pmlb_summary_13_butter_datasets.csv"));
    QVERIFY(pmlb.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = pmlb.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        if (f.size() < 2)
            continue;
        const QByteArray name = QByteArray(f[0]).replace('"', "");
        const qint64 n = QByteArray(f[1]).replace('"', "").toLongLong();
        m_trainData.insert(name, qint64(std::ceil(0.8 * double(n) / 256)) * 256);
    }
    QCOMPARE(m_trainData.size(), 13);

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    DemoGenerator generator;
    m_anomalies = generator.plantedAnomalyRunIds(); // forces the lazy generation
    m_generateMs = double(timer.nsecsElapsed()) / 1e6;
    m_generateCpuMs = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    const QByteArray csv = generator.runsCsv();
    m_writeMs = double(timer.nsecsElapsed()) / 1e6;
    m_writeCpuMs = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    m_traces = generator.traceCsvs();
    m_traceMs = double(timer.nsecsElapsed()) / 1e6;
    m_traceCpuMs = cpuMs() - cpu;
    m_csvBytes = csv.size();
    for (const auto &t : std::as_const(m_traces)) {
        m_traceBytes += t.second.size();
        m_traceRows += t.second.count('\n') - 1;
    }
    m_sinfo = generator.nodeSinfoCsv();
    m_powerDist = generator.nodePowerDistCsv();
    m_plantedQuality = generator.plantedQualityRuns();
    for (const auto &p : std::as_const(m_plantedQuality))
        m_plantedIds.insert(p.runId.toLatin1());

    QString error;
    m_rows = parseRuns(csv, &m_header, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDemoGenerator::headerAndRowCounts()
{
    QCOMPARE(m_header, kHeader);
    QCOMPARE(qint64(m_rows.size()), qint64(63527));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].index != qint64(i))
            QFAIL("index column is not 0..N-1");
    }

    DemoOptions small;
    small.runs = 1000;
    small.traceJobs = 5;
    DemoGenerator generator(small);
    QByteArray header;
    QString error;
    const std::vector<Row> rows = parseRuns(generator.runsCsv(), &header, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(header, kHeader);
    QCOMPARE(qint64(rows.size()), qint64(1000));
    QCOMPARE(generator.traceCsvs().size(), 5);

    for (qint64 n : {qint64(0), qint64(1), qint64(58240), qint64(58241)}) {
        DemoOptions o;
        o.runs = n;
        o.traceJobs = 0;
        DemoGenerator g(o);
        const QByteArray text = g.runsCsv();
        QCOMPARE(qint64(text.count('\n')), n + 1);
    }
}

void TestDemoGenerator::determinism()
{
    DemoOptions o;
    o.runs = 3000;
    o.traceJobs = 12;
    DemoGenerator a(o);
    DemoGenerator b(o);
    // Different call orders must give the same bytes.
    const auto tracesB = b.traceCsvs();
    const QStringList anomaliesB = b.plantedAnomalyRunIds();
    const QByteArray runsB = b.runsCsv();
    const QByteArray runsA = a.runsCsv();
    QCOMPARE(runsA, runsB);
    QVERIFY(a.traceCsvs() == tracesB);
    QCOMPARE(a.plantedAnomalyRunIds(), anomaliesB);
    QCOMPARE(a.nodeSinfoCsv(), b.nodeSinfoCsv());
    QCOMPARE(a.nodePowerDistCsv(), b.nodePowerDistCsv());
    QCOMPARE(a.runsCsv(), runsA); // a second write is identical too

    DemoOptions other = o;
    other.seed = o.seed + 1;
    DemoGenerator c(other);
    QVERIFY(c.runsCsv() != runsA);
    QVERIFY(c.nodeSinfoCsv() != a.nodeSinfoCsv());
    QVERIFY(c.traceCsvs() != tracesB);

    QCOMPARE(DemoGenerator::syntheticLabel(), QStringLiteral("Demo data (synthetic, modelled on BUTTER-E)"));
}

void TestDemoGenerator::rowIdentities()
{
    const auto close = [](double a, double b, double rel) {
        return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
    };
    qint64 minStartNs = std::numeric_limits<qint64>::max();
    for (const Row &r : m_rows)
        minStartNs = std::min(minStartNs, r.startNs);
    for (const Row &r : m_rows) {
        const QByteArray id = r.runId;
        QVERIFY2(close(r.power * r.runTime, r.energy, 1e-9), id.constData());
        QVERIFY2(close(r.energy / r.runTime, r.power, 1e-9), id.constData());
        QVERIFY2(close(r.stdPower * r.runTime, r.stdEnergy, 1e-9), id.constData());
        // Relative to the larger of std_energy and the overhead: a planted run with no energy has
        // a std_energy of 0 or below.
        QVERIFY2(std::abs(r.stdEnergy - r.energyOverhead - r.nonOverheadEnergy)
                     <= 1e-9 * std::max(std::abs(r.stdEnergy), r.energyOverhead),
                 id.constData());
        QVERIFY2(std::abs(r.runTime - r.runtimeOverhead - r.nonOverheadRuntime) <= 1e-9 * r.runTime, id.constData());
        QVERIFY2(std::abs(r.runTime - double(r.updateUs - r.startUs) / 1e6) <= 1e-6, id.constData());
        QVERIFY2(r.startNs == r.startUs * 1000, id.constData());
        QVERIFY2(r.startOffset == r.startNs - minStartNs, id.constData());
        QVERIFY2(r.endUs - r.updateUs >= 1 * kSecondUs && r.endUs - r.updateUs <= 11 * kSecondUs, id.constData());
        // Runs planted to fail a quality rule may end within the overhead or record no energy.
        if (!m_plantedIds.contains(r.runId))
            QVERIFY2(r.nonOverheadEnergy > 0 && r.nonOverheadRuntime > 0, id.constData());
        if (r.gpu) {
            QCOMPARE(r.energyOverhead, 271560.240048);
            QCOMPARE(r.runtimeOverhead, 656.373676);
        } else {
            QCOMPARE(r.energyOverhead, 14028.665573);
            QCOMPARE(r.runtimeOverhead, 52.883914);
        }
        QCOMPARE(r.learningRate, QByteArray("0.0001"));
        QCOMPARE(r.batchSize, QByteArray("256"));
        QCOMPARE(r.optimizer, QByteArray("adam"));
    }

    // num_reps = runs with the same (experiment_id, is_gpu)
    QHash<qint64, qint64> count;
    for (const Row &r : m_rows)
        ++count[r.experimentId * 2 + r.gpu];
    qint64 repeated = 0;
    for (const Row &r : m_rows) {
        QCOMPARE(r.numReps, count.value(r.experimentId * 2 + r.gpu));
        repeated += r.numReps > 1;
    }
    // 63,527 runs in about 30,600 configurations, mostly run twice: most runs have a repeat.
    QVERIFY(repeated > 45000);
}

void TestDemoGenerator::qualityFlags()
{
    // Recompute |z| of log run_time within (is_gpu, dataset, size), pandas std (ddof 1).
    std::map<std::tuple<bool, QByteArray, qint64>, std::vector<double>> groups;
    for (const Row &r : m_rows)
        groups[{r.gpu, r.dataset, r.size}].push_back(std::log(r.runTime));
    std::map<std::tuple<bool, QByteArray, qint64>, std::pair<double, double>> stats;
    for (const auto &[key, logs] : groups) {
        double mean = 0;
        for (double x : logs)
            mean += x;
        mean /= double(logs.size());
        double ss = 0;
        for (double x : logs)
            ss += (x - mean) * (x - mean);
        stats[key] = {mean, std::sqrt(ss / double(logs.size() - 1))};
    }
    int flagged1 = 0, flagged3 = 0;
    for (const Row &r : m_rows) {
        const auto [mean, sd] = stats[{r.gpu, r.dataset, r.size}];
        const double z = std::abs(std::log(r.runTime) - mean) / sd;
        QVERIFY2(std::abs(z - r.stdevs) < 1e-9 * std::max(1.0, z), r.runId.constData());
        QCOMPARE(r.filter3, z > 4);
        QCOMPARE(r.filter1, r.runTime > 75000);
        QCOMPARE(r.filter2, r.energy == 0);
        QCOMPARE(r.filter, r.filter1 || r.filter2 || r.filter3);
        flagged1 += r.filter1;
        flagged3 += r.filter3;
    }
    qDebug("quality flags: filter_1 %d, filter_3 %d of %d runs", flagged1, flagged3, int(m_rows.size()));
    QVERIFY(flagged3 > 0); // the planted spikes show up as outliers
    QVERIFY(flagged3 < int(m_rows.size()) / 100);
}

void TestDemoGenerator::sweepAndSchema()
{
    const QSet<QByteArray> datasets = {"201_pol",
                                       "294_satellite_image",
                                       "505_tecator",
                                       "529_pollen",
                                       "537_houses",
                                       "adult",
                                       "banana",
                                       "connect_4",
                                       "mnist",
                                       "nursery",
                                       "sleep",
                                       "splice",
                                       "wine_quality_white"};
    const QSet<QByteArray> shapes = {"rectangle",          "trapezoid",     "exponential",   "wide_first_2x",
                                     "rectangle_residual", "wide_first_4x", "wide_first_8x", "wide_first_16x"};
    const QSet<int> depths = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20};
    const QSet<QByteArray> cpuBatches = {"energy_2_cpu", "energy_3_cpu_extra_depths", "energy_4_cpu_extra_shapes"};
    const QSet<QByteArray> gpuBatches = {"energy_1", "energy_5_gpu_extra_depths", "energy_5_gpu_extra_shapes"};
    const QSet<QByteArray> extraShapes = {"wide_first_4x", "wide_first_8x", "wide_first_16x"};
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

    QSet<QByteArray> seenDatasets, seenShapes, seenIds, seenBatches;
    QSet<qint64> seenSizes;
    QSet<int> seenDepths;
    QSet<qint64> experimentsCpu, experimentsGpu;
    QSet<QByteArray> configsCpu, configsGpu;
    QHash<qint64, QByteArray> configOfExperiment;
    for (const Row &r : m_rows) {
        QVERIFY2(datasets.contains(r.dataset), r.dataset.constData());
        QVERIFY2(shapes.contains(r.shape), r.shape.constData());
        QVERIFY(depths.contains(r.depth));
        QVERIFY(r.size >= 32 && r.size <= (1 << 24) && (r.size & (r.size - 1)) == 0);
        QVERIFY2(uuid.match(QString::fromLatin1(r.runId)).hasMatch(), r.runId.constData());
        QVERIFY2(!seenIds.contains(r.runId), "duplicate run_id");
        seenIds.insert(r.runId);
        if (r.depth == 2)
            QCOMPARE(r.shape, QByteArray("rectangle"));
        QVERIFY2((r.gpu ? gpuBatches : cpuBatches).contains(r.batch), r.batch.constData());
        if (r.batch.contains("extra_depths"))
            QVERIFY(r.depth >= 12 && !extraShapes.contains(r.shape));
        else if (r.batch.contains("extra_shapes"))
            QVERIFY(extraShapes.contains(r.shape) || r.depth == 2);
        else
            QVERIFY(r.depth <= 10 && !extraShapes.contains(r.shape));
        seenDatasets.insert(r.dataset);
        seenShapes.insert(r.shape);
        seenSizes.insert(r.size);
        seenDepths.insert(r.depth);
        seenBatches.insert(r.batch);
        (r.gpu ? experimentsGpu : experimentsCpu).insert(r.experimentId);
        const QByteArray config = r.dataset + '/' + r.shape + '/' + QByteArray::number(r.depth) + '/'
            + QByteArray::number(r.size);
        (r.gpu ? configsGpu : configsCpu).insert(config);
        // One experiment_id is one configuration, on both devices.
        const auto it = configOfExperiment.constFind(r.experimentId);
        if (it == configOfExperiment.constEnd())
            configOfExperiment.insert(r.experimentId, config);
        else
            QCOMPARE(*it, config);
    }
    QCOMPARE(seenDatasets.size(), 13);
    QCOMPARE(seenShapes.size(), 8);
    QCOMPARE(seenSizes.size(), 20);
    QCOMPARE(seenDepths.size(), 14);
    QCOMPARE(seenBatches.size(), 6);
    // One definition of a configuration: an experiment_id on one device is one labelled
    // configuration and the other way round (a depth-2 network is one experiment, labelled
    // rectangle). Of the 13 x 20 x (8 x 13 + 1) = 27,300 networks on two devices, BUTTER-E's
    // share ran, in whole size sweeps of 20 sizes on both devices: 30,600 configurations for 63,527
    // runs (the catalogue: 30,582).
    QCOMPARE(configsCpu.size(), experimentsCpu.size());
    QCOMPARE(configsGpu.size(), experimentsGpu.size());
    QCOMPARE(configsCpu.size() + configsGpu.size(), 30600);
    QVERIFY(configsCpu.size() <= 27300 && configsGpu.size() <= 27300);
    QVERIFY(configsCpu == configsGpu); // every network that ran, ran on both devices
}

void TestDemoGenerator::jobsAndTimes()
{
    const qint64 sept1 = qint64(QDate(2022, 9, 1).toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 * kSecondUs;
    const qint64 nov1 = qint64(QDate(2022, 11, 1).toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 * kSecondUs;
    struct JobInfo
    {
        QByteArray node, batch;
        std::vector<const Row *> runs;
    };
    std::map<qint64, JobInfo> jobs;
    qint64 previousStart = 0;
    for (const Row &r : m_rows) {
        QVERIFY(r.startUs >= sept1 && r.endUs < nov1);
        QVERIFY(r.startUs >= previousStart); // rows come in start order
        previousStart = r.startUs;
        QVERIFY(r.slurmJobId > 10000000 && r.slurmJobId < 11000000);
        JobInfo &job = jobs[r.slurmJobId];
        if (job.runs.empty()) {
            job.node = r.node;
            job.batch = r.batch;
        }
        QCOMPARE(r.node, job.node);   // one node per job
        QCOMPARE(r.batch, job.batch); // one batch per job
        job.runs.push_back(&r);
    }
    qint64 previousFirst = 0;
    std::vector<double> sizes;
    QHash<QByteArray, std::vector<std::pair<qint64, qint64>>> nodeBusy;
    for (const auto &[id, job] : jobs) { // by slurm id
        const qint64 first = job.runs.front()->startUs;
        QVERIFY2(first >= previousFirst, "slurm_job_id does not grow with time");
        previousFirst = first;
        QVERIFY(job.runs.size() <= 40);
        sizes.push_back(double(job.runs.size()));
        for (size_t i = 1; i < job.runs.size(); ++i) {
            const qint64 gap = job.runs[i]->startUs - job.runs[i - 1]->endUs;
            QVERIFY2(gap >= 0 && gap <= 6 * kSecondUs, "runs in a job follow each other within seconds");
        }
        nodeBusy[job.node].push_back({first, job.runs.back()->endUs});
    }
    for (auto &spans : nodeBusy) {
        std::sort(spans.begin(), spans.end());
        for (size_t i = 1; i < spans.size(); ++i)
            QVERIFY2(spans[i].first > spans[i - 1].second, "two jobs overlap on one node");
    }
    qDebug("%d SLURM jobs, median %.0f runs a job", int(jobs.size()), median(sizes));
    QVERIFY(median(sizes) >= 10);
}

void TestDemoGenerator::nodeFiles()
{
    // node_sinfo.csv
    const QList<QByteArray> lines = m_sinfo.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES"));
    QHash<QByteArray, int> typeOf;
    const QRegularExpression cpuName(QStringLiteral("^r[1-9]i[0-7]n([0-9]|[12][0-9]|3[0-5])$"));
    const QRegularExpression rackName(QStringLiteral("^r10[0-9]u(0[1-9]|[12][0-9]|3[0-6])$"));
    int gpuNodes = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        QCOMPARE(f.size(), 5);
        for (int k = 1; k < 5; ++k)
            QVERIFY2(f[k].startsWith(' ') && !f[k].startsWith("  "), lines[i].constData());
        const QByteArray name = f[0];
        const QString qname = QString::fromLatin1(name);
        QVERIFY2(cpuName.match(qname).hasMatch() || rackName.match(qname).hasMatch(), name.constData());
        int type = -1;
        for (int t = 0; t < 6; ++t) {
            if (f[1].trimmed().toInt() == kTypes[t].cpus && f[2].trimmed().toInt() == kTypes[t].memory
                && f[3].trimmed().toInt() == kTypes[t].tmpDisk && f[4].trimmed() == kTypes[t].gres)
                type = t;
        }
        QVERIFY2(type >= 0, lines[i].constData());
        if (type >= 4) {
            QVERIFY2(rackName.match(qname).hasMatch(), name.constData());
            ++gpuNodes;
        }
        QVERIFY(!typeOf.contains(name));
        typeOf.insert(name, type);
    }
    QVERIFY(typeOf.size() >= 100 && gpuNodes >= 20);

    // node_power_dist.csv: same header as the real file
    QFile excerpt(QStringLiteral(WATTPRINT_EXCERPTS "/node_power_dist_excerpt.csv"));
    QVERIFY(excerpt.open(QIODevice::ReadOnly));
    const QByteArray realHeader = excerpt.readLine().trimmed();
    const QList<QByteArray> dist = m_powerDist.trimmed().split('\n');
    QCOMPARE(dist.first(), realHeader);
    const qsizetype columns = realHeader.split(',').size();
    const qsizetype p2Column = realHeader.split(',').indexOf("p2");
    QVERIFY(p2Column > 0);
    std::vector<std::vector<double>> p2ByType(6);
    QSet<QByteArray> inDist;
    for (qsizetype i = 1; i < dist.size(); ++i) {
        const QList<QByteArray> f = dist[i].split(',');
        QCOMPARE(f.size(), columns);
        QVERIFY2(typeOf.contains(f[0]), f[0].constData());
        inDist.insert(f[0]);
        QVERIFY(f[1].toLongLong() > 100000);
        int previous = 0;
        for (qsizetype k = 2; k < f.size(); ++k) {
            bool ok = false;
            const int w = f[k].toInt(&ok);
            QVERIFY2(ok && w >= previous && w < 2000, dist[i].constData()); // integer watts, monotone
            previous = w;
        }
        p2ByType[size_t(typeOf.value(f[0]))].push_back(f[p2Column].toDouble());
    }
    QCOMPARE(inDist.size(), typeOf.size());
    for (int t = 0; t < 6; ++t) {
        QVERIFY2(!p2ByType[size_t(t)].empty(), kTypes[t].name.constData());
        QCOMPARE(median(p2ByType[size_t(t)]), double(kTypes[t].idle)); // idle power = median p2 of the type
    }

    // The runs use these nodes, GPU runs on GPU nodes, and std_power = power + the type's offset.
    QSet<int> typesUsedCpu, typesUsedGpu;
    for (const Row &r : m_rows) {
        QVERIFY2(typeOf.contains(r.node), r.node.constData());
        const int t = typeOf.value(r.node);
        QCOMPARE(t >= 4, r.gpu);
        (r.gpu ? typesUsedGpu : typesUsedCpu).insert(t);
        // A planted run with no energy has power 0 and std_power the offset itself (0 or negative).
        QVERIFY2(std::abs(r.stdPower - (r.power + kTypes[t].offset)) <= 1e-9 * std::abs(r.stdPower),
                 r.runId.constData());
    }
    QCOMPARE(typesUsedCpu.size(), 4);
    QCOMPARE(typesUsedGpu.size(), 2);
}

void TestDemoGenerator::perDatumFindings()
{
    std::map<int, std::vector<double>> cpu, gpu, cpuTotal, gpuTotal;
    for (const Row &r : m_rows) {
        const int l = log2Of(r.size);
        (r.gpu ? gpu : cpu)[l].push_back(perDatum(r));
        (r.gpu ? gpuTotal : cpuTotal)[l].push_back(r.stdEnergy);
    }
    std::map<int, double> c, g;
    for (int l = 5; l <= 24; ++l) {
        c[l] = median(cpu[l]);
        g[l] = median(gpu[l]);
        qDebug("2^%2d  J/datum CPU %.4g  GPU %.4g   median std_energy CPU %.4g GPU %.4g", l, c[l], g[l],
               median(cpuTotal[l]), median(gpuTotal[l]));
    }
    // GPU: near 1e-2 up to 2^21, then rising (~1.5e-9 J per datum per parameter).
    for (int l = 5; l <= 21; ++l)
        QVERIFY2(g[l] > 0.007 && g[l] < 0.014, qPrintable(QString::number(l)));
    QVERIFY(g[22] > g[21] && g[23] > g[22] * 1.2 && g[24] > g[23] * 1.3);
    const double gpuSlope = (g[24] - g[23]) / double((1 << 24) - (1 << 23));
    QVERIFY2(gpuSlope > 1.0e-9 && gpuSlope < 2.0e-9, qPrintable(QString::number(gpuSlope)));
    // CPU: ~3e-3 at 2^5 to ~5e-2 at 2^24, steps at L1 (2^13 -> 2^14 params), L2 (2^18 -> 2^19),
    // L3 (2^22 -> 2^23); elsewhere it only creeps up.
    QVERIFY(c[5] > 2.0e-3 && c[5] < 4.5e-3);
    QVERIFY(c[24] > 3.5e-2 && c[24] < 7.0e-2);
    const std::set<int> steps = {13, 18, 22, 23};
    for (int l = 5; l < 24; ++l) {
        const double ratio = c[l + 1] / c[l];
        if (!steps.count(l))
            QVERIFY2(ratio < 1.12, qPrintable(QStringLiteral("CPU 2^%1 -> 2^%2: %3").arg(l).arg(l + 1).arg(ratio)));
    }
    QVERIFY(c[14] / c[13] > 1.2);
    QVERIFY(c[19] / c[18] > 1.4);
    QVERIFY(c[23] / c[22] > 1.5);
    // Small networks: CPU cheaper per datum; large: GPU cheaper. Total energy: CPUs use less below ~2^19.
    QVERIFY(c[10] < g[10] && c[24] > g[24]);
    for (int l = 5; l <= 18; ++l)
        QVERIFY(median(cpuTotal[l]) < median(gpuTotal[l]));
}

void TestDemoGenerator::smallNetworkGpuCpuRatio()
{
    // Published: 529_pollen, depth 3, sizes 32-512: GPU nodes use 6.5-10.7x the energy of CPU nodes.
    // Also compare with the real per-experiment medians in the excerpt.
    std::map<qint64, std::vector<double>> cpu, gpu;
    std::map<qint64, QSet<QByteArray>> cpuShapes, gpuShapes;
    for (const Row &r : m_rows) {
        if (r.dataset == "529_pollen" && r.depth == 3 && r.size <= 512 && !m_plantedIds.contains(r.runId)) {
            (r.gpu ? gpu : cpu)[r.size].push_back(r.energy);
            (r.gpu ? gpuShapes : cpuShapes)[r.size].insert(r.shape);
        }
    }
    QFile excerpt(QStringLiteral(WATTPRINT_EXCERPTS "/experiments_head10_partial_from_nb4.csv"));
    QVERIFY(excerpt.open(QIODevice::ReadOnly));
    const QList<QByteArray> header = excerpt.readLine().trimmed().split(',');
    const qsizetype sizeCol = header.indexOf("size"), energyCol = header.indexOf("energy"),
                    overheadCol = header.indexOf("energy_overhead");
    std::map<qint64, double> realCpu, realGpu;
    while (!excerpt.atEnd()) {
        const QList<QByteArray> f = excerpt.readLine().trimmed().split(',');
        if (f.size() != header.size())
            continue;
        const bool isGpu = f[overheadCol].toDouble() > 100000;
        (isGpu ? realGpu : realCpu)[qint64(f[sizeCol].toDouble())] = f[energyCol].toDouble();
    }
    QCOMPARE(int(realCpu.size()), 5);
    for (qint64 size = 32; size <= 512; size *= 2) {
        // Every (dataset, size, depth, device) cell holds 4-5 of its 8 shape networks, most run twice.
        QVERIFY(cpuShapes[size].size() >= 4 && gpuShapes[size].size() >= 4);
        QVERIFY(cpu[size].size() >= 6 && gpu[size].size() >= 6);
        const double mc = median(cpu[size]), mg = median(gpu[size]);
        const double ratio = mg / mc;
        qDebug("pollen d3 size %3lld: CPU %.0f J (real %.0f), GPU %.0f J (real %.0f), ratio %.2f (real %.2f)", size, mc,
               realCpu[size], mg, realGpu[size], ratio, realGpu[size] / realCpu[size]);
        QVERIFY2(ratio >= 6.5 && ratio <= 10.7, qPrintable(QString::number(ratio)));
        QVERIFY(mc > 0.6 * realCpu[size] && mc < 1.5 * realCpu[size]);
        QVERIFY(mg > 0.85 * realGpu[size] && mg < 1.15 * realGpu[size]);
    }
}

void TestDemoGenerator::depthSixDip()
{
    // Residual of log(J/datum) after the (device, dataset, size) mean, by depth.
    for (bool gpu : {false, true}) {
        std::map<std::pair<QByteArray, qint64>, std::pair<double, int>> mean;
        for (const Row &r : m_rows) {
            if (r.gpu != gpu || m_plantedIds.contains(r.runId))
                continue;
            auto &m = mean[{r.dataset, r.size}];
            m.first += std::log(perDatum(r));
            ++m.second;
        }
        std::map<int, std::vector<double>> residual;
        for (const Row &r : m_rows) {
            if (r.gpu != gpu || m_plantedIds.contains(r.runId))
                continue;
            const auto &m = mean[{r.dataset, r.size}];
            residual[r.depth].push_back(std::log(perDatum(r)) - m.first / m.second);
        }
        const double d5 = median(residual[5]), d6 = median(residual[6]), d7 = median(residual[7]);
        qDebug("%s depth 5/6/7 residual log J/datum: %.3f %.3f %.3f", gpu ? "GPU" : "CPU", d5, d6, d7);
        QVERIFY(d6 < d5 - 0.08 && d6 < d7 - 0.08);
        QVERIFY(d6 > d5 - 0.25); // a dip, not a cliff
        // otherwise energy grows mildly with depth
        QVERIFY(median(residual[20]) > median(residual[3]));
    }
}

void TestDemoGenerator::energyPerEpochLinearInData()
{
    // Published: J/epoch grows about linearly with the training-set size.
    std::map<QByteArray, std::vector<double>> perEpoch;
    for (const Row &r : m_rows)
        perEpoch[r.dataset].push_back(r.nonOverheadEnergy / 3000);
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int n = 0;
    double lo = 1e300, hi = 0;
    for (const auto &[dataset, values] : perEpoch) {
        const double x = std::log(double(m_trainData.value(dataset)));
        const double y = std::log(median(values));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        ++n;
        if (dataset != "505_tecator") {
            lo = std::min(lo, median(values));
            hi = std::max(hi, median(values));
        }
    }
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    qDebug("log-log slope of J/epoch on training data per epoch: %.3f; dataset medians %.1f..%.1f J/epoch", slope, lo,
           hi);
    QVERIFY(slope > 0.9 && slope < 1.1);
    QVERIFY(lo > 5 && lo < 50 && hi > 300 && hi < 3000);
}

void TestDemoGenerator::runToRunNoise()
{
    const QSet<QString> anomalies(m_anomalies.begin(), m_anomalies.end());
    std::map<std::pair<qint64, bool>, std::vector<double>> byPair;
    for (const Row &r : m_rows) {
        if (r.numReps >= 2 && !anomalies.contains(QString::fromLatin1(r.runId)) && !m_plantedIds.contains(r.runId))
            byPair[{r.experimentId, r.gpu}].push_back(std::log(r.nonOverheadEnergy));
    }
    double ss[2] = {0, 0};
    int df[2] = {0, 0};
    for (const auto &[key, logs] : byPair) {
        if (logs.size() < 2)
            continue;
        double mean = 0;
        for (double x : logs)
            mean += x;
        mean /= double(logs.size());
        for (double x : logs)
            ss[key.second] += (x - mean) * (x - mean);
        df[key.second] += int(logs.size()) - 1;
    }
    const double cpu = std::sqrt(ss[0] / df[0]), gpu = std::sqrt(ss[1] / df[1]);
    qDebug("pooled run-to-run sd of log non-overhead energy: CPU %.3f (df %d), GPU %.3f (df %d)", cpu, df[0], gpu,
           df[1]);
    QVERIFY(cpu > 0.05 && cpu < 0.13);
    QVERIFY(gpu > 0.03 && gpu < 0.09);
    QVERIFY(gpu < cpu);
}

void TestDemoGenerator::plantedAnomalies()
{
    const double share = double(m_anomalies.size()) / double(m_rows.size());
    QVERIFY2(share >= 0.001 && share <= 0.002, qPrintable(QString::number(share)));
    const QSet<QString> ids(m_anomalies.begin(), m_anomalies.end());
    QCOMPARE(ids.size(), m_anomalies.size());
    // Reference: median J/datum of the normal runs with the same device, dataset, size and depth.
    std::map<std::tuple<bool, QByteArray, qint64, int>, std::vector<double>> reference;
    for (const Row &r : m_rows) {
        if (!ids.contains(QString::fromLatin1(r.runId)))
            reference[{r.gpu, r.dataset, r.size, r.depth}].push_back(perDatum(r));
    }
    int found = 0, strong = 0, spikes = 0, dips = 0;
    for (const Row &r : m_rows) {
        if (!ids.contains(QString::fromLatin1(r.runId)))
            continue;
        ++found;
        const double ratio = perDatum(r) / median(reference[{r.gpu, r.dataset, r.size, r.depth}]);
        if (ratio > 1.8 || ratio < 1 / 1.8)
            ++strong;
        spikes += ratio > 1.8;
        dips += ratio < 1 / 1.8;
    }
    qDebug("%d planted anomalies: %d spikes, %d dips", found, spikes, dips);
    QCOMPARE(found, m_anomalies.size());
    QVERIFY(strong >= 0.9 * found);
    QVERIFY(spikes > 0 && dips > 0);
}

void TestDemoGenerator::configurationsAndRepeats()
{
    // A configuration is (experiment_id, is_gpu), as num_reps counts it.
    std::map<std::pair<qint64, bool>, std::vector<const Row *>> byConfiguration;
    for (const Row &r : m_rows)
        byConfiguration[{r.experimentId, r.gpu}].push_back(&r);
    // BUTTER-E's catalogue: 63,527 runs, 30,582 configurations; the demo's sweeps come in lines of 20 sizes.
    QCOMPARE(int(byConfiguration.size()), 30600);
    // Every line (dataset, shape, depth) that ran, ran at all 20 sizes on both devices.
    std::map<std::tuple<QByteArray, QByteArray, int, bool>, QSet<qint64>> lineSizes;
    for (const Row &r : m_rows)
        lineSizes[{r.dataset, r.shape, r.depth, r.gpu}].insert(r.size);
    for (const auto &[line, sizes] : lineSizes)
        QCOMPARE(sizes.size(), 20);
    QCOMPARE(int(lineSizes.size()), 30600 / 20);

    std::map<int, int> configurationsWith; // runs -> configurations
    int depthTwo = 0, depthTwoManyRuns = 0, repeated = 0, onSeveralNodes = 0;
    QSet<QByteArray> depthTwoBatches;
    for (const auto &[key, runs] : byConfiguration) {
        ++configurationsWith[int(runs.size())];
        if (runs.front()->depth == 2) {
            ++depthTwo;
            depthTwoManyRuns += runs.size() >= 4;
            for (const Row *r : runs)
                depthTwoBatches.insert(r->batch);
        }
        if (runs.size() < 2)
            continue;
        ++repeated;
        // Repeats ran as BUTTER's did: in other jobs, at other times, mostly on other nodes.
        QSet<qint64> jobs;
        QSet<qint64> starts;
        QSet<QByteArray> nodes;
        for (const Row *r : runs) {
            jobs.insert(r->slurmJobId);
            starts.insert(r->startUs);
            nodes.insert(r->node);
        }
        QVERIFY2(jobs.size() == int(runs.size()), "two runs of a configuration in one job");
        QCOMPARE(starts.size(), int(runs.size()));
        onSeveralNodes += nodes.size() > 1;
    }
    const double total = double(byConfiguration.size());
    qDebug("configurations by runs: 1: %d, 2: %d, 3: %d, 4: %d, 5+: %d; depth 2: %d configurations",
           configurationsWith[1], configurationsWith[2], configurationsWith[3], configurationsWith[4],
           int(byConfiguration.size()) - configurationsWith[1] - configurationsWith[2] - configurationsWith[3]
               - configurationsWith[4],
           depthTwo);
    // Mostly two runs, some one and three, a few more.
    QVERIFY(configurationsWith[2] > 0.55 * total);
    QVERIFY(configurationsWith[1] > 0.1 * total && configurationsWith[1] < 0.3 * total);
    QVERIFY(configurationsWith[3] > 0.05 * total && configurationsWith[3] < 0.2 * total);
    QVERIFY(configurationsWith[4] > 0.01 * total && configurationsWith[4] < 0.08 * total);
    QVERIFY(configurationsWith.rbegin()->first <= 20);
    QVERIFY(onSeveralNodes > 0.9 * repeated);
    // Every shape swept the depth-2 network (labelled rectangle): it ran more often, in both sweeps.
    QCOMPARE(depthTwo, 13 * 20 * 2);
    QVERIFY(depthTwoManyRuns > 0.9 * depthTwo);
    QVERIFY(depthTwoBatches.contains("energy_2_cpu") && depthTwoBatches.contains("energy_4_cpu_extra_shapes"));
    QVERIFY(depthTwoBatches.contains("energy_1") && depthTwoBatches.contains("energy_5_gpu_extra_shapes"));

    // Every (dataset, size, depth, device) cell has runs.
    QSet<QByteArray> cells;
    for (const Row &r : m_rows)
        cells.insert(r.dataset + '/' + QByteArray::number(r.size) + '/' + QByteArray::number(r.depth) + '/'
                     + QByteArray::number(r.gpu));
    QCOMPARE(cells.size(), 13 * 20 * 14 * 2);

    // The same ratio at other run counts, num_reps still the count.
    for (qint64 n : {qint64(3000), qint64(120000)}) {
        DemoOptions o;
        o.runs = n;
        o.traceJobs = 0;
        DemoGenerator g(o);
        QByteArray header;
        QString error;
        const std::vector<Row> rows = parseRuns(g.runsCsv(), &header, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<qint64, qint64> count;
        for (const Row &r : rows)
            ++count[r.experimentId * 2 + r.gpu];
        for (const Row &r : rows)
            QCOMPARE(r.numReps, count.value(r.experimentId * 2 + r.gpu));
        // round(n x 30,582 / 63,527) to whole lines, at most every network on both devices. A line
        // has 20 sizes on 2 devices, or at 3,000 runs (1,444 configurations for 13 x 14 (dataset,
        // depth) cells on 2 devices) floor(1444 / 364) = 3 sizes.
        const qint64 target = std::llround(double(n) * 30582 / 63527);
        const qint64 sizesPerLine = std::clamp<qint64>(target / 364, 1, 20);
        QCOMPARE(sizesPerLine, n == 3000 ? 3 : 20);
        const qint64 expected = std::min<qint64>(
            2 * sizesPerLine * std::llround(double(target) / double(2 * sizesPerLine)), 27300 * 2);
        QCOMPARE(qint64(count.size()), expected);
        QSet<QByteArray> datasetDepthDevice;
        for (const Row &r : rows)
            datasetDepthDevice.insert(r.dataset + '/' + QByteArray::number(r.depth) + '/' + QByteArray::number(r.gpu));
        QCOMPARE(datasetDepthDevice.size(), 13 * 14 * 2);
    }
}

void TestDemoGenerator::plantedQualityRuns()
{
    // The node types, from node_sinfo.csv.
    QHash<QByteArray, int> typeOf;
    const QList<QByteArray> sinfo = m_sinfo.trimmed().split('\n');
    for (qsizetype i = 1; i < sinfo.size(); ++i) {
        const QList<QByteArray> f = sinfo[i].split(',');
        for (int t = 0; t < 6; ++t) {
            if (f[2].trimmed().toInt() == kTypes[t].memory && f[3].trimmed().toInt() == kTypes[t].tmpDisk
                && f[4].trimmed() == kTypes[t].gres)
                typeOf.insert(f[0], t);
        }
    }
    QHash<QByteArray, const Row *> rowOf;
    for (const Row &r : m_rows)
        rowOf.insert(r.runId, &r);
    const QSet<QString> anomalies(m_anomalies.begin(), m_anomalies.end());

    std::map<runquality::Rule, int> perRule;
    int high = 0, low = 0;
    for (const auto &p : std::as_const(m_plantedQuality)) {
        const Row *r = rowOf.value(p.runId.toLatin1());
        QVERIFY2(r, qPrintable(p.runId));
        QVERIFY(!anomalies.contains(p.runId));
        QVERIFY2(r->batch == "energy_1" || r->batch == "energy_2_cpu", r->batch.constData()); // primary batches
        QCOMPARE(r->numReps, qint64(1)); // its configuration's only run
        ++perRule[p.rule];
        const QByteArray id = r->runId;
        switch (p.rule) {
        case runquality::Rule::RunTimeLimit:
            QVERIFY2(r->runTime > 75000 && r->filter1, id.constData());
            // Hung at about idle power: a plausible power, energy left over the overhead.
            QVERIFY2(r->nonOverheadEnergy > 0 && r->power > 200 && r->power < 600, id.constData());
            break;
        case runquality::Rule::ZeroEnergy:
            QVERIFY2(r->energy == 0 && r->power == 0 && r->filter2, id.constData());
            break;
        case runquality::Rule::RunTimeOutlier:
            QVERIFY2(r->filter3 && r->stdevs > 4 && r->runTime < 75000, id.constData());
            break;
        case runquality::Rule::BelowOverhead:
            QVERIFY2(r->nonOverheadEnergy <= 0 && r->energy > 0 && r->runTime < r->runtimeOverhead, id.constData());
            break;
        case runquality::Rule::ImplausiblePower: {
            QVERIFY(typeOf.contains(r->node));
            const auto range = runquality::plausiblePower(r->gpu, double(kTypes[typeOf.value(r->node)].idle));
            QVERIFY2(r->power > range.high || r->power < range.low, id.constData());
            high += r->power > range.high;
            low += r->power < range.low;
            break;
        }
        case runquality::Rule::NonPositiveEnergyPerDatum: QFAIL("no run is planted for this rule alone"); break;
        }
    }
    // 63,527 runs: 6 of each kind; the crashed and zero-energy runs have no energy per datum either.
    for (runquality::Rule rule :
         {runquality::Rule::RunTimeLimit, runquality::Rule::ZeroEnergy, runquality::Rule::RunTimeOutlier,
          runquality::Rule::BelowOverhead, runquality::Rule::ImplausiblePower})
        QCOMPARE(perRule[rule], 6);
    QVERIFY(high >= 2 && low >= 2);

    // From 10,000 runs up, 3 to 10 of each; none below; the same runs for the same options.
    for (const auto &[runs, perKind] : std::vector<std::pair<qint64, int>>{{9999, 0}, {10000, 3}, {45000, 4}}) {
        DemoOptions o;
        o.runs = runs;
        o.traceJobs = 0;
        DemoGenerator a(o), b(o);
        const auto planted = a.plantedQualityRuns();
        QCOMPARE(int(planted.size()), 5 * perKind);
        const auto again = b.plantedQualityRuns();
        QCOMPARE(again.size(), planted.size());
        for (qsizetype i = 0; i < planted.size(); ++i) {
            QCOMPARE(again[i].runId, planted[i].runId);
            QCOMPARE(again[i].rule, planted[i].rule);
        }
    }
}

void TestDemoGenerator::traces()
{
    QCOMPARE(m_traces.size(), 300);
    std::map<qint64, std::vector<const Row *>> runsOfJob;
    for (const Row &r : m_rows)
        runsOfJob[r.slurmJobId].push_back(&r);
    const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z$"));
    QSet<QByteArray> batches;
    QSet<bool> devices;
    int multiNode = 0;
    std::vector<double> errors;
    qint64 previousId = 0;
    for (const auto &[jobId, text] : std::as_const(m_traces)) {
        QVERIFY(jobId > previousId);
        previousId = jobId;
        const auto jobRuns = runsOfJob.find(jobId);
        QVERIFY2(jobRuns != runsOfJob.end(), "trace of an unknown job");
        const std::vector<const Row *> &runs = jobRuns->second;
        batches.insert(runs.front()->batch);
        devices.insert(runs.front()->gpu);

        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("timestamp,node,watts"));
        std::vector<std::pair<qint64, double>> samples; // (UTC us, watts) of the job's node
        QSet<QByteArray> nodes;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split(',');
            QCOMPARE(f.size(), 3);
            QVERIFY2(stamp.match(QString::fromLatin1(f[0])).hasMatch(), f[0].constData());
            bool ok = false;
            const double watts = f[2].toDouble(&ok);
            QVERIFY(ok && watts > 50 && watts < 2000);
            nodes.insert(f[1]);
            if (f[1] != runs.front()->node)
                continue;
            const qint64 local = parseStamp(f[0], &ok);
            QVERIFY(ok);
            samples.push_back({local + 6 * 3600 * kSecondUs, watts}); // MDT = UTC-6 in Sep/Oct 2022
        }
        multiNode += nodes.size() > 1;
        QVERIFY(nodes.contains(runs.front()->node));
        QVERIFY(!samples.empty());
        // Denver local time: shifted back by 6 h, the samples bracket the job's runs by a few minutes.
        const qint64 first = runs.front()->startUs, last = runs.back()->endUs;
        QVERIFY2(samples.front().first <= first && samples.front().first >= first - 6 * 60 * kSecondUs,
                 qPrintable(QString::number(jobId)));
        QVERIFY2(samples.back().first >= last && samples.back().first <= last + 6 * 60 * kSecondUs,
                 qPrintable(QString::number(jobId)));
        for (size_t i = 1; i < samples.size(); ++i)
            QCOMPARE(samples[i].first - samples[i - 1].first, 60 * kSecondUs);
        // Piecewise-constant integral over a long run is close to its energy.
        for (const Row *r : runs) {
            if (r->runTime < 1800)
                continue;
            double joules = 0;
            for (const auto &[t, w] : samples) {
                const qint64 a = std::max(t, r->startUs), b = std::min(t + 60 * kSecondUs, r->updateUs);
                if (b > a)
                    joules += w * double(b - a) / kSecondUs;
            }
            // A planted meter fault disagrees with the trace by design.
            if (!m_plantedIds.contains(r->runId))
                errors.push_back(std::abs(joules / r->energy - 1));
        }
    }
    QCOMPARE(batches.size(), 6);
    QCOMPARE(devices.size(), 2);
    QVERIFY(multiNode >= 10 && multiNode < 150);
    std::sort(errors.begin(), errors.end());
    QVERIFY(errors.size() > 100);
    const double p95 = errors[size_t(0.95 * double(errors.size()))];
    qDebug("%d traces (%d with a second node), %lld rows, %.1f MB; integral vs energy over %d runs > 30 min: median "
           "|error| %.2f%%, p95 %.2f%%",
           int(m_traces.size()), multiNode, m_traceRows, double(m_traceBytes) / 1e6, int(errors.size()),
           100 * median(errors), 100 * p95);
    QVERIFY(median(errors) < 0.015);
    QVERIFY(p95 < 0.05);
}

void TestDemoGenerator::timing()
{
    qDebug("63,527 runs: generate %.0f ms (CPU %.0f), write CSV %.0f ms (CPU %.0f, %.1f MB), 300 traces %.0f ms (CPU "
           "%.0f)",
           m_generateMs, m_generateCpuMs, m_writeMs, m_writeCpuMs, double(m_csvBytes) / 1e6, m_traceMs, m_traceCpuMs);
    DemoOptions big;
    big.runs = 1000000;
    big.traceJobs = 0;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    DemoGenerator generator(big);
    const QStringList anomalies = generator.plantedAnomalyRunIds();
    const double generateMs = double(timer.nsecsElapsed()) / 1e6, generateCpuMs = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    CountingDevice sink;
    sink.open(QIODevice::WriteOnly);
    generator.writeRunsCsv(&sink);
    const double writeMs = double(timer.nsecsElapsed()) / 1e6, writeCpuMs = cpuMs() - cpu;
    qDebug("1,000,000 runs: generate %.0f ms (CPU %.0f), write CSV %.0f ms (CPU %.0f, %.0f MB), %d anomalies",
           generateMs, generateCpuMs, writeMs, writeCpuMs, double(sink.written) / 1e6, int(anomalies.size()));
    QVERIFY(sink.written > 100 * 1000000LL);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
