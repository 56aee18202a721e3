#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <atomic>
#include <cmath>

namespace wattprint::units {

namespace {

std::atomic<EnergyUnit> g_energyUnit{EnergyUnit::Automatic};

constexpr EnergyUnit AllUnits[] = {EnergyUnit::Automatic, EnergyUnit::Joule, EnergyUnit::Kilojoule,
                                   EnergyUnit::Megajoule, EnergyUnit::KilowattHour};

struct Prefix
{
    double factor;
    const char *symbol; // UTF-8
};

constexpr Prefix SiPrefixes[] = {{1e12, "T"}, {1e9, "G"},  {1e6, "M"},         {1e3, "k"},
                                 {1.0, ""},   {1e-3, "m"}, {1e-6, "\xC2\xB5"}, {1e-9, "n"}};
constexpr Prefix WattHourUnits[] = {{3.6e12, "GWh"}, {3.6e9, "MWh"}, {3.6e6, "kWh"}, {3.6e3, "Wh"}};

// Rounding 999.6 gives "1,000": a value moves up a unit once it would round to it.
constexpr double RoundsUp = 0.9995;

QString withUnit(const QString &number, const QString &unit)
{
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

// Drops trailing zeros after the decimal point, and the point when nothing is left after it.
QString trimZeros(QString s, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!s.contains(point))
        return s;
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(point))
        s.chop(point.size());
    return s;
}

const Prefix &wattHourUnit(double joules)
{
    for (const Prefix &u : WattHourUnits) {
        if (std::abs(joules) >= u.factor * RoundsUp)
            return u;
    }
    return WattHourUnits[std::size(WattHourUnits) - 1];
}

// "12%" in the language's typography ("12 %" in French).
QString withPercentSign(const QString &number)
{
    return QCoreApplication::translate("Units", "%1%").arg(number);
}

} // namespace

EnergyUnit energyUnit()
{
    return g_energyUnit.load(std::memory_order_relaxed);
}

void setEnergyUnit(EnergyUnit unit)
{
    for (EnergyUnit u : AllUnits) {
        if (u == unit)
            g_energyUnit.store(unit, std::memory_order_relaxed);
    }
}

QString energyUnitName(EnergyUnit unit)
{
    return unit == EnergyUnit::Automatic ? QStringLiteral("auto") : unitSymbol(unit);
}

std::optional<EnergyUnit> energyUnitFromName(const QString &name)
{
    for (EnergyUnit unit : AllUnits) {
        if (name == energyUnitName(unit))
            return unit;
    }
    return std::nullopt;
}

QString unitSymbol(EnergyUnit unit)
{
    switch (unit) {
    case EnergyUnit::Automatic: return {};
    case EnergyUnit::Joule: return QStringLiteral("J");
    case EnergyUnit::Kilojoule: return QStringLiteral("kJ");
    case EnergyUnit::Megajoule: return QStringLiteral("MJ");
    case EnergyUnit::KilowattHour: return QStringLiteral("kWh");
    }
    return {};
}

double joulesPerUnit(EnergyUnit unit)
{
    switch (unit) {
    case EnergyUnit::Automatic:
    case EnergyUnit::Joule: return 1.0;
    case EnergyUnit::Kilojoule: return 1e3;
    case EnergyUnit::Megajoule: return 1e6;
    case EnergyUnit::KilowattHour: return 3.6e6;
    }
    return 1.0;
}

QString energySymbol()
{
    const EnergyUnit unit = energyUnit();
    return unit == EnergyUnit::Automatic ? QStringLiteral("J") : unitSymbol(unit);
}

EnergyScale energyScale(double largestJoules, AutoUnit autoUnit)
{
    return energyScale(largestJoules, energyUnit(), autoUnit);
}

EnergyScale energyScale(double largestJoules, EnergyUnit unit, AutoUnit autoUnit)
{
    if (unit != EnergyUnit::Automatic)
        return {joulesPerUnit(unit), unitSymbol(unit)};
    const double a = std::isfinite(largestJoules) ? std::abs(largestJoules) : 0.0;
    if (autoUnit == AutoUnit::WattHours) {
        const Prefix &u = wattHourUnit(a);
        return {u.factor, QString::fromUtf8(u.symbol)};
    }
    for (const Prefix &p : SiPrefixes) {
        if (a >= p.factor * RoundsUp)
            return {p.factor, QString::fromUtf8(p.symbol) + QLatin1Char('J')};
    }
    return {1.0, QStringLiteral("J")};
}

