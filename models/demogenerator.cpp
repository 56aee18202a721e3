#include "demogenerator.h"

#include "fieldparse.h"

#include <runquality.h>
#include <vectorstate.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>
#include <random>
#include <unordered_map>
#include <vector>

// How the synthetic data is made (calibrated to the published BUTTER-E findings, see
// docs/data.md and the real excerpts in tests/fixtures/butter-e):
//
// Sweep. 13 datasets (505_tecator included: the sweep had 13; the published runs file dropped it, a
// user can filter it out) x 8 shapes x 20 sizes 2^5..2^24 x 14 depths. A depth-2 network is the same
// whatever the shape, so it is one experiment, labelled `rectangle` as in the real file: 13 x 20 x
// (8 x 13 + 1) = 27,300 experiments, one experiment_id each, the same id on CPU and GPU. Batches:
// shapes rectangle .. rectangle_residual at depths <= 10 are the primary sweep (energy_2_cpu /
// energy_1); the same shapes at depths >= 12 the extra depths (energy_3_cpu_extra_depths /
// energy_5_gpu_extra_depths); wide_first_4x/8x/16x the extra shapes (energy_4_cpu_extra_shapes /
// energy_5_gpu_extra_shapes). Depth-2 runs fall in the primary or the extra-shapes batch (5:3, the
// shapes that swept them).
//
// Configurations and repeats. A configuration is an experiment on one device (what num_reps counts).
// As in BUTTER-E (63,527 runs in 30,582 configurations) only some configurations ran, in whole size
// sweeps: a line (one shape at one depth of one dataset) ran at all 20 sizes on both devices, or not
// at all. There are runs x 30,582 / 63,527 configurations, rounded to whole lines of 40 (30,600 for
// the default; all 54,600 once there are runs enough). Lines are drawn stratified: every (dataset,
// depth) gets one before any gets a second, and so on, so each keeps 4 or 5 of its 8 shapes. Below
// about 15,100 runs a line runs at fewer sizes (evenly spaced, the same within a dataset), so every
// cell still has one.
// Each configuration ran 1 (20 %), 2 (66 %), 3 (10 %), 4 (3 %) or 5 (1 %) times, a depth-2 one 4-12
// times (every shape's sweep ran it); random repeats are then added or taken away until the runs
// add up exactly. Repeats of a configuration are at least 40 places apart in their batch's
// queue, so they run in other jobs (often on other nodes, at other times).
//
// Energy per training datum e (J), L = log2(size):
//   CPU  e = 3.0e-3 * 10^(0.015 (L-5) + 0.13 s((L-13.5)/0.2) + 0.28 s((L-18.5)/0.2))
//            + 2.1e-9 * 2^L * s((L-22.6)/0.25)                     (s = logistic)
//        i.e. ~3e-3 at 2^5 rising to ~5e-2 at 2^24, with steps where the forward working set 4*size
//        bytes leaves L1 (2^15 B), L2 (2^20 B) and L3 (~2^24.6 B, after which it is memory bound,
//        ~2.1e-9 J per datum per parameter).
//   GPU  e = 9.2e-3 + 1.5e-9 * max(0, 2^L - 2^21): flat near 1e-2, then ~1.5e-9 J/datum/param.
//   times depth factor (1 + k (depth-2)), k = 0.012 CPU / 0.018 GPU, and x0.87 at depth 6 (the dip),
//   a shape factor (0.95..1.06), a dataset factor (0.94..1.22, mnist highest), a per-experiment
//   log-normal effect (sigma 0.06), a node-type bias (cpu3/cpu4 a little slower), a per-node bias
//   (sigma 0.02) and run-to-run log-normal noise (sigma 0.08 CPU, 0.05 GPU).
// non_overhead_energy = e * n_train_batches * 256 * 3000, n_train_batches = ceil(0.8 n_obs / 256),
// so J/epoch is proportional to the training-set size (about 1 to 4,000 J/epoch).
// Power of the non-overhead part (reference node type): CPU 292 + 95 u^1.6 W, u = (L-5)/19;
// GPU 425 + 150 max(0,(L-14)/10)^1.5 W. run_time = runtime_overhead + non_overhead_energy / that power,
// std_power = (non_overhead_energy + energy_overhead) / run_time (so std_power ~265-390 W on CPU,
// ~405-570 W on GPU), power = std_power - offset(node type), energy = power * run_time.
// Check against the excerpt: 529_pollen depth 3 sizes 32-512 give CPU ~44 kJ and GPU ~367 kJ a run.
// Planted anomalies (~0.15% of runs): spikes multiply the non-overhead energy by 3..8 through a
// longer run time; dips by 0.2..0.4 through a lower power (meter drop-out) or a shorter run time.
// Planted quality failures (3-10 runs of each kind from 10,000 runs up, in the primary batches, each
// the only run of its configuration), one per rule of analysis/runquality.h: a run hung at idle
// power past 75,000 s; a meter that recorded nothing (power and energy 0); a run slowed down 12-20x
// (a run-time outlier); a run that crashed within the fixed overhead (energy below it); a meter
// reading above what the node can draw or below half its idle power. For the meter faults the
// node's trace shows what it really drew.
//
// Time. Each batch has a window in 2022-09-01..2022-10-30 (UTC). Its runs are shuffled and packed
// into SLURM jobs of 10-40 runs (at most ~48 h); jobs arrive evenly over the window and take a free
// node of the device's pool (or wait for the first to free up). Runs in a job follow each other with
// a few seconds between them; end_time is 2-10 s after update_time. Job ids increase with job start.
// With far more runs than the default the pools saturate and dates run past October.
//
// Traces. 1-minute samples; each sample is the node's mean power over the following minute (run
// power during runs, the node's idle power otherwise) with ~1% noise, rounded to whole watts, so the
// piecewise-constant integral over a run approximates its energy. Timestamps are America/Denver
// local time written with a (wrong) `Z`, as in the real files.

