// The energy anomaly timeline on a 6000-run demo store with watt-meter traces: its result against
// SQL, the finding on a fixture with a known answer, the selection gestures (Shift+drag, pan,
// click, Filter to anomalies), the details pane with and without a trace, state, and PNG/SVG/PDF
// exports written to the build's test-output. Its numbers are tested in
// tests/analysis/tst_anomalytimelineanalysis.cpp.
#include <anomalydotlayer.h>
#include <anomalytimelineview.h>
#include <demostore.h>
#include <distributionview.h>
#include <filterhistory.h>
#include <filterstate.h>
#include <runloader.h>
#include <runquality.h>
#include <store.h>
#include <tracequery.h>

#include <qcustomplot.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "../support/anomalyruns.h"
#include "../support/imagecheck.h"
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>

using namespace wattprint;

namespace {

constexpr AnomalyMethod Methods[] = {AnomalyMethod::ZScore, AnomalyMethod::RobustZScore, AnomalyMethod::Iqr,
                                     AnomalyMethod::IsolationForest};

using wattprint::testsupport::anomalyTimelineKnownAnswer;
using wattprint::testsupport::checkNotBlank;

// Pixels close to a colour, as a share of the image.
double colourShare(const QImage &image, QColor c, int tolerance = 30)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p(image.pixel(x, y));
            n += std::abs(p.red() - c.red()) <= tolerance && std::abs(p.green() - c.green()) <= tolerance
                && std::abs(p.blue() - c.blue()) <= tolerance;
        }
    }
    return double(n) / (double(image.width()) * image.height());
}

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(w, &e);
}

void drag(QWidget *w, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int k = 1; k <= 5; ++k)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * (k / 5.0), Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

void click(QWidget *w, QPointF at)
{
    sendMouse(w, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
}

} // namespace

class TestAnomalyTimelineView : public QObject
{
    Q_OBJECT

private:
    void setFilter(const Filter &filter);
    bool waitReady(ViewPanel *view, int timeoutMs = 30000);
    QString outPath(const QString &name) const { return QStringLiteral(WATTPRINT_OUTPUT_DIR "/") + name; }
    RunColumns loadColumns(const Filter &filter = Filter()) const;
    QList<qint64> tracedRunIds() const;
    void showAndWait();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AnalysisService> m_service;
    std::unique_ptr<FilterState> m_filterState;
    std::unique_ptr<FilterHistory> m_filterHistory;
    ViewEnvironment m_env;
    quint64 m_generation = 0;
    QString m_lastFilterText;
    int m_filterChanges = 0;
    std::unique_ptr<AnomalyTimelineView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void resultMatchesSql();
    void findingKnownAnswer();
    void findingEdgeCases();
    void thresholdSliderRecounts();
    void stateRoundTrip();
    void shiftDragSelectsRunsIntoFilter();
    void plainDragPansTime();
    void filterToAnomaliesButton();
    void clickShowsDetailsAndTrace();
    void runWithoutTraceSaysSo();
    void noDetailsProvider();
    void exportsPngSvgPdf();
    void controlsNamedAndReachable();
    void timingOnFullDemo();
    void rowBlendingMatchesDotByDot();
};

void TestAnomalyTimelineView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_store = std::make_unique<Store>(m_path);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    DemoOptions options;
    options.runs = 6000;
    options.traceJobs = 8;
    const ImportReport report = DemoStore::build(m_store.get(), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
}

void TestAnomalyTimelineView::cleanupTestCase()
{
    m_store.reset();
}

void TestAnomalyTimelineView::init()
{
    m_service = std::make_unique<AnalysisService>();
    m_filterState = std::make_unique<FilterState>();
    m_lastFilterText.clear();
    m_filterChanges = 0;
    setFilter(Filter());
    connect(m_filterState.get(), &FilterState::changed, m_service.get(),
            [this] { setFilter(m_filterState->filter()); });
    m_env = ViewEnvironment();
    m_env.service = m_service.get();
    m_env.filterState = m_filterState.get();
    m_filterHistory = std::make_unique<FilterHistory>(m_filterState.get());
    // A selection is a step on the undo stack, named as the view proposed it.
    connect(m_filterHistory->undoStack(), &QUndoStack::indexChanged, m_filterHistory.get(), [this] {
        m_lastFilterText = m_filterHistory->undoStack()->undoText();
        ++m_filterChanges;
    });
    m_env.filterHistory = m_filterHistory.get();
    const QString path = m_path;
    m_env.sourceDescription = [path] {
        Store s(path);
        QString e;
        return s.open(&e) ? s.sourceDescription() : e;
    };
    m_env.isSynthetic = [path] {
        Store s(path);
        QString e;
        return s.open(&e) && s.hasSyntheticData();
    };
    m_view = std::make_unique<AnomalyTimelineView>();
    m_view->resize(1100, 720);
    // As the app will wire it: a Store per call, opened on the worker thread.
    m_view->setDetailsProvider([path](qint64 runRowId) {
        Store store(path);
        QString error;
        if (!store.open(&error)) {
            TraceDetails d;
            d.runRowId = runRowId;
            d.error = error;
            return d;
        }
        return TraceQuery(&store).details(runRowId);
    });
    m_view->setEnvironment(m_env);
}

