#include <layoutcombo.h>
#include <layoutmanager.h>
#include <viewpanel.h>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using wattprint::LayoutManager;

namespace {

// The smallest view: its state fragment is two values the test changes.
class TestView : public wattprint::ViewPanel
{
public:
    explicit TestView(const QString &id, QWidget *parent = nullptr)
        : ViewPanel(id, parent)
        , m_id(id)
    {
        // Without a service a view says so when it first computes, which for a back tab is only
        // when it comes to the front; showing it from the start keeps every dock's size the same
        // whichever tab is in front, so layouts compare byte for byte.
        setMessage(u"No data to analyse: open or import a store first."_s);
    }
    QString title() const override { return m_id; }
    QString nugget() const override { return u"What does %1 show?"_s.arg(m_id); }
    QString howToRead() const override { return u"Read it."_s; }
    QJsonObject saveState() const override { return {{u"metric"_s, metric}, {u"bins"_s, bins}}; }
    void restoreState(const QJsonObject &state) override
    {
        metric = state.value(u"metric"_s).toString(u"energy"_s);
        bins = state.value(u"bins"_s).toInt(30);
    }

    QString metric = u"energy"_s;
    int bins = 30;

protected:
    void requestData() override {}

private:
    QString m_id;
};

// A main window with three docked views and a default arrangement.
struct Workspace
{
    explicit Workspace(QSettings *settings)
    {
        window.setCentralWidget(new QLabel(u"central"_s));
        const QStringList ids = {u"alpha"_s, u"beta"_s, u"gamma"_s};
        for (const QString &id : ids) {
            auto *dock = new QDockWidget(id, &window);
            dock->setObjectName(u"dock-"_s + id);
            auto *view = new TestView(id, dock);
            dock->setWidget(view);
            docks << dock;
            views << view;
        }
        applyDefault();
        manager = std::make_unique<LayoutManager>(
            &window,
            [this] {
                QList<wattprint::ViewPanel *> list;
                for (TestView *v : views)
                    list << v;
                return list;
            },
            [this] { applyDefault(); }, settings);
        // Away from the screen's top edge: the offscreen platform draws no title bar, and
        // QWidget::restoreGeometry() moves a window whose title bar would be off screen (a
        // window at y = 0 here), which a real window manager never asks it to do.
        window.move(80, 60);
        window.resize(900, 600);
        window.show();
    }

    void applyDefault()
    {
        ++defaultCalls;
        for (QDockWidget *dock : docks) {
            dock->setFloating(false);
            dock->show();
        }
        window.addDockWidget(Qt::LeftDockWidgetArea, docks[0]);
        window.addDockWidget(Qt::RightDockWidgetArea, docks[1]);
        window.tabifyDockWidget(docks[1], docks[2]);
        for (TestView *v : views)
            v->restoreState({});
    }

    // A layout unlike the default.
    void rearrange()
    {
        window.addDockWidget(Qt::BottomDockWidgetArea, docks[2]);
        window.addDockWidget(Qt::TopDockWidgetArea, docks[1]);
        docks[0]->hide();
        window.resizeDocks({docks[2]}, {220}, Qt::Vertical);
        views[0]->metric = u"power"_s;
        views[1]->bins = 64;
        views[2]->metric = u"run_time"_s;
        views[2]->bins = 12;
    }

    QByteArray bytes() const
    {
        QCoreApplication::processEvents();
        return LayoutManager::serialize(manager->capture());
    }

