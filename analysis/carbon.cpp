#include "carbon.h"

#include "analysiserror.h"

#include <QJsonArray>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

// Grid intensities (g CO2e per kWh generated):
//  - world 475: IEA, 2019 (the default of CodeCarbon and Green Algorithms).
//  - butter-e 416.85 with PUE 1.58: the BUTTER-E paper's factors (Tripp, Perr-Sauer et al.,
//    arXiv 2403.08151): 0.919 lb CO2/kWh = 0.41685 kg/kWh, PUE 1.58.
//  - us 369, eu 244, france 56, germany 381, india 713, china 582: Ember, Yearly Electricity
//    Data / Global Electricity Review 2024 (with the Energy Institute, as published by Our World
//    in Data, "Carbon intensity of electricity generation"), figures for 2023.
const std::array<RegionPreset, 8> &presetTable()
{
    static const QString unit = u"gCO2e/kWh"_s;
    static const QString ember =
        u"Ember, Yearly Electricity Data (Global Electricity Review 2024), via Our World in Data"_s;
    static const std::array<RegionPreset, 8> table = {{
        {u"world"_s, u"World average"_s, 475.0, unit,
         u"IEA, Global Energy & CO2 Status Report 2019 (world average; CodeCarbon and Green "
         "Algorithms default)"_s,
         2019, std::nullopt, QString()},
        {u"butter-e"_s, u"BUTTER-E paper (NREL Eagle)"_s, 416.85, unit,
         u"Tripp, Perr-Sauer et al., Measuring the Energy Consumption and Efficiency of Deep "
         "Neural Networks (arXiv 2403.08151): 0.919 lb CO2/kWh"_s,
         2024, 1.58, u"BUTTER-E paper (NREL Eagle data centre)"_s},
        {u"us"_s, u"United States"_s, 369.0, unit, ember, 2023, std::nullopt, QString()},
        {u"eu"_s, u"European Union (27)"_s, 244.0, unit, ember, 2023, std::nullopt, QString()},
        {u"france"_s, u"France"_s, 56.0, unit, ember, 2023, std::nullopt, QString()},
        {u"germany"_s, u"Germany"_s, 381.0, unit, ember, 2023, std::nullopt, QString()},
        {u"india"_s, u"India"_s, 713.0, unit, ember, 2023, std::nullopt, QString()},
        {u"china"_s, u"China"_s, 582.0, unit, ember, 2023, std::nullopt, QString()},
    }};
    return table;
}

// Relatable equivalents, both from the US EPA:
//  - car: "Greenhouse Gas Emissions from a Typical Passenger Vehicle" (EPA-420-F-23-014, 2023):
//    about 400 g CO2 per mile = 400 / 1.609344 = 248.548 g per km.
//  - phone: Greenhouse Gas Equivalencies Calculator, calculations and references (2023):
//    8.22e-6 metric tons CO2 per smartphone charged = 8.22 g per charge.
struct EquivalentFactor
{
    const char16_t *id;
    const char16_t *label;
    const char16_t *unit;
    double gramsPerUnit;
    const char16_t *source;
    int year;
};

constexpr double kCarGramsPerKm = 400.0 / 1.609344;
constexpr double kPhoneGramsPerCharge = 8.22;

const std::array<EquivalentFactor, 2> kEquivalents = {{
    {u"car_km", u"Distance by an average passenger car", u"km", kCarGramsPerKm,
     u"US EPA, Greenhouse Gas Emissions from a Typical Passenger Vehicle (EPA-420-F-23-014): "
     u"400 g CO2 per mile",
     2023},
    {u"phone_charges", u"Smartphone charges", u"charges", kPhoneGramsPerCharge,
     u"US EPA, Greenhouse Gas Equivalencies Calculator, calculations and references: "
     u"8.22e-6 t CO2 per smartphone charged",
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
    throw AnalysisError(u"unknown region \"%1\"; regions are: %2"_s
                            .arg(id.toString(), regionIds().join(u", "_s))
                            .toStdString());
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

CarbonFactors customFactors(double gramsPerKwh, double pue, std::optional<double> pricePerKwh,
                            const QString &currency)
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

CarbonFactors resolveCarbonFactors(const std::optional<QString> &region,
                                   std::optional<double> gramsPerKwh, std::optional<double> pue,
                                   std::optional<double> pricePerKwh, const QString &currency)
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
    factors[u"intensity_unit"_s] = u"gCO2e/kWh"_s;
    factors[u"intensity_source"_s] = f.intensitySource;
    factors[u"intensity_year"_s] = f.intensityYear > 0 ? QJsonValue(f.intensityYear)
                                                       : QJsonValue(QJsonValue::Null);
    factors[u"pue"_s] = f.pue;
    factors[u"pue_source"_s] = f.pueSource;
    factors[u"price_per_kwh"_s] = f.pricePerKwh ? QJsonValue(*f.pricePerKwh)
                                                : QJsonValue(QJsonValue::Null);
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
        regions.append(r);
    }
    QJsonObject o;
    o[u"regions"_s] = regions;
    return o;
}

} // namespace wattprint
