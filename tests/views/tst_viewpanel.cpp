// ViewPanel base behaviour with a tiny subclass: refresh deferred while hidden, results of older
// requests ignored, the busy indicator, the synthetic-demo strip, the "How to read" popup,
// retranslation, the footer, access (Tab and accessible names), export of each format, and
// selections proposed as steps of the filter's undo history.
#include <analysiserror.h>
#include <busybar.h>
#include <filterhistory.h>
#include <filterstate.h>
#include <viewpanel.h>

#include <QEnterEvent>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <condition_variable>
#include <mutex>
#include <type_traits>
#include <utility>

using namespace wattprint;

namespace {

RunColumns makeColumns(std::size_t n)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_1")};
    for (std::size_t i = 0; i < n; ++i) {
        c.id.push_back(std::int64_t(i + 1));
        c.dataset.push_back(0);
        c.shape.push_back(0);
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(256);
        c.depth.push_back(3);
        c.isGpu.push_back(0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(double(i + 1));
        c.runTime.push_back(1.0);
        c.power.push_back(1.0);
        c.nonOverheadEnergy.push_back(1.0);
        c.energyOverhead.push_back(0.0);
        c.energyPerEpoch.push_back(1.0);
        c.energyPerDatum.push_back(1.0);
        c.quality.push_back(0);
    }
    return c;
}

// Holds jobs until the test opens it.
struct Gate
{
    std::mutex mutex;
    std::condition_variable cv;
    bool open = true;

    void close()
    {
        std::lock_guard lock(mutex);
        open = false;
    }
    void release()
    {
        {
            std::lock_guard lock(mutex);
            open = true;
        }
        cv.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(mutex);
        cv.wait(lock, [this] { return open; });
    }
};

class TestPanel : public ViewPanel
{
    Q_OBJECT
public:
    using ViewPanel::setFinding;
    explicit TestPanel(Gate *gate)
        : ViewPanel(QStringLiteral("test-panel"))
        , m_gate(gate)
    {
        auto *chart = new QLabel(QStringLiteral("chart"));
        chart->setMinimumSize(200, 120);
        chart->setStyleSheet(QStringLiteral("QLabel { background: #3070c0; color: white; font-size: 30px; }"));
        setChartWidget(chart);
        retranslateUi();
    }

    QString title() const override { return QStringLiteral("Test panel"); }
    QString nugget() const override { return QStringLiteral("Does the base behave?"); }
    QString howToRead() const override { return QStringLiteral("<p>Read it <b>carefully</b>.</p>"); }

    bool propose(const Filter &filter, const QString &description) { return proposeFilter(filter, description); }

    int requests = 0;
    bool failNext = false;
    int retranslations = 0;
    QList<qint64> results;
    QList<quint64> resultIds;

protected:
    void requestData() override
    {
        ++requests;
        Gate *gate = m_gate;
        const bool fail = std::exchange(failNext, false);
        m_submitted = submit(
            [gate, fail](const RunColumns &columns, JobContext &) {
                gate->wait();
                if (fail)
                    throw AnalysisError("no spread today");
                return qint64(columns.rowCount());
            },
            &TestPanel::showResult);
    }
    void showResult(std::shared_ptr<const qint64> result)
    {
        results << *result;
        resultIds << m_submitted; // only the latest request's result may arrive
        setFinding(QStringLiteral("%1 rows").arg(*result));
        setReady(true);
    }
    void retranslateUi() override
    {
        ++retranslations;
        ViewPanel::retranslateUi();
    }

private:
    Gate *m_gate;
    quint64 m_submitted = 0;
};

} // namespace

class TestViewPanel : public QObject
{
    Q_OBJECT

private:
    void makeEnvironment();

    Gate m_gate;
    bool m_synthetic = true;
    std::unique_ptr<AnalysisService> m_service;
    std::unique_ptr<FilterState> m_filterState;
    std::unique_ptr<TestPanel> m_panel;
    quint64 m_generation = 1;

private slots:
    void init();
    void cleanup();
    void deferredRefreshWhileHidden();
    void olderResultsIgnored();
    void busyToggles();
    void busyIndicatorAnimatesCheaply();
    void findingSelectableUnderThePointer();
    void longFindingShownWhole();
    void droppedRequestDoesNotStayBusy();
    void syntheticLabelShownAndHidden();
    void howToReadPopup();
    void retranslateKeepsTexts();
    void footerNamesSourceFilterAndDate();
    void everyControlReachableAndNamed();
    void exportsEachFormat();
    void saveStateDefaultsToEmpty();
    void proposedFilterIsOneUndoStep();
    void noHistoryNoSelection();
};

