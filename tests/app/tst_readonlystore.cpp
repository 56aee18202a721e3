// The main window on a store that may only be read (docs/postgresql-admin.md, "What a viewer
// sees"): an SQLite file without write permission in a folder without it, and a server store
// opened as a role without INSERT. File > Import..., Get BUTTER-E data and Remove demo data are
// disabled with the reason in their tooltips and status tips, the title and the status bar say
// read-only, an import attempt (the import itself, or files dropped on the window) is refused with
// the reason and writes nothing. Pictures in English and German go to WATTPRINT_OUTPUT_DIR. Also
// the recent-servers list of File > Connect to server... (addresses only). The server slot skips
// unless WATTPRINT_TEST_POSTGRES names one (bash scripts/with-postgres.sh ctest -R tst_readonlystore).
#include "../support/demostorecache.h"
#include "../support/pgtestserver.h"

#include <languagemanager.h>
#include <mainwindow.h>
#include <preferences.h>
#include <runtablemodel.h>
#include <store.h>

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QUrl>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

using namespace wattprint;

namespace {

const DemoOptions SmallDemo{20221001, 3000, 2};

// Root may write any file, whatever its mode: the read-only file is only read-only to another
// user. As root, the process becomes "nobody" (real and effective ids, so access() agrees) for
// this object's life and keeps root as its saved id to come back.
class Unprivileged
{
public:
    Unprivileged()
    {
        if (geteuid() != 0)
            return;
        const passwd *nobody = getpwnam("nobody");
        if (!nobody)
            return;
        m_dropped = setresgid(nobody->pw_gid, nobody->pw_gid, 0) == 0
            && setresuid(nobody->pw_uid, nobody->pw_uid, 0) == 0;
    }
    ~Unprivileged() { restore(); }
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

    void restore()
    {
        if (!m_dropped)
            return;
        m_dropped = false;
        if (setresuid(0, 0, 0) != 0 || setresgid(0, 0, 0) != 0)
            qFatal("cannot become root again");
    }
    // True when the files' modes bind this process (not root, or no longer root).
    static bool modesApply() { return geteuid() != 0; }

private:
    bool m_dropped = false;
};

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// Sends a drag of `file` over the window; whether the window takes it.
bool dragIsAccepted(MainWindow &window, const QString &file)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent event(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    event.setAccepted(false);
    QCoreApplication::sendEvent(&window, &event);
    return event.isAccepted();
}

// The File menu opened, with the Import action's tooltip shown beside it.
QImage menuPicture(MainWindow &window)
{
    QMenu *menu = window.menuBar()->actions().first()->menu();
    menu->popup(QPoint(0, 0));
    QTest::qWait(50);
    QAction *import = action(window, "importAction");
    const QRect item = menu->actionGeometry(import);
    QToolTip::showText(menu->mapToGlobal(item.center()), import->toolTip(), menu);
    QTest::qWait(50);
    const QImage list = menu->grab().toImage();
    QImage tip;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            tip = w->grab().toImage();
    }
    QToolTip::hideText();
    menu->hide();
    QImage picture(list.width() + tip.width() + 8, std::max(list.height(), tip.height() + item.center().y()),
                   QImage::Format_ARGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.drawImage(0, 0, list);
    if (!tip.isNull())
        painter.drawImage(list.width() + 8, item.center().y(), tip);
    return picture;
}

} // namespace

class TestReadOnlyStore : public QObject
{
    Q_OBJECT

private:
    // Checks the window on a read-only store whose reason contains `reason`, tries to import
    // `file`, and keeps pictures named `name` in English and German for savePictures().
    void checkReadOnlyWindow(MainWindow &window, const QString &reason, const QString &file, const QString &name);

    // Saved by the slot once it may write the output folder again (it may run as another user).
    void savePictures();
    struct Pictures
    {
        QString name;
        QImage english;
        QImage german;
    };
    QList<Pictures> m_pictures;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_csv;

private slots:
    void initTestCase();
    void writableStoreOffersImport();
    void readOnlyFileRefusesImport();
    void readOnlyRoleRefusesImport();
    void recentServersKeepAddressesOnly();
};

void TestReadOnlyStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the user's layouts and preferences stay out
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(SmallDemo, m_demo, &error), qPrintable(error));
    // A copy beside the stores: the source tree may sit in a folder only its owner can enter
    // (CI's clean clone does), and the file must be visible to the user the test becomes.
    m_csv = m_dir.filePath(QStringLiteral("node_sinfo_excerpt.csv"));
    QVERIFY(QFile::copy(QStringLiteral(WATTPRINT_EXCERPTS "/node_sinfo_excerpt.csv"), m_csv));
    QVERIFY(QFile::setPermissions(m_csv, QFileDevice::ReadOwner | QFileDevice::ReadOther));
    // Every later slot may run as another user: the fixtures must be readable to it.
    QFile::setPermissions(m_dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
}