void TestAnomalyTimelineView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_filterHistory.reset();
    m_filterState.reset();
}

void TestAnomalyTimelineView::setFilter(const Filter &filter)
{
    const QString path = m_path;
    m_service->setDataSource(++m_generation,
                             [path, filter](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
                                 Store store(path);
                                 if (!store.open(error))
                                     return false;
                                 return RunLoader(&store).load(filter, out, cancel, error);
                             });
}

bool TestAnomalyTimelineView::waitReady(ViewPanel *view, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!view->isReady() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return view->isReady();
}

RunColumns TestAnomalyTimelineView::loadColumns(const Filter &filter) const
{
    RunColumns c;
    QString error;
    if (!RunLoader(m_store.get()).load(filter, &c, nullptr, &error))
        qFatal("%s", qPrintable(error));
    return c;
}

QList<qint64> TestAnomalyTimelineView::tracedRunIds() const
{
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT r.id FROM runs r WHERE EXISTS (SELECT 1 FROM power_samples p WHERE p.job = "
                          "r.slurm_job_id AND p.node = r.node) ORDER BY r.id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void TestAnomalyTimelineView::showAndWait()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QTest::qWait(30);
    m_view->plot()->replot();
}

// ------------------------------------------------------------------------------------------ numbers

void TestAnomalyTimelineView::resultMatchesSql()
{
    showAndWait();
    const auto r = m_view->result();
    QVERIFY(r);
    QCOMPARE(r->method, AnomalyMethod::RobustZScore);
    QCOMPARE(r->grouping, AnomalyGroupChoice::Device);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, start_ns, energy FROM runs ORDER BY start_ns, id")));
    std::size_t j = 0;
    while (q.next()) {
        QVERIFY(j < r->rowCount());
        QCOMPARE(r->id[j], q.value(0).toLongLong());
        QCOMPARE(r->time[j], double(q.value(1).toLongLong()) / 1e9);
        QCOMPARE(r->energy[j], q.value(2).toDouble());
        ++j;
    }
    QCOMPARE(j, r->rowCount());
    QCOMPARE(r->totalRuns, std::size_t(6000));
    // Every run has an expected energy: every run is scored within its device, and the finding
    // counts them.
    QCOMPARE(r->evaluatedCount, std::size_t(6000));
    QCOMPARE(m_view->finding(), AnomalyTimelineView::findingFor(*r, 3.5));
    QVERIFY2(m_view->finding().contains(QStringLiteral(" of 6,000 runs scored (")), qPrintable(m_view->finding()));
    qInfo("6000-run demo: %s", qPrintable(m_view->finding()));
    // Within configurations only those with 5 runs or more are scored (the depth-2 networks, which
    // every shape's sweep ran, and a few others), and the view counts the rest.
    m_view->setGrouping(AnomalyGroupChoice::Configuration);
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs JOIN (SELECT dataset, shape, size, depth, device FROM "
                                  "runs GROUP BY 1, 2, 3, 4, 5 HAVING count(*) >= 5) USING (dataset, shape, size, "
                                  "depth, device)"))
            && q.next());
    const auto byConfiguration = m_view->result();
    QCOMPARE(qint64(byConfiguration->evaluatedCount), q.value(0).toLongLong());
    QVERIFY(byConfiguration->evaluatedCount > 0);
    QCOMPARE(byConfiguration->smallGroupRows, std::size_t(6000) - byConfiguration->evaluatedCount);
    QVERIFY2(m_view->finding().contains(
                 QStringLiteral("(%1 runs in configurations with fewer than 5 runs could not be scored)")
                     .arg(QLocale().toString(qulonglong(byConfiguration->smallGroupRows)))),
             qPrintable(m_view->finding()));
    m_view->setGrouping(AnomalyGroupChoice::Device);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->dotLayer()->pointCount(), r->rowCount());
    // The axis is the UTC date.
    QVERIFY(m_view->plot()->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>());
    QCOMPARE(m_view->plot()->xAxis->label(), QStringLiteral("Run start (UTC)"));
}