    QMainWindow window;
    QList<QDockWidget *> docks;
    QList<TestView *> views;
    std::unique_ptr<LayoutManager> manager;
    int defaultCalls = 0;
};

// Names the fields that differ (and the first differing byte of the decoded blobs), so a
// failure says what moved.
QString describeDifference(const QByteArray &a, const QByteArray &b)
{
    const QJsonObject x = QJsonDocument::fromJson(a).object();
    const QJsonObject y = QJsonDocument::fromJson(b).object();
    QStringList out;
    for (const QString &key : {u"dockState"_s, u"geometry"_s}) {
        const QByteArray p = QByteArray::fromBase64(x.value(key).toString().toLatin1());
        const QByteArray q = QByteArray::fromBase64(y.value(key).toString().toLatin1());
        if (p == q)
            continue;
        qsizetype i = 0;
        while (i < p.size() && i < q.size() && p[i] == q[i])
            ++i;
        out << u"%1 differs at byte %2 of %3/%4: %5 vs %6"_s.arg(key).arg(i).arg(p.size()).arg(q.size()).arg(
            QString::fromLatin1(p.mid(i, 16).toHex()), QString::fromLatin1(q.mid(i, 16).toHex()));
    }
    if (x.value(u"views"_s) != y.value(u"views"_s))
        out << u"views differ"_s;
    return out.join(u"; "_s);
}

#define COMPARE_LAYOUT(actual, expected)                                                                               \
    do {                                                                                                               \
        const QByteArray a_ = (actual);                                                                                \
        const QByteArray e_ = (expected);                                                                              \
        QVERIFY2(a_ == e_, qPrintable(describeDifference(a_, e_)));                                                    \
    } while (false)

// Answers the combo's prompts from queues instead of modal dialogs.
class ScriptedCombo : public wattprint::LayoutCombo
{
public:
    using LayoutCombo::LayoutCombo;
    QStringList names, paths;
    QList<bool> confirmations;
    QStringList errors;

protected:
    QString askName(const QString &, const QString &, const QString &) override { return take(names); }
    QString askSavePath(const QString &) override { return take(paths); }
    QString askOpenPath() override { return take(paths); }
    bool confirm(const QString &, const QString &) override
    {
        return confirmations.isEmpty() ? false : confirmations.takeFirst();
    }
    void showError(const QString &, const QString &text) override { errors << text; }

private:
    static QString take(QStringList &list) { return list.isEmpty() ? QString() : list.takeFirst(); }
};

bool settle(QWidget *w)
{
    const bool exposed = QTest::qWaitForWindowExposed(w);
    QCoreApplication::processEvents();
    return exposed;
}

} // namespace

class TestLayoutManager : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTripGivesIdenticalBytes();
    void documentShape();
    void namedLayouts();
    void badNamesRefused();
    void exportAndImportFile();
    void damagedLayoutsRefused();
    void damagedDockStreamLeavesWindowAlone();
    void lockAndUnlock();
    void restoreLastAfterSaveLast();
    void resetToDefault();
    void comboSwitchesLayouts();
    void comboActions();
    void comboFallsBackToDefault();
    void anyChangeMarksTheLayoutModified();
    void choosingTheModifiedLayoutAgainRestoresIt();

private:
    std::unique_ptr<QSettings> freshSettings();
    QByteArray goodExport(Workspace &w);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

void TestLayoutManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<QSettings> TestLayoutManager::freshSettings()
{
    return std::make_unique<QSettings>(m_dir->filePath(u"layouts%1.ini"_s.arg(++m_counter)), QSettings::IniFormat);
}

QByteArray TestLayoutManager::goodExport(Workspace &w)
{
    const QString path = m_dir->filePath(u"good.wattprint-layout"_s);
    QString error;
    if (!w.manager->exportTo(path, &error))
        qWarning("%s", qPrintable(error));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestLayoutManager::roundTripGivesIdenticalBytes()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    w.rearrange();
    const QByteArray saved = w.bytes();

    // Back to the default: something really changes.
    w.manager->resetToDefault();
    QVERIFY(w.bytes() != saved);
    QCOMPARE(w.views[0]->metric, u"energy"_s);
    QVERIFY(w.docks[0]->isVisible());

    // Restore, then save again: identical bytes.
    QString error;
    const std::optional<QJsonObject> layout = LayoutManager::parse(saved, &error);
    QVERIFY2(layout, qPrintable(error));
    QVERIFY2(w.manager->apply(*layout, &error), qPrintable(error));
    COMPARE_LAYOUT(w.bytes(), saved);
    QCOMPARE(w.views[0]->metric, u"power"_s);
    QCOMPARE(w.views[1]->bins, 64);
    QCOMPARE(w.views[2]->metric, u"run_time"_s);
    QVERIFY(!w.docks[0]->isVisible());
    QCOMPARE(w.window.dockWidgetArea(w.docks[2]), Qt::BottomDockWidgetArea);

    // And once more (restore onto itself).
    QVERIFY(w.manager->apply(*layout, &error));
    COMPARE_LAYOUT(w.bytes(), saved);
}

