// The anomaly-score timeline on a 6000-run demo store: the finding on a fixture with a known
// answer, the tooltip's wording, drag and click selection into Filter::runIds, state and
// PNG/SVG/PDF exports. Its numbers are tested in tests/analysis/tst_anomalyscoreanalysis.cpp.
#include <anomalydotlayer.h>
#include <anomalyscoreview.h>
#include <demostore.h>
#include <filterhistory.h>
#include <filterstate.h>
#include <runloader.h>
#include <store.h>

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include "../support/anomalyruns.h"
#include "../support/imagecheck.h"
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace wattprint;

namespace {

using wattprint::testsupport::anomalyScoreKnownAnswer;
using wattprint::testsupport::checkNotBlank;

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

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

} // namespace

class TestAnomalyScoreView : public QObject
{
    Q_OBJECT

private:
    void setFilter(const Filter &filter);
    bool waitReady(ViewPanel *view, int timeoutMs = 30000);
    QString outPath(const QString &name) const { return QStringLiteral(WATTPRINT_OUTPUT_DIR "/") + name; }
    RunColumns loadColumns() const;
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
    std::unique_ptr<AnomalyScoreView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void findingKnownAnswer();
    void findingEdgeCases();
    void tooltipExplainsInWords();
    void resultMatchesSql();
    void dragSelectsRunsIntoFilter();
    void clickSelectsOneRun();
    void filterToFlaggedButton();
    void thresholdAndStateRoundTrip();
    void exportsPngSvgPdf();
    void controlsNamedAndReachable();
    void timingOnFullDemo();
};

void TestAnomalyScoreView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_store = std::make_unique<Store>(m_path);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    DemoOptions options;
    options.runs = 6000;
    options.traceJobs = 2;
    const ImportReport report = DemoStore::build(m_store.get(), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
}

void TestAnomalyScoreView::cleanupTestCase()
{
    m_store.reset();
}

void TestAnomalyScoreView::init()
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
    m_view = std::make_unique<AnomalyScoreView>();
    m_view->resize(1100, 700);
    m_view->setEnvironment(m_env);
}

void TestAnomalyScoreView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_filterHistory.reset();
    m_filterState.reset();
}

void TestAnomalyScoreView::setFilter(const Filter &filter)
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

bool TestAnomalyScoreView::waitReady(ViewPanel *view, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!view->isReady() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return view->isReady();
}

RunColumns TestAnomalyScoreView::loadColumns() const
{
    RunColumns c;
    QString error;
    if (!RunLoader(m_store.get()).load(Filter(), &c, nullptr, &error))
        qFatal("%s", qPrintable(error));
    return c;
}

void TestAnomalyScoreView::showAndWait()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QTest::qWait(30);
    m_view->plot()->replot();
}

// ----------------------------------------------------------------------------------------- findings

void TestAnomalyScoreView::findingKnownAnswer()
{
    // The flagged runs and their drivers are checked in tests/analysis/tst_anomalyscoreanalysis.cpp.
    const AnomalyScoreResult r = computeAnomalyScores(anomalyScoreKnownAnswer(), AnomalyGroupChoice::Device);
    QCOMPARE(AnomalyScoreView::findingFor(r, 3.5),
             QStringLiteral("4 of 400 runs scored are flagged (a residual beyond 3.5 σ within their device; 3 above "
                            "and 1 below their group): 3 driven mainly by run time and 1 by power."));
    const AnomalyScoreResult one = computeAnomalyScores(anomalyScoreKnownAnswer(true, false),
                                                        AnomalyGroupChoice::Device);
    QCOMPARE(AnomalyScoreView::findingFor(one, 3.5),
             QStringLiteral("1 of 400 runs scored is flagged (a residual beyond 3.5 σ within their device, below its "
                            "group), driven mainly by power."));
    const AnomalyScoreResult none = computeAnomalyScores(anomalyScoreKnownAnswer(false, false),
                                                         AnomalyGroupChoice::Device);
    QCOMPARE(AnomalyScoreView::findingFor(none, 3.5),
             QStringLiteral("No run is flagged (a residual beyond 3.5 σ within their device) among the 400 runs "
                            "scored."));
}

