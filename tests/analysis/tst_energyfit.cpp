// The per-device least-squares fit against numpy.linalg.lstsq and scipy.optimize.nnls on the
// seeded synthetic table of tests/fixtures/make_model_fixtures.py, and the prediction of a
// configuration that is not in the table.

#include "analysiserror.h"
#include "energyfit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../support/testsupport.h"

#include <cmath>
#include <limits>

using namespace wattprint;
using namespace Qt::StringLiterals;

namespace {

QJsonObject loadFixture()
{
    return testsupport::loadFixture("model.json");
}

std::vector<EnergyFitRow> fixtureRows(const QJsonObject &fx)
{
    std::vector<EnergyFitRow> rows;
    for (const QJsonValue &v : fx[u"fit"_s].toObject()[u"rows"_s].toArray()) {
        const QJsonObject o = v.toObject();
        EnergyFitRow r;
        r.device = deviceFromName(o[u"device"_s].toString());
        r.flopsPerDatum = o[u"flops_per_datum"_s].toDouble();
        for (const QJsonValue &b : o[u"level_bytes"_s].toArray())
            r.levelBytes.push_back(b.toDouble());
        r.energyPerDatum = o[u"energy_per_datum"_s].toDouble();
        rows.push_back(r);
    }
    return rows;
}

// Relative 1e-8; a coefficient the reference has at exactly 0 (not estimated, or clamped by NNLS)
// must be 0 up to rounding of the order of the largest term it multiplies.
bool close(double actual, double expected, double rel = 1e-8, double abs = 0)
{
    return std::abs(actual - expected) <= rel * std::abs(expected) + abs;
}

void compareFit(const DeviceFit &fit, const QJsonObject &ref, bool checkRank)
{
    const QJsonArray coefficients = ref[u"coefficients"_s].toArray();
    const QJsonArray estimated = ref[u"estimated"_s].toArray();
    QCOMPARE(qsizetype(fit.coefficients.size()), coefficients.size());
    for (qsizetype j = 0; j < coefficients.size(); ++j) {
        const double e = coefficients[j].toDouble();
        const double a = fit.coefficients[std::size_t(j)];
        const QString msg = u"%1 %2: %3 vs %4"_s.arg(deviceName(fit.device), fit.names[j]).arg(a).arg(e);
        QVERIFY2(e == 0 ? std::abs(a) < 1e-25 : close(a, e), qPrintable(msg));
        QCOMPARE(bool(fit.estimated[std::size_t(j)]), estimated[j].toBool());
    }
    QVERIFY(close(fit.r2, ref[u"r2"_s].toDouble()));
    QVERIFY(close(fit.mapePercent, ref[u"mape_percent"_s].toDouble()));
    const QJsonArray ratios = ref[u"ratios"_s].toArray();
    QCOMPARE(qsizetype(fit.ratios.size()), ratios.size());
    for (qsizetype i = 0; i < ratios.size(); ++i)
        QVERIFY(close(fit.ratios[std::size_t(i)], ratios[i].toDouble()));
    if (checkRank)
        QCOMPARE(fit.rank, ref[u"rank"_s].toInt());
}

} // namespace

class TestEnergyFit : public QObject
{
    Q_OBJECT

private slots:
    void leastSquaresMatchesNumpy();
    void nonNegativeMatchesScipy();
    void predictionForUnseenConfiguration();
    void fitRowFromDerivation();
    void jsonKeys();
    void emptyInputRejected();
    void nonFiniteRejected();
    void malformedRowsRejected();
    void tooFewRowsRejected();
    void missingDeviceRejected();
    void negativePredictionRejected();
};

void TestEnergyFit::leastSquaresMatchesNumpy()
{
    const QJsonObject fx = loadFixture();
    const auto rows = fixtureRows(fx);
    const EnergyFit fit = fitEnergyModel(rows);
    QCOMPARE(fit.devices.size(), std::size_t(2));
    const QJsonObject ref = fx[u"fit"_s].toObject();
    compareFit(fit.forDevice(Device::Cpu), ref[u"cpu"_s].toObject()[u"least_squares"_s].toObject(), true);
    compareFit(fit.forDevice(Device::Gpu), ref[u"gpu"_s].toObject()[u"least_squares"_s].toObject(), true);
    // The CPU table never reaches RAM: that column is not estimated.
    QCOMPARE(fit.forDevice(Device::Cpu).names.last(), u"RAM_bytes"_s);
    QVERIFY(!fit.forDevice(Device::Cpu).estimated.back());
    // The synthetic L2 effect is negative, so the ordinary fit goes negative there.
    QVERIFY(fit.forDevice(Device::Cpu).coefficients[3] < 0);
    QCOMPARE(fit.forDevice(Device::Cpu).rows, std::size_t(80));
    QCOMPARE(fit.forDevice(Device::Gpu).rowIndices.front(), std::size_t(80));
}

