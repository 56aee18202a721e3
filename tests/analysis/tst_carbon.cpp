// Carbon and cost arithmetic, presets and equivalents, against hand values and the Python
// references of tests/fixtures/make_model_fixtures.py and make_carbon_fixtures.py (the latter reads
// CodeCarbon's files in resources/codecarbon/ on its own).

#include "analysiserror.h"
#include "carbon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../support/testsupport.h"

#include <cmath>
#include <limits>

using namespace wattprint;
using namespace Qt::StringLiterals;

namespace {

QJsonObject loadFixture()
{
    return testsupport::loadFixture("model.json");
}

QJsonObject loadCarbonFixture()
{
    return testsupport::loadFixture("carbon.json");
}

bool close(double actual, double expected, double rel = 1e-12)
{
    return std::abs(actual - expected) <= rel * std::max(std::abs(expected), 1e-300);
}

double equivalent(const CarbonResult &r, const QString &id)
{
    for (const Equivalent &e : r.equivalents) {
        if (e.id == id)
            return e.value;
    }
    qFatal("missing equivalent %s", qPrintable(id));
    return 0;
}

} // namespace

class TestCarbon : public QObject
{
    Q_OBJECT

private slots:
    void workedExampleIsGramsNotKilograms();
    void fixtureCases();
    void presetsHaveSources();
    void presetsHoldSourcedValues();
    void presetsEqualCodeCarbonFile();
    void legacyIdsResolve();
    void noInternalNotesInSources();
    void defaultPriceGivesCost();
    void equivalentsHoldSourcedValues();
    void butterEPaperFactors();
    void unknownRegionRejected();
    void userValues();
    void commandLineResolution();
    void invalidValuesRejected();
    void jsonKeys();
};

void TestCarbon::workedExampleIsGramsNotKilograms()
{
    // docs/data.md: 10,000 J at 400 gCO2e/kWh = 0.002778 kWh x 400 = 1.11 g.
    const CarbonResult r = carbonFor(10000.0, customFactors(400.0));
    QVERIFY(std::abs(r.kwh - 0.002778) < 5e-7);
    QCOMPARE(std::round(r.co2eGrams * 100.0) / 100.0, 1.11);
    QVERIFY(close(r.co2eGrams, 10000.0 * 400.0 / 3.6e6, 1e-15));
    QVERIFY(close(r.co2eGrams, 10.0 / 9.0, 1e-15)); // 4e6 / 3.6e6 g exactly, not 0.12 kg
    QVERIFY(!r.cost.has_value());
    QCOMPARE(joulesToKwh(3.6e6), 1.0);
}

void TestCarbon::fixtureCases()
{
    const QJsonArray cases = loadFixture()[u"carbon"_s].toArray();
    QVERIFY(cases.size() >= 4);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        std::optional<double> price;
        if (!c[u"price"_s].isNull())
            price = c[u"price"_s].toDouble();
        const CarbonResult r = carbonFor(
            c[u"joules"_s].toDouble(),
            customFactors(c[u"intensity"_s].toDouble(), c[u"pue"_s].toDouble(), price, u"USD"_s));
        const auto check = [](double ours, const QJsonValue &ref) {
            const double e = ref.toDouble();
            return e == 0 ? ours == 0 : close(ours, e);
        };
        QVERIFY(check(r.kwh, c[u"kwh"_s]));
        QVERIFY(check(r.facilityKwh, c[u"facility_kwh"_s]));
        QVERIFY(check(r.co2eGrams, c[u"co2e_g"_s]));
        QCOMPARE(r.cost.has_value(), !c[u"cost"_s].isNull());
        if (r.cost)
            QVERIFY(check(*r.cost, c[u"cost"_s]));
        QVERIFY(check(equivalent(r, u"car_km"_s), c[u"car_km"_s]));
        QVERIFY(check(equivalent(r, u"phone_charges"_s), c[u"phone_charges"_s]));
    }
}

