#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

// How every figure reads, in the views, filter chips, tables, tooltips, the report and the
// command line: one rule per kind of quantity, in the default QLocale (decimal commas in German),
// with the user's energy unit. NaN and infinities read "-".
namespace wattprint::units {
Q_NAMESPACE

// The energy unit figures are shown in. Automatic picks the SI prefix each figure's magnitude
// needs ("450 J", "12.3 kJ"); the others show every energy in that one unit.
enum class EnergyUnit { Automatic, Joule, Kilojoule, Megajoule, KilowattHour };
Q_ENUM_NS(EnergyUnit)

// What Automatic prefixes: joules for per-run figures, watt-hours for totals that carbon and cost
// are computed from (the flows and the overhead bars: "812 kWh", "1.23 MWh").
enum class AutoUnit { Joules, WattHours };

// The unit in force for this process (Automatic until set). The app sets it from the preference
// at startup and whenever the preference changes; views re-render to pick it up.
EnergyUnit energyUnit();
void setEnergyUnit(EnergyUnit unit);

// Stored names: "auto", "J", "kJ", "MJ", "kWh".
QString energyUnitName(EnergyUnit unit);
std::optional<EnergyUnit> energyUnitFromName(const QString &name);
// "J", "kJ", "MJ", "kWh"; empty for Automatic.
QString unitSymbol(EnergyUnit unit);
// 1, 1e3, 1e6, 3.6e6; 1 for Automatic.
double joulesPerUnit(EnergyUnit unit);
// The unit an energy axis or column is named with: the fixed unit in force, or "J" under
// Automatic (whose figures carry their own prefixes).
QString energySymbol();

// One unit for a whole axis or table column: the fixed unit in force, or under Automatic the
// prefixed unit that `largestJoules` reads best in.
struct EnergyScale
{
    double joules = 1.0; // joules per unit
    QString symbol;      // "J", "kJ", "kWh", "MWh", ...
};
EnergyScale energyScale(double largestJoules, AutoUnit autoUnit = AutoUnit::Joules);
EnergyScale energyScale(double largestJoules, EnergyUnit unit, AutoUnit autoUnit = AutoUnit::Joules);

// Three significant digits, never fewer than the integer digits, trailing zeros dropped:
// "1.5", "12.3", "123", "1,234", "0.0123"; below 0.001 in scientific notation ("2.78E-06").
QString threeDigits(double v);
// Three significant digits, whole numbers rounded too, for "about" figures: 12,345 -> "12,300".
QString approximate(double v);
// `value` with an SI prefix from n to T before `unit`: "12.3 kJ", "3.2 mJ", "250 W", "0 J".
QString prefixed(double value, const QString &unit);

// In the energy unit in force: "12.3 kJ" (Automatic), "0.0034 kWh" (kWh).
QString energy(double joules, AutoUnit autoUnit = AutoUnit::Joules);
QString energy(double joules, EnergyUnit unit, AutoUnit autoUnit = AutoUnit::Joules);
// Both ends in the unit of the larger one: "0.97-3.54 mJ" (an en dash between).
QString energyRange(double lowJoules, double highJoules);
// "250 W", "1.2 kW".
QString power(double watts);
// "350 ms", "42 s", "1.5 min", "2.4 h", "3 d".
QString duration(double seconds);
// "6.0×", "1.4×", "0.25×", "38×".
QString ratio(double r);
// Whole numbers with the locale's group separators: "63,936".
QString count(qint64 n);
// "1 run", "5,000 runs".
QString runs(qint64 n);
// A parameter count in a few characters: "850", "16.8M", "1.05M", "3k".
QString compactCount(double n);
// `percent` already in percent: "12.5%" (three digits), or with fixed decimals.
QString percent(double percent);
QString percent(double percent, int decimals);
// "+12%", "-3.5%".
QString signedPercent(double percent, int decimals);
// A part of a whole (0..1): "62%", "2.2%", "<0.1%", "99.9%" (never "100%" while a part is left).
QString share(double share);
// Binary prefixes: "512 B", "32 KiB", "1.03 MiB".
QString bytes(double bytes);
// Carbon mass: "1.11 g", "386 kg", "1.23 t".
QString mass(double grams);
// "97.40 USD", "1,234 USD", "0.00421 EUR"; the number alone without a currency.
QString money(double amount, const QString &currency);
// "12.40–15.80 USD", "0.0146–0.0178 USD": cents from 1 up, else three significant digits.
QString moneyRange(double low, double high, const QString &currency);
// "CO₂e" for a CO2-equivalent intensity unit ("gCO2e/kWh"), "CO₂" for a CO2-only one.
QString gasName(const QString &intensityUnit);
// "475 gCO₂e/kWh".
QString intensity(double gramsPerKwh, const QString &intensityUnit);

} // namespace wattprint::units