void TestEnergyFit::nonNegativeMatchesScipy()
{
    const QJsonObject fx = loadFixture();
    const auto rows = fixtureRows(fx);
    const EnergyFit fit = fitEnergyModel(rows, FitMethod::NonNegative);
    const QJsonObject ref = fx[u"fit"_s].toObject();
    compareFit(fit.forDevice(Device::Cpu), ref[u"cpu"_s].toObject()[u"non_negative"_s].toObject(), false);
    compareFit(fit.forDevice(Device::Gpu), ref[u"gpu"_s].toObject()[u"non_negative"_s].toObject(), false);
    for (const DeviceFit &f : fit.devices) {
        for (double c : f.coefficients)
            QVERIFY(c >= 0);
    }
    QCOMPARE(fit.forDevice(Device::Cpu).coefficients[3], 0.0);
}

void TestEnergyFit::predictionForUnseenConfiguration()
{
    const QJsonObject fx = loadFixture();
    const EnergyFit fit = fitEnergyModel(fixtureRows(fx));
    const QJsonObject ref = fx[u"prediction"_s].toObject();
    const Derivation d = deriveFromDataset(ref[u"dataset"_s].toString(), shapeFromName(ref[u"shape"_s].toString()),
                                           ref[u"depth"_s].toInt(), std::int64_t(ref[u"size"_s].toDouble()));
    const CarbonFactors factors = customFactors(475.0, 1.0, 0.12, u"USD"_s);
    const TrainingPrediction p = predictTraining(fit, d, Device::Cpu, factors);
    QVERIFY(close(p.energyPerDatum, ref[u"energy_per_datum"_s].toDouble()));
    QVERIFY(close(p.trainingJoules, ref[u"training_joules"_s].toDouble()));
    QVERIFY(close(p.totalJoules, ref[u"total_joules"_s].toDouble()));
    QCOMPARE(p.overheadJoules, 14028.665573);
    QCOMPARE(p.epochs, 3000);
    const QJsonObject carbon = ref[u"carbon"_s].toObject();
    QVERIFY(close(p.carbon.kwh, carbon[u"kwh"_s].toDouble()));
    QVERIFY(close(p.carbon.co2eGrams, carbon[u"co2e_g"_s].toDouble()));
    QVERIFY(close(*p.carbon.cost, carbon[u"cost"_s].toDouble()));

    const QJsonObject json = trainingPredictionJson(p);
    QVERIFY(close(json[u"total_joules"_s].toDouble(), ref[u"total_joules"_s].toDouble()));
    QVERIFY(json[u"carbon"_s].toObject().contains(u"co2e_g"_s));
    QCOMPARE(energyOverheadJoules(Device::Gpu), 271560.240048);
}

void TestEnergyFit::fitRowFromDerivation()
{
    const Derivation d = deriveFromDataset(u"529_pollen", Shape::Rectangle, 3, 256);
    const EnergyFitRow cpu = fitRowFor(d, Device::Cpu, 0.01);
    const EnergyFitRow gpu = fitRowFor(d, Device::Gpu, 0.02);
    QCOMPARE(cpu.levelBytes.size(), std::size_t(4));
    QCOMPARE(gpu.levelBytes.size(), std::size_t(3));
    QCOMPARE(cpu.flopsPerDatum, d.operations.flopsPerTrainingDatum);
    // Everything of this tiny network sits in L1: the three layers, forward, backward, dataset.
    double expected = 0;
    for (const WorkingSet &l : d.cpu.interLayer)
        expected += l.placement.cachedSize;
    expected += d.cpu.forward.placement.cachedSize + d.cpu.backward.placement.cachedSize
        + d.cpu.dataset.placement.cachedSize;
    QCOMPARE(cpu.levelBytes[0], expected);
    QCOMPARE(cpu.levelBytes[1] + cpu.levelBytes[2] + cpu.levelBytes[3], 0.0);
}

