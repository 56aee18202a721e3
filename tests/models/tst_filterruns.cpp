// The runs a filter keeps, chosen in memory from the whole store (filterRuns, StoreSnapshot),
// against the same filter run as SQL by RunLoader: every column, every dictionary, in order.
#include "../support/demostorecache.h"

#include <filter.h>
#include <filterruns.h>
#include <importer.h>
#include <runloader.h>
#include <store.h>
#include <storesnapshot.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace wattprint;

namespace {

// Bit-for-bit, so NaN equals NaN.
template<typename T>
bool sameColumn(const std::vector<T> &a, const std::vector<T> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

// Empty where the two agree, else the first column that differs.
QString difference(const RunColumns &sql, const RunColumns &memory)
{
#define WATTPRINT_SAME(member)                                                                                         \
    if (!sameColumn(sql.member, memory.member))                                                                        \
        return QStringLiteral(#member);
    WATTPRINT_SAME(id)
    WATTPRINT_SAME(dataset)
    WATTPRINT_SAME(shape)
    WATTPRINT_SAME(nodeType)
    WATTPRINT_SAME(batch)
    WATTPRINT_SAME(source)
    WATTPRINT_SAME(project)
    WATTPRINT_SAME(size)
    WATTPRINT_SAME(depth)
    WATTPRINT_SAME(isGpu)
    WATTPRINT_SAME(slurmJobId)
    WATTPRINT_SAME(startNs)
    WATTPRINT_SAME(energy)
    WATTPRINT_SAME(runTime)
    WATTPRINT_SAME(power)
    WATTPRINT_SAME(nonOverheadEnergy)
    WATTPRINT_SAME(energyOverhead)
    WATTPRINT_SAME(energyPerEpoch)
    WATTPRINT_SAME(energyPerDatum)
    WATTPRINT_SAME(expectedEnergy)
    WATTPRINT_SAME(cpuEnergy)
    WATTPRINT_SAME(gpuEnergy)
    WATTPRINT_SAME(ramEnergy)
    WATTPRINT_SAME(quality)
#undef WATTPRINT_SAME
    if (sql.datasetNames != memory.datasetNames)
        return QStringLiteral("datasetNames");
    if (sql.shapeNames != memory.shapeNames)
        return QStringLiteral("shapeNames");
    if (sql.nodeTypeNames != memory.nodeTypeNames)
        return QStringLiteral("nodeTypeNames");
    if (sql.batchNames != memory.batchNames)
        return QStringLiteral("batchNames");
    if (sql.sourceNames != memory.sourceNames)
        return QStringLiteral("sourceNames");
    if (sql.projectNames != memory.projectNames)
        return QStringLiteral("projectNames");
    return {};
}

} // namespace

class TestFilterRuns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    RunColumns m_all;

    QString readInOne();

private slots:
    void initTestCase();
    void sameRunsAsTheQuery_data();
    void sameRunsAsTheQuery();
    void snapshotSharesTheWholeStoreAndSelects();
    void cancelledSelectionReturnsNothing();
    void halvesReadAsOne_data();
    void halvesReadAsOne();
    void busyWriterReadsInOne();
    void openStatementReadsInOne();
};

void TestFilterRuns::initTestCase()
{
    // Demo runs and CodeCarbon runs (no configuration, projects, energy parts) in one store.
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("mixed.sqlite"));
    DemoOptions demo;
    demo.runs = 2000;
    demo.traceJobs = 0;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(demo, m_path, &error), qPrintable(error));
    m_store = std::make_unique<Store>(m_path);
    QVERIFY(m_store->open(&error));
    for (const char *name : {"emissions_example.csv", "emissions_teams.csv"}) {
        const ImportReport report = Importer(m_store.get())
                                        .importFile(QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/")
                                                    + QLatin1String(name));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    QVERIFY2(RunLoader(m_store.get()).load(Filter(), &m_all, nullptr, &error), qPrintable(error));
    QVERIFY(m_all.hasParts());
    QVERIFY(m_all.projectNames.size() >= 2);
    // Every importer derives the device from is_gpu: the selection reads it from isGpu.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE (device = 'GPU') <> (is_gpu = 1)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
}

void TestFilterRuns::sameRunsAsTheQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("someButNotAll");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("device") << QStringLiteral("device=gpu") << true;
    QTest::newRow("both devices") << QStringLiteral("device=cpu|gpu") << false;
    QTest::newRow("dataset") << QStringLiteral("dataset=mnist") << true;
    QTest::newRow("datasets") << QStringLiteral("dataset=mnist|adult|no_such_dataset") << true;
    QTest::newRow("size range") << QStringLiteral("size=1024..65536") << true;
    QTest::newRow("size from") << QStringLiteral("size=65536..") << true;
    QTest::newRow("depth") << QStringLiteral("depth=3..6") << true;
    QTest::newRow("shape and device") << QStringLiteral("shape=rectangle,device=cpu") << true;
    QTest::newRow("source") << QStringLiteral("source=codecarbon") << true;
    QTest::newRow("project") << QStringLiteral("project=codecarbon") << true;
    QTest::newRow("nothing") << QStringLiteral("dataset=no_such_dataset") << false;
}

