#include "utcdateticker.h"

#include <QTimeZone>

namespace wattprint {

UtcDateTicker::UtcDateTicker()
{
    setTimeZone(QTimeZone::utc());
    setDateTimeSpec(Qt::UTC);
    setTickCount(6);
}

void UtcDateTicker::generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                             QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    const double span = range.size();
    if (span > 4 * 86400.0)
        setDateTimeFormat(QStringLiteral("d MMM yyyy"));
    else if (span > 6 * 3600.0)
        setDateTimeFormat(QStringLiteral("d MMM\nHH:mm"));
    else if (span > 180.0)
        setDateTimeFormat(QStringLiteral("HH:mm"));
    else
        setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    QCPAxisTickerDateTime::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
}

} // namespace wattprint
