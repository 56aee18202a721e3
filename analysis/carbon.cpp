#include "carbon.h"

#include "analysiserror.h"

#include <QJsonArray>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

// Unit definitions (exact by the 1959 international yard and pound agreement).
constexpr double kGramsPerPound = 453.59237;
constexpr double kKmPerMile = 1.609344;

// Grid intensities, per kWh generated. What was read (stored copies of the public pages):
//  - france 56, germany 381, india 713, china 582 gCO2e/kWh: Our World in Data, grapher table
//    "Carbon intensity of electricity generation, 1990 to 2023", unit "grams of CO2 equivalents per
//    kilowatt-hour", data "Ember and Energy Institute", column 2023. (Later editions of the same page
//    carry Ember's lifecycle series up to 2025, so numbers there may differ.)
//  - us 367.41 gCO2/kWh: US EIA FAQ "How much carbon dioxide is produced per kilowatthour of U.S.
//    electricity generation?", 2023 edition: 4.18 trillion kWh of utility-scale net generation,
//    1.53 billion t CO2, "about 0.81 pounds of CO2 emissions per kWh"; 0.81 x 453.59237 g.
//    A CO2 figure (no other gases); EIA treats biomass, hydro, solar and wind as carbon neutral.
//  - eu 281 gCO2e/kWh: EEA indicator assessment "Greenhouse gas emission intensity of electricity
//    generation in Europe" (IND-353-en, ENER 038, published 8 Dec 2020, since archived for a newer
//    version): EU-27 45 % lower in 2018 than in 1990, "decreasing from 510 g CO2e/kWh to 281 g
//    CO2e/kWh". The EEA's 2023 update, as read, gives only relative changes (58 % below 1990,
//    19 % below 2022), no absolute value, so the 2018 figure is used.
//  Not re-read, given by the project brief (docs/data.md):
//  - world 475: IEA, 2019 (the default of CodeCarbon and Green Algorithms).
//  - butter-e 416.85 gCO2/kWh with PUE 1.58: the BUTTER-E paper (Tripp, Perr-Sauer et al.,
//    arXiv 2403.08151, 2024): 0.919 lb CO2/kWh = 0.41685 kg/kWh, PUE 1.58.
const std::array<RegionPreset, 8> &presetTable()
{
    static const QString co2e = u"gCO2e/kWh"_s;
    static const QString co2 = u"gCO2/kWh"_s;
    static const QString owid
        = u"Our World in Data, \"Carbon intensity of electricity generation, 1990 to 2023\" (table; "
          "data: Ember and Energy Institute), value for 2023"_s;
    static const std::array<RegionPreset, 8> table = {{
        {u"world"_s, u"World average"_s, 475.0, co2e,
         u"IEA, world average for 2019, the default of CodeCarbon and Green Algorithms (figure as "
         "given by the Wattprint project brief; the IEA publication was not re-read)"_s,
         2019, std::nullopt, QString()},
        {u"butter-e"_s, u"BUTTER-E paper (NREL Eagle)"_s, 416.85, co2,
         u"Tripp, Perr-Sauer et al., \"Measuring the Energy Consumption and Efficiency of Deep "
         "Neural Networks\" (arXiv 2403.08151, 2024): 0.919 lb CO2/kWh = 416.85 g (as quoted by "
         "the Wattprint project brief)"_s,
         2024, 1.58,
         u"Tripp, Perr-Sauer et al. (arXiv 2403.08151, 2024): PUE 1.58 for NREL's data centre (as "
         "quoted by the Wattprint project brief)"_s},
        {u"us"_s, u"United States"_s, 0.81 * kGramsPerPound, co2,
         u"US Energy Information Administration, FAQ \"How much carbon dioxide is produced per "
         "kilowatthour of U.S. electricity generation?\" (2023 data): about 0.81 lb CO2 per kWh of "
         "utility-scale net generation = 367.41 g (CO2 only)"_s,
         2023, std::nullopt, QString()},
        {u"eu"_s, u"European Union (27)"_s, 281.0, co2e,
         u"European Environment Agency, indicator assessment \"Greenhouse gas emission intensity of "
         "electricity generation in Europe\" (IND-353-en, published 8 Dec 2020): EU-27, 281 g "
         "CO2e/kWh in 2018"_s,
         2018, std::nullopt, QString()},
        {u"france"_s, u"France"_s, 56.0, co2e, owid, 2023, std::nullopt, QString()},
        {u"germany"_s, u"Germany"_s, 381.0, co2e, owid, 2023, std::nullopt, QString()},
        {u"india"_s, u"India"_s, 713.0, co2e, owid, 2023, std::nullopt, QString()},
        {u"china"_s, u"China"_s, 582.0, co2e, owid, 2023, std::nullopt, QString()},
    }};
    return table;
}

