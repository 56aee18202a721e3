#include "layoutmanager.h"

#include "layoutdocument.h"

#include <viewpanel.h>

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMainWindow>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

const QString kNamedGroup = u"layouts/named"_s;
const QString kLastKey = u"layouts/last"_s;
const QString kCurrentKey = u"layouts/current"_s;
const QString kLockedKey = u"layouts/locked"_s;
const QString kModifiedKey = u"layouts/modified"_s;
// On each locked dock: its features before locking, restored on unlock.
const char kUnlockedFeatures[] = "_wattprint_unlockedFeatures";

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The stored current name, even if its layout is gone (rename and remove need it).
QString storedCurrentName(const QSettings *settings)
{
    return settings->value(kCurrentKey).toString();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

LayoutManager::LayoutManager(QMainWindow *window, ViewsFunction views, std::function<void()> applyDefaultLayout,
                             QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_views(std::move(views))
    , m_applyDefault(std::move(applyDefaultLayout))
    , m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings();
        m_ownsSettings = true;
    }
    m_locked = m_settings->value(kLockedKey, false).toBool();
    refreshLock();
}

LayoutManager::~LayoutManager()
{
    if (m_ownsSettings)
        delete m_settings;
}

// --- the document ------------------------------------------------------------------------------

QJsonObject LayoutManager::capture() const
{
    QJsonObject layout;
    layout[u"format"_s] = formatName();
    layout[u"version"_s] = FormatVersion;
    layout[u"dockState"_s] = QString::fromLatin1(m_window->saveState(LayoutStateVersion).toBase64());
    layout[u"geometry"_s] = QString::fromLatin1(m_window->saveGeometry().toBase64());
    QJsonObject views;
    if (m_views) {
        for (ViewPanel *view : m_views()) {
            if (view)
                views[view->viewId()] = view->saveState();
        }
    }
    layout[u"views"_s] = views;
    return layout;
}

bool LayoutManager::validate(const QJsonObject &layout, QString *error)
{
    if (!LayoutDocument::validate(layout, error))
        return false;
    // The rest of the stream only QMainWindow can check. It does so before changing anything,
    // and docks it does not know are skipped, so an empty scratch window tells whether the real
    // one would accept it. (Needs a QApplication; without one the headers above must do.)
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QMainWindow scratch;
        if (!scratch.restoreState(*LayoutDocument::decodeBase64(layout.value(u"dockState"_s)), LayoutStateVersion)) {
            setError(error, tr("The layout's dock arrangement is damaged."));
            return false;
        }
    }

    return true;
}

bool LayoutManager::apply(const QJsonObject &layout, QString *error, bool includeGeometry)
{
    if (!validate(layout, error))
        return false;
    settle();

    const QByteArray dockState = *LayoutDocument::decodeBase64(layout.value(u"dockState"_s));
    const QByteArray previousGeometry = m_window->saveGeometry();
    if (includeGeometry && layout.contains(u"geometry"_s)) {
        // Geometry first, then the docks (as Qt recommends), so dock sizes fit the window.
        if (!m_window->restoreGeometry(*LayoutDocument::decodeBase64(layout.value(u"geometry"_s)))) {
            setError(error, tr("The layout's window geometry is damaged."));
            return false;
        }
    }
    // restoreState() checks the whole stream before it changes anything; undo the geometry if
    // it refuses.
    if (!m_window->restoreState(dockState, LayoutStateVersion)) {
        m_window->restoreGeometry(previousGeometry);
        setError(error, tr("The layout's dock arrangement is damaged."));
        return false;
    }

    const QJsonObject views = layout.value(u"views"_s).toObject();
    if (m_views) {
        for (ViewPanel *view : m_views()) {
            if (view)
                view->restoreState(views.value(view->viewId()).toObject());
        }
    }
    refreshLock();
    return true;
}

QByteArray LayoutManager::serialize(const QJsonObject &layout)
{
    return QJsonDocument(layout).toJson(QJsonDocument::Indented);
}

std::optional<QJsonObject> LayoutManager::parse(const QByteArray &bytes, QString *error)
{
    std::optional<QJsonObject> layout = LayoutDocument::parse(bytes, error);
    if (layout && !validate(*layout, error))
        return std::nullopt;
    return layout;
}

// --- named layouts -----------------------------------------------------------------------------

QString LayoutManager::namedKey(const QString &name) const
{
    return kNamedGroup + u'/' + name;
}

