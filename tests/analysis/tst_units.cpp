// The one formatting module: every kind of quantity against hand-written strings, in English and
// in German (decimal comma, dot as the group separator), with the energy-unit setting, and for
// zero, negative, NaN and infinite values.

#include "units.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace wattprint;
using namespace Qt::StringLiterals;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

} // namespace

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void threeDigits();
    void approximate();
    void prefixed();
    void energyAutomatic();
    void energyInWattHours();
    void energyInAFixedUnit();
    void energyFollowsTheUnitInForce();
    void energyScale();
    void unitNames();
    void power();
    void duration();
    void ratio();
    void counts();
    void percent();
    void share();
    void bytes();
    void mass();
    void money();
    void intensity();
    void german();
    void notFinite();
};

void TestUnits::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    units::setEnergyUnit(units::EnergyUnit::Automatic);
}

void TestUnits::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    units::setEnergyUnit(units::EnergyUnit::Automatic);
}

void TestUnits::threeDigits()
{
    QCOMPARE(units::threeDigits(1.5), u"1.5"_s);
    QCOMPARE(units::threeDigits(1.0), u"1"_s);
    QCOMPARE(units::threeDigits(12.34), u"12.3"_s);
    QCOMPARE(units::threeDigits(123.4), u"123"_s);
    // Integer digits are all kept.
    QCOMPARE(units::threeDigits(1234.5), u"1,235"_s);
    QCOMPARE(units::threeDigits(0.0123), u"0.0123"_s);
    QCOMPARE(units::threeDigits(0.123456), u"0.123"_s);
    // Thresholds on the rounded value: no "10.0", no "100.0".
    QCOMPARE(units::threeDigits(9.996), u"10"_s);
    QCOMPARE(units::threeDigits(99.96), u"100"_s);
    QCOMPARE(units::threeDigits(999.6), u"1,000"_s);
    QCOMPARE(units::threeDigits(9.994), u"9.99"_s);
    QCOMPARE(units::threeDigits(0.0), u"0"_s);
    QCOMPARE(units::threeDigits(-0.0), u"0"_s);
    QCOMPARE(units::threeDigits(-12.34), u"-12.3"_s);
    // Below a thousandth: scientific in the locale's notation, trailing zeros dropped from the
    // mantissa.
    QCOMPARE(units::threeDigits(2.7778e-6), u"2.78E-06"_s);
    QCOMPARE(units::threeDigits(1e-6), u"1E-06"_s);
    QCOMPARE(units::threeDigits(0.001), u"0.001"_s);
}

void TestUnits::approximate()
{
    QCOMPARE(units::approximate(12345.0), u"12,300"_s);
    QCOMPARE(units::approximate(1549.7), u"1,550"_s);
    QCOMPARE(units::approximate(999.4), u"999"_s);
    QCOMPARE(units::approximate(24.14), u"24.1"_s);
    QCOMPARE(units::approximate(0.0042), u"0.0042"_s);
    QCOMPARE(units::approximate(-12345.0), u"-12,300"_s);
}

void TestUnits::prefixed()
{
    QCOMPARE(units::prefixed(12300, u"J"_s), u"12.3 kJ"_s);
    QCOMPARE(units::prefixed(450, u"J"_s), u"450 J"_s);
    // 999.6 J would round to "1,000 J": it moves up a prefix.
    QCOMPARE(units::prefixed(999.6, u"J"_s), u"1 kJ"_s);
    QCOMPARE(units::prefixed(0.0032, u"J"_s), u"3.2 mJ"_s);
    QCOMPARE(units::prefixed(4.5e-6, u"J"_s), u"4.5 \u00b5J"_s);
    QCOMPARE(units::prefixed(2.5e13, u"J"_s), u"25 TJ"_s);
    QCOMPARE(units::prefixed(3e-12, u"J"_s), u"0.003 nJ"_s);
    QCOMPARE(units::prefixed(0, u"J"_s), u"0 J"_s);
    QCOMPARE(units::prefixed(-4500, u"J"_s), u"-4.5 kJ"_s);
}

void TestUnits::energyAutomatic()
{
    QCOMPARE(units::energyUnit(), units::EnergyUnit::Automatic);
    QCOMPARE(units::energy(12300), u"12.3 kJ"_s);
    QCOMPARE(units::energy(1.59e6), u"1.59 MJ"_s);
    QCOMPARE(units::energy(0.0032), u"3.2 mJ"_s);
    QCOMPARE(units::energy(0), u"0 J"_s);
    QCOMPARE(units::energy(-265000), u"-265 kJ"_s);
}