// Relatable equivalents, both from the US EPA. Neither number could be read in the EPA text
// available here (only the opening of each page was), so both sources say so:
//  - car: the EPA page "Greenhouse Gas Emissions from a Typical Passenger Vehicle" links the fact
//    sheet EPA-420-F-23-014 (June 2023) and says a typical vehicle emits about 4.6 t CO2 a year
//    (read); the per-mile figure of about 400 g CO2 was not read. 400 / 1.609344 = 248.548 g/km.
//  - phone: EPA "Greenhouse Gases Equivalencies Calculator - Calculations and References", section
//    "Number of smartphones charged": 8.22e-6 t CO2 per charge = 8.22 g (not read; the page is
//    revised with each eGRID edition and secondary copies quote other values, e.g. 1.24e-5 t).
struct EquivalentFactor
{
    const char16_t *id;
    const char16_t *label;
    const char16_t *unit;
    double gramsPerUnit;
    const char16_t *source;
    int year;
};

constexpr double kCarGramsPerKm = 400.0 / kKmPerMile;
constexpr double kPhoneGramsPerCharge = 8.22; // 8.22e-6 t

const std::array<EquivalentFactor, 2> kEquivalents = {{
    {u"car_km", u"Distance by an average passenger car", u"km", kCarGramsPerKm,
     u"US EPA, \"Greenhouse Gas Emissions from a Typical Passenger Vehicle\" (fact sheet "
     u"EPA-420-F-23-014, June 2023): about 400 g CO2 per mile = 248.55 g per km (value not "
     u"verified against the source)",
     2023},
    {u"phone_charges", u"Smartphone charges", u"charges", kPhoneGramsPerCharge,
     u"US EPA, \"Greenhouse Gases Equivalencies Calculator - Calculations and References\", "
     u"\"Number of smartphones charged\": 8.22e-6 t CO2 per smartphone charged (value and year "
     u"not verified against the source)",
     2023},
}};

void requireFinite(double value, const char *what)
{
    if (!std::isfinite(value))
        throw AnalysisError(std::string(what) + " must be a finite number (got NaN or infinity)");
}

} // namespace

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

const RegionPreset &regionPreset(QStringView id)
{
    for (const RegionPreset &p : presetTable()) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return p;
    }
    throw AnalysisError(
        u"unknown region \"%1\"; regions are: %2"_s.arg(id.toString(), regionIds().join(u", "_s)).toStdString());
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
    }
    f.pricePerKwh = pricePerKwh;
    f.currency = currency;
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
        q.gramsPerUnit = e.gramsPerUnit;
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
    o[u"factors"_s] = factors;

    QJsonArray equivalents;
    for (const Equivalent &e : r.equivalents) {
        QJsonObject q;
        q[u"id"_s] = e.id;
        q[u"label"_s] = e.label;
        q[u"value"_s] = e.value;
        q[u"unit"_s] = e.unit;
        q[u"grams_per_unit"_s] = e.gramsPerUnit;
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