void TestAnomalyTimelineView::findingKnownAnswer()
{
    // The counts and the flagged spike are checked in tests/analysis/tst_anomalytimelineanalysis.cpp.
    const RunColumns c = anomalyTimelineKnownAnswer();
    const AnomalyTimelineResult byDevice = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore,
                                                                  AnomalyGroupChoice::Device);
    QCOMPARE(AnomalyTimelineView::findingFor(byDevice, 3.5),
             QStringLiteral("1 of 36 runs scored (2.8%) is flagged by |robust z| > 3.5 within their device: a 6.0× "
                            "spike over its expected energy on 2022-10-03 (mnist, rectangle, 16,384 parameters, depth "
                            "4, CPU, 1.59 MJ)."));
    const AnomalyTimelineResult r = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore,
                                                           AnomalyGroupChoice::Configuration);
    QCOMPARE(AnomalyTimelineView::findingFor(r, 3.5),
             QStringLiteral("1 of 16 runs scored (%1%) is flagged by |robust z| > 3.5 within their configuration (20 "
                            "runs in configurations with fewer than 5 runs could not be scored): a 6.0× spike over "
                            "its expected energy on 2022-10-03 (mnist, rectangle, 16,384 parameters, depth 4, CPU, "
                            "1.59 MJ).")
                 .arg(QLocale().toString(100.0 / 16, 'f', 1)));
    // A looser threshold flags more; the sentence names the count and still the largest.
    const std::vector<std::uint8_t> loose = anomalyTimelineFlags(r, 1.0);
    const auto n = std::count(loose.begin(), loose.end(), 1);
    QVERIFY(AnomalyTimelineView::findingFor(r, 1.0).startsWith(
        QStringLiteral("%1 of 16 runs scored (").arg(n) + QLocale().toString(100.0 * double(n) / 16, 'f', 1)
        + QStringLiteral("%) are flagged by |robust z| > 1.0 within their configuration")));
    QVERIFY(AnomalyTimelineView::findingFor(r, 1.0).contains(QStringLiteral("the largest is a 6.0× spike")));
    // Without an expectation the spike is measured against its configuration's median.
    RunColumns unknown = c;
    std::fill(unknown.expectedEnergy.begin(), unknown.expectedEnergy.end(), std::numeric_limits<double>::quiet_NaN());
    const AnomalyTimelineResult repeats = computeAnomalyTimeline(unknown, AnomalyMethod::RobustZScore,
                                                                 AnomalyGroupChoice::Configuration);
    QVERIFY(AnomalyTimelineView::findingFor(repeats, 3.5)
                .contains(QStringLiteral("a 6.0× spike over its configuration's median on 2022-10-03")));
    // Grouping by nothing compares the spike with every run, GPU runs included.
    const AnomalyTimelineResult none = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore, AnomalyGroupChoice::None);
    QVERIFY(AnomalyTimelineView::findingFor(none, 3.5).contains(QStringLiteral("among all runs")));
    // The spike fails a quality check: still scored and flagged (kept out of the baseline only),
    // and the sentence says it is known bad data; at a looser threshold the largest is picked
    // among the other flagged runs.
    const std::vector<std::uint8_t> spikeFlags = anomalyTimelineFlags(byDevice, 3.5);
    const auto spikeRow = std::size_t(std::find(spikeFlags.begin(), spikeFlags.end(), 1) - spikeFlags.begin());
    RunColumns failing = c;
    const auto spike = std::size_t(std::find(c.id.begin(), c.id.end(), byDevice.id[spikeRow]) - c.id.begin());
    failing.quality[spike] = runquality::bit(runquality::Rule::ImplausiblePower);
    const AnomalyTimelineResult marked = computeAnomalyTimeline(failing, AnomalyMethod::RobustZScore,
                                                                AnomalyGroupChoice::Device);
    QCOMPARE(marked.outsideBaseline, std::size_t(1));
    QCOMPARE(AnomalyTimelineView::findingFor(marked, 3.5),
             AnomalyTimelineView::findingFor(byDevice, 3.5)
                 + QStringLiteral(" Every flagged run also fails a quality "
                                  "check."));
    const QString loosely = AnomalyTimelineView::findingFor(marked, 0.5);
    QVERIFY2(loosely.endsWith(QStringLiteral(" Flagged runs that also fail a quality check (known bad data, not picked "
                                             "as the largest): 1.")),
             qPrintable(loosely));
    QVERIFY(!loosely.contains(QStringLiteral("6.0× spike")));
}

void TestAnomalyTimelineView::findingEdgeCases()
{
    const AnomalyTimelineResult empty = computeAnomalyTimeline(RunColumns(), AnomalyMethod::RobustZScore,
                                                               AnomalyGroupChoice::Configuration);
    QCOMPARE(AnomalyTimelineView::findingFor(empty, 3.5), QStringLiteral("No runs match the filter."));

    RunColumns c = anomalyTimelineKnownAnswer();
    for (std::size_t i = 0; i < c.rowCount(); ++i)
        c.energy[i] = c.nonOverheadEnergy[i] = c.energyOverhead[i] = 0;
    const AnomalyTimelineResult zeros = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore,
                                                               AnomalyGroupChoice::Configuration);
    QCOMPARE(AnomalyTimelineView::findingFor(zeros, 3.5),
             QStringLiteral("None of the 36 runs in the filter has a positive energy to score."));

    // No expectation for any run, within devices: said plainly.
    RunColumns unknown = anomalyTimelineKnownAnswer();
    std::fill(unknown.expectedEnergy.begin(), unknown.expectedEnergy.end(), std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(AnomalyTimelineView::findingFor(
                 computeAnomalyTimeline(unknown, AnomalyMethod::RobustZScore, AnomalyGroupChoice::Device), 3.5),
             QStringLiteral("None of the 36 runs could be scored: the energy model has no expected energy for them "
                            "(it knows BUTTER-E's datasets and shapes); group by configuration to compare runs with "
                            "their repeats."));

    // One device, nothing flagged.
    RunColumns calm = anomalyTimelineKnownAnswer();
    calm.energy[9] = 265000.0;
    calm.nonOverheadEnergy[9] = 265000.0 * 0.9;
    calm.energyOverhead[9] = 265000.0 * 0.1;
    for (auto &g : calm.isGpu)
        g = 0;
    const AnomalyTimelineResult r = computeAnomalyTimeline(calm, AnomalyMethod::ZScore,
                                                           AnomalyGroupChoice::Configuration);
    QCOMPARE(AnomalyTimelineView::findingFor(r, 3.0),
             QStringLiteral("None of the 16 runs scored is flagged by |z| > 3.0 within their configuration (20 runs in "
                            "configurations with fewer than 5 runs could not be scored)."));
}

