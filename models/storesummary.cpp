#include "storesummary.h"

#include "store.h"

#include <carbon.h>
#include <runquality.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace wattprint {

namespace {

QMap<QString, qint64> countBy(Store *store, const char *column, const Filter::Where &w)
{
    QMap<QString, qint64> result;
    QSqlQuery query(store->database());
    // The column name is one of our own constants, never user text.
    query.prepare(QStringLiteral("SELECT %1, count(*) FROM runs %2 GROUP BY %1").arg(QLatin1String(column), w.sql));
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return result;
}

QJsonArray countriesJson(const QList<SourceSummary::Country> &countries)
{
    QJsonArray a;
    for (const SourceSummary::Country &c : countries) {
        QJsonObject o{{QStringLiteral("country_iso"), c.iso},
                      {QStringLiteral("runs"), c.runs},
                      {QStringLiteral("energy_j"), c.energyJ},
                      {QStringLiteral("reported_co2e_kg"), c.reportedKg}};
        if (c.gramsPerKwh) {
            o.insert(QStringLiteral("grid_intensity"), *c.gramsPerKwh);
            o.insert(QStringLiteral("grid_intensity_unit"), c.intensityUnit);
            o.insert(QStringLiteral("grid_intensity_year"), c.intensityYear);
            o.insert(QStringLiteral("recomputed_co2e_kg"), c.recomputedKg.value_or(0));
        }
        a.append(o);
    }
    return a;
}

} // namespace

