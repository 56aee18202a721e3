#include "csvreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>

#include <cstring>

namespace wattprint {

CsvReader::CsvReader(QIODevice *device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize)
{
    m_fields.reserve(64);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_chunkSize);
    const qint64 got = m_device->read(m_buffer.data() + old, m_chunkSize);
    if (got <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        if (got < 0) {
            // A read error (a damaged zip member, an I/O error) is not the end of the file.
            m_readFailed = true;
            const QString why = m_device->errorString();
            m_error = QCoreApplication::translate("CsvReader", "line %1: the input cannot be read further (%2)")
                          .arg(m_line)
                          .arg(why.isEmpty() || why == QLatin1String("Unknown error")
                                   ? QCoreApplication::translate("CsvReader", "read error")
                                   : why);
        }
        return false;
    }
    m_buffer.resize(old + got);
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        }
    }
    return true;
}

bool CsvReader::looksBinary()
{
    if (!m_started)
        fill();
    const qsizetype n = std::min<qsizetype>(m_buffer.size(), 4096);
    return std::memchr(m_buffer.constData(), '\0', size_t(n)) != nullptr;
}

bool CsvReader::tooLong()
{
    if (m_consumed - m_recordStart <= MaxRecordBytes)
        return false;
    m_error = QCoreApplication::translate("CsvReader",
                                          "line %1: a record is longer than %2 bytes; this is not a BUTTER-E CSV file "
                                          "(or a quote is not closed)")
                  .arg(m_recordLine)
                  .arg(MaxRecordBytes);
    return true;
}

bool CsvReader::addField(qsizetype start)
{
    if (qsizetype(m_fields.size()) >= MaxFields) {
        m_error = QCoreApplication::translate("CsvReader",
                                              "line %1: a record has more than %2 fields; this is not a "
                                              "BUTTER-E CSV file")
                      .arg(m_recordLine)
                      .arg(MaxFields);
        return false;
    }
    m_fields.push_back({start, m_row.size() - start});
    return true;
}

bool CsvReader::readRow()
{
    m_row.resize(0); // keeps the capacity: no allocation per row
    m_fields.clear();
    if (!m_error.isEmpty())
        return false;
    if (!m_started)
        fill();

    // Skip blank lines between records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_pos;
            ++m_consumed;
            ++m_line;
        } else if (c == '\r') {
            ++m_pos;
            ++m_consumed;
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
                ++m_pos;
                ++m_consumed;
            }
            ++m_line;
        } else {
            break;
        }
    }
    m_recordLine = m_line;
    m_recordStart = m_consumed;

    qsizetype fieldStart = 0;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_readFailed)
                return false;
            // End of input ends the last record.
            if (inQuotes) {
                m_error = QCoreApplication::translate(
                              "CsvReader", "line %1: a quoted field is not closed before the end of the file")
                              .arg(m_recordLine);
                return false;
            }
            return addField(fieldStart);
        }
        const char *data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        qsizetype i = m_pos;
        if (!inQuotes) {
            // Fast path: copy a run of plain bytes at once.
            while (i < end) {
                const char c = data[i];
                if (c == ',' || c == '\n' || c == '\r' || c == '"')
                    break;
                ++i;
            }
            m_row.append(data + m_pos, i - m_pos);
            m_consumed += i - m_pos;
            m_pos = i;
            if (tooLong())
                return false;
            if (i >= end)
                continue;
            const char c = data[i];
            ++m_pos;
            ++m_consumed;
            if (c == ',') {
                if (!addField(fieldStart))
                    return false;
                fieldStart = m_row.size();
                wasQuoted = false;
            } else if (c == '"') {
                if (m_row.size() == fieldStart && !wasQuoted) {
                    inQuotes = true;
                    wasQuoted = true;
                } else {
                    m_row.append('"'); // a stray quote inside an unquoted field: keep it literally
                }
            } else {
                // '\n' or '\r': end of record.
                if (c == '\r') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
                        ++m_pos;
                        ++m_consumed;
                    }
                }
                ++m_line;
                return addField(fieldStart);
            }
        } else {
            while (i < end && data[i] != '"') {
                if (data[i] == '\n')
                    ++m_line;
                ++i;
            }
            m_row.append(data + m_pos, i - m_pos);
            m_consumed += i - m_pos;
            m_pos = i;
            if (tooLong())
                return false;
            if (i >= end)
                continue;
            // At a quote: either an escaped quote ("") or the end of the quoted part.
            if (m_pos + 1 >= m_buffer.size())
                fill();
            if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == '"') {
                m_row.append('"');
                m_pos += 2;
                m_consumed += 2;
            } else {
                ++m_pos;
                ++m_consumed;
                inQuotes = false;
            }
        }
    }
}

QByteArray CsvReader::rowKey(QByteArrayView prefix) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (qsizetype i = 0; i < fieldCount(); ++i) {
        hash.addData(field(i));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return prefix.toByteArray() + '-' + hash.result().toHex();
}

} // namespace wattprint