namespace wattprint {

namespace {

constexpr double kCpuEnergyOverhead = 14028.665573;
constexpr double kCpuRuntimeOverhead = 52.883914;
constexpr double kGpuEnergyOverhead = 271560.240048;
constexpr double kGpuRuntimeOverhead = 656.373676;
constexpr int kEpochs = 3000;
constexpr int kBatchSize = 256;
constexpr qint64 kSecondUs = 1000000;
constexpr qint64 kMinuteUs = 60 * kSecondUs;
constexpr qint64 kDayUs = 86400 * kSecondUs;
constexpr qint64 kSweepStartUs = 1661990400LL * kSecondUs; // 2022-09-01T00:00:00Z

struct DatasetInfo
{
    const char *name;
    int observations;
    double cpuFactor;
    double gpuFactor;
};

constexpr std::array<DatasetInfo, 13> kDatasets = {{
    {"201_pol", 15000, 1.00, 1.00},
    {"294_satellite_image", 6435, 0.97, 0.99},
    {"505_tecator", 240, 1.08, 1.05},
    {"529_pollen", 3848, 0.98, 1.00},
    {"537_houses", 20640, 0.95, 0.98},
    {"adult", 48842, 0.96, 0.99},
    {"banana", 5300, 0.94, 0.97},
    {"connect_4", 67557, 1.04, 1.02},
    {"mnist", 70000, 1.22, 1.10},
    {"nursery", 12958, 0.97, 0.99},
    {"sleep", 105908, 0.95, 0.98},
    {"splice", 3188, 1.06, 1.03},
    {"wine_quality_white", 4898, 0.96, 0.99},
}};

constexpr std::array<const char *, 8> kShapes = {"rectangle",     "trapezoid",          "exponential",
                                                 "wide_first_2x", "rectangle_residual", "wide_first_4x",
                                                 "wide_first_8x", "wide_first_16x"};
constexpr std::array<double, 8> kShapeFactor = {1.00, 0.97, 0.95, 0.98, 1.06, 0.97, 0.96, 0.95};
constexpr int kPrimaryShapes = 5; // shapes [0, 5) are the primary sweep; the rest the extra shapes
constexpr std::array<int, 14> kDepths = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20};
constexpr int kPrimaryDepths = 9; // depths 2..10
constexpr int kMinLog2Size = 5;
constexpr int kSizeCount = 20;
// BUTTER-E's catalogue: runs and configurations (experiment_id, is_gpu) they fall into.
constexpr double kCatalogRuns = 63527;
constexpr double kCatalogConfigurations = 30582;

enum Group : quint8 { Primary = 0, ExtraDepths = 1, ExtraShapes = 2 };

struct BatchInfo
{
    const char *name;
    bool gpu;
    Group group;
    double windowStartDay; // days after 2022-09-01T00:00Z
    double windowEndDay;
};

constexpr std::array<BatchInfo, 6> kBatches = {{
    {"energy_1", true, Primary, 0.3, 24.0},
    {"energy_2_cpu", false, Primary, 1.5, 25.0},
    {"energy_3_cpu_extra_depths", false, ExtraDepths, 25.0, 41.0},
    {"energy_4_cpu_extra_shapes", false, ExtraShapes, 41.0, 58.0},
    {"energy_5_gpu_extra_depths", true, ExtraDepths, 24.0, 40.0},
    {"energy_5_gpu_extra_shapes", true, ExtraShapes, 40.0, 58.0},
}};

int batchIndex(Group group, bool gpu)
{
    for (int b = 0; b < int(kBatches.size()); ++b) {
        if (kBatches[b].group == group && kBatches[b].gpu == gpu)
            return b;
    }
    return 0;
}

struct NodeTypeInfo
{
    const char *name;
    int cpus;
    int memory;
    int tmpDisk;
    bool gpu;
    int idlePower; // median p2 of the type (W)
    int offset;    // std_power = power + offset
    double energyBias;
    int nodeCount; // nodes of this type in the demo cluster
};

constexpr std::array<NodeTypeInfo, 6> kNodeTypes = {{
    {"cpu1", 36, 85248, 900000, false, 220, 0, 1.00, 100},
    {"cpu2", 36, 180224, 900000, false, 230, -10, 1.01, 28},
    {"cpu3", 36, 751616, 1500000, false, 309, -89, 1.03, 14},
    {"cpu4", 36, 751616, 2400000, false, 388, -168, 1.04, 8},
    {"gpu1", 36, 751616, 1500000, true, 374, 0, 1.00, 28},
    {"gpu2", 36, 751616, 2400000, true, 403, -29, 0.98, 12},
}};

// ---- random numbers: std::mt19937_64 plus our own uniform/normal draws (portable) ----

using Rng = std::mt19937_64;

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// An independent stream for one purpose, so no output depends on what else was drawn before.
Rng stream(quint64 seed, quint64 tag)
{
    return Rng(splitmix64(seed ^ splitmix64(tag * 0x632be59bd9b4e019ULL + 1)));
}

double uniform01(Rng &rng) // [0, 1)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

double uniform(Rng &rng, double lo, double hi)
{
    return lo + (hi - lo) * uniform01(rng);
}

int uniformInt(Rng &rng, int lo, int hi) // inclusive
{
    return lo + int(rng() % quint64(hi - lo + 1));
}

double normalFromUniforms(double u1, double u2) // Box-Muller, u1 in (0, 1]
{
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double normal(Rng &rng)
{
    const double u1 = 1.0 - uniform01(rng);
    return normalFromUniforms(u1, uniform01(rng));
}

// Cheap approximate N(0, 1) (Irwin-Hall of 4 uniforms) for meter noise: no libm calls in the trace loop.
double roughNormal(Rng &rng)
{
    return (uniform01(rng) + uniform01(rng) + uniform01(rng) + uniform01(rng) - 2.0) * std::sqrt(3.0);
}

double hashedNormal(quint64 key)
{
    const double u1 = double((splitmix64(key) >> 11) + 1) * 0x1.0p-53;
    const double u2 = double(splitmix64(key ^ 0x5851f42d4c957f2dULL) >> 11) * 0x1.0p-53;
    return normalFromUniforms(u1, u2);
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// ---- the energy model (see the comment block at the top) ----

double cpuEnergyPerDatum(int log2Size)
{
    const double l = log2Size;
    const double exponent = 0.015 * (l - 5) + 0.13 * logistic((l - 13.5) / 0.2) + 0.28 * logistic((l - 18.5) / 0.2);
    const double memoryBound = 2.1e-9 * std::ldexp(1.0, log2Size) * logistic((l - 22.6) / 0.25);
    return 3.0e-3 * std::pow(10.0, exponent) + memoryBound;
}

double gpuEnergyPerDatum(int log2Size)
{
    return 9.2e-3 + 1.5e-9 * std::max(0.0, std::ldexp(1.0, log2Size) - std::ldexp(1.0, 21));
}

double depthFactor(int depth, bool gpu)
{
    const double growth = 1.0 + (gpu ? 0.018 : 0.012) * (depth - 2);
    return depth == 6 ? growth * 0.87 : growth;
}

double referencePower(int log2Size, bool gpu) // W during the non-overhead part, reference node type
{
    if (gpu)
        return 425.0 + 150.0 * std::pow(std::max(0.0, (log2Size - 14) / 10.0), 1.5);
    return 292.0 + 95.0 * std::pow((log2Size - kMinLog2Size) / 19.0, 1.6);
}

qint64 trainingDataPerEpoch(int dataset)
{
    const qint64 batches = qint64(std::ceil(0.8 * kDatasets[dataset].observations / kBatchSize));
    return batches * kBatchSize;
}

// ---- text formatting (hot path: no QString, no QDateTime) ----

using fieldparse::civilFromDays;
using fieldparse::daysFromCivil;
using Civil = fieldparse::CivilDate;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// US rules since 2007 for America/Denver, used only if the system has no time-zone data.
int denverOffsetFallback(qint64 utcSeconds)
{
    const int year = civilFromDays(floorDiv(utcSeconds, 86400)).year;
    const qint64 march1 = daysFromCivil(year, 3, 1);
    const qint64 nov1 = daysFromCivil(year, 11, 1);
    const auto weekday = [](qint64 days) { return int((days + 4) % 7 + 7) % 7; }; // 0 = Sunday
    const qint64 dstStartDay = march1 + (7 - weekday(march1)) % 7 + 7;            // second Sunday of March
    const qint64 dstEndDay = nov1 + (7 - weekday(nov1)) % 7;                      // first Sunday of November
    const qint64 dstStart = dstStartDay * 86400 + 9 * 3600;                       // 02:00 MST
    const qint64 dstEnd = dstEndDay * 86400 + 8 * 3600;                           // 02:00 MDT
    return utcSeconds >= dstStart && utcSeconds < dstEnd ? -6 * 3600 : -7 * 3600;
}

// Appends into a plain char array (QByteArray::append per field is several times slower).
// Callers reserve() room for a whole line first; single appends do not check.
class TextBuffer
{
public:
    explicit TextBuffer(qsizetype capacity) { grow(std::max<qsizetype>(capacity, 4096)); }

    qsizetype size() const { return m_pos; }
    void clear() { m_pos = 0; }
    void reserve(qsizetype room)
    {
        if (m_pos + room > m_data.size())
            grow(std::max(2 * m_data.size(), m_pos + room));
    }
    QByteArray take()
    {
        m_data.truncate(m_pos);
        m_pos = 0;
        return std::move(m_data);
    }
    const char *constData() const { return m_data.constData(); }

    void append(char c) { m_ptr[m_pos++] = c; }
    void append(const char *text, qsizetype n)
    {
        std::memcpy(m_ptr + m_pos, text, size_t(n));
        m_pos += n;
    }
    void append(const char *text) { append(text, qsizetype(std::strlen(text))); }
    void append(const QByteArray &text) { append(text.constData(), text.size()); }

    void appendInt(qint64 value)
    {
        const auto res = std::to_chars(m_ptr + m_pos, m_ptr + m_data.size(), value);
        m_pos = res.ptr - m_ptr;
    }

    // Shortest text that reads back to the same double (fixed notation: our values need no exponent).
    void appendDouble(double value)
    {
        auto res = std::to_chars(m_ptr + m_pos, m_ptr + m_data.size(), value, std::chars_format::fixed);
        if (res.ec != std::errc()) { // only for absurd magnitudes
            reserve(400);
            res = std::to_chars(m_ptr + m_pos, m_ptr + m_data.size(), value, std::chars_format::fixed);
        }
        m_pos = res.ptr - m_ptr;
    }

    void appendPadded(int value, int width)
    {
        for (int i = width - 1; i >= 0; --i) {
            m_ptr[m_pos + i] = char('0' + value % 10);
            value /= 10;
        }
        m_pos += width;
    }

    // 2022-10-11 21:58:46.012741+00:00
    void appendUtcMicros(qint64 us)
    {
        const qint64 days = floorDiv(us, kDayUs);
        const qint64 rest = us - days * kDayUs;
        appendDate(days);
        append(' ');
        appendClock(rest / kSecondUs);
        append('.');
        appendPadded(int(rest % kSecondUs), 6);
        append("+00:00");
    }

    // 2022-09-22T16:28:01.000Z (local seconds, written with the misleading Z of the real files)
    void appendTraceStamp(qint64 localSeconds)
    {
        const qint64 days = floorDiv(localSeconds, 86400);
        appendDate(days);
        append('T');
        appendClock(localSeconds - days * 86400);
        append(".000Z");
    }

    void appendUuid(quint64 hi, quint64 lo)
    {
        static const char hex[] = "0123456789abcdef";
        char buf[36];
        int pos = 0;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                buf[pos++] = '-';
            const quint64 word = i < 16 ? hi : lo;
            const int shift = 60 - 4 * (i % 16);
            buf[pos++] = hex[(word >> shift) & 0xf];
        }
        append(buf, 36);
    }

private:
    void appendDate(qint64 days)
    {
        const Civil c = civilFromDays(days);
        appendPadded(c.year, 4);
        append('-');
        appendPadded(c.month, 2);
        append('-');
        appendPadded(c.day, 2);
    }

    void appendClock(qint64 secondsOfDay)
    {
        appendPadded(int(secondsOfDay / 3600), 2);
        append(':');
        appendPadded(int(secondsOfDay / 60 % 60), 2);
        append(':');
        appendPadded(int(secondsOfDay % 60), 2);
    }

    void grow(qsizetype capacity)
    {
        m_data.resize(capacity);
        m_ptr = m_data.data();
    }

    QByteArray m_data;
    char *m_ptr = nullptr;
    qsizetype m_pos = 0;
};

// ---- compact records ----

struct Experiment
{
    qint32 id;
    quint8 dataset;
    quint8 shape; // the sweep's shape; depth-2 rows are labelled rectangle
    quint8 depth;
    quint8 log2Size;
    Group group;
};

enum Anomaly : quint8 { NoAnomaly = 0, Spike = 1, Dip = 2 };

// Runs made to fail one quality rule each (see the comment block at the top).
enum Planted : quint8 { NotPlanted = 0, HungPastLimit, NoEnergy, SlowedDown, CrashedEarly, PowerTooHigh, PowerTooLow };

runquality::Rule plantedRule(Planted planted)
{
    switch (planted) {
    case HungPastLimit: return runquality::Rule::RunTimeLimit;
    case NoEnergy: return runquality::Rule::ZeroEnergy;
    case SlowedDown: return runquality::Rule::RunTimeOutlier;
    case CrashedEarly: return runquality::Rule::BelowOverhead;
    case PowerTooHigh:
    case PowerTooLow:
    case NotPlanted: break;
    }
    return runquality::Rule::ImplausiblePower;
}

struct Plant
{
    qint64 instance; // place in generation order from which the next fitting run is taken
    Planted kind;
};

struct Run // 40 bytes; a million of them is fine
{
    qint64 startUs;
    qint64 runTimeUs; // update_time - start_time
    double stdPower;
    qint32 pair; // experiment * 2 + is_gpu
    qint32 job;
    qint32 endDelayUs; // end_time - update_time
    quint16 node;
    Anomaly anomaly;
    Planted planted;
};

struct Job
{
    qint64 slurmId = 0;
    qint64 allocStartUs = 0;
    qint64 allocEndUs = 0;
    qint32 firstRun = 0; // runs of a job are contiguous in Private::runs
    qint32 runCount = 0;
    quint16 node = 0;
    quint8 batch = 0;
};

struct Node
{
    QByteArray name;
    int type = 0;
    int idlePower = 0;       // p2 (W)
    double energyBias = 1.0; // per-node run-energy factor
    int sampleSecond = 0;    // the meter's second-of-minute
    // power distribution parameters
    int count = 0;
    int minPower = 0;
    bool lowTailAtMin = false;
    int p1Drop = 0;
    double idleFraction = 0.2;
    int busyP99 = 0;
    double busyExponent = 0.7;
    std::array<int, 5> highTail{}; // p999, p9999, p99999, p999999, max increments over p99
};

} // namespace

struct DemoGenerator::Private
{
    DemoOptions options;
    std::vector<Node> nodes;
    std::vector<int> cpuNodes;
    std::vector<int> gpuNodes;
    std::vector<int> sinfoOrder;