QString threeDigits(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("-");
    const QLocale locale;
    if (v == 0.0)
        return locale.toString(0); // also for -0
    const double a = std::abs(v);
    if (a < 1e-3) {
        const QString s = locale.toString(v, 'e', 2);
        const qsizetype e = s.indexOf(locale.exponential(), 0, Qt::CaseInsensitive);
        return e < 0 ? s : trimZeros(s.left(e), locale) + s.mid(e);
    }
    const int magnitude = int(std::floor(std::log10(a)));
    return trimZeros(locale.toString(v, 'f', std::max(0, 2 - magnitude)), locale);
}

QString approximate(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("-");
    const double a = std::abs(v);
    if (a < 999.5)
        return threeDigits(v);
    const double scale = std::pow(10.0, int(std::floor(std::log10(a))) - 2);
    return QLocale().toString(std::round(v / scale) * scale, 'f', 0);
}

QString prefixed(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    const double a = std::abs(value);
    if (a == 0.0)
        return withUnit(threeDigits(0.0), unit);
    for (const Prefix &p : SiPrefixes) {
        if (a >= p.factor * RoundsUp || p.factor == 1e-9)
            return QStringLiteral("%1 %2%3").arg(threeDigits(value / p.factor), QString::fromUtf8(p.symbol), unit);
    }
    return withUnit(threeDigits(value), unit);
}

QString energy(double joules, AutoUnit autoUnit)
{
    return energy(joules, energyUnit(), autoUnit);
}

QString energy(double joules, EnergyUnit unit, AutoUnit autoUnit)
{
    if (!std::isfinite(joules))
        return QStringLiteral("-");
    if (unit == EnergyUnit::Automatic) {
        if (autoUnit == AutoUnit::Joules)
            return prefixed(joules, QStringLiteral("J"));
        const Prefix &u = wattHourUnit(joules);
        return withUnit(threeDigits(joules / u.factor), QString::fromUtf8(u.symbol));
    }
    return withUnit(threeDigits(joules / joulesPerUnit(unit)), unitSymbol(unit));
}

QString energyRange(double lowJoules, double highJoules)
{
    if (!std::isfinite(lowJoules) || !std::isfinite(highJoules))
        return QStringLiteral("-");
    const EnergyScale scale = energyScale(std::max(std::abs(lowJoules), std::abs(highJoules)));
    return withUnit(threeDigits(lowJoules / scale.joules) + QChar(0x2013) + threeDigits(highJoules / scale.joules),
                    scale.symbol);
}

QString power(double watts)
{
    return prefixed(watts, QStringLiteral("W"));
}

QString duration(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("-");
    const double a = std::abs(seconds);
    if (a < RoundsUp && a > 0)
        return prefixed(seconds, QStringLiteral("s"));
    if (a < 60 * RoundsUp)
        return QCoreApplication::translate("Units", "%1 s").arg(threeDigits(seconds));
    if (a < 3600 * RoundsUp)
        return QCoreApplication::translate("Units", "%1 min").arg(threeDigits(seconds / 60));
    if (a < 86400 * RoundsUp)
        return QCoreApplication::translate("Units", "%1 h").arg(threeDigits(seconds / 3600));
    return QCoreApplication::translate("Units", "%1 d").arg(threeDigits(seconds / 86400));
}