void TestCarbon::presetsHaveSources()
{
    // The world average and the special presets first, then the countries.
    const QStringList special = {u"world"_s, u"butter-e"_s, u"us"_s, u"eu"_s};
    QCOMPARE(specialRegionIds(), special);
    QCOMPARE(regionIds().mid(0, special.size()), special);
    for (const QString &id : special) {
        const RegionPreset &p = regionPreset(id);
        QVERIFY2(!p.country, qPrintable(id));
        QVERIFY2(p.gramsPerKwh > 0 && p.gramsPerKwh < 1500, qPrintable(id));
        QVERIFY2(p.year >= 2018 && p.year <= 2030, qPrintable(id));
    }
    QStringList ids;
    for (const RegionPreset &p : regionPresets()) {
        QVERIFY2(p.gramsPerKwh >= 0 && p.gramsPerKwh < 1500, qPrintable(p.id)); // one row in the file is 0
        QVERIFY2(p.unit == u"gCO2e/kWh"_s || p.unit == u"gCO2/kWh"_s, qPrintable(p.id));
        QVERIFY2(!p.source.isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.name.isEmpty(), qPrintable(p.id));
        QVERIFY2(p.year >= 2000 && p.year <= 2030, qPrintable(p.id));
        QVERIFY2(!ids.contains(p.id, Qt::CaseInsensitive), qPrintable(p.id)); // ids are unique
        ids << p.id;
    }
    // Ordering a reader would expect from any public source: France lowest, India highest.
    QVERIFY(regionPreset(u"france").gramsPerKwh < regionPreset(u"eu").gramsPerKwh);
    QVERIFY(regionPreset(u"eu").gramsPerKwh < regionPreset(u"us").gramsPerKwh);
    QVERIFY(regionPreset(u"china").gramsPerKwh < regionPreset(u"india").gramsPerKwh);
    QCOMPARE(regionPreset(u"FRANCE").id, u"FRA"_s); // case-insensitive, by English name
    QCOMPARE(regionPreset(u"fra").id, u"FRA"_s);    // or by ISO code

    const CarbonResult r = carbonFor(1.0, factorsForRegion(u"world"));
    for (const Equivalent &e : r.equivalents) {
        QVERIFY(!e.source.isEmpty());
        QVERIFY(e.year > 2000);
        QVERIFY(e.gramsPerUnit > 0);
    }
}

