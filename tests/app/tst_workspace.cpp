// The workspace around the views: filter history, selections into the filter, docks and
// layouts, exports and the headless render/screenshot commands.
#include "../support/demostorecache.h"

#include <analysisservice.h>
#include <demostore.h>
#include <dockscrollarea.h>
#include <filterbar.h>
#include <filterstate.h>
#include <layoutmanager.h>
#include <mainwindow.h>
#include <rendercommands.h>
#include <runsview.h>
#include <runtablemodel.h>
#include <store.h>
#include <viewpanel.h>
#include <viewregistry.h>

#include <QDeadlineTimer>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace wattprint;

namespace {

qint64 countRuns(Store *store, const QString &where)
{
    QSqlQuery q(store->database());
    q.exec(QStringLiteral("SELECT count(*) FROM runs ") + where);
    return q.next() ? q.value(0).toLongLong() : -1;
}

bool notBlank(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 20;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterUndoRedo();
    void filterBarAndChipsProposeUndoableSteps();
    void selectionIntoFilter();
    void everyViewIsADockListedInTheViewMenu();
    void resetAndLockLayout();
    void backTabsComputeOnlyWhenChosen();
    void screenshotOfMainWindow();
    void renderCommandWritesEachFormat();
    void renderCommandRefusesBadInput();

private:
    MainWindow *openWindow();
    QTemporaryDir m_dir;
    QString m_db;
};

void TestWorkspace::initTestCase()
{
    // Keep the user's settings (layouts, preferences) out of it.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(DemoOptions(), m_db, &error), qPrintable(error));
}

MainWindow *TestWorkspace::openWindow()
{
    auto *window = new MainWindow(m_db, MainWindow::Headless);
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qWarning("window not exposed");
    // Each caller checks readiness with QTRY: a QVERIFY here could not return the window.
    QDeadlineTimer deadline(60000);
    while (!window->allVisibleViewsReady() && !deadline.hasExpired())
        QTest::qWait(20);
    return window;
}

void TestWorkspace::filterUndoRedo()
{
    std::unique_ptr<MainWindow> window(openWindow());
    QVERIFY(window->allVisibleViewsReady());
    Store *store = window->store();
    const qint64 all = countRuns(store, {});
    Filter mnist;
    mnist.datasets = {QStringLiteral("mnist")};
    window->applyFilter(mnist, QStringLiteral("mnist"));
    QTRY_COMPARE(window->runModel()->totalCount(), countRuns(store, QStringLiteral("WHERE dataset = 'mnist'")));
    Filter gpu = mnist;
    gpu.devices = {QStringLiteral("GPU")};
    window->applyFilter(gpu, QStringLiteral("gpu"));
    const qint64 mnistGpu = countRuns(store, QStringLiteral("WHERE dataset = 'mnist' AND device = 'GPU'"));
    QTRY_COMPARE(window->runModel()->totalCount(), mnistGpu);
    QCOMPARE(window->undoStack()->count(), 2);

    window->undoStack()->undo();
    QCOMPARE(window->filterState()->filter(), mnist);
    window->undoStack()->undo();
    QCOMPARE(window->filterState()->filter(), Filter());
    QTRY_COMPARE(window->runModel()->totalCount(), all);
    window->undoStack()->redo();
    window->undoStack()->redo();
    QCOMPARE(window->filterState()->filter(), gpu);
    QTRY_COMPARE(window->runModel()->totalCount(), mnistGpu);
    QTRY_VERIFY(window->statusText().contains(QLocale().toString(mnistGpu) + QStringLiteral(" shown")));

    // The same keys a user presses.
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window->filterState()->filter(), mnist);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->filterState()->filter(), gpu);
    // Views follow: every visible view settles on the new data.
    QTRY_VERIFY_WITH_TIMEOUT(window->allVisibleViewsReady(), 60000);
}

