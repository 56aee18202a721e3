// German and French are complete: lupdate run over today's sources finds no string without a
// translation, every translation keeps the source's placeholders, and switching the language
// at run time retranslates open windows.
#include "../support/demostorecache.h"

#include <filterbar.h>
#include <languagemanager.h>
#include <mainwindow.h>
#include <viewpanel.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
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

// Every text a user can see in the window or its menus, tool tips included, tagged with where
// it was found. Rich text is read as the plain text it shows; mnemonics are dropped.
QList<QPair<QString, QString>> visibleTexts(QWidget *window)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&texts](const QObject *where, QString text) {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text.remove(QLatin1Char('&'));
        text = text.trimmed();
        if (!text.isEmpty())
            texts.append(
                {QString::fromLatin1(where->metaObject()->className()) + QLatin1Char(' ') + where->objectName(), text});
    };
    add(window, window->windowTitle());
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        add(w, w->toolTip());
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(w, w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, tabs->tabText(i));
                add(w, tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(w, model->headerData(c, Qt::Horizontal).toString());
        }
    }
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *a : actions) {
        add(a, a->text());
        add(a, a->toolTip());
    }
    return texts;
}

// The catalogue's English sources that the language translates differently, as patterns: a
// placeholder matches any text, so a sentence built with arguments is found too. Sources with
// fewer than four letters of their own are too short to tell languages apart.
struct EnglishSources
{
    QSet<QString> exact;                // sources without placeholders
    QList<QRegularExpression> patterns; // sources with them
    QSet<QString> translations;         // every translation: words both languages share pass

    // The English source that \a text shows, or an empty string.
    QString match(const QString &text) const
    {
        if (translations.contains(text))
            return {};
        if (exact.contains(text))
            return text;
        for (const QRegularExpression &re : patterns) {
            if (re.match(text).hasMatch())
                return re.pattern();
        }
        return {};
    }
};

EnglishSources untranslatedSources(const QString &language)
{
    QString error;
    const QList<Message> messages = readTs(
        QStringLiteral(WATTPRINT_SOURCE_DIR "/translations/wattprint_%1.ts").arg(language), &error);
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d+|n)"));
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    EnglishSources sources;
    for (const Message &m : messages) {
        for (QString t : m.translations) {
            t.remove(QLatin1Char('&'));
            sources.translations.insert(t.trimmed());
        }
        QString source = m.source;
        source.remove(QLatin1Char('&'));
        source = source.trimmed();
        if (m.translations.contains(m.source))
            continue;
        QString own = source;
        own.remove(placeholder);
        if (own.count(letter) < 4)
            continue;
        if (own == source) {
            sources.exact.insert(source);
            continue;
        }
        QString pattern;
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(source); it.hasNext();) {
            const auto match = it.next();
            pattern += QRegularExpression::escape(source.mid(at, match.capturedStart() - at)) + QStringLiteral(".*");
            at = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(at));
        sources.patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                   QRegularExpression::DotMatchesEverythingOption));
    }
    return sources;
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
    void noEnglishLeftAfterRuntimeSwitch();
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

void TestTranslations::noEnglishLeftAfterRuntimeSwitch()
{
    // The window opens in English and is switched while running: no text anywhere in it (labels,
    // buttons, combo items, tabs, headers, menus, tool tips) may still be an English source that
    // the catalogue translates. Proper names and units are their own translation, so they pass.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(DemoOptions(), db, &error), qPrintable(error));
    LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
    MainWindow window(db, MainWindow::Headless);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);

    // The check must see English where English is shown.
    const EnglishSources germanSources = untranslatedSources(QStringLiteral("de"));
    int englishSeen = 0;
    for (const auto &[where, text] : visibleTexts(&window))
        englishSeen += !germanSources.match(text).isEmpty();
    QVERIFY2(englishSeen > 100, qPrintable(QString::number(englishSeen)));

    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QCOMPARE(languages.apply(language), language);
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 60000);
        const EnglishSources english = untranslatedSources(language);
        QStringList left;
        for (const auto &[where, text] : visibleTexts(&window)) {
            const QString source = english.match(text);
            if (!source.isEmpty())
                left << QStringLiteral("%1: \"%2\" (as \"%3\")").arg(where, text.left(80), source.left(60));
        }
        left.removeDuplicates();
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 English texts left, e.g.\n%3")
                                .arg(language)
                                .arg(left.size())
                                .arg(left.mid(0, 25).join(QLatin1Char('\n')))));
    }
    languages.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
