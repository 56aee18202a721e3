#pragma once

// Hand-made runs with a known answer for the two anomaly timelines, shared by their analysis
// tests (the numbers) and view tests (the findings).
#include <runcolumns.h>

#include <QDateTime>
#include <QString>

#include <cmath>
#include <cstdint>

namespace wattprint::testsupport {

inline qint64 nsAt(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch() * 1000000;
}

// For the anomaly-score timeline: two groups (dataset, size, device) of 200 runs with small
// deterministic noise. Group 1 has three runs that ran 5x longer at normal power; group 2 one run
// at 0.3x power (a meter drop-out). Each run's expected energy is its group's nominal energy
// (1000 s x 300 W on the CPU, 800 s x 450 W on the GPU), so its residual is log10(E / nominal).
inline RunColumns anomalyScoreKnownAnswer(bool withDip = true, bool withSlow = true)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("adult"), QStringLiteral("mnist")};
    c.shapeNames = {QStringLiteral("rectangle"), QStringLiteral("trapezoid")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    auto add = [&c](int dataset, qint64 size, bool gpu, int depth, double runTime, double power, qint64 startNs) {
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(dataset);
        c.shape.push_back(depth % 2);
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(size);
        c.depth.push_back(depth);
        c.isGpu.push_back(gpu ? 1 : 0);
        c.slurmJobId.push_back(7);
        c.startNs.push_back(startNs);
        c.runTime.push_back(runTime);
        c.power.push_back(power);
        c.energy.push_back(runTime * power);
        c.nonOverheadEnergy.push_back(runTime * power * 0.9);
        c.energyOverhead.push_back(runTime * power * 0.1);
        c.energyPerEpoch.push_back(runTime * power / 3000);
        c.energyPerDatum.push_back(runTime * power / 1e8);
        c.expectedEnergy.push_back(gpu ? 800.0 * 450.0 : 1000.0 * 300.0);
        c.quality.push_back(0);
    };
    const qint64 t0 = nsAt("2022-09-02T00:00:00Z");
    const qint64 hour = 3600LL * 1000000000LL;
    for (int k = 0; k < 200; ++k) {
        // Noise within +-3% in run time and +-1.5% in power.
        double t = 1000 * (1 + 0.03 * std::sin(k * 1.7));
        const double p = 300 * (1 + 0.015 * std::cos(k * 2.3));
        if (withSlow && (k == 40 || k == 90 || k == 150))
            t *= 5;
        add(1, 4096, false, 2 + k % 5, t, p, t0 + k * 3 * hour);
    }
    for (int k = 0; k < 200; ++k) {
        const double t = 800 * (1 + 0.03 * std::sin(k * 0.9 + 1));
        double p = 450 * (1 + 0.015 * std::cos(k * 1.1));
        if (withDip && k == 120)
            p *= 0.3;
        add(0, 256, true, 3, t, p, t0 + k * 3 * hour + hour);
    }
    return c;
}

// For the energy anomaly timeline: configuration A has nine ordinary runs and one 6x spike,
// configuration B six ordinary runs, and 20 configurations have a single run each. The expected
// energy is each configuration's nominal energy (265 kJ, 200 kJ, 20 kJ x (1 + 0.1 k)), as a model
// that predicted every configuration exactly would give; so residuals are log10(E / nominal).
inline RunColumns anomalyTimelineKnownAnswer()
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("adult"), QStringLiteral("mnist")};
    c.shapeNames = {QStringLiteral("rectangle"), QStringLiteral("trapezoid")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    auto add = [&c](int dataset, int shape, qint64 size, int depth, bool gpu, double energy, qint64 startNs) {
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(dataset);
        c.shape.push_back(shape);
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(size);
        c.depth.push_back(depth);
        c.isGpu.push_back(gpu ? 1 : 0);
        c.slurmJobId.push_back(100);
        c.startNs.push_back(startNs);
        c.energy.push_back(energy);
        c.runTime.push_back(energy / 300);
        c.power.push_back(300);
        c.nonOverheadEnergy.push_back(energy * 0.9);
        c.energyOverhead.push_back(energy * 0.1);
        c.energyPerEpoch.push_back(energy / 3000);
        c.energyPerDatum.push_back(energy / 1e8);
        c.quality.push_back(0);
    };
    auto expect = [&c](double nominal, std::size_t runs) {
        for (std::size_t k = 0; k < runs; ++k)
            c.expectedEnergy.push_back(nominal);
    };
    const qint64 day = 86400LL * 1000000000LL;
    const qint64 t0 = nsAt("2022-09-05T08:00:00Z");
    for (int k = 0; k < 9; ++k)
        add(1, 0, 16384, 4, false, 265000.0 * (0.96 + 0.01 * k), t0 + k * 2 * day);
    add(1, 0, 16384, 4, false, 265000.0 * 6, nsAt("2022-10-03T12:00:00Z"));
    expect(265000.0, 10);
    for (int k = 0; k < 6; ++k)
        add(0, 1, 1024, 3, true, 200000.0 * (0.98 + 0.01 * k), t0 + k * 3 * day + day / 2);
    expect(200000.0, 6);
    for (int k = 0; k < 20; ++k) {
        add(0, 0, 32 << k, 2, false, 20000.0 * (1 + 0.1 * k), t0 + k * day + day / 3);
        // Single runs the model predicts within a few percent either way.
        expect(20000.0 * (1 + 0.1 * k) * (1 + 0.02 * std::sin(k * 1.3)), 1);
    }
    return c;
}

} // namespace wattprint::testsupport
