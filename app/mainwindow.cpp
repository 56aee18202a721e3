#include "mainwindow.h"

#include "dockscrollarea.h"
#include "guidewindow.h"
#include "languagemanager.h"

#include "downloaddialog.h"
#include "filterbar.h"
#include "importdialog.h"
#include "layoutcombo.h"
#include "layoutmanager.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "viewhost.h"

#include <analysisservice.h>
#include <demostore.h>
#include <filterhistory.h>
#include <filterstate.h>
#include <importer.h>
#include <pinnedplans.h>
#include <runtablemodel.h>
#include <serverpasswords.h>
#include <store.h>
#include <storesummary.h>
#include <threadpriority.h>
#include <units.h>
#include <viewpanel.h>
#include <viewregistry.h>
#include <viewtable.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QSaveFile>
#include <QScreen>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>

namespace wattprint {

MainWindow::MainWindow(const QString &dbPath, Mode mode, QWidget *parent)
    : QMainWindow(parent)
    , m_mode(mode)
    , m_filterState(new FilterState(this))
    , m_runModel(new RunTableModel(this))
    , m_service(new AnalysisService(this))
    , m_filterHistory(new FilterHistory(m_filterState, this))
    , m_pinnedPlans(new PinnedPlans(this))
    , m_undoStack(m_filterHistory->undoStack())
    , m_preferences(new Preferences(nullptr, this))
    , m_languages(new LanguageManager(this))
    , m_filterBar(new FilterBar(this))
    , m_host(std::make_unique<ViewHost>(m_service, m_filterState))
    , m_statusLabel(new QLabel(this))
    , m_analysisLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Before any widget exists, so every label starts in the chosen language. A headless window
    // (screenshot, report, tests) is in the language its caller put in force.
    if (m_mode == Interactive)
        m_languages->apply(m_preferences->language());
    m_localeShown = QLocale().name();
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    setDockNestingEnabled(true);
    // The default layout and the size follow the screen the window opens on; a headless window
    // (screenshot, tests) is told its area with fitTo().
    if (m_mode == Interactive && screen())
        m_screenArea = screen()->availableGeometry();

    // The data source must follow the filter before any view asks for data: connected first.
    connect(m_filterState, &FilterState::changed, this, [this] {
        newDataGeneration();
        m_filterBar->setFilter(m_filterState->filter());
        // The table's queries run on a worker (a narrow filter on a million runs sorts tens of
        // thousands of rows by start time); the status bar follows when its count arrives.
        if (m_store && m_runModel->filter() != m_filterState->filter())
            m_runModel->setFilterInBackground(m_filterState->filter(), m_store->path());
        else
            updateStatus();
    });
    connect(m_filterBar, &FilterBar::filterEdited, this, &MainWindow::applyFilter);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    // New counts must not relayout the whole window: the label takes the width it is given.
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_analysisLabel->setMinimumWidth(m_analysisLabel->fontMetrics().horizontalAdvance(QStringLiteral("Computing..."))
                                     + 12);
    statusBar()->addWidget(m_statusLabel, 1);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_analysisLabel);
    m_progress->setMaximumWidth(220);
    // The bar shows only the percentage (what runs is in the status text): it never clips.
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 60);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (isReportRunning()) {
            m_report->cancel();
            return;
        }
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        else
            m_service->cancelAll();
        m_cancel->setEnabled(false);
    });
    connect(m_service, &AnalysisService::busyChanged, this, [this](bool busy) {
        m_analysisLabel->setText(busy ? tr("Computing...") : QString());
        if (!isBusy()) {
            m_cancel->setVisible(busy);
            m_cancel->setEnabled(busy);
        }
    });
    connect(&m_watcher, &QFutureWatcher<QList<ImportReport>>::finished, this, &MainWindow::finishBackground);
    connect(m_progress, &QProgressBar::valueChanged, this, [this](int value) {
        if (!m_buildingDemo || !isBusy())
            return;
        showViewNotices(demoNotice(value));
        m_statusLabel->setText(demoNotice(value));
    });
    connect(m_runModel, &RunTableModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(&m_summary, &QFutureWatcher<std::optional<StoreSummary>>::finished, this, [this] {
        m_counting = false;
        const std::optional<StoreSummary> summary = m_summary.result();
        if (!summary)
            return;
        m_totalRuns = summary->runs;
        m_filterBar->setOptions(*summary);
        updateStatus();
    });
    connect(&m_integrity, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_integrity.result();
        if (error.isEmpty() || !m_store)
            return;
        // A damaged file: nothing more is read from it or written to it.
        m_runModel->setDatabase(QSqlDatabase());
        m_store.reset();
        updateWriteActions();
        updateStatus();
        warn(tr("Open database"), error);
    });

    createViews();
    createActions();
    setAcceptDrops(true);
    qApp->installEventFilter(this); // for Ctrl+Tab inside item views (eventFilter)
    m_layouts = new LayoutManager(
        this, [this] { return views(); }, [this] { applyDefaultLayout(); }, nullptr, this);
    auto *combo = new LayoutCombo(m_layouts, this);
    m_mainToolBar->addWidget(combo);
    applyDefaultLayout();
    applyTheme();
    // Every figure follows the energy-unit preference (units.h); views and filter chips format
    // their texts when they render, so a change re-renders them.
    auto applyUnit = [this](bool rerender) {
        units::setEnergyUnit(m_preferences->energyUnit());
        m_runModel->setEnergyUnit(units::energyUnit());
        if (!rerender)
            return;
        m_filterBar->setFilter(m_filterState->filter());
        for (ViewPanel *v : std::as_const(m_views))
            v->refresh();
    };
    applyUnit(false);
    seedCarbonSettings();
    for (ViewPanel *v : std::as_const(m_views)) {
        v->applyMinRunsToRank(m_preferences->minRunsToRank());
        v->applyFailingRuns(m_preferences->failingRuns());
        // The quality note's link: one click for every view, kept as the preference.
        connect(v, &ViewPanel::failingRunsRequested, m_preferences, &Preferences::setFailingRuns);
    }
    connect(m_preferences, &Preferences::changed, this, [this, applyUnit](const QString &key) {
        if (key == Preferences::Key::region() || key == Preferences::Key::customIntensity()
            || key == Preferences::Key::pue() || key == Preferences::Key::pricePerKwh()
            || key == Preferences::Key::currency())
            seedCarbonSettings();
        // Installing a translator sends LanguageChange to every window: they retranslate.
        if (key == Preferences::Key::language())
            m_languages->apply(m_preferences->language());
        applyTheme();
        if (key == Preferences::Key::energyUnit())
            applyUnit(true);
        if (key == Preferences::Key::minRunsToRank()) {
            for (ViewPanel *v : std::as_const(m_views))
                v->applyMinRunsToRank(m_preferences->minRunsToRank());
        }
        if (key == Preferences::Key::failingRuns()) {
            for (ViewPanel *v : std::as_const(m_views))
                v->applyFailingRuns(m_preferences->failingRuns());
        }
    });
    retranslateUi();
    if (m_screenArea.isValid())
        fitTo(m_screenArea);
    else
        resize(PreferredSize);
    // From here on a closed, moved or floated dock, or a view's changed option, marks the
    // current layout modified.
    m_layouts->watchChanges();

    // A server store is never filled with the demo behind the user's back (docs/postgresql.md).
    if (!StoreLocation::looksLikeServer(dbPath) && !QFileInfo::exists(dbPath))
        buildDemo(dbPath);
    else
        openDatabase(dbPath);
}