QString ratio(double r)
{
    if (!std::isfinite(r))
        return QStringLiteral("-");
    const double a = std::abs(r);
    const int decimals = a >= 9.95 ? 0 : a >= 0.995 ? 1 : 2;
    return QLocale().toString(r, 'f', decimals) + QChar(0x00d7);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString runs(qint64 n)
{
    if (n == 1)
        return QCoreApplication::translate("Units", "1 run");
    return QCoreApplication::translate("Units", "%1 runs").arg(count(n));
}

QString compactCount(double n)
{
    if (!std::isfinite(n))
        return QStringLiteral("-");
    if (std::abs(n) < 999.5)
        return count(std::llround(n));
    QString s = prefixed(n, QString());
    s.remove(QLatin1Char(' '));
    return s;
}

QString percent(double percent)
{
    if (!std::isfinite(percent))
        return QStringLiteral("-");
    return withPercentSign(threeDigits(percent));
}

QString percent(double percent, int decimals)
{
    if (!std::isfinite(percent))
        return QStringLiteral("-");
    return withPercentSign(QLocale().toString(percent, 'f', decimals));
}

QString signedPercent(double percent, int decimals)
{
    if (!std::isfinite(percent))
        return QStringLiteral("-");
    const QLocale locale;
    const QString sign = percent < 0 ? locale.negativeSign() : locale.positiveSign();
    return withPercentSign(sign + locale.toString(std::abs(percent), 'f', decimals));
}

QString share(double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("-");
    const double p = share * 100;
    const QLocale locale;
    if (p > 0 && p < 0.05)
        return QCoreApplication::translate("Units", "<%1", "less than a share")
            .arg(withPercentSign(locale.toString(0.1, 'f', 1)));
    // One decimal below 10%, so small shares that differ (1.9% against 2.4%) do not read alike.
    if (p > 0 && std::round(p * 10) / 10 < 10)
        return withPercentSign(locale.toString(p, 'f', 1));
    if (p >= 99.5 && p < 100) // not "100%" while some of the whole went elsewhere
        return withPercentSign(locale.toString(std::floor(p * 10) / 10, 'f', 1));
    return withPercentSign(locale.toString(std::round(p), 'f', 0));
}

QString bytes(double bytes)
{
    if (!std::isfinite(bytes))
        return QStringLiteral("-");
    static const char *const symbols[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int u = 0;
    double v = bytes;
    while (std::abs(v) >= 1024 * RoundsUp && u < 5) {
        v /= 1024;
        ++u;
    }
    return withUnit(threeDigits(v), QLatin1String(symbols[u]));
}

QString mass(double grams)
{
    if (!std::isfinite(grams))
        return QStringLiteral("-");
    const double a = std::abs(grams);
    if (a < 1e3 * RoundsUp)
        return withUnit(threeDigits(grams), QStringLiteral("g"));
    if (a < 1e6 * RoundsUp)
        return withUnit(threeDigits(grams / 1e3), QStringLiteral("kg"));
    return withUnit(threeDigits(grams / 1e6), QStringLiteral("t"));
}

QString money(double amount, const QString &currency)
{
    const QLocale locale;
    QString number;
    const double a = std::abs(amount);
    if (!std::isfinite(amount))
        number = QStringLiteral("-");
    else if (a >= 1000)
        number = locale.toString(std::round(amount), 'f', 0);
    else if (a >= 0.01 || a == 0)
        number = locale.toString(amount, 'f', 2); // cents, as prices are written
    else
        number = threeDigits(amount);
    return withUnit(number, currency);
}

QString moneyRange(double low, double high, const QString &currency)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return QStringLiteral("-");
    // Cents round an amount of at least 1 by under 1 %; smaller ones keep three digits, so a
    // range of fractions of a cent does not read "0.01-0.01".
    const QLocale locale;
    const bool cents = std::min(std::abs(low), std::abs(high)) >= 1.0;
    const QString lo = cents ? locale.toString(low, 'f', 2) : threeDigits(low);
    const QString hi = cents ? locale.toString(high, 'f', 2) : threeDigits(high);
    return withUnit(lo + QChar(0x2013) + hi, currency);
}

QString gasName(const QString &intensityUnit)
{
    return intensityUnit.contains(QLatin1String("CO2e")) || intensityUnit.isEmpty() ? QStringLiteral("CO\u2082e")
                                                                                    : QStringLiteral("CO\u2082");
}

QString intensity(double gramsPerKwh, const QString &intensityUnit)
{
    if (!std::isfinite(gramsPerKwh))
        return QStringLiteral("-");
    return QStringLiteral("%1 g%2/kWh").arg(QLocale().toString(gramsPerKwh, 'g', 6), gasName(intensityUnit));
}

} // namespace wattprint::units