void TestLayoutManager::documentShape()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    const QJsonObject layout = w.manager->capture();
    QCOMPARE(layout.value(u"format"_s).toString(), u"wattprint-layout"_s);
    QCOMPARE(layout.value(u"version"_s).toInt(), 1);
    QCOMPARE(layout.keys(), (QStringList{u"dockState"_s, u"format"_s, u"geometry"_s, u"version"_s, u"views"_s}));
    const QJsonObject views = layout.value(u"views"_s).toObject();
    QCOMPARE(views.keys(), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QCOMPARE(views.value(u"beta"_s).toObject().value(u"bins"_s).toInt(), 30);
    // The dock state is what QMainWindow::saveState() writes, in base64.
    QCOMPARE(QByteArray::fromBase64(layout.value(u"dockState"_s).toString().toLatin1()),
             w.window.saveState(LayoutManager::LayoutStateVersion));
    QCOMPARE(QByteArray::fromBase64(layout.value(u"geometry"_s).toString().toLatin1()), w.window.saveGeometry());
    // serialize() is indented JSON that parses back to the same object.
    const QByteArray text = LayoutManager::serialize(layout);
    QVERIFY(text.contains("\n    \"format\": \"wattprint-layout\""));
    QCOMPARE(LayoutManager::parse(text).value_or(QJsonObject()), layout);
}

void TestLayoutManager::namedLayouts()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    LayoutManager &m = *w.manager;
    QSignalSpy changed(&m, &LayoutManager::layoutsChanged);
    QSignalSpy current(&m, &LayoutManager::currentNameChanged);
    QVERIFY(m.names().isEmpty());
    QCOMPARE(m.currentName(), QString());

    const QByteArray defaultBytes = w.bytes();
    QString error;
    QVERIFY(m.save(u"overview"_s, &error));
    w.rearrange();
    const QByteArray analysisBytes = w.bytes();
    QVERIFY(m.save(u"  Analysis "_s, &error));                        // trimmed
    QCOMPARE(m.names(), (QStringList{u"Analysis"_s, u"overview"_s})); // case-insensitive order
    QCOMPARE(m.currentName(), u"Analysis"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(current.count(), 2);

    // Switch.
    QVERIFY2(m.load(u"overview"_s, &error), qPrintable(error));
    COMPARE_LAYOUT(w.bytes(), defaultBytes);
    QCOMPARE(m.currentName(), u"overview"_s);
    QCOMPARE(w.views[0]->metric, u"energy"_s);
    QVERIFY2(m.load(u"Analysis"_s, &error), qPrintable(error));
    COMPARE_LAYOUT(w.bytes(), analysisBytes);
    QVERIFY(!m.load(u"nope"_s, &error));
    QVERIFY(error.contains(u"nope"_s));

    // Rename (the current one follows), and not onto an existing name.
    QVERIFY(m.rename(u"Analysis"_s, u"Deep dive"_s, &error));
    QCOMPARE(m.names(), (QStringList{u"Deep dive"_s, u"overview"_s}));
    QCOMPARE(m.currentName(), u"Deep dive"_s);
    QVERIFY(!m.rename(u"Deep dive"_s, u"overview"_s, &error));
    QVERIFY(error.contains(u"exists"_s));
    QVERIFY(!m.rename(u"missing"_s, u"x"_s, &error));
    QVERIFY(m.stored(u"Deep dive"_s).has_value());
    QVERIFY(!m.stored(u"Analysis"_s).has_value());
    QVERIFY(m.load(u"Deep dive"_s, &error));
    COMPARE_LAYOUT(w.bytes(), analysisBytes);

    // Overwrite by saving under the same name.
    w.views[1]->bins = 7;
    QVERIFY(m.save(u"overview"_s));
    QCOMPARE(m.stored(u"overview"_s)->value(u"views"_s).toObject().value(u"beta"_s).toObject().value(u"bins"_s).toInt(),
             7);
    QCOMPARE(m.names().size(), 2);

    // Delete (the current name clears).
    QVERIFY(m.remove(u"overview"_s));
    QVERIFY(!m.remove(u"overview"_s));
    QCOMPARE(m.names(), QStringList{u"Deep dive"_s});
    QCOMPARE(m.currentName(), QString());

    // Persisted: another manager on the same settings sees the same layouts.
    settings->sync();
    QSettings reread(settings->fileName(), QSettings::IniFormat);
    LayoutManager other(&w.window, {}, {}, &reread);
    QCOMPARE(other.names(), QStringList{u"Deep dive"_s});
    // Names that could collide with the other keys are fine.
    QVERIFY(m.save(u"last"_s));
    QVERIFY(m.save(u"locked"_s));
    QVERIFY(!m.hasLast());
    QVERIFY(!m.isLocked());
}

