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
class CsvReader
{
public:
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
    // 1-based physical line on which the current record starts.
    qint64 lineNumber() const { return m_recordLine; }
    qint64 bytesConsumed() const { return m_consumed; }
    QString error() const { return m_error; }
    // True if the first bytes of the input held a NUL byte (not a text file).
    bool looksBinary();

private:
    struct Span
    {
        qsizetype offset;
        qsizetype length;
    };
    bool fill();

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
    QString m_error;
};

} // namespace wattprint
