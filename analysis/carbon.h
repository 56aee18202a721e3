#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace wattprint {

// A grid carbon-intensity preset with where it comes from. The world average and one preset per
// country come from CodeCarbon's data files (resources/codecarbon/, built in); butter-e, us and eu
// are better-sourced figures of their own (see carbon.cpp and docs/data.md).
struct RegionPreset
{
    QString id;                // command-line name: world, butter-e, us, eu, or a country's ISO alpha-3 code (FRA)
    QString name;              // for people (a country's English name as in CodeCarbon's file)
    bool country = false;      // a row of CodeCarbon's global_energy_mix.json
    double gramsPerKwh = 0;    // grams per kWh, of CO2 or CO2e as `unit` says
    QString unit;              // "gCO2e/kWh", or "gCO2/kWh" where the source counts CO2 only
    QString source;            // publication, edition and the figure as printed
    int year = 0;              // year the figure describes (publication year for the BUTTER-E paper)
    std::optional<double> pue; // only where the source fixes one (BUTTER-E: 1.58)
    QString pueSource;
};

// The world average, the special presets (butter-e, us, eu), then the countries by English name.
std::span<const RegionPreset> regionPresets();
// The preset's name in the reader's language: the four presets of our own are translated;
// countries keep CodeCarbon's English names. `name` stays the key in files and JSON.
QString regionDisplayName(const RegionPreset &preset);
QStringList regionIds();
// The special (non-country) ids, for help texts: world, butter-e, us, eu.
QStringList specialRegionIds();
// The preset an id or a country's English name stands for, case-insensitively: "FRA", "fra" and
// "France" are the same preset; so the older ids france, germany, india and china keep working.
const RegionPreset *findRegionPreset(QStringView idOrName);
// As findRegionPreset; throws AnalysisError naming the special ids if nothing matches.
const RegionPreset &regionPreset(QStringView idOrName);

// The price used when the user has set none, so that cost shows from the start.
struct ElectricityPrice
{
    double perKwh = 0;
    QString currency;
    QString source;
    int year = 0;
};
const ElectricityPrice &defaultElectricityPrice();

inline constexpr double kJoulesPerKwh = 3.6e6;

// The factors a carbon/cost figure is computed with. Currency is a label only.
struct CarbonFactors
{
    QString region;                                      // preset id, or "custom"
    double gramsPerKwh = 475;                            // g CO2e (or CO2, see intensityUnit) per kWh
    QString intensityUnit = QStringLiteral("gCO2e/kWh"); // the preset's unit; user values: gCO2e/kWh
    QString intensitySource;
    int intensityYear = 0; // 0 if not known (user value)
    double pue = 1.0;      // power usage effectiveness, >= 1
    QString pueSource;
    bool pueIsDefault = false;         // the region has no PUE of its own: 1.0, as CodeCarbon
    std::optional<double> pricePerKwh; // none: no cost (only a custom set of factors can lack one)
    QString currency;
    QString priceSource; // "user value", or the default price's source
    int priceYear = 0;   // 0 for a user value
    bool priceIsDefault = false;

    // Throws AnalysisError on NaN/inf, negative intensity or price, or PUE below 1.
    void validate() const;
};

// The preset's intensity; its PUE if it has one, else 1.0 (no overhead, as CodeCarbon).
CarbonFactors factorsForRegion(QStringView id);
// A user-defined intensity (and optionally PUE and price); validated.
CarbonFactors customFactors(double gramsPerKwh, double pue = 1.0, std::optional<double> pricePerKwh = std::nullopt,
                            const QString &currency = QString());

// What `wattprint carbon` needs: a region preset or a user intensity (not both; neither means
// "world"), then optional PUE and price overrides. Without a price the default price (and its
// currency) is used. Throws AnalysisError on conflicts or bad values.
CarbonFactors resolveCarbonFactors(const std::optional<QString> &region, std::optional<double> gramsPerKwh,
                                   std::optional<double> pue = std::nullopt,
                                   std::optional<double> pricePerKwh = std::nullopt,
                                   const QString &currency = QString());

// A relatable comparison: value = co2e_g / gramsPerUnit.
struct Equivalent
{
    QString id; // "car_km", "phone_charges"
    QString label;
    double value = 0;
    QString unit;            // unit of value: "km", "charges"
    QString perUnit;         // one of it: "km", "smartphone charge"
    double gramsPerUnit = 0; // g CO2 per km / per charge
    QString gramsUnit;       // "gCO2": the EPA factors count CO2 only
    QString source;
    int year = 0;
};

struct CarbonResult
{
    double joules = 0;
    double kwh = 0;             // J / 3.6e6 (at the meter of the measured node)
    double facilityKwh = 0;     // kWh x PUE
    double co2eGrams = 0;       // kWh x PUE x intensity
    std::optional<double> cost; // kWh x PUE x price, if a price was given
    CarbonFactors factors;
    std::vector<Equivalent> equivalents;
};

double joulesToKwh(double joules);
// Throws AnalysisError for NaN/inf or negative energy, or invalid factors.
CarbonResult carbonFor(double joules, const CarbonFactors &factors);

// Keys: joules, kwh, facility_kwh, co2e_g, co2e_unit ("gCO2e" or "gCO2" as the intensity), cost (null
// without a price), currency, factors {region, intensity_g_per_kwh, intensity_unit (the preset's),
// intensity_source, intensity_year, pue, pue_source, price_per_kwh, price_source, price_year},
// equivalents [{id, label, value, unit, grams_per_unit, grams_per_unit_unit, source, year}].
QJsonObject carbonJson(const CarbonResult &result);
// The preset table, for `wattprint carbon --list-regions` or a settings page.
QJsonObject regionPresetsJson();

} // namespace wattprint