void TestViewPanel::init()
{
    m_gate.release();
    m_synthetic = true;
    m_service = std::make_unique<AnalysisService>();
    m_filterState = std::make_unique<FilterState>();
    m_service->setDataSource(m_generation, [](RunColumns *out, const std::atomic_bool *, QString *) {
        *out = makeColumns(10);
        return true;
    });
    // As the app does: a new filter is a new data generation.
    connect(m_filterState.get(), &FilterState::changed, m_service.get(), [this] {
        const qint64 rows = 10 + qint64(m_filterState->generation());
        m_service->setDataSource(++m_generation, [rows](RunColumns *out, const std::atomic_bool *, QString *) {
            *out = makeColumns(std::size_t(rows));
            return true;
        });
    });
    m_panel = std::make_unique<TestPanel>(&m_gate);
    m_panel->resize(640, 480);
    makeEnvironment();
}

void TestViewPanel::cleanup()
{
    m_gate.release();
    m_panel.reset();
    m_service.reset();
    m_filterState.reset();
}

void TestViewPanel::makeEnvironment()
{
    ViewEnvironment env;
    env.service = m_service.get();
    env.filterState = m_filterState.get();
    env.sourceDescription = [] { return QStringLiteral("Demo data (synthetic, modelled on BUTTER-E)"); };
    env.isSynthetic = [this] { return m_synthetic; };
    m_panel->setEnvironment(env);
}

void TestViewPanel::deferredRefreshWhileHidden()
{
    QCOMPARE(m_panel->objectName(), QStringLiteral("test-panel"));
    // Never shown: nothing is asked for, however often the filter changes.
    Filter f;
    f.devices = {QStringLiteral("CPU")};
    m_filterState->setFilter(f);
    QTest::qWait(50);
    QCOMPARE(m_panel->requests, 0);
    QVERIFY(!m_panel->isReady());

    m_panel->show();
    QTRY_VERIFY(m_panel->isReady());
    QCOMPARE(m_panel->requests, 1);
    QCOMPARE(m_panel->results.last(), 11); // 10 + the filter generation

    m_panel->hide();
    f.devices = {QStringLiteral("GPU")};
    m_filterState->setFilter(f);
    f.devices = {QStringLiteral("CPU"), QStringLiteral("GPU")};
    m_filterState->setFilter(f);
    QTest::qWait(50);
    QCOMPARE(m_panel->requests, 1);
    QVERIFY(!m_panel->isReady());

    // Shown again: one request for the latest filter.
    m_panel->show();
    QTRY_VERIFY(m_panel->isReady());
    QCOMPARE(m_panel->requests, 2);
    QCOMPARE(m_panel->results.last(), 13);

    // Several changes while visible collapse into one request.
    m_filterState->setFilter(Filter());
    f.devices = {QStringLiteral("GPU")};
    m_filterState->setFilter(f);
    QTRY_VERIFY(m_panel->isReady());
    QCOMPARE(m_panel->requests, 3);
    QCOMPARE(m_panel->results.last(), 15);
}

void TestViewPanel::olderResultsIgnored()
{
    m_panel->show();
    QTRY_VERIFY(m_panel->isReady());
    const quint64 current = m_panel->resultIds.last();
    const int handled = int(m_panel->results.size());

    // Results that do not belong to the panel's last request are not handled.
    emit m_service->resultReady(QStringLiteral("test-panel"), current - 1, QVariant::fromValue(qint64(-1)));
    emit m_service->resultReady(QStringLiteral("other-view"), current, QVariant::fromValue(qint64(-2)));
    emit m_service->failed(QStringLiteral("test-panel"), current + 5, QStringLiteral("old failure"));
    QCOMPARE(int(m_panel->results.size()), handled);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("messageLabel"))->isHidden());

    // A newer request supersedes the one in flight: only its result arrives.
    m_gate.close();
    m_panel->refresh();
    QTRY_VERIFY(m_panel->isBusy());
    m_panel->refresh();
    QTest::qWait(20);
    m_gate.release();
    QTRY_VERIFY(m_panel->isReady());
    QTest::qWait(50);
    QCOMPARE(int(m_panel->results.size()), handled + 1);
    QVERIFY(m_panel->resultIds.last() > current);

    // A failure of the current request shows its message and is announced.
    QSignalSpy failedSpy(m_panel.get(), &ViewPanel::failed);
    m_panel->failNext = true;
    m_panel->refresh();
    QTRY_COMPARE(failedSpy.count(), 1);
    QVERIFY(!m_panel->isBusy());
    QVERIFY(!m_panel->isReady());
    auto *message = m_panel->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no spread today")), qPrintable(message->text()));
}