MainWindow::~MainWindow()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
    m_readers.waitForDone();
    // The table holds a handle on the store's connection: let go before the store closes.
    m_runModel->setDatabase(QSqlDatabase());
    // Views talk to the service while they go: remove them first.
    for (QDockWidget *dock : std::as_const(m_docks))
        delete dock;
}

void MainWindow::createViews()
{
    m_host->setRunModel(m_runModel);
    m_host->setStoreInMemory(true); // filter changes choose from the store's runs in memory
    m_host->setFilterHistory(m_filterHistory);
    m_host->setPinnedPlans(m_pinnedPlans);
    m_host->setExportDpi([this] { return m_preferences->exportDpi(); });
    for (const QString &id : ViewRegistry::ids()) {
        ViewPanel *view = m_host->createView(id);
        auto *dock = new QDockWidget(this);
        dock->setObjectName(QStringLiteral("dock-") + id);
        dock->setWidget(new DockScrollArea(view, dock));
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                          | QDockWidget::DockWidgetFloatable);
        m_docks.insert(id, dock);
        m_views.append(view);
    }
    retranslateDocks();
}

void MainWindow::retranslateDocks()
{
    // The tab says one short word; the View menu keeps the whole title, and the tab's tooltip
    // asks the view's question (eventFilter).
    for (ViewPanel *v : std::as_const(m_views)) {
        QDockWidget *dock = m_docks.value(v->viewId());
        dock->setWindowTitle(ViewTable::tabTitle(v->viewId()));
        // After the window title, which sets the action's text too.
        dock->toggleViewAction()->setText(v->title());
    }
}

void MainWindow::seedCarbonSettings()
{
    // Views that keep their own carbon settings to play with start from the Preferences.
    const CarbonPreferences carbon{m_preferences->region(), m_preferences->customIntensity(), m_preferences->pue(),
                                   m_preferences->pricePerKwh(), m_preferences->currency()};
    for (ViewPanel *v : std::as_const(m_views))
        v->applyCarbonPreferences(carbon);
}

QList<ViewPanel *> MainWindow::views() const
{
    return m_views;
}

ViewPanel *MainWindow::view(const QString &id) const
{
    for (ViewPanel *v : m_views) {
        if (v->viewId() == id)
            return v;
    }
    return nullptr;
}

QDockWidget *MainWindow::dock(const QString &id) const
{
    return m_docks.value(id);
}

QSize MainWindow::columnMinimums() const
{
    // The widest view of each column's stack at that view's minimum size (width: left column,
    // height: right column).
    int left = 0;
    int right = 0;
    for (const ViewRow &row : ViewTable::rows()) {
        const ViewPanel *v = view(row.id);
        if (!v || row.stack == ViewStack::Bottom)
            continue;
        int &column = row.stack == ViewStack::Left ? left : right;
        column = std::max(column, v->minimumSizeHint().width());
    }
    return {left, right};
}

