// The main window on laptop screens: on a 1280x800 and a 1024x768 screen, in English, German and
// French, it fits the screen's available area, keeps every control of its toolbars and status
// bar on screen, and no dock squeezes its view below the view's minimum size (the view scrolls
// instead). The offscreen platform is given those screens (and a wide one) in main() below.
#include "../support/demostorecache.h"

#include <dockscrollarea.h>
#include <filter.h>
#include <filterbar.h>
#include <languagemanager.h>
#include <mainwindow.h>
#include <rendercommands.h>
#include <viewpanel.h>
#include <viewtable.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace wattprint;

namespace {

const QSize kLargestMinimum(1000, 640);

struct ScreenSpec
{
    const char *name;
    int x;
    int width;
    int height;
};
const ScreenSpec kScreens[] = {{"laptop", 0, 1280, 800}, {"small", 1280, 1024, 768}, {"wide", 2304, 1600, 1000}};

QScreen *screenNamed(const QString &name)
{
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

bool waitUntilReady(MainWindow *window)
{
    QDeadlineTimer deadline(120000);
    while (!window->allVisibleViewsReady()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    QCoreApplication::processEvents();
    return true;
}

// `child` lies wholly inside `ancestor` (both in the ancestor's coordinates).
bool inside(const QWidget *child, const QWidget *ancestor)
{
    const QRect r(child->mapTo(ancestor, QPoint(0, 0)), child->size());
    return ancestor->rect().contains(r);
}

// Every visible control of `bar` is inside the window, and the toolbar hides none of them
// behind its extension button.
QStringList clippedControls(const QToolBar *bar, const QMainWindow *window)
{
    QStringList out;
    if (auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        extension && extension->isVisible())
        out << bar->objectName() + QStringLiteral(": extension button shown");
    for (const QWidget *w : bar->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->objectName() == QLatin1String("qt_toolbar_ext_button"))
            continue;
        if (!inside(w, window) || !inside(w, bar))
            out << QStringLiteral("%1 %2 at %3,%4 %5x%6")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(w->mapTo(window, QPoint(0, 0)).x())
                       .arg(w->mapTo(window, QPoint(0, 0)).y())
                       .arg(w->width())
                       .arg(w->height());
    }
    return out;
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitsTheScreenInEveryLanguage_data();
    void fitsTheScreenInEveryLanguage();
    void everyViewFitsWhenBroughtToFront_data();
    void everyViewFitsWhenBroughtToFront();
    void wideScreenKeepsTwoColumns();
    void opensWithinItsScreen();
    void filterBarStacksWhenNarrow();
    void longFilterWrapsItsChips();
    void screenshotIsTheAskedSize();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // no layout or language of an earlier run
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(DemoOptions(), m_db, &error), qPrintable(error));
    for (const ScreenSpec &spec : kScreens) {
        QScreen *screen = screenNamed(QLatin1String(spec.name));
        QVERIFY2(screen, spec.name);
        QCOMPARE(screen->size(), QSize(spec.width, spec.height));
    }
}

void TestScreenFit::fitsTheScreenInEveryLanguage_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("language");
    for (const char *screen : {"laptop", "small"}) {
        for (const char *language : {"en", "de", "fr"})
            QTest::addRow("%s-%s", screen, language) << QString::fromLatin1(screen) << QString::fromLatin1(language);
    }
}

