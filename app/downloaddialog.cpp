#include "downloaddialog.h"

#include "units.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wattprint {

namespace {

enum Column { FileColumn, WhatColumn, SizeColumn, StatusColumn };

} // namespace

DownloadDialog::DownloadDialog(QWidget *parent)
    : QDialog(parent)
    , m_downloader(new DataDownloader(this))
    , m_files(butterEFiles())
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_download(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("downloadDialog"));
    const QByteArray mirror = qgetenv("WATTPRINT_BUTTER_E_URL");
    if (!mirror.isEmpty())
        m_downloader->setBaseUrl(QUrl(QString::fromUtf8(mirror)));
    m_downloader->setTargetDirectory(defaultTargetDirectory());

    m_intro->setWordWrap(true);
    m_intro->setOpenExternalLinks(true);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    for (const RemoteFile &file : std::as_const(m_files)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(FileColumn, file.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(FileColumn, Qt::Checked);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_folder->setText(QDir::toNativeSeparators(m_downloader->targetDirectory()));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    layout->addLayout(folderRow);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_download);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_folderLabel->setBuddy(m_folder);

    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        updateStatus();
        updateButtons();
    });
    connect(m_folder, &QLineEdit::editingFinished, this,
            [this] { setTargetDirectory(QDir::fromNativeSeparators(m_folder->text().trimmed())); });
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the BUTTER-E files"),
                                                              m_downloader->targetDirectory());
        if (!dir.isEmpty())
            setTargetDirectory(dir);
    });
    connect(m_download, &QPushButton::clicked, this, &DownloadDialog::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, &DownloadDialog::cancelDownload);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DownloadDialog::reject);

    connect(m_downloader, &DataDownloader::progress, this, [this](int index, qint64 received, qint64 total) {
        m_current = m_running.value(index, -1);
        m_currentReceived = received;
        m_currentTotal = total;
        if (total > 0)
            m_progress->setValue(int(1000.0 * double(received) / double(total)));
        else
            m_progress->setValue(0);
        updateStatus();
    });
    connect(m_downloader, &DataDownloader::fileFinished, this, [this](int index, const QString &) {
        m_failures.remove(m_running.value(index, -1));
        m_current = -1;
        updateStatus();
    });
    connect(m_downloader, &DataDownloader::fileFailed, this, [this](int index, const QString &reason) {
        m_failures.insert(m_running.value(index, -1), reason);
        m_message->setText(reason);
    });
    connect(m_downloader, &DataDownloader::finished, this, [this](bool ok, bool cancelled) {
        m_running.clear();
        m_current = -1;
        if (ok)
            m_message->setText(tr("All chosen files are here and checked. Import adds them to the open database."));
        else if (cancelled)
            m_message->setText(tr("Stopped. What arrived is kept: Download resumes where it stopped."));
        m_progress->setValue(ok ? 1000 : m_progress->value());
        updateStatus();
        updateButtons();
    });

    retranslateUi();
    updateButtons();
    resize(900, 400);
}

QString DownloadDialog::defaultTargetDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("butter-e"));
}

void DownloadDialog::setBaseUrl(const QUrl &url)
{
    m_downloader->setBaseUrl(url);
    retranslateUi();
}

void DownloadDialog::setTargetDirectory(const QString &path)
{
    if (isDownloading())
        return;
    m_downloader->setTargetDirectory(path);
    m_folder->setText(QDir::toNativeSeparators(path));
    m_failures.clear();
    updateStatus();
    updateButtons();
}

QString DownloadDialog::targetDirectory() const
{
    return m_downloader->targetDirectory();
}

bool DownloadDialog::isDownloading() const
{
    return m_downloader->isRunning();
}

QList<int> DownloadDialog::chosen() const
{
    QList<int> result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(FileColumn) == Qt::Checked)
            result.append(i);
    }
    return result;
}

QStringList DownloadDialog::files() const
{
    QStringList result;
    for (int i : chosen()) {
        if (m_downloader->isComplete(m_files.at(i)))
            result.append(m_downloader->finalPath(m_files.at(i)));
    }
    return result;
}