bool MainWindow::twoColumnsFit() const
{
    if (!m_screenArea.isValid())
        return true;
    // Two columns when each can show the widest view of its stack, next to the other; else one
    // stack, where each view has the whole width.
    const QSize columns = columnMinimums();
    return columns.width() + columns.height() + columnFrames() <= m_screenArea.width();
}

int MainWindow::columnFrames() const
{
    // What two docks side by side take besides their views: their frames, the separator
    // between them and the window's margins.
    return 4 * style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth)
        + style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent) + 8;
}

void MainWindow::applyDefaultLayout()
{
    // Each view's row in the view table names its stack: two columns with the full height for
    // charts, each a stack of tabs few enough to read, and a row under them. On a screen too
    // narrow for two columns every chart joins one stack and the runs table sits below it.
    // The first of each stack is in front.
    // The fronts are placed first (splitting a dock that already has tabs only adds a tab);
    // then each other dock joins its stack at once: every dock side by side, even for a moment,
    // would make the window as wide as all of them.
    const QList<ViewRow> rows = ViewTable::rows();
    const bool wide = twoColumnsFit();
    auto stackOf = [wide](const ViewRow &row) {
        if (wide)
            return row.stack;
        return row.chart ? ViewStack::Left : ViewStack::Bottom;
    };
    QDockWidget *left = nullptr;
    QDockWidget *right = nullptr;
    QDockWidget *bottom = nullptr;
    auto anchorOf = [&](ViewStack stack) -> QDockWidget *& {
        return stack == ViewStack::Left ? left : stack == ViewStack::Right ? right : bottom;
    };
    for (const ViewRow &row : rows) {
        QDockWidget *&anchor = anchorOf(stackOf(row));
        if (!anchor)
            anchor = m_docks.value(row.id);
    }
    if (!left)
        std::swap(left, right);
    for (QDockWidget *d : {left, right, bottom}) {
        if (!d)
            continue;
        d->setFloating(false);
        addDockWidget(d == bottom ? Qt::BottomDockWidgetArea : Qt::TopDockWidgetArea, d);
        d->show();
    }
    if (left && right)
        splitDockWidget(left, right, Qt::Horizontal);
    for (const ViewRow &row : rows) {
        QDockWidget *d = m_docks.value(row.id);
        if (!d || d == left || d == right || d == bottom)
            continue;
        const ViewStack stack = stackOf(row);
        QDockWidget *anchor = bottom;
        if (stack != ViewStack::Bottom) // with one column only, both column stacks share it
            anchor = stack == ViewStack::Left || !right ? left : right;
        d->setFloating(false);
        addDockWidget(anchor == bottom ? Qt::BottomDockWidgetArea : Qt::TopDockWidgetArea, d);
        d->show();
        tabifyDockWidget(anchor, d);
    }
    for (QDockWidget *d : {left, right, bottom}) {
        if (d)
            d->raise();
    }
    if (left && right) {
        // Halves, unless a column's widest view needs more (the docks would let it scroll).
        const QSize columns = columnMinimums();
        int leftWidth = width() / 2;
        if (width() >= columns.width() + columns.height() + columnFrames())
            leftWidth = std::clamp(leftWidth, columns.width(), width() - columns.height() - columnFrames());
        resizeDocks({left, right}, {leftWidth, width() - leftWidth}, Qt::Horizontal);
    }
    if (left && bottom && !wide)
        resizeDocks({left, bottom}, {height() * 2 / 3, height() / 3}, Qt::Vertical);
}