void TestScreenFit::fitsTheScreenInEveryLanguage()
{
    QFETCH(QString, screen);
    QFETCH(QString, language);
    LanguageManager languages;
    QCOMPARE(languages.apply(language), language);
    QScreen *target = screenNamed(screen);
    QVERIFY(target);
    const QRect available = target->availableGeometry();

    MainWindow window(m_db, MainWindow::Headless);
    window.fitTo(available);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitUntilReady(&window));

    // The window: at most the largest minimum, and exactly the area it was fitted to.
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= kLargestMinimum.width() && minimum.height() <= kLargestMinimum.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(window.size(), available.size());

    // A narrow screen: one stack of charts with the runs table below it.
    QDockWidget *distribution = window.dock(QStringLiteral("distribution"));
    QDockWidget *compare = window.dock(QStringLiteral("compare"));
    QDockWidget *runs = window.dock(QStringLiteral("runs"));
    QVERIFY(window.tabifiedDockWidgets(distribution).contains(compare));
    QVERIFY(!window.tabifiedDockWidgets(distribution).contains(runs));
    QVERIFY(runs->isVisible());
    QVERIFY2(runs->geometry().top() >= distribution->geometry().bottom(), "the runs table is below the charts");

    // Toolbars and status bar: all on screen, nothing behind an extension button.
    QStringList clipped;
    for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
        if (bar->parentWidget() == &window && bar->isVisible())
            clipped << clippedControls(bar, &window);
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    QVERIFY(inside(window.statusBar(), &window));
    QVERIFY(inside(window.menuBar(), &window));

    // Every dock in front: inside the window, and its view at or above the view's minimum size.
    int shown = 0;
    for (const ViewRow &row : ViewTable::rows()) {
        QDockWidget *dock = window.dock(row.id);
        ViewPanel *view = window.view(row.id);
        QVERIFY(dock && view);
        if (!view->isOnScreen())
            continue;
        ++shown;
        QVERIFY2(inside(dock, &window), qPrintable(row.id));
        const QSize least = view->minimumSizeHint();
        QVERIFY2(view->width() >= least.width() && view->height() >= least.height(),
                 qPrintable(QStringLiteral("%1: %2x%3 below its minimum %4x%5")
                                .arg(row.id)
                                .arg(view->width())
                                .arg(view->height())
                                .arg(least.width())
                                .arg(least.height())));
        // What it cannot show at once it scrolls to, never clips.
        auto *scroll = qobject_cast<DockScrollArea *>(dock->widget());
        QVERIFY2(scroll, qPrintable(row.id));
        const bool wider = view->width() > scroll->viewport()->width();
        const bool taller = view->height() > scroll->viewport()->height();
        QVERIFY2(!wider || scroll->horizontalScrollBar()->isVisible(), qPrintable(row.id));
        QVERIFY2(!taller || scroll->verticalScrollBar()->isVisible(), qPrintable(row.id));
    }
    QCOMPARE(shown, 2); // the front chart and the runs table
}

