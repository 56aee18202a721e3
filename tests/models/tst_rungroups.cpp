// Runs without a BUTTER-E configuration grouped by project and by hardware (analysis/rungroups.h),
// read back from a store the CodeCarbon files were imported into. Expected values come from
// tests/fixtures/make_rungroups_fixtures.py (pandas and NumPy on the CSV files), never from
// Wattprint's importer.
#include "../support/demostorecache.h"

#include <carbonflow.h>
#include <filter.h>
#include <importer.h>
#include <rungroups.h>
#include <runloader.h>
#include <store.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wattprint;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/") + QLatin1String(name);
}

QJsonArray expected(const char *file, const char *by)
{
    QFile f(fixture("rungroups_expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QLatin1String(file))
        .toObject()
        .value(QLatin1String(by))
        .toArray();
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestRunGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsMatchPandas_data();
    void groupsMatchPandas();
    void configuredRunsStayOut();
    void failingRunsCanBeIncluded();
    void butterEStoreHasNoParts();
    void carbonFlowByProjectMatchesPandas();

private:
    bool load(const QString &name, const QStringList &files, RunColumns *runs, bool demo = false);
    QTemporaryDir m_dir;
};

// Imports `files` into a new store (beside 500 demo runs with `demo`) and loads every run.
bool TestRunGroups::load(const QString &name, const QStringList &files, RunColumns *runs, bool demo)
{
    QString error;
    if (demo) {
        DemoOptions options;
        options.runs = 500;
        options.traceJobs = 0;
        if (!testsupport::copyDemoStore(options, m_dir.filePath(name), &error))
            return false;
    }
    Store store(m_dir.filePath(name));
    if (!store.open(&error))
        return false;
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Paris");
    for (const QString &file : files) {
        const ImportReport report = Importer(&store).importFile(file, options);
        if (!report.ok)
            return false;
    }
    return RunLoader(&store).load(Filter(), runs, nullptr, &error);
}

void TestRunGroups::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(expected("emissions_teams.csv", "project").size(), 3);
}

void TestRunGroups::groupsMatchPandas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("by");
    QTest::newRow("real file by project") << "emissions_example.csv"
                                          << "project";
    QTest::newRow("real file by hardware") << "emissions_example.csv"
                                           << "hardware";
    QTest::newRow("teams by project") << "emissions_teams.csv"
                                      << "project";
    QTest::newRow("teams by hardware") << "emissions_teams.csv"
                                       << "hardware";
}

void TestRunGroups::groupsMatchPandas()
{
    QFETCH(QString, file);
    QFETCH(QString, by);
    RunColumns runs;
    QVERIFY(
        load(file + QLatin1String(".") + by + QLatin1String(".sqlite"), {fixture(file.toUtf8().constData())}, &runs));
    QVERIFY(runs.hasParts());
    const RunGroups groups = summarizeRunGroups(runs, *runGroupByFromKey(by));
    const QJsonArray want = expected(file.toUtf8().constData(), by.toUtf8().constData());
    QCOMPARE(qsizetype(groups.groups.size()), want.size());
    QCOMPARE(groups.configuredRuns, std::size_t(0));
    std::size_t runsWant = 0;
    for (const QJsonValue &v : want) {
        const QJsonObject w = v.toObject();
        const QString name = w.value(QLatin1String("name")).toString();
        const auto it = std::find_if(groups.groups.begin(), groups.groups.end(),
                                     [&name](const RunGroups::Group &g) { return g.name == name; });
        QVERIFY2(it != groups.groups.end(), qPrintable(name));
        QCOMPARE(qint64(it->runs), qint64(w.value(QLatin1String("runs")).toInt()));
        QVERIFY2(close(it->totalEnergy, w.value(QLatin1String("total_energy")).toDouble()), qPrintable(name));
        QVERIFY(close(it->medianEnergy, w.value(QLatin1String("median_energy")).toDouble()));
        QVERIFY(close(it->medianPower, w.value(QLatin1String("median_power")).toDouble()));
        QVERIFY(close(it->medianRunTime, w.value(QLatin1String("median_run_time")).toDouble()));
        QCOMPARE(qint64(it->runsWithParts), qint64(w.value(QLatin1String("runs_with_parts")).toInt()));
        QVERIFY(close(it->cpuEnergy, w.value(QLatin1String("cpu_energy")).toDouble()));
        QVERIFY(close(it->gpuEnergy, w.value(QLatin1String("gpu_energy")).toDouble()));
        QVERIFY(close(it->ramEnergy, w.value(QLatin1String("ram_energy")).toDouble()));
        QVERIFY(it->energyLow <= it->medianEnergy && it->medianEnergy <= it->energyHigh);
        runsWant += std::size_t(w.value(QLatin1String("runs")).toInt());
    }
    QCOMPARE(groups.runs, runsWant);
    // Listed by total energy, largest first; ranks by median energy per run, 1 = lowest.
    for (std::size_t k = 1; k < groups.groups.size(); ++k)
        QVERIFY(groups.groups[k - 1].totalEnergy >= groups.groups[k].totalEnergy);
    for (const RunGroups::Group &a : groups.groups) {
        for (const RunGroups::Group &b : groups.groups) {
            if (a.medianEnergy < b.medianEnergy)
                QVERIFY(a.rank < b.rank);
        }
    }
}