    bool generated = false;
    std::vector<Experiment> experiments;
    std::vector<qint32> reps;           // per pair: runs written
    std::vector<double> expectedEnergy; // per pair: non-overhead energy before run noise (J)
    std::vector<Run> runs;              // job-contiguous
    std::vector<Job> jobs;
    std::vector<qint32> order; // runs by start time: the row order of the CSV
    qint64 firstStartUs = 0;
    std::vector<double> groupMean; // log run_time by (is_gpu, dataset, size)
    std::vector<double> groupStd;
    // Planted runs whose recorded power is wrong: (run index, the std_power the node really drew).
    // Their node's trace shows the real draw, so the trace and the stored energy disagree.
    std::vector<std::pair<qint32, double>> meterFaults;

    void buildNodes();
    void generate();
    void buildExperiments(Rng &rng);
    void assignRepetitions(Rng &rng);
    void scheduleDevice(bool gpu, std::vector<std::vector<qint32>> &batchRuns, const std::vector<quint8> &anomalyOf,
                        const std::vector<Plant> &plants, size_t &nextPlant, qint64 &instance);
    void spreadRepeats(std::vector<qint32> &list, Rng &rng) const;
    void computeGroupStats();
    static int groupKey(const Experiment &e, bool gpu)
    {
        return (int(gpu) * int(kDatasets.size()) + e.dataset) * kSizeCount + (e.log2Size - kMinLog2Size);
    }