void TestUnits::energyInWattHours()
{
    const auto wh = units::AutoUnit::WattHours;
    QCOMPARE(units::energy(10000, wh), u"2.78 Wh"_s);
    QCOMPARE(units::energy(14028.665573, wh), u"3.9 Wh"_s);
    QCOMPARE(units::energy(3.6e6, wh), u"1 kWh"_s);
    QCOMPARE(units::energy(3.6e6 * 812, wh), u"812 kWh"_s);
    QCOMPARE(units::energy(3.6e6 * 850, wh), u"850 kWh"_s);
    QCOMPARE(units::energy(3.6e9 * 1.234, wh), u"1.23 MWh"_s);
    QCOMPARE(units::energy(3.6e9 * 999.7, wh), u"1 GWh"_s);
    QCOMPARE(units::energy(3.6e12 * 1500, wh), u"1,500 GWh"_s);
    QCOMPARE(units::energy(0, wh), u"0 Wh"_s);
    QCOMPARE(units::energy(360, wh), u"0.1 Wh"_s);
    QCOMPARE(units::energy(-3.6e6 * 2, wh), u"-2 kWh"_s);
}

void TestUnits::energyInAFixedUnit()
{
    using U = units::EnergyUnit;
    QCOMPARE(units::energy(3.6e6, U::KilowattHour), u"1 kWh"_s);
    QCOMPARE(units::energy(1234567.0, U::Kilojoule), u"1,235 kJ"_s);
    QCOMPARE(units::energy(12345.0, U::Kilojoule), u"12.3 kJ"_s);
    QCOMPARE(units::energy(2.5e6, U::Megajoule), u"2.5 MJ"_s);
    QCOMPARE(units::energy(0.0123, U::Joule), u"0.0123 J"_s);
    QCOMPARE(units::energy(0.0, U::Joule), u"0 J"_s);
    QCOMPARE(units::energy(-1500.0, U::Kilojoule), u"-1.5 kJ"_s);
    // 10 J in kWh: 2.78e-6.
    QCOMPARE(units::energy(10.0, U::KilowattHour), u"2.78E-06 kWh"_s);
    // A fixed unit wins over the watt-hours Automatic would pick.
    QCOMPARE(units::energy(3.6e9, U::Megajoule, units::AutoUnit::WattHours), u"3,600 MJ"_s);
    QCOMPARE(units::energy(3.6e9, U::Automatic, units::AutoUnit::WattHours), u"1 MWh"_s);
}

void TestUnits::energyFollowsTheUnitInForce()
{
    units::setEnergyUnit(units::EnergyUnit::KilowattHour);
    QCOMPARE(units::energyUnit(), units::EnergyUnit::KilowattHour);
    QCOMPARE(units::energy(7.2e6), u"2 kWh"_s);
    QCOMPARE(units::energy(7.2e6, units::AutoUnit::WattHours), u"2 kWh"_s);
    QCOMPARE(units::energy(36000), u"0.01 kWh"_s);
    QCOMPARE(units::energySymbol(), u"kWh"_s);
    units::setEnergyUnit(units::EnergyUnit::Joule);
    QCOMPARE(units::energy(12300), u"12,300 J"_s);
    units::setEnergyUnit(units::EnergyUnit::Megajoule);
    QCOMPARE(units::energy(12300), u"0.0123 MJ"_s);
    // A value outside the enum is refused; the unit in force stays.
    units::setEnergyUnit(units::EnergyUnit(17));
    QCOMPARE(units::energyUnit(), units::EnergyUnit::Megajoule);
    units::setEnergyUnit(units::EnergyUnit::Automatic);
    QCOMPARE(units::energy(12300), u"12.3 kJ"_s);
    QCOMPARE(units::energySymbol(), u"J"_s);
}

