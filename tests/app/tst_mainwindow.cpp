// The first window, headless: it builds the demo store on first start, labels it as
// synthetic everywhere, shows the runs, and renders to a PNG someone can look at. A plan pinned in
// the What-if view reaches the Compare view through the app's pinned plans.
#include "../support/demostorecache.h"

#include <compareview.h>
#include <demostore.h>
#include <dockscrollarea.h>
#include <importer.h>
#include <languagemanager.h>
#include <layoutcombo.h>
#include <layoutmanager.h>
#include <mainwindow.h>
#include <preferencesdialog.h>
#include <runtablemodel.h>
#include <store.h>
#include <viewpanel.h>
#include <viewregistry.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wattprint;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsDemoOnFirstStartAndSaysSynthetic();
    void rendersToPng();
    void opensExistingDatabaseAndRefusesBadOne();
    void firstStartSaysTheDemoIsBeingBuilt();
    void preferencesOnCtrlComma();
    void closingAViewMarksTheLayoutModified();
    void ctrlTabMovesBetweenViews();
    void addToCompareReachesTheCompareView();
    void refreshShowsRunsAnotherProcessImported();
    void windowShowsBeforeItsStoreIsRead();
    void damagedStoreIsLetGoWithAMessage();

private:
    // Pins an own-dataset plan in the What-if view of a new window, finds `expectedRow` in the
    // Compare view's table, and saves both views' window as PNGs named with `suffix`.
    void pinOwnPlanAndShoot(const QString &suffix, const QString &expectedRow);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // Each slot runs in its own process under ctest: give each a ready demo store.
    QStandardPaths::setTestModeEnabled(true); // the user's layouts and preferences stay out
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(testsupport::copyDemoStore(DemoOptions(), m_dir.filePath(QStringLiteral("demo.sqlite")), &error),
             qPrintable(error));
}

void TestMainWindow::buildsDemoOnFirstStartAndSaysSynthetic()
{
    const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
    QVERIFY(!QFileInfo::exists(path));
    MainWindow window(path);
    QSignalSpy done(&window, &MainWindow::busyChanged);
    window.show();
    QVERIFY(window.isBusy());
    QVERIFY(done.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 63527, 30000);
    QVERIFY2(window.windowTitle().contains(QLatin1String("synthetic")), qPrintable(window.windowTitle()));
    // The store's counts are read on a worker: "Counting runs..." until they arrive.
    QTRY_VERIFY2_WITH_TIMEOUT(window.statusText().contains(QLatin1String("63,527 runs (63,527 shown)"))
                                  || window.statusText().contains(QLatin1String("63527 runs (63527 shown)")),
                              qPrintable(window.statusText()), 30000);
    QVERIFY(window.statusText().contains(QLatin1String("Demo data (synthetic, modelled on BUTTER-E)")));
    auto *label = window.findChild<QLabel *>(QStringLiteral("sourceLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QLatin1String("synthetic")));
}

void TestMainWindow::rendersToPng()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    MainWindow window(path);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    const QString out = QDir(QStringLiteral(WATTPRINT_OUTPUT_DIR)).filePath(QStringLiteral("mainwindow.png"));
    QVERIFY(image.save(out));
    qInfo("window screenshot: %s", qPrintable(out));
    // Not blank: many distinct colours, and text-dark pixels present.
    QSet<QRgb> colours;
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            if (qGray(p) < 80)
                ++dark;
        }
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY(dark > 500);
    // The runs table (the leaderboard has a table too) is a back tab: it fills once chosen.
    QVERIFY(window.view(QStringLiteral("runs")));
    window.dock(QStringLiteral("runs"))->raise();
    auto *table = window.view(QStringLiteral("runs"))->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0, 30000);
}

void TestMainWindow::opensExistingDatabaseAndRefusesBadOne()
{
    MainWindow window(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 63527, 30000);
    const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'z'));
    f.close();
    // A refused file keeps the current store (the error goes to a message box, closed here).
    QTimer::singleShot(200, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!window.openDatabase(bad));
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 63527, 30000);
}

