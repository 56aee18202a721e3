#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace wattprint {

// A grid carbon-intensity preset with where it comes from. Every value is the one printed by the
// named source (see the comments in carbon.cpp for what was read and what was not).
struct RegionPreset
{
    QString id;                // command-line name: world, butter-e, us, eu, france, ...
    QString name;              // for people
    double gramsPerKwh = 0;    // grams per kWh, of CO2 or CO2e as `unit` says
    QString unit;              // "gCO2e/kWh", or "gCO2/kWh" where the source counts CO2 only
    QString source;            // publication, edition and the figure as printed
    int year = 0;              // year the figure describes (publication year for the BUTTER-E paper)
    std::optional<double> pue; // only where the source fixes one (BUTTER-E: 1.58)
    QString pueSource;
};

std::span<const RegionPreset> regionPresets();
QStringList regionIds();
// Throws AnalysisError listing the known ids if the id is unknown.
const RegionPreset &regionPreset(QStringView id);

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
    std::optional<double> pricePerKwh;
    QString currency;

    // Throws AnalysisError on NaN/inf, negative intensity or price, or PUE below 1.
    void validate() const;
};

// The preset's intensity; its PUE if it has one, else 1.0 (no overhead, as CodeCarbon).
CarbonFactors factorsForRegion(QStringView id);
// A user-defined intensity (and optionally PUE and price); validated.
CarbonFactors customFactors(double gramsPerKwh, double pue = 1.0, std::optional<double> pricePerKwh = std::nullopt,
                            const QString &currency = QString());

// What `wattprint carbon` needs: a region preset or a user intensity (not both; neither means
// "world"), then optional PUE and price overrides. Throws AnalysisError on conflicts or bad values.
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
    double gramsPerUnit = 0; // g CO2 per km / per charge
    QString source;          // says so when the figure could not be checked against the source
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

// Keys: joules, kwh, facility_kwh, co2e_g, cost (null without a price), currency,
// factors {region, intensity_g_per_kwh, intensity_unit (the preset's), intensity_source, intensity_year, pue,
// pue_source, price_per_kwh}, equivalents [{id, label, value, unit, grams_per_unit, source, year}].
QJsonObject carbonJson(const CarbonResult &result);
// The preset table, for `wattprint carbon --list-regions` or a settings page.
QJsonObject regionPresetsJson();

} // namespace wattprint
