#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace wattprint {

// A file a data set publishes, as the downloader fetches it.
struct RemoteFile
{
    QString name;        // file name on the server and on disk
    QString description; // for people, translated
    // What the publisher lists; shown before the server is asked. 0 when unknown.
    qint64 listedSize = 0;
    // The exact size in bytes when the publisher states it (checked), 0 when it does not.
    qint64 exactSize = 0;
    // SHA-256 in hex when the publisher states one (checked), empty when it does not.
    QByteArray sha256;
};

// The BUTTER-E files the importer reads, from OEDI submission 5991 (docs/data.md, "Getting the
// BUTTER-E files"). OEDI publishes neither exact sizes nor checksums, so the size is checked
// against what the server announces for the transfer.
QList<RemoteFile> butterEFiles();
QUrl butterEBaseUrl(); // https://data.openei.org/files/5991/

// Downloads files one after another into a folder, with progress, cancel and resume. A file is
// written as NAME.part and renamed to NAME only once it is whole and checked, so a file under its
// own name is always complete. After a dropped connection or a cancel the .part file stays, and the
// next start asks the server for the rest (an HTTP Range request); a server that ignores the range
// sends the whole file again. Everything runs on the thread the object lives on.
class DataDownloader : public QObject
{
    Q_OBJECT
public:
    explicit DataDownloader(QObject *parent = nullptr);
    ~DataDownloader() override;

    void setBaseUrl(const QUrl &url); // a folder: each file's name is appended
    QUrl baseUrl() const;
    void setTargetDirectory(const QString &path);
    QString targetDirectory() const;
    // Seconds without a byte before a transfer counts as dropped (default 30).
    void setStallTimeout(int seconds);

    QString finalPath(const RemoteFile &file) const;
    QString partPath(const RemoteFile &file) const;
    // Bytes already on disk of an unfinished download (0 when there is none).
    qint64 partialBytes(const RemoteFile &file) const;
    bool isComplete(const RemoteFile &file) const; // the final file exists

    // Fetches `files` in order; files already complete are skipped (and reported finished).
    // Ignored while a download runs.
    void start(const QList<RemoteFile> &files);
    // Stops the transfer in progress; its .part file stays for a resume.
    void cancel();
    bool isRunning() const;

signals:
    // `total` is -1 until the server says how big the file is.
    void progress(int index, qint64 received, qint64 total);
    void fileFinished(int index, const QString &path);
    void fileFailed(int index, const QString &reason);
    // After the last file, after a failure (the later files are not fetched) or a cancel.
    void finished(bool ok, bool cancelled);

private:
    void startNext();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &reason, bool removePart);
    bool verify(const RemoteFile &file, QString *reason) const;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_target;
    int m_stallSeconds = 30;
    QList<RemoteFile> m_files;
    int m_index = -1;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    qint64 m_resumeFrom = 0; // bytes on disk when the request went out
    qint64 m_total = -1;     // the whole file's size, as the server announced it
    bool m_cancelled = false;
    bool m_failed = false;
};

} // namespace wattprint
