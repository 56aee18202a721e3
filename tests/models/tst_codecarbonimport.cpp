// CodeCarbon's emissions.csv into the store: the real 28-run file, an old header, refusals, and a
// store holding both BUTTER-E demo runs and CodeCarbon runs. Expected numbers are read from the
// fixtures here (a plain split) and from codecarbon_expected.json (Python's csv and math.fsum,
// tests/fixtures/make_codecarbon_fixtures.py), never from the importer's reader.
#include "../support/demostorecache.h"
#include "../support/pgtestserver.h"

#include <codecarbonimporter.h>
#include <filter.h>
#include <importer.h>
#include <runloader.h>
#include <runquality.h>
#include <schema.h>
#include <store.h>
#include <storesummary.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wattprint;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/") + QLatin1String(name);
}

// The fixture's rows as {column: text}; none of these files quotes a field.
QList<QHash<QString, QString>> plainRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    QList<QHash<QString, QString>> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(QString::fromUtf8(header.at(c)), QString::fromUtf8(fields.value(c)));
        rows.append(row);
    }
    return rows;
}

QJsonObject expected(const char *file)
{
    QFile f(fixture("codecarbon_expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String(file)).toObject();
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestCodeCarbonImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recognisedByHeader();
    void realFileImportsExactly();
    void importingAgainAddsNothing();
    void oldHeaderImportsInTheGivenZone();
    void missingColumnsRefusedNamingThem();
    void badValueNamesFileLineColumn();
    void mixedStoreLoadsAndFilters();
    void version3StoreUpgradesInPlace();
    void summaryListsEachSource();

private:
    QTemporaryDir m_dir;
    // Each store's address: its file, or a database on the test server when the suite runs
    // against PostgreSQL (tests/support/pgtestserver.h).
    testsupport::TestStoreAddress m_addresses;
};

void TestCodeCarbonImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(fixture("emissions_example.csv")));
    QVERIFY(!expected("emissions_example.csv").isEmpty());
}

