#include "datadownloader.h"

#include "units.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace wattprint {

QList<RemoteFile> butterEFiles()
{
    // Listed sizes as OEDI's page gives them (docs/data.md, "Getting the BUTTER-E files").
    return {
        {QStringLiteral("runs_with_standardized_energy.csv.zip"),
         DataDownloader::tr("Runs: energy, time, power, network (needed)"),
         5'800'000,
         0,
         {}},
        {QStringLiteral("butter_e_energy.zip"),
         DataDownloader::tr("Watt-meter traces, 1-minute samples"),
         20'900'000,
         0,
         {}},
        {QStringLiteral("node_sinfo.csv"), DataDownloader::tr("Nodes: CPUs, memory, GPUs"), 97'000, 0, {}},
        {QStringLiteral("node_power_dist.csv"), DataDownloader::tr("Power quantiles of each node"), 1'800'000, 0, {}},
    };
}

QUrl butterEBaseUrl()
{
    return QUrl(QStringLiteral("https://data.openei.org/files/5991/"));
}

DataDownloader::DataDownloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(butterEBaseUrl())
{}

DataDownloader::~DataDownloader()
{
    if (m_reply) {
        m_cancelled = true;
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void DataDownloader::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    if (!m_baseUrl.path().endsWith(u'/'))
        m_baseUrl.setPath(m_baseUrl.path() + u'/');
}

QUrl DataDownloader::baseUrl() const
{
    return m_baseUrl;
}

void DataDownloader::setTargetDirectory(const QString &path)
{
    m_target = path;
}

QString DataDownloader::targetDirectory() const
{
    return m_target;
}

void DataDownloader::setStallTimeout(int seconds)
{
    m_stallSeconds = std::max(1, seconds);
}

QString DataDownloader::finalPath(const RemoteFile &file) const
{
    return QDir(m_target).filePath(file.name);
}

QString DataDownloader::partPath(const RemoteFile &file) const
{
    return finalPath(file) + QStringLiteral(".part");
}

qint64 DataDownloader::partialBytes(const RemoteFile &file) const
{
    const QFileInfo info(partPath(file));
    return info.exists() ? info.size() : 0;
}

bool DataDownloader::isComplete(const RemoteFile &file) const
{
    return QFileInfo::exists(finalPath(file));
}

bool DataDownloader::isRunning() const
{
    return m_index >= 0;
}

void DataDownloader::start(const QList<RemoteFile> &files)
{
    if (isRunning())
        return;
    m_files = files;
    m_index = -1;
    startNext();
}

void DataDownloader::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows, which keeps the .part file
}

void DataDownloader::startNext()
{
    ++m_index;
    m_cancelled = false;
    m_failed = false;
    if (m_index >= m_files.size()) {
        m_index = -1;
        emit finished(true, false);
        return;
    }
    const RemoteFile &file = m_files.at(m_index);
    if (isComplete(file)) {
        emit fileFinished(m_index, finalPath(file));
        // Queued, so that a long list of finished files does not recurse.
        QTimer::singleShot(0, this, &DataDownloader::startNext);
        return;
    }
    if (!QDir().mkpath(m_target)) {
        fail(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(m_target)), false);
        return;
    }
    m_part.setFileName(partPath(file));
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Append)) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()), false);
        return;
    }
    m_resumeFrom = m_part.size();
    m_total = -1;

    QNetworkRequest request(m_baseUrl.resolved(QUrl(file.name)));
    // Byte-exact transfers: sizes and ranges count the file's bytes, not a compressed stream.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_resumeFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_stallSeconds * 1000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DataDownloader::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &DataDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DataDownloader::onFinished);
    emit progress(m_index, m_resumeFrom, -1);
}