void TestWorkspace::filterBarAndChipsProposeUndoableSteps()
{
    std::unique_ptr<MainWindow> window(openWindow());
    Filter f;
    f.shapes = {QStringLiteral("rectangle")};
    f.depthMin = 3;
    f.depthMax = 6;
    emit window->filterBar()->filterEdited(f, QStringLiteral("edit"));
    QCOMPARE(window->filterState()->filter(), f);
    QTRY_COMPARE(window->runModel()->totalCount(),
                 countRuns(window->store(), QStringLiteral("WHERE shape = 'rectangle' AND depth BETWEEN 3 AND 6")));
    // Two chips: shape and depth; removing one leaves the other.
    const QList<QToolButton *> chips = window->filterBar()->findChildren<QToolButton *>(QStringLiteral("chip"));
    QCOMPARE(chips.size(), 2);
    chips.first()->click();
    QCOMPARE(window->filterState()->filter().shapes.size() + (window->filterState()->filter().depthMin ? 1 : 0), 1);
    QCOMPARE(window->undoStack()->count(), 2);
}

void TestWorkspace::selectionIntoFilter()
{
    std::unique_ptr<MainWindow> window(openWindow());
    auto *runs = qobject_cast<RunsView *>(window->view(QStringLiteral("runs")));
    QVERIFY(runs);
    // The runs table is a tab behind the charts by default: bring it to the front, as a user would.
    window->dock(QStringLiteral("runs"))->raise();
    QTRY_VERIFY_WITH_TIMEOUT(runs->isReady(), 30000);
    QTableView *table = runs->table();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids = runs->selectedRunIds();
    QCOMPARE(ids.size(), 2);
    window->showOnlySelection(false);
    QTRY_COMPARE(window->runModel()->totalCount(), 2);
    window->undoStack()->undo();
    window->showOnlySelection(true); // nothing selected after the reload: no change
    const qint64 all = countRuns(window->store(), {});
    QTRY_COMPARE(window->runModel()->totalCount(), all);
    table->selectRow(0);
    window->showOnlySelection(true);
    QTRY_COMPARE(window->runModel()->totalCount(), all - 1);
}

void TestWorkspace::everyViewIsADockListedInTheViewMenu()
{
    std::unique_ptr<MainWindow> window(openWindow());
    QMenu *viewMenu = nullptr;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->menu()->title().remove(QLatin1Char('&')) == QLatin1String("View"))
            viewMenu = a->menu();
    }
    QVERIFY(viewMenu);
    for (const QString &id : ViewRegistry::ids()) {
        QDockWidget *dock = window->dock(id);
        QVERIFY2(dock, qPrintable(id));
        // The dock holds the view in a scroll area (it shrinks below the view's minimum size).
        auto *scroll = qobject_cast<DockScrollArea *>(dock->widget());
        QVERIFY2(scroll && scroll->view(), qPrintable(id));
        QCOMPARE(scroll->view()->objectName(), id);
        QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetFloatable));
        QVERIFY(viewMenu->actions().contains(dock->toggleViewAction()));
        QVERIFY(dock->toggleViewAction()->isCheckable());
    }
    QDockWidget *dock = window->dock(QStringLiteral("distribution"));
    dock->close();
    QVERIFY(!dock->toggleViewAction()->isChecked());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
}

void TestWorkspace::resetAndLockLayout()
{
    std::unique_ptr<MainWindow> window(openWindow());
    QDockWidget *dock = window->dock(QStringLiteral("distribution"));
    dock->close();
    window->layoutManager()->resetToDefault();
    QVERIFY(dock->isVisible());
    window->layoutManager()->setLocked(true);
    QVERIFY(!dock->features().testFlag(QDockWidget::DockWidgetMovable));
    window->layoutManager()->setLocked(false);
    QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetMovable));
}

