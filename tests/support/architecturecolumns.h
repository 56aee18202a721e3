#pragma once

// Runs for the architecture tests (tests/analysis/tst_architectureanalysis.cpp and
// tests/views/tst_architectureview.cpp): tests/fixtures/architecture.json
// (make_architecture_fixtures.py) as columns, and hand-made winners.
#include <runcolumns.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <utility>
#include <vector>

namespace wattprint::testsupport::architecture {

inline QJsonObject loadFixture()
{
    QFile f(QStringLiteral(WATTPRINT_FIXTURES "/architecture.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read architecture.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct HandRun
{
    QString shape;
    int depth;
    double perDatum;
};

inline RunColumns columnsOf(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("mnist")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    for (const HandRun &r : runs) {
        qsizetype s = c.shapeNames.indexOf(r.shape);
        if (s < 0) {
            c.shapeNames << r.shape;
            s = c.shapeNames.size() - 1;
        }
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(0);
        c.shape.push_back(std::int32_t(s));
        c.nodeType.push_back(0);
        c.batch.push_back(0);
        c.size.push_back(1024);
        c.depth.push_back(r.depth);
        c.isGpu.push_back(0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(r.perDatum * 1e6);
        c.runTime.push_back(1);
        c.power.push_back(1);
        c.nonOverheadEnergy.push_back(r.perDatum * 1e6);
        c.energyOverhead.push_back(0);
        c.energyPerEpoch.push_back(r.perDatum * 1e3);
        c.energyPerDatum.push_back(r.perDatum);
        c.quality.push_back(0);
    }
    return c;
}

inline RunColumns fixtureColumns(const QJsonObject &fixture)
{
    const QJsonObject runs = fixture.value(QStringLiteral("runs")).toObject();
    const QJsonArray sh = runs.value(QStringLiteral("shape")).toArray();
    const QJsonArray dp = runs.value(QStringLiteral("depth")).toArray();
    const QJsonArray v = runs.value(QStringLiteral("energy_per_datum")).toArray();
    std::vector<HandRun> list;
    for (qsizetype i = 0; i < sh.size(); ++i)
        list.push_back({sh[i].toString(), dp[i].toInt(), v[i].isNull() ? std::nan("") : v[i].toDouble()});
    return columnsOf(list);
}

// Each (shape, depth) once with the given value; `winners` lists per depth the winning shape,
// every other shape of `others` gets twice the value.
inline std::vector<HandRun> lead(const std::vector<std::pair<int, QString>> &winners, const QStringList &others)
{
    std::vector<HandRun> runs;
    for (const auto &[depth, shape] : winners) {
        runs.push_back({shape, depth, 1e-3 * depth});
        for (const QString &o : others) {
            if (o != shape)
                runs.push_back({o, depth, 2e-3 * depth});
        }
    }
    return runs;
}

} // namespace wattprint::testsupport::architecture