void TestCarbon::presetsHoldSourcedValues()
{
    // Reference data: each figure as printed by its source (see analysis/carbon.cpp), the unit,
    // the year and words the source string must carry so a reader can find the page again.
    constexpr double gramsPerPound = 453.59237; // exact by definition
    struct Expected
    {
        const char *id;
        double value;
        double tolerance;
        const char *unit;
        int year;
        QStringList sourceMustContain;
    };
    const QString codeCarbon = u"CodeCarbon global_energy_mix.json (Our World in Data / Ember), 2023"_s;
    const std::vector<Expected> expected = {
        // CodeCarbon's carbon_intensity_per_source.json: world_average 475 gCO2.eq/kWh, IEA 2019.
        {"world",
         475.0,
         0.0,
         "gCO2e/kWh",
         2019,
         {u"IEA"_s, u"Global Energy & CO2 Status Report 2019"_s,
          u"https://www.iea.org/reports/global-energy-co2-status-report-2019/emissions"_s,
          u"carbon_intensity_per_source.json"_s}},
        // The BUTTER-E paper's 0.919 lb CO2/kWh = 416.85 g, a CO2 figure.
        {"butter-e", 416.85, 0.0, "gCO2/kWh", 2024, {u"arXiv 2403.08151"_s, u"0.919 lb CO2/kWh"_s, u"CO2 only"_s}},
        // EIA FAQ, 2023 data: about 0.81 lb CO2 per kWh.
        {"us",
         0.81 * gramsPerPound,
         1e-9,
         "gCO2/kWh",
         2023,
         {u"Energy Information Administration"_s, u"0.81 lb CO2"_s, u"2023"_s, u"CO2 only"_s}},
        // EEA indicator assessment IND-353-en (8 Dec 2020): EU-27 281 g CO2e/kWh in 2018.
        {"eu",
         281.0,
         0.0,
         "gCO2e/kWh",
         2018,
         {u"European Environment Agency"_s, u"IND-353-en"_s, u"281 g"_s, u"2018"_s}},
        // CodeCarbon's global_energy_mix.json rows (Our World in Data / Ember), 2023, under the
        // countries' older ids.
        {"france", 56.039, 0.0, "gCO2e/kWh", 2023, {codeCarbon}},
        {"germany", 380.95, 0.0, "gCO2e/kWh", 2023, {codeCarbon}},
        {"india", 713.441, 0.0, "gCO2e/kWh", 2023, {codeCarbon}},
        {"china", 582.317, 0.0, "gCO2e/kWh", 2023, {codeCarbon}},
    };
    const qsizetype countries = loadCarbonFixture()[u"country_count"_s].toInteger();
    QCOMPARE(regionPresets().size(), std::size_t(4 + countries));
    for (const Expected &e : expected) {
        const RegionPreset &p = regionPreset(QString::fromLatin1(e.id));
        const QString id = p.id;
        QVERIFY2(std::abs(p.gramsPerKwh - e.value) <= e.tolerance, qPrintable(id));
        QCOMPARE(p.unit, QString::fromLatin1(e.unit));
        QCOMPARE(p.year, e.year);
        for (const QString &word : e.sourceMustContain)
            QVERIFY2(p.source.contains(word), qPrintable(id + u": "_s + word));
        QCOMPARE(p.pue.has_value(), id == u"butter-e"_s);
        QCOMPARE(p.country, !specialRegionIds().contains(id));

        // The preset's figures travel into the factors and the JSON unchanged.
        const CarbonFactors f = factorsForRegion(id);
        QCOMPARE(f.gramsPerKwh, p.gramsPerKwh);
        QCOMPARE(f.intensityUnit, p.unit);
        QCOMPARE(f.intensitySource, p.source);
        QCOMPARE(f.intensityYear, p.year);
        const QJsonObject j = carbonJson(carbonFor(3.6e6, f))[u"factors"_s].toObject();
        QCOMPARE(j[u"intensity_unit"_s].toString(), p.unit);
        QCOMPARE(j[u"intensity_source"_s].toString(), p.source);
        QCOMPARE(j[u"intensity_year"_s].toInt(), p.year);
    }
    // 0.81 lb = 367.41 g: the figure the US source string prints.
    QCOMPARE(QString::number(regionPreset(u"us").gramsPerKwh, 'f', 2), u"367.41"_s);
    QVERIFY(regionPreset(u"butter-e").pueSource.contains(u"PUE 1.58"_s));

    const QJsonArray regions = regionPresetsJson()[u"regions"_s].toArray();
    QCOMPARE(regions.size(), qsizetype(regionPresets().size()));
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QJsonObject r = regions.at(i).toObject();
        const RegionPreset &p = regionPresets()[size_t(i)];
        QCOMPARE(r[u"id"_s].toString(), p.id);
        QCOMPARE(r[u"value"_s].toDouble(), p.gramsPerKwh);
        QCOMPARE(r[u"unit"_s].toString(), p.unit);
        QCOMPARE(r[u"source"_s].toString(), p.source);
        QCOMPARE(r[u"year"_s].toInt(), p.year);
        QCOMPARE(r[u"country"_s].toBool(), p.country);
    }
}

