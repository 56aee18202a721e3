// PinnedPlans, the plans pinned from the What-if view for the Compare view: pin order and ids, a plan
// pinned again replaces its pin, unpin and clear, and the JSON the Compare view's state keeps
// (PlanPrediction::toJson/fromJson), invalid entries skipped.
#include <pinnedplans.h>

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace wattprint;

namespace {

PlanPrediction prediction(const QString &dataset, Device device, double energy)
{
    PlanPrediction p;
    p.plan.dataset = dataset;
    p.plan.shape = QStringLiteral("rectangle");
    p.plan.size = 1 << 16;
    p.plan.depth = 4;
    p.plan.device = device;
    p.energy = {energy, energy * 0.8, energy * 1.3};
    p.runTime = {energy / 300, energy * 0.8 / 320, energy * 1.3 / 280};
    p.power = {300, 280, 320};
    p.energyPerDatum = {energy * 1e-6, energy * 0.8e-6, energy * 1.3e-6};
    return p;
}

} // namespace

class TestPinnedPlans : public QObject
{
    Q_OBJECT

private slots:
    void pinKeepsOrderAndIds();
    void samePlanReplacesItsPin();
    void unpinAndClear();
    void jsonRoundTrip();
    void ownDatasetJsonRoundTrip();
    void invalidEntriesSkipped();
    void setFromSameJsonIsNoChange();
};

void TestPinnedPlans::pinKeepsOrderAndIds()
{
    PinnedPlans plans;
    QSignalSpy changed(&plans, &PinnedPlans::changed);
    const int first = plans.pin(prediction(QStringLiteral("mnist"), Device::Cpu, 1000));
    const int second = plans.pin(prediction(QStringLiteral("mnist"), Device::Gpu, 2000));
    QVERIFY(first != second);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(plans.pins().size(), std::size_t(2));
    QCOMPARE(plans.pins()[0].id, first);
    QCOMPARE(plans.pins()[1].prediction.energy.value, 2000.0);
}

void TestPinnedPlans::samePlanReplacesItsPin()
{
    PinnedPlans plans;
    const int first = plans.pin(prediction(QStringLiteral("mnist"), Device::Cpu, 1000));
    plans.pin(prediction(QStringLiteral("adult"), Device::Cpu, 500));
    const int again = plans.pin(prediction(QStringLiteral("mnist"), Device::Cpu, 1100));
    QCOMPARE(again, first);
    QCOMPARE(plans.pins().size(), std::size_t(2));
    QCOMPARE(plans.pins()[0].prediction.energy.value, 1100.0);
}

void TestPinnedPlans::unpinAndClear()
{
    PinnedPlans plans;
    const int first = plans.pin(prediction(QStringLiteral("mnist"), Device::Cpu, 1000));
    plans.pin(prediction(QStringLiteral("adult"), Device::Gpu, 500));
    QSignalSpy changed(&plans, &PinnedPlans::changed);
    QVERIFY(plans.unpin(first));
    QVERIFY(!plans.unpin(first));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(plans.pins().front().prediction.plan.dataset, QStringLiteral("adult"));
    plans.clear();
    QVERIFY(plans.isEmpty());
    QCOMPARE(changed.count(), 2);
    plans.clear(); // already empty: no change
    QCOMPARE(changed.count(), 2);
}