void TestCodeCarbonImport::recognisedByHeader()
{
    const auto kind = [](const char *header) { return detectFileKind(QByteArray(header).split(',')); };
    QFile f(fixture("emissions_example.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(detectFileKind(f.readLine().trimmed().split(',')), FileKind::CodeCarbon);
    // The newest header has run_id and experiment_id, like BUTTER-E's runs file: still CodeCarbon.
    QCOMPARE(kind("timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,"
                  "gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,"
                  "cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,ram_used_gb,wue"),
             FileKind::CodeCarbon);
    QCOMPARE(kind("timestamp,project_name,duration,emissions,energy_consumed,country_name,country_iso_code,region,"
                  "on_cloud,cloud_provider,cloud_region"),
             FileKind::CodeCarbon);
    QCOMPARE(kind("Timestamp, Duration ,Energy_Consumed"), FileKind::CodeCarbon);
    // BUTTER-E's files are not taken for CodeCarbon's.
    QCOMPARE(kind("run_id,experiment_id,slurm_job_id,start_time,update_time,node,size,depth,shape,dataset,is_gpu,"
                  "batch,energy,run_time"),
             FileKind::Runs);
    QCOMPARE(kind("timestamp,node,watts"), FileKind::PowerTrace);
    QCOMPARE(kind("timestamp,value"), FileKind::Unknown);
    // The device rule and the node type.
    QVERIFY(CodeCarbonImporter::isGpu(1, std::nullopt));
    QVERIFY(CodeCarbonImporter::isGpu(std::nullopt, 1e-9));
    QVERIFY(!CodeCarbonImporter::isGpu(0, 0.0));
    QVERIFY(!CodeCarbonImporter::isGpu(std::nullopt, std::nullopt));
    QCOMPARE(CodeCarbonImporter::nodeType(true, "Intel Xeon", "NVIDIA A100", 4), QByteArray("4 x NVIDIA A100"));
    QCOMPARE(CodeCarbonImporter::nodeType(false, "Intel Xeon", "NVIDIA A100", 0), QByteArray("Intel Xeon"));
}

void TestCodeCarbonImport::realFileImportsExactly()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("real.sqlite"))));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Paris");
    const ImportReport report = Importer(&store).importFile(fixture("emissions_example.csv"), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.accepted, 28);
    QCOMPARE(report.kinds, QStringList{QStringLiteral("codecarbon")});
    QCOMPARE(report.timeZone, QStringLiteral("Europe/Paris"));
    QVERIFY2(report.summary().contains(QStringLiteral("Europe/Paris")), qPrintable(report.summary()));
    const QJsonObject want = expected("emissions_example.csv");
    QCOMPARE(report.withoutEnergy, want.value(QStringLiteral("without_energy")).toInteger());

    const QList<QHash<QString, QString>> rows = plainRows(fixture("emissions_example.csv"));
    QCOMPARE(rows.size(), 28);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT energy, source, project, device, node_type, reported_emissions, cpu_energy, gpu_energy, ram_energy, "
        "run_time, quality, end_ns, start_ns, country_iso, tool_run_id, size, dataset, expected_energy "
        "FROM runs LEFT JOIN run_expectations ON run = runs.id ORDER BY id")));
    int i = 0;
    double inOrder = 0;
    while (q.next()) {
        QVERIFY(i < rows.size());
        const QHash<QString, QString> &row = rows.at(i);
        const QString kwh = row.value(QStringLiteral("energy_consumed"));
        const double joules = kwh.isEmpty() ? 0.0 : 3.6e6 * kwh.toDouble();
        // Exactly the product, not merely close to it.
        QCOMPARE(q.value(0).toDouble(), joules);
        QVERIFY(q.value(0).toDouble() == joules);
        inOrder += joules;
        QCOMPARE(q.value(1).toString(), QStringLiteral("codecarbon"));
        QCOMPARE(q.value(2).toString(), row.value(QStringLiteral("project_name")));
        QCOMPARE(q.value(3).toString(), QStringLiteral("GPU")); // gpu_count 1 in every row
        QCOMPARE(q.value(4).toString(), QStringLiteral("Apple M1"));
        const QString emissions = row.value(QStringLiteral("emissions"));
        QCOMPARE(q.value(5).isNull(), emissions.isEmpty());
        if (!emissions.isEmpty())
            QVERIFY(q.value(5).toDouble() == emissions.toDouble());
        const char *parts[] = {"cpu_energy", "gpu_energy", "ram_energy"};
        for (int p = 0; p < 3; ++p) {
            const QString v = row.value(QLatin1String(parts[p]));
            QCOMPARE(q.value(6 + p).isNull(), v.isEmpty());
            if (!v.isEmpty())
                QVERIFY(q.value(6 + p).toDouble() == 3.6e6 * v.toDouble());
        }
        QVERIFY(q.value(9).toDouble() == row.value(QStringLiteral("duration")).toDouble());
        QCOMPARE(q.value(10).toLongLong() != 0, kwh.isEmpty());
        if (kwh.isEmpty())
            QCOMPARE(q.value(10).toLongLong(), qint64(runquality::bit(runquality::Rule::ZeroEnergy)));
        // Paris is at +02:00 on 31 May 2024.
        const QDateTime end = QDateTime::fromString(row.value(QStringLiteral("timestamp")) + QStringLiteral("+02:00"),
                                                    Qt::ISODate);
        QCOMPARE(q.value(11).toLongLong(), end.toMSecsSinceEpoch() * 1000000);
        QCOMPARE(q.value(12).toLongLong(),
                 q.value(11).toLongLong() - qint64(std::llround(q.value(9).toDouble() * 1e9)));
        QCOMPARE(q.value(13).toString(), QStringLiteral("FRA"));
        QCOMPARE(q.value(14).toString(), row.value(QStringLiteral("run_id")));
        QVERIFY(q.value(15).isNull());
        QVERIFY(q.value(16).isNull());
        QVERIFY(q.value(17).isNull()); // no expectation: the energy model explains BUTTER-E's sweep
        ++i;
    }
    QCOMPARE(i, 28);

    // Per project: the store's total is the file's (Python's exactly rounded sum, and the same
    // products added in file order).
    QVERIFY(q.exec(QStringLiteral("SELECT project, count(*) FROM runs GROUP BY project")));
    const QJsonObject projects = want.value(QStringLiteral("project_joules")).toObject();
    const QJsonObject counts = want.value(QStringLiteral("project_runs")).toObject();
    int seen = 0;
    while (q.next()) {
        ++seen;
        QCOMPARE(q.value(1).toLongLong(), counts.value(q.value(0).toString()).toInteger());
    }
    QCOMPARE(seen, projects.size());
    RunColumns runs;
    QVERIFY2(RunLoader(&store).load(Filter(), &runs, nullptr, &error), qPrintable(error));
    QCOMPARE(runs.rowCount(), std::size_t(28));
    for (auto it = projects.begin(); it != projects.end(); ++it) {
        double sum = 0;
        for (std::size_t r = 0; r < runs.rowCount(); ++r) {
            if (runs.project[r] >= 0 && runs.projectNames.at(runs.project[r]) == it.key())
                sum += runs.energy[r];
        }
        QVERIFY2(std::abs(sum - it.value().toDouble()) <= 1e-12 * it.value().toDouble(),
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(it.key())
                                .arg(sum, 0, 'g', 17)
                                .arg(it.value().toDouble(), 0, 'g', 17)));
        QVERIFY(sum == inOrder);
    }
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM imports WHERE source = 'codecarbon' "
                                   "AND time_zone = 'Europe/Paris'")),
             1);
}