void TestWorkspace::backTabsComputeOnlyWhenChosen()
{
    // A dock in a back tab stays "visible" to Qt (it is parked out of the window): it must not
    // compute on every filter change, and must compute as soon as its tab comes to the front.
    std::unique_ptr<MainWindow> window(openWindow());
    QTRY_VERIFY_WITH_TIMEOUT(window->allVisibleViewsReady(), 60000);
    ViewPanel *front = window->view(QStringLiteral("distribution"));
    ViewPanel *back = window->view(QStringLiteral("pareto"));
    QVERIFY(front && back);
    QVERIFY(front->isOnScreen());
    QVERIFY(!back->isOnScreen());
    QVERIFY(!back->isReady());
    QSignalSpy results(window->analysisService(), &AnalysisService::resultReady);
    Filter gpu;
    gpu.devices = {QStringLiteral("GPU")};
    window->applyFilter(gpu, QStringLiteral("gpu"));
    QTRY_VERIFY_WITH_TIMEOUT(window->allVisibleViewsReady() && front->isReady(), 60000);
    for (const QList<QVariant> &r : std::as_const(results))
        QVERIFY2(r.at(0).toString() != QLatin1String("pareto"), "a back tab computed");
    window->dock(QStringLiteral("pareto"))->raise();
    QTRY_VERIFY_WITH_TIMEOUT(back->isOnScreen(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(back->isReady(), 60000);
    QVERIFY2(back->finding().contains(QLatin1String("frontier")), qPrintable(back->finding()));
    QVERIFY(!front->isOnScreen());
}

void TestWorkspace::screenshotOfMainWindow()
{
    const QString out = QDir(QStringLiteral(WATTPRINT_OUTPUT_DIR)).filePath(QStringLiteral("workspace.png"));
    QFile::remove(out);
    QCOMPARE(
        RenderCommands::screenshot({QStringLiteral("wattprint"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                    out, QStringLiteral("--size"), QStringLiteral("1600x1000")}),
        0);
    QImage image(out);
    QCOMPARE(image.size(), QSize(1600, 1000));
    QVERIFY(notBlank(image));
    qInfo("main window screenshot: %s", qPrintable(out));
}

void TestWorkspace::renderCommandWritesEachFormat()
{
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString out
            = QDir(QStringLiteral(WATTPRINT_OUTPUT_DIR)).filePath(QStringLiteral("render-distribution.") + suffix);
        QFile::remove(out);
        QCOMPARE(RenderCommands::render({QStringLiteral("wattprint"), QStringLiteral("--db"), m_db,
                                         QStringLiteral("--view"), QStringLiteral("distribution"),
                                         QStringLiteral("--out"), out, QStringLiteral("--width"),
                                         QStringLiteral("1000"), QStringLiteral("--height"), QStringLiteral("700"),
                                         QStringLiteral("--filter"), QStringLiteral("dataset=mnist|adult")}),
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (suffix == QLatin1String("png"))
            QVERIFY(notBlank(QImage::fromData(bytes)));
        else if (suffix == QLatin1String("svg"))
            QVERIFY(QSvgRenderer(bytes).isValid());
        else
            QVERIFY(bytes.startsWith("%PDF"));
    }
}

void TestWorkspace::renderCommandRefusesBadInput()
{
    const QString out = QDir(QStringLiteral(WATTPRINT_OUTPUT_DIR)).filePath(QStringLiteral("never.png"));
    const QString program = QStringLiteral("wattprint");
    QVERIFY(RenderCommands::render({program, QStringLiteral("--db"), m_db, QStringLiteral("--view"),
                                    QStringLiteral("nosuchview"), QStringLiteral("--out"), out})
            != 0);
    QVERIFY(RenderCommands::render({program, QStringLiteral("--db"), m_db, QStringLiteral("--view"),
                                    QStringLiteral("distribution"), QStringLiteral("--out"), QStringLiteral("x.gif")})
            != 0);
    QVERIFY(RenderCommands::render({program, QStringLiteral("--db"), m_db, QStringLiteral("--view"),
                                    QStringLiteral("distribution"), QStringLiteral("--out"), out,
                                    QStringLiteral("--filter"), QStringLiteral("colour=red")})
            != 0);
    QVERIFY(
        RenderCommands::render({program, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                                QStringLiteral("--view"), QStringLiteral("distribution"), QStringLiteral("--out"), out})
        != 0);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