void TestLayoutManager::badNamesRefused()
{
    QString error;
    QVERIFY(!LayoutManager::checkName(u"   "_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!LayoutManager::checkName(u"a/b"_s, &error));
    QVERIFY(!LayoutManager::checkName(u"a\\b"_s, &error));
    QVERIFY(!LayoutManager::checkName(u"a\nb"_s, &error));
    QVERIFY(!LayoutManager::checkName(QString(65, u'x'), &error));
    QCOMPARE(LayoutManager::checkName(QString(64, u'x')).value_or(QString()).size(), 64);
    QCOMPARE(LayoutManager::checkName(u"Énergie & coût"_s).value_or(QString()), u"Énergie & coût"_s);

    auto settings = freshSettings();
    Workspace w(settings.get());
    QSignalSpy changed(w.manager.get(), &LayoutManager::layoutsChanged);
    QVERIFY(!w.manager->save(u"x/y"_s, &error));
    QVERIFY(w.manager->names().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestLayoutManager::exportAndImportFile()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    w.rearrange();
    const QByteArray arranged = w.bytes();
    QString error;
    QVERIFY(w.manager->save(u"Bench"_s));
    const QString path = m_dir->filePath(u"mine.wattprint-layout"_s);
    QVERIFY2(w.manager->exportTo(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject onDisk = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(onDisk.value(u"format"_s).toString(), u"wattprint-layout"_s);
    QCOMPARE(onDisk.value(u"name"_s).toString(), u"Bench"_s);
    QVERIFY(onDisk.value(u"views"_s).toObject().contains(u"gamma"_s));

    // Import into a fresh workspace: stored under the file's name, not applied until loaded.
    auto settings2 = freshSettings();
    Workspace fresh(settings2.get());
    QVERIFY(settle(&fresh.window));
    const QByteArray before = fresh.bytes();
    QSignalSpy changed(fresh.manager.get(), &LayoutManager::layoutsChanged);
    const std::optional<QString> name = fresh.manager->importFrom(path, &error);
    QVERIFY2(name, qPrintable(error));
    QCOMPARE(*name, u"Bench"_s);
    QCOMPARE(changed.count(), 1);
    COMPARE_LAYOUT(fresh.bytes(), before);
    QVERIFY(fresh.manager->load(*name, &error));
    QCOMPARE(fresh.views[2]->metric, u"run_time"_s);
    QCOMPARE(fresh.views[1]->bins, 64);
    // Same dock state as the exporter's window (geometry may differ by window placement).
    QCOMPARE(fresh.manager->capture().value(u"dockState"_s),
             QJsonDocument::fromJson(arranged).object().value(u"dockState"_s));

    // Importing again does not overwrite: a numbered name.
    QCOMPARE(fresh.manager->importFrom(path, &error).value_or(QString()), u"Bench (2)"_s);
    // Without a name field: the file's base name.
    QJsonObject unnamed = onDisk;
    unnamed.remove(u"name"_s);
    const QString path2 = m_dir->filePath(u"From disk.wattprint-layout"_s);
    QFile out(path2);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(LayoutManager::serialize(unnamed));
    out.close();
    QCOMPARE(fresh.manager->importFrom(path2, &error).value_or(QString()), u"From disk"_s);
    // Missing file.
    QVERIFY(!fresh.manager->importFrom(m_dir->filePath(u"absent.wattprint-layout"_s), &error));
    QVERIFY(error.contains(u"absent"_s));
    // An unwritable export path.
    QVERIFY(!w.manager->exportTo(m_dir->filePath(u"no/such/dir/x.wattprint-layout"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestLayoutManager::damagedLayoutsRefused()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    w.rearrange();
    const QByteArray good = goodExport(w);
    QVERIFY(!good.isEmpty());
    const QJsonObject goodObject = QJsonDocument::fromJson(good).object();
    QVERIFY(w.manager->save(u"Kept"_s));
    const QStringList namesBefore = w.manager->names();
    const QByteArray windowBefore = w.bytes();

    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = goodObject;
        o[key] = value;
        return QJsonDocument(o).toJson();
    };
    QByteArray otherStateVersion;
    {
        QJsonObject o = goodObject;
        o[u"dockState"_s] = QString::fromLatin1(w.window.saveState(7).toBase64());
        otherStateVersion = QJsonDocument(o).toJson();
    }
    QJsonObject noViews = goodObject;
    noViews.remove(u"dockState"_s);

    const QList<std::pair<QString, QByteArray>> cases = {
        {u"truncated JSON"_s, good.left(good.size() / 2)},
        {u"empty file"_s, QByteArray()},
        {u"not an object"_s, "[1, 2, 3]"},
        {u"wrong format"_s, with(u"format"_s, u"kde-layout"_s)},
        {u"no format"_s, with(u"format"_s, QJsonValue())},
        {u"version 99"_s, with(u"version"_s, 99)},
        {u"version 0"_s, with(u"version"_s, 0)},
        {u"version 1.5"_s, with(u"version"_s, 1.5)},
        {u"version as text"_s, with(u"version"_s, u"1"_s)},
        {u"bad base64"_s, with(u"dockState"_s, u"not*base64!"_s)},
        {u"dock state not base64 of a state"_s, with(u"dockState"_s, u"aGVsbG8gd29ybGQ="_s)},
        {u"missing dock state"_s, QJsonDocument(noViews).toJson()},
        {u"other dock-state version"_s, otherStateVersion},
        {u"bad geometry"_s, with(u"geometry"_s, u"AAAA"_s)},
        {u"views not an object"_s, with(u"views"_s, 3)},
        {u"a view fragment not an object"_s, with(u"views"_s, QJsonObject{{u"alpha"_s, u"x"_s}})},
        {u"name not text"_s, with(u"name"_s, 5)},
    };
    for (const auto &[label, bytes] : cases) {
        const QString path = m_dir->filePath(u"bad.wattprint-layout"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        QString error;
        QVERIFY2(!w.manager->importFrom(path, &error), qPrintable(label));
        QVERIFY2(!error.isEmpty(), qPrintable(label));
        qInfo("%s: %s", qPrintable(label), qPrintable(error));
        QCOMPARE(w.manager->names(), namesBefore);

        QString parseError;
        QVERIFY2(!LayoutManager::parse(bytes, &parseError), qPrintable(label));
        QVERIFY(!parseError.isEmpty());
        // Applying the object directly is refused too, and the window is as it was.
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        QString applyError;
        QVERIFY2(!w.manager->apply(object, &applyError), qPrintable(label));
        QVERIFY(!applyError.isEmpty());
        COMPARE_LAYOUT(w.bytes(), windowBefore);
    }
    // Specific messages for the two cases a user meets most.
    QString error;
    LayoutManager::parse(with(u"version"_s, 99), &error);
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    LayoutManager::parse(with(u"format"_s, u"kde-layout"_s), &error);
    QVERIFY2(error.contains(u"kde-layout"_s), qPrintable(error));

    // A damaged named layout in the settings is refused on load, nothing changes.
    settings->setValue(u"layouts/named/Broken"_s, u"{\"format\": \"wattprint-layout\", \"versi"_s);
    QVERIFY(!w.manager->load(u"Broken"_s, &error));
    QVERIFY(error.contains(u"Broken"_s));
    COMPARE_LAYOUT(w.bytes(), windowBefore);
    QCOMPARE(w.manager->currentName(), u"Kept"_s);
}

void TestLayoutManager::damagedDockStreamLeavesWindowAlone()
{
    // Headers right, body cut short: only QMainWindow::restoreState() can tell. It is tried on
    // a scratch window before the real one (whose geometry would be applied first) changes.
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    w.rearrange();
    QJsonObject layout = w.manager->capture();
    const QByteArray state = w.window.saveState(LayoutManager::LayoutStateVersion);
    layout[u"dockState"_s] = QString::fromLatin1(state.left(14).toBase64());
    w.window.resize(700, 500);
    QCoreApplication::processEvents();
    const QByteArray before = w.bytes();
    QString error;
    QVERIFY(!LayoutManager::validate(layout, &error));
    QVERIFY(error.contains(u"damaged"_s));
    error.clear();
    QVERIFY(!w.manager->apply(layout, &error));
    QVERIFY(!error.isEmpty());
    COMPARE_LAYOUT(w.bytes(), before);
    QCOMPARE(w.window.size(), QSize(700, 500));
}

void TestLayoutManager::lockAndUnlock()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    // Different original features per dock, to see each come back.
    w.docks[1]->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    w.docks[2]->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetVerticalTitleBar);
    QList<QDockWidget::DockWidgetFeatures> original;
    for (QDockWidget *d : w.docks)
        original << d->features();

    QSignalSpy spy(w.manager.get(), &LayoutManager::lockedChanged);
    const QDockWidget::DockWidgetFeatures moving = QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
        | QDockWidget::DockWidgetClosable;
    w.manager->setLocked(true);
    QVERIFY(w.manager->isLocked());
    QCOMPARE(spy.count(), 1);
    for (QDockWidget *d : w.docks)
        QVERIFY(!(d->features() & moving));
    QVERIFY(w.docks[2]->features() & QDockWidget::DockWidgetVerticalTitleBar); // others kept
    w.manager->setLocked(true); // again: no change, no signal, originals still remembered
    QCOMPARE(spy.count(), 1);

    // A dock added while locked is locked by refreshLock().
    auto *late = new QDockWidget(u"late"_s, &w.window);
    late->setObjectName(u"dock-late"_s);
    w.window.addDockWidget(Qt::LeftDockWidgetArea, late);
    const QDockWidget::DockWidgetFeatures lateOriginal = late->features();
    w.manager->refreshLock();
    QVERIFY(!(late->features() & moving));

    // Persisted: a manager made later on the same settings starts locked.
    settings->sync();
    {
        QSettings reread(settings->fileName(), QSettings::IniFormat);
        QMainWindow other;
        auto *dock = new QDockWidget(u"x"_s, &other);
        other.addDockWidget(Qt::LeftDockWidgetArea, dock);
        LayoutManager m(&other, {}, {}, &reread);
        QVERIFY(m.isLocked());
        QVERIFY(!(dock->features() & moving));
    }

    // Applying a layout while locked keeps the lock.
    const QJsonObject layout = w.manager->capture();
    QVERIFY(w.manager->apply(layout));
    for (QDockWidget *d : w.docks)
        QVERIFY(!(d->features() & moving));

    w.manager->setLocked(false);
    QCOMPARE(spy.count(), 2);
    for (int i = 0; i < w.docks.size(); ++i)
        QCOMPARE(w.docks[i]->features(), original[i]);
    QCOMPARE(late->features(), lateOriginal);
    QVERIFY(!settings->value(u"layouts/locked"_s).toBool());
}

void TestLayoutManager::restoreLastAfterSaveLast()
{
    auto settings = freshSettings();
    QByteArray arranged;
    {
        Workspace w(settings.get());
        QVERIFY(settle(&w.window));
        QString error = u"x"_s;
        QVERIFY(!w.manager->hasLast());
        QVERIFY(!w.manager->restoreLast(&error));
        QVERIFY(error.isEmpty()); // nothing saved is not an error
        w.rearrange();
        arranged = w.bytes();
        w.manager->saveLast(); // on quit
    }
    // Next start: a new window (default arrangement), then the last layout after show().
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    QVERIFY(w.bytes() != arranged);
    QVERIFY(w.manager->hasLast());
    QString error;
    QVERIFY2(w.manager->restoreLast(&error), qPrintable(error));
    COMPARE_LAYOUT(w.bytes(), arranged);
    QCOMPARE(w.views[2]->bins, 12);

    // A damaged last layout: refused with a message, window unchanged; the caller then resets.
    settings->setValue(u"layouts/last"_s, u"{\"format\": \"wattprint-layout\", \"version\": 99}"_s);
    QVERIFY(!w.manager->restoreLast(&error));
    QVERIFY2(error.contains(u"default"_s), qPrintable(error));
    COMPARE_LAYOUT(w.bytes(), arranged);
    const int calls = w.defaultCalls;
    w.manager->resetToDefault();
    QCOMPARE(w.defaultCalls, calls + 1);
}

void TestLayoutManager::resetToDefault()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    const QByteArray defaults = w.bytes();
    w.rearrange();
    QVERIFY(w.manager->save(u"Mine"_s));
    QSignalSpy current(w.manager.get(), &LayoutManager::currentNameChanged);
    w.manager->resetToDefault();
    COMPARE_LAYOUT(w.bytes(), defaults);
    QCOMPARE(w.manager->currentName(), QString());
    QCOMPARE(current.count(), 1);
    QVERIFY(w.manager->contains(u"Mine"_s)); // the named layout is kept
}

void TestLayoutManager::comboSwitchesLayouts()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    const QByteArray defaults = w.bytes();
    QVERIFY(w.manager->save(u"Plain"_s));
    w.rearrange();
    const QByteArray arranged = w.bytes();
    QVERIFY(w.manager->save(u"Busy"_s));

    ScriptedCombo combo(w.manager.get());
    QComboBox *box = combo.comboBox();
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->itemText(0), u"Busy"_s);
    QCOMPARE(box->currentText(), u"Busy"_s);
    QVERIFY(combo.renameAction()->isEnabled());

    emit box->activated(box->findText(u"Plain"_s)); // as a user's pick
    QCOMPARE(w.manager->currentName(), u"Plain"_s);
    COMPARE_LAYOUT(w.bytes(), defaults);
    box->setCurrentIndex(box->findText(u"Busy"_s));
    emit box->activated(box->currentIndex());
    COMPARE_LAYOUT(w.bytes(), arranged);
    QVERIFY(combo.errors.isEmpty());

    // The manager's changes show in the combo.
    w.manager->resetToDefault();
    QCOMPARE(box->currentIndex(), -1); // "(unsaved)"
    QVERIFY(!combo.renameAction()->isEnabled());
    QVERIFY(!combo.deleteAction()->isEnabled());
    QVERIFY(w.manager->remove(u"Plain"_s));
    QCOMPARE(box->count(), 1);

    // Accessible and reachable.
    QVERIFY(!box->accessibleName().isEmpty());
    QVERIFY(!combo.menuButton()->accessibleName().isEmpty());
    QVERIFY(combo.menuButton()->focusPolicy() & Qt::TabFocus);

    // Rendered in a toolbar, looked at.
    QToolBar bar;
    bar.addWidget(new ScriptedCombo(w.manager.get()));
    bar.resize(bar.sizeHint().expandedTo(QSize(360, 0)));
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QString path = QStringLiteral(WATTPRINT_OUTPUT_DIR) + u"/layout-combo.png"_s;
    QVERIFY(bar.grab().save(path));
    combo.menuButton()->menu()->adjustSize();
    QVERIFY(combo.menuButton()->menu()->grab().save(QStringLiteral(WATTPRINT_OUTPUT_DIR) + u"/layout-menu.png"_s));
}

void TestLayoutManager::comboActions()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    ScriptedCombo combo(w.manager.get());
    QComboBox *box = combo.comboBox();

    // Save as.
    w.rearrange();
    const QByteArray arranged = w.bytes();
    combo.names << u"Mine"_s;
    combo.saveAsAction()->trigger();
    QCOMPARE(w.manager->names(), QStringList{u"Mine"_s});
    QCOMPARE(box->currentText(), u"Mine"_s);
    // Cancelled prompt: nothing happens.
    combo.saveAsAction()->trigger();
    QCOMPARE(w.manager->names().size(), 1);
    // A bad name is reported.
    combo.names << u"a/b"_s;
    combo.saveAsAction()->trigger();
    QCOMPARE(combo.errors.size(), 1);
    // Saving over another layout asks first.
    w.manager->resetToDefault();
    combo.names << u"Mine"_s;
    combo.confirmations << false;
    combo.saveAsAction()->trigger();
    QVERIFY(w.manager->stored(u"Mine"_s) == LayoutManager::parse(arranged));

    // Rename.
    QVERIFY(w.manager->load(u"Mine"_s));
    combo.names << u"Yours"_s;
    combo.renameAction()->trigger();
    QCOMPARE(w.manager->names(), QStringList{u"Yours"_s});
    QCOMPARE(box->currentText(), u"Yours"_s);

    // Export, delete (confirmed), import (loaded).
    const QString path = m_dir->filePath(u"combo"_s); // the suffix is added
    combo.paths << path;
    combo.exportAction()->trigger();
    QVERIFY(QFile::exists(path + u".wattprint-layout"_s));
    combo.confirmations << false;
    combo.deleteAction()->trigger();
    QCOMPARE(w.manager->names().size(), 1);
    combo.confirmations << true;
    combo.deleteAction()->trigger();
    QVERIFY(w.manager->names().isEmpty());
    w.manager->resetToDefault();
    combo.paths << path + u".wattprint-layout"_s;
    combo.importAction()->trigger();
    QCOMPARE(w.manager->names(), QStringList{u"Yours"_s});
    QCOMPARE(w.manager->currentName(), u"Yours"_s);
    COMPARE_LAYOUT(w.bytes(), arranged);

    // Lock, both ways.
    combo.lockAction()->trigger();
    QVERIFY(w.manager->isLocked());
    QVERIFY(!(w.docks[1]->features() & QDockWidget::DockWidgetMovable));
    w.manager->setLocked(false);
    QVERIFY(!combo.lockAction()->isChecked());

    // Reset.
    const int calls = w.defaultCalls;
    combo.resetAction()->trigger();
    QCOMPARE(w.defaultCalls, calls + 1);
    QCOMPARE(box->currentIndex(), -1);
    QCOMPARE(combo.errors.size(), 1);
}

void TestLayoutManager::comboFallsBackToDefault()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    w.rearrange();
    QVERIFY(w.manager->save(u"Good"_s));
    settings->setValue(u"layouts/named/Broken"_s, u"{\"format\": \"wattprint-layout\", \"version\": 99}"_s);
    ScriptedCombo combo(w.manager.get());
    const int calls = w.defaultCalls;
    emit combo.comboBox()->activated(combo.comboBox()->findText(u"Broken"_s));
    QCOMPARE(combo.errors.size(), 1);
    QVERIFY2(combo.errors[0].contains(u"newer"_s), qPrintable(combo.errors[0]));
    QCOMPARE(w.defaultCalls, calls + 1);
    QCOMPARE(w.manager->currentName(), QString());
    QCOMPARE(combo.comboBox()->currentIndex(), -1);
    QVERIFY(w.docks[0]->isVisible()); // the default arrangement

    // A damaged file picked in Import...: refused with a message, nothing stored.
    const QString bad = m_dir->filePath(u"bad.wattprint-layout"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"wattprint-layout\", \"version\": 1, \"dockState\": \"@@\"}");
    file.close();
    combo.paths << bad;
    combo.importAction()->trigger();
    QCOMPARE(combo.errors.size(), 2);
    QCOMPARE(w.manager->names(), (QStringList{u"Broken"_s, u"Good"_s}));
}