void TestCarbon::presetsEqualCodeCarbonFile()
{
    // tests/fixtures/make_carbon_fixtures.py read these from resources/codecarbon/ with Python.
    const QJsonObject fixture = loadCarbonFixture();
    const qsizetype countryCount = fixture[u"country_count"_s].toInteger();
    QCOMPARE(countryCount, 213);
    qsizetype countries = 0;
    for (const RegionPreset &p : regionPresets())
        countries += p.country ? 1 : 0;
    QCOMPARE(countries, countryCount);

    const RegionPreset &world = regionPreset(u"world");
    QCOMPARE(world.gramsPerKwh, fixture[u"world_average"_s].toDouble());
    QCOMPARE(fixture[u"world_average_unit"_s].toString(), u"gCO2.eq/kWh"_s); // all gases: CO2e
    QCOMPARE(world.unit, u"gCO2e/kWh"_s);
    QVERIFY(world.source.contains(fixture[u"world_average_source"_s].toString()));

    const QJsonArray rows = fixture[u"countries"_s].toArray();
    QVERIFY(rows.size() >= 10);
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString iso = row[u"iso"_s].toString();
        const RegionPreset *p = findRegionPreset(iso);
        QVERIFY2(p, qPrintable(iso));
        QCOMPARE(p->id, iso);
        QVERIFY(p->country);
        QCOMPARE(p->name, row[u"name"_s].toString());
        QCOMPARE(p->gramsPerKwh, row[u"intensity"_s].toDouble());
        QCOMPARE(p->year, row[u"year"_s].toInt());
        QCOMPARE(p->unit, u"gCO2e/kWh"_s);
        QCOMPARE(p->source, u"CodeCarbon global_energy_mix.json (Our World in Data / Ember), %1"_s.arg(p->year));
        QVERIFY(!p->pue);
        // Reachable by the English name too.
        QCOMPARE(findRegionPreset(row[u"name"_s].toString().toUpper()), p);
    }

    // Countries follow the special presets, sorted by English name.
    const std::span<const RegionPreset> all = regionPresets();
    const std::size_t first = std::size_t(specialRegionIds().size());
    QCOMPARE(all[first].name, fixture[u"first_country_name"_s].toString());
    QCOMPARE(all.back().name, fixture[u"last_country_name"_s].toString());
    for (std::size_t i = first + 1; i < all.size(); ++i)
        QVERIFY2(all[i - 1].name.compare(all[i].name, Qt::CaseInsensitive) < 0, qPrintable(all[i].name));
}

void TestCarbon::legacyIdsResolve()
{
    // Ids saved by earlier versions (settings, layouts, --region) still name a preset.
    const struct
    {
        const char16_t *legacy;
        const char16_t *id;
    } cases[] = {{u"world", u"world"}, {u"butter-e", u"butter-e"}, {u"us", u"us"},       {u"eu", u"eu"},
                 {u"france", u"FRA"},  {u"germany", u"DEU"},       {u"india", u"IND"},   {u"china", u"CHN"},
                 {u"World", u"world"}, {u"GERMANY", u"DEU"},       {u" france ", u"FRA"}};
    for (const auto &c : cases) {
        const QString legacy = QString::fromUtf16(c.legacy);
        QCOMPARE(regionPreset(legacy).id, QString::fromUtf16(c.id));
        QCOMPARE(factorsForRegion(legacy).region, QString::fromUtf16(c.id));
        QCOMPARE(resolveCarbonFactors(legacy, std::nullopt).region, QString::fromUtf16(c.id));
    }
    // "us" stays the EIA CO2 figure; the generic row is USA (all gases).
    QCOMPARE(regionPreset(u"us").unit, u"gCO2/kWh"_s);
    QCOMPARE(regionPreset(u"USA").unit, u"gCO2e/kWh"_s);
    QCOMPARE(regionPreset(u"United States").id, u"USA"_s);
    QVERIFY(!findRegionPreset(u"atlantis"));
    QVERIFY(!findRegionPreset(u""));
}

void TestCarbon::noInternalNotesInSources()
{
    QStringList texts;
    for (const RegionPreset &p : regionPresets())
        texts << p.name << p.source << p.pueSource;
    for (const Equivalent &e : carbonFor(3.6e6, factorsForRegion(u"world")).equivalents)
        texts << e.label << e.source;
    const CarbonFactors defaults = resolveCarbonFactors(std::nullopt, std::nullopt);
    texts << defaults.intensitySource << defaults.pueSource << defaults.priceSource;
    texts << QString::fromUtf8(QJsonDocument(regionPresetsJson()).toJson());
    for (const QString &text : std::as_const(texts)) {
        for (const QString &word : {u"brief"_s, u"re-read"_s, u"verified"_s})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
    }
}