// ---------------------------------------------------------------------------------------- state

void TestAnomalyTimelineView::thresholdSliderRecounts()
{
    m_view->setGrouping(AnomalyGroupChoice::DatasetSizeDevice);
    showAndWait();
    const auto r = m_view->result();
    QVERIFY(r);
    QCOMPARE(r->grouping, AnomalyGroupChoice::DatasetSizeDevice);
    auto *slider = m_view->findChild<QSlider *>(QStringLiteral("thresholdSlider"));
    QVERIFY(slider);
    for (int step : {0, 10, 25, 60}) {
        slider->setValue(step);
        const double t = 1.0 + 0.1 * step;
        QVERIFY(std::abs(m_view->threshold() - t) < 1e-9);
        std::size_t expected = 0;
        for (std::size_t i = 0; i < r->rowCount(); ++i)
            expected += r->evaluated[i] && std::abs(r->score[i]) > t ? 1 : 0;
        QCOMPARE(m_view->flaggedCount(), expected);
        QCOMPARE(m_view->finding(), AnomalyTimelineView::findingFor(*r, t));
        // Flagged runs are the dot layer's top category.
        QCOMPARE(std::size_t(
                     std::count(m_view->dotLayer()->categories().begin(), m_view->dotLayer()->categories().end(), 3)),
                 expected);
    }
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QStringLiteral(" flagged of ")));
}

void TestAnomalyTimelineView::stateRoundTrip()
{
    m_view->setMethod(AnomalyMethod::Iqr);
    m_view->setThreshold(3.0);
    m_view->setGrouping(AnomalyGroupChoice::DatasetDevice);
    m_view->setYMode(AnomalyTimelineY::Residual);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("method")).toString(), QStringLiteral("iqr"));
    QCOMPARE(state.value(QStringLiteral("grouping")).toString(), QStringLiteral("dataset-device"));
    QCOMPARE(state.value(QStringLiteral("y")).toString(), QStringLiteral("residual"));
    AnomalyTimelineView other;
    other.restoreState(state);
    QCOMPARE(other.method(), AnomalyMethod::Iqr);
    QCOMPARE(other.grouping(), AnomalyGroupChoice::DatasetDevice);
    QCOMPARE(other.yMode(), AnomalyTimelineY::Residual);
    QCOMPARE(other.threshold(), 3.0);
    QCOMPARE(other.saveState(), state);
    // Another method keeps its own threshold.
    other.setMethod(AnomalyMethod::RobustZScore);
    QCOMPARE(other.threshold(), 3.5);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("methodBox"))->currentData().toString(),
             QStringLiteral("robust"));
    // Garbage is ignored, not fatal.
    other.restoreState(QJsonObject{{QStringLiteral("method"), 7}, {QStringLiteral("thresholds"), QStringLiteral("x")}});
    QCOMPARE(other.method(), AnomalyMethod::RobustZScore);
}

// ------------------------------------------------------------------------------------ gestures

void TestAnomalyTimelineView::shiftDragSelectsRunsIntoFilter()
{
    m_view->setGrouping(AnomalyGroupChoice::DatasetSizeDevice);
    showAndWait();
    const auto r = m_view->result();
    QVERIFY(r);
    QCustomPlot *plot = m_view->plot();
    const QRect inner = plot->axisRect()->rect();
    const QPointF from(inner.left() + inner.width() * 0.30, inner.top() + inner.height() * 0.25);
    const QPointF to(inner.left() + inner.width() * 0.55, inner.top() + inner.height() * 0.70);
    // The runs whose dot centres lie in that rectangle, by brute force over every run.
    QList<qint64> expected;
    for (std::size_t i = 0; i < r->rowCount(); ++i) {
        const double x = plot->xAxis->coordToPixel(r->time[i]);
        const double y = plot->yAxis->coordToPixel(r->energy[i]);
        if (x >= from.x() && x <= to.x() && y >= from.y() && y <= to.y())
            expected << r->id[i];
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() > 50);
    const QCPRange before = plot->xAxis->range();
    drag(plot, from, to, Qt::ShiftModifier);
    QCOMPARE(m_filterChanges, 1);
    const Filter f = m_filterState->filter();
    QCOMPARE(f.runIds, expected);
    QVERIFY(!f.excludeRunIds);
    QVERIFY(m_lastFilterText.startsWith(QStringLiteral("Select %1 run(s) started ").arg(expected.size())));
    QVERIFY(m_lastFilterText.endsWith(QStringLiteral(" UTC")));
    // A selection is not a pan.
    QCOMPARE(plot->xAxis->range().lower, before.lower);
    // The view now shows only the selected runs.
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->result()->rowCount(), std::size_t(expected.size()));
}