void TestCodeCarbonImport::importingAgainAddsNothing()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("again.sqlite"))));
    QVERIFY(store.open(nullptr));
    Importer importer(&store);
    QVERIFY(importer.importFile(fixture("emissions_example.csv")).ok);
    const ImportReport again = importer.importFile(fixture("emissions_example.csv"));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.accepted, 0);
    QCOMPARE(again.duplicates, 28);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs")), 28);
}

void TestCodeCarbonImport::oldHeaderImportsInTheGivenZone()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("old.sqlite"))));
    QVERIFY(store.open(nullptr));
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Berlin");
    const ImportReport report = Importer(&store).importFile(fixture("emissions_old_header.csv"), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.accepted, 3);
    QVERIFY2(report.summary().contains(QStringLiteral("Europe/Berlin")), qPrintable(report.summary()));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT end_ns, device, cpu_energy, tool_run_id, energy FROM runs ORDER BY id")));
    // 01:30 is still winter time (+01:00) on 28 March 2021; 03:30 is summer time (+02:00).
    const qint64 ends[] = {
        QDateTime::fromString(QStringLiteral("2021-03-28T00:30:00Z"), Qt::ISODate).toSecsSinceEpoch(),
        QDateTime::fromString(QStringLiteral("2021-03-28T01:30:00Z"), Qt::ISODate).toSecsSinceEpoch(),
        QDateTime::fromString(QStringLiteral("2021-04-02T12:05:10Z"), Qt::ISODate).toSecsSinceEpoch()};
    const double kwh[] = {0.000231, 0.0175, 0.0102};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), ends[i] * 1000000000LL);
        QCOMPARE(q.value(1).toString(), QStringLiteral("CPU")); // no GPU column at all
        QVERIFY(q.value(2).isNull());
        QVERIFY(q.value(3).isNull());
        QVERIFY(q.value(4).toDouble() == 3.6e6 * kwh[i]);
    }
    const QJsonObject projects
        = expected("emissions_old_header.csv").value(QStringLiteral("project_joules")).toObject();
    QVERIFY(q.exec(QStringLiteral("SELECT project, sum(energy) FROM runs GROUP BY project")));
    int seen = 0;
    while (q.next()) {
        ++seen;
        const double want = projects.value(q.value(0).toString()).toDouble();
        QVERIFY(want > 0);
        QVERIFY(std::abs(q.value(1).toDouble() - want) <= 1e-12 * want);
    }
    QCOMPARE(seen, 2);
}

