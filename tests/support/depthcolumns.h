#pragma once

// Runs for the depth tests (tests/analysis/tst_depthanalysis.cpp and tests/views/tst_depthview.cpp):
// tests/fixtures/depth.json (make_depth_fixtures.py) as columns, and hand-made datasets on a line.
#include <depthanalysis.h>
#include <runcolumns.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <vector>

namespace wattprint::testsupport::depth {

inline QJsonObject loadFixture()
{
    QFile f(QStringLiteral(WATTPRINT_FIXTURES "/depth.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read depth.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The fixture's runs as the columns a job gets.
inline RunColumns fixtureColumns(const QJsonObject &fixture)
{
    const QJsonObject runs = fixture.value(QStringLiteral("runs")).toObject();
    const QJsonArray ds = runs.value(QStringLiteral("dataset")).toArray();
    const QJsonArray sh = runs.value(QStringLiteral("shape")).toArray();
    const QJsonArray sz = runs.value(QStringLiteral("size")).toArray();
    const QJsonArray dp = runs.value(QStringLiteral("depth")).toArray();
    const QJsonArray en = runs.value(QStringLiteral("energy")).toArray();
    const QJsonArray epd = runs.value(QStringLiteral("energy_per_datum")).toArray();
    RunColumns c;
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    auto index = [](QStringList &names, const QString &name) {
        qsizetype i = names.indexOf(name);
        if (i < 0) {
            names << name;
            i = names.size() - 1;
        }
        return std::int32_t(i);
    };
    auto number = [](const QJsonValue &v) { return v.isNull() ? std::nan("") : v.toDouble(); };
    for (qsizetype i = 0; i < ds.size(); ++i) {
        c.id.push_back(i + 1);
        c.dataset.push_back(index(c.datasetNames, ds[i].toString()));
        c.shape.push_back(index(c.shapeNames, sh[i].toString()));
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(sz[i].toInteger());
        c.depth.push_back(dp[i].toInt());
        c.isGpu.push_back(0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(number(en[i]));
        c.runTime.push_back(1);
        c.power.push_back(1);
        c.nonOverheadEnergy.push_back(number(en[i]));
        c.energyOverhead.push_back(0);
        c.energyPerEpoch.push_back(number(en[i]));
        c.energyPerDatum.push_back(number(epd[i]));
        c.quality.push_back(0);
    }
    return c;
}

// One run per (dataset, depth) with the given energy: the pooled median is that energy.
struct HandRun
{
    QString dataset;
    int depth;
    double energy;
};
inline RunColumns handColumns(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    for (const HandRun &r : runs) {
        qsizetype d = c.datasetNames.indexOf(r.dataset);
        if (d < 0) {
            c.datasetNames << r.dataset;
            d = c.datasetNames.size() - 1;
        }
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(std::int32_t(d));
        c.shape.push_back(0);
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(1024);
        c.depth.push_back(r.depth);
        c.isGpu.push_back(0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(r.energy);
        c.runTime.push_back(1);
        c.power.push_back(1);
        c.nonOverheadEnergy.push_back(r.energy);
        c.energyOverhead.push_back(0);
        c.energyPerEpoch.push_back(r.energy);
        c.energyPerDatum.push_back(r.energy / 1e6);
        c.quality.push_back(0);
    }
    return c;
}

inline const std::vector<int> SweepDepths = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20};

// A dataset exactly on the line 100 + 10 d, times `kink` from depth `from` on.
inline void addLine(std::vector<HandRun> &runs, const QString &dataset, int from = 1000, double kink = 1.0)
{
    for (int d : SweepDepths)
        runs.push_back({dataset, d, (100.0 + 10.0 * d) * (d >= from ? kink : 1.0)});
}

inline const DepthPanel *panelNamed(const DepthResult &r, const QString &name)
{
    for (const DepthPanel &p : r.panels) {
        if (p.dataset == name)
            return &p;
    }
    return nullptr;
}

} // namespace wattprint::testsupport::depth
