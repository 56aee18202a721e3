// The store: schema creation and versioning, refusing files it must not touch,
// filters rendered with bound parameters, the runs table model and the column loader.
#include "../support/demostorecache.h"

#include <demogenerator.h>
#include <demostore.h>
#include <expectedenergy.h>
#include <expectedenergystore.h>
#include <filter.h>
#include <filterstate.h>
#include <importer.h>
#include <runloader.h>
#include <runquality.h>
#include <runtablemodel.h>
#include <schema.h>
#include <store.h>
#include <storesummary.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <thread>

using namespace wattprint;

namespace {

// SQL that takes a current store back to schema 4: the expectations back in a column of runs.
const char *const UndoExpectationsTableStep
    = "ALTER TABLE runs ADD COLUMN expected_energy REAL; "
      "UPDATE runs SET expected_energy = (SELECT e.expected_energy FROM run_expectations e WHERE e.run = runs.id); "
      "DROP TABLE run_expectations; PRAGMA user_version = 4;";

// SQL that takes a schema 4 store back before the sources step (schema 3): the columns it added.
// The runs columns it made nullable stay nullable, which the older steps never look at.
const char *const UndoSourcesStep
    = "ALTER TABLE imports DROP COLUMN source; ALTER TABLE imports DROP COLUMN time_zone; "
      "ALTER TABLE runs DROP COLUMN source; ALTER TABLE runs DROP COLUMN project; "
      "ALTER TABLE runs DROP COLUMN experiment; ALTER TABLE runs DROP COLUMN tool_run_id; "
      "ALTER TABLE runs DROP COLUMN cpu_energy; ALTER TABLE runs DROP COLUMN gpu_energy; "
      "ALTER TABLE runs DROP COLUMN ram_energy; ALTER TABLE runs DROP COLUMN cpu_power; "
      "ALTER TABLE runs DROP COLUMN gpu_power; ALTER TABLE runs DROP COLUMN ram_power; "
      "ALTER TABLE runs DROP COLUMN reported_emissions; ALTER TABLE runs DROP COLUMN country_iso; "
      "ALTER TABLE runs DROP COLUMN country_name; ALTER TABLE runs DROP COLUMN region; "
      "ALTER TABLE runs DROP COLUMN cloud_provider; ALTER TABLE runs DROP COLUMN cloud_region; "
      "ALTER TABLE runs DROP COLUMN cpu_model; ALTER TABLE runs DROP COLUMN gpu_model; "
      "ALTER TABLE runs DROP COLUMN cpu_count; ALTER TABLE runs DROP COLUMN gpu_count; "
      "ALTER TABLE runs DROP COLUMN pue; ALTER TABLE runs DROP COLUMN water; "
      "ALTER TABLE runs DROP COLUMN tool_version;";

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsSchemaWithWalAndVersion();
    void reopensWithoutMigratingAgain();
    void refusesNewerSchema();
    void refusesForeignFiles();
    void seedsDatasetsAndNodeTypes();
    void filterRendersBoundParameters();
    void filterParsesCompareSyntax();
    void filterStateEmitsOnChangeOnly();
    void runTableModelPassesTester();
    void runTableModelSortsAndFetchesLazily();
    void runTableModelFollowsFilter();
    void runTablePagesAlikeByEitherPlan();
    void runTableModelFiltersInBackground();
    void runLoaderMatchesSql();
    void summaryCountsAndMarksSynthetic();
    void demoBuildsQuicklyAndCanBeRemoved();
    void expectedEnergyKeptAndUpgraded();
    void expectationsMoveToTheirOwnTable();
    // Hardening.
    void concurrentCreationIsAtomic();
    void foreignSqliteFileIsLeftByteIdentical();
    void corruptedStoreIsRefused();
    void deferredCheckIsLeftToTheNextOpen();
    void integrityCheckCost();
    void failedOpenPrintsNoConnectionWarning();
    void reimportListsSourceOnce();
    void filterRefusesReversedIntegerRanges();
    void runTableModelTesterOnEveryOperation();
    // Quality of a run (docs/data.md).
    void upgradesVersion1StoreWithQuality();
    void runTableModelShowsQuality();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_demo;
};