    const Experiment &experimentOf(const Run &r) const { return experiments[size_t(r.pair >> 1)]; }
    static bool isGpu(const Run &r) { return (r.pair & 1) != 0; }
    int offsetOf(const Run &r) const { return kNodeTypes[size_t(nodes[r.node].type)].offset; }
    double powerOf(const Run &r) const { return r.stdPower - offsetOf(r); }
    double drawnPowerOf(qint32 index) const // what the node drew, as its trace shows
    {
        const Run &r = runs[size_t(index)];
        if (r.planted == NotPlanted)
            return powerOf(r);
        const auto it = std::lower_bound(meterFaults.begin(), meterFaults.end(),
                                         std::make_pair(index, -std::numeric_limits<double>::infinity()));
        return it != meterFaults.end() && it->first == index ? it->second - offsetOf(r) : powerOf(r);
    }
    void uuidOf(qint64 runIndex, quint64 &hi, quint64 &lo) const
    {
        const quint64 key = splitmix64(options.seed ^ 0x7575696476343431ULL);
        hi = splitmix64(key ^ quint64(2 * runIndex));
        lo = splitmix64(key ^ quint64(2 * runIndex + 1));
        hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
        lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    }
    double nodeAveragePower(int node, const std::vector<std::vector<qint32>> &nodeJobs, qint64 t0, qint64 t1) const;
    QByteArray writeRows(QIODevice *out); // out == nullptr: return the whole text
    void writeHeader(TextBuffer &buf) const;
    void writeRow(size_t row, TextBuffer &buf) const; // the row-th run by start time
};

void DemoGenerator::Private::buildNodes()
{
    Rng rng = stream(options.seed, 1);
    std::vector<QByteArray> used;
    const auto unique = [&used](const QByteArray &name) {
        if (std::find(used.begin(), used.end(), name) != used.end())
            return false;
        used.push_back(name);
        return true;
    };
    const auto rackUnitName = [&rng](std::initializer_list<int> racks) {
        const int rack = *(racks.begin() + uniformInt(rng, 0, int(racks.size()) - 1));
        const int unit = uniformInt(rng, 1, 36);
        return QByteArray("r") + QByteArray::number(rack) + 'u' + (unit < 10 ? "0" : "") + QByteArray::number(unit);
    };

    for (int type = 0; type < int(kNodeTypes.size()); ++type) {
        const NodeTypeInfo &t = kNodeTypes[size_t(type)];
        // Idle deviations with the type's median exactly at the published idle power.
        std::vector<int> deviations(size_t(t.nodeCount));
        for (int &dev : deviations) {
            dev = int(std::lround(4.0 * normal(rng)));
            if (uniform01(rng) < 0.1)
                dev += uniformInt(rng, -25, 45);
        }
        std::sort(deviations.begin(), deviations.end());
        const int n = t.nodeCount;
        for (int i = 0; i < n; ++i) {
            if (i == n / 2 || (n % 2 == 0 && i == n / 2 - 1))
                deviations[size_t(i)] = 0;
            else if (i < n / 2)
                deviations[size_t(i)] = -std::abs(deviations[size_t(i)]);
            else
                deviations[size_t(i)] = std::abs(deviations[size_t(i)]);
        }
        std::shuffle(deviations.begin(), deviations.end(), rng);

        for (int i = 0; i < n; ++i) {
            Node node;
            node.type = type;
            QByteArray name;
            do {
                switch (type) {
                case 0:
                    name = "r" + QByteArray::number(uniformInt(rng, 1, 8)) + 'i'
                        + QByteArray::number(uniformInt(rng, 0, 7)) + 'n' + QByteArray::number(uniformInt(rng, 0, 35));
                    break;
                case 1:
                    name = "r9i" + QByteArray::number(uniformInt(rng, 0, 7)) + 'n'
                        + QByteArray::number(uniformInt(rng, 0, 35));
                    break;
                case 2: name = rackUnitName({102}); break;
                case 3: name = rackUnitName({102, 105}); break;
                default: name = rackUnitName({103, 104}); break;
                }
            } while (!unique(name));
            node.name = name;
            node.idlePower = t.idlePower + deviations[size_t(i)];
            node.energyBias = t.energyBias * std::exp(0.02 * normal(rng));
            node.sampleSecond = uniformInt(rng, 0, 59);
            node.count = uniform01(rng) < 0.1 ? uniformInt(rng, 196000, 210000) : uniformInt(rng, 247500, 249300);
            node.lowTailAtMin = uniform01(rng) < 0.4;
            node.minPower = t.gpu ? uniformInt(rng, 160, 320)
                                  : (type >= 2 ? node.idlePower - uniformInt(rng, 3, 12) : uniformInt(rng, 112, 170));
            node.minPower = std::min(node.minPower, node.idlePower - 2);
            node.p1Drop = uniformInt(rng, 0, 2);
            node.idleFraction = uniform(rng, 0.06, 0.35);
            node.busyP99 = t.gpu ? uniformInt(rng, 840, 930) : 545 + (t.idlePower - 220) + uniformInt(rng, -15, 15);
            node.busyExponent = uniform(rng, 0.45, 0.9);
            node.highTail = {uniformInt(rng, 15, 50), 0, 0, 0, 0};
            node.highTail[1] = node.highTail[0] + (t.gpu ? uniformInt(rng, 10, 45) : uniformInt(rng, 0, 4));
            node.highTail[2] = node.highTail[1] + uniformInt(rng, 0, 5);
            node.highTail[3] = node.highTail[2];
            node.highTail[4] = node.highTail[3] + uniformInt(rng, 5, 45);
            (t.gpu ? gpuNodes : cpuNodes).push_back(int(nodes.size()));
            nodes.push_back(std::move(node));
        }
    }
    sinfoOrder.resize(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i)
        sinfoOrder[i] = int(i);
    std::shuffle(sinfoOrder.begin(), sinfoOrder.end(), rng);
}

void DemoGenerator::Private::buildExperiments(Rng &rng)
{
    experiments.clear();
    experiments.reserve(size_t(kDatasets.size() * kShapes.size() * kDepths.size() * kSizeCount));
    const std::array<qint32, 3> firstId = {1850000, 2010000, 2090000};
    for (int group = Primary; group <= ExtraShapes; ++group) {
        qint32 id = firstId[size_t(group)] + uniformInt(rng, 0, 999);
        const int shapeBegin = group == ExtraShapes ? kPrimaryShapes : 0;
        const int shapeEnd = group == ExtraShapes ? int(kShapes.size()) : kPrimaryShapes;
        const int depthBegin = group == ExtraDepths ? kPrimaryDepths : 0;
        const int depthEnd = group == Primary ? kPrimaryDepths : int(kDepths.size());
        for (int dataset = 0; dataset < int(kDatasets.size()); ++dataset) {
            for (int shape = shapeBegin; shape < shapeEnd; ++shape) {
                for (int depth = depthBegin; depth < depthEnd; ++depth) {
                    // A depth-2 network is the same for every shape: one experiment, the rectangle.
                    if (kDepths[size_t(depth)] == 2 && !(group == Primary && shape == 0))
                        continue;
                    std::array<int, kSizeCount> sizes;
                    for (int s = 0; s < kSizeCount; ++s)
                        sizes[size_t(s)] = kMinLog2Size + s;
                    std::shuffle(sizes.begin(), sizes.end(), rng);
                    for (int log2Size : sizes) {
                        id += uniformInt(rng, 1, 3);
                        experiments.push_back({id, quint8(dataset), quint8(shape), quint8(kDepths[size_t(depth)]),
                                               quint8(log2Size), Group(group)});
                    }
                }
            }
        }
    }
}

void DemoGenerator::Private::assignRepetitions(Rng &rng)
{
    const qint64 pairs = qint64(experiments.size()) * 2;
    const qint64 runCount = std::clamp<qint64>(options.runs, 0, MaxRuns);
    reps.assign(size_t(pairs), 0);
    // Size sweeps ran whole or not at all: a line is one shape at one depth of one dataset, over all
    // 20 sizes and on both devices (40 configurations). The catalogue's ratio of configurations to
    // runs gives their number, rounded to whole lines. A demo too small for a line at every
    // (dataset, depth) runs each line at fewer sizes instead, so that every one has runs.
    constexpr int depthCount = int(kDepths.size());
    const qint64 cellCount = qint64(kDatasets.size()) * depthCount;
    const qint64 target = std::llround(double(runCount) * kCatalogConfigurations / kCatalogRuns);
    const qint64 sizesPerLine = std::clamp<qint64>(target / (2 * cellCount), 1, kSizeCount);
    const qint64 configurations = runCount == 0
        ? 0
        : std::clamp<qint64>(2 * sizesPerLine * std::max<qint64>(1, (target + sizesPerLine) / (2 * sizesPerLine)), 1,
                             std::min(runCount, pairs));

    // A smaller demo sweeps fewer sizes, evenly spaced and the same for every line of a dataset (so
    // its depths compare like with like), shifted from dataset to dataset (so all sizes occur).
    const auto sweptSize = [sizesPerLine](int dataset, int sizeIndex) {
        if (sizesPerLine >= kSizeCount)
            return true;
        const double step = double(kSizeCount) / double(sizesPerLine);
        const double shift = step * double(dataset) / double(kDatasets.size());
        for (qint64 j = 0; j < sizesPerLine; ++j) {
            if (int(std::floor(double(j) * step + shift)) == sizeIndex)
                return true;
        }
        return false;
    };

    // Stratified draw: the lines of each (dataset, depth) in a random order, then round by round
    // (every cell's first line, every cell's second, ...), cells shuffled.
    const auto depthIndex = [](int depth) {
        return int(std::find(kDepths.begin(), kDepths.end(), depth) - kDepths.begin());
    };
    std::vector<std::vector<qint32>> lines(size_t(cellCount) * kShapes.size()); // per line: its experiments
    for (qint32 e = 0; e < qint32(experiments.size()); ++e) {
        const Experiment &x = experiments[size_t(e)];
        lines[(size_t(x.dataset) * depthCount + size_t(depthIndex(x.depth))) * kShapes.size() + x.shape].push_back(e);
    }
    std::vector<std::vector<size_t>> cells(static_cast<size_t>(cellCount)); // per (dataset, depth): its lines
    for (size_t line = 0; line < lines.size(); ++line) {
        if (!lines[line].empty())
            cells[line / kShapes.size()].push_back(line);
    }
    size_t widest = 0;
    for (auto &cell : cells) {
        std::shuffle(cell.begin(), cell.end(), rng);
        widest = std::max(widest, cell.size());
    }
    std::vector<qint32> cellOrder(cells.size());
    for (size_t c = 0; c < cells.size(); ++c)
        cellOrder[c] = qint32(c);
    std::shuffle(cellOrder.begin(), cellOrder.end(), rng);
    std::vector<qint32> chosen;
    chosen.reserve(size_t(configurations));
    for (size_t round = 0; round < widest && qint64(chosen.size()) < configurations; ++round) {
        for (qint32 c : cellOrder) {
            if (round >= cells[size_t(c)].size())
                continue;
            for (qint32 e : lines[cells[size_t(c)][round]]) {
                const Experiment &x = experiments[size_t(e)];
                if (!sweptSize(x.dataset, x.log2Size - kMinLog2Size))
                    continue;
                for (qint32 gpu = 0; gpu < 2 && qint64(chosen.size()) < configurations; ++gpu)
                    chosen.push_back(2 * e + gpu);
            }
        }
    }

    // How often each ran: mostly twice; a depth-2 network once per sweep that ran it.
    qint64 total = 0;
    for (qint32 p : chosen) {
        qint32 n;
        if (experiments[size_t(p >> 1)].depth == 2) {
            n = uniformInt(rng, 4, 12);
        } else {
            const double u = uniform01(rng);
            n = u < 0.20 ? 1 : u < 0.86 ? 2 : u < 0.96 ? 3 : u < 0.99 ? 4 : 5;
        }
        reps[size_t(p)] = n;
        total += n;
    }
    // Add or take away single repeats at random until the runs add up.
    const qint64 chosenCount = qint64(chosen.size());
    for (; total < runCount; ++total)
        ++reps[size_t(chosen[size_t(rng() % quint64(chosenCount))])];
    if (total > runCount) {
        std::vector<qint32> repeats; // one entry per run beyond a configuration's first
        repeats.reserve(size_t(total - chosenCount));
        for (qint32 p : chosen) {
            for (qint32 k = 1; k < reps[size_t(p)]; ++k)
                repeats.push_back(p);
        }
        const qint64 surplus = total - runCount;
        for (qint64 i = 0; i < surplus; ++i) { // partial Fisher-Yates
            const qint64 j = i + qint64(rng() % quint64(qint64(repeats.size()) - i));
            std::swap(repeats[size_t(i)], repeats[size_t(j)]);
            --reps[size_t(repeats[size_t(i)])];
        }
    }

    // Expected non-overhead energy of each pair, with its per-experiment effect.
    expectedEnergy.resize(size_t(pairs));
    for (qint64 p = 0; p < pairs; ++p) {
        const Experiment &e = experiments[size_t(p >> 1)];
        const bool gpu = (p & 1) != 0;
        const DatasetInfo &ds = kDatasets[e.dataset];
        const double perDatum = (gpu ? gpuEnergyPerDatum(e.log2Size) : cpuEnergyPerDatum(e.log2Size))
            * depthFactor(e.depth, gpu) * (e.depth == 2 ? 1.0 : kShapeFactor[e.shape])
            * (gpu ? ds.gpuFactor : ds.cpuFactor)
            * std::exp(0.06 * hashedNormal(options.seed * 0x9e3779b97f4a7c15ULL + quint64(p)));
        expectedEnergy[size_t(p)] = perDatum * double(trainingDataPerEpoch(e.dataset)) * kEpochs;
    }
}

// Repeats of a configuration at least a job's most runs (40) apart in the queue, so in other jobs.
// Forward, a run too close to its last repeat trades places with a later run that fits; the few
// left at the tail trade with any run in the queue that fits both places.
void DemoGenerator::Private::spreadRepeats(std::vector<qint32> &list, Rng &rng) const
{
    constexpr qint64 gap = 40;
    const qint64 n = qint64(list.size());
    std::vector<qint64> lastPlace(reps.size(), -gap);
    std::vector<qint64> stuck;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 later = n - i - 1;
        if (i - lastPlace[size_t(list[size_t(i)])] < gap && later > 0) {
            const qint64 start = qint64(rng() % quint64(later)); // from a random later place, round
            for (qint64 k = 0; k < later; ++k) {
                const qint64 j = i + 1 + (start + k) % later;
                if (i - lastPlace[size_t(list[size_t(j)])] >= gap) {
                    std::swap(list[size_t(i)], list[size_t(j)]);
                    break;
                }
            }
        }
        if (i - lastPlace[size_t(list[size_t(i)])] < gap)
            stuck.push_back(i);
        lastPlace[size_t(list[size_t(i)])] = i;
    }
    if (stuck.empty())
        return;
    std::unordered_map<qint32, std::vector<qint64>> places; // of the configurations involved only
    for (qint64 i = 0; i < n; ++i)
        places[list[size_t(i)]].push_back(i);
    const auto fits = [&places](qint32 pair, qint64 at, qint64 leaving) {
        for (qint64 q : places[pair]) {
            if (q != leaving && std::abs(q - at) < gap)
                return false;
        }
        return true;
    };
    const auto move = [&places](qint32 pair, qint64 from, qint64 to) {
        std::replace(places[pair].begin(), places[pair].end(), from, to);
    };
    for (qint64 i : stuck) {
        const qint32 a = list[size_t(i)];
        if (fits(a, i, i))
            continue;
        for (qint64 k = 0; k < n; ++k) {
            const qint32 b = list[size_t(k)];
            if (b != a && fits(a, k, i) && fits(b, i, k)) {
                std::swap(list[size_t(i)], list[size_t(k)]);
                move(a, i, k);
                move(b, k, i);
                break;
            }
        }
    }
}

