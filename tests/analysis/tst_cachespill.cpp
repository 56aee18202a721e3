// Cache-spill analysis: log2 binning against numpy quartiles (tests/fixtures/make_cachespill_fixtures.py),
// the cache boundaries against the documented Eagle hierarchy, and spill detection on synthetic
// curves with a known step at a known boundary.

#include "analysiserror.h"
#include "cachespill.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "../support/testsupport.h"

#include <cmath>
#include <limits>
#include <random>

using namespace wattprint;
using namespace Qt::StringLiterals;

namespace {

std::vector<double> withNaN(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.isNull() ? std::numeric_limits<double>::quiet_NaN() : x.toDouble());
    return out;
}

// Sizes at whole octaves (like the sweep's 2^5..2^24 parameters) with a little jitter, `perOctave`
// points each, values following base * 2^(slope k) with a factor `step` above `stepBytes`.
struct Curve
{
    std::vector<double> bytes, values;
};

Curve octaveCurve(int k0, int k1, int perOctave, double slope, double stepBytes, double step, double noise,
                  unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> jitter(-0.03, 0.03);
    std::normal_distribution<double> eps(0.0, noise);
    Curve c;
    for (int k = k0; k <= k1; ++k) {
        for (int i = 0; i < perOctave; ++i) {
            const double b = std::pow(2.0, k + jitter(rng));
            double v = 1e-3 * std::pow(2.0, slope * k) * (b > stepBytes ? step : 1.0);
            if (noise > 0)
                v *= std::exp(eps(rng));
            c.bytes.push_back(b);
            c.values.push_back(v);
        }
    }
    return c;
}

} // namespace

class TestCacheSpill : public QObject
{
    Q_OBJECT

private slots:
    void binningMatchesNumpy();
    void binningRejectsBadInput();
    void boundariesFollowHierarchy();
    void workingSetBytesFromModel();
    void kindNames();
    void findsKnownStepAtL2();
    void findsStepOnGpuAtL2WithNoise();
    void flatCurveHasNoSpill();
    void twoStepsOrderedByRatio();
    void farFromBoundaryHasNone();
    void detectRejectsBadBins();
};

void TestCacheSpill::binningMatchesNumpy()
{
    const QJsonObject fx = testsupport::loadFixture("cachespill.json");
    const std::vector<double> bytes = withNaN(fx[u"bytes"_s]);
    const std::vector<double> values = withNaN(fx[u"values"_s]);
    QCOMPARE(bytes.size(), values.size());
    const QJsonArray cases = fx[u"cases"_s].toArray();
    QCOMPARE(cases.size(), 3);
    for (const QJsonValue &cv : cases) {
        const QJsonObject c = cv.toObject();
        const double width = c[u"width"_s].toDouble();
        const auto minCount = std::size_t(c[u"min_count"_s].toInt());
        const Log2Binning b = binByLog2(bytes, values, width, minCount);
        QCOMPARE(b.used, std::size_t(c[u"used"_s].toInt()));
        QCOMPARE(b.skipped, std::size_t(c[u"skipped"_s].toInt()));
        QCOMPARE(b.sparse, std::size_t(c[u"sparse"_s].toInt()));
        const QJsonArray bins = c[u"bins"_s].toArray();
        QCOMPARE(qsizetype(b.bins.size()), bins.size());
        for (qsizetype i = 0; i < bins.size(); ++i) {
            const QJsonObject r = bins[i].toObject();
            const Log2Bin &got = b.bins[std::size_t(i)];
            QCOMPARE(got.centerLog2, r[u"center"_s].toDouble());
            QCOMPARE(got.lowLog2, r[u"center"_s].toDouble() - width / 2);
            QCOMPARE(got.highLog2, r[u"center"_s].toDouble() + width / 2);
            QCOMPARE(got.count, std::size_t(r[u"count"_s].toInt()));
            QVERIFY2(testsupport::relClose(got.q1, r[u"q1"_s].toDouble(), 1e-12),
                     qPrintable(testsupport::mismatch(u"q1"_s, got.q1, r[u"q1"_s].toDouble())));
            QVERIFY2(testsupport::relClose(got.median, r[u"median"_s].toDouble(), 1e-12),
                     qPrintable(testsupport::mismatch(u"median"_s, got.median, r[u"median"_s].toDouble())));
            QVERIFY2(testsupport::relClose(got.q3, r[u"q3"_s].toDouble(), 1e-12),
                     qPrintable(testsupport::mismatch(u"q3"_s, got.q3, r[u"q3"_s].toDouble())));
        }
    }
}

void TestCacheSpill::binningRejectsBadInput()
{
    const std::vector<double> a{1, 2, 3};
    const std::vector<double> b{1, 2};
    testsupport::expectError([&] { binByLog2(a, b); }, {u"same length"_s}, "length");
    testsupport::expectError([&] { binByLog2(a, a, 0.0); }, {u"bin width"_s}, "width");
    testsupport::expectError([&] { binByLog2(a, a, std::numeric_limits<double>::quiet_NaN()); }, {u"bin width"_s},
                             "nan width");
    const Log2Binning empty = binByLog2({}, {});
    QVERIFY(empty.bins.empty());
    QCOMPARE(empty.used, std::size_t(0));
}