StoreSummary StoreSummary::compute(Store *store, const Filter &filter)
{
    StoreSummary s;
    const Filter::Where w = filter.where(store->engine());
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("SELECT count(*), coalesce(sum(energy), 0) FROM runs ") + w.sql);
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    if (query.exec() && query.next()) {
        s.runs = query.value(0).toLongLong();
        s.totalEnergyJ = query.value(1).toDouble();
    }
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT dataset, shape, size, depth, device FROM runs ")
                  + w.sql
                  + QStringLiteral(") AS configurations WHERE dataset IS NOT NULL")); // runs of other sources have none
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    if (query.exec() && query.next())
        s.configurations = query.value(0).toLongLong();
    s.byDevice = countBy(store, "device", w);
    s.byDataset = countBy(store, "dataset", w);
    s.byShape = countBy(store, "shape", w);
    s.byNodeType = countBy(store, "node_type", w);
    s.byBatch = countBy(store, "batch", w);
    for (runquality::Rule rule : runquality::allRules())
        s.byQualityRule.insert(runquality::ruleName(rule), 0);
    const QMap<QString, qint64> byQuality = countBy(store, "quality", w);
    for (auto it = byQuality.cbegin(); it != byQuality.cend(); ++it) {
        const auto mask = runquality::Mask(it.key().toUInt());
        if (mask == 0)
            continue;
        s.qualityFlagged += it.value();
        for (runquality::Rule rule : runquality::allRules()) {
            if (runquality::fails(mask, rule))
                s.byQualityRule[runquality::ruleName(rule)] += it.value();
        }
    }
    // Runs of other sources have no dataset, shape, batch, size or depth (NULL): not a value of them.
    s.byDataset.remove(QString());
    s.byShape.remove(QString());
    s.byBatch.remove(QString());
    for (const QString &v : countBy(store, "size", w).keys()) {
        if (!v.isEmpty())
            s.sizes.append(v.toLongLong());
    }
    std::sort(s.sizes.begin(), s.sizes.end());
    for (const QString &v : countBy(store, "depth", w).keys()) {
        if (!v.isEmpty())
            s.depths.append(v.toInt());
    }
    std::sort(s.depths.begin(), s.depths.end());
    s.synthetic = store->hasSyntheticData();
    // A file imported again is one source, not two.
    for (const ImportRecord &r : store->imports()) {
        const QString source = r.synthetic ? QStringLiteral("synthetic demo: ") + r.sourcePath : r.sourcePath;
        if (!s.sources.contains(source))
            s.sources.append(source);
    }
    s.sourceDescription = store->sourceDescription();

    // Sources: one entry per kind of source (the demo apart from measured BUTTER-E), with the runs
    // each import brought.
    // Runs and energy of every import in one pass over the runs (a count and a sum per import
    // each read the whole table).
    QHash<qint64, std::pair<qint64, double>> perImport;
    if (query.exec(
            QStringLiteral("SELECT import_id, count(*), coalesce(sum(energy), 0) FROM runs GROUP BY import_id"))) {
        while (query.next())
            perImport.insert(query.value(0).toLongLong(), {query.value(1).toLongLong(), query.value(2).toDouble()});
    }
    query.prepare(QStringLiteral("SELECT i.source, i.synthetic, i.source_path, coalesce(i.time_zone, ''), i.id "
                                 "FROM imports i ORDER BY i.id"));
    if (query.exec()) {
        while (query.next()) {
            const QString source = query.value(0).toString();
            const bool synthetic = query.value(1).toBool();
            const auto [runs, energyJ] = perImport.value(query.value(4).toLongLong(), {0, 0.0});
            auto it = std::find_if(s.bySource.begin(), s.bySource.end(), [&](const SourceSummary &e) {
                return e.source == source && e.synthetic == synthetic;
            });
            if (it == s.bySource.end()) {
                SourceSummary e;
                e.source = source;
                e.synthetic = synthetic;
                e.name = Filter::sourceName(source);
                if (source == QLatin1String("butter-e") && !synthetic)
                    e.citation = butterECitation();
                s.bySource.append(e);
                it = s.bySource.end() - 1;
            }
            const QString file = synthetic ? QString() : QFileInfo(query.value(2).toString()).fileName();
            if (!file.isEmpty() && !it->files.contains(file) && runs > 0)
                it->files.append(file);
            const QString zone = query.value(3).toString();
            if (!zone.isEmpty() && !it->timeZones.contains(zone) && runs > 0)
                it->timeZones.append(zone);
            it->runs += runs;
            it->energyJ += energyJ;
        }
    }
    s.bySource.removeIf([](const SourceSummary &e) { return e.runs == 0; });
    for (SourceSummary &e : s.bySource) {
        if (e.source != QLatin1String("codecarbon"))
            continue;
        query.prepare(QStringLiteral("SELECT coalesce(country_iso, ''), count(*), coalesce(sum(energy), 0), "
                                     "coalesce(sum(reported_emissions), 0) "
                                     "FROM runs WHERE source = ? GROUP BY 1 ORDER BY 2 DESC, 1"));
        query.addBindValue(e.source);
        if (!query.exec())
            continue;
        while (query.next()) {
            SourceSummary::Country c;
            c.iso = query.value(0).toString();
            c.runs = query.value(1).toLongLong();
            c.energyJ = query.value(2).toDouble();
            c.reportedKg = query.value(3).toDouble();
            const RegionPreset *preset = c.iso.isEmpty() ? nullptr : findRegionPreset(c.iso);
            if (preset && preset->country) {
                c.gramsPerKwh = preset->gramsPerKwh;
                c.intensityUnit = preset->unit;
                c.intensityYear = preset->year;
                c.recomputedKg = c.energyJ / kJoulesPerKwh * preset->gramsPerKwh / 1000.0;
            }
            e.countries.append(c);
        }
    }
    query.prepare(QStringLiteral("SELECT project, count(*), sum(energy) FROM runs ") + w.sql
                  + QStringLiteral(" GROUP BY project"));
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    if (query.exec()) {
        while (query.next()) {
            if (query.value(0).isNull())
                continue; // BUTTER-E's runs have no project
            const QString project = query.value(0).toString();
            if (!project.isEmpty())
                s.byProject.insert(project, query.value(1).toLongLong());
            s.projectEnergyJ.insert(project, query.value(2).toDouble());
        }
    }
    return s;
}

QString StoreSummary::butterECitation()
{
    return QCoreApplication::translate("StoreSummary",
                                       "Tripp, Perr-Sauer et al., \"Measuring the Energy Consumption and Efficiency "
                                       "of Deep Neural Networks\", National Renewable Energy Laboratory, Open Energy "
                                       "Data Initiative submission 5991, doi:10.25984/2329316, licensed CC-BY-4.0");
}