void DemoGenerator::Private::scheduleDevice(bool gpu, std::vector<std::vector<qint32>> &batchRuns,
                                            const std::vector<quint8> &anomalyOf, const std::vector<Plant> &plants,
                                            size_t &nextPlant, qint64 &instance)
{
    Rng rng = stream(options.seed, gpu ? 21 : 20);
    const std::vector<int> &pool = gpu ? gpuNodes : cpuNodes;
    std::vector<qint64> freeAt(pool.size(), 0);
    const double energyOverhead = gpu ? kGpuEnergyOverhead : kCpuEnergyOverhead;
    const double runtimeOverhead = gpu ? kGpuRuntimeOverhead : kCpuRuntimeOverhead;
    const double sigma = gpu ? 0.05 : 0.08;
    constexpr double maxJobSeconds = 48 * 3600.0;

    for (int b = 0; b < int(kBatches.size()); ++b) {
        if (kBatches[size_t(b)].gpu != gpu)
            continue;
        std::vector<qint32> &list = batchRuns[size_t(b)];
        std::shuffle(list.begin(), list.end(), rng);
        spreadRepeats(list, rng);

        // Pack into jobs by expected duration.
        std::vector<std::pair<qint32, qint32>> packed; // (first index into list, count)
        for (size_t i = 0; i < list.size();) {
            const int target = uniformInt(rng, 10, 40);
            double seconds = 0;
            size_t j = i;
            while (j < list.size() && int(j - i) < target) {
                const qint32 pair = list[j];
                const double expected = runtimeOverhead
                    + expectedEnergy[size_t(pair)] / referencePower(experiments[size_t(pair >> 1)].log2Size, gpu);
                if (j > i && seconds + expected > maxJobSeconds)
                    break;
                seconds += expected;
                ++j;
            }
            packed.emplace_back(qint32(i), qint32(j - i));
            i = j;
        }

        const qint64 windowStart = kSweepStartUs + qint64(kBatches[size_t(b)].windowStartDay * double(kDayUs));
        const qint64 windowEnd = kSweepStartUs + qint64(kBatches[size_t(b)].windowEndDay * double(kDayUs));
        const double spacing = packed.empty() ? 0.0 : double(windowEnd - windowStart) / double(packed.size());
        for (size_t k = 0; k < packed.size(); ++k) {
            const qint64 arrival = windowStart + qint64((double(k) + uniform01(rng)) * spacing);
            // A random free node, else the one that frees up first.
            int chosen = -1;
            int freeCount = 0;
            for (size_t n = 0; n < pool.size(); ++n) {
                if (freeAt[n] <= arrival && uniformInt(rng, 0, freeCount++) == 0)
                    chosen = int(n);
            }
            if (chosen < 0)
                chosen = int(std::min_element(freeAt.begin(), freeAt.end()) - freeAt.begin());
            const int nodeIndex = pool[size_t(chosen)];
            const Node &node = nodes[size_t(nodeIndex)];

            Job job;
            job.node = quint16(nodeIndex);
            job.batch = quint8(b);
            job.allocStartUs = std::max(arrival, freeAt[size_t(chosen)]) + qint64(uniform(rng, 0, 120) * kSecondUs);
            job.firstRun = qint32(runs.size());
            job.runCount = packed[k].second;
            qint64 t = job.allocStartUs + qint64(uniform(rng, 20, 90) * kSecondUs);
            for (qint32 i = 0; i < packed[k].second; ++i) {
                const qint32 pair = list[size_t(packed[k].first + i)];
                const Experiment &e = experiments[size_t(pair >> 1)];
                double energy = expectedEnergy[size_t(pair)] * node.energyBias * std::exp(sigma * normal(rng));
                double power = referencePower(e.log2Size, gpu) * std::exp(0.03 * normal(rng));
                double seconds = energy / power;
                const qint64 place = instance++;
                const Anomaly anomaly = Anomaly(anomalyOf[size_t(place)]);
                // A planted failure is the only run of its configuration: no median of a configuration
                // with repeats (a leaderboard's, a frontier's) stands on it.
                Planted planted = NotPlanted;
                if (nextPlant < plants.size() && plants[nextPlant].instance <= place && anomaly == NoAnomaly
                    && reps[size_t(pair)] == 1
                    && (plants[nextPlant].kind != SlowedDown || runtimeOverhead + seconds < 3000.0))
                    planted = plants[nextPlant++].kind;
                const int offset = kNodeTypes[size_t(node.type)].offset;
                // Set for the runs whose meter reading is made up below: std_power = power + offset.
                std::optional<double> stdPower;
                switch (planted) {
                case HungPastLimit: { // stuck at about idle power (of the reference type: std terms)
                    const double total = uniform(rng, 76000.0, 90000.0);
                    const double idle = kNodeTypes[gpu ? 4 : 0].idlePower * uniform(rng, 1.0, 1.08);
                    energy += idle * std::max(0.0, total - runtimeOverhead - seconds);
                    seconds = total - runtimeOverhead;
                    break;
                }
                case NoEnergy: stdPower = double(offset); break; // the meter's power is exactly 0
                case SlowedDown: {
                    const double factor = uniform(rng, 12.0, 20.0);
                    energy *= factor;
                    seconds *= factor;
                    break;
                }
                case CrashedEarly: // gone before the fixed overhead was spent, at its usual power
                    seconds = runtimeOverhead * (uniform(rng, 0.3, 0.8) - 1.0);
                    stdPower = uniform(rng, 0.92, 1.0) * energyOverhead / runtimeOverhead;
                    break;
                case PowerTooHigh:
                case PowerTooLow: {
                    const runquality::PowerRange range = runquality::plausiblePower(
                        gpu, double(kNodeTypes[size_t(node.type)].idlePower));
                    const double meter = planted == PowerTooHigh ? range.high * uniform(rng, 1.25, 1.6)
                                                                 : range.low * uniform(rng, 0.3, 0.7);
                    stdPower = meter + offset;
                    break;
                }
                case NotPlanted: break;
                }
                if (anomaly == Spike) {
                    const double factor = uniform(rng, 3.0, 8.0);
                    energy *= factor;
                    seconds *= factor; // something slowed the run down
                } else if (anomaly == Dip) {
                    const double factor = uniform(rng, 0.2, 0.4);
                    energy *= factor;
                    if (uniform01(rng) < 0.5)
                        power *= factor; // meter drop-out
                    else
                        seconds *= factor;
                }
                Run run;
                run.startUs = t;
                run.runTimeUs = std::max<qint64>(1, std::llround((runtimeOverhead + seconds) * kSecondUs));
                run.stdPower = stdPower ? *stdPower : (energy + energyOverhead) / (double(run.runTimeUs) / kSecondUs);
                run.pair = pair;
                run.job = qint32(jobs.size());
                run.endDelayUs = qint32(uniform(rng, 2, 10) * kSecondUs);
                run.node = quint16(nodeIndex);
                run.anomaly = anomaly;
                run.planted = planted;
                if (stdPower && planted != CrashedEarly) // the node drew its usual power; the reading is wrong
                    meterFaults.push_back(
                        {qint32(runs.size()), (energy + energyOverhead) / (double(run.runTimeUs) / kSecondUs)});
                runs.push_back(run);
                t = run.startUs + run.runTimeUs + run.endDelayUs + qint64(uniform(rng, 1, 5) * kSecondUs);
            }
            job.allocEndUs = t + qint64(uniform(rng, 5, 30) * kSecondUs);
            freeAt[size_t(chosen)] = job.allocEndUs + qint64(uniform(rng, 30, 300) * kSecondUs);
            jobs.push_back(job);
        }
    }
}

