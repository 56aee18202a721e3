#pragma once

#include "sqlengine.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace wattprint {

// The one active selection of runs, as a value. FilterState holds the current one;
// undo commands keep copies. Empty lists and unset ranges mean "no restriction".
struct Filter
{
    QStringList datasets;
    QStringList shapes;
    QStringList devices; // "CPU", "GPU"
    QStringList nodeTypes;
    QStringList batches;
    QStringList sources;  // runs.source: "butter-e", "codecarbon" (docs/data.md "Runs from several sources")
    QStringList projects; // runs.project (CodeCarbon's project_name); BUTTER-E runs have none
    std::optional<qint64> sizeMin, sizeMax;
    std::optional<int> depthMin, depthMax;
    // Closed ranges on numeric run columns (brushes, axis drags). Keys are SQL column names
    // from rangeColumns() only; anything else is refused by where() and parse().
    QMap<QString, QPair<double, double>> ranges;
    QList<qint64> runIds; // explicit selection (runs.id), empty = all
    bool excludeRunIds = false;

    bool isEmpty() const;
    bool operator==(const Filter &other) const = default;

    struct Where
    {
        QString sql;         // "WHERE ..." or empty; only '?' placeholders
        QVariantList values; // bound in order
    };
    // Renders a WHERE clause over the runs table with bound parameters only, in SQLite's SQL or
    // in the given engine's (the same runs either way; models/sqldialect.h).
    Where where() const;
    Where where(SqlEngine engine) const;

    // "dataset=529_pollen,size=256,device=cpu" (keys: dataset, shape, size, depth, device,
    // node_type, batch, source, project; repeat a key or use '|' for several values; size and depth also take
    // a range "lo..hi"). Returns nullopt with a message on text it cannot read.
    static std::optional<Filter> parse(const QString &text, QString *error);
    // energy, run_time, power, energy_per_datum, non_overhead_energy, energy_per_epoch, size, depth.
    static const QStringList &rangeColumns();
    QString toString() const;
    // A short human description for footers and status bars: "dataset 529_pollen; CPU".
    QString describe() const;
    // One end of a range on `column` as people read it: "12.3 kJ", "1.5 min", "250 W".
    static QString rangeValueText(const QString &column, double value);
    // The name of a range's column as a chip or a footer says it: "run time" for run_time (the
    // column itself when it has no name).
    static QString rangeName(const QString &column);
    // A source as people name it: "BUTTER-E" for butter-e, "CodeCarbon" for codecarbon.
    static QString sourceName(const QString &source);
};

} // namespace wattprint
