// The What-if view: its prediction is the analysis' (whatif.h) on the runs of the filter, its table
// shows those values, a change of the plan predicts again, an extrapolating plan says so, a refused
// device shows no number, the state round-trips, and the page exports at 1280x800. A dataset of one's
// own predicts as the analysis does for the same plan, keeps its numbers in the state, and old states
// still load; "Add to compare" pins the plan's prediction.
#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <carbon.h>
#include <pinnedplans.h>
#include <units.h>
#include <whatif.h>
#include <whatifview.h>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <cmath>

using namespace wattprint;

class TestWhatIfView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void predictsAsTheAnalysis();
    void planChangesPredictAgain();
    void extrapolationAndRefusalShown();
    void stateRoundTrip();
    void ownDatasetPredictsAsTheAnalysis();
    void ownDatasetStateRoundTrip();
    void stateWithoutOwnDatasetLoadsTheSweepDataset();
    void ownDatasetSpinsFollowTheLocale();
    void pinButtonOnlyWithPinnedPlans();
    void addToComparePinsThePrediction();
    void exportsAt1280x800();
    void followsLanguageSwitch();

private:
    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<WhatIfView> m_view;
    RunColumns m_runs;
};

void TestWhatIfView::initTestCase()
{
    DemoOptions options;
    options.runs = 3000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
    QVERIFY2(RunLoader(m_fx.store()).load(Filter(), &m_runs, nullptr, &error), qPrintable(error));
}

void TestWhatIfView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestWhatIfView::init()
{
    m_fx.reset();
    m_view = std::make_unique<WhatIfView>();
    m_view->resize(1280, 800);
    m_view->setEnvironment(m_fx.env);
    m_view->show();
    QVERIFY(testsupport::ViewTestEnvironment::waitReady(m_view.get(), 30000));
}

void TestWhatIfView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

void TestWhatIfView::predictsAsTheAnalysis()
{
    QVERIFY(m_view->result().has_value());
    const WhatIfModel model = buildWhatIfModel(m_runs);
    const CarbonFactors factors = resolveCarbonFactors(std::nullopt, std::nullopt);
    const WhatIfResult expected = predictWhatIf(model, m_view->plan(), factors);
    const WhatIfResult &shown = *m_view->result();
    for (Device d : {Device::Cpu, Device::Gpu}) {
        QCOMPARE(shown.estimate(d).ok, expected.estimate(d).ok);
        QCOMPARE(shown.estimate(d).energy.value, expected.estimate(d).energy.value);
        QCOMPARE(shown.estimate(d).energy.high, expected.estimate(d).energy.high);
        QCOMPARE(shown.estimate(d).cost.value, expected.estimate(d).cost.value);
    }
    auto *table = m_view->findChild<QTableWidget *>(QStringLiteral("whatIfResults"));
    QVERIFY(table);
    QCOMPARE(table->item(0, 0)->text(), units::energy(expected.cpu.energy.value));
    QCOMPARE(table->item(0, 2)->text(), units::energy(expected.gpu.energy.value));
    QCOMPARE(table->item(0, 1)->text(), units::energyRange(expected.cpu.energy.low, expected.cpu.energy.high));
    QCOMPARE(table->item(4, 0)->text(), units::money(expected.cpu.cost.value, factors.currency));
    auto *nearest = m_view->findChild<QTableWidget *>(QStringLiteral("whatIfNearest"));
    QVERIFY(nearest);
    QCOMPARE(nearest->rowCount(), int(expected.planned().nearest.size()));
    QCOMPARE(nearest->item(0, 0)->text(), expected.planned().nearest.front().dataset);
    QVERIFY(m_view->finding().contains(units::energy(expected.planned().energy.value)));
}

void TestWhatIfView::planChangesPredictAgain()
{
    QSignalSpy state(m_view.get(), &ViewPanel::stateChanged);
    auto *device = m_view->findChild<QComboBox *>(QStringLiteral("whatIfDevice"));
    QVERIFY(device);
    device->setCurrentIndex(device->findData(QStringLiteral("gpu")));
    QCOMPARE(state.count(), 1);
    QVERIFY(m_view->result()->plan.device == Device::Gpu);
    QVERIFY(m_view->finding().startsWith(QStringLiteral("On GPU")));
    auto *epochs = m_view->findChild<QSpinBox *>(QStringLiteral("whatIfEpochs"));
    const double before = m_view->result()->gpu.energy.value - m_view->result()->gpu.overhead;
    epochs->setValue(1500);
    const double after = m_view->result()->gpu.energy.value - m_view->result()->gpu.overhead;
    QVERIFY(std::abs(after - before / 2) <= 1e-9 * before);
}