void TestPinnedPlans::jsonRoundTrip()
{
    PinnedPlans plans;
    PlanPrediction p = prediction(QStringLiteral("mnist"), Device::Gpu, 1234.5);
    p.plan.epochs = 100;
    p.plan.batchSize = 64;
    p.extrapolates = true;
    p.runTime = {}; // no run time predicted: kept as none
    plans.pin(p);
    PinnedPlans other;
    other.setFromJson(plans.toJson());
    QCOMPARE(other.pins().size(), std::size_t(1));
    const PlanPrediction &q = other.pins().front().prediction;
    QCOMPARE(q.plan.dataset, p.plan.dataset);
    QCOMPARE(q.plan.shape, p.plan.shape);
    QCOMPARE(q.plan.size, p.plan.size);
    QCOMPARE(q.plan.depth, p.plan.depth);
    QVERIFY(q.plan.device == Device::Gpu);
    QCOMPARE(q.plan.epochs, 100);
    QCOMPARE(q.plan.batchSize, qint64(64));
    QVERIFY(q.extrapolates);
    QCOMPARE(q.energy.value, p.energy.value);
    QCOMPARE(q.energy.low, p.energy.low);
    QCOMPARE(q.energy.high, p.energy.high);
    QCOMPARE(q.power.high, p.power.high);
    QCOMPARE(q.energyPerDatum.low, p.energyPerDatum.low);
    QVERIFY(std::isnan(q.runTime.value));
    QCOMPARE(q.metric(RunMetric::Power).value, 300.0);
    QVERIFY(std::isnan(q.metric(RunMetric::NonOverheadEnergy).value));
    QCOMPARE(other.toJson(), plans.toJson());
}

void TestPinnedPlans::ownDatasetJsonRoundTrip()
{
    PlanPrediction p = prediction(QString(), Device::Cpu, 50);
    p.plan.examples = 1234567;
    p.plan.inputs = 784;
    p.plan.outputs = 10;
    const auto q = PlanPrediction::fromJson(p.toJson());
    QVERIFY(q.has_value());
    QVERIFY(q->plan.ownDataset());
    QCOMPARE(q->plan.examples, qint64(1234567));
    QCOMPARE(q->plan.inputs, 784);
    QCOMPARE(q->plan.outputs, 10);
}

void TestPinnedPlans::invalidEntriesSkipped()
{
    const QJsonObject good = prediction(QStringLiteral("mnist"), Device::Cpu, 1000).toJson();
    QJsonObject noEnergy = good;
    noEnergy.remove(QStringLiteral("energy_j"));
    QJsonObject badDevice = good;
    QJsonObject plan = good.value(QStringLiteral("plan")).toObject();
    plan.insert(QStringLiteral("device"), QStringLiteral("tpu"));
    badDevice.insert(QStringLiteral("plan"), plan);
    QJsonObject fractionalSize = good;
    plan = good.value(QStringLiteral("plan")).toObject();
    plan.insert(QStringLiteral("size"), 10.5);
    fractionalSize.insert(QStringLiteral("plan"), plan);
    QJsonObject ownWithoutInputs = good;
    plan = good.value(QStringLiteral("plan")).toObject();
    plan.remove(QStringLiteral("dataset"));
    plan.insert(QStringLiteral("examples"), 1000);
    ownWithoutInputs.insert(QStringLiteral("plan"), plan);
    QVERIFY(!PlanPrediction::fromJson(noEnergy));
    QVERIFY(!PlanPrediction::fromJson(badDevice));
    QVERIFY(!PlanPrediction::fromJson(fractionalSize));
    QVERIFY(!PlanPrediction::fromJson(ownWithoutInputs));
    PinnedPlans plans;
    plans.setFromJson(QJsonArray{noEnergy, good, 42, badDevice, fractionalSize, ownWithoutInputs});
    QCOMPARE(plans.pins().size(), std::size_t(1));
    QCOMPARE(plans.pins().front().prediction.energy.value, 1000.0);
}

void TestPinnedPlans::setFromSameJsonIsNoChange()
{
    PinnedPlans plans;
    plans.pin(prediction(QStringLiteral("mnist"), Device::Cpu, 1000));
    QSignalSpy changed(&plans, &PinnedPlans::changed);
    plans.setFromJson(plans.toJson());
    QCOMPARE(changed.count(), 0);
    plans.setFromJson(QJsonArray());
    QCOMPARE(changed.count(), 1);
    QVERIFY(plans.isEmpty());
}

QTEST_MAIN(TestPinnedPlans)
#include "tst_pinnedplans.moc"