void TestStore::expectedEnergyKeptAndUpgraded()
{
    // The demo store: every run has an expectation, equal to the model fitted on the whole store.
    RunColumns all;
    QString error;
    QVERIFY2(RunLoader(m_demo.get()).load(Filter(), &all, nullptr, &error), qPrintable(error));
    QCOMPARE(all.expectedEnergy.size(), all.rowCount());
    RunColumns bare = all;
    bare.expectedEnergy.clear();
    // Fitted on the runs that pass every quality check, predicting for all.
    const ExpectedEnergy refit = computeExpectedEnergy(bare, ExpectedEnergyOptions::qualityRunsOnly(bare));
    QVERIFY(refit.excludedFromFit > 0);
    QCOMPARE(
        refit.excludedFromFit,
        std::size_t(std::count_if(all.quality.begin(), all.quality.end(), [](std::uint16_t q) { return q != 0; })));
    for (std::size_t i = 0; i < all.rowCount(); ++i)
        QVERIFY(std::abs(all.expectedEnergy[i] / refit.expected[i] - 1) < 1e-12);
    // A filter does not change a run's expectation.
    RunColumns gpu;
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    QVERIFY(RunLoader(m_demo.get()).load(f, &gpu, nullptr, &error));
    QVERIFY(gpu.rowCount() > 0 && gpu.rowCount() < all.rowCount());
    for (std::size_t j = 0; j < gpu.rowCount(); ++j) {
        const auto at = std::find(all.id.begin(), all.id.end(), gpu.id[j]) - all.id.begin();
        QCOMPARE(gpu.expectedEnergy[j], all.expectedEnergy[std::size_t(at)]);
    }
    const QJsonObject model = ExpectedEnergyStore::model(m_demo->handle());
    QCOMPARE(model.value(QStringLiteral("predicted_runs")).toDouble(), double(all.rowCount()));
    QCOMPARE(model.value(QStringLiteral("method")).toString(), QStringLiteral("non_negative"));

    // A store from before the energy model (schema 1: no column, no table, and no quality column
    // either) is upgraded and fitted when opened for writing.
    const QString path = m_dir.filePath(QStringLiteral("before-model.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), path));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, UndoExpectationsTableStep, nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, UndoSourcesStep, nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "ALTER TABLE runs DROP COLUMN expected_energy; DROP TABLE energy_model; "
                              "ALTER TABLE runs DROP COLUMN quality; PRAGMA user_version = 1;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    Store old(path);
    QVERIFY2(old.open(&error), qPrintable(error));
    QCOMPARE(old.schemaVersion(), Store::SchemaVersion);
    QSqlQuery q(old.database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*), count(expected_energy) FROM runs LEFT JOIN run_expectations ON run = runs.id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), q.value(0).toLongLong());
    QVERIFY(!ExpectedEnergyStore::needsRefresh(old.handle()));
}

// Schema 5 keeps expectations in a table of their own: a schema 4 store's column moves there value
// for value (no refit), and the column goes.
void TestStore::expectationsMoveToTheirOwnTable()
{
    QString error;
    RunColumns before;
    QVERIFY2(RunLoader(m_demo.get()).load({}, &before, nullptr, &error), qPrintable(error));
    QVERIFY(!before.expectedEnergy.empty());
    const QString path = m_dir.filePath(QStringLiteral("version4.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), path));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, UndoExpectationsTableStep, nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE energy_model SET fitted_at = 'before the move'", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    Store old(path);
    QVERIFY2(old.open(&error), qPrintable(error));
    QCOMPARE(old.schemaVersion(), Store::SchemaVersion);
    RunColumns after;
    QVERIFY2(RunLoader(&old).load({}, &after, nullptr, &error), qPrintable(error));
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.expectedEnergy.size(), before.expectedEnergy.size());
    for (std::size_t i = 0; i < before.expectedEnergy.size(); ++i) {
        const double a = before.expectedEnergy[i], b = after.expectedEnergy[i];
        QVERIFY2((std::isnan(a) && std::isnan(b)) || a == b, qPrintable(QString::number(before.id[i])));
    }
    QSqlQuery q(old.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'expected_energy'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT fitted_at FROM energy_model")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("before the move"));
}

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.runs = 3000;
    options.traceJobs = 5;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_dir.filePath(QStringLiteral("demo.sqlite")), &error),
             qPrintable(error));
    m_demo = std::make_unique<Store>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(m_demo->open(&error), qPrintable(error));
    QSqlQuery count(m_demo->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM runs")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), 3000);
}

void TestStore::createsSchemaWithWalAndVersion()
{
    Store store(m_dir.filePath(QStringLiteral("new.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    for (const char *table :
         {"runs", "datasets", "nodes", "node_types", "power_samples", "imports", "import_rejections"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    }
    QVERIFY(store.isEmpty());
    QVERIFY(!store.hasSyntheticData());
}

void TestStore::reopensWithoutMigratingAgain()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    {
        Store store(path);
        QVERIFY(store.open(nullptr));
    }
    Store again(path);
    QString error;
    QVERIFY2(again.open(&error), qPrintable(error));
    QSqlQuery q(again.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM datasets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 13); // seeded once, not twice
}

void TestStore::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        Store store(path);
        QVERIFY(store.open(nullptr));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    Store store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("newer Wattprint")), qPrintable(error));
}

void TestStore::refusesForeignFiles()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    Store store(text);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("not a Wattprint database")), qPrintable(error));

    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(other.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    Store foreign(other);
    QVERIFY(!foreign.open(&error));
    QVERIFY2(error.contains(QLatin1String("not one made by Wattprint")), qPrintable(error));
}