void TestScreenFit::everyViewFitsWhenBroughtToFront_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestScreenFit::everyViewFitsWhenBroughtToFront()
{
    // On the smallest screen, each view in turn, as a user clicking through the tabs sees it: at
    // or above its minimum size or scrolling to it, and no label, button or box of its own cut
    // by the widget that holds it.
    QFETCH(QString, language);
    LanguageManager languages;
    QCOMPARE(languages.apply(language), language);
    QScreen *small = screenNamed(QStringLiteral("small"));
    QVERIFY(small);
    MainWindow window(m_db, MainWindow::Headless);
    window.fitTo(small->availableGeometry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitUntilReady(&window));
    QStringList problems;
    for (const ViewRow &row : ViewTable::rows()) {
        QDockWidget *dock = window.dock(row.id);
        ViewPanel *view = window.view(row.id);
        QVERIFY(dock && view);
        dock->raise();
        QVERIFY(waitUntilReady(&window));
        QVERIFY2(view->isOnScreen(), qPrintable(row.id));
        auto *scroll = qobject_cast<DockScrollArea *>(dock->widget());
        QVERIFY(scroll);
        // What a user sees, to be looked at: build/.../test-output/screenfit-1024x768-LANG-VIEW.png
        QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
        QVERIFY(dock->grab().save(
            QStringLiteral(WATTPRINT_OUTPUT_DIR "/screenfit-1024x768-%1-%2.png").arg(language, row.id)));
        const QSize least = view->minimumSizeHint();
        if (view->width() < least.width() || view->height() < least.height())
            problems << QStringLiteral("%1: %2x%3 below its minimum %4x%5")
                            .arg(row.id)
                            .arg(view->width())
                            .arg(view->height())
                            .arg(least.width())
                            .arg(least.height());
        if (view->width() > scroll->viewport()->width() && !scroll->horizontalScrollBar()->isVisible())
            problems << row.id + QStringLiteral(": wider than its dock and no scroll bar");
        if (view->height() > scroll->viewport()->height() && !scroll->verticalScrollBar()->isVisible())
            problems << row.id + QStringLiteral(": taller than its dock and no scroll bar");
        // Controls inside their parent (a scrolled area's content may be larger: it scrolls).
        for (QWidget *w : view->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
            QWidget *parent = w->parentWidget();
            if (!control || !w->isVisible() || !parent
                || parent->objectName() == QLatin1String("qt_scrollarea_viewport")
                || w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QToolBar *>(parent))
                continue;
            if (!parent->rect().contains(w->geometry()))
                problems << QStringLiteral("%1: %2 %3 at %4,%5 %6x%7 outside its parent %8 (%9x%10)")
                                .arg(row.id, QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                .arg(w->x())
                                .arg(w->y())
                                .arg(w->width())
                                .arg(w->height())
                                .arg(parent->objectName())
                                .arg(parent->width())
                                .arg(parent->height());
        }
        // A view's toolbar hides nothing behind its extension button unless it overflows on
        // purpose; then the view's main control (its first) stays visible.
        for (const QToolBar *bar : view->findChildren<QToolBar *>()) {
            const QList<QWidget *> items = bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
            for (const QWidget *w : items) {
                if (w->objectName() == QLatin1String("qt_toolbar_ext_button") || !w->isVisibleTo(bar))
                    continue;
                if (w->isVisible() && !bar->rect().contains(w->geometry()))
                    problems << QStringLiteral("%1: toolbar item %2 cut").arg(row.id, w->objectName());
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestScreenFit::wideScreenKeepsTwoColumns()
{
    QScreen *wide = screenNamed(QStringLiteral("wide"));
    QVERIFY(wide);
    // 1600 px hold both columns' widest views in English and German (French words need a little
    // more: it gets the one stack, as on the smaller screens).
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        LanguageManager languages;
        QCOMPARE(languages.apply(language), language);
        MainWindow window(m_db, MainWindow::Headless);
        window.fitTo(wide->availableGeometry());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitUntilReady(&window));
        QDockWidget *distribution = window.dock(QStringLiteral("distribution"));
        QDockWidget *compare = window.dock(QStringLiteral("compare"));
        QVERIFY2(!window.tabifiedDockWidgets(distribution).contains(compare), qPrintable(language));
        QCOMPARE(distribution->geometry().top(), compare->geometry().top());
        QVERIFY(distribution->geometry().right() < compare->geometry().left());
        QVERIFY(window.tabifiedDockWidgets(compare).contains(window.dock(QStringLiteral("runs"))));
        // Each column is wide enough for its view: nothing to scroll sideways.
        for (QDockWidget *dock : {distribution, compare}) {
            auto *scroll = qobject_cast<DockScrollArea *>(dock->widget());
            QVERIFY(scroll);
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(language + dock->objectName()));
        }
    }
}

void TestScreenFit::opensWithinItsScreen()
{
    // As the app opens it: on the primary screen (the 1280x800 one), never larger than it.
    QScreen *primary = QGuiApplication::primaryScreen();
    QCOMPARE(primary->name(), QStringLiteral("laptop"));
    MainWindow window(m_db);
    QCOMPARE(window.screenArea(), primary->availableGeometry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    const QRect frame = window.frameGeometry();
    QVERIFY2(
        primary->availableGeometry().contains(frame),
        qPrintable(QStringLiteral("%1,%2 %3x%4").arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())));
    QVERIFY(window.tabifiedDockWidgets(window.dock(QStringLiteral("distribution")))
                .contains(window.dock(QStringLiteral("compare"))));
}

void TestScreenFit::filterBarStacksWhenNarrow()
{
    LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("de")), QStringLiteral("de"));
    // In a host, as in the toolbar: a window of its own could not be narrower than one row.
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new FilterBar(&host);
    layout->addWidget(bar);
    layout->addStretch();
    host.resize(1900, 300);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QVERIFY(!bar->isStacked());
    const int oneRow = bar->sizeHint().height();
    QVERIFY2(bar->minimumSizeHint().width() < 700, qPrintable(QString::number(bar->minimumSizeHint().width())));
    host.resize(bar->minimumSizeHint().width(), 300);
    QCoreApplication::processEvents();
    QVERIFY(bar->isStacked());
    QVERIFY(bar->sizeHint().height() > oneRow);
    QTRY_VERIFY(bar->height() >= bar->sizeHint().height());
    for (const QWidget *w : bar->findChildren<QWidget *>()) {
        if (w->isVisible())
            QVERIFY2(inside(w, bar), qPrintable(QString::fromLatin1(w->metaObject()->className())));
    }
    host.resize(1900, 300);
    QCoreApplication::processEvents();
    QVERIFY(!bar->isStacked());
}