void MainWindow::fitTo(const QRect &available)
{
    m_screenArea = available;
    if (m_mode == Headless) {
        // The area is the picture: the window fills it exactly.
        resize(available.size().expandedTo(minimumSizeHint()));
        move(available.topLeft());
    } else if (available.width() >= PreferredSize.width() + ScreenMargin
               && available.height() >= PreferredSize.height() + ScreenMargin) {
        resize(PreferredSize);
        move(available.center() - QPoint(PreferredSize.width() / 2, PreferredSize.height() / 2));
    } else {
        // Smaller than the window would like: all of it, frame included (the window manager
        // knows the frame; a plain resize to the area would put the frame off screen).
        resize(available.size() - QSize(ScreenMargin, ScreenMargin));
        move(available.topLeft());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    applyDefaultLayout();
}

bool MainWindow::applyNamedLayout(const QString &name, QString *error)
{
    if (!m_layouts->names().contains(name)) {
        if (error)
            *error = tr("there is no layout named '%1'").arg(name);
        return false;
    }
    // A headless window (screenshot, report) borrows the layout: the user's current one stays.
    return m_layouts->load(name, error, m_mode == Interactive);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        if (refuseReadOnly(tr("Import")))
            return;
        ImportDialog dialog(this);
        dialog.setTimeZone(m_preferences->importTimeZone());
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_preferences->setImportTimeZone(dialog.timeZone());
        importFiles(dialog.files(), dialog.skipInvalid(), dialog.timeZone(), dialog.mappings());
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_getButterEAction = m_fileMenu->addAction(QString(), this, [this] {
        if (refuseReadOnly(tr("Get BUTTER-E data")))
            return;
        DownloadDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            importFiles(dialog.files(), false, m_preferences->importTimeZone());
    });
    m_openAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Wattprint database"), QString(),
                                                          tr("Wattprint databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    m_openAction->setShortcut(QKeySequence::Open);
    // A store on a PostgreSQL server (docs/postgresql.md): the address only, never a password.
    m_connectAction = m_fileMenu->addAction(QString(), this, [this] {
        // The open server first, then the ones opened before (addresses only: Preferences keeps
        // none with a password).
        QStringList addresses = m_preferences->recentServers();
        if (m_store && m_store->location().isServer()) {
            addresses.removeAll(m_store->location().toString());
            addresses.prepend(m_store->location().toString());
        }
        bool ok = false;
        const QString text = QInputDialog::getItem(this, tr("Connect to server"),
                                                   tr("PostgreSQL server address, "
                                                      "postgresql://user@host:port/database.\n"
                                                      "The password comes from ~/.pgpass or PGPASSWORD, or is "
                                                      "asked for; never from the address."),
                                                   addresses, 0, true, &ok)
                                 .trimmed();
        if (!ok || text.isEmpty())
            return;
        QString error;
        const StoreLocation location = StoreLocation::parse(text, &error);
        if (!location.isValid() || !location.isServer()) {
            warn(tr("Connect to server"),
                 error.isEmpty()
                     ? tr("%1 is not a server address of the form postgresql://user@host:port/database").arg(text)
                     : error);
            return;
        }
        openDatabase(location.toString());
    });
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_newDemoAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New demo database"), QStringLiteral("demo.sqlite"),
                                                          tr("Wattprint databases (*.sqlite *.db)"));
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            warn(tr("New demo database"), tr("Cannot replace %1").arg(path));
            return;
        }
        buildDemo(path);
    });
    m_removeDemoAction = m_fileMenu->addAction(QString(), this, [this] {
        if (refuseReadOnly(tr("Remove demo data")))
            return;
        if (!question(tr("Remove demo data"), tr("Remove the synthetic demo runs from this database?")))
            return;
        QString error;
        if (!m_store || !m_store->removeSyntheticData(&error)) {
            warn(tr("Remove demo data"), error);
            return;
        }
        refresh();
    });
    m_getButterEAction->setObjectName(QStringLiteral("getButterEAction"));
    m_removeDemoAction->setObjectName(QStringLiteral("removeDemoAction"));
    // A disabled action says why in its tooltip (updateWriteActions).
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addSeparator();
    m_exportViewAction = m_fileMenu->addAction(QString(), this, [this] {
        if (ViewPanel *v = currentView())
            v->exportInteractive();
    });
    m_exportViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_reportAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                          QStringLiteral("wattprint-report.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_printAction = m_fileMenu->addAction(QString(), this, [this] {
        if (ViewPanel *v = currentView())
            v->printPreview();
    });
    m_printAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_preferencesAction = m_fileMenu->addAction(QString(), this, [this] {
        PreferencesDialog dialog(m_preferences, this);
        dialog.exec();
    });
    // The platform's key where it has one (empty on Linux desktops), and Ctrl+, everywhere.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(preferencesKeys);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_onlySelectionAction = m_editMenu->addAction(QString(), this, [this] { showOnlySelection(false); });
    m_excludeSelectionAction = m_editMenu->addAction(QString(), this, [this] { showOnlySelection(true); });
    m_clearFilterAction = m_editMenu->addAction(QString(), this,
                                                [this] { applyFilter(Filter(), tr("Clear the filter")); });
    m_clearFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));

    m_viewMenu = menuBar()->addMenu(QString());
    for (const QString &id : ViewRegistry::ids()) {
        QAction *toggle = m_docks.value(id)->toggleViewAction();
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    // Reads the store again: runs another process (a colleague's import into the same file or
    // server) added since it was opened (docs/postgresql.md).
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_nextViewAction = m_viewMenu->addAction(QString(), this, [this] { focusNeighbourView(1); });
    m_nextViewAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::Key_F6)});
    m_previousViewAction = m_viewMenu->addAction(QString(), this, [this] { focusNeighbourView(-1); });
    // Shift turns Tab into Backtab: both spellings, so the keys work whatever the platform sends.
    m_previousViewAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                        QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    m_viewMenu->addSeparator();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, [this] { m_layouts->resetToDefault(); });
    m_lockLayoutAction = m_viewMenu->addAction(QString());
    m_lockLayoutAction->setCheckable(true);
    connect(m_lockLayoutAction, &QAction::toggled, this, [this](bool locked) { m_layouts->setLocked(locked); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showGuide);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Wattprint"),
                           tr("<p><b>Wattprint %1</b></p><p>Where the energy of neural-network training goes.</p>"
                              "<p>Data: BUTTER-E (NREL, OEDI 5991, CC-BY-4.0), doi:10.25984/2329316.</p>")
                               .arg(QStringLiteral(WATTPRINT_VERSION)));
    });

    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->setMovable(false);
    m_mainToolBar->addAction(m_undoAction);
    m_mainToolBar->addAction(m_redoAction);
    m_mainToolBar->addSeparator();
    m_filterToolBar = new QToolBar(this);
    m_filterToolBar->setObjectName(QStringLiteral("filterToolBar"));
    m_filterToolBar->setMovable(false);
    m_filterToolBar->addWidget(m_filterBar);
    addToolBarBreak();
    addToolBar(Qt::TopToolBarArea, m_filterToolBar);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Findings and the texts drawn in charts are made with each result: the views make
        // them again in the new language (and number format).
        if (QLocale().name() != m_localeShown) {
            m_localeShown = QLocale().name();
            for (ViewPanel *v : std::as_const(m_views))
                v->refresh();
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_importAction->setText(tr("&Import..."));
    m_getButterEAction->setText(tr("&Get BUTTER-E data..."));
    m_openAction->setText(tr("&Open database..."));
    m_connectAction->setText(tr("&Connect to server..."));
    m_connectAction->setStatusTip(tr("Open a store shared on a PostgreSQL server"));
    m_newDemoAction->setText(tr("New &demo database..."));
    m_removeDemoAction->setText(tr("&Remove demo data"));
    m_exportViewAction->setText(tr("&Export view..."));
    m_reportAction->setText(tr("Export &report..."));
    m_reportAction->setStatusTip(tr("A PDF with a cover page, one page per open view and the method"));
    m_printAction->setText(tr("&Print..."));
    m_preferencesAction->setText(tr("Pre&ferences..."));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_onlySelectionAction->setText(tr("Show &only selection"));
    m_excludeSelectionAction->setText(tr("E&xclude selection"));
    m_clearFilterAction->setText(tr("&Clear filter"));
    m_refreshAction->setText(tr("Re&fresh"));
    m_refreshAction->setStatusTip(tr("Read the store again, with the runs imported since it was opened"));
    m_nextViewAction->setText(tr("&Next view"));
    m_previousViewAction->setText(tr("Pre&vious view"));
    m_resetLayoutAction->setText(tr("&Reset to default layout"));
    m_lockLayoutAction->setText(tr("&Lock layout"));
    m_aboutAction->setText(tr("&About Wattprint"));
    m_guideAction->setText(tr("&User guide"));
    m_mainToolBar->setWindowTitle(tr("Main"));
    m_filterToolBar->setWindowTitle(tr("Filter"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    m_progress->setAccessibleName(tr("Progress"));
    retranslateDocks();
    for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        bar->setAccessibleName(tr("Views in this stack"));
    if (m_buildingDemo)
        showViewNotices(demoNotice(m_progress->value()));
    // The window title names the store's source in the language in force.
    if (m_store && m_store->isOpen())
        m_host->setStore(*m_store, false);
    updateStatus();
    updateWriteActions();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The last layout comes back once the window has its real size (not before).
    if (!m_restoredLast && m_mode == Interactive) {
        m_restoredLast = true;
        QTimer::singleShot(0, this, [this] {
            QString error;
            if (!m_layouts->restoreLast(&error) && !error.isEmpty()) {
                warn(tr("Layout"),
                     tr("The saved layout could not be used (%1); the default layout is shown.").arg(error));
                applyDefaultLayout();
            }
        });
    }
}

void MainWindow::childEvent(QChildEvent *event)
{
    QMainWindow::childEvent(event);
    // The tabs of stacked docks are tab bars the window makes as it needs them.
    if (event->polished()) {
        if (auto *bar = qobject_cast<QTabBar *>(event->child())) {
            bar->installEventFilter(this);
            // A long stack of tabs (one column on a small screen) scrolls rather than cutting
            // every title to a few letters.
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
            bar->setAccessibleName(tr("Views in this stack"));
        }
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Item views claim Ctrl+Tab as a key of their own (it would start typing in a cell); in this
    // window it moves between views. Refusing the claim lets the shortcut run.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlTab = (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && (key->modifiers() & Qt::ControlModifier);
        if (auto *w = qobject_cast<QWidget *>(watched); ctrlTab && w && w->window() == this) {
            event->ignore();
            return true;
        }
    }
    // A tab shows the view's short title; its tooltip asks the view's question. Set as the
    // tooltip is asked for, since the dock layout resets tab tooltips to the titles.
    if (event->type() == QEvent::ToolTip) {
        if (auto *bar = qobject_cast<QTabBar *>(watched)) {
            const int index = bar->tabAt(static_cast<QHelpEvent *>(event)->pos());
            for (ViewPanel *v : std::as_const(m_views)) {
                if (index >= 0 && bar->tabText(index) == m_docks.value(v->viewId())->windowTitle()) {
                    bar->setTabToolTip(index, v->nugget());
                    break;
                }
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::question(const QString &title, const QString &text)
{
    if (m_mode == Headless)
        return true;
    return QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

void MainWindow::warn(const QString &title, const QString &text)
{
    if (m_mode == Headless) {
        qWarning("%s: %s", qPrintable(title), qPrintable(text));
        return;
    }
    QMessageBox::warning(this, title, text);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto store = std::make_unique<Store>(path);
    // Reading a large file whole takes a second: the window shows first (checkIntegrityInBackground).
    store->setIntegrityCheckDeferred(true);
    QString error;
    bool opened = store->open(&error);
    // A server that wants a password libpq does not have (no ~/.pgpass entry, no PGPASSWORD):
    // asked here, kept in this process's memory only (ServerPasswords), never in settings.
    for (int attempt = 0; !opened && m_mode == Interactive && attempt < 3 && store->location().isServer()
         && ServerPasswords::wasRefused(store->location());
         ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Connect to server"),
            (attempt == 0 ? QString() : tr("The server refused that password.") + QLatin1Char('\n'))
                + tr("Password of %1 for %2:")
                      .arg(store->location().user().isEmpty() ? tr("your user") : store->location().user(),
                           store->location().displayName()),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        ServerPasswords::set(store->location(), password);
        store = std::make_unique<Store>(path);
        error.clear();
        opened = store->open(&error);
        if (!opened && ServerPasswords::wasRefused(store->location()))
            ServerPasswords::forget(store->location());
    }
    if (!opened) {
        warn(tr("Open database"), error);
        return false;
    }
    m_store = std::move(store);
    if (!m_store->location().isServer())
        checkIntegrityInBackground();
    // Offered again by File > Connect to server... (a headless window keeps no history).
    if (m_mode == Interactive && m_store->location().isServer())
        m_preferences->addRecentServer(m_store->location().toString());
    refresh();
    return true;
}

void MainWindow::newDataGeneration()
{
    if (!m_store)
        return;
    m_host->updateDataSource(++m_generation);
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    m_host->setStore(*m_store);

    m_filterBar->setFilter(m_filterState->filter());
    m_runModel->setDatabaseInBackground(m_store->database(), m_filterState->filter(), m_store->path());
    updateWriteActions();
    readSummary();
    newDataGeneration();
    for (ViewPanel *v : std::as_const(m_views))
        v->refresh();
    updateStatus();
    emit dataChanged();
}

void MainWindow::readSummary()
{
    // Counting a million runs by every filter field takes seconds: the status bar and the filter
    // bar's lists fill in when the counts arrive.
    m_totalRuns = -1;
    m_counting = true;
    const QString path = m_store->path();
    m_summary.setFuture(QtConcurrent::run(&m_readers, [path]() -> std::optional<StoreSummary> {
        yieldToEveryone();
        Store store(path); // a connection of this thread's own
        if (!store.open(nullptr))
            return std::nullopt;
        return StoreSummary::compute(&store);
    }));
}

void MainWindow::checkIntegrityInBackground()
{
    const QString path = m_store->path();
    m_integrity.setFuture(QtConcurrent::run(&m_readers, [path] {
        yieldToGuiThread();
        QString error;
        return Store::integrityCheckPassed(path, &error) ? QString() : error;
    }));
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    const QString title = tr("Wattprint");
    if (!m_store || !m_store->isOpen()) {
        setWindowTitle(title);
        m_statusLabel->setText(isBusy() ? m_backgroundWhat : tr("No database open"));
        return;
    }
    if (isBusy()) {
        m_statusLabel->setText(m_buildingDemo ? demoNotice(m_progress->value()) : m_backgroundWhat);
        return;
    }
    const QString source = m_host->sourceDescription();
    QString where = m_store->location().isServer() ? m_store->location().displayName()
                                                   : QFileInfo(m_store->path()).fileName();
    if (m_store->isReadOnly())
        where = tr("%1, read-only").arg(where);
    setWindowTitle(QStringLiteral("%1 - %2 [%3]").arg(title, source, where));
    if (m_totalRuns < 0)
        m_statusLabel->setText(tr("Counting runs... - %1").arg(source));
    else
        m_statusLabel->setText(tr("%1 runs (%2 shown) - %3")
                                   .arg(units::count(m_totalRuns), units::count(m_runModel->totalCount()), source));
}

bool MainWindow::isBusy() const
{
    return m_watcher.isRunning();
}

bool MainWindow::allVisibleViewsReady() const
{
    if (isBusy() || m_counting)
        return false;
    for (ViewPanel *v : m_views) {
        if (v->isOnScreen() && !v->isReady())
            return false;
    }
    return true;
}

ViewPanel *MainWindow::currentView() const
{
    // The view holding the focus, else the first visible one.
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *v = qobject_cast<ViewPanel *>(w))
            return v;
    }
    for (ViewPanel *v : m_views) {
        if (v->isVisible() && ViewRegistry::chartIds().contains(v->viewId()))
            return v;
    }
    return m_views.isEmpty() ? nullptr : m_views.first();
}

void MainWindow::focusNeighbourView(int step)
{
    // Open docks, tabs behind others included, in the View menu's order.
    QList<ViewPanel *> open;
    for (const QString &id : ViewRegistry::ids()) {
        QDockWidget *d = m_docks.value(id);
        if (d && d->toggleViewAction()->isChecked())
            open << view(id);
    }
    open.removeAll(nullptr);
    if (open.isEmpty())
        return;
    qsizetype at = -1;
    for (QWidget *w = QApplication::focusWidget(); w && at < 0; w = w->parentWidget()) {
        if (auto *v = qobject_cast<ViewPanel *>(w))
            at = open.indexOf(v);
    }
    const qsizetype n = open.size();
    const qsizetype next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
    ViewPanel *v = open.at(next);
    QDockWidget *d = m_docks.value(v->viewId());
    d->raise(); // brings a tabbed dock to the front
    v->focusChart();
}

void MainWindow::applyFilter(const Filter &filter, const QString &text)
{
    m_filterHistory->apply(filter, text);
}

void MainWindow::showOnlySelection(bool exclude)
{
    // The selection of the view that has one (the runs table).
    QList<qint64> ids;
    for (ViewPanel *v : std::as_const(m_views)) {
        ids = v->selectedRunIds();
        if (!ids.isEmpty())
            break;
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select runs in the runs table first"), 5000);
        return;
    }
    Filter f = m_filterState->filter();
    f.runIds = ids;
    f.excludeRunIds = exclude;
    applyFilter(f,
                exclude ? tr("Exclude %n run(s)", nullptr, int(ids.size()))
                        : tr("Show only %n run(s)", nullptr, int(ids.size())));
}

ReportRequest MainWindow::reportRequest(const QString &outPath) const
{
    ReportRequest request;
    request.dbPath = m_store ? m_store->path() : QString();
    request.outPath = outPath;
    request.filter = m_filterState->filter();
    for (const QString &id : ViewRegistry::chartIds()) {
        QDockWidget *d = m_docks.value(id);
        ViewPanel *v = view(id);
        if (!d || !v || d->isHidden())
            continue;
        request.viewIds.append(id);
        request.viewStates.insert(id, v->saveState());
    }
    request.factors = m_preferences->carbonFactors();
    return request;
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        QList<ViewPanel *> charts;
        for (const QString &id : ViewRegistry::chartIds())
            charts.append(view(id));
        m_guide = new GuideWindow(charts, this);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

bool MainWindow::isReportRunning() const
{
    return m_report && m_report->isRunning();
}

void MainWindow::exportReport(const QString &path)
{
    if (isReportRunning() || isBusy()) {
        warn(tr("Export report"), tr("Wait for the running task to finish, or cancel it."));
        return;
    }
    if (!m_store) {
        warn(tr("Export report"), tr("Open or import a store first."));
        return;
    }
    ReportRequest request = reportRequest(path);
    if (request.viewIds.isEmpty()) {
        warn(tr("Export report"), tr("No view is open: open the views to report from the View menu."));
        return;
    }
    if (!m_report) {
        m_report = new ReportBuilder(this);
        connect(m_report, &ReportBuilder::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
        connect(m_report, &ReportBuilder::finished, this, [this](bool ok, const QString &error) {
            m_progress->hide();
            m_cancel->hide();
            if (ok)
                statusBar()->showMessage(tr("Wrote the report %1").arg(m_reportPath), 8000);
            else
                warn(tr("Export report"), error);
        });
    }
    m_reportPath = path;
    m_progress->setRange(0, int(request.viewIds.size()) + 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Report %v/%m"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_report->start(request);
}

void MainWindow::applyTheme()
{
    const Preferences::Theme theme = m_preferences->theme();
    static const QPalette systemPalette = QApplication::palette();
    if (theme == Preferences::Theme::System) {
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == Preferences::Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(37, 37, 38));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(50, 50, 52));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(38, 110, 180));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 240));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    QApplication::setPalette(dark);
}

void MainWindow::runInBackground(
    const QString &what,
    std::function<QList<ImportReport>(const QString &, const std::atomic_bool *, std::function<void(qint64, qint64)>)>
        work)
{
    if (isBusy() || !m_store)
        return;
    m_backgroundWhat = what;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_importAction->setEnabled(false);
    m_newDemoAction->setEnabled(false);
    m_openAction->setEnabled(false);
    const QString dbPath = m_store->path();
    auto flag = m_cancelFlag;
    QPointer<QProgressBar> bar = m_progress;
    auto progress = [bar](qint64 done, qint64 total) {
        const int value = total > 0 ? int(1000.0 * double(done) / double(total)) : 0;
        QMetaObject::invokeMethod(
            bar,
            [bar, value] {
                if (bar)
                    bar->setValue(value);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run([work, dbPath, flag, progress] { return work(dbPath, flag.get(), progress); }));
    updateStatus();
    emit busyChanged(true);
}

QString MainWindow::demoNotice(int permille) const
{
    return tr("Building the demo data... %1%").arg(permille / 10);
}

void MainWindow::showViewNotices(const QString &text)
{
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (auto *scroll = qobject_cast<DockScrollArea *>(dock->widget()))
            scroll->setNotice(text);
    }
}

void MainWindow::finishBackground()
{
    m_progress->hide();
    m_cancel->hide();
    m_cancelFlag.reset();
    m_buildingDemo = false;
    showViewNotices(QString());
    m_newDemoAction->setEnabled(true);
    m_openAction->setEnabled(true);
    const QList<ImportReport> reports = m_watcher.result();
    refresh();
    emit busyChanged(false);

    QStringList lines;
    QStringList details;
    bool anyFailed = false;
    for (const ImportReport &r : reports) {
        lines.append(r.ok ? r.summary() : r.error);
        anyFailed = anyFailed || !r.ok;
        for (const ImportIssue &issue : r.rejections)
            details.append(issue.message());
    }
    if (reports.size() == 1 && reports.first().ok && reports.first().rejected == 0
        && m_backgroundWhat == tr("Building demo data")) {
        statusBar()->showMessage(tr("Demo store built: %1").arg(DemoStore::label()), 8000);
        return;
    }
    if (lines.isEmpty() || m_mode == Headless || !isVisible())
        return;
    QMessageBox box(anyFailed ? QMessageBox::Warning : QMessageBox::Information, tr("Import report"),
                    lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::importFiles(const QStringList &files, bool skipInvalid, const QTimeZone &timeZone,
                             const QHash<QString, ColumnMapping> &mappings)
{
    if (refuseReadOnly(tr("Import")))
        return;
    runInBackground(tr("Importing"),
                    [files, skipInvalid, timeZone, mappings](const QString &dbPath, const std::atomic_bool *cancel,
                                                             std::function<void(qint64, qint64)> progress) {
                        QList<ImportReport> reports;
                        Store store(dbPath);
                        QString error;
                        if (!store.open(&error)) {
                            ImportReport r;
                            r.error = error;
                            return QList<ImportReport>{r};
                        }
                        Importer importer(&store);
                        importer.setCancelFlag(cancel);
                        importer.setProgressHandler(progress);
                        ImportOptions options;
                        options.skipInvalid = skipInvalid;
                        options.timeZone = timeZone;
                        for (const QString &file : files) {
                            const auto mapping = mappings.constFind(file);
                            options.mapping = mapping != mappings.cend() ? std::optional<ColumnMapping>(*mapping)
                                                                         : std::nullopt;
                            reports.append(importer.importFile(file, options));
                            if (cancel->load())
                                break;
                        }
                        return reports;
                    });
}

void MainWindow::buildDemo(const QString &path)
{
    // Open (and so create) the file on this thread first: the table reads it afterwards.
    auto store = std::make_unique<Store>(path);
    QString error;
    if (!store->open(&error)) {
        warn(tr("New demo database"), error);
        return;
    }
    m_store = std::move(store);
    refresh();
    // Until the store is built the views have nothing to show: each says what is happening.
    m_buildingDemo = true;
    showViewNotices(demoNotice(0));
    runInBackground(tr("Building demo data"),
                    [](const QString &dbPath, const std::atomic_bool *, std::function<void(qint64, qint64)> progress) {
                        Store worker(dbPath);
                        QString openError;
                        if (!worker.open(&openError)) {
                            ImportReport r;
                            r.error = openError;
                            return QList<ImportReport>{r};
                        }
                        return QList<ImportReport>{DemoStore::build(&worker, {}, progress)};
                    });
}

QString MainWindow::readOnlyMessage() const
{
    if (!m_store || !m_store->isOpen() || !m_store->isReadOnly())
        return {};
    return tr("Importing is not allowed: %1. Ask the store's owner to import.").arg(m_store->readOnlyReason());
}

bool MainWindow::refuseReadOnly(const QString &title)
{
    const QString why = readOnlyMessage();
    if (why.isEmpty())
        return false;
    statusBar()->showMessage(why, 10000);
    warn(title, why);
    return true;
}

void MainWindow::updateWriteActions()
{
    const QString why = readOnlyMessage();
    const bool mayWrite = why.isEmpty() && !isBusy();
    m_importAction->setEnabled(mayWrite);
    m_getButterEAction->setEnabled(mayWrite);
    m_removeDemoAction->setEnabled(mayWrite && m_host->isSynthetic());
    // An empty tooltip is the action's text again.
    for (QAction *action : {m_importAction, m_getButterEAction, m_removeDemoAction}) {
        action->setToolTip(why);
        action->setStatusTip(why);
    }
    if (why.isEmpty())
        m_getButterEAction->setStatusTip(tr("Download the measured BUTTER-E files from NREL's OEDI and import them"));
    m_readOnlyLabel->setVisible(!why.isEmpty());
    m_readOnlyLabel->setText(why.isEmpty() ? QString() : tr("Read-only"));
    m_readOnlyLabel->setToolTip(why);
}

void MainWindow::importDroppedFiles(const QStringList &files)
{
    if (files.isEmpty() || refuseReadOnly(tr("Import")))
        return;
    if (m_mode == Headless) {
        importFiles(files, false, m_preferences->importTimeZone());
        return;
    }
    // Through the dialog: a file the importer does not recognise asks for its column mapping there.
    ImportDialog dialog(this);
    dialog.setTimeZone(m_preferences->importTimeZone());
    dialog.setFiles(files);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_preferences->setImportTimeZone(dialog.timeZone());
    importFiles(dialog.files(), dialog.skipInvalid(), dialog.timeZone(), dialog.mappings());
}

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty())
        return;
    // Refused at once on a store that may only be read: the cursor says no and the status bar why.
    const QString why = readOnlyMessage();
    if (!why.isEmpty()) {
        statusBar()->showMessage(why, 10000);
        event->ignore();
        return;
    }
    if (!isBusy())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: the dialog must not run inside the drag's event.
    QMetaObject::invokeMethod(
        this, [this, files] { importDroppedFiles(files); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
    if (m_mode == Interactive)
        m_layouts->saveLast();
    QMainWindow::closeEvent(event);
}

} // namespace wattprint