void TestAnomalyScoreView::findingEdgeCases()
{
    QCOMPARE(AnomalyScoreView::findingFor(computeAnomalyScores(RunColumns(), AnomalyGroupChoice::Configuration), 3.5),
             QStringLiteral("No runs match the filter."));
    // The demo's configurations with fewer than 5 runs alone: nothing to score within them (the
    // counts are checked in tests/analysis/tst_anomalyscoreanalysis.cpp).
    Filter small;
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM runs JOIN (SELECT dataset, shape, size, depth, device FROM runs "
                                  "GROUP BY 1, 2, 3, 4, 5 HAVING count(*) < 5) USING (dataset, shape, size, depth, "
                                  "device)")));
    while (q.next())
        small.runIds.append(q.value(0).toLongLong());
    RunColumns smallRuns;
    QString error;
    QVERIFY2(RunLoader(m_store.get()).load(small, &smallRuns, nullptr, &error), qPrintable(error));
    QVERIFY(smallRuns.rowCount() > 4500);
    const AnomalyScoreResult r = computeAnomalyScores(smallRuns, AnomalyGroupChoice::Configuration);
    QCOMPARE(AnomalyScoreView::findingFor(r, 3.5),
             QStringLiteral("None of the %1 runs could be scored: all their configurations have fewer than 5 runs; "
                            "choose a coarser grouping.")
                 .arg(QLocale().toString(qulonglong(smallRuns.rowCount()))));
    // Unscored runs are counted in the sentence.
    RunColumns c = anomalyScoreKnownAnswer();
    c.dataset.back() = 1; // a group of one
    c.size.back() = 1;
    const AnomalyScoreResult s = computeAnomalyScores(c, AnomalyGroupChoice::DatasetSizeDevice);
    QVERIFY(AnomalyScoreView::findingFor(s, 3.5).endsWith(
        QStringLiteral("; 1 run in dataset, size and device groups with fewer than 5 runs was not scored.")));
    // No expectation for any run: said plainly.
    RunColumns unknown = anomalyScoreKnownAnswer();
    std::fill(unknown.expectedEnergy.begin(), unknown.expectedEnergy.end(), std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(AnomalyScoreView::findingFor(computeAnomalyScores(unknown, AnomalyGroupChoice::Device), 3.5),
             QStringLiteral("None of the 400 runs could be scored: the energy model has no expected energy for them "
                            "(it knows BUTTER-E's datasets and shapes); group by configuration to compare runs with "
                            "their repeats."));
}

void TestAnomalyScoreView::tooltipExplainsInWords()
{
    const AnomalyScoreResult r = computeAnomalyScores(anomalyScoreKnownAnswer(), AnomalyGroupChoice::Device);
    // The CPU group by hand: residual r = log10(E / 300 kJ), z = (r - median r) / (1.4826 MAD); the
    // power part (log P - median log P) over the same scale; the run-time part the rest.
    const RunColumns c = anomalyScoreKnownAnswer();
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
    };
    std::vector<double> res, lp, dev;
    for (std::size_t k = 0; k < 200; ++k) {
        res.push_back(std::log10(c.energy[k] / 300000.0));
        lp.push_back(std::log10(c.energy[k] / c.runTime[k]));
    }
    const double mr = median(res), mp = median(lp);
    for (double v : res)
        dev.push_back(std::abs(v - mr));
    const double scale = 1.482602218505602 * median(dev);
    const std::size_t k = 90; // id 91, a slow run
    const double z = (res[k] - mr) / scale;
    const double zp = (lp[k] - mp) / scale;
    const double zt = z - zp;
    const std::size_t j = std::size_t(std::find(r.id.begin(), r.id.end(), 91) - r.id.begin());
    auto fmt = [](double v) { return QString::number(std::abs(v), 'f', 1); };
    const QString expected = QStringLiteral("energy %1 σ high: run time +%2 σ, power %3 σ")
                                 .arg(fmt(z), fmt(zt), (zp < 0 ? QStringLiteral("−") : QStringLiteral("+")) + fmt(zp));
    QCOMPARE(AnomalyScoreView::explain(r, j), expected);
    const QString tip = AnomalyScoreView::tooltipFor(r, j, 3.5);
    QVERIFY(tip.startsWith(expected));
    QVERIFY(tip.contains(QStringLiteral("Flagged, driven mainly by run time")));
    QVERIFY(tip.contains(QStringLiteral("mnist, rectangle, 4,096 parameters")));
    // The dip reads low, driven by power.
    const std::size_t d = std::size_t(std::find(r.id.begin(), r.id.end(), 321) - r.id.begin());
    QVERIFY(AnomalyScoreView::explain(r, d).startsWith(QStringLiteral("energy ")));
    QVERIFY(AnomalyScoreView::explain(r, d).contains(QStringLiteral(" σ low: run time ")));
    QVERIFY(AnomalyScoreView::tooltipFor(r, d, 3.5).contains(QStringLiteral("driven mainly by power")));
}

