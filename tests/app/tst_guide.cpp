// Help > User guide: built in, covering every view (its own question and how-to-read text), the
// download and import of the real files, layouts, printing and the factors' sources, with the
// screenshot shown; grabbed to PNG to be looked at.
#include <carbon.h>
#include <guidewindow.h>
#include <languagemanager.h>
#include <mainwindow.h>
#include <viewpanel.h>

#include <QAction>
#include <QMenuBar>
#include <QRegularExpression>
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
    void completeInGermanAndFrench_data();
    void completeInGermanAndFrench();
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

void TestGuide::completeInGermanAndFrench_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("topics");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("Erste Schritte"), QStringLiteral("Datei &gt; Importieren..."),
                                       QStringLiteral("Auf Standard-Layout zurücksetzen"),
                                       QStringLiteral("1,11 g CO2e"), QStringLiteral("Strg+Tab")};
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("Premiers pas"), QStringLiteral("Fichier &gt; Importer..."),
                                       QStringLiteral("Rétablir la disposition par défaut"),
                                       QStringLiteral("1,11 g CO2e"), QStringLiteral("Ctrl+Maj+Tab")};
}

void TestGuide::completeInGermanAndFrench()
{
    // The whole guide, not only the views' sections, in the language; with the English page's
    // sections and anchors, so no topic is missing from a translation.
    QFETCH(QString, language);
    QFETCH(QStringList, topics);
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    const QString english = GuideWindow::html(window.views());
    LanguageManager languages;
    QCOMPARE(languages.apply(language), language);
    const QString html = GuideWindow::html(window.views());
    languages.apply(QStringLiteral("en"));

    static const QRegularExpression anchor(QStringLiteral("<a (?:name|href)=\"#?([a-z]+)\""));
    const auto anchors = [](const QString &page) {
        QStringList found;
        for (auto it = anchor.globalMatch(page); it.hasNext();)
            found << it.next().captured(1);
        return found;
    };
    QVERIFY(anchors(english).size() >= 18);
    QCOMPARE(anchors(html), anchors(english));
    QCOMPARE(html.count(QLatin1String("<h2>")), english.count(QLatin1String("<h2>")));
    QCOMPARE(html.count(QLatin1String("<tr><td><b>")), english.count(QLatin1String("<tr><td><b>")));
    for (const QString &topic : topics)
        QVERIFY2(html.contains(topic), qPrintable(topic));
    for (const char *englishOnly : {"Getting started", "Selecting and filtering",
                                    "Where the conversion factors come from", "Printing, exporting and reports"})
        QVERIFY2(!html.contains(QLatin1String(englishOnly)), englishOnly);
    for (const char *kept :
         {"https://data.openei.org/submissions/5991", "runs_with_standardized_energy.csv.zip", "doi:10.25984/2329316"})
        QVERIFY2(html.contains(QLatin1String(kept)), kept);
    for (const RegionPreset &p : regionPresets())
        QVERIFY2(html.contains(p.source.toHtmlEscaped()), qPrintable(p.id));
    QVERIFY(!html.contains(QLatin1String("{{")));
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