void TestCodeCarbonImport::missingColumnsRefusedNamingThem()
{
    // In an empty store and in one holding demo runs: nothing of the refused file is stored.
    for (bool withDemo : {false, true}) {
        const QString path = m_dir.filePath(withDemo ? QStringLiteral("refuse-demo.sqlite")
                                                     : QStringLiteral("refuse.sqlite"));
        if (withDemo) {
            DemoOptions demo;
            demo.runs = 500;
            demo.traceJobs = 0;
            QString error;
            QVERIFY2(testsupport::copyDemoStore(demo, path, &error), qPrintable(error));
        }
        Store store(path);
        QVERIFY(store.open(nullptr));
        const qint64 runs = scalar(store, QStringLiteral("SELECT count(*) FROM runs"));
        const qint64 imports = scalar(store, QStringLiteral("SELECT count(*) FROM imports"));
        QCOMPARE(runs, withDemo ? 500 : 0);
        const ImportReport report = Importer(&store).importFile(fixture("emissions_missing_energy.csv"));
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("emissions_missing_energy.csv")), qPrintable(report.error));
        // Exactly the one column the file lacks.
        QVERIFY2(report.error.contains(QStringLiteral("required column(s) energy_consumed (")),
                 qPrintable(report.error));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs")), runs);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM imports")), imports);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM import_rejections")), 0);
    }
    // A header with only timestamp and project_name is not recognised at all; one lacking two
    // required columns names both.
    const QString two = m_dir.filePath(QStringLiteral("two-missing.csv"));
    {
        QFile f(two);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,project_name,emissions,cpu_energy\n2024-01-01T00:00:00,p,0.1,0.2\n");
    }
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("refuse-two.sqlite"))));
    QVERIFY(store.open(nullptr));
    const ImportReport report = Importer(&store).importFile(two);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("required column(s) duration, energy_consumed (")),
             qPrintable(report.error));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM imports")), 0);
}

void TestCodeCarbonImport::badValueNamesFileLineColumn()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("bad.sqlite"))));
    QVERIFY(store.open(nullptr));
    const ImportReport report = Importer(&store).importFile(fixture("emissions_bad_value.csv"));
    QVERIFY(!report.ok);
    QCOMPARE(report.error,
             QStringLiteral("emissions_bad_value.csv:4: column 'energy_consumed': '0.0o04' is not a number"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM imports")), 0);

    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportReport skipped = Importer(&store).importFile(fixture("emissions_bad_value.csv"), skip);
    QVERIFY2(skipped.ok, qPrintable(skipped.error));
    QCOMPARE(skipped.accepted, 2);
    QCOMPARE(skipped.rejected, 1);
    QCOMPARE(skipped.rejections.first().line, 4);
    QCOMPARE(skipped.rejections.first().column, QStringLiteral("energy_consumed"));
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM runs WHERE device = 'CPU' AND node_type = "
                                   "'Intel Xeon'")),
             2);

    // Values that fit no store field are refused by name, never stored as infinity or wrapped.
    const QList<QPair<QByteArray, QString>> cases = {
        {"2024-06-01T09:00:00,1e12,0.1", QStringLiteral("column 'duration': '1e12' is out of range")},
        {"2024-06-01T09:00:00,60,1e305", QStringLiteral("column 'energy_consumed': '1e305' is out of range")},
        {"2024-06-01T09:00:00,-60,0.1", QStringLiteral("column 'duration': '-60' is negative")},
        {"2250-01-01T00:00:00,60,0.1", QStringLiteral("column 'timestamp': '2250-01-01T00:00:00' is out of range")},
        {"2024-06-01T09:00:00,60,", QString()}, // no energy: stored, marked
    };
    int k = 0;
    for (const auto &[row, message] : cases) {
        const QString path = m_dir.filePath(QStringLiteral("range.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("timestamp,duration,energy_consumed\n" + row + "\n");
        f.close();
        Store one(m_addresses.at(m_dir.filePath(QStringLiteral("range-%1.sqlite").arg(k++))));
        QVERIFY(one.open(nullptr));
        const ImportReport r = Importer(&one).importFile(path);
        if (message.isEmpty()) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.withoutEnergy, 1);
        } else {
            QCOMPARE(r.error, QStringLiteral("range.csv:2: ") + message);
            QCOMPARE(scalar(one, QStringLiteral("SELECT count(*) FROM runs")), 0);
        }
    }
}