void TestFilterRuns::sameRunsAsTheQuery()
{
    QFETCH(QString, text);
    QFETCH(bool, someButNotAll);
    QString error;
    const std::optional<Filter> parsed = text.isEmpty() ? Filter() : Filter::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QList<Filter> filters{*parsed};
    // The ranges and the run list a brush or a selection makes.
    Filter brushed = *parsed;
    brushed.ranges.insert(QStringLiteral("energy"), {1e3, 5e5});
    brushed.ranges.insert(QStringLiteral("energy_per_datum"), {0, 1e-3}); // NULL for CodeCarbon runs
    filters.append(brushed);
    Filter picked = *parsed;
    for (std::size_t i = 0; i < m_all.rowCount(); i += 7)
        picked.runIds.append(m_all.id[i]);
    picked.runIds.append(-5); // no such run
    filters.append(picked);
    picked.excludeRunIds = true;
    filters.append(picked);
    Filter nodes = *parsed;
    nodes.nodeTypes = {m_all.nodeTypeNames.value(0)};
    nodes.batches = {m_all.batchNames.value(0)};
    nodes.ranges.insert(QStringLiteral("depth"), {2, 5});
    filters.append(nodes);

    for (const Filter &f : std::as_const(filters)) {
        RunColumns sql, memory;
        QVERIFY2(RunLoader(m_store.get()).load(f, &sql, nullptr, &error), qPrintable(error));
        QVERIFY(filterRuns(m_all, f, &memory));
        memory.checkConsistent();
        const QString differs = difference(sql, memory);
        QVERIFY2(differs.isEmpty(), qPrintable(f.toString() + QStringLiteral(": ") + differs));
    }
    RunColumns first;
    QVERIFY(filterRuns(m_all, *parsed, &first));
    if (someButNotAll)
        QVERIFY(first.rowCount() > 0 && first.rowCount() < m_all.rowCount());
}

void TestFilterRuns::snapshotSharesTheWholeStoreAndSelects()
{
    StoreSnapshot snapshot(m_path);
    QString error;
    const auto everything = snapshot.select(Filter(), nullptr, &error);
    QVERIFY2(everything, qPrintable(error));
    QCOMPARE(difference(m_all, *everything), QString());
    // Read once: the same copy again, and a filter chooses from it.
    QCOMPARE(snapshot.select(Filter(), nullptr, &error).get(), everything.get());
    Filter gpu;
    gpu.devices = {QStringLiteral("GPU")};
    const auto some = snapshot.select(gpu, nullptr, &error);
    RunColumns sql;
    QVERIFY(RunLoader(m_store.get()).load(gpu, &sql, nullptr, &error));
    QCOMPARE(difference(sql, *some), QString());

    // A store that cannot be read says why, and a snapshot given up on reads nothing.
    const QString garbage = m_dir.filePath(QStringLiteral("not-a-store.sqlite"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    StoreSnapshot missing(garbage);
    QVERIFY(!missing.select(Filter(), nullptr, &error));
    QVERIFY(!error.isEmpty());
    StoreSnapshot abandoned(m_path);
    abandoned.abandon();
    error.clear();
    QVERIFY(!abandoned.select(Filter(), nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestFilterRuns::cancelledSelectionReturnsNothing()
{
    std::atomic_bool cancel{true};
    RunColumns out;
    Filter f;
    f.devices = {QStringLiteral("CPU")};
    QVERIFY(!filterRuns(m_all, f, &out, &cancel));
}

void TestFilterRuns::halvesReadAsOne_data()
{
    sameRunsAsTheQuery_data();
}

// A store read in two halves of its ids at once gives what one read gives: the CodeCarbon runs,
// with the only parts, projects and their source, are all in the second half here.
void TestFilterRuns::halvesReadAsOne()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<Filter> parsed = text.isEmpty() ? Filter() : Filter::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    RunColumns one, halves;
    const std::int64_t usual = RunLoader::setParallelLoadMinRuns(std::numeric_limits<std::int64_t>::max());
    const int halved = RunLoader::halvedLoadCount();
    QVERIFY2(RunLoader(m_store.get()).load(*parsed, &one, nullptr, &error), qPrintable(error));
    QCOMPARE(RunLoader::halvedLoadCount(), halved);
    RunLoader::setParallelLoadMinRuns(2);
    const bool loaded = RunLoader(m_store.get()).load(*parsed, &halves, nullptr, &error);
    RunLoader::setParallelLoadMinRuns(usual);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(RunLoader::halvedLoadCount(), halved + 1);
    halves.checkConsistent();
    const QString differs = difference(one, halves);
    QVERIFY2(differs.isEmpty(), qPrintable(text + QStringLiteral(": ") + differs));
    if (text.isEmpty())
        QVERIFY(difference(m_all, halves).isEmpty());
}

// Empty if the whole store, read where it could be read in halves, was read on one connection
// and gave every run; else what went wrong.
QString TestFilterRuns::readInOne()
{
    RunColumns runs;
    QString error;
    const std::int64_t usual = RunLoader::setParallelLoadMinRuns(2);
    const int halved = RunLoader::halvedLoadCount();
    const bool loaded = RunLoader(m_store.get()).load(Filter(), &runs, nullptr, &error);
    RunLoader::setParallelLoadMinRuns(usual);
    if (!loaded)
        return error;
    if (RunLoader::halvedLoadCount() != halved)
        return QStringLiteral("read in halves");
    const QString differs = difference(m_all, runs);
    return differs.isEmpty() ? QString() : QStringLiteral("differs in ") + differs;
}

// While another connection writes, the two reads could see different commits: the store is
// then read on one connection, with the same result.
void TestFilterRuns::busyWriterReadsInOne()
{
    QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    writer.setDatabaseName(m_path);
    QVERIFY(writer.open());
    {
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const QString problem = readInOne();
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    writer.close();
    writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

// A statement still stepping on the store's own connection holds an older snapshot than a
// second connection would take: the store is then read on that connection alone.
void TestFilterRuns::openStatementReadsInOne()
{
    QSqlQuery open(m_store->database());
    open.setForwardOnly(true);
    QVERIFY(open.exec(QStringLiteral("SELECT id FROM runs")));
    QVERIFY(open.next());
    const QString problem = readInOne();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFilterRuns)
#include "tst_filterruns.moc"