void TestAnomalyScoreView::resultMatchesSql()
{
    showAndWait();
    const auto r = m_view->result();
    QVERIFY(r);
    QCOMPARE(r->grouping, AnomalyGroupChoice::Device);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs")));
    QVERIFY(q.next());
    QCOMPARE(qint64(r->totalRuns), q.value(0).toLongLong());
    // Every run has an expected energy, so every run is scored within its device.
    QCOMPARE(qint64(r->rowCount()), q.value(0).toLongLong());
    QCOMPARE(r->smallGroupRows, std::size_t(0));
    QCOMPARE(r->noExpectation, std::size_t(0));
    QCOMPARE(m_view->finding(), AnomalyScoreView::findingFor(*r, 3.5));
    qInfo("6000-run demo: %s", qPrintable(m_view->finding()));
    QCOMPARE(m_view->dotLayer()->pointCount(), r->rowCount());
}

// ------------------------------------------------------------------------------------ gestures

void TestAnomalyScoreView::dragSelectsRunsIntoFilter()
{
    showAndWait();
    const auto r = m_view->result();
    QCustomPlot *plot = m_view->plot();
    const QRect inner = plot->axisRect()->rect();
    // From the +2 sigma line up to the top, over the middle half of the time axis.
    const QPointF from(inner.left() + inner.width() * 0.25, inner.top() + 2);
    const QPointF to(inner.left() + inner.width() * 0.75, plot->yAxis->coordToPixel(2.0));
    QList<qint64> expected;
    for (std::size_t i = 0; i < r->rowCount(); ++i) {
        const double x = plot->xAxis->coordToPixel(r->time[i]);
        const double y = plot->yAxis->coordToPixel(r->z[i]);
        if (x >= from.x() && x <= to.x() && y >= from.y() && y <= to.y())
            expected << r->id[i];
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() >= 3);
    sendMouse(plot, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int k = 1; k <= 5; ++k)
        sendMouse(plot, QEvent::MouseMove, from + (to - from) * (k / 5.0), Qt::NoButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_filterChanges, 1);
    QCOMPARE(m_filterState->filter().runIds, expected);
    QVERIFY(m_lastFilterText.startsWith(QStringLiteral("Select %1 run(s) with scores ").arg(expected.size())));
}

void TestAnomalyScoreView::clickSelectsOneRun()
{
    showAndWait();
    const auto r = m_view->result();
    QCustomPlot *plot = m_view->plot();
    // The run with the largest |z|: alone at the edge of the chart.
    std::size_t top = 0;
    for (std::size_t i = 0; i < r->rowCount(); ++i) {
        if (std::abs(r->z[i]) > std::abs(r->z[top]))
            top = i;
    }
    const QPointF at(plot->xAxis->coordToPixel(r->time[top]), plot->yAxis->coordToPixel(r->z[top]));
    sendMouse(plot, QEvent::MouseButtonPress, at + QPointF(1, 1), Qt::LeftButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, at + QPointF(1, 1), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_filterChanges, 1);
    QCOMPARE(m_filterState->filter().runIds, QList<qint64>{r->id[top]});
    QCOMPARE(m_lastFilterText, QStringLiteral("Select one run (%1)").arg(AnomalyScoreView::explain(*r, top)));
}

void TestAnomalyScoreView::filterToFlaggedButton()
{
    showAndWait();
    const auto r = m_view->result();
    QList<qint64> flagged;
    for (std::size_t i = 0; i < r->rowCount(); ++i) {
        if (std::abs(r->z[i]) > 3.5)
            flagged << r->id[i];
    }
    std::sort(flagged.begin(), flagged.end());
    QVERIFY(!flagged.isEmpty());
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("filterToFlaggedButton")), Qt::LeftButton);
    QCOMPARE(m_filterState->filter().runIds, flagged);
}

void TestAnomalyScoreView::thresholdAndStateRoundTrip()
{
    showAndWait();
    const auto r = m_view->result();
    QCOMPARE(m_view->threshold(), 3.5);
    m_view->setThreshold(2.5);
    std::size_t beyond = 0;
    for (double z : r->z)
        beyond += std::abs(z) > 2.5 ? 1 : 0;
    QCOMPARE(std::size_t(std::count_if(m_view->dotLayer()->categories().begin(), m_view->dotLayer()->categories().end(),
                                       [](std::uint8_t c) { return c > 0; })),
             beyond);
    QCOMPARE(m_view->finding(), AnomalyScoreView::findingFor(*r, 2.5));
    m_view->setGrouping(AnomalyGroupChoice::DatasetDevice);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("grouping")).toString(), QStringLiteral("dataset-device"));
    QCOMPARE(state.value(QStringLiteral("threshold")).toDouble(), 2.5);
    AnomalyScoreView other;
    other.restoreState(state);
    QCOMPARE(other.grouping(), AnomalyGroupChoice::DatasetDevice);
    QCOMPARE(other.threshold(), 2.5);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("thresholdBox"))->currentIndex(), 1);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->result()->grouping, AnomalyGroupChoice::DatasetDevice);
    // Layouts saved with the plain z's thresholds (3 and 2) open on the nearer robust ones.
    AnomalyScoreView old;
    old.restoreState({{QStringLiteral("threshold"), 2.0}});
    QCOMPARE(old.threshold(), 2.5);
    old.restoreState({{QStringLiteral("threshold"), 3.0}});
    QCOMPARE(old.threshold(), 3.5);
}