void TestCodeCarbonImport::mixedStoreLoadsAndFilters()
{
    const QString path = m_dir.filePath(QStringLiteral("mixed.sqlite"));
    DemoOptions demo;
    demo.runs = 500;
    demo.traceJobs = 0;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(demo, path, &error), qPrintable(error));
    Store store(path);
    QVERIFY(store.open(nullptr));
    const qint64 expectedBefore = scalar(store, QStringLiteral("SELECT count(*) FROM run_expectations"));
    QCOMPARE(expectedBefore, 500);
    const auto expectations = [&store] {
        QStringList rows;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT run, expected_energy FROM run_expectations ORDER BY run"));
        while (q.next())
            rows.append(q.value(0).toString() + QLatin1Char('=') + QString::number(q.value(1).toDouble(), 'g', 17));
        q.exec(QStringLiteral("SELECT fitted_at FROM energy_model"));
        rows.append(q.next() ? q.value(0).toString() : QStringLiteral("no model"));
        return rows;
    };
    const QStringList fittedBefore = expectations();
    const ImportReport report = Importer(&store).importFile(fixture("emissions_example.csv"));
    QVERIFY2(report.ok, qPrintable(report.error));
    // No BUTTER-E run changed, so the model is not fitted again: the same expectations, and the
    // model keeps the time it was fitted at.
    QCOMPARE(expectations(), fittedBefore);
    // The demo runs keep their expectations (the model is fitted on BUTTER-E runs only).
    QCOMPARE(
        scalar(store,
               QStringLiteral("SELECT count(expected_energy) FROM runs LEFT JOIN run_expectations ON run = runs.id "
                              "WHERE source = 'butter-e'")),
        500);
    QCOMPARE(
        scalar(store,
               QStringLiteral("SELECT count(expected_energy) FROM runs LEFT JOIN run_expectations ON run = runs.id "
                              "WHERE source = 'codecarbon'")),
        0);

    RunColumns all;
    QVERIFY2(RunLoader(&store).load(Filter(), &all, nullptr, &error), qPrintable(error));
    all.checkConsistent();
    QCOMPARE(all.rowCount(), std::size_t(528));
    QCOMPARE(all.configuredCount(), std::size_t(500));
    QCOMPARE(all.sourceNames.size(), 2);
    QVERIFY(all.sourceNames.contains(QStringLiteral("butter-e")));
    QVERIFY(all.sourceNames.contains(QStringLiteral("codecarbon")));
    for (std::size_t i = 0; i < all.rowCount(); ++i) {
        const bool cc = all.sourceNames.at(all.source[i]) == QLatin1String("codecarbon");
        QCOMPARE(all.hasConfiguration(i), !cc);
        QCOMPARE(all.project[i] >= 0, cc);
        if (cc) {
            QVERIFY(std::isnan(all.energyOverhead[i]));
            QVERIFY(std::isnan(all.nonOverheadEnergy[i]));
            QVERIFY(std::isnan(all.expectedEnergy[i]));
            QCOMPARE(all.dataset[i], -1);
        }
    }

    Filter bySource;
    bySource.sources = {QStringLiteral("codecarbon")};
    RunColumns cc;
    QVERIFY(RunLoader(&store).load(bySource, &cc, nullptr, &error));
    QCOMPARE(cc.rowCount(), std::size_t(28));
    Filter byProject;
    byProject.projects = {QStringLiteral("codecarbon")};
    QVERIFY(RunLoader(&store).load(byProject, &cc, nullptr, &error));
    QCOMPARE(cc.rowCount(), std::size_t(28));
    bySource.sources = {QStringLiteral("butter-e")};
    QVERIFY(RunLoader(&store).load(bySource, &cc, nullptr, &error));
    QCOMPARE(cc.rowCount(), std::size_t(500));

    // The filter's text form carries both keys.
    const auto parsed = Filter::parse(QStringLiteral("source=CodeCarbon,project=codecarbon|other"), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->sources, QStringList{QStringLiteral("codecarbon")});
    QCOMPARE(parsed->projects, (QStringList{QStringLiteral("codecarbon"), QStringLiteral("other")}));
    QCOMPARE(Filter::parse(parsed->toString(), &error).value(), *parsed);

    // Re-checking quality over the whole store leaves the CodeCarbon runs with only their own rule.
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs WHERE source = 'codecarbon' AND quality != 0")),
             2);
}

