#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the downloader's tests: it serves byte arrays by file
// name, honours "Range: bytes=N-" requests (206 with Content-Range), and can misbehave on purpose:
// drop the connection after some bytes, ignore ranges, announce another length, or stall.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace wattprint::testsupport {

class LoopbackHttpServer
{
public:
    struct File
    {
        QByteArray body;
        qint64 dropAfter = -1;    // the next response sends this many body bytes, then closes
        bool ignoreRange = false; // answer 200 with the whole file to a range request
        qint64 announce = -1;     // Content-Length to announce instead of the true one
        bool stall = false;       // send half of the body, then nothing
    };

    LoopbackHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/files/5991/").arg(m_server.serverPort())); }

    QHash<QString, File> files;
    QList<QByteArray> ranges; // the Range header of each request, empty when it had none
    int requests = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = pending.left(end).split('\n');
        m_pending.remove(socket);
        ++requests;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QString name = QString::fromLatin1(first.value(1)).section(u'/', -1);
        QByteArray range;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("range:"))
                range = line.mid(6).trimmed();
        }
        ranges.append(range);
        if (!files.contains(name)) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
            socket->disconnectFromHost();
            return;
        }
        File &file = files[name];
        qint64 from = 0;
        if (range.startsWith("bytes=") && range.endsWith('-') && !file.ignoreRange)
            from = range.mid(6, range.size() - 7).toLongLong();
        const QByteArray body = file.body.mid(from);
        QByteArray head;
        if (from > 0) {
            head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(from) + '-'
                + QByteArray::number(file.body.size() - 1) + '/' + QByteArray::number(file.body.size()) + "\r\n";
        } else {
            head = "HTTP/1.1 200 OK\r\n";
        }
        const qint64 length = file.announce >= 0 ? file.announce : body.size();
        head += "Content-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(length)
            + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        if (file.stall) {
            socket->write(body.left(body.size() / 2));
            socket->flush();
            return; // and nothing more, until the client gives up
        }
        if (file.dropAfter >= 0) {
            socket->write(body.left(file.dropAfter));
            file.dropAfter = -1;
        } else {
            socket->write(body);
        }
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace wattprint::testsupport
