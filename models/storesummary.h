#pragma once

#include "filter.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace wattprint {

class Store;

// One source of the store's runs (docs/data.md "Runs from several sources"): BUTTER-E with its
// citation, the synthetic demo, or CodeCarbon with the names of its files.
struct SourceSummary
{
    QString source; // runs.source: butter-e, codecarbon
    QString name;   // "BUTTER-E", "CodeCarbon"
    bool synthetic = false;
    QString citation;      // BUTTER-E's citation; empty for CodeCarbon and the demo
    QStringList files;     // file names (not paths) of its imports
    QStringList timeZones; // zones its zone-less times were read in
    qint64 runs = 0;       // runs of the store from this source (all, not only the filter's)
    double energyJ = 0;
    // Where a CodeCarbon source's runs ran (runs.country_iso), with the country's grid intensity
    // (its preset, analysis/carbon.h) and the emissions CodeCarbon reported beside those recomputed
    // from the energy at that intensity.
    struct Country
    {
        QString iso; // empty: the file named no country
        qint64 runs = 0;
        double energyJ = 0;
        double reportedKg = 0; // sum of runs.reported_emissions (runs without one count 0)
        std::optional<double> gramsPerKwh;
        QString intensityUnit;
        int intensityYear = 0;
        std::optional<double> recomputedKg; // energy at the country's intensity (PUE 1); none without a preset
    };
    QList<Country> countries;
    // "BUTTER-E (Tripp, Perr-Sauer et al., ...): 1,234 runs" as the summary prints it.
    QString describe() const;
};

// Counts and totals of the runs in force, for the status bar, the CLI and report covers.
struct StoreSummary
{
    qint64 runs = 0;
    qint64 configurations = 0;
    QMap<QString, qint64> byDevice;
    QMap<QString, qint64> byDataset;
    QMap<QString, qint64> byShape;
    QMap<QString, qint64> byNodeType; // "" for runs whose node type is unknown
    QMap<QString, qint64> byBatch;
    QList<qint64> sizes; // distinct, ascending
    QList<int> depths;   // distinct, ascending
    double totalEnergyJ = 0;
    // Runs failing at least one quality rule, and the runs per rule (keyed by runquality::ruleName,
    // every rule present).
    qint64 qualityFlagged = 0;
    QMap<QString, qint64> byQualityRule;
    bool synthetic = false;
    QStringList sources;
    QString sourceDescription;
    // Each source with its citation or files, in import order; and runs and energy per project
    // (CodeCarbon's project_name; BUTTER-E runs have none and are not counted here).
    QList<SourceSummary> bySource;
    QMap<QString, qint64> byProject;
    QMap<QString, double> projectEnergyJ;

    // BUTTER-E's citation, as the summary and the reports give it.
    static QString butterECitation();

    static StoreSummary compute(Store *store, const Filter &filter = {});
    // Keys: runs, configurations, by_device, by_dataset, by_shape, total_energy_j, quality
    // ({flagged_runs, by_rule: {rule name: runs}}), synthetic, source (the description shown in
    // the app), sources (one per import), by_source ([{source, name, synthetic, citation, files,
    // time_zones, runs, energy_j, countries: [{country_iso, runs, energy_j,
    // reported_co2e_kg, grid_intensity, grid_intensity_unit, grid_intensity_year, recomputed_co2e_kg}]}]), by_project ({project: runs}), project_energy_j.
    QJsonObject toJson() const;
};

} // namespace wattprint