void TestLayoutManager::anyChangeMarksTheLayoutModified()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    QVERIFY(w.manager->save(u"Mine"_s));
    w.manager->watchChanges();
    QSignalSpy modified(w.manager.get(), &LayoutManager::modifiedChanged);
    ScriptedCombo combo(w.manager.get());
    QComboBox *box = combo.comboBox();
    QVERIFY(!w.manager->isModified());
    QCOMPARE(box->currentText(), u"Mine"_s);

    // Each kind of change marks it, and the combo says so; loading or saving clears the mark.
    const QList<std::function<void()>> changes = {
        [&w] { w.docks[0]->close(); },                                          // a view closed
        [&w] { w.window.addDockWidget(Qt::BottomDockWidgetArea, w.docks[1]); }, // a dock moved
        [&w] { w.docks[2]->setFloating(true); },                                // a dock floated
        [&w] { emit w.views[1]->stateChanged(); },                              // a view's option
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QVERIFY(w.manager->load(u"Mine"_s));
        QTRY_VERIFY(!w.manager->isModified());
        QCoreApplication::processEvents();
        QVERIFY2(!w.manager->isModified(), qPrintable(QString::number(i)));
        changes.at(i)();
        QTRY_VERIFY2(w.manager->isModified(), qPrintable(QString::number(i)));
        QCOMPARE(box->currentText(), wattprint::LayoutCombo::tr("%1 (modified)").arg(u"Mine"_s));
        QCOMPARE(box->currentData().toString(), u"Mine"_s);
    }
    QVERIFY(modified.count() >= 2 * changes.size() - 1);
    QVERIFY(w.manager->save(u"Mine"_s));
    QVERIFY(!w.manager->isModified());
    QCOMPARE(box->currentText(), u"Mine"_s);

    // Without a named layout in force there is nothing to differ from.
    w.manager->resetToDefault();
    QCoreApplication::processEvents();
    w.docks[0]->close();
    QCoreApplication::processEvents();
    QVERIFY(!w.manager->isModified());
    QCOMPARE(box->currentIndex(), -1);
}