// ---------------------------------------------------------------------------------------- output

void TestAnomalyScoreView::exportsPngSvgPdf()
{
    showAndWait();
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomaly-score.png"))));
    QImage png(outPath(QStringLiteral("anomaly-score.png")));
    checkNotBlank(png);
    // Flagged runs in both driver colours (a few dozen dots: a few thousand pixels at 150 DPI).
    const double blue = colourShare(png, QColor(0x00, 0x72, 0xb2), 30);
    const double orange = colourShare(png, QColor(0xe6, 0x9f, 0x00), 30);
    QVERIFY2(blue > 0 && orange > 0 && blue + orange > 0.0002,
             qPrintable(QStringLiteral("blue %1, orange %2").arg(blue).arg(orange)));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomaly-score.svg"))));
    QVERIFY(QSvgRenderer(outPath(QStringLiteral("anomaly-score.svg"))).isValid());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomaly-score.pdf"))));
    QFile pdf(outPath(QStringLiteral("anomaly-score.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF"));
    QVERIFY(pdf.size() < 5 * 1024 * 1024);
    QVERIFY(m_view->footerText().contains(QStringLiteral("synthetic demo")));
    QVERIFY(m_view->grab().save(outPath(QStringLiteral("anomaly-score-widget.png"))));
    // Nothing scored: the chart says why.
    m_view->setGrouping(AnomalyGroupChoice::Configuration);
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomaly-score-unscored.png"))));
}

void TestAnomalyScoreView::controlsNamedAndReachable()
{
    showAndWait();
    for (const char *name : {"groupBox", "thresholdBox"}) {
        auto *box = m_view->findChild<QComboBox *>(QLatin1String(name));
        QVERIFY(box && !box->accessibleName().isEmpty());
        QVERIFY(box->focusPolicy() & Qt::TabFocus);
    }
    auto *selectMode = m_view->findChild<QAction *>(QStringLiteral("selectModeAction"));
    QVERIFY(selectMode && selectMode->isChecked());
    QCOMPARE(
        m_view->findChild<QToolBar *>(QStringLiteral("viewToolBar"))->widgetForAction(selectMode)->accessibleName(),
        QStringLiteral("Select by dragging"));
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("filterToFlaggedButton"))->accessibleName().isEmpty());
    QCOMPARE(m_view->viewId(), QStringLiteral("anomaly-score"));
    QCOMPARE(m_view->nugget(), QStringLiteral("Why is this run flagged: run time or power?"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("groupBox"))->currentText(), QStringLiteral("Device"));
}

void TestAnomalyScoreView::timingOnFullDemo()
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
    m_view = std::make_unique<AnomalyScoreView>();
    m_view->resize(1100, 700);
    m_view->setEnvironment(m_env);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(m_view.get(), 120000));
    qInfo("63k runs by dataset, size and device: refresh to ready %lld ms", t.elapsed());
    qInfo("finding: %s", qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomaly-score-full-demo.png"))));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("anomaly-score-full-demo.pdf"))));
    qInfo("full demo PDF: %lld bytes", QFileInfo(outPath(QStringLiteral("anomaly-score-full-demo.pdf"))).size());
    for (AnomalyGroupChoice g : {AnomalyGroupChoice::Configuration, AnomalyGroupChoice::DatasetDevice}) {
        t.restart();
        m_view->setGrouping(g);
        QVERIFY(waitReady(m_view.get(), 120000));
        qInfo("%s: refresh to ready %lld ms; %s", qPrintable(anomalyGroupKey(g)), t.elapsed(),
              qPrintable(m_view->finding()));
    }
    // The planted anomalies of the demo: how many are flagged, and by which driver.
    const std::shared_ptr<const RunColumns> snap = m_service->snapshot();
    QVERIFY(snap);
    QElapsedTimer c;
    c.start();
    const AnomalyScoreResult r = computeAnomalyScores(*snap, AnomalyGroupChoice::DatasetSizeDevice);
    qInfo("compute() on %zu runs: %lld ms", snap->rowCount(), c.elapsed());
}

QTEST_MAIN(TestAnomalyScoreView)
#include "tst_anomalyscoreview.moc"