void TestViewPanel::busyToggles()
{
    auto *indicator = m_panel->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QVERIFY(indicator);
    m_gate.close();
    QSignalSpy busySpy(m_panel.get(), &ViewPanel::busyChanged);
    m_panel->show();
    QTRY_VERIFY(m_panel->isBusy());
    // Shown once the result keeps the view waiting.
    QVERIFY(!indicator->isVisible());
    QTRY_VERIFY(indicator->isVisible());
    QCOMPARE(indicator->maximum(), 0); // indeterminate
    QVERIFY(!m_panel->isReady());
    m_gate.release();
    QTRY_VERIFY(m_panel->isReady());
    QVERIFY(!m_panel->isBusy());
    QVERIFY(!indicator->isVisible());
    QCOMPARE(busySpy.count(), 2);
    QCOMPARE(busySpy.at(0).at(0).toBool(), true);
    QCOMPARE(busySpy.at(1).at(0).toBool(), false);
}

void TestViewPanel::busyIndicatorAnimatesCheaply()
{
    auto *indicator = qobject_cast<BusyBar *>(m_panel->findChild<QProgressBar *>(QStringLiteral("busyIndicator")));
    QVERIFY(indicator);
    m_gate.close();
    m_panel->show();
    QTRY_VERIFY(indicator->isVisible());
    // While the view waits the block moves, at BusyBar's frame rate: QProgressBar's own busy
    // animation repaints 60 times a second.
    const int before = indicator->paintCount();
    QTest::qWait(1000);
    const int frames = indicator->paintCount() - before;
    QVERIFY2(frames >= 3, qPrintable(QString::number(frames)));
    QVERIFY2(frames <= 1000 / BusyBar::FrameMs + 3, qPrintable(QString::number(frames)));
    // Once the result is in the bar hides, and draws no more frames.
    m_gate.release();
    QTRY_VERIFY(m_panel->isReady());
    QVERIFY(!indicator->isVisible());
    const int after = indicator->paintCount();
    QTest::qWait(200);
    QCOMPARE(indicator->paintCount(), after);
}

// The finding's label takes its height from the width it is given (its own size hints are
// cheap estimates): a long finding in a narrow panel is shown on as many lines as it needs.
void TestViewPanel::longFindingShownWhole()
{
    m_panel->resize(420, 600);
    m_panel->show();
    QTRY_VERIFY(m_panel->isReady());
    auto *label = m_panel->findChild<QLabel *>(QStringLiteral("findingLabel"));
    QVERIFY(label);
    const int oneLine = label->height();
    QString finding;
    for (int i = 0; i < 12; ++i)
        finding += QStringLiteral("GPU runs spread wider than CPU runs in sentence %1. ").arg(i);
    static_cast<TestPanel *>(m_panel.get())->setFinding(finding.trimmed());
    QTRY_VERIFY(label->height() > 4 * oneLine);
    QCOMPARE(label->height(), label->heightForWidth(label->width()));
    m_panel->resize(900, 600);
    QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
    QVERIFY(label->height() > oneLine);
}