void DemoGenerator::Private::computeGroupStats()
{
    const size_t groups = 2 * kDatasets.size() * kSizeCount;
    std::vector<double> sum(groups, 0.0);
    std::vector<qint64> count(groups, 0);
    for (const Run &r : runs) {
        const int g = groupKey(experimentOf(r), isGpu(r));
        sum[size_t(g)] += std::log(double(r.runTimeUs) / kSecondUs);
        ++count[size_t(g)];
    }
    groupMean.assign(groups, 0.0);
    for (size_t g = 0; g < groups; ++g)
        groupMean[g] = count[g] > 0 ? sum[g] / double(count[g]) : 0.0;
    std::vector<double> squares(groups, 0.0);
    for (const Run &r : runs) {
        const int g = groupKey(experimentOf(r), isGpu(r));
        const double dev = std::log(double(r.runTimeUs) / kSecondUs) - groupMean[size_t(g)];
        squares[size_t(g)] += dev * dev;
    }
    groupStd.assign(groups, std::numeric_limits<double>::quiet_NaN());
    for (size_t g = 0; g < groups; ++g) {
        if (count[g] > 1)
            groupStd[g] = std::sqrt(squares[g] / double(count[g] - 1)); // pandas' std (ddof = 1)
    }
}

void DemoGenerator::Private::generate()
{
    if (generated)
        return;
    generated = true;
    clearUpperVectorState();

    Rng rng = stream(options.seed, 10);
    buildExperiments(rng);
    assignRepetitions(rng);

    const qint64 runCount = std::clamp<qint64>(options.runs, 0, MaxRuns);
    std::vector<std::vector<qint32>> batchRuns(kBatches.size());
    for (qint32 p = 0; p < qint32(reps.size()); ++p) {
        const Experiment &e = experiments[size_t(p >> 1)];
        const bool gpu = (p & 1) != 0;
        for (qint32 r = 0; r < reps[size_t(p)]; ++r) {
            // A depth-2 run belongs to the sweep of one of the 8 shapes: 3 of them are extra shapes.
            const Group group = e.depth == 2 && uniform01(rng) < 3.0 / 8.0 ? ExtraShapes : e.group;
            batchRuns[size_t(batchIndex(group, gpu))].push_back(p);
        }
    }

    // Planted anomalies: ~0.15% of the runs, drawn by their place in generation order.
    std::vector<quint8> anomalyOf(size_t(runCount), NoAnomaly);
    const qint64 anomalies = (runCount * 15 + 5000) / 10000;
    Rng anomalyRng = stream(options.seed, 11);
    for (qint64 planted = 0; planted < anomalies;) {
        const size_t i = size_t(anomalyRng() % quint64(runCount));
        if (anomalyOf[i] != NoAnomaly)
            continue;
        anomalyOf[i] = uniform01(anomalyRng) < 0.6 ? Spike : Dip;
        ++planted;
    }

    // Planted quality failures, from 10,000 runs up (smaller demos stay clean: tests use them):
    // taken in the primary batches (of both devices in turn), so even a run hung for a day ends
    // within the sweep's dates.
    std::vector<Plant> plants;
    const qint64 perKind = runCount >= 10000 ? std::clamp<qint64>(runCount / 10000, 3, 10) : 0;
    qint64 cpuRuns = 0;
    for (size_t b = 0; b < kBatches.size(); ++b)
        cpuRuns += kBatches[b].gpu ? 0 : qint64(batchRuns[b].size());
    const std::array<std::pair<qint64, qint64>, 2> primary = {{
        {0, qint64(batchRuns[size_t(batchIndex(Primary, false))].size())},
        {cpuRuns, qint64(batchRuns[size_t(batchIndex(Primary, true))].size())},
    }};
    Rng plantRng = stream(options.seed, 13);
    std::vector<quint8> taken(size_t(runCount), 0);
    for (Planted kind : {HungPastLimit, NoEnergy, SlowedDown, CrashedEarly, PowerTooHigh}) {
        for (qint64 k = 0; k < perKind; ++k) {
            const auto [first, count] = primary[size_t(k % 2)];
            if (count < 100)
                continue;
            qint64 at;
            do
                at = first + qint64(plantRng() % quint64(count - 50)); // room for a late fit
            while (taken[size_t(at)] || anomalyOf[size_t(at)] != NoAnomaly);
            taken[size_t(at)] = 1;
            plants.push_back({at, kind == PowerTooHigh && (k / 2) % 2 == 1 ? PowerTooLow : kind});
        }
    }
    std::sort(plants.begin(), plants.end(), [](const Plant &a, const Plant &b) { return a.instance < b.instance; });

    runs.reserve(size_t(runCount));
    qint64 instance = 0;
    size_t nextPlant = 0;
    scheduleDevice(false, batchRuns, anomalyOf, plants, nextPlant, instance);
    scheduleDevice(true, batchRuns, anomalyOf, plants, nextPlant, instance);

    // SLURM ids grow with the start of the job's first run; other users' jobs fill the gaps.
    std::vector<qint32> jobOrder(jobs.size());
    for (size_t j = 0; j < jobs.size(); ++j)
        jobOrder[j] = qint32(j);
    const auto firstStart = [this](qint32 j) { return runs[size_t(jobs[size_t(j)].firstRun)].startUs; };
    std::sort(jobOrder.begin(), jobOrder.end(), [&firstStart](qint32 a, qint32 b) {
        return firstStart(a) != firstStart(b) ? firstStart(a) < firstStart(b) : a < b;
    });
    Rng idRng = stream(options.seed, 12);
    qint64 slurmId = 10180000 + uniformInt(idRng, 0, 9999);
    for (qint32 j : jobOrder) {
        slurmId += uniformInt(idRng, 1, 60);
        jobs[size_t(j)].slurmId = slurmId;
    }

    std::vector<std::pair<qint64, qint32>> byStart(runs.size());
    for (size_t i = 0; i < runs.size(); ++i)
        byStart[i] = {runs[i].startUs, qint32(i)};
    std::sort(byStart.begin(), byStart.end());
    order.resize(runs.size());
    for (size_t i = 0; i < runs.size(); ++i)
        order[i] = byStart[i].second;
    firstStartUs = runs.empty() ? 0 : byStart.front().first;

    computeGroupStats();
}