void TestWhatIfView::extrapolationAndRefusalShown()
{
    PlannedRun p = m_view->plan();
    p.depth = 30; // the demo's deepest is 20
    m_view->setPlan(p);
    QVERIFY(m_view->result()->planned().extrapolates());
    auto *notes = m_view->findChild<QLabel *>(QStringLiteral("whatIfNotes"));
    QVERIFY(notes->text().contains(QStringLiteral("Extrapolates")));
    QVERIFY(m_view->finding().contains(QStringLiteral("extrapolates")));

    // No runs at all: nothing fitted, no number anywhere.
    m_fx.setFilter(Filter::parse(QStringLiteral("dataset=none_such"), nullptr).value());
    m_view->refresh();
    QVERIFY(testsupport::ViewTestEnvironment::waitReady(m_view.get(), 30000));
    QTRY_VERIFY(m_view->result() && !m_view->result()->cpu.ok);
    auto *table = m_view->findChild<QTableWidget *>(QStringLiteral("whatIfResults"));
    for (int row = 0; row < table->rowCount(); ++row)
        for (int col = 0; col < table->columnCount(); ++col)
            QCOMPARE(table->item(row, col)->text(), QStringLiteral("\u2013"));
    QVERIFY(m_view->finding().startsWith(QStringLiteral("No prediction")));
}

void TestWhatIfView::stateRoundTrip()
{
    PlannedRun p = m_view->plan();
    p.dataset = QStringLiteral("mnist");
    p.shape = QStringLiteral("trapezoid");
    p.size = 1 << 20;
    p.depth = 7;
    p.device = Device::Gpu;
    p.epochs = 100;
    p.batchSize = 128;
    m_view->setPlan(p);
    const QJsonObject state = m_view->saveState();
    WhatIfView other;
    other.restoreState(state);
    const PlannedRun q = other.plan();
    QCOMPARE(q.dataset, p.dataset);
    QCOMPARE(q.shape, p.shape);
    QCOMPARE(q.size, p.size);
    QCOMPARE(q.depth, p.depth);
    QVERIFY(q.device == p.device);
    QCOMPARE(q.epochs, p.epochs);
    QCOMPARE(q.batchSize, p.batchSize);
}

