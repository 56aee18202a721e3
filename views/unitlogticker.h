#pragma once

#include <qcustomplot.h>

#include <utility>
#include <vector>

namespace wattprint {

// The base of the views' logarithmic tickers that write their own labels. A subclass places the
// ticks in the unit shown, so a fixed unit gets round values of that unit (1 kWh is 3.6 MJ: kWh
// ticks are not joule ticks), and names them; the base scales them back to axis values. A range
// a log axis cannot show (not positive) gets QCPAxisTickerLog's ticks.
class UnitLogTicker : public QCPAxisTickerLog
{
public:
    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
                  QVector<double> *subTicks, QVector<QString> *tickLabels) override;

protected:
    UnitLogTicker();

    // Energies: ticks in the energy unit chosen in Preferences (units::energyUnit()), read at
    // each layout. Otherwise the axis' values are shown as they are.
    void setEnergy(bool energy) { m_energy = energy; }
    // Under `ratio` between the ends (about a decade) a log ticker shows one label or none:
    // there plain linear steps (`tickCount` of them) take over from placeTicks.
    void setLinearBelow(double ratio, int tickCount);

    // Places the ticks and subticks (both come empty) over `shown`, in the unit shown, with
    // 0 < shown.lower < shown.upper.
    virtual void placeTicks(const QCPRange &shown, const QLocale &locale, QChar formatChar, int precision,
                            QVector<double> &ticks, QVector<double> *subTicks)
        = 0;
    // How densely placeDecadeTicks labels a decade.
    struct DecadeSpacing
    {
        // Below this many px per decade only every second, third... power of ten is labelled.
        double decadePx = 28;
        // Px per decade -> the mantissas besides 1 that get a label, densest first; the first
        // step the axis reaches wins, and none reached labels only the powers of ten.
        std::vector<std::pair<double, std::vector<int>>> ladder;
        // The mantissas left unlabelled are subticks from this many px per decade.
        double subTickPx = 50;
    };
    // Ticks at m x 10^k (m = 1..9) inside [lo, hi], spaced for `perDecade` px per decade.
    static void placeDecadeTicks(double lo, double hi, double perDecade, const DecadeSpacing &spacing,
                                 QVector<double> &ticks, QVector<double> *subTicks);
    // The label of the tick at axis value `value`.
    virtual QString label(double value) const = 0;

private:
    bool m_energy = false;
    double m_linearBelow = 0;
    QSharedPointer<QCPAxisTicker> m_linear;
};

} // namespace wattprint