void DemoGenerator::Private::writeHeader(TextBuffer &buf) const
{
    buf.reserve(1024);
    buf.append(",run_id,experiment_id,slurm_job_id,start_time,update_time,end_time,node,size,depth,shape,dataset,"
               "learning_rate,batch_size,optimizer,is_gpu,batch,energy,run_time,filter_1,filter_2,filter_3,"
               "filter_3_stdevs,filter,start_time_int,start_offset,power,num_reps,std_power,std_energy,"
               "energy_overhead,non_overhead_energy,runtime_overhead,non_overhead_runtime,");
    buf.append(SyntheticMarkerColumn);
    buf.append('\n');
}

void DemoGenerator::Private::writeRow(size_t row, TextBuffer &buf) const
{
    const qint32 index = order[row];
    const Run &r = runs[size_t(index)];
    const Experiment &e = experimentOf(r);
    const bool gpu = isGpu(r);
    const Job &job = jobs[size_t(r.job)];
    const double runTime = double(r.runTimeUs) / kSecondUs;
    const double power = powerOf(r);
    const double energy = power * runTime;
    const double stdEnergy = r.stdPower * runTime;
    const double energyOverhead = gpu ? kGpuEnergyOverhead : kCpuEnergyOverhead;
    const double runtimeOverhead = gpu ? kGpuRuntimeOverhead : kCpuRuntimeOverhead;
    const int g = groupKey(e, gpu);
    const double z = std::abs(std::log(runTime) - groupMean[size_t(g)]) / groupStd[size_t(g)];
    const bool filter1 = runTime > 75000.0;
    const bool filter2 = energy == 0.0;
    const bool filter3 = std::isfinite(z) && z > 4.0;
    quint64 hi, lo;
    uuidOf(index, hi, lo);

    buf.reserve(1024); // a row is < 600 bytes
    buf.appendInt(qint64(row));
    buf.append(',');
    buf.appendUuid(hi, lo);
    buf.append(',');
    buf.appendInt(e.id);
    buf.append(',');
    buf.appendInt(job.slurmId);
    buf.append(',');
    buf.appendUtcMicros(r.startUs);
    buf.append(',');
    buf.appendUtcMicros(r.startUs + r.runTimeUs);
    buf.append(',');
    buf.appendUtcMicros(r.startUs + r.runTimeUs + r.endDelayUs);
    buf.append(',');
    buf.append(nodes[r.node].name);
    buf.append(',');
    buf.appendInt(qint64(1) << e.log2Size);
    buf.append(',');
    buf.appendInt(e.depth);
    buf.append(',');
    buf.append(e.depth == 2 ? kShapes[0] : kShapes[e.shape]);
    buf.append(',');
    buf.append(kDatasets[e.dataset].name);
    buf.append(",0.0001,256,adam,");
    buf.append(gpu ? "True," : "False,");
    buf.append(kBatches[job.batch].name);
    buf.append(',');
    buf.appendDouble(energy);
    buf.append(',');
    buf.appendDouble(runTime);
    buf.append(filter1 ? ",True" : ",False");
    buf.append(filter2 ? ",True" : ",False");
    buf.append(filter3 ? ",True," : ",False,");
    if (std::isfinite(z))
        buf.appendDouble(z); // pandas writes NaN as an empty field
    buf.append((filter1 || filter2 || filter3) ? ",True," : ",False,");
    buf.appendInt(r.startUs * 1000);
    buf.append(',');
    buf.appendInt((r.startUs - firstStartUs) * 1000);
    buf.append(',');
    buf.appendDouble(power);
    buf.append(',');
    buf.appendInt(reps[size_t(r.pair)]);
    buf.append(',');
    buf.appendDouble(r.stdPower);
    buf.append(',');
    buf.appendDouble(stdEnergy);
    buf.append(',');
    buf.appendDouble(energyOverhead);
    buf.append(',');
    buf.appendDouble(stdEnergy - energyOverhead);
    buf.append(',');
    buf.appendDouble(runtimeOverhead);
    buf.append(',');
    buf.appendDouble(runTime - runtimeOverhead);
    buf.append(",true\n");
}

QByteArray DemoGenerator::Private::writeRows(QIODevice *out)
{
    generate();
    clearUpperVectorState();
    constexpr qsizetype chunk = 1 << 20;
    TextBuffer buf(out ? chunk + 4096 : qsizetype(order.size()) * 480 + 4096);
    writeHeader(buf);
    for (size_t row = 0; row < order.size(); ++row) {
        writeRow(row, buf);
        if (out && buf.size() > chunk) {
            out->write(buf.constData(), buf.size());
            buf.clear();
            clearUpperVectorState();
        }
    }
    if (!out)
        return buf.take();
    if (buf.size() > 0)
        out->write(buf.constData(), buf.size());
    return {};
}

// The runs file read as it is generated: a million runs cost one chunk of text, not the file.
class DemoGenerator::RunsDevice : public QIODevice
{
public:
    explicit RunsDevice(DemoGenerator::Private *d)
        : m_d(d)
        , m_buf(Chunk + 4096)
    {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buf.size() - m_taken + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_finished && m_taken == m_buf.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 copied = 0;
        while (copied < maxSize) {
            if (m_taken == m_buf.size() && !refill())
                break;
            const qint64 n = std::min<qint64>(maxSize - copied, m_buf.size() - m_taken);
            std::memcpy(data + copied, m_buf.constData() + m_taken, size_t(n));
            m_taken += n;
            copied += n;
        }
        return copied;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    static constexpr qsizetype Chunk = 256 * 1024;

    bool refill()
    {
        m_buf.clear();
        m_taken = 0;
        if (!m_started) {
            m_d->generate();
            m_started = true;
            m_d->writeHeader(m_buf);
        }
        clearUpperVectorState();
        while (m_next < m_d->order.size() && m_buf.size() < Chunk)
            m_d->writeRow(m_next++, m_buf);
        m_finished = m_next >= m_d->order.size();
        return m_buf.size() > 0;
    }

    DemoGenerator::Private *m_d;
    TextBuffer m_buf;
    qsizetype m_taken = 0;
    size_t m_next = 0;
    bool m_started = false;
    bool m_finished = false;
};

double DemoGenerator::Private::nodeAveragePower(int node, const std::vector<std::vector<qint32>> &nodeJobs, qint64 t0,
                                                qint64 t1) const
{
    const std::vector<qint32> &list = nodeJobs[size_t(node)];
    // Jobs on a node never overlap, so their ends are sorted too.
    auto it = std::lower_bound(list.begin(), list.end(), t0,
                               [this](qint32 j, qint64 t) { return jobs[size_t(j)].allocEndUs <= t; });
    double joules = 0;
    qint64 covered = 0;
    for (; it != list.end() && jobs[size_t(*it)].allocStartUs < t1; ++it) {
        const Job &job = jobs[size_t(*it)];
        for (qint32 i = job.firstRun; i < job.firstRun + job.runCount; ++i) {
            const Run &r = runs[size_t(i)];
            if (r.startUs >= t1)
                break;
            const qint64 a = std::max(t0, r.startUs);
            const qint64 b = std::min(t1, r.startUs + r.runTimeUs);
            if (b > a) {
                joules += drawnPowerOf(i) * double(b - a);
                covered += b - a;
            }
        }
    }
    joules += double(nodes[size_t(node)].idlePower) * double(t1 - t0 - covered);
    return joules / double(t1 - t0);
}

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->buildNodes();
}

DemoGenerator::~DemoGenerator() = default;

const DemoOptions &DemoGenerator::options() const
{
    return d->options;
}

void DemoGenerator::writeRunsCsv(QIODevice *out)
{
    d->writeRows(out);
}

QByteArray DemoGenerator::runsCsv()
{
    return d->writeRows(nullptr);
}

std::unique_ptr<QIODevice> DemoGenerator::runsCsvDevice()
{
    auto device = std::make_unique<RunsDevice>(d.get());
    device->open(QIODevice::ReadOnly);
    return device;
}

QByteArray DemoGenerator::nodeSinfoCsv() const
{
    TextBuffer buf(qsizetype(d->nodes.size()) * 64 + 64);
    buf.append("HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\n");
    for (int index : d->sinfoOrder) {
        const Node &node = d->nodes[size_t(index)];
        const NodeTypeInfo &t = kNodeTypes[size_t(node.type)];
        buf.reserve(128);
        buf.append(node.name);
        buf.append(", ");
        buf.appendInt(t.cpus);
        buf.append(", ");
        buf.appendInt(t.memory);
        buf.append(", ");
        buf.appendInt(t.tmpDisk);
        buf.append(t.gpu ? ", gpu:v100:2\n" : ", (null)\n");
    }
    return buf.take();
}

