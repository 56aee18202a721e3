// German and French are complete: lupdate run over today's sources finds no string without a
// translation, every translation keeps the source's placeholders, and switching the language
// at run time retranslates open windows.
#include "../support/demostorecache.h"

#include <filterbar.h>
#include <languagemanager.h>
#include <mainwindow.h>
#include <viewpanel.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace wattprint;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete");
            // Either text, or <numerusform> children.
            QString text;
            QStringList forms;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

QString translationOf(const QString &language, const QString &context, const QString &source)
{
    QString error;
    const QList<Message> messages = readTs(
        QStringLiteral(WATTPRINT_SOURCE_DIR "/translations/wattprint_%1.ts").arg(language), &error);
    for (const Message &m : messages) {
        if (m.context == context && m.source == source)
            return m.translations.value(0);
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueComplete_data();
    void catalogueComplete();
    void placeholdersKept_data();
    void placeholdersKept();
    void runtimeSwitchRetranslatesOpenWindows();
    void runtimeSwitchReachesTitleFilterFindingsAndQtButtons();
    void qtStandardButtonsTranslated();
    void englishPluralsRead();
};

void TestTranslations::catalogueComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en (plural forms only)") << QStringLiteral("en");
}

void TestTranslations::catalogueComplete()
{
    QFETCH(QString, language);
    // lupdate over the sources as they are now, into a copy: a string added to the code and
    // not to the catalogue shows up as unfinished here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("wattprint_%1.ts").arg(language));
    QVERIFY(QFile::copy(QStringLiteral(WATTPRINT_SOURCE_DIR "/translations/wattprint_%1.ts").arg(language), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    const bool english = language == QLatin1String("en");
    if (english) // English keeps only the messages with a count
        args << QStringLiteral("-pluralonly");
    const QStringList folders{QStringLiteral("analysis"), QStringLiteral("models"), QStringLiteral("views"),
                              QStringLiteral("app")};
    for (const QString &f : folders)
        args << QStringLiteral("-I") << QStringLiteral(WATTPRINT_SOURCE_DIR "/") + f;
    for (const QString &f : folders)
        args << QStringLiteral(WATTPRINT_SOURCE_DIR "/") + f;
    args << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral(WATTPRINT_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (english ? 40 : 1000));
    QStringList missing;
    for (const Message &m : messages) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.unfinished || empty)
            missing << QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(80));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 strings have no %3 translation, e.g.\n%4")
                            .arg(missing.size())
                            .arg(messages.size())
                            .arg(language, missing.mid(0, 15).join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersKept_data()
{
    catalogueComplete_data();
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(
        QStringLiteral(WATTPRINT_SOURCE_DIR "/translations/wattprint_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &m : messages) {
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                wrong << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(m.context, m.source, t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestTranslations::runtimeSwitchRetranslatesOpenWindows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(dir.filePath(QStringLiteral("demo.sqlite")), MainWindow::Headless);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 120000);
    QMenu *file = window.menuBar()->actions().value(0) ? window.menuBar()->actions().value(0)->menu() : nullptr;
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    ViewPanel *distribution = window.view(QStringLiteral("distribution"));
    QVERIFY(distribution);
    const QString englishNugget = distribution->nugget();
    const QString englishDock = window.dock(QStringLiteral("distribution"))->windowTitle();

    LanguageManager languages;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QCOMPARE(languages.apply(language), language);
        QCoreApplication::processEvents();
        const QString expected = translationOf(language, QStringLiteral("wattprint::MainWindow"),
                                               QStringLiteral("&File"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(file->title(), expected);
        QVERIFY(distribution->nugget() != englishNugget);
        QCOMPARE(distribution->nugget(),
                 translationOf(language, QStringLiteral("wattprint::DistributionView"), englishNugget));
        QVERIFY(window.dock(QStringLiteral("distribution"))->windowTitle() != englishDock);
    }
    QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(distribution->nugget(), englishNugget);
}

void TestTranslations::runtimeSwitchReachesTitleFilterFindingsAndQtButtons()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(DemoOptions(), db, &error), qPrintable(error));
    MainWindow window(db, MainWindow::Headless);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    ViewPanel *distribution = window.view(QStringLiteral("distribution"));
    const QString englishTitle = window.windowTitle();
    const QString englishFinding = distribution->finding();
    QVERIFY(englishTitle.contains(QLatin1String("synthetic")));
    QVERIFY(!englishFinding.isEmpty());
    auto *sizeMin = window.filterBar()->findChild<QComboBox *>(QStringLiteral("sizeMin"));
    QVERIFY(sizeMin);
    QCOMPARE(sizeMin->itemText(0), QStringLiteral("any"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    const QString englishCancel = buttons.button(QDialogButtonBox::Cancel)->text();

    LanguageManager languages;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QCOMPARE(languages.apply(language), language);
        QCoreApplication::processEvents();
        // The window title names the source in the new language.
        QVERIFY2(window.windowTitle() != englishTitle && !window.windowTitle().contains(QLatin1String("synthetic")),
                 qPrintable(window.windowTitle()));
        // The filter bar's "any".
        const QString any = translationOf(language, QStringLiteral("wattprint::FilterBar"), QStringLiteral("any"));
        QVERIFY(!any.isEmpty() && any != QLatin1String("any"));
        QCOMPARE(sizeMin->itemText(0), any);
        // Findings are made again in the new language.
        QTRY_VERIFY_WITH_TIMEOUT(distribution->isReady() && distribution->finding() != englishFinding, 60000);
        // Qt's own buttons, from Qt's catalogue, also in a dialog open during the switch.
        QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text() != englishCancel,
                 qPrintable(buttons.button(QDialogButtonBox::Cancel)->text()));
    }
    QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.windowTitle(), englishTitle);
    QCOMPARE(sizeMin->itemText(0), QStringLiteral("any"));
    QTRY_VERIFY_WITH_TIMEOUT(distribution->isReady() && distribution->finding() == englishFinding, 60000);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), englishCancel);
}

