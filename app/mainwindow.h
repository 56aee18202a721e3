#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace wattprint {

class FilterState;
class RunTableModel;
class RunsView;
class Store;
struct ImportReport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the store at dbPath; when the file does not exist yet, builds the demo store into it.
    explicit MainWindow(const QString &dbPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store *store() const { return m_store.get(); }
    RunTableModel *runModel() const { return m_runModel; }
    FilterState *filterState() const { return m_filterState; }
    bool isBusy() const;
    QString statusText() const;

    bool openDatabase(const QString &path);
    void importFiles(const QStringList &files, bool skipInvalid);
    void buildDemo(const QString &path);

signals:
    void dataChanged();
    void busyChanged(bool busy);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void refresh();
    void updateStatus();
    // Runs work on the thread pool with a fresh connection to the store file;
    // progress and Cancel show in the status bar; the store is reread when it ends.
    void runInBackground(const QString &what,
                         std::function<QList<ImportReport>(const QString &dbPath, const std::atomic_bool *cancel,
                                                           std::function<void(qint64, qint64)> progress)> work);
    void finishBackground();

    std::unique_ptr<Store> m_store;
    FilterState *m_filterState;
    RunTableModel *m_runModel;
    RunsView *m_runsView;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QFutureWatcher<QList<ImportReport>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QString m_backgroundWhat;
    QString m_sourceText;

    QAction *m_importAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newDemoAction = nullptr;
    QAction *m_removeDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace wattprint