void TestCarbon::defaultPriceGivesCost()
{
    const ElectricityPrice &d = defaultElectricityPrice();
    QCOMPARE(d.perKwh, 0.12);
    QCOMPARE(d.currency, u"USD"_s);
    QCOMPARE(d.year, 2024);
    QCOMPARE(d.source,
             u"US Energy Information Administration, average retail price of electricity to commercial "
             "customers, 2024"_s);

    // No price given: the default, with its currency (a user's label cannot convert it).
    const CarbonFactors f = resolveCarbonFactors(u"germany"_s, std::nullopt, std::nullopt, std::nullopt, u"EUR"_s);
    QCOMPARE(f.pricePerKwh, std::optional<double>(0.12));
    QCOMPARE(f.currency, u"USD"_s);
    QCOMPARE(f.priceSource, d.source);
    QCOMPARE(f.priceYear, 2024);
    QVERIFY(f.priceIsDefault);
    QVERIFY(f.pueIsDefault); // Germany has no PUE of its own
    QVERIFY(!resolveCarbonFactors(u"butter-e"_s, std::nullopt, std::nullopt, std::nullopt, u"USD"_s).pueIsDefault);
    QVERIFY(!resolveCarbonFactors(u"germany"_s, std::nullopt, 1.2, std::nullopt, u"USD"_s).pueIsDefault);
    for (const double kwh : {1.0, 2.5, 1234.5678, 0.0}) {
        const CarbonResult r = carbonFor(kwh * 3.6e6, f);
        QVERIFY(r.cost.has_value());
        QCOMPARE(*r.cost, r.kwh * 0.12); // PUE 1: facility kWh = kWh
    }
    // 10,000 J = 1/360 kWh: 0.12 / 360 USD.
    QVERIFY(close(*carbonFor(10000.0, f).cost, 0.12 / 360.0));
    // With a PUE the facility energy is priced.
    const CarbonFactors withPue = resolveCarbonFactors(u"butter-e"_s, std::nullopt);
    QCOMPARE(*carbonFor(3.6e6, withPue).cost, 1.58 * 0.12);

    // A price given: the user's, with the user's currency.
    const CarbonFactors own = resolveCarbonFactors(u"germany"_s, std::nullopt, std::nullopt, 0.3, u"EUR"_s);
    QCOMPARE(own.pricePerKwh, std::optional<double>(0.3));
    QCOMPARE(own.currency, u"EUR"_s);
    QCOMPARE(own.priceSource, u"user value"_s);
    QCOMPARE(own.priceYear, 0);
    QVERIFY(!own.priceIsDefault);

    // The JSON says which price was used and where it comes from.
    const QJsonObject j = carbonJson(carbonFor(7.2e6, f));
    QCOMPARE(j[u"cost"_s].toDouble(), 2.0 * 0.12);
    QCOMPARE(j[u"currency"_s].toString(), u"USD"_s);
    const QJsonObject jf = j[u"factors"_s].toObject();
    QCOMPARE(jf[u"price_per_kwh"_s].toDouble(), 0.12);
    QCOMPARE(jf[u"price_source"_s].toString(), d.source);
    QCOMPARE(jf[u"price_year"_s].toInt(), 2024);
    QCOMPARE(carbonJson(carbonFor(7.2e6, own))[u"factors"_s].toObject()[u"price_source"_s].toString(), u"user value"_s);
}