void TestViewPanel::findingSelectableUnderThePointer()
{
    m_panel->show();
    QTRY_VERIFY(m_panel->isReady());
    auto *label = m_panel->findChild<QLabel *>(QStringLiteral("findingLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("10 rows"));
    // Plain until the pointer comes (cheaper to lay out on every result), then selectable.
    QVERIFY(!(label->textInteractionFlags() & Qt::TextSelectableByMouse));
    const QRect before = label->geometry();
    QEnterEvent enter(QPointF(2, 2), QPointF(2, 2), label->mapToGlobal(QPointF(2, 2)));
    QCoreApplication::sendEvent(label, &enter);
    QCOMPARE(label->textInteractionFlags(), Qt::TextSelectableByMouse);
    // Nothing moves under the pointer: the label is laid out the same either way.
    m_panel->layout()->activate();
    QCOMPARE(label->geometry(), before);
    label->setSelection(0, 2);
    QCOMPARE(label->selectedText(), QStringLiteral("10"));
    // And stays so for later findings.
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    m_filterState->setFilter(f);
    QTRY_COMPARE(label->text(), QStringLiteral("11 rows"));
    QCOMPARE(label->textInteractionFlags(), Qt::TextSelectableByMouse);
}

void TestViewPanel::droppedRequestDoesNotStayBusy()
{
    m_gate.close();
    m_panel->show();
    QTRY_VERIFY(m_panel->isBusy());
    // New data under the running request: the service drops it silently; the panel asks again.
    m_service->setDataSource(++m_generation, [](RunColumns *out, const std::atomic_bool *, QString *) {
        *out = makeColumns(42);
        return true;
    });
    m_gate.release();
    QTRY_VERIFY(m_panel->isReady());
    QCOMPARE(m_panel->results.last(), 42);
    QCOMPARE(m_panel->requests, 2);

    // Cancelled by the user: not busy, nothing delivered, no new request on its own.
    m_gate.close();
    m_panel->refresh();
    QTRY_VERIFY(m_panel->isBusy());
    m_service->cancelAll();
    QVERIFY(!m_panel->isBusy());
    m_gate.release();
    QTest::qWait(50);
    QCOMPARE(m_panel->requests, 3);
    QVERIFY(!m_panel->isReady());
}

void TestViewPanel::syntheticLabelShownAndHidden()
{
    m_panel->show();
    auto *label = m_panel->findChild<QLabel *>(QStringLiteral("sourceLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("synthetic")));
    m_synthetic = false;
    m_panel->refresh();
    QVERIFY(!label->isVisible());
    m_synthetic = true;
    m_panel->refresh();
    QVERIFY(label->isVisible());
}

void TestViewPanel::howToReadPopup()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("howToReadButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *popup = m_panel->findChild<QWidget *>(QStringLiteral("howToReadPopup"));
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    auto *text = popup->findChild<QLabel *>(QStringLiteral("howToReadText"));
    QVERIFY(text->text().contains(QStringLiteral("carefully")));
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
}

void TestViewPanel::retranslateKeepsTexts()
{
    m_panel->show();
    const int before = m_panel->retranslations;
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_panel.get(), &change);
    QCOMPARE(m_panel->retranslations, before + 1);
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(),
             QStringLiteral("Does the base behave?"));
    QCOMPARE(m_panel->objectName(), QStringLiteral("test-panel"));
    const QList<QAction *> actions = m_panel->findChild<QToolBar *>(QStringLiteral("viewToolBar"))->actions();
    for (QAction *a : actions)
        QVERIFY(a->isSeparator() || !a->text().isEmpty());
}

void TestViewPanel::footerNamesSourceFilterAndDate()
{
    Filter f;
    f.datasets = {QStringLiteral("529_pollen")};
    f.ranges.insert(QStringLiteral("energy"), {1000.0, 2000.0});
    m_filterState->setFilter(f);
    const QString footer = m_panel->footerText();
    QVERIFY2(footer.contains(QStringLiteral("synthetic demo")), qPrintable(footer));
    QVERIFY2(footer.contains(f.describe()), qPrintable(footer));
    QVERIFY2(footer.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(footer));
    m_synthetic = false;
    QVERIFY(!m_panel->footerText().contains(QStringLiteral("synthetic demo")));
}

void TestViewPanel::everyControlReachableAndNamed()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    // Walk the Tab chain from the panel and collect what it reaches.
    QSet<QWidget *> reached;
    QWidget *w = m_panel.get();
    for (int i = 0; i < 100; ++i) {
        w = w->nextInFocusChain();
        if (w == m_panel.get())
            break;
        if (w->isVisibleTo(m_panel.get()) && (w->focusPolicy() & Qt::TabFocus))
            reached.insert(w);
    }
    const QList<QToolButton *> buttons = m_panel->findChildren<QToolButton *>();
    int checked = 0;
    for (QToolButton *b : buttons) {
        if (!b->isVisibleTo(m_panel.get()))
            continue;
        QVERIFY2(reached.contains(b), qPrintable(b->text()));
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        ++checked;
    }
    QCOMPARE(checked, 5); // How to read, Export, Copy image, Print, Reset zoom
}

void TestViewPanel::exportsEachFormat()
{
    m_panel->show();
    QTRY_VERIFY(m_panel->isReady());
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("panel.png"));
    QVERIFY2(m_panel->exportToFile(png, &error, 120, QSize(600, 400)), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), QSize(750, 500));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 120);
    // The chart (a blue label) was drawn on the page.
    int blue = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            blue += QColor(image.pixel(x, y)) == QColor(0x30, 0x70, 0xc0) ? 1 : 0;
    QVERIFY(blue > 1000);

    const QString svg = dir.filePath(QStringLiteral("panel.svg"));
    QVERIFY2(m_panel->exportToFile(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());

    const QString pdf = dir.filePath(QStringLiteral("panel.pdf"));
    QVERIFY2(m_panel->exportToFile(pdf, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5).startsWith("%PDF"));

    QVERIFY(!m_panel->exportToFile(dir.filePath(QStringLiteral("panel.bmp")), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
    QVERIFY(!m_panel->exportToFile(dir.filePath(QStringLiteral("no/such/dir/panel.png")), &error));
    QVERIFY(!error.isEmpty());
}

void TestViewPanel::saveStateDefaultsToEmpty()
{
    QVERIFY(m_panel->saveState().isEmpty());
    m_panel->restoreState(QJsonObject{{QStringLiteral("anything"), 1}});
}

void TestViewPanel::proposedFilterIsOneUndoStep()
{
    FilterHistory history(m_filterState.get());
    ViewEnvironment env = m_panel->environment();
    env.filterHistory = &history;
    m_panel->setEnvironment(env);
    QSignalSpy changed(m_filterState.get(), &FilterState::changed);

    Filter cpu;
    cpu.devices = {QStringLiteral("CPU")};
    QVERIFY(m_panel->propose(cpu, QStringLiteral("Select CPU runs")));
    QCOMPARE(m_filterState->filter(), cpu);
    QCOMPARE(history.undoStack()->count(), 1);
    QCOMPARE(history.undoStack()->undoText(), QStringLiteral("Select CPU runs"));
    // The filter in force already: no step, no change.
    QVERIFY(!m_panel->propose(cpu, QStringLiteral("Select CPU runs")));
    QCOMPARE(history.undoStack()->count(), 1);
    Filter gpu;
    gpu.devices = {QStringLiteral("GPU")};
    QVERIFY(m_panel->propose(gpu, QStringLiteral("Select GPU runs")));
    QCOMPARE(history.undoStack()->count(), 2);
    // Every change of the filter was a step: undo walks them back, redo forward.
    QCOMPARE(changed.count(), 2);
    history.undoStack()->undo();
    QCOMPARE(m_filterState->filter(), cpu);
    history.undoStack()->undo();
    QCOMPARE(m_filterState->filter(), Filter());
    history.undoStack()->redo();
    QCOMPARE(m_filterState->filter(), cpu);
    QCOMPARE(history.undoStack()->redoText(), QStringLiteral("Select GPU runs"));
}

void TestViewPanel::noHistoryNoSelection()
{
    // The environment hands views the filter read only: a selection can only be a step.
    static_assert(std::is_same_v<decltype(ViewEnvironment::filterState), const FilterState *>);
    // makeEnvironment() gives no history, as the report and the render command do: nothing is
    // selected, and the log says why.
    QVERIFY(!m_panel->environment().filterHistory);
    Filter cpu;
    cpu.devices = {QStringLiteral("CPU")};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no filter history.*Select CPU runs")));
    QVERIFY(!m_panel->propose(cpu, QStringLiteral("Select CPU runs")));
    QCOMPARE(m_filterState->filter(), Filter());
    QCOMPARE(m_filterState->generation(), quint64(0));
}

QTEST_MAIN(TestViewPanel)
#include "tst_viewpanel.moc"