void TestWhatIfView::ownDatasetPredictsAsTheAnalysis()
{
    auto *source = m_view->findChild<QComboBox *>(QStringLiteral("whatIfDatasetSource"));
    QVERIFY(source);
    source->setCurrentIndex(source->findData(QStringLiteral("own")));
    m_view->findChild<QSpinBox *>(QStringLiteral("whatIfExamples"))->setValue(50000);
    m_view->findChild<QSpinBox *>(QStringLiteral("whatIfInputs"))->setValue(30);
    m_view->findChild<QSpinBox *>(QStringLiteral("whatIfOutputs"))->setValue(3);
    // The plan `predict --examples 50000 --inputs 30 --outputs 3` makes, the rest as the view's.
    const PlannedRun shownPlan = m_view->plan();
    PlannedRun expectedPlan;
    expectedPlan.examples = 50000;
    expectedPlan.inputs = 30;
    expectedPlan.outputs = 3;
    expectedPlan.shape = shownPlan.shape;
    expectedPlan.size = 1 << 16;
    expectedPlan.depth = 4;
    QVERIFY(shownPlan.ownDataset());
    QCOMPARE(shownPlan.examples, expectedPlan.examples);
    QCOMPARE(shownPlan.inputs, expectedPlan.inputs);
    QCOMPARE(shownPlan.outputs, expectedPlan.outputs);
    QCOMPARE(shownPlan.size, expectedPlan.size);
    QCOMPARE(shownPlan.depth, expectedPlan.depth);
    QVERIFY(shownPlan.device == expectedPlan.device);
    QCOMPARE(shownPlan.epochs, expectedPlan.epochs);
    QCOMPARE(shownPlan.batchSize, expectedPlan.batchSize);
    const WhatIfModel model = buildWhatIfModel(m_runs);
    const WhatIfResult expected = predictWhatIf(model, expectedPlan, resolveCarbonFactors(std::nullopt, std::nullopt));
    QVERIFY(expected.cpu.ok);
    const WhatIfResult &shown = *m_view->result();
    for (Device d : {Device::Cpu, Device::Gpu}) {
        QCOMPARE(shown.estimate(d).ok, expected.estimate(d).ok);
        QCOMPARE(shown.estimate(d).energy.value, expected.estimate(d).energy.value);
        QCOMPARE(shown.estimate(d).energy.low, expected.estimate(d).energy.low);
        QCOMPARE(shown.estimate(d).energy.high, expected.estimate(d).energy.high);
        QCOMPARE(shown.estimate(d).trainingDataPerEpoch, expected.estimate(d).trainingDataPerEpoch);
    }
    auto *table = m_view->findChild<QTableWidget *>(QStringLiteral("whatIfResults"));
    QCOMPARE(table->item(0, 0)->text(), units::energy(expected.cpu.energy.value));
    // An own dataset is outside the sweep: said as such.
    auto *notes = m_view->findChild<QLabel *>(QStringLiteral("whatIfNotes"));
    QVERIFY(std::any_of(shown.planned().extrapolation.begin(), shown.planned().extrapolation.end(),
                        [](const Extrapolation &x) { return x.code == QLatin1String("own_dataset"); }));
    QVERIFY(notes->text().contains(QStringLiteral("Extrapolates")));
    QString error;
    QVERIFY2(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("whatif-own.png")), &error,
                                  96, QSize(1280, 800)),
             qPrintable(error));
    // The dataset list is hidden, the own dataset's numbers shown.
    QVERIFY(!m_view->findChild<QComboBox *>(QStringLiteral("whatIfDataset"))->isVisible());
    QVERIFY(m_view->findChild<QSpinBox *>(QStringLiteral("whatIfExamples"))->isVisible());
}

void TestWhatIfView::ownDatasetStateRoundTrip()
{
    PlannedRun p = m_view->plan();
    p.dataset.clear();
    p.examples = 123456;
    p.inputs = 784;
    p.outputs = 10;
    p.device = Device::Gpu;
    m_view->setPlan(p);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(u"own").toBool(), true);
    QCOMPARE(state.value(u"dataset").toString(), QStringLiteral("529_pollen")); // kept for the switch back
    WhatIfView other;
    other.restoreState(state);
    const PlannedRun q = other.plan();
    QVERIFY(q.ownDataset());
    QCOMPARE(q.examples, p.examples);
    QCOMPARE(q.inputs, p.inputs);
    QCOMPARE(q.outputs, p.outputs);
    QVERIFY(q.device == Device::Gpu);
    QCOMPARE(other.saveState(), state);
    // Back to the sweep's datasets: the one chosen before.
    auto *source = other.findChild<QComboBox *>(QStringLiteral("whatIfDatasetSource"));
    source->setCurrentIndex(source->findData(QStringLiteral("butter")));
    QCOMPARE(other.plan().dataset, QStringLiteral("529_pollen"));
}

void TestWhatIfView::stateWithoutOwnDatasetLoadsTheSweepDataset()
{
    PlannedRun p = m_view->plan();
    p.dataset.clear();
    p.examples = 5000;
    p.inputs = 8;
    m_view->setPlan(p);
    QVERIFY(m_view->plan().ownDataset());
    // A state saved before own datasets existed.
    const QJsonObject old{{QStringLiteral("dataset"), QStringLiteral("mnist")},
                          {QStringLiteral("shape"), QStringLiteral("trapezoid")},
                          {QStringLiteral("size"), 65536.0},
                          {QStringLiteral("depth"), 5},
                          {QStringLiteral("device"), QStringLiteral("cpu")},
                          {QStringLiteral("epochs"), 3000},
                          {QStringLiteral("batch"), 256.0}};
    m_view->restoreState(old);
    const PlannedRun q = m_view->plan();
    QVERIFY(!q.ownDataset());
    QCOMPARE(q.dataset, QStringLiteral("mnist"));
    QCOMPARE(q.shape, QStringLiteral("trapezoid"));
    QCOMPARE(q.depth, 5);
    QCOMPARE(m_view->saveState(), old);
}