void TestCarbon::equivalentsHoldSourcedValues()
{
    // EPA figures: 400 g CO2 per mile (1 mile = 1.609344 km exactly) and 8.22e-6 t per charge.
    // How far each could be checked is docs/data.md's business, not the app's.
    const CarbonResult r = carbonFor(3.6e6, customFactors(1000.0)); // 1000 g
    QCOMPARE(r.equivalents.size(), size_t(2));

    const Equivalent &car = r.equivalents[0];
    QCOMPARE(car.id, u"car_km"_s);
    QCOMPARE(car.unit, u"km"_s);
    QVERIFY(close(car.gramsPerUnit, 400.0 / 1.609344, 1e-15));
    QCOMPARE(QString::number(car.gramsPerUnit, 'f', 2), u"248.55"_s);
    QVERIFY(close(car.value, 1000.0 / (400.0 / 1.609344)));
    QCOMPARE(car.year, 2023);
    QVERIFY(car.source.contains(u"EPA-420-F-23-014"_s));
    QVERIFY(car.source.contains(u"400 g CO2 per mile"_s));
    QVERIFY(!car.source.contains(u"verified"_s));
    QCOMPARE(car.perUnit, u"km"_s);
    QCOMPARE(car.gramsUnit, u"gCO2"_s);

    const Equivalent &phone = r.equivalents[1];
    QCOMPARE(phone.id, u"phone_charges"_s);
    QCOMPARE(phone.unit, u"charges"_s);
    QVERIFY(close(phone.gramsPerUnit, 8.22e-6 * 1e6, 1e-12));
    QVERIFY(close(phone.value, 1000.0 / 8.22));
    QCOMPARE(phone.year, 2023);
    QVERIFY(phone.source.contains(u"Greenhouse Gases Equivalencies Calculator - Calculations and References"_s));
    QVERIFY(phone.source.contains(u"Number of smartphones charged"_s));
    QVERIFY(phone.source.contains(u"8.22e-6 t CO2"_s));
    QVERIFY(!phone.source.contains(u"verified"_s));
    QCOMPARE(phone.perUnit, u"smartphone charge"_s); // "8.22 gCO2 per smartphone charge"
    QCOMPARE(phone.gramsUnit, u"gCO2"_s);
}

void TestCarbon::butterEPaperFactors()
{
    // 0.919 lb CO2/kWh x 453.59237 g/lb = 416.85 g/kWh; PUE 1.58.
    const CarbonFactors f = factorsForRegion(u"butter-e");
    QVERIFY(std::abs(f.gramsPerKwh - 0.919 * 453.59237) < 0.01);
    QCOMPARE(f.pue, 1.58);
    QVERIFY(!f.pueSource.isEmpty());
    // Default PUE elsewhere is 1.0.
    QCOMPARE(factorsForRegion(u"germany").pue, 1.0);
    // The record's non-overhead energy (113,402.47 J) at the paper's factors.
    const CarbonResult r = carbonFor(113402.46875, f);
    QVERIFY(close(r.co2eGrams, 113402.46875 / 3.6e6 * 1.58 * 416.85));
}

void TestCarbon::unknownRegionRejected()
{
    try {
        factorsForRegion(u"atlantis");
        QFAIL("expected an error");
    } catch (const AnalysisError &e) {
        QVERIFY(QString::fromStdString(e.what()).contains(u"world"_s));
    }
}

void TestCarbon::userValues()
{
    const CarbonFactors f = customFactors(250.0, 1.2, 0.3, u"EUR"_s);
    QCOMPARE(f.region, u"custom"_s);
    const CarbonResult r = carbonFor(7.2e6, f); // 2 kWh
    QVERIFY(close(r.kwh, 2.0));
    QVERIFY(close(r.facilityKwh, 2.4));
    QVERIFY(close(r.co2eGrams, 600.0));
    QVERIFY(close(*r.cost, 0.72));
    QCOMPARE(r.factors.currency, u"EUR"_s);
    // A preset with a user price.
    CarbonFactors withPrice = factorsForRegion(u"us");
    withPrice.pricePerKwh = 0.12;
    QVERIFY(close(*carbonFor(3.6e6, withPrice).cost, 0.12));
    QCOMPARE(carbonFor(0.0, f).co2eGrams, 0.0);
}

void TestCarbon::commandLineResolution()
{
    const CarbonFactors world = resolveCarbonFactors(std::nullopt, std::nullopt);
    QCOMPARE(world.region, u"world"_s);
    QCOMPARE(world.gramsPerKwh, 475.0);
    const CarbonFactors france = resolveCarbonFactors(u"france"_s, std::nullopt, 1.4, 0.2, u"EUR"_s);
    QCOMPARE(france.region, u"FRA"_s);
    QCOMPARE(france.gramsPerKwh, 56.039);
    QCOMPARE(france.pue, 1.4);
    QCOMPARE(france.pueSource, u"user value"_s);
    QCOMPARE(*france.pricePerKwh, 0.2);
    const CarbonFactors custom = resolveCarbonFactors(std::nullopt, 123.0);
    QCOMPARE(custom.region, u"custom"_s);
    QCOMPARE(custom.gramsPerKwh, 123.0);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, resolveCarbonFactors(u"us"_s, 300.0));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, resolveCarbonFactors(u"us"_s, std::nullopt, 0.5));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, resolveCarbonFactors(std::nullopt, std::nullopt, std::nullopt, -1.0));
}

