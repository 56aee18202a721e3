#pragma once

#include "reportbuilder.h"

#include <columnmapping.h>
#include <filter.h>
#include <storesummary.h>

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QThreadPool>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;
class QUndoStack;

namespace wattprint {

class AnalysisService;
class FilterBar;
class FilterHistory;
class FilterState;
class GuideWindow;
class LanguageManager;
class LayoutManager;
class PinnedPlans;
class Preferences;
class RunTableModel;
class Store;
class ViewHost;
class ViewPanel;
struct ImportReport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Headless: for `wattprint screenshot` and tests: no message boxes, no saved layout restored,
    // no language of its own (the caller's is in force).
    enum Mode { Interactive, Headless };

    // Opens the store at dbPath; when the file does not exist yet, builds the demo store into it.
    explicit MainWindow(const QString &dbPath, Mode mode = Interactive, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store *store() const { return m_store.get(); }
    RunTableModel *runModel() const { return m_runModel; }
    FilterState *filterState() const { return m_filterState; }
    AnalysisService *analysisService() const { return m_service; }
    QUndoStack *undoStack() const { return m_undoStack; }
    LayoutManager *layoutManager() const { return m_layouts; }
    Preferences *preferences() const { return m_preferences; }
    FilterBar *filterBar() const { return m_filterBar; }
    QList<ViewPanel *> views() const;
    ViewPanel *view(const QString &id) const;
    QDockWidget *dock(const QString &id) const;

    bool isBusy() const;
    QString statusText() const;
    bool allVisibleViewsReady() const;

    bool openDatabase(const QString &path);
    // mappings: the column mapping of each file read as an energy CSV of any tool, by path.
    void importFiles(const QStringList &files, bool skipInvalid, const QTimeZone &timeZone,
                     const QHash<QString, ColumnMapping> &mappings = {});
    void buildDemo(const QString &path);
    // Files dropped on the window: File > Import... with them listed (imported at once when
    // headless); refused with readOnlyMessage() on a store that may only be read.
    void importDroppedFiles(const QStringList &files);
    // Why nothing may be written into the open store, as told to the user ("Importing is not
    // allowed: ... Ask the store's owner to import."); empty when it may be written.
    QString readOnlyMessage() const;
    // Puts a new filter in force as one undoable step.
    void applyFilter(const Filter &filter, const QString &text);
    void showOnlySelection(bool exclude);
    // The arrangement "Reset to default layout" restores; also the one used at first start.
    // Two columns of tab stacks when the screen area is wide enough for both, else one stack
    // with the runs table below.
    void applyDefaultLayout();
    // Sizes the window for a screen's available area (never larger; maximised when smaller than
    // the preferred size) and arranges the default layout for it. An interactive window does
    // this for its screen when it is made; a headless one fills `available` exactly.
    void fitTo(const QRect &available);
    QRect screenArea() const { return m_screenArea; }
    bool applyNamedLayout(const QString &name, QString *error);
    // The report of what is on screen: the store, the filter, the views whose docks are open
    // (in menu order, the runs table left out), their settings, and the carbon assumptions.
    ReportRequest reportRequest(const QString &outPath) const;
    // File > Export report...: asks for a file and makes the report in the background.
    void exportReport(const QString &path);
    bool isReportRunning() const;
    // Help > User guide (one window, kept while the main window lives).
    void showGuide();

signals:
    void dataChanged();
    void busyChanged(bool busy);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void childEvent(QChildEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr QSize PreferredSize{1500, 950};
    // Kept free around a window that does not fill the screen: room for its frame.
    static constexpr int ScreenMargin = 40;

    QSize columnMinimums() const;
    bool twoColumnsFit() const;
    int columnFrames() const;
    QString demoNotice(int permille) const;
    // Covers every view with `text` (empty: uncovers them).
    void showViewNotices(const QString &text);
    void createViews();
    void seedCarbonSettings();
    void retranslateDocks();
    void createActions();
    void retranslateUi();
    void refresh();
    void readSummary();
    void checkIntegrityInBackground();
    void updateStatus();
    // Import, Get BUTTER-E data and Remove demo data: enabled when the store may be written and
    // nothing runs; else disabled, with the reason in their tooltips and status tips.
    void updateWriteActions();
    // True (and the user told why) when the open store may only be read.
    bool refuseReadOnly(const QString &title);
    void newDataGeneration();
    void applyTheme();
    ViewPanel *currentView() const;
    // Ctrl+Tab / Ctrl+Shift+Tab: the next or previous open view in the View menu's order comes to
    // the front (its tab too) with the keyboard focus on its chart.
    void focusNeighbourView(int step);
    void runInBackground(const QString &what,
                         std::function<QList<ImportReport>(const QString &dbPath, const std::atomic_bool *cancel,
                                                           std::function<void(qint64, qint64)> progress)>
                             work);
    void finishBackground();
    bool question(const QString &title, const QString &text);
    void warn(const QString &title, const QString &text);

    Mode m_mode;
    std::unique_ptr<Store> m_store;
    FilterState *m_filterState;
    RunTableModel *m_runModel;
    AnalysisService *m_service;
    FilterHistory *m_filterHistory;
    PinnedPlans *m_pinnedPlans; // shared by the What-if and Compare views
    QUndoStack *m_undoStack;    // the filter history's
    Preferences *m_preferences;
    LanguageManager *m_languages;
    ReportBuilder *m_report = nullptr;
    QString m_reportPath;
    GuideWindow *m_guide = nullptr;
    LayoutManager *m_layouts = nullptr;
    FilterBar *m_filterBar;
    std::unique_ptr<ViewHost> m_host;
    QHash<QString, QDockWidget *> m_docks;
    QList<ViewPanel *> m_views;
    QLabel *m_statusLabel;
    QLabel *m_analysisLabel;
    QLabel *m_readOnlyLabel; // "Read-only" in the status bar (the reason in its tooltip), for such a store
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QFutureWatcher<QList<ImportReport>> m_watcher;
    // The store's counts and its integrity check are read off the GUI thread when a store opens,
    // so the window shows at once (docs/architecture.md "Threads").
    QThreadPool m_readers;
    QFutureWatcher<std::optional<StoreSummary>> m_summary;
    QFutureWatcher<QString> m_integrity;
    bool m_counting = false; // until m_summary's result is taken in
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QString m_backgroundWhat;
    quint64 m_generation = 0;
    qint64 m_totalRuns = -1; // all runs in the store, counted once per data change; -1 while counting
    bool m_restoredLast = false;
    bool m_buildingDemo = false;
    QString m_localeShown; // the locale the views' findings were made in
    QRect m_screenArea;    // the available area the default layout is made for; invalid: any

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QToolBar *m_filterToolBar = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_getButterEAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_newDemoAction = nullptr;
    QAction *m_removeDemoAction = nullptr;
    QAction *m_exportViewAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_onlySelectionAction = nullptr;
    QAction *m_excludeSelectionAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    QAction *m_nextViewAction = nullptr;
    QAction *m_previousViewAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_lockLayoutAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace wattprint