void TestUnits::energyScale()
{
    using U = units::EnergyUnit;
    const auto wh = units::AutoUnit::WattHours;
    QCOMPARE(units::energyScale(5e9, U::Automatic, wh).symbol, u"MWh"_s);
    QCOMPARE(units::energyScale(5e9, U::Automatic, wh).joules, 3.6e9);
    QCOMPARE(units::energyScale(1000, U::Automatic, wh).symbol, u"Wh"_s);
    QCOMPARE(units::energyScale(0, U::Automatic, wh).symbol, u"Wh"_s);
    QCOMPARE(units::energyScale(12300, U::Automatic).symbol, u"kJ"_s);
    QCOMPARE(units::energyScale(12300, U::Automatic).joules, 1e3);
    QCOMPARE(units::energyScale(0.5, U::Automatic).symbol, u"mJ"_s);
    QCOMPARE(units::energyScale(5e9, U::KilowattHour, wh).symbol, u"kWh"_s);
    QCOMPARE(units::energyScale(5e9, U::KilowattHour, wh).joules, 3.6e6);
    QCOMPARE(units::energyScale(5e9, U::Joule).joules, 1.0);
    units::setEnergyUnit(U::Megajoule);
    QCOMPARE(units::energyScale(5e9, wh).symbol, u"MJ"_s);
    // A range reads in the unit of its larger end.
    QCOMPARE(units::energyRange(2.5e6, 7e6), u"2.5\u20137 MJ"_s);
    units::setEnergyUnit(U::Automatic);
    QCOMPARE(units::energyRange(0.000966, 0.00354), u"0.966\u20133.54 mJ"_s);
    QCOMPARE(units::energyRange(2200, 2290), u"2.2\u20132.29 kJ"_s);
    QCOMPARE(units::energyRange(1.0, std::nan("")), u"-"_s);
}

void TestUnits::unitNames()
{
    using U = units::EnergyUnit;
    const QList<QPair<U, QString>> names = {{U::Automatic, u"auto"_s},
                                            {U::Joule, u"J"_s},
                                            {U::Kilojoule, u"kJ"_s},
                                            {U::Megajoule, u"MJ"_s},
                                            {U::KilowattHour, u"kWh"_s}};
    for (const auto &[unit, name] : names) {
        QCOMPARE(units::energyUnitName(unit), name);
        QCOMPARE(units::energyUnitFromName(name), std::optional<U>(unit));
    }
    QVERIFY(!units::energyUnitFromName(u"erg"_s));
    QVERIFY(!units::energyUnitFromName(QString()));
    QCOMPARE(units::unitSymbol(U::Automatic), QString());
    QCOMPARE(units::unitSymbol(U::KilowattHour), u"kWh"_s);
    QCOMPARE(units::joulesPerUnit(U::Automatic), 1.0);
    QCOMPARE(units::joulesPerUnit(U::Kilojoule), 1e3);
    QCOMPARE(units::joulesPerUnit(U::Megajoule), 1e6);
    QCOMPARE(units::joulesPerUnit(U::KilowattHour), 3.6e6);
}

void TestUnits::power()
{
    QCOMPARE(units::power(250), u"250 W"_s);
    QCOMPARE(units::power(1234), u"1.23 kW"_s);
    QCOMPARE(units::power(0.5), u"500 mW"_s);
    QCOMPARE(units::power(0), u"0 W"_s);
}

void TestUnits::duration()
{
    QCOMPARE(units::duration(0), u"0 s"_s);
    QCOMPARE(units::duration(0.5), u"500 ms"_s);
    QCOMPARE(units::duration(0.0005), u"500 \u00b5s"_s);
    QCOMPARE(units::duration(42), u"42 s"_s);
    QCOMPARE(units::duration(59.94), u"59.9 s"_s);
    QCOMPARE(units::duration(59.96), u"60 s"_s);
    // A value moves up a unit once it reads 1 in it: 59.98 s is 0.9997 min.
    QCOMPARE(units::duration(59.98), u"1 min"_s);
    QCOMPARE(units::duration(3598), u"60 min"_s);
    QCOMPARE(units::duration(3599), u"1 h"_s);
    QCOMPARE(units::duration(90), u"1.5 min"_s);
    QCOMPARE(units::duration(600), u"10 min"_s);
    QCOMPARE(units::duration(3600), u"1 h"_s);
    QCOMPARE(units::duration(5400), u"1.5 h"_s);
    QCOMPARE(units::duration(86400), u"1 d"_s);
    QCOMPARE(units::duration(200000), u"2.31 d"_s);
    QCOMPARE(units::duration(-90), u"-1.5 min"_s);
}

void TestUnits::ratio()
{
    QCOMPARE(units::ratio(6), u"6.0\u00d7"_s);
    QCOMPARE(units::ratio(1.44), u"1.4\u00d7"_s);
    QCOMPARE(units::ratio(0.25), u"0.25\u00d7"_s);
    QCOMPARE(units::ratio(38.2), u"38\u00d7"_s);
    // Decimals chosen on the rounded value: 9.96 reads "10×", not "10.0×".
    QCOMPARE(units::ratio(9.96), u"10\u00d7"_s);
    QCOMPARE(units::ratio(0.996), u"1.0\u00d7"_s);
    QCOMPARE(units::ratio(0), u"0.00\u00d7"_s);
    QCOMPARE(units::ratio(-2), u"-2.0\u00d7"_s);
}

