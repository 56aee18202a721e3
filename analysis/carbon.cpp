#include "carbon.h"

#include "analysiserror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

// The CodeCarbon files are a resource of this static library (analysis/CMakeLists.txt);
// Q_INIT_RESOURCE has to be called outside any namespace.
static void initCodeCarbonResources()
{
    Q_INIT_RESOURCE(wattprint_codecarbon);
}

namespace wattprint {

namespace {

// Unit definitions (exact by the 1959 international yard and pound agreement).
constexpr double kGramsPerPound = 453.59237;
constexpr double kKmPerMile = 1.609344;

// Grid intensities, per kWh generated.
//  - world and one preset per country: CodeCarbon's data files (resources/codecarbon/, MIT), read
//    at first use. carbon_intensity_per_source.json: world_average 475 gCO2.eq/kWh, source the IEA
//    Global Energy & CO2 Status Report 2019. global_energy_mix.json: per ISO alpha-3 code its
//    country_name, carbon_intensity (gCO2e/kWh, Our World in Data / Ember) and year.
//  - us 367.41 gCO2/kWh: US EIA FAQ "How much carbon dioxide is produced per kilowatthour of U.S.
//    electricity generation?", 2023 edition: 4.18 trillion kWh of utility-scale net generation,
//    1.53 billion t CO2, "about 0.81 pounds of CO2 emissions per kWh"; 0.81 x 453.59237 g.
//    A CO2 figure (no other gases); EIA treats biomass, hydro, solar and wind as carbon neutral.
//  - eu 281 gCO2e/kWh: EEA indicator assessment "Greenhouse gas emission intensity of electricity
//    generation in Europe" (IND-353-en, ENER 038, published 8 Dec 2020, since archived for a newer
//    version): EU-27 45 % lower in 2018 than in 1990, "decreasing from 510 g CO2e/kWh to 281 g
//    CO2e/kWh". The EEA's 2023 update gives only relative changes, so the 2018 figure is used.
//  - butter-e 416.85 gCO2/kWh with PUE 1.58: the BUTTER-E paper (Tripp, Perr-Sauer et al.,
//    arXiv 2403.08151, 2024): 0.919 lb CO2/kWh = 0.41685 kg/kWh, PUE 1.58.
//  These three stay beside the generic rows (USA, and the EU has none) because their sources name
//  exactly what they count; docs/data.md says where each figure's provenance is weaker.

QJsonObject readResourceJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCritical("wattprint: the built-in grid data %s is missing", qPrintable(path));
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::vector<RegionPreset> loadPresets()
{
    initCodeCarbonResources();
    static const QString co2e = u"gCO2e/kWh"_s;
    static const QString co2 = u"gCO2/kWh"_s;
    std::vector<RegionPreset> table;

    const QJsonObject perSource = readResourceJson(u":/wattprint/codecarbon/carbon_intensity_per_source.json"_s);
    table.push_back({u"world"_s, u"World average"_s, false, perSource[u"world_average"_s].toDouble(), co2e,
                     u"IEA, Global Energy & CO2 Status Report 2019 (%1), world average as given in CodeCarbon's "
                     "carbon_intensity_per_source.json"_s.arg(perSource[u"world_average_source"_s].toString()),
                     2019, std::nullopt, QString()});
    table.push_back({u"butter-e"_s, u"BUTTER-E paper (NREL Eagle)"_s, false, 416.85, co2,
                     u"Tripp, Perr-Sauer et al., \"Measuring the Energy Consumption and Efficiency of Deep "
                     "Neural Networks\" (arXiv 2403.08151, 2024): 0.919 lb CO2/kWh = 416.85 g (CO2 only)"_s,
                     2024, 1.58,
                     u"Tripp, Perr-Sauer et al. (arXiv 2403.08151, 2024): PUE 1.58 for NREL's data centre"_s});
    table.push_back({u"us"_s, u"United States (EIA, CO2 only)"_s, false, 0.81 * kGramsPerPound, co2,
                     u"US Energy Information Administration, FAQ \"How much carbon dioxide is produced per "
                     "kilowatthour of U.S. electricity generation?\" (2023 data): about 0.81 lb CO2 per kWh of "
                     "utility-scale net generation = 367.41 g (CO2 only)"_s,
                     2023, std::nullopt, QString()});
    table.push_back({u"eu"_s, u"European Union (27)"_s, false, 281.0, co2e,
                     u"European Environment Agency, indicator assessment \"Greenhouse gas emission intensity of "
                     "electricity generation in Europe\" (IND-353-en, published 8 Dec 2020): EU-27, 281 g "
                     "CO2e/kWh in 2018"_s,
                     2018, std::nullopt, QString()});

    const QJsonObject mix = readResourceJson(u":/wattprint/codecarbon/global_energy_mix.json"_s);
    std::vector<RegionPreset> countries;
    for (auto it = mix.begin(); it != mix.end(); ++it) {
        const QJsonObject row = it.value().toObject();
        const double intensity = row[u"carbon_intensity"_s].toDouble(-1);
        const int year = row[u"year"_s].toInt();
        if (intensity < 0 || year <= 0 || row[u"country_name"_s].toString().isEmpty())
            continue; // not a usable row (none in the shipped file)
        countries.push_back({it.key(), row[u"country_name"_s].toString(), true, intensity, co2e,
                             u"CodeCarbon global_energy_mix.json (Our World in Data / Ember), %1"_s.arg(year), year,
                             std::nullopt, QString()});
    }
    std::sort(countries.begin(), countries.end(), [](const RegionPreset &a, const RegionPreset &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    table.insert(table.end(), countries.begin(), countries.end());
    return table;
}

const std::vector<RegionPreset> &presetTable()
{
    static const std::vector<RegionPreset> table = loadPresets();
    return table;
}

// Relatable equivalents, both from the US EPA and both CO2 only (docs/data.md says how far each
// figure could be checked):
//  - car: the EPA page "Greenhouse Gas Emissions from a Typical Passenger Vehicle" links the fact
//    sheet EPA-420-F-23-014 (June 2023): about 400 g CO2 per mile. 400 / 1.609344 = 248.548 g/km.
//  - phone: EPA "Greenhouse Gases Equivalencies Calculator - Calculations and References", section
//    "Number of smartphones charged": 8.22e-6 t CO2 per charge = 8.22 g.
struct EquivalentFactor
{
    const char16_t *id;
    const char16_t *label;
    const char16_t *unit;
    const char16_t *perUnit;
    double gramsPerUnit;
    const char16_t *source;
    int year;
};

constexpr double kCarGramsPerKm = 400.0 / kKmPerMile;
constexpr double kPhoneGramsPerCharge = 8.22; // 8.22e-6 t

const std::array<EquivalentFactor, 2> kEquivalents = {{
    {u"car_km", u"Distance by an average passenger car", u"km", u"km", kCarGramsPerKm,
     u"US EPA, \"Greenhouse Gas Emissions from a Typical Passenger Vehicle\" (fact sheet "
     u"EPA-420-F-23-014, June 2023): about 400 g CO2 per mile = 248.55 g per km",
     2023},
    {u"phone_charges", u"Smartphone charges", u"charges", u"smartphone charge", kPhoneGramsPerCharge,
     u"US EPA, \"Greenhouse Gases Equivalencies Calculator - Calculations and References\", "
     u"\"Number of smartphones charged\": 8.22e-6 t CO2 per smartphone charged",
     2023},
}};

void requireFinite(double value, const char *what)
{
    if (!std::isfinite(value))
        throw AnalysisError(std::string(what) + " must be a finite number (got NaN or infinity)");
}

} // namespace

QString regionDisplayName(const RegionPreset &preset)
{
    if (preset.id == QLatin1String("world"))
        return QCoreApplication::translate("Carbon", "World average");
    if (preset.id == QLatin1String("butter-e"))
        return QCoreApplication::translate("Carbon", "BUTTER-E paper (NREL Eagle)");
    if (preset.id == QLatin1String("us"))
        return QCoreApplication::translate("Carbon", "United States (EIA, CO2 only)");
    if (preset.id == QLatin1String("eu"))
        return QCoreApplication::translate("Carbon", "European Union (27)");
    return preset.name;
}

std::span<const RegionPreset> regionPresets()
{
    return presetTable();
}

QStringList regionIds()
{
    QStringList ids;
    for (const RegionPreset &p : presetTable())
        ids << p.id;
    return ids;
}

QStringList specialRegionIds()
{
    QStringList ids;
    for (const RegionPreset &p : presetTable()) {
        if (!p.country)
            ids << p.id;
    }
    return ids;
}

const RegionPreset *findRegionPreset(QStringView idOrName)
{
    const QStringView key = idOrName.trimmed();
    if (key.isEmpty())
        return nullptr;
    for (const RegionPreset &p : presetTable()) {
        if (p.id.compare(key, Qt::CaseInsensitive) == 0)
            return &p;
    }
    for (const RegionPreset &p : presetTable()) {
        if (p.country && p.name.compare(key, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const RegionPreset &regionPreset(QStringView idOrName)
{
    if (const RegionPreset *p = findRegionPreset(idOrName))
        return *p;
    throw AnalysisError(
        u"unknown region \"%1\"; regions are %2, or a country's ISO alpha-3 code or English "
        "name (wattprint carbon --list-regions lists them)"_s.arg(idOrName.toString(), specialRegionIds().join(u", "_s))
            .toStdString());
}

const ElectricityPrice &defaultElectricityPrice()
{
    static const ElectricityPrice price{
        0.12, u"USD"_s,
        u"US Energy Information Administration, average retail price of electricity to commercial customers, 2024"_s,
        2024};
    return price;
}

void CarbonFactors::validate() const
{
    requireFinite(gramsPerKwh, "the carbon intensity");
    requireFinite(pue, "the PUE");
    if (gramsPerKwh < 0)
        throw AnalysisError("the carbon intensity cannot be negative");
    if (pue < 1.0)
        throw AnalysisError("the PUE cannot be below 1 (it is facility energy / IT energy)");
    if (pricePerKwh) {
        requireFinite(*pricePerKwh, "the electricity price");
        if (*pricePerKwh < 0)
            throw AnalysisError("the electricity price cannot be negative");
    }
}

CarbonFactors factorsForRegion(QStringView id)
{
    const RegionPreset &p = regionPreset(id);
    CarbonFactors f;
    f.region = p.id;
    f.gramsPerKwh = p.gramsPerKwh;
    f.intensityUnit = p.unit;
    f.intensitySource = p.source;
    f.intensityYear = p.year;
    if (p.pue) {
        f.pue = *p.pue;
        f.pueSource = p.pueSource;
    } else {
        f.pue = 1.0;
        f.pueSource = u"default: no data-centre overhead (PUE 1.0, as CodeCarbon)"_s;
        f.pueIsDefault = true;
    }
    return f;
}

CarbonFactors customFactors(double gramsPerKwh, double pue, std::optional<double> pricePerKwh, const QString &currency)
{
    CarbonFactors f;
    f.region = u"custom"_s;
    f.gramsPerKwh = gramsPerKwh;
    f.intensitySource = u"user value"_s;
    f.intensityYear = 0;
    f.pue = pue;
    f.pueSource = u"user value"_s;
    f.pricePerKwh = pricePerKwh;
    f.currency = currency;
    if (pricePerKwh)
        f.priceSource = u"user value"_s;
    f.validate();
    return f;
}

CarbonFactors resolveCarbonFactors(const std::optional<QString> &region, std::optional<double> gramsPerKwh,
                                   std::optional<double> pue, std::optional<double> pricePerKwh,
                                   const QString &currency)
{
    if (region && gramsPerKwh)
        throw AnalysisError("give either a region or an intensity, not both");
    CarbonFactors f = gramsPerKwh ? customFactors(*gramsPerKwh) : factorsForRegion(region.value_or(u"world"_s));
    if (pue) {
        f.pue = *pue;
        f.pueSource = u"user value"_s;
        f.pueIsDefault = false;
    }
    if (pricePerKwh) {
        f.pricePerKwh = pricePerKwh;
        f.currency = currency;
        f.priceSource = u"user value"_s;
        f.priceYear = 0;
        f.priceIsDefault = false;
    } else {
        // The default price has its own currency: a user's currency label cannot convert it.
        const ElectricityPrice &d = defaultElectricityPrice();
        f.pricePerKwh = d.perKwh;
        f.currency = d.currency;
        f.priceSource = d.source;
        f.priceYear = d.year;
        f.priceIsDefault = true;
    }
    f.validate();
    return f;
}

double joulesToKwh(double joules)
{
    return joules / kJoulesPerKwh;
}

CarbonResult carbonFor(double joules, const CarbonFactors &factors)
{
    requireFinite(joules, "the energy");
    if (joules < 0)
        throw AnalysisError("the energy cannot be negative");
    factors.validate();

    CarbonResult r;
    r.joules = joules;
    r.factors = factors;
    r.kwh = joulesToKwh(joules);
    r.facilityKwh = r.kwh * factors.pue;
    r.co2eGrams = r.facilityKwh * factors.gramsPerKwh;
    if (factors.pricePerKwh)
        r.cost = r.facilityKwh * *factors.pricePerKwh;
    for (const EquivalentFactor &e : kEquivalents) {
        Equivalent q;
        q.id = QString::fromUtf16(e.id);
        q.label = QString::fromUtf16(e.label);
        q.unit = QString::fromUtf16(e.unit);
        q.perUnit = QString::fromUtf16(e.perUnit);
        q.gramsPerUnit = e.gramsPerUnit;
        q.gramsUnit = u"gCO2"_s;
        q.value = r.co2eGrams / e.gramsPerUnit;
        q.source = QString::fromUtf16(e.source);
        q.year = e.year;
        r.equivalents.push_back(q);
    }
    return r;
}

QJsonObject carbonJson(const CarbonResult &r)
{
    QJsonObject o;
    o[u"joules"_s] = r.joules;
    o[u"kwh"_s] = r.kwh;
    o[u"facility_kwh"_s] = r.facilityKwh;
    o[u"co2e_g"_s] = r.co2eGrams;
    o[u"co2e_unit"_s] = r.factors.intensityUnit.contains(u"CO2e"_s) ? u"gCO2e"_s : u"gCO2"_s;
    o[u"cost"_s] = r.cost ? QJsonValue(*r.cost) : QJsonValue(QJsonValue::Null);
    o[u"currency"_s] = r.factors.currency;

    const CarbonFactors &f = r.factors;
    QJsonObject factors;
    factors[u"region"_s] = f.region;
    factors[u"intensity_g_per_kwh"_s] = f.gramsPerKwh;
    factors[u"intensity_unit"_s] = f.intensityUnit;
    factors[u"intensity_source"_s] = f.intensitySource;
    factors[u"intensity_year"_s] = f.intensityYear > 0 ? QJsonValue(f.intensityYear) : QJsonValue(QJsonValue::Null);
    factors[u"pue"_s] = f.pue;
    factors[u"pue_source"_s] = f.pueSource;
    factors[u"price_per_kwh"_s] = f.pricePerKwh ? QJsonValue(*f.pricePerKwh) : QJsonValue(QJsonValue::Null);
    factors[u"price_source"_s] = f.pricePerKwh ? QJsonValue(f.priceSource) : QJsonValue(QJsonValue::Null);
    factors[u"price_year"_s] = f.priceYear > 0 ? QJsonValue(f.priceYear) : QJsonValue(QJsonValue::Null);
    o[u"factors"_s] = factors;

    QJsonArray equivalents;
    for (const Equivalent &e : r.equivalents) {
        QJsonObject q;
        q[u"id"_s] = e.id;
        q[u"label"_s] = e.label;
        q[u"value"_s] = e.value;
        q[u"unit"_s] = e.unit;
        q[u"grams_per_unit"_s] = e.gramsPerUnit;
        q[u"grams_per_unit_unit"_s] = u"%1 per %2"_s.arg(e.gramsUnit, e.perUnit);
        q[u"source"_s] = e.source;
        q[u"year"_s] = e.year;
        equivalents.append(q);
    }
    o[u"equivalents"_s] = equivalents;
    return o;
}

QJsonObject regionPresetsJson()
{
    QJsonArray regions;
    for (const RegionPreset &p : presetTable()) {
        QJsonObject r;
        r[u"id"_s] = p.id;
        r[u"name"_s] = p.name;
        r[u"country"_s] = p.country;
        r[u"value"_s] = p.gramsPerKwh;
        r[u"unit"_s] = p.unit;
        r[u"source"_s] = p.source;
        r[u"year"_s] = p.year;
        r[u"pue"_s] = p.pue ? QJsonValue(*p.pue) : QJsonValue(QJsonValue::Null);
        r[u"pue_source"_s] = p.pueSource;
        regions.append(r);
    }
    QJsonObject o;
    o[u"regions"_s] = regions;
    return o;
}

} // namespace wattprint
