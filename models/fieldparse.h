#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QTimeZone;

#include <optional>

namespace wattprint::fieldparse {

// Each parser trims ASCII white space and returns nullopt on text it does not accept;
// the caller names the file, line and column in its message.
std::optional<double> parseDouble(QByteArrayView text);
// Accepts "128" and integral floats such as "128.0" (pandas writes ints as floats).
std::optional<qint64> parseInteger(QByteArrayView text);
// True/False, true/false, TRUE/FALSE, 1/0, t/f.
std::optional<bool> parseBool(QByteArrayView text);

struct Timestamp
{
    qint64 ns = 0;        // nanoseconds since the Unix epoch, UTC
    bool hadZone = false; // the text carried Z or an explicit offset
};
// "2022-10-11 21:58:46.012741+00:00", "2022-09-22T16:28:01.000Z", "2022-10-11 21:58:46",
// up to 9 fraction digits, zone Z, +HH:MM, +HHMM or none (read as UTC here).
std::optional<Timestamp> parseTimestamp(QByteArrayView text);
// `t` in nanoseconds since the epoch, UTC: as it is when it carried a zone, else read as wall-clock
// time in `zone` (tools such as CodeCarbon write local time without a zone). Empty when the time
// is out of the store's range (about +-250 years) or does not exist in `zone`.
std::optional<qint64> utcNs(const Timestamp &t, const QTimeZone &zone);
// Broken-down civil time to seconds since the epoch, as if UTC.
qint64 civilToEpochSeconds(int year, int month, int day, int hour, int minute, int second);
// Proleptic Gregorian dates <-> days since 1970-01-01 (H. Hinnant's algorithms).
struct CivilDate
{
    int year, month, day;
};
CivilDate civilFromDays(qint64 days);
qint64 daysFromCivil(int year, int month, int day);
// "2022-10-11T21:58:46.012741Z": ISO 8601 UTC with microseconds.
QByteArray formatIsoUtc(qint64 ns);

QByteArrayView trimmed(QByteArrayView text);

// Text from a file made safe to print on a terminal: control characters (C0, DEL, C1) and
// Unicode format characters (bidirectional overrides and the like) become \xNN or \u{NNNN},
// and text longer than maxChars (when >= 0) is cut with "...".
QString printable(const QString &text, qsizetype maxChars = -1);
QString printable(QByteArrayView utf8, qsizetype maxChars = -1);
inline QString printable(const QByteArray &utf8, qsizetype maxChars = -1)
{
    return printable(QByteArrayView(utf8), maxChars);
}

} // namespace wattprint::fieldparse