void TestCarbon::invalidValuesRejected()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const CarbonFactors ok = customFactors(400.0);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, carbonFor(nan, ok));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, carbonFor(inf, ok));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, carbonFor(-1.0, ok));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, customFactors(nan));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, customFactors(inf));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, customFactors(-5.0));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, customFactors(400.0, 0.9));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, customFactors(400.0, nan));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, customFactors(400.0, 1.0, -0.1));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, customFactors(400.0, 1.0, inf));
    try {
        carbonFor(nan, ok);
    } catch (const AnalysisError &e) {
        QVERIFY(QString::fromStdString(e.what()).contains(u"finite"_s));
    }
}

void TestCarbon::jsonKeys()
{
    const CarbonResult r = carbonFor(10000.0, factorsForRegion(u"world"));
    const QJsonObject o = carbonJson(r);
    QVERIFY(close(o[u"kwh"_s].toDouble(), 10000.0 / 3.6e6));
    QVERIFY(close(o[u"co2e_g"_s].toDouble(), 10000.0 / 3.6e6 * 475.0));
    QVERIFY(o[u"cost"_s].isNull());
    const QJsonObject f = o[u"factors"_s].toObject();
    QCOMPARE(f[u"region"_s].toString(), u"world"_s);
    QCOMPARE(f[u"intensity_g_per_kwh"_s].toDouble(), 475.0);
    QCOMPARE(f[u"intensity_year"_s].toInt(), 2019);
    QVERIFY(!f[u"intensity_source"_s].toString().isEmpty());
    QCOMPARE(f[u"pue"_s].toDouble(), 1.0);
    QCOMPARE(f[u"intensity_unit"_s].toString(), u"gCO2e/kWh"_s);
    const QJsonArray eq = o[u"equivalents"_s].toArray();
    QCOMPARE(eq.size(), 2);
    for (const QJsonValue &e : eq)
        QVERIFY(!e.toObject()[u"source"_s].toString().isEmpty());
    QCOMPARE(eq[1].toObject()[u"grams_per_unit_unit"_s].toString(), u"gCO2 per smartphone charge"_s);
    QCOMPARE(o[u"co2e_unit"_s].toString(), u"gCO2e"_s);
    QVERIFY(f[u"price_source"_s].isNull()); // no price: the preset's own factors carry none

    CarbonFactors priced = customFactors(400.0, 1.0, 0.2, u"USD"_s);
    const QJsonObject p = carbonJson(carbonFor(3.6e6, priced));
    QVERIFY(close(p[u"cost"_s].toDouble(), 0.2));
    QCOMPARE(p[u"currency"_s].toString(), u"USD"_s);
    QVERIFY(p[u"factors"_s].toObject()[u"intensity_year"_s].isNull());
    QCOMPARE(p[u"factors"_s].toObject()[u"intensity_unit"_s].toString(), u"gCO2e/kWh"_s);
    // A preset whose source counts CO2 only says so in the JSON.
    const QJsonObject us = carbonJson(carbonFor(3.6e6, factorsForRegion(u"us")));
    QCOMPARE(us[u"factors"_s].toObject()[u"intensity_unit"_s].toString(), u"gCO2/kWh"_s);
    QCOMPARE(us[u"co2e_unit"_s].toString(), u"gCO2"_s);

    const QJsonArray regions = regionPresetsJson()[u"regions"_s].toArray();
    QVERIFY(regions.size() >= 8);
}

QTEST_GUILESS_MAIN(TestCarbon)
#include "tst_carbon.moc"