void TestStore::seedsDatasetsAndNodeTypes()
{
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral("SELECT observations, features, classes FROM datasets WHERE name = 'mnist'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 70000);
    QCOMPARE(q.value(1).toInt(), 784);
    QCOMPARE(q.value(2).toInt(), 10);
    QVERIFY(q.exec(QStringLiteral("SELECT name, idle_power, power_offset FROM node_types ORDER BY name")));
    const QList<std::tuple<QString, double, double>> expected = {
        {QStringLiteral("cpu1"), 220, 0},    {QStringLiteral("cpu2"), 230, -10}, {QStringLiteral("cpu3"), 309, -89},
        {QStringLiteral("cpu4"), 388, -168}, {QStringLiteral("gpu1"), 374, 0},   {QStringLiteral("gpu2"), 403, -29}};
    for (const auto &[name, idle, offset] : expected) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), name);
        QCOMPARE(q.value(1).toDouble(), idle);
        QCOMPARE(q.value(2).toDouble(), offset);
    }
}

void TestStore::filterRendersBoundParameters()
{
    Filter f;
    f.datasets = {QStringLiteral("mnist"), QStringLiteral("x'); DROP TABLE runs; --")};
    f.devices = {QStringLiteral("GPU")};
    f.sizeMin = 1024;
    f.depthMax = 6;
    f.runIds = {1, 2, 3};
    f.ranges.insert(QStringLiteral("energy"), {1e3, 1e9});
    f.ranges.insert(QStringLiteral("energy; DROP TABLE runs"), {0, 1}); // unknown column: ignored
    const Filter::Where w = f.where();
    QVERIFY(!w.sql.contains(QLatin1String("DROP")));
    QCOMPARE(w.sql.count(QLatin1Char('?')), w.values.size());
    QCOMPARE(w.values.size(), 8);
    QSqlQuery q(m_demo->database());
    QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM runs ") + w.sql));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QVERIFY(Filter().where().sql.isEmpty());
}

void TestStore::filterParsesCompareSyntax()
{
    QString error;
    const auto f = Filter::parse(QStringLiteral("dataset=529_pollen,size=256,device=cpu,depth=2..6,shape=a|b"), &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->datasets, QStringList{QStringLiteral("529_pollen")});
    QCOMPARE(f->sizeMin, 256);
    QCOMPARE(f->sizeMax, 256);
    QCOMPARE(f->devices, QStringList{QStringLiteral("CPU")});
    QCOMPARE(f->depthMin, 2);
    QCOMPARE(f->depthMax, 6);
    QCOMPARE(f->shapes.size(), 2);
    QCOMPARE(Filter::parse(f->toString(), &error), f);
    const auto r = Filter::parse(QStringLiteral("energy=1000..2.5e5,run_time=10..20"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->ranges.value(QStringLiteral("energy")), qMakePair(1000.0, 2.5e5));
    QCOMPARE(Filter::parse(r->toString(), &error), r);
    QVERIFY(!Filter::parse(QStringLiteral("energy=5..1"), &error));
    QVERIFY(!Filter::parse(QStringLiteral("colour=red"), &error));
    QVERIFY(error.contains(QLatin1String("unknown filter key 'colour'")));
    QVERIFY(!Filter::parse(QStringLiteral("device=tpu"), &error));
    QVERIFY(!Filter::parse(QStringLiteral("size=big"), &error));
    QVERIFY(!Filter::parse(QStringLiteral("dataset"), &error));
}

void TestStore::filterStateEmitsOnChangeOnly()
{
    FilterState state;
    QSignalSpy spy(&state, &FilterState::changed);
    Filter f;
    f.shapes = {QStringLiteral("rectangle")};
    state.setFilter(f);
    state.setFilter(f);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(state.generation(), 1u);
    state.setFilter({});
    QCOMPARE(spy.count(), 2);
}

void TestStore::runTableModelPassesTester()
{
    RunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_demo->database());
    QVERIFY(model.rowCount() > 0);
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.sort(RunTableModel::Energy, Qt::DescendingOrder);
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    model.setFilter(f);
    model.setFilter({});
}

void TestStore::runTableModelSortsAndFetchesLazily()
{
    RunTableModel model;
    model.setDatabase(m_demo->database());
    QCOMPARE(model.totalCount(), 3000);
    QCOMPARE(model.rowCount(), RunTableModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * RunTableModel::PageSize);
    model.sort(RunTableModel::Energy, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), RunTableModel::PageSize);
    double previous = std::numeric_limits<double>::infinity();
    for (int r = 0; r < model.rowCount(); ++r) {
        const double e = model.index(r, RunTableModel::Energy).data(RunTableModel::RawValueRole).toDouble();
        QVERIFY(e <= previous);
        previous = e;
    }
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral("SELECT max(energy) FROM runs")) && q.next());
    QCOMPARE(model.index(0, RunTableModel::Energy).data(RunTableModel::RawValueRole).toDouble(), q.value(0).toDouble());
    QVERIFY(model.headerData(RunTableModel::Energy, Qt::Horizontal).toString().contains(QLatin1String("kJ")));
    model.setEnergyUnit(units::EnergyUnit::KilowattHour);
    QVERIFY(model.headerData(RunTableModel::Energy, Qt::Horizontal).toString().contains(QLatin1String("kWh")));
    const double joules = model.index(0, RunTableModel::Energy).data(RunTableModel::RawValueRole).toDouble();
    QCOMPARE(model.index(0, RunTableModel::Energy).data().toString(), QLocale().toString(joules / 3.6e6, 'g', 4));
    // A column keeps one unit: Automatic shows kJ.
    model.setEnergyUnit(units::EnergyUnit::Automatic);
    QCOMPARE(model.headerData(RunTableModel::Energy, Qt::Horizontal).toString(), QStringLiteral("Energy (kJ)"));
}