void TestTranslations::qtStandardButtonsTranslated()
{
    // Qt's catalogues come with the system (Debian's qt6-translations-l10n): standard buttons of
    // message boxes, input and file dialogs say what Qt's translators wrote.
    LanguageManager languages;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's own catalogues are missing: install qt6-translations-l10n");
        QCOMPARE(languages.apply(language), language);
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes
                             | QDialogButtonBox::No | QDialogButtonBox::RestoreDefaults);
        const QList<QPair<QDialogButtonBox::StandardButton, const char *>> expected = {
            {QDialogButtonBox::Cancel, "Cancel"},
            {QDialogButtonBox::Yes, "&Yes"},
            {QDialogButtonBox::No, "&No"},
            {QDialogButtonBox::RestoreDefaults, "Restore Defaults"}};
        for (const auto &[button, source] : expected) {
            const QString translated = qt.translate("QPlatformTheme", source);
            QVERIFY2(!translated.isEmpty() && translated != QLatin1String(source), source);
            QCOMPARE(box.button(button)->text(), translated);
        }
    }
    languages.apply(QStringLiteral("en"));
}

void TestTranslations::englishPluralsRead()
{
    // Without the English catalogue Qt shows the source, "1 run(s) excluded".
    LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("wattprint::FilterChips", "%n run(s) excluded", nullptr, 1),
             QStringLiteral("1 run excluded"));
    QCOMPARE(QCoreApplication::translate("wattprint::FilterChips", "%n run(s) excluded", nullptr, 3),
             QStringLiteral("3 runs excluded"));
    QCOMPARE(QCoreApplication::translate("wattprint::LeaderboardView",
                                         "%n configuration(s) have no energy per datum and are not ranked.", nullptr,
                                         1),
             QStringLiteral("1 configuration has no energy per datum and is not ranked."));
    // Other strings stay as written.
    QCOMPARE(QCoreApplication::translate("wattprint::ViewPanel", "How to read"), QStringLiteral("How to read"));
    languages.apply(QStringLiteral("de"));
    QVERIFY(QCoreApplication::translate("wattprint::FilterChips", "%n run(s) excluded", nullptr, 1)
            != QStringLiteral("1 run excluded"));
    languages.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