void TestEnergyFit::jsonKeys()
{
    const EnergyFit fit = fitEnergyModel(fixtureRows(loadFixture()));
    const QJsonObject o = energyFitJson(fit);
    QCOMPARE(o[u"method"_s].toString(), u"least_squares"_s);
    const QJsonArray devices = o[u"devices"_s].toArray();
    QCOMPARE(devices.size(), 2);
    const QJsonObject cpu = devices[0].toObject();
    QCOMPARE(cpu[u"device"_s].toString(), u"cpu"_s);
    for (const QString &key : {u"coefficients"_s, u"estimated"_s, u"r2"_s, u"mape_percent"_s, u"ratios"_s, u"rows"_s})
        QVERIFY2(cpu.contains(key), qPrintable(key));
    QVERIFY(cpu[u"coefficients"_s].toObject().contains(u"flops"_s));
    QVERIFY(cpu[u"coefficients"_s].toObject().contains(u"L3_bytes"_s));
    QCOMPARE(cpu[u"ratios"_s].toArray().size(), 80);
}

void TestEnergyFit::emptyInputRejected()
{
    QVERIFY_THROWS_EXCEPTION(AnalysisError, fitEnergyModel({}));
}

void TestEnergyFit::nonFiniteRejected()
{
    auto rows = fixtureRows(loadFixture());
    auto withNan = rows;
    withNan[5].energyPerDatum = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, fitEnergyModel(withNan));
    auto withInf = rows;
    withInf[7].flopsPerDatum = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, fitEnergyModel(withInf));
    auto withInfBytes = rows;
    withInfBytes[90].levelBytes[1] = -std::numeric_limits<double>::infinity();
    try {
        fitEnergyModel(withInfBytes);
        QFAIL("expected an error");
    } catch (const AnalysisError &e) {
        const QString msg = QString::fromStdString(e.what());
        QVERIFY(msg.contains(u"finite"_s));
        QVERIFY(msg.contains(u"row 91"_s));
    }
}

void TestEnergyFit::malformedRowsRejected()
{
    auto rows = fixtureRows(loadFixture());
    auto shortRow = rows;
    shortRow[0].levelBytes.pop_back(); // a CPU row needs 4 levels
    QVERIFY_THROWS_EXCEPTION(AnalysisError, fitEnergyModel(shortRow));
    auto negative = rows;
    negative[1].levelBytes[0] = -1;
    QVERIFY_THROWS_EXCEPTION(AnalysisError, fitEnergyModel(negative));
    auto negativeFlops = rows;
    negativeFlops[2].flopsPerDatum = -3;
    QVERIFY_THROWS_EXCEPTION(AnalysisError, fitEnergyModel(negativeFlops));
}

void TestEnergyFit::tooFewRowsRejected()
{
    auto rows = fixtureRows(loadFixture());
    std::vector<EnergyFitRow> three(rows.begin(), rows.begin() + 3); // CPU, 5 coefficients
    try {
        fitEnergyModel(three);
        QFAIL("expected an error");
    } catch (const AnalysisError &e) {
        QVERIFY(QString::fromStdString(e.what()).contains(u"not enough"_s));
    }
}

void TestEnergyFit::missingDeviceRejected()
{
    auto rows = fixtureRows(loadFixture());
    std::vector<EnergyFitRow> cpuOnly(rows.begin(), rows.begin() + 80);
    const EnergyFit fit = fitEnergyModel(cpuOnly);
    QCOMPARE(fit.devices.size(), std::size_t(1));
    QVERIFY(fit.find(Device::Gpu) == nullptr);
    const Derivation d = deriveFromDataset(u"529_pollen", Shape::Rectangle, 3, 256);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, predictTraining(fit, d, Device::Gpu, customFactors(400)));
}

void TestEnergyFit::negativePredictionRejected()
{
    // Energy falls with FLOPs in this made-up table; a huge network extrapolates below zero.
    std::vector<EnergyFitRow> rows;
    for (int i = 0; i < 12; ++i) {
        EnergyFitRow r;
        r.device = Device::Cpu;
        r.flopsPerDatum = 100.0 * (i + 1);
        r.levelBytes = {1000.0 * (1 + i % 3), 0, 0, 0};
        r.energyPerDatum = 0.01 - 1e-6 * r.flopsPerDatum + 1e-9 * r.levelBytes[0];
        rows.push_back(r);
    }
    const EnergyFit fit = fitEnergyModel(rows);
    const Derivation big = deriveFromDataset(u"mnist", Shape::Rectangle, 4, 1 << 20);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, predictTraining(fit, big, Device::Cpu, customFactors(400)));
}

QTEST_GUILESS_MAIN(TestEnergyFit)
#include "tst_energyfit.moc"