QByteArray DemoGenerator::nodePowerDistCsv() const
{
    TextBuffer buf(qsizetype(d->nodes.size()) * 700 + 2048);
    buf.append("node,count,min,p000001,p00001,p0001,p001");
    for (int p = 1; p <= 99; ++p) {
        buf.append(",p");
        buf.appendInt(p);
    }
    buf.append(",p999,p9999,p99999,p999999,max\n");
    for (int index : d->sinfoOrder) {
        const Node &node = d->nodes[size_t(index)];
        std::array<int, 109> q{};
        const int p1 = node.idlePower - node.p1Drop;
        q[0] = node.minPower;
        for (int i = 1; i <= 4; ++i)
            q[size_t(i)] = node.lowTailAtMin ? node.minPower : p1;
        for (int p = 1; p <= 99; ++p) {
            const double f = p / 100.0;
            double w;
            if (p == 1)
                w = p1;
            else if (f <= node.idleFraction) // idle plateau, a few watts of drift
                w = node.idlePower + 6.0 * (f - 0.02) / std::max(1e-9, node.idleFraction - 0.02);
            else { // busy: other users' jobs and ours
                const double x = (f - node.idleFraction) / (0.99 - node.idleFraction);
                w = node.idlePower + 10.0 + (node.busyP99 - node.idlePower - 10.0) * std::pow(x, node.busyExponent);
            }
            q[size_t(4 + p)] = int(std::lround(w));
        }
        for (int i = 0; i < 5; ++i)
            q[size_t(104 + i)] = q[103] + node.highTail[size_t(i)];
        for (size_t i = 1; i < q.size(); ++i)
            q[i] = std::max(q[i], q[i - 1]);

        buf.reserve(1024);
        buf.append(node.name);
        buf.append(',');
        buf.appendInt(node.count);
        for (int v : q) {
            buf.append(',');
            buf.appendInt(v);
        }
        buf.append('\n');
    }
    return buf.take();
}

QList<QPair<qint64, QByteArray>> DemoGenerator::traceCsvs()
{
    d->generate();
    clearUpperVectorState();
    QList<QPair<qint64, QByteArray>> result;
    if (d->options.traceJobs <= 0 || d->jobs.empty())
        return result;

    // Jobs of each batch in start order, then an even spread of the quota over each batch.
    std::vector<std::vector<qint32>> byBatch(kBatches.size());
    std::vector<qint32> jobOrder(d->jobs.size());
    for (size_t j = 0; j < jobOrder.size(); ++j)
        jobOrder[j] = qint32(j);
    std::sort(jobOrder.begin(), jobOrder.end(),
              [this](qint32 a, qint32 b) { return d->jobs[size_t(a)].slurmId < d->jobs[size_t(b)].slurmId; });
    for (qint32 j : jobOrder)
        byBatch[d->jobs[size_t(j)].batch].push_back(j);
    std::vector<qint64> quota(kBatches.size(), 0);
    qint64 left = std::min<qint64>(d->options.traceJobs, qint64(d->jobs.size()));
    while (left > 0) {
        qint64 open = 0;
        for (size_t b = 0; b < kBatches.size(); ++b)
            open += quota[b] < qint64(byBatch[b].size()) ? 1 : 0;
        const qint64 share = std::max<qint64>(1, left / std::max<qint64>(1, open));
        for (size_t b = 0; b < kBatches.size() && left > 0; ++b) {
            const qint64 add = std::min({share, qint64(byBatch[b].size()) - quota[b], left});
            quota[b] += add;
            left -= add;
        }
    }
    std::vector<qint32> chosen;
    for (size_t b = 0; b < kBatches.size(); ++b) {
        const qint64 m = qint64(byBatch[b].size());
        for (qint64 k = 0; k < quota[b]; ++k)
            chosen.push_back(byBatch[b][size_t((2 * k + 1) * m / (2 * quota[b]))]);
    }
    std::sort(chosen.begin(), chosen.end(),
              [this](qint32 a, qint32 b) { return d->jobs[size_t(a)].slurmId < d->jobs[size_t(b)].slurmId; });

    std::vector<std::vector<qint32>> nodeJobs(d->nodes.size());
    for (qint32 j : jobOrder) // slurm order == start order, and a node's jobs never overlap
        nodeJobs[d->jobs[size_t(j)].node].push_back(j);
    for (auto &list : nodeJobs) {
        std::sort(list.begin(), list.end(), [this](qint32 a, qint32 b) {
            return d->jobs[size_t(a)].allocStartUs < d->jobs[size_t(b)].allocStartUs;
        });
    }

    const QTimeZone denver("America/Denver");
    const auto offsetAt = [&denver](qint64 utcSeconds) {
        if (denver.isValid())
            return denver.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
        return denverOffsetFallback(utcSeconds);
    };

    result.reserve(qsizetype(chosen.size()));
    for (qint32 j : chosen) {
        const Job &job = d->jobs[size_t(j)];
        Rng rng = stream(d->options.seed, 1000000 + quint64(job.slurmId));
        const Run &first = d->runs[size_t(job.firstRun)];
        const Run &last = d->runs[size_t(job.firstRun + job.runCount - 1)];
        const qint64 from = first.startUs - qint64(uniform(rng, 120, 300) * kSecondUs);
        const qint64 to = last.startUs + last.runTimeUs + last.endDelayUs + qint64(uniform(rng, 120, 300) * kSecondUs);

        std::vector<int> traceNodes = {job.node};
        if (uniform01(rng) < 0.2) { // the meter export also holds a neighbour
            const std::vector<int> &pool = kNodeTypes[size_t(d->nodes[job.node].type)].gpu ? d->gpuNodes : d->cpuNodes;
            int other = job.node;
            while (other == job.node)
                other = pool[size_t(uniformInt(rng, 0, int(pool.size()) - 1))];
            traceNodes.push_back(other);
        }

        // Sample times per node (whole minutes plus the meter's second), merged by time.
        struct Sample
        {
            qint64 us;
            int node;
        };
        std::vector<Sample> samples;
        for (int node : traceNodes) {
            const qint64 second = d->nodes[size_t(node)].sampleSecond * kSecondUs;
            for (qint64 t = floorDiv(from, kMinuteUs) * kMinuteUs + second; t <= to; t += kMinuteUs) {
                if (t >= from)
                    samples.push_back({t, node});
            }
        }
        std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.us < b.us; });

        const int fromOffset = offsetAt(from / kSecondUs);
        const bool constantOffset = fromOffset == offsetAt(to / kSecondUs);
        TextBuffer buf(qsizetype(samples.size()) * 44 + 64);
        buf.append("timestamp,node,watts\n");
        for (const Sample &s : samples) {
            const double mean = d->nodeAveragePower(s.node, nodeJobs, s.us, s.us + kMinuteUs);
            const double watts = std::max(0.0, mean * (1.0 + 0.01 * roughNormal(rng)));
            const qint64 seconds = s.us / kSecondUs;
            buf.reserve(128);
            buf.appendTraceStamp(seconds + (constantOffset ? fromOffset : offsetAt(seconds)));
            buf.append(',');
            buf.append(d->nodes[size_t(s.node)].name);
            buf.append(',');
            buf.appendInt(std::llround(watts));
            buf.append('\n');
        }
        result.append({job.slurmId, buf.take()});
    }
    return result;
}

QStringList DemoGenerator::plantedAnomalyRunIds()
{
    d->generate();
    QStringList ids;
    for (qint32 index : d->order) {
        if (d->runs[size_t(index)].anomaly == NoAnomaly)
            continue;
        quint64 hi, lo;
        d->uuidOf(index, hi, lo);
        TextBuffer buf(40);
        buf.appendUuid(hi, lo);
        ids.append(QString::fromLatin1(buf.take()));
    }
    return ids;
}

QList<DemoGenerator::PlantedQualityRun> DemoGenerator::plantedQualityRuns()
{
    d->generate();
    QList<PlantedQualityRun> planted;
    for (qint32 index : d->order) {
        const Run &r = d->runs[size_t(index)];
        if (r.planted == NotPlanted)
            continue;
        quint64 hi, lo;
        d->uuidOf(index, hi, lo);
        TextBuffer buf(40);
        buf.appendUuid(hi, lo);
        planted.append({QString::fromLatin1(buf.take()), plantedRule(r.planted)});
    }
    return planted;
}

QString DemoGenerator::syntheticLabel()
{
    return QCoreApplication::translate("DemoGenerator", "Demo data (synthetic, modelled on BUTTER-E)");
}

} // namespace wattprint