void TestCodeCarbonImport::version3StoreUpgradesInPlace()
{
    // A store as schema 3 left it: BUTTER-E columns NOT NULL, no source columns. Opening rebuilds
    // the runs table in place; every run, value and index is kept and the runs are BUTTER-E's.
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    DemoOptions demo;
    demo.runs = 500;
    demo.traceJobs = 0;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(demo, path, &error), qPrintable(error));
    const QString digestSql = QStringLiteral(
        "SELECT count(*), total(energy), total(size), total(depth), total(expected_energy), total(quality), "
        "group_concat(run_id || dataset || shape, '') FROM (SELECT * FROM runs LEFT JOIN run_expectations ON run = "
        "runs.id ORDER BY id)");
    QStringList before;
    {
        Store current(path);
        QVERIFY(current.open(nullptr));
        QSqlQuery q(current.database());
        QVERIFY(q.exec(digestSql) && q.next());
        for (int i = 0; i < 7; ++i)
            before.append(q.value(i).toString());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"DROP TABLE runs", "DROP TABLE run_expectations", "ALTER TABLE imports DROP COLUMN source",
              "ALTER TABLE imports DROP COLUMN time_zone", "PRAGMA user_version = 3"})
            QVERIFY(q.exec(QLatin1String(sql)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    // The runs table from the migrations' own statements, exactly as schemas 1-3 made it, filled
    // from an untouched copy of the same store.
    {
        QVERIFY2(testsupport::copyDemoStore(demo, m_dir.filePath(QStringLiteral("orig.sqlite")), &error),
                 qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3b"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : schema::migrations().at(0)) {
            if (sql.startsWith(QStringLiteral("CREATE TABLE runs "))
                || sql.startsWith(QStringLiteral("CREATE INDEX runs_")))
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN expected_energy REAL")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN quality INTEGER NOT NULL DEFAULT 0")));
        QStringList columns;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('runs')")));
        while (q.next())
            columns.append(q.value(0).toString());
        QCOMPARE(columns.size(), 44);
        QVERIFY(
            q.exec(QStringLiteral("ATTACH DATABASE '%1' AS orig").arg(m_dir.filePath(QStringLiteral("orig.sqlite")))));
        // Expectations were a column of runs then.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (%1) SELECT %1 FROM orig.runs LEFT JOIN "
                                      "orig.run_expectations ON run = orig.runs.id")
                           .arg(columns.join(QLatin1Char(',')))));
        QVERIFY(q.exec(QStringLiteral("DETACH DATABASE orig")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3b"));

    Store store(path);
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(digestSql) && q.next());
    QStringList after;
    for (int i = 0; i < 7; ++i)
        after.append(q.value(i).toString());
    QCOMPARE(after, before);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs WHERE source = 'butter-e'")), 500);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM imports WHERE source = 'butter-e'")),
             scalar(store, QStringLiteral("SELECT count(*) FROM imports")));
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                   "('runs_config', 'runs_start', 'runs_job')")),
             3);
    // And the upgraded store takes CodeCarbon runs.
    QVERIFY(Importer(&store).importFile(fixture("emissions_example.csv")).ok);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs")), 528);
}