void TestAnomalyTimelineView::plainDragPansTime()
{
    showAndWait();
    QCustomPlot *plot = m_view->plot();
    const QRect inner = plot->axisRect()->rect();
    const QCPRange x0 = plot->xAxis->range();
    const QCPRange y0 = plot->yAxis->range();
    drag(plot, inner.center(), inner.center() + QPointF(120, 40), Qt::NoModifier);
    QCOMPARE(m_filterChanges, 0);
    const QCPRange x1 = plot->xAxis->range();
    QVERIFY(x1.lower < x0.lower); // the data moved right: earlier times come into view
    QVERIFY(std::abs(x1.size() - x0.size()) < 1e-6 * x0.size());
    QCOMPARE(plot->yAxis->range().lower, y0.lower); // time only
    // Zoom is on time only too.
    QWheelEvent wheel(inner.center(), plot->mapToGlobal(inner.center()), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
    QVERIFY(plot->xAxis->range().size() < x1.size());
    QCOMPARE(plot->yAxis->range().lower, y0.lower);
    m_view->resetZoom();
    QCOMPARE(plot->xAxis->range().lower, x0.lower);
    // With "Select by dragging" on, the same plain drag selects instead of panning.
    m_view->findChild<QAction *>(QStringLiteral("selectModeAction"))->setChecked(true);
    QVERIFY(m_view->saveState().value(QStringLiteral("selectByDragging")).toBool());
    drag(plot, inner.center() - QPointF(200, 100), inner.center() + QPointF(200, 100), Qt::NoModifier);
    QCOMPARE(m_filterChanges, 1);
    QVERIFY(!m_filterState->filter().runIds.isEmpty());
    QCOMPARE(plot->xAxis->range().lower, x0.lower);
}

void TestAnomalyTimelineView::filterToAnomaliesButton()
{
    m_view->setGrouping(AnomalyGroupChoice::DatasetSizeDevice);
    showAndWait();
    const auto r = m_view->result();
    QList<qint64> flagged;
    for (std::size_t i = 0; i < r->rowCount(); ++i) {
        if (r->evaluated[i] && std::abs(r->score[i]) > 3.5)
            flagged << r->id[i];
    }
    std::sort(flagged.begin(), flagged.end());
    QVERIFY(!flagged.isEmpty());
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("filterToAnomaliesButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_filterState->filter().runIds, flagged);
    QCOMPARE(m_lastFilterText, QStringLiteral("Select the %1 flagged run(s)").arg(flagged.size()));
}

void TestAnomalyTimelineView::clickShowsDetailsAndTrace()
{
    m_view->setGrouping(AnomalyGroupChoice::DatasetSizeDevice);
    showAndWait();
    const auto r = m_view->result();
    QCustomPlot *plot = m_view->plot();
    const QList<qint64> traced = tracedRunIds();
    QVERIFY(traced.size() >= 20);
    // Zoom to an hour around a traced run, then click its dot; pick one with no other dot near.
    std::optional<std::size_t> target;
    for (qint64 id : traced) {
        const std::size_t j = std::size_t(std::find(r->id.begin(), r->id.end(), id) - r->id.begin());
        plot->xAxis->setRange(r->time[j] - 1800, r->time[j] + 1800);
        plot->replot();
        const QPointF p(plot->xAxis->coordToPixel(r->time[j]), plot->yAxis->coordToPixel(r->energy[j]));
        bool alone = plot->axisRect()->rect().contains(p.toPoint());
        for (std::size_t i = 0; i < r->rowCount() && alone; ++i) {
            if (i != j
                && QLineF(p, QPointF(plot->xAxis->coordToPixel(r->time[i]), plot->yAxis->coordToPixel(r->energy[i])))
                        .length()
                    < 12)
                alone = false;
        }
        if (alone) {
            target = j;
            break;
        }
    }
    QVERIFY(target);
    const std::size_t j = *target;
    QSignalSpy shown(m_view.get(), &AnomalyTimelineView::detailsShown);
    click(plot,
          QPointF(plot->xAxis->coordToPixel(r->time[j]), plot->yAxis->coordToPixel(r->energy[j])) + QPointF(2, -1));
    QCOMPARE(m_filterChanges, 0); // a click does not filter
    QVERIFY(m_view->detailsPane()->isVisible());
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.at(0).at(0).toLongLong(), r->id[j]);
    const auto d = m_view->details();
    QVERIFY(d && d->found);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT run_id, node, slurm_job_id, start_ns, update_ns FROM runs WHERE id = %1")
                       .arg(r->id[j])));
    QVERIFY(q.next());
    QCOMPARE(d->runId, q.value(0).toString());
    QVERIFY(d->hasTrace());
    QVERIFY(m_view->tracePlot()->isVisible());
    const QString text = m_view->detailsText();
    QVERIFY2(text.contains(q.value(0).toString()), qPrintable(text));
    QVERIFY(text.contains(q.value(1).toString()));
    QVERIFY(text.contains(QString::number(q.value(2).toLongLong())));
    QVERIFY(text.contains(QStringLiteral("Energy from the trace over the run")));
    QVERIFY(!text.contains(QStringLiteral("No trace stored")));
    // The trace: every sample plotted (plus one to close the last step), start and end marked.
    QCustomPlot *trace = m_view->tracePlot();
    QCOMPARE(trace->graph(0)->dataCount(), int(d->sampleNs.size()) + 1);
    int marks = 0;
    for (int i = 0; i < trace->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemStraightLine *>(trace->item(i))) {
            const double x = line->point1->coords().x();
            marks += x == double(q.value(3).toLongLong()) / 1e9 || x == double(q.value(4).toLongLong()) / 1e9;
        }
    }
    QCOMPARE(marks, 2);
    // Idle power line at the node's idle power.
    QVERIFY(d->idlePower);
    QCOMPARE(trace->graph(1)->data()->at(0)->value, *d->idlePower);
    // The visible range holds the run.
    QVERIFY(trace->xAxis->range().contains(double(d->startNs) / 1e9));
    QVERIFY(trace->xAxis->range().contains(double(d->updateNs) / 1e9));
    QTest::qWait(30);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies-details.png"))));
    QImage image(outPath(QStringLiteral("anomalies-details.png")));
    checkNotBlank(image);
    // The widget as it is on screen: toolbar, chart, details pane.
    QVERIFY(m_view->grab().save(outPath(QStringLiteral("anomalies-widget.png"))));
    // Closing the pane.
    QTest::mouseClick(m_view->findChild<QToolButton *>(QStringLiteral("closeDetailsButton")), Qt::LeftButton);
    QVERIFY(!m_view->detailsPane()->isVisible());
}

