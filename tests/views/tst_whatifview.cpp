// The What-if view: its prediction is the analysis' (whatif.h) on the runs of the filter, its table
// shows those values, a change of the plan predicts again, an extrapolating plan says so, a refused
// device shows no number, the state round-trips, and the page exports at 1280x800.
#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <carbon.h>
#include <units.h>
#include <whatif.h>
#include <whatifview.h>

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

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