void TestCodeCarbonImport::summaryListsEachSource()
{
    const QString path = m_dir.filePath(QStringLiteral("summary.sqlite"));
    DemoOptions demo;
    demo.runs = 500;
    demo.traceJobs = 0;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(demo, path, &error), qPrintable(error));
    Store store(path);
    QVERIFY(store.open(nullptr));
    const StoreSummary before = StoreSummary::compute(&store);
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Paris");
    QVERIFY(Importer(&store).importFile(fixture("emissions_example.csv"), options).ok);
    QVERIFY(Importer(&store).importFile(fixture("emissions_old_header.csv"), options).ok);
    const StoreSummary s = StoreSummary::compute(&store);
    QCOMPARE(s.runs, 531);
    // CodeCarbon runs are no configuration, dataset, shape, size or depth.
    QCOMPARE(s.configurations, before.configurations);
    QCOMPARE(s.byDataset, before.byDataset);
    QCOMPARE(s.sizes, before.sizes);
    QCOMPARE(s.depths, before.depths);
    QCOMPARE(s.bySource.size(), 2);
    QVERIFY(s.bySource.at(0).synthetic);
    QCOMPARE(s.bySource.at(0).runs, 500);
    QCOMPARE(s.bySource.at(1).source, QStringLiteral("codecarbon"));
    QCOMPARE(s.bySource.at(1).files,
             (QStringList{QStringLiteral("emissions_example.csv"), QStringLiteral("emissions_old_header.csv")}));
    QCOMPARE(s.bySource.at(1).runs, 31);
    QCOMPARE(s.bySource.at(1).timeZones, QStringList{QStringLiteral("Europe/Paris")});
    QVERIFY2(s.bySource.at(1).describe().contains(QStringLiteral("emissions_example.csv")),
             qPrintable(s.bySource.at(1).describe()));
    QCOMPARE(s.byProject.value(QStringLiteral("codecarbon")), 28);
    QCOMPARE(s.byProject.value(QStringLiteral("resnet-sweep")), 2);
    QCOMPARE(s.byProject.size(), 3);
    const QJsonObject want = expected("emissions_example.csv").value(QStringLiteral("project_joules")).toObject();
    const double joules = want.value(QStringLiteral("codecarbon")).toDouble();
    QVERIFY(std::abs(s.projectEnergyJ.value(QStringLiteral("codecarbon")) - joules) <= 1e-12 * joules);
    // France's grid intensity from CodeCarbon's own file, and CodeCarbon's reported emissions
    // (the file's sum) beside those recomputed from the energy at that intensity.
    const SourceSummary &cc = s.bySource.at(1);
    QCOMPARE(cc.countries.size(), 2);
    QCOMPARE(cc.countries.at(0).iso, QStringLiteral("FRA"));
    QCOMPARE(cc.countries.at(0).runs, 28);
    double reported = 0;
    for (const auto &row : plainRows(fixture("emissions_example.csv")))
        reported += row.value(QStringLiteral("emissions")).toDouble();
    QVERIFY(std::abs(cc.countries.at(0).reportedKg - reported) <= 1e-12 * reported);
    QVERIFY(cc.countries.at(0).gramsPerKwh.has_value());
    const double fra = *cc.countries.at(0).gramsPerKwh;
    QVERIFY(fra > 10 && fra < 200); // a mostly nuclear grid
    QVERIFY(std::abs(*cc.countries.at(0).recomputedKg - cc.countries.at(0).energyJ / 3.6e6 * fra / 1000)
            <= 1e-12 * *cc.countries.at(0).recomputedKg);
    QCOMPARE(cc.countries.at(1).iso, QStringLiteral("DEU"));
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("by_source")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("by_project")).toObject().value(QStringLiteral("codecarbon")).toInt(), 28);

    // Measured BUTTER-E runs are listed with the data set's citation.
    Store real(m_dir.filePath(QStringLiteral("summary-real.sqlite")));
    QVERIFY(real.open(nullptr));
    const QString runs = m_dir.filePath(QStringLiteral("runs.csv"));
    {
        QFile f(runs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("run_id,experiment_id,slurm_job_id,start_time,update_time,node,size,depth,shape,dataset,is_gpu,batch,"
                "energy,run_time,power,non_overhead_energy\n"
                "a-1,7,9,2022-10-01 00:00:00,2022-10-01 00:10:00,r1i0n0,64,3,rectangle,banana,False,energy_2_cpu,"
                "30000,100,300,16000\n"
                "a-2,7,9,2022-10-01 00:00:00,2022-10-01 00:10:00,r1i0n0,64,3,rectangle,banana,False,energy_2_cpu,"
                "31000,101,300,17000\n");
    }
    const ImportReport r = Importer(&real).importFile(runs);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(Importer(&real).importFile(fixture("emissions_example.csv")).ok);
    const StoreSummary both = StoreSummary::compute(&real);
    QCOMPARE(both.bySource.size(), 2);
    QCOMPARE(both.bySource.at(0).name, QStringLiteral("BUTTER-E"));
    QVERIFY(both.bySource.at(0).citation.contains(QStringLiteral("Tripp")));
    QVERIFY(both.bySource.at(0).describe().contains(QStringLiteral("doi:10.25984/2329316")));
    QCOMPARE(both.bySource.at(0).runs, r.accepted);
    QCOMPARE(both.bySource.at(1).name, QStringLiteral("CodeCarbon"));
}

QTEST_GUILESS_MAIN(TestCodeCarbonImport)
#include "tst_codecarbonimport.moc"