void TestCacheSpill::boundariesFollowHierarchy()
{
    // The doc: CPU L1 32 KiB x36, L2 1 MiB x36, L3 24.75 MiB x2; GPU L1 112 KiB x168, L2 6 MiB x2.
    const auto cpuF = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward);
    QCOMPARE(cpuF.size(), std::size_t(3));
    QCOMPARE(cpuF[0].level, u"L1"_s);
    QCOMPARE(cpuF[0].next, u"L2"_s);
    QCOMPARE(cpuF[0].bytes, 32768.0);
    QCOMPARE(cpuF[1].bytes, 32768.0 + 1048576.0);
    QCOMPARE(cpuF[2].bytes, 32768.0 + 1048576.0 + 24.75 * 1048576.0);
    QCOMPARE(cpuF[2].next, u"RAM"_s);
    const auto cpuD = cacheBoundaries(Device::Cpu, WorkingSetKind::Dataset);
    QCOMPARE(cpuD[0].bytes, 36 * 32768.0);
    QCOMPARE(cpuD[1].bytes, 36 * 32768.0 + 36 * 1048576.0);
    QCOMPARE(cpuD[2].bytes, 36 * 32768.0 + 36 * 1048576.0 + 2 * 24.75 * 1048576.0);
    const auto gpuF = cacheBoundaries(Device::Gpu, WorkingSetKind::Backward);
    QCOMPARE(gpuF.size(), std::size_t(2));
    QCOMPARE(gpuF[0].bytes, 112 * 1024.0);
    QCOMPARE(gpuF[1].bytes, 112 * 1024.0 + 6 * 1048576.0);
    QCOMPARE(gpuF[1].next, u"HBM"_s);
    const auto gpuI = cacheBoundaries(Device::Gpu, WorkingSetKind::InterLayerMax);
    QCOMPARE(gpuI[0].bytes, 168 * 112 * 1024.0);
    QCOMPARE(gpuI[1].bytes, 168 * 112 * 1024.0 + 2 * 6 * 1048576.0);
}

void TestCacheSpill::workingSetBytesFromModel()
{
    // rectangle widths [10, 10, 1] on 4 inputs: 50 + 110 + 11 = 171 parameters.
    NetworkConfig c;
    c.widths = {10, 10, 1};
    c.inputs = 4;
    c.params = 171;
    c.observations = 1000;
    const WorkingSets s = placeWorkingSets(c, Device::Cpu);
    QCOMPARE(workingSetBytes(s, WorkingSetKind::Forward), 4.0 * 171);
    // 8 x params + 4 x 256 x (4 + 10 + 10 + 1) nodes - the largest layer's 4 x 256 x (10 + 10)
    QCOMPARE(workingSetBytes(s, WorkingSetKind::Backward), 8.0 * 171 + 4.0 * 256 * 25 - 4.0 * 256 * 20);
    QCOMPARE(workingSetBytes(s, WorkingSetKind::InterLayerMax), 4.0 * 256 * 20);
    QCOMPARE(workingSetBytes(s, WorkingSetKind::Dataset), 1000.0 * 4 * (4 + 1));
}

void TestCacheSpill::kindNames()
{
    for (WorkingSetKind k :
         {WorkingSetKind::Forward, WorkingSetKind::Backward, WorkingSetKind::InterLayerMax, WorkingSetKind::Dataset})
        QCOMPARE(workingSetKindFromName(workingSetKindName(k)), k);
    testsupport::expectError([] { workingSetKindFromName(u"l4"); }, {u"unknown working set"_s, u"forward"_s}, "name");
}

void TestCacheSpill::findsKnownStepAtL2()
{
    // Energy per datum grows 2^0.05 per octave and steps up 2.3x once the forward set leaves L2
    // (1 MiB + 32 KiB = 2^20.04 B): the step lies between the 2^20 and 2^21 bins.
    const auto boundaries = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward);
    const Curve c = octaveCurve(7, 30, 20, 0.05, boundaries[1].bytes, 2.3, 0.0, 1);
    const Log2Binning b = binByLog2(c.bytes, c.values, 1.0, 5);
    QCOMPARE(b.bins.size(), std::size_t(24));
    const std::vector<SpillPoint> spills = detectSpills(b.bins, boundaries);
    QCOMPARE(spills.size(), std::size_t(1));
    const SpillPoint &s = spills.front();
    QCOMPARE(b.bins[s.fromBin].centerLog2, 20.0);
    QCOMPARE(b.bins[s.toBin].centerLog2, 21.0);
    QCOMPARE(s.atLog2, 20.5);
    QVERIFY2(testsupport::relClose(s.ratio, 2.3 * std::pow(2.0, 0.05), 1e-9),
             qPrintable(testsupport::mismatch(u"ratio"_s, s.ratio, 2.3 * std::pow(2.0, 0.05))));
    QVERIFY2(testsupport::relClose(s.excessRatio, 2.3, 1e-9),
             qPrintable(testsupport::mismatch(u"excess"_s, s.excessRatio, 2.3)));
    QVERIFY(testsupport::relClose(s.baselineSlope, 0.05 * std::log(2.0), 1e-9));
    QCOMPARE(s.boundary, 1);
    QCOMPARE(boundaries[std::size_t(s.boundary)].level, u"L2"_s);
    QVERIFY(std::abs(s.distanceOctaves - (20.5 - std::log2(boundaries[1].bytes))) < 1e-12);
}

