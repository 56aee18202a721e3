#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QUrl>

#include "datadownloader.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace wattprint {

// File > Get BUTTER-E data...: lists the OEDI 5991 files the importer reads, downloads the chosen
// ones with progress, cancel and resume, and hands the complete files to the import.
class DownloadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DownloadDialog(QWidget *parent = nullptr);

    // Where the files come from (default OEDI, or $WATTPRINT_BUTTER_E_URL) and go to.
    void setBaseUrl(const QUrl &url);
    void setTargetDirectory(const QString &path);
    QString targetDirectory() const;

    // The complete files among the chosen ones: what Import hands on.
    QStringList files() const;
    bool isDownloading() const;

    static QString defaultTargetDirectory();

public slots:
    void startDownload();
    void cancelDownload();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<int> chosen() const;
    void updateStatus();
    void updateButtons();
    void retranslateUi();

    DataDownloader *m_downloader;
    QList<RemoteFile> m_files;
    QList<int> m_running; // indexes into m_files of the files being fetched
    QHash<int, QString> m_failures;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_chooseFolder;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    qint64 m_currentReceived = 0;
    qint64 m_currentTotal = -1;
    int m_current = -1; // index into m_files of the file in transfer
};

} // namespace wattprint
