#include "energyticker.h"

#include <QLocale>

#include <cmath>

namespace wattprint {

namespace {

// Three significant digits without exponent: 1.23, 12.3, 123; no trailing zeros.
QString threeDigits(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2;
    QString s = QLocale().toString(v, 'f', decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().at(0);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

} // namespace

EnergyTicker::EnergyTicker(const QCPAxis *axis, QString unit)
    : m_axis(axis)
    , m_unit(std::move(unit))
{
    setLogBase(10);
    m_linear->setTickCount(4);
}

QString EnergyTicker::format(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    static const struct
    {
        double factor;
        const char *prefix;
    } prefixes[] = {{1e12, "T"}, {1e9, "G"},  {1e6, "M"},         {1e3, "k"},
                    {1.0, ""},   {1e-3, "m"}, {1e-6, "\xC2\xB5"}, {1e-9, "n"}};
    const double a = std::abs(value);
    if (a == 0.0)
        return QStringLiteral("0 %1").arg(unit);
    for (const auto &p : prefixes) {
        // 999.6 would print as "1000": move up a prefix before rounding does.
        if (a >= p.factor * 0.9995 || p.factor == 1e-9)
            return QStringLiteral("%1 %2%3").arg(threeDigits(value / p.factor), QString::fromUtf8(p.prefix), unit);
    }
    return QString::number(value);
}

void EnergyTicker::generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                            QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    ticks.clear();
    if (subTicks)
        subTicks->clear();
    const double lo = range.lower;
    const double hi = range.upper;
    const bool vertical = m_axis && (m_axis->axisType() == QCPAxis::atLeft || m_axis->axisType() == QCPAxis::atRight);
    const double length = m_axis && m_axis->axisRect()
        ? (vertical ? m_axis->axisRect()->height() : m_axis->axisRect()->width())
        : 300;
    // Labels on a vertical axis need less room than on a horizontal one.
    const double labelRoom = vertical ? 26 : 45;
    if (!(lo > 0) || !(hi > lo)) {
        QCPAxisTickerLog::generate(range, locale, formatChar, precision, ticks, subTicks, nullptr);
    } else if (hi / lo < 12) {
        m_linear->setTickCount(std::clamp(int(length / (labelRoom * 1.6)), 2, 6));
        m_linear->generate(range, locale, formatChar, precision, ticks, subTicks, nullptr);
    } else {
        const double decades = std::log10(hi / lo);
        const double perDecade = std::max(length, 60.0) / decades;
        const int every = perDecade >= labelRoom ? 1 : int(std::ceil(labelRoom / perDecade));
        const bool oneTwoFive = perDecade >= 4.5 * labelRoom;
        const bool oneThree = !oneTwoFive && perDecade >= 2.2 * labelRoom;
        const int k0 = int(std::floor(std::log10(lo)));
        const int k1 = int(std::ceil(std::log10(hi)));
        for (int k = k0; k <= k1; ++k) {
            const double p = std::pow(10.0, k);
            for (int m = 1; m <= 9; ++m) {
                const double v = m * p;
                if (v < lo || v > hi)
                    continue;
                const bool major = m == 1 ? (k % every == 0)
                                          : ((oneTwoFive && (m == 2 || m == 5)) || (oneThree && m == 3));
                if (major)
                    ticks.append(v);
                else if (subTicks && perDecade >= 40)
                    subTicks->append(v);
            }
        }
        // A short axis over a range between two powers of ten would be left bare.
        if (ticks.size() < 2) {
            ticks.clear();
            const double mid = std::sqrt(lo * hi);
            const double p = std::pow(10.0, std::floor(std::log10(mid)));
            for (double m : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0}) {
                if (m * p >= lo && m * p <= hi)
                    ticks.append(m * p);
            }
        }
    }
    if (tickLabels) {
        tickLabels->clear();
        for (double t : std::as_const(ticks))
            tickLabels->append(format(t, m_unit));
    }
}

} // namespace wattprint
