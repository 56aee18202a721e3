#pragma once

#include <qcustomplot.h>

namespace wattprint {

// Date and time ticks in UTC (the store's time base) whose labels follow the zoom: days over
// weeks, day and hour over a few days, hours and minutes within a day. Keys are seconds since
// the Unix epoch.
class UtcDateTicker : public QCPAxisTickerDateTime
{
public:
    UtcDateTicker();
    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
                  QVector<double> *subTicks, QVector<QString> *tickLabels) override;
};

} // namespace wattprint