void TestMainWindow::firstStartSaysTheDemoIsBeingBuilt()
{
    const QString path = m_dir.filePath(QStringLiteral("building.sqlite"));
    MainWindow window(path, MainWindow::Headless);
    QSignalSpy done(&window, &MainWindow::busyChanged);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isBusy());
    const QString building = MainWindow::tr("Building the demo data... %1%");
    const QString prefix = building.left(building.indexOf(QLatin1String("%1")));
    QVERIFY(!prefix.isEmpty());
    // Every view says it, over the whole view, with progress; none says that no runs match.
    int shown = 0;
    for (ViewPanel *view : window.views()) {
        auto *scroll = qobject_cast<DockScrollArea *>(window.dock(view->viewId())->widget());
        QVERIFY(scroll);
        QVERIFY2(scroll->notice().startsWith(prefix), qPrintable(view->viewId() + QLatin1Char(' ') + scroll->notice()));
        auto *label = scroll->findChild<QLabel *>(QStringLiteral("viewNotice"));
        QVERIFY(label);
        QCOMPARE(label->geometry(), scroll->rect());
        if (label->isVisible() && !label->visibleRegion().isEmpty())
            ++shown;
    }
    QVERIFY(shown >= 2);
    QVERIFY2(window.statusText().startsWith(prefix), qPrintable(window.statusText()));
    const QString out = QDir(QStringLiteral(WATTPRINT_OUTPUT_DIR)).filePath(QStringLiteral("first-start.png"));
    QVERIFY(window.grab().save(out));
    qInfo("first start: %s", qPrintable(out));
    // The progress bar shows the percentage only, which fits it.
    auto *bar = window.findChild<QProgressBar *>();
    QVERIFY(bar && bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || !window.isBusy(), 60000);
    if (window.isBusy()) {
        QVERIFY2(bar->fontMetrics().horizontalAdvance(bar->text()) < bar->contentsRect().width(),
                 qPrintable(bar->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusText() != MainWindow::tr("Building the demo data... %1%").arg(0) || !window.isBusy(), 60000);
    }
    // Built (busyChanged(false) comes once the window has taken the new store in): the views show it.
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && !done.last().value(0).toBool(), 120000);
    QVERIFY(!window.isBusy());
    for (ViewPanel *view : window.views()) {
        auto *scroll = qobject_cast<DockScrollArea *>(window.dock(view->viewId())->widget());
        QVERIFY2(!scroll->isNoticeShown(), qPrintable(view->viewId()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    QVERIFY(window.statusText().contains(QLatin1String("63")));
}

void TestMainWindow::preferencesOnCtrlComma()
{
    MainWindow window(m_dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    bool opened = false;
    QTimer::singleShot(0, &window, [&opened] {
        if (auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(opened);
}

void TestMainWindow::closingAViewMarksTheLayoutModified()
{
    MainWindow window(m_dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LayoutManager *layouts = window.layoutManager();
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    QVERIFY(layouts->save(QStringLiteral("Screens")));
    auto *combo = window.findChild<LayoutCombo *>();
    QVERIFY(combo);
    // Results arriving and tabs brought to the front change nothing of the layout.
    for (const QString &id : {QStringLiteral("pareto"), QStringLiteral("leaderboard"), QStringLiteral("compare")}) {
        window.dock(id)->raise();
        QTRY_VERIFY_WITH_TIMEOUT(window.view(id)->isReady(), 120000);
    }
    QCoreApplication::processEvents();
    QVERIFY(!layouts->isModified());
    QCOMPARE(combo->comboBox()->currentText(), QStringLiteral("Screens"));
    QDockWidget *distribution = window.dock(QStringLiteral("distribution"));
    distribution->close();
    QTRY_VERIFY(layouts->isModified());
    QCOMPARE(combo->comboBox()->currentText(), LayoutCombo::tr("%1 (modified)").arg(QStringLiteral("Screens")));
    // Chosen again, it comes back as saved.
    emit combo->comboBox()->activated(combo->comboBox()->currentIndex());
    QVERIFY(distribution->isVisible());
    QVERIFY(!layouts->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    QCoreApplication::processEvents();
    QVERIFY(!layouts->isModified());
    QCOMPARE(combo->comboBox()->currentText(), QStringLiteral("Screens"));
    layouts->remove(QStringLiteral("Screens"));
}

void TestMainWindow::ctrlTabMovesBetweenViews()
{
    MainWindow window(m_dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    // One view closed: the keys skip it.
    window.dock(QStringLiteral("radar"))->close();
    QStringList open;
    for (const QString &id : ViewRegistry::ids()) {
        if (id != QLatin1String("radar"))
            open << id;
    }
    const auto focusedView = []() -> QString {
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
            if (auto *v = qobject_cast<ViewPanel *>(w))
                return v->viewId();
        }
        return {};
    };
    // From the runs table, whose own Tab moves between cells.
    window.view(QStringLiteral("runs"))->focusChart();
    QVERIFY(qobject_cast<QTableView *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(focusedView(), open.first());
    for (qsizetype i = 1; i <= open.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        const QString expected = open.at(i % open.size());
        QCOMPARE(focusedView(), expected);
        // A view behind another's tab comes to the front.
        QTRY_VERIFY2(window.view(expected)->isOnScreen(), qPrintable(expected));
    }
    // Back round the ring: from the first view to the last, then the one before it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(focusedView(), open.last());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focusedView(), open.at(open.size() - 2));
}

void TestMainWindow::pinOwnPlanAndShoot(const QString &suffix, const QString &expectedRow)
{
    MainWindow window(m_dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    window.fitTo(QRect(0, 0, 1280, 800));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.dock(QStringLiteral("whatif"))->raise();
    ViewPanel *whatif = window.view(QStringLiteral("whatif"));
    QTRY_VERIFY_WITH_TIMEOUT(whatif->isReady(), 120000);
    auto *source = whatif->findChild<QComboBox *>(QStringLiteral("whatIfDatasetSource"));
    QVERIFY(source);
    source->setCurrentIndex(source->findData(QStringLiteral("own")));
    whatif->findChild<QSpinBox *>(QStringLiteral("whatIfExamples"))->setValue(60000);
    whatif->findChild<QSpinBox *>(QStringLiteral("whatIfInputs"))->setValue(784);
    whatif->findChild<QSpinBox *>(QStringLiteral("whatIfOutputs"))->setValue(10);
    auto *pin = whatif->findChild<QPushButton *>(QStringLiteral("whatIfPinButton"));
    QVERIFY(pin);
    QTRY_VERIFY(pin->isVisible() && pin->isEnabled());
    QTest::mouseClick(pin, Qt::LeftButton);
    const QDir dir(QStringLiteral(WATTPRINT_OUTPUT_DIR));
    QVERIFY(window.grab().save(dir.filePath(QStringLiteral("mainwindow-whatif-own%1.png").arg(suffix))));

    window.dock(QStringLiteral("compare"))->raise();
    auto *compare = qobject_cast<CompareView *>(window.view(QStringLiteral("compare")));
    QVERIFY(compare);
    QTRY_VERIFY_WITH_TIMEOUT(compare->isReady(), 120000);
    QVERIFY2(compare->tableText().contains(expectedRow), qPrintable(compare->tableText()));
    QCOMPARE(compare->saveState().value(QStringLiteral("plans")).toArray().size(), 1);
    QCoreApplication::processEvents(); // the plot replots on its next event
    QVERIFY(window.grab().save(dir.filePath(QStringLiteral("mainwindow-compare-pinned%1.png").arg(suffix))));
}

void TestMainWindow::addToCompareReachesTheCompareView()
{
    pinOwnPlanAndShoot(QString(), QStringLiteral("Plan 1: own data (60,000 examples, 784 inputs, 10 outputs)"));
    if (QTest::currentTestFailed())
        return;
    // In German from the start, as `--lang de` does; pictures to look at.
    LanguageManager languages;
    languages.apply(QStringLiteral("de"));
    pinOwnPlanAndShoot(QStringLiteral("-de"),
                       QStringLiteral("Plan 1: eigene Daten (60.000 Beispiele, 784 Eingaben, 10 Ausgaben)"));
    languages.apply(QStringLiteral("en"));
}

// Another process imports into the store the window has open; View > Refresh (F5) shows the new
// runs without reopening it.
void TestMainWindow::refreshShowsRunsAnotherProcessImported()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), path));
    MainWindow window(path);
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 63527, 30000);
    {
        Store other(path, QStringLiteral("another-process"));
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        const ImportReport report = Importer(&other).importFile(
            QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    QCOMPARE(window.runModel()->totalCount(), 63527); // not before it is asked
    auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
    refresh->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 63527 + 28, 30000);
}

void TestMainWindow::windowShowsBeforeItsStoreIsRead()
{
    // Nothing that reads the whole store runs before the window paints: the counts and the runs
    // table arrive from workers (their results can only come through the event loop).
    MainWindow window(m_dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    QVERIFY2(window.statusText().startsWith(QLatin1String("Counting runs...")), qPrintable(window.statusText()));
    QCOMPARE(window.runModel()->totalCount(), 0);
    QVERIFY(window.runModel()->isLoading());
    window.fitTo(QRect(0, 0, 1280, 800)); // the laptop layout, with the runs table on screen
    window.show();
    auto *runs = qobject_cast<ViewPanel *>(window.findChild<QWidget *>(QStringLiteral("runs")));
    QVERIFY(runs);
    QTRY_VERIFY(runs->isOnScreen());
    QVERIFY(!runs->isReady()); // busy until its rows are in, not "0 runs match"
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 63527, 30000);
    QVERIFY(runs->isReady());
    QVERIFY2(runs->finding().contains(QLocale().toString(63527)), qPrintable(runs->finding()));
    QVERIFY2(window.statusText().contains(QLocale().toString(63527) + QStringLiteral(" runs")),
             qPrintable(window.statusText()));
}

void TestMainWindow::damagedStoreIsLetGoWithAMessage()
{
    // The window opens a damaged store at once; its integrity check, on a worker, finds the damage:
    // the window lets the store go and says why, and no view shows a number read from it.
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(testsupport::damageStore(path));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is damaged")));
    MainWindow window(path, MainWindow::Headless);
    QVERIFY(window.store());
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.store(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusText(), MainWindow::tr("No database open"), 30000);
    // The views on screen say why they have nothing to show.
    for (ViewPanel *view : window.views()) {
        if (!view->isOnScreen() || view->viewId() == QLatin1String("runs"))
            continue;
        QTRY_VERIFY2_WITH_TIMEOUT(view->message().contains(QLatin1String("is damaged")),
                                  qPrintable(view->viewId() + QStringLiteral(": ") + view->message()), 30000);
        QVERIFY2(view->finding().isEmpty(), qPrintable(view->viewId() + QStringLiteral(": ") + view->finding()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
