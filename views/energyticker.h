#pragma once

#include "unitlogticker.h"

namespace wattprint {

// Ticks for a logarithmic energy axis that always carry a few labels, as dense as the axis length
// allows: 1-1.5-2-3-5-7 within a decade or two, 1-2-5 or 1-3 over a few, powers of ten (or every
// few) over many. A plain log ticker shows one label or none over less than a decade. Labels
// read as units::energy writes them: "10 kJ", "3 mJ" (Automatic), and a fixed unit gets its
// ticks at round values of that unit. Short axes (small multiples) get fewer.
class EnergyTicker : public UnitLogTicker
{
public:
    // `axis` owns the ticker (through its QSharedPointer) and so outlives it; its length picks
    // the density.
    explicit EnergyTicker(const QCPAxis *axis);

protected:
    void placeTicks(const QCPRange &shown, const QLocale &locale, QChar formatChar, int precision,
                    QVector<double> &ticks, QVector<double> *subTicks) override;
    QString label(double value) const override;

private:
    const QCPAxis *m_axis;
};

} // namespace wattprint
