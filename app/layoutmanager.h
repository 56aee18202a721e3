#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QDockWidget;
class QMainWindow;
class QSettings;

namespace wattprint {

class ViewPanel;

// Saves and restores the arrangement of the main window: the Qt dock state, the window geometry
// and every view's own state fragment, as one versioned JSON document:
//
//   {"format": "wattprint-layout", "version": 1, "dockState": "<base64>", "geometry": "<base64>",
//    "views": {"<viewId>": {...fragment...}, ...}}       (+ "name" in exported files)
//
// Named layouts live in QSettings under "layouts/named/<name>" (compact JSON text); the last
// layout under "layouts/last" (and whether the current one was changed under "layouts/modified"),
// the current name under "layouts/current", the lock under "layouts/locked". (Named layouts sit in their own group so a layout called "last" or "locked"
// cannot collide with the other keys.)
//
// Applying is all-or-nothing: a layout is validated completely (format, version, base64, the
// dock-state and geometry headers, the views object) before anything on the window changes.
// A refused layout leaves the window as it was; the caller shows the message and, at start,
// applies the default layout.
class LayoutManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString currentName READ currentName WRITE setCurrentName NOTIFY currentNameChanged)
    Q_PROPERTY(bool locked READ isLocked WRITE setLocked NOTIFY lockedChanged)
public:
    // Version of the JSON document; a reader refuses newer versions.
    static constexpr int FormatVersion = 1;
    // The version passed to QMainWindow::saveState()/restoreState(); bump it when the set of
    // docks changes incompatibly.
    static constexpr int LayoutStateVersion = 1;
    static QString formatName() { return QStringLiteral("wattprint-layout"); }
    static QString fileSuffix() { return QStringLiteral("wattprint-layout"); }
    static constexpr int MaxNameLength = 64;
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    using ViewsFunction = std::function<QList<ViewPanel *>()>;

    // `views` returns every view (docked or not); `applyDefaultLayout` arranges the docks the
    // way "Reset to default layout" does. `settings` (not owned) lets tests use their own INI
    // file; without it QSettings() with the application's names is used.
    LayoutManager(QMainWindow *window, ViewsFunction views, std::function<void()> applyDefaultLayout,
                  QSettings *settings = nullptr, QObject *parent = nullptr);
    ~LayoutManager() override;

    // --- the document ---
    QJsonObject capture() const;
    // Validates, then applies dock state, geometry (if `includeGeometry`) and view fragments.
    // Views without a fragment get restoreState({}) (their defaults), so switching layouts is
    // deterministic. Returns false with a message, having changed nothing, if invalid.
    bool apply(const QJsonObject &layout, QString *error = nullptr, bool includeGeometry = true);
    // Checks a document without applying it.
    static bool validate(const QJsonObject &layout, QString *error = nullptr);
    // Indented JSON, keys sorted (QJsonObject keeps them sorted): deterministic bytes.
    static QByteArray serialize(const QJsonObject &layout);
    // JSON text -> validated document; nullopt with a message if damaged or of another version.
    static std::optional<QJsonObject> parse(const QByteArray &bytes, QString *error = nullptr);

    // --- named layouts ---
    QStringList names() const; // sorted, case-insensitively
    bool contains(const QString &name) const;
    std::optional<QJsonObject> stored(const QString &name) const;
    // A name is 1..MaxNameLength characters after trimming, without '/', '\' or control
    // characters. Returns the trimmed name, or nullopt with a message.
    static std::optional<QString> checkName(const QString &name, QString *error = nullptr);
    // Captures the window under `name` (overwriting a layout of that name) and makes it current.
    bool save(const QString &name, QString *error = nullptr);
    // Applies the stored layout and (unless makeCurrent is false: a headless screenshot or
    // report borrows a layout without changing the user's choice) makes it current.
    bool load(const QString &name, QString *error = nullptr, bool makeCurrent = true);
    bool rename(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool remove(const QString &name);
    // The name of the layout last saved or loaded; empty after a reset to the default.
    QString currentName() const;
    void setCurrentName(const QString &name);

    // --- files ---
    // Writes the current window layout (with "name": the current name or the file's base name)
    // through QSaveFile.
    bool exportTo(const QString &path, QString *error = nullptr) const;
    // Reads and validates a .wattprint-layout file and stores it as a named layout (its "name"
    // field, else the file's base name; " (2)", " (3)"... if taken). Does not apply it.
    // Returns the stored name.
    std::optional<QString> importFrom(const QString &path, QString *error = nullptr);

    // --- start and quit ---
    // Stores the current layout as "the last layout" (call on close).
    void saveLast();
    // Applies the last layout (call after the window is shown). Returns false when there is
    // none (error left empty) or it is refused (error says why); the caller then applies the
    // default layout.
    bool restoreLast(QString *error = nullptr);
    bool hasLast() const;

    // --- changes since the current layout was saved or loaded ---
    // True once a dock was closed, opened, moved or floated or a view's option changed after the
    // current named layout was saved or loaded; loading it again restores it.
    bool isModified() const { return m_modified; }
    // Starts following the docks and views for changes (call once they all exist; idempotent).
    void watchChanges();

    // --- lock ---
    bool isLocked() const { return m_locked; }
    // Locked docks cannot be moved, floated or closed; their original features come back on
    // unlock. Stored in QSettings.
    void setLocked(bool locked);
    // Applies the lock to docks created after setLocked() (idempotent).
    void refreshLock();

    // Arranges the default layout (the applyDefaultLayout function); the current name is cleared.
    void resetToDefault();

    QMainWindow *window() const { return m_window; }

signals:
    void layoutsChanged();
    void currentNameChanged(const QString &name);
    void lockedChanged(bool locked);
    void modifiedChanged(bool modified);

private:
    QString namedKey(const QString &name) const;
    QString uniqueName(const QString &base) const;
    QList<QDockWidget *> docks() const;
    void setModified(bool modified);
    void markModified();
    // Changes the window makes while a layout is applied are not the user's: ignored until the
    // event loop has settled after it.
    void settle();

    QMainWindow *m_window;
    ViewsFunction m_views;
    std::function<void()> m_applyDefault;
    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
    bool m_locked = false;
    bool m_modified = false;
    bool m_applying = false;
    QSet<QObject *> m_watched;
};

} // namespace wattprint
