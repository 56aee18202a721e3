// The filter chips' words for ranges: the column's name in the language shown and the ends in the
// units and number format of the chart axes (units::), in English, German and French.
#include <filter.h>
#include <filterchips.h>
#include <languagemanager.h>
#include <parallelcoordinates.h>
#include <units.h>

#include <QTest>

using namespace wattprint;

class TestFilterChips : public QObject
{
    Q_OBJECT

private:
    static QStringList texts(const Filter &filter)
    {
        QStringList out;
        for (const auto &[text, without] : FilterChips::parts(filter))
            out << text;
        return out;
    }
    static Filter energyFilter()
    {
        Filter f;
        f.ranges.insert(QStringLiteral("energy"), {2.246e6, 6.41e7});
        return f;
    }

private slots:
    void init();
    void cleanup();
    void energyRangeInEnglish();
    void energyRangeInGerman();
    void energyRangeInFrench();
    void otherRangesReadLikeTheAxes();
};

void TestFilterChips::init()
{
    units::setEnergyUnit(units::EnergyUnit::Automatic);
}

void TestFilterChips::cleanup()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
}

void TestFilterChips::energyRangeInEnglish()
{
    LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(texts(energyFilter()), QStringList{QStringLiteral("energy: 2.25 MJ to 64.1 MJ")});
    // The footer's description says the same.
    QCOMPARE(energyFilter().describe(), QStringLiteral("energy 2.25 MJ to 64.1 MJ"));
    // A fixed unit, as the preference sets it: 2246000 J = 0.6239 kWh, 64100000 J = 17.81 kWh.
    units::setEnergyUnit(units::EnergyUnit::KilowattHour);
    QCOMPARE(texts(energyFilter()), QStringList{QStringLiteral("energy: 0.624 kWh to 17.8 kWh")});
}

void TestFilterChips::energyRangeInGerman()
{
    LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(texts(energyFilter()), QStringList{QStringLiteral("Energie: 2,25 MJ bis 64,1 MJ")});
    QCOMPARE(energyFilter().describe(), QStringLiteral("Energie 2,25 MJ bis 64,1 MJ"));
}

void TestFilterChips::energyRangeInFrench()
{
    LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(texts(energyFilter()), QStringList{QStringLiteral("énergie : 2,25 MJ à 64,1 MJ")});
}

void TestFilterChips::otherRangesReadLikeTheAxes()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    Filter f;
    f.ranges.insert(QStringLiteral("run_time"), {90.0, 7200.0});
    f.ranges.insert(QStringLiteral("power"), {250.5, 480.0});
    f.ranges.insert(QStringLiteral("energy_per_datum"), {1e-3, 2e-2});
    using parallel::Column;
    auto axis = [](Column c, double v) { return ParallelCoordinates::formatValue(c, v); };
    // QMap order: energy_per_datum, power, run_time.
    const QStringList expected{
        QStringLiteral("energy per datum: %1 to %2")
            .arg(axis(Column::EnergyPerDatum, 1e-3), axis(Column::EnergyPerDatum, 2e-2)),
        QStringLiteral("power: %1 to %2").arg(axis(Column::Power, 250.5), axis(Column::Power, 480.0)),
        QStringLiteral("run time: %1 to %2").arg(axis(Column::RunTime, 90.0), axis(Column::RunTime, 7200.0))};
    QCOMPARE(texts(f), expected);
    // By hand: 1 mJ and 20 mJ per datum.
    QCOMPARE(texts(f).first(), QStringLiteral("energy per datum: 1 mJ to 20 mJ"));
    // A column without a name of its own keeps its key.
    QCOMPARE(Filter::rangeName(QStringLiteral("x_y")), QStringLiteral("x_y"));
}

QTEST_MAIN(TestFilterChips)
#include "tst_filterchips.moc"