void TestAnomalyTimelineView::runWithoutTraceSaysSo()
{
    showAndWait();
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT r.id, r.run_id FROM runs r WHERE NOT EXISTS (SELECT 1 FROM power_samples p "
                                  "WHERE p.job = r.slurm_job_id) ORDER BY r.id LIMIT 1")));
    QVERIFY(q.next());
    QSignalSpy shown(m_view.get(), &AnomalyTimelineView::detailsShown);
    m_view->showDetails(q.value(0).toLongLong());
    QVERIFY(m_view->detailsText().contains(QStringLiteral("Loading")));
    QVERIFY(shown.wait(10000));
    QVERIFY(m_view->details() && !m_view->details()->hasTrace());
    QVERIFY(m_view->detailsText().contains(QStringLiteral("No trace stored for this job.")));
    QVERIFY(m_view->detailsText().contains(q.value(1).toString()));
    QVERIFY(!m_view->tracePlot()->isVisible());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies-no-trace.png"))));
}

void TestAnomalyTimelineView::noDetailsProvider()
{
    m_view->setDetailsProvider({});
    showAndWait();
    m_view->showDetails(m_view->result()->id[0]);
    QVERIFY(m_view->detailsText().contains(QStringLiteral("not available here")));
}

// ---------------------------------------------------------------------------------------- output

void TestAnomalyTimelineView::exportsPngSvgPdf()
{
    m_view->setGrouping(AnomalyGroupChoice::DatasetSizeDevice);
    showAndWait();
    QVERIFY(m_view->flaggedCount() > 0);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies.png"))));
    QImage png(outPath(QStringLiteral("anomalies.png")));
    checkNotBlank(png);
    QVERIFY2(colourShare(png, QColor(0xd7, 0x19, 0x1c), 40) > 0.0003, "flagged runs are on the page");
    QVERIFY2(colourShare(png, QColor(0xb0, 0xd0, 0xe6), 40) > 0.002, "CPU dots are on the page");

    m_view->setYMode(AnomalyTimelineY::Residual);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies-residual.png"))));
    checkNotBlank(QImage(outPath(QStringLiteral("anomalies-residual.png"))));
    m_view->setYMode(AnomalyTimelineY::Energy);

    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies.svg"))));
    QSvgRenderer svg(outPath(QStringLiteral("anomalies.svg")));
    QVERIFY(svg.isValid());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies.pdf"))));
    QFile pdf(outPath(QStringLiteral("anomalies.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF"));
    qInfo("6000 runs: PDF %lld bytes, SVG %lld bytes", pdf.size(),
          QFileInfo(outPath(QStringLiteral("anomalies.svg"))).size());
    QVERIFY(pdf.size() < 5 * 1024 * 1024);
    // The footer carries the synthetic label.
    QVERIFY(m_view->footerText().contains(QStringLiteral("synthetic demo")));
}

void TestAnomalyTimelineView::controlsNamedAndReachable()
{
    showAndWait();
    for (const char *name : {"methodBox", "groupBox", "yBox"}) {
        auto *box = m_view->findChild<QComboBox *>(QLatin1String(name));
        QVERIFY(box);
        QVERIFY(!box->accessibleName().isEmpty());
        QVERIFY(box->focusPolicy() & Qt::TabFocus);
    }
    QVERIFY(!m_view->findChild<QSlider *>(QStringLiteral("thresholdSlider"))->accessibleName().isEmpty());
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("filterToAnomaliesButton"))->accessibleName().isEmpty());
    auto *selectMode = m_view->findChild<QAction *>(QStringLiteral("selectModeAction"));
    QVERIFY(selectMode && selectMode->isCheckable());
    auto *selectButton = m_view->findChild<QToolButton *>(QStringLiteral("selectModeButton"));
    QVERIFY(selectButton && selectButton->defaultAction() == selectMode);
    QCOMPARE(selectButton->accessibleName(), QStringLiteral("Select by dragging"));
    QVERIFY(selectButton->focusPolicy() & Qt::TabFocus);
    QVERIFY(!m_view->plot()->accessibleName().isEmpty());
    QCOMPARE(m_view->nugget(), QStringLiteral("Which runs spent energy they should not have, and when?"));
    QCOMPARE(m_view->viewId(), QStringLiteral("anomalies"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("methodBox"))->itemText(1),
             QStringLiteral("Robust z (median, MAD)"));
}