QString SourceSummary::describe() const
{
    const QString count = QCoreApplication::translate("StoreSummary", "%n run(s)", nullptr, int(runs));
    if (synthetic)
        return QCoreApplication::translate("StoreSummary", "Demo data (synthetic, modelled on BUTTER-E): %1")
            .arg(count);
    QString what = name;
    if (!citation.isEmpty())
        what = QStringLiteral("%1 (%2)").arg(name, citation);
    else if (!files.isEmpty())
        what = QStringLiteral("%1: %2").arg(name, files.join(QStringLiteral(", ")));
    QString text = QStringLiteral("%1: %2").arg(what, count);
    if (!timeZones.isEmpty())
        text += QCoreApplication::translate("StoreSummary", " (times without a zone read as %1)")
                    .arg(timeZones.join(QStringLiteral(", ")));
    for (const Country &c : countries) {
        const QString where = c.iso.isEmpty() ? QCoreApplication::translate("StoreSummary", "no country given") : c.iso;
        text += QStringLiteral("; ");
        if (c.gramsPerKwh)
            text += QCoreApplication::translate("StoreSummary",
                                                "%1: %n run(s), grid %2 %3 (%4); CO2e as CodeCarbon reported it "
                                                "%5 kg, at that grid intensity %6 kg",
                                                nullptr, int(c.runs))
                        .arg(where)
                        .arg(*c.gramsPerKwh)
                        .arg(c.intensityUnit)
                        .arg(c.intensityYear)
                        .arg(c.reportedKg, 0, 'g', 4)
                        .arg(c.recomputedKg.value_or(0), 0, 'g', 4);
        else
            text += QCoreApplication::translate("StoreSummary",
                                                "%1: %n run(s), no grid intensity known; CO2e as CodeCarbon "
                                                "reported it %2 kg",
                                                nullptr, int(c.runs))
                        .arg(where)
                        .arg(c.reportedKg, 0, 'g', 4);
    }
    return text;
}

QJsonObject StoreSummary::toJson() const
{
    auto map = [](const QMap<QString, qint64> &m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonArray sourcesJson;
    for (const SourceSummary &e : bySource)
        sourcesJson.append(QJsonObject{{QStringLiteral("source"), e.source},
                                       {QStringLiteral("name"), e.name},
                                       {QStringLiteral("synthetic"), e.synthetic},
                                       {QStringLiteral("citation"), e.citation},
                                       {QStringLiteral("files"), QJsonArray::fromStringList(e.files)},
                                       {QStringLiteral("time_zones"), QJsonArray::fromStringList(e.timeZones)},
                                       {QStringLiteral("runs"), e.runs},
                                       {QStringLiteral("energy_j"), e.energyJ},
                                       {QStringLiteral("countries"), countriesJson(e.countries)}});
    QJsonObject projectEnergy;
    for (auto it = projectEnergyJ.cbegin(); it != projectEnergyJ.cend(); ++it)
        projectEnergy.insert(it.key(), it.value());
    QJsonObject byDeviceJson = map(byDevice);
    for (const char *d : {"CPU", "GPU"}) {
        if (!byDeviceJson.contains(QLatin1String(d)))
            byDeviceJson.insert(QLatin1String(d), 0);
    }
    return QJsonObject{{QStringLiteral("runs"), runs},
                       {QStringLiteral("configurations"), configurations},
                       {QStringLiteral("by_device"), byDeviceJson},
                       {QStringLiteral("by_dataset"), map(byDataset)},
                       {QStringLiteral("by_shape"), map(byShape)},
                       {QStringLiteral("total_energy_j"), totalEnergyJ},
                       {QStringLiteral("quality"),
                        QJsonObject{{QStringLiteral("flagged_runs"), qualityFlagged},
                                    {QStringLiteral("by_rule"), map(byQualityRule)}}},
                       {QStringLiteral("synthetic"), synthetic},
                       {QStringLiteral("source"), sourceDescription},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                       {QStringLiteral("by_source"), sourcesJson},
                       {QStringLiteral("by_project"), map(byProject)},
                       {QStringLiteral("project_energy_j"), projectEnergy}};
}

} // namespace wattprint