void TestWhatIfView::ownDatasetSpinsFollowTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    WhatIfView german;
    QLocale::setDefault(before);
    auto *examples = german.findChild<QSpinBox *>(QStringLiteral("whatIfExamples"));
    QCOMPARE(examples->text(), QStringLiteral("10.000"));
    QCOMPARE(examples->maximum(), 2000000000);
    QVERIFY(german.findChild<QSpinBox *>(QStringLiteral("whatIfInputs"))->minimum() >= 1);
    QVERIFY(german.findChild<QSpinBox *>(QStringLiteral("whatIfOutputs"))->minimum() >= 1);
}

void TestWhatIfView::pinButtonOnlyWithPinnedPlans()
{
    // The fixture hands over no pinned plans: nothing to pin to.
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("whatIfPinButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QVERIFY(!m_view->pinPlan());
}

void TestWhatIfView::addToComparePinsThePrediction()
{
    PinnedPlans plans;
    ViewEnvironment env = m_fx.env;
    env.pinnedPlans = &plans;
    m_view->setEnvironment(env);
    QVERIFY(testsupport::ViewTestEnvironment::waitReady(m_view.get(), 30000));
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("whatIfPinButton"));
    QVERIFY(button->isVisible());
    QTRY_VERIFY(button->isEnabled());
    QSignalSpy changed(&plans, &PinnedPlans::changed);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(plans.pins().size(), std::size_t(1));
    const WhatIfModel model = buildWhatIfModel(m_runs);
    const WhatIfResult expected = predictWhatIf(model, m_view->plan(),
                                                resolveCarbonFactors(std::nullopt, std::nullopt));
    const PlanPrediction &pinned = plans.pins().front().prediction;
    QCOMPARE(pinned.energy.value, expected.planned().energy.value);
    QCOMPARE(pinned.energy.low, expected.planned().energy.low);
    QCOMPARE(pinned.energy.high, expected.planned().energy.high);
    QCOMPARE(pinned.runTime.value, expected.planned().runTime.value);
    QCOMPARE(pinned.plan.dataset, m_view->plan().dataset);
    QCOMPARE(pinned.level, model.level);
    QVERIFY(m_view->message().contains(QStringLiteral("Pinned to the Compare view")));
    // The same plan again replaces its pin; another device is a second one.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(plans.pins().size(), std::size_t(1));
    auto *device = m_view->findChild<QComboBox *>(QStringLiteral("whatIfDevice"));
    device->setCurrentIndex(device->findData(QStringLiteral("gpu")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(plans.pins().size(), std::size_t(2));
    QVERIFY(plans.pins().back().prediction.plan.device == Device::Gpu);
    m_view->findChild<QSpinBox *>(QStringLiteral("whatIfEpochs"))->setValue(100);
    QVERIFY(m_view->message().isEmpty()); // a changed plan is not the one pinned
    m_view->setEnvironment(m_fx.env);     // the plans go before the view
}

void TestWhatIfView::exportsAt1280x800()
{
    const QString path = testsupport::ViewTestEnvironment::outPath(QStringLiteral("whatif.png"));
    QString error;
    QVERIFY2(m_view->exportToFile(path, &error, 96, QSize(1280, 800)), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 800));
    testsupport::checkNotBlank(image);
}

void TestWhatIfView::followsLanguageSwitch()
{
    // The German catalogue the app target builds beside the test output.
    QTranslator german;
    if (!german.load(QStringLiteral(WATTPRINT_OUTPUT_DIR "/../app/wattprint_de.qm")))
        QSKIP("the German catalogue is not built (build the wattprint target)");
    QCoreApplication::installTranslator(&german);
    QTRY_COMPARE(m_view->findChild<QLabel *>(QStringLiteral("datasetLabel"))->text(), QStringLiteral("Datensatz:"));
    auto *table = m_view->findChild<QTableWidget *>(QStringLiteral("whatIfResults"));
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("Energie"));
    QVERIFY2(m_view->finding().startsWith(QStringLiteral("Auf CPU")), qPrintable(m_view->finding()));
    const QString path = testsupport::ViewTestEnvironment::outPath(QStringLiteral("whatif-de.png"));
    QString error;
    const bool exported = m_view->exportToFile(path, &error, 96, QSize(1280, 800));
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(exported, qPrintable(error));
    QTRY_COMPARE(m_view->findChild<QLabel *>(QStringLiteral("datasetLabel"))->text(), QStringLiteral("Dataset:"));
}

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