void TestScreenFit::longFilterWrapsItsChips()
{
    LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("de")), QStringLiteral("de"));
    QScreen *small = screenNamed(QStringLiteral("small"));
    MainWindow window(m_db, MainWindow::Headless);
    window.fitTo(small->availableGeometry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Filter filter;
    filter.datasets = {QStringLiteral("294_satellite_image"),
                       QStringLiteral("wine_quality_white"),
                       QStringLiteral("505_tecator"),
                       QStringLiteral("529_pollen"),
                       QStringLiteral("banana"),
                       QStringLiteral("mnist")};
    filter.shapes = {QStringLiteral("rectangle_residual"), QStringLiteral("wide_first_2x")};
    filter.depthMin = 3;
    window.applyFilter(filter, QStringLiteral("many"));
    QCoreApplication::processEvents();
    const QList<QToolButton *> chips = window.filterBar()->findChildren<QToolButton *>(QStringLiteral("chip"));
    QCOMPARE(chips.size(), 9);
    QTRY_VERIFY(chips.first()->isVisible());
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= kLargestMinimum.width(), qPrintable(QString::number(minimum.width())));
    QCOMPARE(window.size(), small->availableGeometry().size());
    // Several rows, every chip whole and inside the bar and the window.
    QSet<int> rows;
    for (const QToolButton *chip : chips) {
        rows.insert(chip->y());
        QVERIFY2(inside(chip, window.filterBar()) && inside(chip, &window), qPrintable(chip->text()));
        QCOMPARE(chip->width(), chip->sizeHint().width());
    }
    QVERIFY(rows.size() >= 2);
    const QString out = QDir(QStringLiteral(WATTPRINT_OUTPUT_DIR)).filePath(QStringLiteral("screenfit-chips-de.png"));
    QVERIFY(window.grab().save(out));
    qInfo("long filter: %s", qPrintable(out));
}

void TestScreenFit::screenshotIsTheAskedSize()
{
    for (const QString &size : {QStringLiteral("1280x800"), QStringLiteral("1024x768")}) {
        const QString out
            = QDir(QStringLiteral(WATTPRINT_OUTPUT_DIR)).filePath(QStringLiteral("screenfit-%1-de.png").arg(size));
        QFile::remove(out);
        QCOMPARE(RenderCommands::screenshot({QStringLiteral("wattprint"), QStringLiteral("--db"), m_db,
                                             QStringLiteral("--out"), out, QStringLiteral("--size"), size,
                                             QStringLiteral("--lang"), QStringLiteral("de")}),
                 0);
        const QStringList wh = size.split(QLatin1Char('x'));
        QCOMPARE(QImage(out).size(), QSize(wh.at(0).toInt(), wh.at(1).toInt()));
    }
}

// The offscreen platform's screens come from a configuration file named in the platform
// argument; without it there is one 800x600 screen.
int main(int argc, char **argv)
{
    QJsonArray screens;
    for (const ScreenSpec &spec : kScreens) {
        screens.append(QJsonObject{{QStringLiteral("name"), QLatin1String(spec.name)},
                                   {QStringLiteral("x"), spec.x},
                                   {QStringLiteral("y"), 0},
                                   {QStringLiteral("width"), spec.width},
                                   {QStringLiteral("height"), spec.height},
                                   {QStringLiteral("logicalDpi"), 96},
                                   {QStringLiteral("logicalBaseDpi"), 96},
                                   {QStringLiteral("dpr"), 1}});
    }
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("screens.json"));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), screens}}).toJson());
    }
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Wattprint"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenfit"));
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
