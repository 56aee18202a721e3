#include "mainwindow.h"

#include "importdialog.h"

#include <demostore.h>
#include <filterstate.h>
#include <importer.h>
#include <runsview.h>
#include <runtablemodel.h>
#include <store.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent>

namespace wattprint {

MainWindow::MainWindow(const QString &dbPath, QWidget *parent)
    : QMainWindow(parent)
    , m_filterState(new FilterState(this))
    , m_runModel(new RunTableModel(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    m_runsView = new RunsView(m_runModel);
    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("dock-runs"));
    dock->setWidget(m_runsView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The central area stays for the charts; until they exist the table fills the window.
    setCentralWidget(nullptr);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
    });
    connect(&m_watcher, &QFutureWatcher<QList<ImportReport>>::finished, this, &MainWindow::finishBackground);
    connect(m_filterState, &FilterState::changed, this, [this] { m_runModel->setFilter(m_filterState->filter()); });
    connect(m_runModel, &RunTableModel::totalCountChanged, this, &MainWindow::updateStatus);

    createActions();
    retranslateUi();
    m_viewMenu->addAction(dock->toggleViewAction());
    resize(1200, 760);

    if (!QFileInfo::exists(dbPath))
        buildDemo(dbPath);
    else
        openDatabase(dbPath);
}

MainWindow::~MainWindow()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        ImportDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            importFiles(dialog.files(), dialog.skipInvalid());
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_openAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Wattprint database"), QString(),
                                                          tr("Wattprint databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    m_openAction->setShortcut(QKeySequence::Open);
    m_newDemoAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New demo database"), QStringLiteral("demo.sqlite"),
                                                          tr("Wattprint databases (*.sqlite *.db)"));
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            QMessageBox::warning(this, tr("New demo database"), tr("Cannot replace %1").arg(path));
            return;
        }
        buildDemo(path);
    });
    m_removeDemoAction = m_fileMenu->addAction(QString(), this, [this] {
        QString error;
        if (!m_store || !m_store->removeSyntheticData(&error)) {
            QMessageBox::warning(this, tr("Remove demo data"), error);
            return;
        }
        refresh();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_importAction->setText(tr("&Import..."));
    m_openAction->setText(tr("&Open database..."));
    m_newDemoAction->setText(tr("New &demo database..."));
    m_removeDemoAction->setText(tr("&Remove demo data"));
    m_quitAction->setText(tr("&Quit"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    m_progress->setAccessibleName(tr("Progress"));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("dock-runs")))
        dock->setWindowTitle(tr("Runs"));
    updateStatus();
}

bool MainWindow::openDatabase(const QString &path)
{
    auto store = std::make_unique<Store>(path);
    QString error;
    if (!store->open(&error)) {
        QMessageBox::critical(this, tr("Open database"), error);
        return false;
    }
    m_store = std::move(store);
    refresh();
    return true;
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    m_sourceText = m_store->sourceDescription();
    m_runsView->setSourceLabel(m_sourceText, m_store->hasSyntheticData());
    m_runModel->setDatabase(m_store->database());
    m_removeDemoAction->setEnabled(m_store->hasSyntheticData());
    updateStatus();
    emit dataChanged();
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
    setWindowTitle(QStringLiteral("%1 - %2 [%3]").arg(title, m_sourceText, QFileInfo(m_store->path()).fileName()));
    const QLocale locale;
    qint64 all = 0;
    {
        // The unfiltered count is cheap (COUNT on the primary key).
        const RunTableModel *model = m_runModel;
        all = model->filter().isEmpty() ? model->totalCount() : -1;
    }
    if (all < 0) {
        RunTableModel probe;
        probe.setDatabase(m_store->database());
        all = probe.totalCount();
    }
    m_statusLabel->setText(tr("%1 runs (%2 shown) - %3")
                               .arg(locale.toString(all), locale.toString(m_runModel->totalCount()), m_sourceText));
}

bool MainWindow::isBusy() const
{
    return m_watcher.isRunning();
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
    m_progress->setFormat(what + QStringLiteral(" %p%"));
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
        QMetaObject::invokeMethod(bar, [bar, value] {
            if (bar)
                bar->setValue(value);
        }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([work, dbPath, flag, progress] { return work(dbPath, flag.get(), progress); }));
    emit busyChanged(true);
}

void MainWindow::finishBackground()
{
    m_progress->hide();
    m_cancel->hide();
    m_importAction->setEnabled(true);
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
    if (lines.isEmpty() || !isVisible())
        return;
    QMessageBox box(anyFailed ? QMessageBox::Warning : QMessageBox::Information, tr("Import report"),
                    lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::importFiles(const QStringList &files, bool skipInvalid)
{
    runInBackground(tr("Importing"), [files, skipInvalid](const QString &dbPath, const std::atomic_bool *cancel,
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
        for (const QString &file : files) {
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
        QMessageBox::critical(this, tr("New demo database"), error);
        return;
    }
    m_store = std::move(store);
    refresh();
    runInBackground(tr("Building demo data"), [](const QString &dbPath, const std::atomic_bool *cancel,
                                                 std::function<void(qint64, qint64)> progress) {
        Store worker(dbPath);
        QString openError;
        if (!worker.open(&openError)) {
            ImportReport r;
            r.error = openError;
            return QList<ImportReport>{r};
        }
        Q_UNUSED(cancel);
        return QList<ImportReport>{DemoStore::build(&worker, {}, progress)};
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
    QMainWindow::closeEvent(event);
}

} // namespace wattprint