void TestStore::runTableModelFollowsFilter()
{
    RunTableModel model;
    model.setDatabase(m_demo->database());
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    f.depthMin = 4;
    model.setFilter(f);
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE device = 'GPU' AND depth >= 4")) && q.next());
    QCOMPARE(model.totalCount(), q.value(0).toLongLong());
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, RunTableModel::Device).data().toString(), QStringLiteral("GPU"));
}

void TestStore::runTablePagesAlikeByEitherPlan()
{
    // A filter that keeps a large share of the runs is paged by walking the start-time index (its
    // plan below); the rows are those of a plain sorted query, page after page, both directions.
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    QSqlQuery q(m_demo->database());
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        RunTableModel model;
        model.setDatabase(m_demo->database());
        model.setFilter(f);
        model.sort(RunTableModel::StartTime, order);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(q.exec(QStringLiteral("SELECT run_id FROM runs WHERE device = 'GPU' ORDER BY start_ns %1, id")
                           .arg(order == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC"))));
        int r = 0;
        while (q.next()) {
            QVERIFY(r < model.rowCount());
            QCOMPARE(model.index(r, RunTableModel::RunId).data().toString(), q.value(0).toString());
            ++r;
        }
        QCOMPARE(r, model.rowCount());
        QVERIFY(r > 3 * RunTableModel::PageSize);
    }
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM runs INDEXED BY runs_start WHERE device = 'GPU' "
                                  "ORDER BY start_ns ASC, id LIMIT 200")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("runs_start")) && !plan.contains(QLatin1String("TEMP B-TREE")),
             qPrintable(plan));
}

void TestStore::runTableModelFiltersInBackground()
{
    RunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_demo->database());
    QCOMPARE(model.totalCount(), 3000);
    QSignalSpy counted(&model, &RunTableModel::totalCountChanged);
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    f.depthMin = 4;
    model.setFilterInBackground(f, m_demo->path());
    // The filter is the new one at once; the rows stay until the new ones arrive.
    QCOMPARE(model.filter(), f);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(counted.count(), 1);
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE device = 'GPU' AND depth >= 4")) && q.next());
    QCOMPARE(model.totalCount(), q.value(0).toLongLong());
    QCOMPARE(counted.first().first().toLongLong(), q.value(0).toLongLong());
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, RunTableModel::Device).data().toString(), QStringLiteral("GPU"));
        QVERIFY(model.index(r, RunTableModel::Depth).data(RunTableModel::RawValueRole).toInt() >= 4);
    }
    // Two quick changes: only the last one's rows are shown.
    Filter cpu;
    cpu.devices = {QStringLiteral("CPU")};
    model.setFilterInBackground(f, m_demo->path());
    model.setFilterInBackground(cpu, m_demo->path());
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(50); // an out-of-date read that arrives late must change nothing
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE device = 'CPU'")) && q.next());
    QCOMPARE(model.totalCount(), q.value(0).toLongLong());
    QCOMPARE(model.index(0, RunTableModel::Device).data().toString(), QStringLiteral("CPU"));
    // A change made the old way supersedes a read on its way.
    model.setFilterInBackground(f, m_demo->path());
    model.setFilter({});
    QTest::qWait(200);
    QCOMPARE(model.totalCount(), 3000);
    QCOMPARE(model.filter(), Filter());
}

void TestStore::runLoaderMatchesSql()
{
    Filter f;
    f.datasets = {QStringLiteral("mnist"), QStringLiteral("adult")};
    RunColumns cols;
    QString error;
    QVERIFY2(RunLoader(m_demo.get()).load(f, &cols, nullptr, &error), qPrintable(error));
    cols.checkConsistent();
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(energy), sum(is_gpu), sum(depth) FROM runs "
                                  "WHERE dataset IN ('mnist', 'adult')")));
    QVERIFY(q.next());
    QCOMPARE(qint64(cols.rowCount()), q.value(0).toLongLong());
    double energy = 0;
    qint64 gpu = 0, depth = 0;
    for (size_t i = 0; i < cols.rowCount(); ++i) {
        energy += cols.energy[i];
        gpu += cols.isGpu[i];
        depth += cols.depth[i];
        const QString name = cols.datasetNames.at(cols.dataset[i]);
        QVERIFY(name == QLatin1String("mnist") || name == QLatin1String("adult"));
    }
    QCOMPARE(energy, q.value(1).toDouble());
    QCOMPARE(gpu, q.value(2).toLongLong());
    QCOMPARE(depth, q.value(3).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), coalesce(sum(quality), 0) FROM runs WHERE quality != 0 AND "
                                  "dataset IN ('mnist', 'adult')")));
    QVERIFY(q.next());
    qint64 flagged = 0, bits = 0;
    for (std::uint16_t quality : cols.quality) {
        flagged += quality != 0;
        bits += quality;
    }
    QCOMPARE(flagged, q.value(0).toLongLong());
    QCOMPARE(bits, q.value(1).toLongLong());
    std::atomic_bool cancel{true};
    RunColumns none;
    QVERIFY(!RunLoader(m_demo.get()).load({}, &none, &cancel));
}