// The control: a store that may be written offers import, without a reason anywhere.
void TestReadOnlyStore::writableStoreOffersImport()
{
    const QString path = m_dir.filePath(QStringLiteral("writable.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    MainWindow window(path, MainWindow::Headless);
    QVERIFY(window.store() && !window.store()->isReadOnly());
    QVERIFY(window.readOnlyMessage().isEmpty());
    for (const char *name : {"importAction", "getButterEAction"}) {
        QAction *a = action(window, name);
        QVERIFY2(a && a->isEnabled(), name);
        QVERIFY(!a->toolTip().contains(QLatin1String("only read")));
    }
    QVERIFY(action(window, "removeDemoAction")->isEnabled()); // the demo store is synthetic
    QVERIFY(!window.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isHidden());
    QVERIFY(dragIsAccepted(window, m_csv));
    // Files dropped on the window are imported (at once when headless).
    const qsizetype imports = window.store()->imports().size();
    window.importDroppedFiles({m_csv});
    QVERIFY(window.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QCOMPARE(window.store()->imports().size(), imports + 1);
}

void TestReadOnlyStore::readOnlyFileRefusesImport()
{
    // A folder of its own that nobody may write, holding a file nobody may write.
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/demo.sqlite");
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QByteArray before = digest(path);
    const QStringList filesBefore = QDir(folder).entryList(QDir::Files);
    {
        Unprivileged user;
        if (!Unprivileged::modesApply())
            QSKIP("running as root, and there is no user 'nobody' to read the file as");
        {
            MainWindow window(path, MainWindow::Headless);
            QVERIFY(window.store() && window.store()->isOpen());
            QVERIFY(window.store()->isReadOnly());
            QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 3000, 30000); // reads work
            checkReadOnlyWindow(window, window.store()->readOnlyReason(), m_csv, QStringLiteral("readonly-file"));
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(window.readOnlyMessage().contains(QLatin1String("not writable")),
                     qPrintable(window.readOnlyMessage()));
        }
        user.restore();
    }
    savePictures();
    // Not a byte written, not a file made beside it.
    QCOMPARE(digest(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestReadOnlyStore::readOnlyRoleRefusesImport()
{
    WATTPRINT_REQUIRE_POSTGRES();
    testsupport::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QString error;
    {
        Store lite(m_demo), server(db.url());
        QVERIFY2(lite.open(&error), qPrintable(error));
        QVERIFY2(server.open(&error), qPrintable(error));
        QVERIFY2(testsupport::copyStoreRows(&lite, &server, &error), qPrintable(error));
    }
    const QString viewer = db.createRole();
    QVERIFY2(!viewer.isEmpty(), qPrintable(db.error()));
    QVERIFY2(db.exec({QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer),
                      QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer)}),
             qPrintable(db.error()));
    auto counts = [&db]() {
        Store owner(db.url());
        QString why;
        if (!owner.open(&why))
            return QStringLiteral("cannot open: ") + why;
        QSqlQuery q(owner.database());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM imports), "
                                   "(SELECT count(*) FROM nodes)"))
            || !q.next())
            return q.lastError().text();
        return QStringLiteral("%1 %2 %3")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong())
            .arg(q.value(2).toLongLong());
    };
    const QString before = counts();
    {
        MainWindow window(db.urlAs(viewer), MainWindow::Headless);
        QVERIFY(window.store() && window.store()->isOpen());
        QVERIFY(window.store()->isReadOnly());
        QTRY_COMPARE_WITH_TIMEOUT(window.runModel()->totalCount(), 3000, 30000);
        QVERIFY2(window.readOnlyMessage().contains(viewer), qPrintable(window.readOnlyMessage()));
        checkReadOnlyWindow(window, viewer, m_csv, QStringLiteral("readonly-role"));
        if (QTest::currentTestFailed())
            return;
    }
    savePictures();
    QCOMPARE(counts(), before);
}