void DataDownloader::onMetaData()
{
    if (!m_reply || m_failed)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        static const QRegularExpression range(QStringLiteral(R"(^bytes\s+(\d+)-(\d+)/(\d+|\*)$)"));
        const QRegularExpressionMatch m = range.match(
            QString::fromLatin1(m_reply->rawHeader("Content-Range")).trimmed());
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_resumeFrom) {
            // Appending a part from elsewhere would corrupt the file: start it again next time.
            fail(tr("The server resumed %1 at the wrong place; the partial download was removed, "
                    "download again to start it afresh")
                     .arg(m_files.at(m_index).name),
                 true);
            return;
        }
        m_total = m.captured(3) == u'*' ? -1 : m.captured(3).toLongLong();
    } else if (status == 200) {
        if (m_resumeFrom > 0) {
            // The server ignored the range and sends the whole file: drop what was there.
            m_part.resize(0);
            m_resumeFrom = 0;
        }
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_total = length.isValid() ? length.toLongLong() : -1;
    }
    emit progress(m_index, m_resumeFrom, m_total);
}

void DataDownloader::onReadyRead()
{
    if (!m_reply || m_failed)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // an error page; finished() reports the status
    const QByteArray data = m_reply->readAll();
    if (m_part.write(data) != data.size()) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()), false);
        return;
    }
    const qint64 received = m_part.size();
    if (m_total >= 0 && received > m_total) {
        fail(tr("The server sent more of %1 than the %2 it announced; the partial download was removed")
                 .arg(m_files.at(m_index).name, units::bytes(double(m_total))),
             true);
        return;
    }
    emit progress(m_index, received, m_total);
}

void DataDownloader::onFinished()
{
    if (!m_reply)
        return;
    if (m_reply->bytesAvailable() > 0 && !m_failed && !m_cancelled)
        onReadyRead(); // may fail (and so let go of the reply)
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const qint64 received = m_part.size();
    m_part.close();
    if (m_failed)
        return;
    const RemoteFile file = m_files.at(m_index);
    if (m_cancelled) {
        m_index = -1;
        emit finished(false, true);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400 || (reply->error() != QNetworkReply::NoError && status == 0 && received == 0)) {
        const QString why = status >= 400
            ? tr("the server answered %1 %2")
                  .arg(status)
                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
            : reply->errorString();
        fail(tr("Cannot download %1: %2").arg(file.name, why), received == 0);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || (m_total >= 0 && received < m_total)) {
        fail(tr("The connection was lost after %1 of %2 of %3 (%4). What arrived is kept: download "
                "again to resume.")
                 .arg(units::bytes(double(received)),
                      m_total >= 0 ? units::bytes(double(m_total)) : tr("an unknown size"), file.name,
                      reply->error() != QNetworkReply::NoError ? reply->errorString() : tr("the transfer ended early")),
             false);
        return;
    }
    QString reason;
    if (!verify(file, &reason)) {
        fail(reason, true);
        return;
    }
    const QString target = finalPath(file);
    QFile::remove(target);
    if (!QFile::rename(m_part.fileName(), target)) {
        fail(tr("Cannot rename %1 to %2").arg(QDir::toNativeSeparators(m_part.fileName()), file.name), false);
        return;
    }
    emit fileFinished(m_index, target);
    startNext();
}

bool DataDownloader::verify(const RemoteFile &file, QString *reason) const
{
    const qint64 size = QFileInfo(m_part.fileName()).size();
    if (file.exactSize > 0 && size != file.exactSize) {
        *reason = tr("%1 has %2 bytes where the publisher lists %3; it was removed, as it is not the published "
                     "file")
                      .arg(file.name)
                      .arg(size)
                      .arg(file.exactSize);
        return false;
    }
    if (!file.sha256.isEmpty()) {
        QFile in(m_part.fileName());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!in.open(QIODevice::ReadOnly) || !hash.addData(&in)) {
            *reason = tr("Cannot read %1 to check it").arg(QDir::toNativeSeparators(in.fileName()));
            return false;
        }
        if (hash.result().toHex() != file.sha256.toLower()) {
            *reason = tr("%1 does not match the published SHA-256 checksum; it was removed").arg(file.name);
            return false;
        }
    }
    return true;
}

void DataDownloader::fail(const QString &reason, bool removePart)
{
    m_failed = true;
    if (QNetworkReply *reply = m_reply) {
        // Stopped here: its finished() must not report the transfer a second time.
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_part.close();
    if (removePart)
        QFile::remove(m_part.fileName());
    const int index = m_index;
    m_index = -1;
    emit fileFailed(index, reason);
    emit finished(false, false);
}

} // namespace wattprint