void TestLayoutManager::choosingTheModifiedLayoutAgainRestoresIt()
{
    auto settings = freshSettings();
    Workspace w(settings.get());
    QVERIFY(settle(&w.window));
    w.rearrange();
    const QByteArray arranged = w.bytes();
    QVERIFY(w.manager->save(u"Busy"_s));
    w.manager->watchChanges();
    ScriptedCombo combo(w.manager.get());
    QComboBox *box = combo.comboBox();
    QCoreApplication::processEvents();

    w.docks[1]->close();
    w.views[2]->metric = u"power"_s;
    emit w.views[2]->stateChanged();
    QTRY_VERIFY(w.manager->isModified());
    QVERIFY(w.bytes() != arranged);
    emit box->activated(box->currentIndex()); // the same name, chosen again
    COMPARE_LAYOUT(w.bytes(), arranged);
    QVERIFY(w.docks[1]->isVisible());
    QCOMPARE(w.views[2]->metric, u"run_time"_s);
    QVERIFY(!w.manager->isModified());
    QCOMPARE(box->currentText(), u"Busy"_s);
    QVERIFY(combo.errors.isEmpty());

    // Unchanged, choosing it again changes nothing (and does not reload).
    QSignalSpy current(w.manager.get(), &LayoutManager::modifiedChanged);
    emit box->activated(box->currentIndex());
    QCOMPARE(current.count(), 0);
    COMPARE_LAYOUT(w.bytes(), arranged);
}

QTEST_MAIN(TestLayoutManager)
#include "tst_layoutmanager.moc"