void TestAnomalyTimelineView::timingOnFullDemo()
{
    const QString db = qEnvironmentVariable("WATTPRINT_ANOMALY_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_ANOMALY_DB is not set (a full demo store, built if missing)");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(DemoStore::build(&store, DemoOptions()).ok);
    }
    m_view.reset();
    m_service->setDataSource(++m_generation, [db](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
        Store store(db);
        if (!store.open(error))
            return false;
        return RunLoader(&store).load(Filter(), out, cancel, error);
    });
    m_env.isSynthetic = [] { return true; };
    qint64 loadMs = -1;
    connect(m_service.get(), &AnalysisService::snapshotLoaded, this, [&](quint64, qint64, qint64 ms) { loadMs = ms; });
    m_view = std::make_unique<AnomalyTimelineView>();
    m_view->resize(1100, 720);
    m_view->setDetailsProvider([db](qint64 id) {
        Store store(db);
        QString e;
        store.open(&e);
        return TraceQuery(&store).details(id);
    });
    // Stamped when the result reaches the GUI thread, before the view handles it (connected first).
    QElapsedTimer gui;
    qint64 guiMs = -1;
    connect(m_service.get(), &AnalysisService::resultReady, this, [&] { gui.start(); });
    m_view->setEnvironment(m_env);
    connect(m_view.get(), &ViewPanel::readyChanged, this, [&](bool ready) {
        if (ready)
            guiMs = gui.elapsed();
    });
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(m_view.get(), 120000));
    const qint64 coldMs = t.elapsed();
    QTest::qWait(50);
    qInfo("63k runs, robust z by configuration: refresh to ready %lld ms (loading %lld ms, handling the result on the "
          "GUI thread %lld ms); last dot raster %.1f ms; replot %.1f ms",
          coldMs, loadMs, guiMs, m_view->dotLayer()->lastRenderMs(), m_view->plot()->replotTime());
    qInfo("finding: %s", qPrintable(m_view->finding()));
    // Moving the threshold: flags, counts and the finding on the GUI thread, then one replot.
    QElapsedTimer slide;
    slide.start();
    m_view->setThreshold(3.0);
    const qint64 slideMs = slide.elapsed();
    m_view->plot()->replot();
    qInfo("threshold change on the GUI thread: %lld ms, then a replot with a new dot raster %.1f ms", slideMs,
          m_view->plot()->replotTime());
    // A pan frame: the dot raster is redrawn for the new range.
    m_view->plot()->xAxis->moveRange(3600 * 24);
    m_view->plot()->replot();
    qInfo("pan frame: replot %.1f ms (dot raster %.1f ms)", m_view->plot()->replotTime(),
          m_view->dotLayer()->lastRenderMs());
    m_view->setThreshold(3.5);
    for (AnomalyGroupChoice g : {AnomalyGroupChoice::DatasetSizeDevice, AnomalyGroupChoice::DatasetDevice}) {
        for (AnomalyMethod m : Methods) {
            t.restart();
            m_view->setGrouping(g);
            m_view->setMethod(m);
            QVERIFY(waitReady(m_view.get(), 120000));
            qInfo("%s by %s: refresh to ready %lld ms; %s", qPrintable(AnomalyTimelineView::methodKey(m)),
                  qPrintable(anomalyGroupKey(g)), t.elapsed(), qPrintable(m_view->finding()));
        }
    }
    m_view->setGrouping(AnomalyGroupChoice::Configuration);
    m_view->setMethod(AnomalyMethod::RobustZScore);
    QVERIFY(waitReady(m_view.get(), 120000));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies-full-demo.png"))));
    m_view->setGrouping(AnomalyGroupChoice::DatasetSizeDevice);
    QVERIFY(waitReady(m_view.get(), 120000));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies-full-demo-dsd.png"))));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomalies-full-demo.pdf"))));
    qInfo("full demo PDF: %lld bytes", QFileInfo(outPath(QStringLiteral("anomalies-full-demo.pdf"))).size());
    QVERIFY(QFileInfo(outPath(QStringLiteral("anomalies-full-demo.pdf"))).size() < 5 * 1024 * 1024);

    // 1M runs: the snapshot sixteen times over, shifted in time so the points spread.
    const std::shared_ptr<const RunColumns> snap = m_service->snapshot();
    QVERIFY(snap);
    RunColumns big = *snap;
    big.reserve(1000000);
    for (int copy = 1; big.rowCount() < 1000000; ++copy) {
        const std::size_t n = snap->rowCount();
        for (std::size_t i = 0; i < n && big.rowCount() < 1000000; ++i) {
            big.id.push_back(snap->id[i] + copy * 10000000LL);
            big.dataset.push_back(snap->dataset[i]);
            big.shape.push_back(snap->shape[i]);
            big.nodeType.push_back(snap->nodeType[i]);
            big.batch.push_back(snap->batch[i]);
            big.size.push_back(snap->size[i]);
            big.depth.push_back(snap->depth[i]);
            big.isGpu.push_back(snap->isGpu[i]);
            big.slurmJobId.push_back(snap->slurmJobId[i]);
            big.startNs.push_back(snap->startNs[i] + copy * 3LL * 86400 * 1000000000LL);
            big.energy.push_back(snap->energy[i] * (1 + 0.01 * copy));
            big.runTime.push_back(snap->runTime[i]);
            big.power.push_back(snap->power[i]);
            big.nonOverheadEnergy.push_back(snap->nonOverheadEnergy[i]);
            big.energyOverhead.push_back(snap->energyOverhead[i]);
            big.energyPerEpoch.push_back(snap->energyPerEpoch[i]);
            big.energyPerDatum.push_back(snap->energyPerDatum[i]);
            if (!snap->expectedEnergy.empty())
                big.expectedEnergy.push_back(snap->expectedEnergy[i]);
            big.quality.push_back(snap->quality[i]);
        }
    }
    QElapsedTimer c;
    c.start();
    const auto bigResult = std::make_shared<const AnomalyTimelineResult>(
        computeAnomalyTimeline(big, AnomalyMethod::RobustZScore, AnomalyGroupChoice::DatasetSizeDevice));
    qInfo("compute() on %zu runs: %lld ms", big.rowCount(), c.elapsed());
    // Draw the million through the same layer, as density.
    QCustomPlot plot;
    plot.resize(1000, 600);
    plot.yAxis->setScaleType(QCPAxis::stLogarithmic);
    auto *layer = new AnomalyDotLayer(plot.xAxis, plot.yAxis);
    layer->setStyles({{QColor(0, 114, 178, 105), Qt::transparent, 1.7, true}});
    layer->setData(bigResult, bigResult->time, bigResult->energy);
    plot.xAxis->setRange(bigResult->time.front(), bigResult->time.back());
    plot.yAxis->setRange(1e3, 1e8);
    c.restart();
    const QPixmap pm = plot.toPixmap(1000, 600);
    qInfo("1M points drawn as density in %lld ms (raster %.1f ms)", c.elapsed(), layer->lastRenderMs());
    pm.save(outPath(QStringLiteral("anomalies-1m-density.png")));
    checkNotBlank(pm.toImage(), 10);
}