QStringList LayoutManager::names() const
{
    m_settings->beginGroup(kNamedGroup);
    QStringList list = m_settings->childKeys();
    m_settings->endGroup();
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return list;
}

bool LayoutManager::contains(const QString &name) const
{
    return !name.isEmpty() && m_settings->contains(namedKey(name));
}

std::optional<QJsonObject> LayoutManager::stored(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    return parse(m_settings->value(namedKey(name)).toString().toUtf8());
}

std::optional<QString> LayoutManager::checkName(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("A layout needs a name."));
        return std::nullopt;
    }
    if (trimmed.size() > MaxNameLength) {
        setError(error, tr("A layout name can have at most %1 characters.").arg(MaxNameLength));
        return std::nullopt;
    }
    for (const QChar c : trimmed) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control) {
            setError(error, tr("A layout name cannot contain \"/\", \"\\\" or control characters."));
            return std::nullopt;
        }
    }
    return trimmed;
}

bool LayoutManager::save(const QString &name, QString *error)
{
    const std::optional<QString> checked = checkName(name, error);
    if (!checked)
        return false;
    m_settings->setValue(namedKey(*checked), QString::fromUtf8(compact(capture())));
    emit layoutsChanged();
    setCurrentName(*checked);
    setModified(false);
    return true;
}

bool LayoutManager::load(const QString &name, QString *error, bool makeCurrent)
{
    if (!contains(name)) {
        setError(error, tr("There is no layout called \"%1\".").arg(name));
        return false;
    }
    QString why;
    const std::optional<QJsonObject> layout = parse(m_settings->value(namedKey(name)).toString().toUtf8(), &why);
    if (!layout || !apply(*layout, &why)) {
        setError(error, tr("The layout \"%1\" cannot be used. %2").arg(name, why));
        return false;
    }
    if (makeCurrent) {
        setCurrentName(name);
        setModified(false);
    }
    return true;
}

bool LayoutManager::rename(const QString &oldName, const QString &newName, QString *error)
{
    if (!contains(oldName)) {
        setError(error, tr("There is no layout called \"%1\".").arg(oldName));
        return false;
    }
    const std::optional<QString> checked = checkName(newName, error);
    if (!checked)
        return false;
    if (*checked == oldName)
        return true;
    if (contains(*checked)) {
        setError(error, tr("A layout called \"%1\" exists already.").arg(*checked));
        return false;
    }
    m_settings->setValue(namedKey(*checked), m_settings->value(namedKey(oldName)));
    m_settings->remove(namedKey(oldName));
    emit layoutsChanged();
    if (storedCurrentName(m_settings) == oldName)
        setCurrentName(*checked);
    return true;
}

bool LayoutManager::remove(const QString &name)
{
    if (!contains(name))
        return false;
    m_settings->remove(namedKey(name));
    emit layoutsChanged();
    if (storedCurrentName(m_settings) == name)
        setCurrentName(QString());
    return true;
}

QString LayoutManager::currentName() const
{
    const QString name = m_settings->value(kCurrentKey).toString();
    return contains(name) ? name : QString();
}

void LayoutManager::setCurrentName(const QString &name)
{
    if (name.isEmpty())
        setModified(false); // nothing named to differ from
    if (m_settings->value(kCurrentKey).toString() == name)
        return;
    if (name.isEmpty())
        m_settings->remove(kCurrentKey);
    else
        m_settings->setValue(kCurrentKey, name);
    emit currentNameChanged(name);
}

QString LayoutManager::uniqueName(const QString &base) const
{
    if (!contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString suffix = u" (%1)"_s.arg(i);
        const QString candidate = base.left(MaxNameLength - suffix.size()) + suffix;
        if (!contains(candidate))
            return candidate;
    }
}

// --- files -------------------------------------------------------------------------------------