void TestUnits::counts()
{
    QCOMPARE(units::count(63936), u"63,936"_s);
    QCOMPARE(units::count(0), u"0"_s);
    QCOMPARE(units::count(-5), u"-5"_s);
    QCOMPARE(units::runs(1), u"1 run"_s);
    QCOMPARE(units::runs(0), u"0 runs"_s);
    QCOMPARE(units::runs(5000), u"5,000 runs"_s);
    QCOMPARE(units::compactCount(850), u"850"_s);
    QCOMPARE(units::compactCount(999.4), u"999"_s);
    QCOMPARE(units::compactCount(999.6), u"1k"_s);
    QCOMPARE(units::compactCount(3000), u"3k"_s);
    QCOMPARE(units::compactCount(1048576), u"1.05M"_s);
    QCOMPARE(units::compactCount(16777216), u"16.8M"_s);
    QCOMPARE(units::compactCount(0), u"0"_s);
}

void TestUnits::percent()
{
    QCOMPARE(units::percent(12.5), u"12.5%"_s);
    QCOMPARE(units::percent(8.0), u"8%"_s);
    QCOMPARE(units::percent(0.123), u"0.123%"_s);
    QCOMPARE(units::percent(25.0, 0), u"25%"_s);
    QCOMPARE(units::percent(12.34, 1), u"12.3%"_s);
    QCOMPARE(units::signedPercent(12.4, 0), u"+12%"_s);
    QCOMPARE(units::signedPercent(-3.46, 1), u"-3.5%"_s);
    QCOMPARE(units::signedPercent(0, 1), u"+0.0%"_s);
}

void TestUnits::share()
{
    QCOMPARE(units::share(0.62), u"62%"_s);
    QCOMPARE(units::share(0.004), u"0.4%"_s);
    QCOMPARE(units::share(0.0216), u"2.2%"_s);
    QCOMPARE(units::share(0.0996), u"10%"_s);
    QCOMPARE(units::share(0.136), u"14%"_s);
    QCOMPARE(units::share(0.0001), u"<0.1%"_s);
    // Not "100%" while some of the whole went elsewhere.
    QCOMPARE(units::share(0.9996), u"99.9%"_s);
    QCOMPARE(units::share(1.0), u"100%"_s);
    QCOMPARE(units::share(0.0), u"0%"_s);
    QCOMPARE(units::share(1.5), u"150%"_s);
}

void TestUnits::bytes()
{
    QCOMPARE(units::bytes(512), u"512 B"_s);
    QCOMPARE(units::bytes(32768), u"32 KiB"_s);
    QCOMPARE(units::bytes(1048576 + 32768), u"1.03 MiB"_s);
    QCOMPARE(units::bytes(24.75 * 1048576), u"24.8 MiB"_s);
    QCOMPARE(units::bytes(16.0 * 1073741824), u"16 GiB"_s);
    QCOMPARE(units::bytes(1023.6), u"1 KiB"_s);
    QCOMPARE(units::bytes(0), u"0 B"_s);
}

void TestUnits::mass()
{
    QCOMPARE(units::mass(1.1111), u"1.11 g"_s);
    QCOMPARE(units::mass(999.4), u"999 g"_s);
    QCOMPARE(units::mass(999.6), u"1 kg"_s);
    QCOMPARE(units::mass(386123), u"386 kg"_s);
    QCOMPARE(units::mass(1.234e6), u"1.23 t"_s);
    QCOMPARE(units::mass(12345e6), u"12,345 t"_s);
    QCOMPARE(units::mass(0), u"0 g"_s);
    QCOMPARE(units::mass(0.0042), u"0.0042 g"_s);
}

void TestUnits::money()
{
    QCOMPARE(units::money(97.4, u"USD"_s), u"97.40 USD"_s);
    QCOMPARE(units::money(1234.4, u"USD"_s), u"1,234 USD"_s);
    QCOMPARE(units::money(0.004213, u"EUR"_s), u"0.00421 EUR"_s);
    QCOMPARE(units::money(0, u"EUR"_s), u"0.00 EUR"_s);
    QCOMPARE(units::money(12.5, QString()), u"12.50"_s);
    // Ranges: cents from 1 up; below, three digits, so fractions of a cent stay apart.
    QCOMPARE(units::moneyRange(12.4, 15.8, u"USD"_s), u"12.40\u201315.80 USD"_s);
    QCOMPARE(units::moneyRange(0.0146, 0.0178, u"USD"_s), u"0.0146\u20130.0178 USD"_s);
    QCOMPARE(units::moneyRange(0.5, 2, u"EUR"_s), u"0.5\u20132 EUR"_s);
    QCOMPARE(units::moneyRange(std::nan(""), 2, u"EUR"_s), u"-"_s);
}