void TestAnomalyTimelineView::rowBlendingMatchesDotByDot()
{
    // Dots of three styles (one with an outline, translucent fills) piled up, some cut by the
    // edges, drawn a row at a time and dot by dot: the same image, bit for bit.
    auto data = std::make_shared<std::pair<std::vector<double>, std::vector<double>>>();
    std::vector<std::uint8_t> categories;
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(-0.05, 1.05), y(-0.05, 1.05);
    for (int i = 0; i < 20000; ++i) {
        data->first.push_back(i < 15000 ? x(random) : 0.5 + 0.01 * (i % 7));
        data->second.push_back(i < 15000 ? y(random) : 0.5 + 0.003 * (i % 11));
        categories.push_back(std::uint8_t(i % 3));
    }
    std::vector<std::size_t> order(data->first.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return data->first[a] < data->first[b]; });
    auto sorted = std::make_shared<std::pair<std::vector<double>, std::vector<double>>>();
    std::vector<std::uint8_t> sortedCategories;
    for (std::size_t i : order) {
        sorted->first.push_back(data->first[i]);
        sorted->second.push_back(data->second[i]);
        sortedCategories.push_back(categories[i]);
    }
    auto draw = [&](bool rows, double ratio) {
        AnomalyDotLayer::setRowBlending(rows);
        QCustomPlot plot;
        plot.resize(500, 320);
        auto *layer = new AnomalyDotLayer(plot.xAxis, plot.yAxis);
        layer->setStyles({{QColor(0, 114, 178, 105), Qt::transparent, 1.7, true},
                          {QColor(230, 159, 0, 200), QColor(20, 20, 20, 180), 3.2, true},
                          {QColor(213, 94, 0), Qt::transparent, 2.4, true}});
        layer->setData(sorted, sorted->first, sorted->second);
        layer->setCategories(sortedCategories);
        plot.xAxis->setRange(0, 1);
        plot.yAxis->setRange(0, 1);
        const QImage image = plot.toPixmap(500, 320, ratio).toImage();
        AnomalyDotLayer::setRowBlending(true);
        return image;
    };
    for (double ratio : {1.0, 2.0}) {
        const QImage byRows = draw(true, ratio);
        const QImage byDots = draw(false, ratio);
        QCOMPARE(byRows.size(), byDots.size());
        checkNotBlank(byRows, 10);
        QVERIFY2(byRows == byDots, qPrintable(QString::number(ratio)));
    }
}

QTEST_MAIN(TestAnomalyTimelineView)
#include "tst_anomalytimelineview.moc"