void TestReadOnlyStore::checkReadOnlyWindow(MainWindow &window, const QString &reason, const QString &file,
                                            const QString &name)
{
    const QString message = window.readOnlyMessage();
    QVERIFY2(message.startsWith(QLatin1String("Importing is not allowed: ")) && message.contains(reason)
                 && message.endsWith(QLatin1String("Ask the store's owner to import.")),
             qPrintable(message));
    for (const char *id : {"importAction", "getButterEAction", "removeDemoAction"}) {
        QAction *a = action(window, id);
        QVERIFY2(a, id);
        QVERIFY2(!a->isEnabled(), id);
        QCOMPARE(a->toolTip(), message);
        QCOMPARE(a->statusTip(), message);
    }
    QVERIFY(action(window, "connectAction")->isEnabled());
    QVERIFY2(window.windowTitle().contains(QLatin1String("read-only")), qPrintable(window.windowTitle()));
    auto *label = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(label && !label->isHidden());
    QCOMPARE(label->text(), QStringLiteral("Read-only"));
    QCOMPARE(label->toolTip(), message);

    // An import attempt, however it comes, is refused with the reason and starts nothing.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Import: Importing is not allowed")));
    window.importFiles({file}, false, QTimeZone::utc());
    QVERIFY(!window.isBusy());
    QVERIFY2(window.statusBar()->currentMessage() == message, qPrintable(window.statusBar()->currentMessage()));
    window.statusBar()->clearMessage();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Import: Importing is not allowed")));
    window.importDroppedFiles({file});
    QVERIFY(!window.isBusy());
    QCOMPARE(window.statusBar()->currentMessage(), message);
    // A drag of files is not taken, and the status bar says why.
    window.statusBar()->clearMessage();
    QVERIFY(!dragIsAccepted(window, file));
    QCOMPARE(window.statusBar()->currentMessage(), message);
    // The disabled action does nothing when triggered (its shortcut neither).
    action(window, "importAction")->trigger();
    QVERIFY(!window.isBusy());

    // Pictures to look at (the window, and its File menu with a disabled action's tooltip), then
    // the same in German: the actions stay disabled with their reason.
    window.statusBar()->clearMessage(); // shown before the window was: it would cover the counts
    window.fitTo(QRect(0, 0, 1280, 800));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    const QImage english = window.grab().toImage();
    const QImage englishMenu = menuPicture(window);
    LanguageManager languages;
    languages.apply(QStringLiteral("de"));
    // The language change reaches the window as a posted event.
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QTRY_VERIFY_WITH_TIMEOUT(window.allVisibleViewsReady(), 120000);
    for (const char *id : {"importAction", "getButterEAction", "removeDemoAction"}) {
        QAction *a = action(window, id);
        QVERIFY2(!a->isEnabled(), id);
        QVERIFY2(a->toolTip().contains(reason), qPrintable(a->toolTip()));
    }
    QVERIFY(!label->isHidden() && label->toolTip().contains(reason));
    const QImage german = window.grab().toImage();
    const QImage germanMenu = menuPicture(window);
    languages.apply(QStringLiteral("en"));
    m_pictures.append({name, english, german});
    m_pictures.append({name + QStringLiteral("-menu"), englishMenu, germanMenu});
}

void TestReadOnlyStore::savePictures()
{
    for (const Pictures &p : std::as_const(m_pictures)) {
        QVERIFY(p.english.save(QStringLiteral(WATTPRINT_OUTPUT_DIR "/%1-en.png").arg(p.name)));
        QVERIFY(p.german.save(QStringLiteral(WATTPRINT_OUTPUT_DIR "/%1-de.png").arg(p.name)));
    }
    m_pictures.clear();
}

void TestReadOnlyStore::recentServersKeepAddressesOnly()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Preferences preferences(&settings);
    QVERIFY(preferences.recentServers().isEmpty());
    preferences.addRecentServer(QStringLiteral("postgresql://viewer@db.example.org:5432/energy"));
    preferences.addRecentServer(QStringLiteral("postgresql://owner@db.example.org:5432/energy"));
    // A password is never kept, nor a file path.
    preferences.addRecentServer(QStringLiteral("postgresql://viewer:secret@db.example.org:5432/energy"));
    preferences.addRecentServer(QStringLiteral("/tmp/demo.sqlite"));
    // Again: moves to the front, not listed twice.
    preferences.addRecentServer(QStringLiteral("postgresql://viewer@db.example.org:5432/energy"));
    QCOMPARE(preferences.recentServers(),
             QStringList({QStringLiteral("postgresql://viewer@db.example.org:5432/energy"),
                          QStringLiteral("postgresql://owner@db.example.org:5432/energy")}));
    for (int i = 0; i < 20; ++i)
        preferences.addRecentServer(QStringLiteral("postgresql://u%1@host/db").arg(i));
    QCOMPARE(preferences.recentServers().size(), Preferences::MaxRecentServers);
    QCOMPARE(preferences.recentServers().first(), QStringLiteral("postgresql://u19@host/db"));
    // A settings file edited by hand with a password in it gives it back to nobody.
    settings.setValue(
        Preferences::Key::recentServers(),
        QStringList{QStringLiteral("postgresql://a:pw@host/db"), QStringLiteral("postgresql://b@host/db")});
    QCOMPARE(preferences.recentServers(), QStringList{QStringLiteral("postgresql://b@host/db")});
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("secret"));
}

QTEST_MAIN(TestReadOnlyStore)
#include "tst_readonlystore.moc"