void DownloadDialog::startDownload()
{
    if (isDownloading())
        return;
    m_running = chosen();
    if (m_running.isEmpty())
        return;
    m_failures.clear();
    m_message->clear();
    m_progress->setValue(0);
    QList<RemoteFile> files;
    for (int i : std::as_const(m_running))
        files.append(m_files.at(i));
    m_downloader->start(files);
    updateButtons();
}

void DownloadDialog::cancelDownload()
{
    m_downloader->cancel();
}

void DownloadDialog::reject()
{
    // Closing stops the transfer; the .part file stays for next time.
    m_downloader->cancel();
    QDialog::reject();
}

void DownloadDialog::updateStatus()
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_files.size(); ++i) {
        const RemoteFile &file = m_files.at(i);
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        QString status;
        if (i == m_current) {
            status = m_currentTotal > 0
                ? tr("%1 of %2").arg(units::bytes(double(m_currentReceived)), units::bytes(double(m_currentTotal)))
                : tr("%1 received").arg(units::bytes(double(m_currentReceived)));
        } else if (m_failures.contains(i)) {
            status = tr("Failed, see below");
        } else if (m_downloader->isComplete(file)) {
            status = tr("Downloaded");
        } else if (const qint64 part = m_downloader->partialBytes(file); part > 0) {
            status = tr("%1 here, the rest will be resumed").arg(units::bytes(double(part)));
        } else if (m_running.contains(i)) {
            status = tr("Waiting");
        } else {
            status = tr("Not downloaded");
        }
        item->setText(StatusColumn, status);
        item->setToolTip(StatusColumn, m_failures.value(i, status));
    }
}

void DownloadDialog::updateButtons()
{
    const bool running = isDownloading();
    const QList<int> picked = chosen();
    bool allHere = !picked.isEmpty();
    bool anyPartial = false;
    for (int i : picked) {
        allHere = allHere && m_downloader->isComplete(m_files.at(i));
        anyPartial = anyPartial || m_downloader->partialBytes(m_files.at(i)) > 0;
    }
    m_download->setEnabled(!running && !picked.isEmpty() && !allHere);
    m_download->setText(anyPartial ? tr("&Resume download") : tr("&Download"));
    m_cancel->setEnabled(running);
    // The list stays readable while files arrive; only its ticks are frozen.
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            item->setFlags(running ? item->flags() & ~Qt::ItemIsUserCheckable
                                   : item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    m_folder->setEnabled(!running);
    m_chooseFolder->setEnabled(!running);
    // Import takes the chosen files once they are all here, so nothing is imported half.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!running && allHere);
}

void DownloadDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DownloadDialog::retranslateUi()
{
    setWindowTitle(tr("Get BUTTER-E data"));
    const QString url = m_downloader->baseUrl().toString();
    m_intro->setText(
        tr("<p>BUTTER-E (NREL, OEDI submission 5991, licence CC-BY-4.0) publishes the measured energy of about "
           "63,000 training runs at <a href=\"%1\">%1</a>. Choose the files to fetch: each is checked when it "
           "arrives and only then put under its own name. A download that stops keeps what arrived and resumes "
           "where it stopped. <b>Import</b> then adds the files to the open database, as File &gt; Import "
           "does.</p>")
            .arg(url.toHtmlEscaped()));
    m_list->setHeaderLabels({tr("File"), tr("What it holds"), tr("Size"), tr("Status")});
    m_list->setAccessibleName(tr("BUTTER-E files"));
    const QList<RemoteFile> translated = butterEFiles();
    for (int i = 0; i < m_files.size(); ++i) {
        m_files[i].description = translated.value(i).description;
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setText(WhatColumn, m_files.at(i).description);
        item->setToolTip(WhatColumn, m_files.at(i).description);
        item->setText(SizeColumn, tr("about %1").arg(units::bytes(double(m_files.at(i).listedSize))));
    }
    m_folderLabel->setText(tr("&Save to:"));
    m_folder->setAccessibleName(tr("Folder for the downloaded files"));
    m_chooseFolder->setText(tr("C&hoose..."));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setFormat(tr("%p%"));
    m_cancel->setText(tr("&Stop"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    updateStatus();
    updateButtons();
}

} // namespace wattprint