void TestCacheSpill::findsStepOnGpuAtL2WithNoise()
{
    // Noisy (sigma 0.3 in ln) with 200 runs an octave, a 3x step past the GPU's per-SM L1 + L2.
    const auto boundaries = cacheBoundaries(Device::Gpu, WorkingSetKind::Forward);
    const Curve c = octaveCurve(7, 30, 200, 0.0, boundaries[1].bytes, 3.0, 0.3, 7);
    const Log2Binning b = binByLog2(c.bytes, c.values, 1.0, 5);
    const std::vector<SpillPoint> spills = detectSpills(b.bins, boundaries);
    QCOMPARE(spills.size(), std::size_t(1));
    QCOMPARE(boundaries[std::size_t(spills[0].boundary)].level, u"L2"_s);
    QCOMPARE(spills[0].toBin, spills[0].fromBin + 1);
    QCOMPARE(b.bins[spills[0].fromBin].centerLog2, 22.0); // 2^22.6 lies between the 22 and 23 bins
    QVERIFY2(std::abs(spills[0].ratio / 3.0 - 1) < 0.1, qPrintable(QString::number(spills[0].ratio)));
}

void TestCacheSpill::flatCurveHasNoSpill()
{
    const auto boundaries = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward);
    const Curve c = octaveCurve(7, 30, 200, 0.1, 1e30, 1.0, 0.3, 3);
    const Log2Binning b = binByLog2(c.bytes, c.values, 1.0, 5);
    QVERIFY(detectSpills(b.bins, boundaries).empty());
    // Two bins cannot show a change of slope.
    QVERIFY(detectSpills(std::span<const Log2Bin>(b.bins).first(2), boundaries).empty());
}

void TestCacheSpill::twoStepsOrderedByRatio()
{
    // 1.5x between 2^15 and 2^16 B (L1 ends at 2^15) and 2x past L3 (2^24.6 B): the larger
    // first, each at its boundary.
    const auto boundaries = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward);
    Curve c = octaveCurve(7, 30, 20, 0.0, std::pow(2.0, 15.5), 1.5, 0.0, 1);
    for (std::size_t i = 0; i < c.bytes.size(); ++i) {
        if (c.bytes[i] > boundaries[2].bytes)
            c.values[i] *= 2.0;
    }
    const Log2Binning b = binByLog2(c.bytes, c.values, 1.0, 1);
    const std::vector<SpillPoint> spills = detectSpills(b.bins, boundaries);
    QCOMPARE(spills.size(), std::size_t(2));
    QVERIFY(testsupport::relClose(spills[0].ratio, 2.0, 1e-9));
    QCOMPARE(boundaries[std::size_t(spills[0].boundary)].level, u"L3"_s);
    QVERIFY(testsupport::relClose(spills[1].ratio, 1.5, 1e-9));
    QCOMPARE(boundaries[std::size_t(spills[1].boundary)].level, u"L1"_s);
}

void TestCacheSpill::farFromBoundaryHasNone()
{
    // A step at 2^10 B is 5 octaves from the nearest CPU boundary: found, but not attributed.
    const auto boundaries = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward);
    const Curve c = octaveCurve(7, 30, 20, 0.0, std::pow(2.0, 10.5), 2.0, 0.0, 1);
    const Log2Binning b = binByLog2(c.bytes, c.values, 1.0, 1);
    const std::vector<SpillPoint> spills = detectSpills(b.bins, boundaries);
    QCOMPARE(spills.size(), std::size_t(1));
    QCOMPARE(spills[0].boundary, -1);
    QVERIFY(testsupport::relClose(spills[0].ratio, 2.0, 1e-9));
}

void TestCacheSpill::detectRejectsBadBins()
{
    std::vector<Log2Bin> bins(3);
    for (int i = 0; i < 3; ++i) {
        bins[std::size_t(i)].centerLog2 = i;
        bins[std::size_t(i)].median = 1;
    }
    bins[1].median = 0;
    testsupport::expectError([&] { detectSpills(bins, {}); }, {u"positive median"_s}, "zero median");
    bins[1].median = 1;
    bins[2].centerLog2 = 0.5;
    testsupport::expectError([&] { detectSpills(bins, {}); }, {u"ascending"_s}, "order");
}

QTEST_GUILESS_MAIN(TestCacheSpill)
#include "tst_cachespill.moc"
