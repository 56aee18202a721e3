#pragma once

// Runs for the compare tests (tests/analysis/tst_compareanalysis.cpp and
// tests/views/tst_compareview.cpp), from tests/fixtures/compare.json (make_compare_fixtures.py).
#include <compareanalysis.h>
#include <runcolumns.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace wattprint::testsupport::compare {

// The fixture, or an empty object when it cannot be read.
inline QJsonObject loadFixture()
{
    QFile file(QStringLiteral(WATTPRINT_FIXTURES "/compare.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline std::vector<double> numbers(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

// A on CPU, B on GPU, all one configuration: power and energy per datum derived as the fixture
// script derives them.
inline RunColumns fixtureColumns(const QJsonObject &c, double dataPerRun)
{
    RunColumns r;
    r.datasetNames = {QStringLiteral("529_pollen")};
    r.shapeNames = {QStringLiteral("rectangle")};
    r.nodeTypeNames = {QStringLiteral("cpu1")};
    r.batchNames = {QStringLiteral("energy_1")};
    for (int side = 0; side < 2; ++side) {
        const QJsonObject s = c.value(side == 0 ? u"a" : u"b").toObject();
        const std::vector<double> e = numbers(s.value(u"energy")), t = numbers(s.value(u"run_time"));
        for (std::size_t i = 0; i < e.size(); ++i) {
            r.id.push_back(std::int64_t(r.id.size() + 1));
            r.dataset.push_back(0);
            r.shape.push_back(0);
            r.nodeType.push_back(0);
            r.batch.push_back(0);
            r.size.push_back(256);
            r.depth.push_back(3);
            r.isGpu.push_back(std::uint8_t(side));
            r.slurmJobId.push_back(1);
            r.startNs.push_back(0);
            r.energy.push_back(e[i]);
            r.runTime.push_back(t[i]);
            r.power.push_back(e[i] / t[i]);
            r.nonOverheadEnergy.push_back(e[i] * 0.9);
            r.energyOverhead.push_back(e[i] * 0.1);
            r.energyPerEpoch.push_back(e[i] / 3000);
            r.energyPerDatum.push_back(e[i] / dataPerRun);
            r.quality.push_back(0);
        }
    }
    return r;
}

inline CompareSelection device(const QString &d)
{
    CompareSelection s;
    s.device = d;
    return s;
}

} // namespace wattprint::testsupport::compare
