#include "storesummary.h"

#include "store.h"

#include <runquality.h>

#include <QJsonArray>
#include <QSqlQuery>

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

} // namespace

StoreSummary StoreSummary::compute(Store *store, const Filter &filter)
{
    StoreSummary s;
    const Filter::Where w = filter.where();
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("SELECT count(*), coalesce(sum(energy), 0) FROM runs ") + w.sql);
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    if (query.exec() && query.next()) {
        s.runs = query.value(0).toLongLong();
        s.totalEnergyJ = query.value(1).toDouble();
    }
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT dataset, shape, size, depth, device FROM runs ")
                  + w.sql + QLatin1Char(')'));
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
    for (const QString &v : countBy(store, "size", w).keys())
        s.sizes.append(v.toLongLong());
    std::sort(s.sizes.begin(), s.sizes.end());
    for (const QString &v : countBy(store, "depth", w).keys())
        s.depths.append(v.toInt());
    std::sort(s.depths.begin(), s.depths.end());
    s.synthetic = store->hasSyntheticData();
    // A file imported again is one source, not two.
    for (const ImportRecord &r : store->imports()) {
        const QString source = r.synthetic ? QStringLiteral("synthetic demo: ") + r.sourcePath : r.sourcePath;
        if (!s.sources.contains(source))
            s.sources.append(source);
    }
    s.sourceDescription = store->sourceDescription();
    return s;
}

QJsonObject StoreSummary::toJson() const
{
    auto map = [](const QMap<QString, qint64> &m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
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
                       {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}};
}

} // namespace wattprint