void TestUnits::intensity()
{
    QCOMPARE(units::gasName(u"gCO2/kWh"_s), u"CO\u2082"_s);
    QCOMPARE(units::gasName(u"gCO2e/kWh"_s), u"CO\u2082e"_s);
    QCOMPARE(units::gasName(QString()), u"CO\u2082e"_s);
    QCOMPARE(units::intensity(475, u"gCO2e/kWh"_s), u"475 gCO\u2082e/kWh"_s);
    QCOMPARE(units::intensity(416.851, u"gCO2/kWh"_s), u"416.851 gCO\u2082/kWh"_s);
}

void TestUnits::german()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(units::threeDigits(12.34), u"12,3"_s);
    QCOMPARE(units::threeDigits(1234.5), u"1.235"_s);
    QCOMPARE(units::threeDigits(1.5), u"1,5"_s);
    QCOMPARE(units::threeDigits(10.0), u"10"_s);
    QCOMPARE(units::threeDigits(2.7778e-6), u"2,78E-06"_s);
    QCOMPARE(units::approximate(12345.0), u"12.300"_s);
    QCOMPARE(units::energy(1234567.0, units::EnergyUnit::Kilojoule), u"1.235 kJ"_s);
    QCOMPARE(units::energy(12345.0, units::EnergyUnit::Kilojoule), u"12,3 kJ"_s);
    QCOMPARE(units::energy(12300), u"12,3 kJ"_s);
    QCOMPARE(units::energy(3.6e9 * 1.234, units::AutoUnit::WattHours), u"1,23 MWh"_s);
    QCOMPARE(units::duration(90), u"1,5 min"_s);
    QCOMPARE(units::ratio(1.44), u"1,4\u00d7"_s);
    QCOMPARE(units::share(0.0216), u"2,2%"_s);
    QCOMPARE(units::share(0.0001), u"<0,1%"_s);
    QCOMPARE(units::percent(12.34, 1), u"12,3%"_s);
    QCOMPARE(units::bytes(1048576 + 32768), u"1,03 MiB"_s);
    QCOMPARE(units::mass(1.1111), u"1,11 g"_s);
    QCOMPARE(units::money(1234.4, u"EUR"_s), u"1.234 EUR"_s);
    QCOMPARE(units::money(97.4, u"EUR"_s), u"97,40 EUR"_s);
    QCOMPARE(units::count(63936), u"63.936"_s);
    QCOMPARE(units::runs(5000), u"5.000 runs"_s);
    QCOMPARE(units::compactCount(1048576), u"1,05M"_s);
}

void TestUnits::notFinite()
{
    for (double v : {NaN, Inf, -Inf}) {
        QCOMPARE(units::threeDigits(v), u"-"_s);
        QCOMPARE(units::approximate(v), u"-"_s);
        QCOMPARE(units::prefixed(v, u"J"_s), u"-"_s);
        QCOMPARE(units::energy(v), u"-"_s);
        QCOMPARE(units::energy(v, units::AutoUnit::WattHours), u"-"_s);
        QCOMPARE(units::energy(v, units::EnergyUnit::KilowattHour), u"-"_s);
        QCOMPARE(units::power(v), u"-"_s);
        QCOMPARE(units::duration(v), u"-"_s);
        QCOMPARE(units::ratio(v), u"-"_s);
        QCOMPARE(units::compactCount(v), u"-"_s);
        QCOMPARE(units::percent(v), u"-"_s);
        QCOMPARE(units::percent(v, 1), u"-"_s);
        QCOMPARE(units::signedPercent(v, 1), u"-"_s);
        QCOMPARE(units::share(v), u"-"_s);
        QCOMPARE(units::bytes(v), u"-"_s);
        QCOMPARE(units::mass(v), u"-"_s);
        QCOMPARE(units::money(v, u"USD"_s), u"- USD"_s);
        QCOMPARE(units::intensity(v, u"gCO2e/kWh"_s), u"-"_s);
    }
    // The scale for an axis of no finite value is the smallest.
    QCOMPARE(units::energyScale(NaN, units::EnergyUnit::Automatic, units::AutoUnit::WattHours).symbol, u"Wh"_s);
    QCOMPARE(units::energyScale(Inf, units::EnergyUnit::Automatic).symbol, u"J"_s);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