bool LayoutManager::exportTo(const QString &path, QString *error) const
{
    QJsonObject layout = capture();
    const QString name = currentName();
    layout[u"name"_s] = name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.write(serialize(layout));
    if (!file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

std::optional<QString> LayoutManager::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        setError(error, tr("%1 is too large to be a layout file.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    QString why;
    std::optional<QJsonObject> layout = parse(file.readAll(), &why);
    if (!layout) {
        setError(error, tr("%1 cannot be imported. %2").arg(QDir::toNativeSeparators(path), why));
        return std::nullopt;
    }

    // The file's own name if usable, else the file name, else a generic one.
    std::optional<QString> name = checkName(layout->value(u"name"_s).toString());
    if (!name)
        name = checkName(QFileInfo(path).completeBaseName().left(MaxNameLength));
    if (!name)
        name = tr("Imported layout");
    const QString storedName = uniqueName(*name);
    layout->remove(u"name"_s); // the settings key is the name
    m_settings->setValue(namedKey(storedName), QString::fromUtf8(compact(*layout)));
    emit layoutsChanged();
    return storedName;
}

// --- start and quit ----------------------------------------------------------------------------

void LayoutManager::saveLast()
{
    m_settings->setValue(kLastKey, QString::fromUtf8(compact(capture())));
    m_settings->setValue(kModifiedKey, m_modified);
    m_settings->sync();
}

bool LayoutManager::hasLast() const
{
    return m_settings->contains(kLastKey);
}

bool LayoutManager::restoreLast(QString *error)
{
    if (!hasLast()) {
        if (error)
            error->clear();
        return false;
    }
    QString why;
    const std::optional<QJsonObject> layout = parse(m_settings->value(kLastKey).toString().toUtf8(), &why);
    if (!layout || !apply(*layout, &why)) {
        setError(error, tr("The last layout cannot be restored; the default layout is used. %1").arg(why));
        return false;
    }
    // The last layout is the current one as it was left, changes and all.
    setModified(!currentName().isEmpty() && m_settings->value(kModifiedKey, false).toBool());
    return true;
}

// --- lock --------------------------------------------------------------------------------------

QList<QDockWidget *> LayoutManager::docks() const
{
    return m_window->findChildren<QDockWidget *>();
}

void LayoutManager::setLocked(bool locked)
{
    const bool changed = locked != m_locked;
    m_locked = locked;
    m_settings->setValue(kLockedKey, locked);
    if (locked) {
        refreshLock();
    } else {
        for (QDockWidget *dock : docks()) {
            const QVariant original = dock->property(kUnlockedFeatures);
            if (!original.isValid())
                continue;
            dock->setFeatures(QDockWidget::DockWidgetFeatures(original.toInt()));
            dock->setProperty(kUnlockedFeatures, QVariant());
        }
    }
    if (changed)
        emit lockedChanged(locked);
}

void LayoutManager::refreshLock()
{
    if (!m_locked)
        return;
    constexpr QDockWidget::DockWidgetFeatures moving = QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
        | QDockWidget::DockWidgetClosable;
    for (QDockWidget *dock : docks()) {
        if (dock->property(kUnlockedFeatures).isValid())
            continue; // locked already
        dock->setProperty(kUnlockedFeatures, int(dock->features()));
        dock->setFeatures(dock->features() & ~moving);
    }
}

void LayoutManager::resetToDefault()
{
    settle();
    if (m_applyDefault)
        m_applyDefault();
    refreshLock();
    setCurrentName(QString());
    setModified(false);
}

// --- changes -----------------------------------------------------------------------------------

void LayoutManager::watchChanges()
{
    for (QDockWidget *dock : docks()) {
        if (m_watched.contains(dock))
            continue;
        m_watched.insert(dock);
        connect(dock, &QDockWidget::topLevelChanged, this, &LayoutManager::markModified);
        connect(dock, &QDockWidget::dockLocationChanged, this, &LayoutManager::markModified);
        // Closed or opened by the user (a tab brought to the front is neither).
        connect(dock->toggleViewAction(), &QAction::toggled, this, &LayoutManager::markModified);
        connect(dock, &QObject::destroyed, this, [this, dock] { m_watched.remove(dock); });
    }
    if (!m_views)
        return;
    for (ViewPanel *view : m_views()) {
        if (!view || m_watched.contains(view))
            continue;
        m_watched.insert(view);
        connect(view, &ViewPanel::stateChanged, this, &LayoutManager::markModified);
        connect(view, &QObject::destroyed, this, [this, view] { m_watched.remove(view); });
    }
}

void LayoutManager::settle()
{
    if (m_applying)
        return;
    m_applying = true;
    QTimer::singleShot(0, this, [this] { m_applying = false; });
}

void LayoutManager::markModified()
{
    if (!m_applying && !currentName().isEmpty())
        setModified(true);
}

void LayoutManager::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

} // namespace wattprint
