#include "fieldparse.h"

#include <QDateTime>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <limits>

namespace wattprint::fieldparse {

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.sliced(b, e - b);
}

QString printable(const QString &text, qsizetype maxChars)
{
    QString out;
    const bool cut = maxChars >= 0 && text.size() > maxChars;
    const QStringView view = cut ? QStringView(text).left(std::max<qsizetype>(0, maxChars - 3)) : QStringView(text);
    out.reserve(view.size() + 8);
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar c = view.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (c.category() == QChar::Other_Format || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u{%1}").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (cut)
        out += QStringLiteral("...");
    return out;
}

QString printable(QByteArrayView utf8, qsizetype maxChars)
{
    // Decode no more than needed: a header field can be megabytes long.
    const bool cut = maxChars >= 0 && utf8.size() > 4 * maxChars;
    QString text = QString::fromUtf8(cut ? utf8.first(4 * maxChars) : utf8);
    if (cut && text.size() <= maxChars)
        text += QStringLiteral("...");
    return printable(text, maxChars);
}

std::optional<double> parseDouble(QByteArrayView text)
{
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    const char *first = text.data();
    const char *last = first + text.size();
    if (*first == '+')
        ++first;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr != last)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(QByteArrayView text)
{
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    const char *first = text.data();
    const char *last = first + text.size();
    if (*first == '+')
        ++first;
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec == std::errc() && ptr == last)
        return value;
    const std::optional<double> d = parseDouble(text);
    if (!d || !std::isfinite(*d) || std::floor(*d) != *d || std::fabs(*d) > 9.0e15)
        return std::nullopt;
    return qint64(*d);
}

std::optional<bool> parseBool(QByteArrayView text)
{
    text = trimmed(text);
    if (text.size() == 1) {
        switch (text[0]) {
        case '1':
        case 't':
        case 'T': return true;
        case '0':
        case 'f':
        case 'F': return false;
        default: return std::nullopt;
        }
    }
    if (text.compare("true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare("false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

qint64 daysFromCivil(int year, int month, int day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

CivilDate civilFromDays(qint64 days)
{
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {int(y + (m <= 2 ? 1 : 0)), int(m), int(d)};
}

qint64 civilToEpochSeconds(int year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

namespace {

bool digits(QByteArrayView t, qsizetype pos, int count, int *out)
{
    if (pos + count > t.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = t[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

} // namespace

std::optional<Timestamp> parseTimestamp(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (!digits(t, 0, 4, &year) || t.size() < 10 || t[4] != '-' || !digits(t, 5, 2, &month) || t[7] != '-'
        || !digits(t, 8, 2, &day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    qsizetype pos = 10;
    qint64 fractionNs = 0;
    if (pos < t.size() && (t[pos] == ' ' || t[pos] == 'T')) {
        ++pos;
        if (!digits(t, pos, 2, &hour) || pos + 2 >= t.size() || t[pos + 2] != ':' || !digits(t, pos + 3, 2, &minute))
            return std::nullopt;
        pos += 5;
        if (pos < t.size() && t[pos] == ':') {
            if (!digits(t, pos + 1, 2, &second))
                return std::nullopt;
            pos += 3;
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        if (pos < t.size() && t[pos] == '.') {
            ++pos;
            int n = 0;
            qint64 scale = 100000000;
            while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') {
                if (n < 9) {
                    fractionNs += (t[pos] - '0') * scale;
                    scale /= 10;
                }
                ++n;
                ++pos;
            }
            if (n == 0)
                return std::nullopt;
        }
    }
    Timestamp result;
    qint64 offsetSeconds = 0;
    if (pos < t.size()) {
        const char c = t[pos];
        if (c == 'Z' || c == 'z') {
            result.hadZone = true;
            ++pos;
        } else if (c == '+' || c == '-') {
            int oh = 0, om = 0;
            if (!digits(t, pos + 1, 2, &oh))
                return std::nullopt;
            qsizetype p = pos + 3;
            if (p < t.size() && t[p] == ':')
                ++p;
            if (p < t.size()) {
                if (!digits(t, p, 2, &om))
                    return std::nullopt;
                p += 2;
            }
            if (oh > 23 || om > 59)
                return std::nullopt;
            offsetSeconds = (c == '+' ? 1 : -1) * (oh * 3600 + om * 60);
            result.hadZone = true;
            pos = p;
        }
        if (pos != t.size())
            return std::nullopt;
    }
    const qint64 seconds = civilToEpochSeconds(year, month, day, hour, minute, second) - offsetSeconds;
    // Nanoseconds since 1970 in 64 bits reach from 1677 to 2262: a time outside is refused, not
    // wrapped around (a year like 4022 is a typing slip, not a measurement).
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000000000LL - 1;
    if (seconds > maxSeconds || seconds < -maxSeconds)
        return std::nullopt;
    result.ns = seconds * 1000000000LL + fractionNs;
    return result;
}

QByteArray formatIsoUtc(qint64 ns)
{
    qint64 seconds = ns / 1000000000LL;
    qint64 rem = ns % 1000000000LL;
    if (rem < 0) {
        rem += 1000000000LL;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 secOfDay = seconds % 86400;
    if (secOfDay < 0) {
        secOfDay += 86400;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    // Hand-formatted: this runs three times per imported run, and snprintf was 6% of an import.
    char buf[27];
    auto put = [&buf](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year, 4);
    buf[4] = '-';
    put(5, date.month, 2);
    buf[7] = '-';
    put(8, date.day, 2);
    buf[10] = 'T';
    put(11, secOfDay / 3600, 2);
    buf[13] = ':';
    put(14, (secOfDay / 60) % 60, 2);
    buf[16] = ':';
    put(17, secOfDay % 60, 2);
    buf[19] = '.';
    put(20, rem / 1000, 6);
    buf[26] = 'Z';
    return QByteArray(buf, sizeof buf);
}

std::optional<qint64> utcNs(const Timestamp &t, const QTimeZone &zone)
{
    constexpr qint64 MaxAbsMs = 8'000'000'000'000;
    qint64 ns = t.ns;
    if (!t.hadZone) {
        const qint64 wallMs = t.ns / 1000000;
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(wallMs, QTimeZone::utc());
        const QDateTime local(wall.date(), wall.time(), zone);
        const qint64 ms = local.toMSecsSinceEpoch();
        if (!local.isValid() || std::abs(ms) > MaxAbsMs)
            return std::nullopt;
        ns = ms * 1000000 + (t.ns - wallMs * 1000000);
    }
    if (std::abs(ns) > MaxAbsMs * 1000000)
        return std::nullopt;
    return ns;
}

} // namespace wattprint::fieldparse
