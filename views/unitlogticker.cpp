#include "unitlogticker.h"

#include <units.h>

namespace wattprint {

UnitLogTicker::UnitLogTicker()
{
    setLogBase(10);
}

void UnitLogTicker::setLinearBelow(double ratio, int tickCount)
{
    m_linearBelow = ratio;
    m_linear = QSharedPointer<QCPAxisTicker>::create();
    m_linear->setTickCount(tickCount);
}

void UnitLogTicker::generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                             QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    ticks.clear();
    if (subTicks)
        subTicks->clear();
    const double scale = m_energy ? units::joulesPerUnit(units::energyUnit()) : 1.0;
    const QCPRange shown(range.lower / scale, range.upper / scale);
    if (!(shown.lower > 0) || !(shown.upper > shown.lower))
        QCPAxisTickerLog::generate(shown, locale, formatChar, precision, ticks, subTicks, nullptr);
    else if (m_linear && shown.upper / shown.lower < m_linearBelow)
        m_linear->generate(shown, locale, formatChar, precision, ticks, subTicks, nullptr);
    else
        placeTicks(shown, locale, formatChar, precision, ticks, subTicks);
    for (double &t : ticks)
        t *= scale;
    if (subTicks) {
        for (double &t : *subTicks)
            t *= scale;
    }
    if (tickLabels) {
        tickLabels->clear();
        for (double t : std::as_const(ticks))
            tickLabels->append(label(t));
    }
}

} // namespace wattprint
