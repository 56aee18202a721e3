#include "energyticker.h"

#include <units.h>

#include <cmath>
#include <limits>
#include <vector>

namespace wattprint {

EnergyTicker::EnergyTicker(const QCPAxis *axis)
    : m_axis(axis)
{
    setEnergy(true);
}

QString EnergyTicker::label(double value) const
{
    return units::energy(value);
}

void EnergyTicker::placeTicks(const QCPRange &shown, const QLocale &, QChar, int, QVector<double> &ticks,
                              QVector<double> *subTicks)
{
    const double lo = shown.lower;
    const double hi = shown.upper;
    const bool vertical = m_axis && (m_axis->axisType() == QCPAxis::atLeft || m_axis->axisType() == QCPAxis::atRight);
    const double length = m_axis && m_axis->axisRect()
        ? (vertical ? m_axis->axisRect()->height() : m_axis->axisRect()->width())
        : 300;
    // Room a label needs along the axis: a line of text on a vertical axis, a word on a horizontal one.
    const double labelRoom = vertical ? 24 : 48;
    const double logLo = std::log10(lo);
    const double logHi = std::log10(hi);
    const double perDecade = std::max(length, 40.0) / (logHi - logLo);
    const int k0 = int(std::floor(logLo));
    const int k1 = int(std::ceil(logHi));
    // Mantissas per decade, densest first: the densest set whose labels keep their distance
    // wins, so a short range gets 1-1.5-2-3-5-7 and a long one 1-2-5 or powers of ten.
    static const std::vector<double> finest = [] {
        std::vector<double> m;
        for (int i = 10; i < 20; ++i)
            m.push_back(i / 10.0); // 1, 1.1, ..., 1.9
        for (int i = 4; i < 20; ++i)
            m.push_back(i / 2.0); // 2, 2.5, ..., 9.5
        return m;
    }();
    static const std::vector<std::vector<double>> sets = {finest,
                                                          {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9},
                                                          {1, 1.5, 2, 3, 4, 5, 6, 7, 8},
                                                          {1, 1.5, 2, 3, 5, 7},
                                                          {1, 2, 3, 5},
                                                          {1, 2, 5},
                                                          {1, 3},
                                                          {1}};
    for (const std::vector<double> &mantissas : sets) {
        QVector<double> candidate;
        for (int k = k0; k <= k1; ++k) {
            for (double m : mantissas) {
                const double v = m * std::pow(10.0, k);
                if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12))
                    candidate.append(v);
            }
        }
        double gap = std::numeric_limits<double>::infinity();
        for (qsizetype i = 1; i < candidate.size(); ++i)
            gap = std::min(gap, (std::log10(candidate[i]) - std::log10(candidate[i - 1])) * perDecade);
        if (candidate.size() >= 2 && gap >= labelRoom) {
            ticks = candidate;
            break;
        }
    }
    if (ticks.isEmpty()) {
        // Many decades on a short axis: every few powers of ten.
        const int every = std::max(1, int(std::ceil(labelRoom / perDecade)));
        for (int k = k0; k <= k1; ++k) {
            const double v = std::pow(10.0, k);
            if (v >= lo && v <= hi && k % every == 0)
                ticks.append(v);
        }
    }
    if (subTicks && perDecade >= 40) {
        for (int k = k0; k <= k1; ++k) {
            for (int m = 1; m <= 9; ++m) {
                const double v = m * std::pow(10.0, k);
                if (v >= lo && v <= hi && !ticks.contains(v))
                    subTicks->append(v);
            }
        }
    }
}

} // namespace wattprint
