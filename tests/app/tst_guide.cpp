// Help > User guide: built in, covering every view (its own question and how-to-read text), the
// download and import of the real files, layouts, printing and the factors' sources, with the
// screenshot shown; grabbed to PNG to be looked at.
#include <carbon.h>
#include <guidewindow.h>
#include <mainwindow.h>
#include <viewpanel.h>

#include <QAction>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace wattprint;

class TestGuide : public QObject
{
    Q_OBJECT

private slots:
    void coversEveryViewAndTopic();
    void opensFromHelpMenuAndShowsScreenshot();
};

void TestGuide::coversEveryViewAndTopic()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    const QString html = GuideWindow::html(window.views());
    for (const ViewPanel *v : window.views()) {
        QVERIFY2(html.contains(v->nugget().toHtmlEscaped()), qPrintable(v->viewId()));
        QVERIFY2(html.contains(v->title().toHtmlEscaped()), qPrintable(v->viewId()));
    }
    for (const char *topic : {"https://data.openei.org/submissions/5991", "runs_with_standardized_energy.csv.zip",
                              "File &gt; Import...", "Reset to default layout", "Export report...",
                              "Where the conversion factors come from", "1.11 g CO2e", "synthetic demo data"})
        QVERIFY2(html.contains(QLatin1String(topic)), topic);
    for (const RegionPreset &p : regionPresets())
        QVERIFY2(html.contains(p.source.toHtmlEscaped()), qPrintable(p.id));
    QVERIFY(!html.contains(QLatin1String("{{")));
}

void TestGuide::opensFromHelpMenuAndShowsScreenshot()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    QAction *guide = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
                guide = a;
        }
    }
    QVERIFY(guide);
    guide->trigger();
    auto *w = window.findChild<GuideWindow *>();
    QVERIFY(w);
    QVERIFY(w->isVisible());
    // The screenshot is in the resources and the page lays it out at its width.
    const QVariant image = w->browser()->document()->resource(QTextDocument::ImageResource,
                                                              QUrl(QStringLiteral("qrc:/guide/main-window.png")));
    QVERIFY(image.isValid());
    QVERIFY(w->browser()->document()->size().height() > 3000);
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
    const QString out = QStringLiteral(WATTPRINT_OUTPUT_DIR "/guide.png");
    QVERIFY(w->grab().save(out));
    qInfo("guide: %s", qPrintable(out));
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
