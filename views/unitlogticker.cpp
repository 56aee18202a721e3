#include "unitlogticker.h"

#include <units.h>

#include <algorithm>
#include <cmath>

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

void UnitLogTicker::placeDecadeTicks(double lo, double hi, double perDecade, const DecadeSpacing &spacing,
                                     QVector<double> &ticks, QVector<double> *subTicks)
{
    ticks.clear();
    if (subTicks)
        subTicks->clear();
    const int every = perDecade >= spacing.decadePx ? 1 : int(std::ceil(spacing.decadePx / perDecade));
    static const std::vector<int> none;
    const std::vector<int> *labelled = &none;
    for (const auto &[px, mantissas] : spacing.ladder) {
        if (perDecade >= px) {
            labelled = &mantissas;
            break;
        }
    }
    for (int k = int(std::floor(std::log10(lo))); k <= int(std::ceil(std::log10(hi))); ++k) {
        const double p = std::pow(10.0, k);
        for (int m = 1; m <= 9; ++m) {
            const double v = m * p;
            if (v < lo || v > hi)
                continue;
            if (m == 1 ? k % every == 0 : std::find(labelled->begin(), labelled->end(), m) != labelled->end())
                ticks.append(v);
            else if (subTicks && perDecade >= spacing.subTickPx)
                subTicks->append(v);
        }
    }
}

} // namespace wattprint