void TestStore::summaryCountsAndMarksSynthetic()
{
    const StoreSummary s = StoreSummary::compute(m_demo.get());
    QCOMPARE(s.runs, 3000);
    QCOMPARE(s.byDevice.value(QStringLiteral("CPU")) + s.byDevice.value(QStringLiteral("GPU")), 3000);
    QVERIFY(s.synthetic);
    QVERIFY(s.sourceDescription.contains(QLatin1String("synthetic")));
    const QJsonObject json = s.toJson();
    for (const char *key :
         {"runs", "by_device", "by_dataset", "by_shape", "total_energy_j", "quality", "synthetic", "sources"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    // Runs per quality rule, each rule named, as SQL counts them (the full demo's planted runs are
    // checked in demoBuildsQuicklyAndCanBeRemoved).
    const QJsonObject byRule
        = json.value(QStringLiteral("quality")).toObject().value(QStringLiteral("by_rule")).toObject();
    QCOMPARE(byRule.size(), int(runquality::allRules().size()));
    for (runquality::Rule rule : runquality::allRules()) {
        const QString name = runquality::ruleName(rule);
        QSqlQuery c(m_demo->database());
        c.prepare(QStringLiteral("SELECT count(*) FROM runs WHERE quality & ? != 0"));
        c.addBindValue(int(runquality::bit(rule)));
        QVERIFY(c.exec() && c.next());
        QCOMPARE(byRule.value(name).toInteger(), c.value(0).toLongLong());
    }
    QSqlQuery flagged(m_demo->database());
    QVERIFY(flagged.exec(QStringLiteral("SELECT count(*) FROM runs WHERE quality != 0")) && flagged.next());
    QCOMPARE(s.qualityFlagged, flagged.value(0).toLongLong());
    QVERIFY(s.qualityFlagged < s.runs / 50);
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral("SELECT sum(energy) FROM runs")) && q.next());
    QCOMPARE(json.value(QStringLiteral("total_energy_j")).toDouble(), q.value(0).toDouble());
}

