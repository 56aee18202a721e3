#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

class QIODevice;

namespace wattprint {

// Streaming RFC 4180 reader: quoted fields (with "" escapes and embedded line breaks),
// LF or CRLF line ends, a UTF-8 byte-order mark. Reads the device in chunks, so a
// gigabyte file costs one buffer. Field views stay valid until the next readRow().
// A record longer than MaxRecordBytes or with more than MaxFields fields stops the reader
// with an error: memory stays bounded whatever the input (a BUTTER-E row is < 1 kB and
// has at most ~110 fields).
class CsvReader
{
public:
    static constexpr qint64 MaxRecordBytes = 1 << 20;
    static constexpr qsizetype MaxFields = 4096;

    explicit CsvReader(QIODevice *device, qsizetype chunkSize = 1 << 20);

    // Reads the next record. Returns false at the end of input or on a malformed
    // record (see error()). Blank lines are skipped.
    bool readRow();

    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const Span &s = m_fields[size_t(i)];
        return QByteArrayView(m_row.constData() + s.offset, s.length);
    }
    // "PREFIX-" + the SHA-1 (hex) of the current record's fields: a key that is the same whenever the
    // same row is read again, so importing a file twice adds nothing.
    QByteArray rowKey(QByteArrayView prefix) const;
    // 1-based physical line on which the current record starts.
    qint64 lineNumber() const { return m_recordLine; }
    qint64 bytesConsumed() const { return m_consumed; }
    QString error() const { return m_error; }
    // True when the device reported a read error (not the end of input).
    bool readFailed() const { return m_readFailed; }
    // True if the first bytes of the input held a NUL byte (not a text file).
    bool looksBinary();

private:
    struct Span
    {
        qsizetype offset;
        qsizetype length;
    };
    bool fill();
    bool tooLong();
    bool addField(qsizetype start);

    QIODevice *m_device;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    QByteArray m_row;
    std::vector<Span> m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_consumed = 0;
    qint64 m_recordStart = 0; // m_consumed where the current record began
    bool m_readFailed = false;
    QString m_error;
};

} // namespace wattprint
