#pragma once

#include "filter.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace wattprint {

class Store;

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

    static StoreSummary compute(Store *store, const Filter &filter = {});
    // Keys: runs, configurations, by_device, by_dataset, by_shape, total_energy_j, quality
    // ({flagged_runs, by_rule: {rule name: runs}}), synthetic, source (the description shown in
    // the app), sources (one per import).
    QJsonObject toJson() const;
};

} // namespace wattprint