void TestStore::demoBuildsQuicklyAndCanBeRemoved()
{
    Store store(m_dir.filePath(QStringLiteral("full-demo.sqlite")));
    QVERIFY(store.open(nullptr));
    QElapsedTimer timer;
    timer.start();
    const ImportReport r = DemoStore::build(&store);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok, qPrintable(r.error));
    qInfo("full demo store (63,527 runs with traces and node files) built in %lld ms", ms);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 63527);
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT job) FROM power_samples")) && q.next());
    QVERIFY(q.value(0).toInt() >= 100);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE node_type IS NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // BUTTER-E's repeats: 30,600 configurations (experiment_id, device; the catalogue has 30,582), num_reps
    // their run count.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT experiment_id, is_gpu FROM runs)"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 30600);
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT dataset, shape, size, depth, device FROM runs)"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 30600); // one definition: the labels name the same configurations
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs r JOIN (SELECT experiment_id, is_gpu, count(*) AS n "
                                  "FROM runs GROUP BY 1, 2) c USING (experiment_id, is_gpu) WHERE r.num_reps != c.n"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(StoreSummary::compute(&store).configurations, 30600);
    // The runs planted to fail a quality rule carry its bit, stored at import.
    const auto planted = DemoGenerator().plantedQualityRuns();
    QCOMPARE(planted.size(), 30);
    for (const auto &p : planted) {
        q.prepare(QStringLiteral("SELECT quality FROM runs WHERE run_id = ?"));
        q.addBindValue(p.runId);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(runquality::fails(runquality::Mask(q.value(0).toUInt()), p.rule), qPrintable(p.runId));
    }
    QCOMPARE(r.qualityByRule.size(), int(runquality::allRules().size()));
    for (runquality::Rule rule : runquality::allRules())
        QVERIFY(r.qualityByRule.value(runquality::ruleName(rule)) >= 6);
    QVERIFY(store.hasSyntheticData());
    QString error;
    QVERIFY2(store.removeSyntheticData(&error), qPrintable(error));
    QVERIFY(store.isEmpty());
    QVERIFY(!store.hasSyntheticData());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM power_samples")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestStore::concurrentCreationIsAtomic()
{
    // Several connections (as several processes would) create the same new store at once; the
    // schema is made once, in one transaction that re-reads the version, and every open succeeds.
    for (int round = 0; round < 10; ++round) {
        const QString path = m_dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
        constexpr int n = 4;
        std::array<QString, n> errors;
        std::array<bool, n> opened{};
        std::vector<std::thread> threads;
        std::atomic_int ready{0};
        for (int i = 0; i < n; ++i) {
            threads.emplace_back([&, i] {
                ++ready;
                while (ready.load() < n) {
                }
                Store store(path);
                opened[size_t(i)] = store.open(&errors[size_t(i)]);
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < n; ++i)
            QVERIFY2(opened[size_t(i)], qPrintable(QStringLiteral("round %1: %2").arg(round).arg(errors[size_t(i)])));
        Store store(path);
        QVERIFY(store.open(nullptr));
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM datasets")) && q.next());
        QCOMPARE(q.value(0).toInt(), 13);
    }
}

void TestStore::foreignSqliteFileIsLeftByteIdentical()
{
    // Another program's database in rollback-journal mode, and one that uses user_version itself.
    for (const char *setup :
         {"CREATE TABLE t (x); INSERT INTO t VALUES (1);", "CREATE TABLE runs (x); PRAGMA user_version=1;"}) {
        const QString path = m_dir.filePath(QStringLiteral("foreign-%1.sqlite").arg(qHash(QByteArray(setup))));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, setup, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        Store store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("not one made by Wattprint")), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // not switched to WAL: bytes 18 and 19 stay 1
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
}

void TestStore::corruptedStoreIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(testsupport::damageStore(path));
    Store store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("is damaged")), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void TestStore::deferredCheckIsLeftToTheNextOpen()
{
    // The window's own connection opens a damaged store without reading it whole; the next
    // connection to the same file, on a worker, checks it and is refused, and so is every later one.
    const QString path = m_dir.filePath(QStringLiteral("deferred.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(testsupport::damageStore(path));
    Store window(path);
    window.setIntegrityCheckDeferred(true);
    QString error;
    QVERIFY2(window.open(&error), qPrintable(error));
    QString checked;
    bool passed = true;
    std::thread worker([&] { passed = Store::integrityCheckPassed(path, &checked); });
    worker.join();
    QVERIFY(!passed);
    QVERIFY2(checked.contains(QLatin1String("is damaged")), qPrintable(checked));
    Store next(path);
    QVERIFY(!next.open(&error));
    QVERIFY2(error.contains(QLatin1String("is damaged")), qPrintable(error));
    // A whole store passes, once for every connection of the process.
    const QString whole = m_dir.filePath(QStringLiteral("whole.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), whole));
    QVERIFY2(Store::integrityCheckPassed(whole, &error), qPrintable(error));
}

void TestStore::integrityCheckCost()
{
    // The full demo store (63,527 runs with traces): what PRAGMA quick_check costs on open. A
    // second open of the unchanged file in the same process skips it.
    const QString path = m_dir.filePath(QStringLiteral("cost.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(DemoOptions(), path, &error), qPrintable(error));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(sqlite3_exec(db, "PRAGMA quick_check", nullptr, nullptr, nullptr), SQLITE_OK);
    const qint64 check = timer.nsecsElapsed();
    sqlite3_close(db);
    timer.restart();
    Store first(path);
    QVERIFY2(first.open(&error), qPrintable(error));
    const qint64 firstOpen = timer.nsecsElapsed();
    timer.restart();
    Store second(path);
    QVERIFY2(second.open(&error), qPrintable(error));
    const qint64 secondOpen = timer.nsecsElapsed();
    qInfo("63k store, %.1f MB: PRAGMA quick_check %.1f ms; first open %.1f ms, second open %.1f ms",
          QFileInfo(path).size() / 1048576.0, check / 1e6, firstOpen / 1e6, secondOpen / 1e6);
    QVERIFY(secondOpen < firstOpen);
}

void TestStore::failedOpenPrintsNoConnectionWarning()
{
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &m) { warnings.append(m); });
    const QString text = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'g'));
    }
    {
        Store store(text);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("not a Wattprint database")), qPrintable(error));
    }
    qInstallMessageHandler(previous);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

void TestStore::reimportListsSourceOnce()
{
    Store store(m_dir.filePath(QStringLiteral("twice.sqlite")));
    QVERIFY(store.open(nullptr));
    const QString csv = m_dir.filePath(QStringLiteral("sinfo.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\nr1i6n0,36,85248,900000,(null)\n");
    f.close();
    Importer importer(&store);
    QVERIFY(importer.importFile(csv).ok);
    QVERIFY(importer.importFile(csv).ok);
    QCOMPARE(store.imports().size(), 2); // the log keeps both imports
    const StoreSummary s = StoreSummary::compute(&store);
    QCOMPARE(s.sources, QStringList{csv});
    QCOMPARE(store.sourceDescription(), QStringLiteral("sinfo.csv"));
}

void TestStore::filterRefusesReversedIntegerRanges()
{
    QString error;
    QVERIFY(!Filter::parse(QStringLiteral("size=10..1"), &error));
    QCOMPARE(error, QStringLiteral("'10..1' for size is a range from high to low; write it lo..hi"));
    QVERIFY(!Filter::parse(QStringLiteral("depth=6..2"), &error));
    QVERIFY(!Filter::parse(QStringLiteral("depth=99999999999"), &error));
    QVERIFY(error.contains(QLatin1String("out of range")));
    QVERIFY(Filter::parse(QStringLiteral("size=1..10,depth=..6,size=5..5"), &error));
    // Found by the filter fuzzer: repeated keys crossing into an empty range (which also did not
    // survive toString() and parse() again).
    QVERIFY(!Filter::parse(QStringLiteral("depth=5,depth=..1024,depth=..4"), &error));
    QCOMPARE(error, QStringLiteral("the ranges given for depth leave nothing between them (5..4)"));
    QVERIFY(Filter::parse(QStringLiteral("size=256.."), &error));
}

void TestStore::runTableModelTesterOnEveryOperation()
{
    // The model tester watches every change: fetching all pages, each column sorted both ways,
    // a filter that matches nothing, the unit switch and a reload.
    RunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_demo->database());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 3000);
    for (int c = 0; c < RunTableModel::ColumnCount; ++c) {
        model.sort(c, Qt::AscendingOrder);
        model.sort(c, Qt::DescendingOrder);
    }
    Filter none;
    none.datasets = {QStringLiteral("no such dataset")};
    model.setFilter(none);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setFilter({});
    model.setEnergyUnit(units::EnergyUnit::KilowattHour);
    model.reload();
    model.setDatabase(QSqlDatabase());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

void TestStore::upgradesVersion1StoreWithQuality()
{
    // The runs of a demo store (the file's flags) and of a file without flags (filter_1..3 computed),
    // stored as version 1 wrote them: no quality column. Opening upgrades the store in place and
    // backfills every run with what an import into a current store gives.
    const QString current = m_dir.filePath(QStringLiteral("current.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), current));
    QByteArray noFlags = "run_id,experiment_id,slurm_job_id,start_time,update_time,node,size,depth,shape,dataset,"
                         "is_gpu,batch,energy,run_time,power,non_overhead_energy\n";
    for (int i = 0; i < 20; ++i) // 19 runs of 100 s and one of 1,000 s: z = 19 / sqrt(20) > 4
        noFlags += "f-" + QByteArray::number(i) + ",7,9,2022-10-01 00:00:00,2022-10-01 00:10:00,r1i0n0,64,3,"
            + "rectangle,banana,False,energy_2_cpu,30000," + (i == 19 ? "1000" : "100") + ",300,"
            + (i == 0 ? "-1" : "16000") + "\n";
    // Another group (size 128, too small for run-time outliers): over the limit, no energy, and a
    // power below and above the plausible range of a CPU node of unknown type.
    const QList<QByteArray> others = {"30000,80000,300,16000", "0,100,300,16000", "30000,100,50,16000",
                                      "30000,100,2000,16000"};
    for (qsizetype i = 0; i < others.size(); ++i)
        noFlags += "g-" + QByteArray::number(i)
            + ",8,9,2022-10-01 00:00:00,2022-10-01 00:10:00,r1i0n0,128,3,rectangle,banana,False,energy_2_cpu,"
            + others[i] + "\n";
    const QString noFlagsPath = m_dir.filePath(QStringLiteral("noflags.csv"));
    {
        QFile f(noFlagsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(noFlags);
    }
    QHash<QString, qint64> expected;
    {
        Store store(current);
        QVERIFY(store.open(nullptr));
        const ImportReport r = Importer(&store).importFile(noFlagsPath);
        QVERIFY2(r.ok, qPrintable(r.error));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT run_id, quality FROM runs")));
        while (q.next())
            expected.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QCOMPARE(expected.size(), 3024);
    QCOMPARE(expected.value(QStringLiteral("f-19")), qint64(runquality::bit(runquality::Rule::RunTimeOutlier)));
    QCOMPARE(expected.value(QStringLiteral("f-0")),
             qint64(runquality::bit(runquality::Rule::BelowOverhead)
                    | runquality::bit(runquality::Rule::NonPositiveEnergyPerDatum)));
    QCOMPARE(expected.value(QStringLiteral("g-0")), qint64(runquality::bit(runquality::Rule::RunTimeLimit)));
    QCOMPARE(expected.value(QStringLiteral("g-1")), qint64(runquality::bit(runquality::Rule::ZeroEnergy)));
    QCOMPARE(expected.value(QStringLiteral("g-2")), qint64(runquality::bit(runquality::Rule::ImplausiblePower)));
    QCOMPARE(expected.value(QStringLiteral("g-3")), qint64(runquality::bit(runquality::Rule::ImplausiblePower)));

    const QString old = m_dir.filePath(QStringLiteral("version1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : schema::migrations().at(0))
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        QVERIFY(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS cur").arg(current)));
        QStringList columns;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('runs')")));
        while (q.next())
            columns.append(q.value(0).toString());
        QVERIFY(!columns.contains(QStringLiteral("quality")));
        QStringList importColumns;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('imports')")));
        while (q.next())
            importColumns.append(q.value(0).toString());
        QVERIFY(!importColumns.contains(QStringLiteral("source")));
        for (const QString &sql :
             {QStringLiteral("INSERT INTO imports (%1) SELECT %1 FROM cur.imports")
                  .arg(importColumns.join(QLatin1Char(','))),
              QStringLiteral("INSERT INTO nodes SELECT * FROM cur.nodes"),
              QStringLiteral("INSERT INTO runs (%1) SELECT %1 FROM cur.runs").arg(columns.join(QLatin1Char(',')))})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version1"));

    Store store(old);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT run_id, quality FROM runs")));
    int rows = 0, flagged = 0;
    while (q.next()) {
        ++rows;
        flagged += q.value(1).toLongLong() != 0;
        QVERIFY2(expected.value(q.value(0).toString(), -1) == q.value(1).toLongLong(),
                 qPrintable(q.value(0).toString()));
    }
    QCOMPARE(rows, 3024);
    QCOMPARE(flagged, int(std::count_if(expected.cbegin(), expected.cend(), [](qint64 v) { return v != 0; })));
    QVERIFY(flagged >= 6); // the six above, and the demo's meter drop-outs below the plausible power

    // A store of schema 2 (with expected energies, without quality) gets the same.
    const QString two = m_dir.filePath(QStringLiteral("version2.sqlite"));
    QVERIFY(QFile::copy(current, two));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(two.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, UndoExpectationsTableStep, nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, UndoSourcesStep, nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "ALTER TABLE runs DROP COLUMN quality; PRAGMA user_version = 2;", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    Store second(two);
    QVERIFY2(second.open(&error), qPrintable(error));
    QCOMPARE(second.schemaVersion(), Store::SchemaVersion);
    QSqlQuery r(second.database());
    QVERIFY(r.exec(QStringLiteral("SELECT run_id, quality FROM runs")));
    int upgraded = 0;
    while (r.next()) {
        ++upgraded;
        QVERIFY2(expected.value(r.value(0).toString(), -1) == r.value(1).toLongLong(),
                 qPrintable(r.value(0).toString()));
    }
    QCOMPARE(upgraded, 3024);
}

void TestStore::runTableModelShowsQuality()
{
    // Three runs: one that passes, one with no energy and a power of 50 W, one over the limit.
    Store store(m_dir.filePath(QStringLiteral("quality-table.sqlite")));
    QVERIFY(store.open(nullptr));
    const QString csv = m_dir.filePath(QStringLiteral("quality-table.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("run_id,experiment_id,slurm_job_id,start_time,update_time,node,size,depth,shape,dataset,is_gpu,"
                "batch,energy,run_time,power,non_overhead_energy\n"
                "a,1,9,2022-10-01 00:00:00,2022-10-01 00:10:00,r1i0n0,64,3,rectangle,banana,False,energy_2_cpu,"
                "30000,100,300,16000\n"
                "b,1,9,2022-10-01 00:00:00,2022-10-01 00:10:00,r1i0n0,64,3,rectangle,banana,False,energy_2_cpu,"
                "0,100,50,-14028.665573\n"
                "c,1,9,2022-10-01 00:00:00,2022-10-01 00:10:00,r1i0n0,64,3,rectangle,banana,False,energy_2_cpu,"
                "30000,80000,300,16000\n");
    }
    QVERIFY(Importer(&store).importFile(csv).ok);
    RunTableModel model;
    model.setDatabase(store.database());
    QCOMPARE(model.headerData(RunTableModel::Quality, Qt::Horizontal).toString(), QStringLiteral("Quality"));
    model.sort(RunTableModel::Quality, Qt::DescendingOrder);
    const QModelIndex worst = model.index(0, RunTableModel::Quality);
    const auto mask = runquality::Mask(worst.data(RunTableModel::RawValueRole).toUInt());
    QVERIFY(mask != 0);
    // Plain words, and a sentence per failed rule in the tooltip.
    QCOMPARE(worst.data().toString(), runquality::summaryText(mask));
    const QString tip = worst.data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.split(QLatin1Char('\n')).size(), int(runquality::sentences(mask).size()));
    for (runquality::Rule rule : runquality::allRules()) {
        QCOMPARE(worst.data().toString().contains(runquality::ruleTitle(rule)), runquality::fails(mask, rule));
        QCOMPARE(tip.contains(runquality::ruleSentence(rule)), runquality::fails(mask, rule));
    }
    QCOMPARE(worst.data().toString(),
             QStringLiteral("No energy recorded; Energy at or below the fixed overhead; "
                            "Energy per datum zero or negative; Implausible average power"));
    model.sort(RunTableModel::Quality, Qt::AscendingOrder);
    QCOMPARE(model.index(0, RunTableModel::Quality).data().toString(), QStringLiteral("OK"));
    QVERIFY(model.index(0, RunTableModel::Quality).data(Qt::ToolTipRole).toString().contains(QLatin1String("passes")));
    QCOMPARE(model.index(1, RunTableModel::Quality).data().toString(), QStringLiteral("Run time over 75,000 s"));
    QVERIFY(model.index(1, RunTableModel::Quality)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("The run took longer than 75,000 s")));
}