void TestRunGroups::configuredRunsStayOut()
{
    RunColumns runs;
    QVERIFY(load(QStringLiteral("mixed.sqlite"), {fixture("emissions_teams.csv")}, &runs, true));
    const std::size_t configured = runs.configuredCount();
    QCOMPARE(configured, std::size_t(500));
    const RunGroups groups = summarizeRunGroups(runs, RunGroupBy::Project);
    QCOMPARE(groups.configuredRuns, configured);
    QCOMPARE(groups.groups.size(), std::size_t(3));
    QCOMPARE(groups.leftOutFailing, std::size_t(1));
    // BUTTER-E runs carry no parts: NaN there, never 0.
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        if (runs.hasConfiguration(i))
            QVERIFY(std::isnan(runs.cpuEnergy[i]) && std::isnan(runs.ramEnergy[i]));
    }
}

void TestRunGroups::failingRunsCanBeIncluded()
{
    RunColumns runs;
    QVERIFY(load(QStringLiteral("failing.sqlite"), {fixture("emissions_teams.csv")}, &runs));
    const RunGroups excluded = summarizeRunGroups(runs, RunGroupBy::Project);
    const RunGroups included = summarizeRunGroups(runs, RunGroupBy::Project, FailingRuns::Included);
    QCOMPARE(excluded.leftOutFailing, std::size_t(1));
    QCOMPARE(included.leftOutFailing, std::size_t(0));
    QCOMPARE(included.runs, excluded.runs + 1);
}

void TestRunGroups::butterEStoreHasNoParts()
{
    RunColumns runs;
    QVERIFY(load(QStringLiteral("demo.sqlite"), {}, &runs, true));
    QCOMPARE(runs.rowCount(), std::size_t(500));
    QVERIFY(!runs.hasParts());
    const RunGroups groups = summarizeRunGroups(runs, RunGroupBy::Hardware);
    QVERIFY(groups.groups.empty());
    QCOMPARE(groups.configuredRuns, runs.rowCount());
}

// The carbon flow's Project grouping sums every run (a run without energy adds 0 J), so its group
// totals equal the file's sums per project; the demo's runs have no project and make "(none)".
void TestRunGroups::carbonFlowByProjectMatchesPandas()
{
    RunColumns runs;
    QVERIFY(load(QStringLiteral("flow.sqlite"), {fixture("emissions_teams.csv")}, &runs, true));
    const FlowTotals flow = summarizeFlow(runs, FlowGrouping::Project);
    const QJsonArray want = expected("emissions_teams.csv", "project");
    QCOMPARE(qsizetype(flow.groups.size()), want.size() + 1);
    double demo = 0;
    for (std::size_t i = 0; i < runs.rowCount(); ++i)
        demo += runs.hasConfiguration(i) ? runs.energy[i] : 0.0;
    for (const FlowGroup &g : flow.groups) {
        if (g.missing) {
            QCOMPARE(g.name, QStringLiteral("(none)"));
            QCOMPARE(g.runs, std::size_t(500));
            QVERIFY(close(g.joules, demo));
            continue;
        }
        const auto it = std::find_if(want.begin(), want.end(), [&g](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("name")).toString() == g.name;
        });
        QVERIFY2(it != want.end(), qPrintable(g.name));
        QVERIFY2(close(g.joules, it->toObject().value(QLatin1String("total_energy")).toDouble()), qPrintable(g.name));
    }
    // By hardware: the CodeCarbon node types beside the demo's BUTTER-E node types, nothing missing.
    const FlowTotals hardware = summarizeFlow(runs, FlowGrouping::Hardware, 50);
    QVERIFY(std::none_of(hardware.groups.begin(), hardware.groups.end(), [](const FlowGroup &g) { return g.missing; }));
    QVERIFY(std::any_of(hardware.groups.begin(), hardware.groups.end(),
                        [](const FlowGroup &g) { return g.name == QLatin1String("NVIDIA RTX A1000"); }));
}

QTEST_GUILESS_MAIN(TestRunGroups)
#include "tst_rungroups.moc"
