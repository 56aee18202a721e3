// An energy CSV of any tool imported through a column mapping: a file in Wh and minutes whose
// energies, durations and per-project totals must equal expected.json, which Python computes
// from the file on its own (tests/fixtures/mapped/make_expected.py); refusals naming the file,
// line and column or the missing columns with nothing stored; and saved mappings read back.
#include "../support/pgtestserver.h"

#include <columnmapping.h>
#include <columnmappingstore.h>
#include <filter.h>
#include <importer.h>
#include <store.h>

#include <QDateTime>
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
    return QStringLiteral(WATTPRINT_FIXTURES "/mapped/") + QLatin1String(name);
}

QJsonObject expected()
{
    QFile f(fixture("expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

ColumnMapping fixtureMapping()
{
    ColumnMapping m;
    m.name = QStringLiteral("lab sheet");
    m.energyColumn = QStringLiteral("Energy (Wh)");
    m.energyUnit = ColumnMapping::EnergyUnit::WattHour;
    m.durationColumn = QStringLiteral("Duration (min)");
    m.durationUnit = ColumnMapping::DurationUnit::Minute;
    m.runColumn = QStringLiteral("Model");
    m.projectColumn = QStringLiteral("Project");
    m.hardwareColumn = QStringLiteral("Device");
    m.startColumn = QStringLiteral("Started");
    m.cpuEnergyColumn = QStringLiteral("CPU part (Wh)");
    m.gpuEnergyColumn = QStringLiteral("GPU part (Wh)");
    return m;
}

} // namespace

class TestMappedImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conversionsAreExact();
    void guessesFromHeaderNames();
    void unknownHeaderIsOfferedForMapping();
    void mappedFileImportsExactly();
    void importingAgainAddsNothing();
    void badRowNamesFileLineColumnAndStoresNothing();
    void missingMappedColumnRefusedNamingIt();
    void savedMappingsRoundTrip();

private:
    QTemporaryDir m_dir;
    // Each store's address: its file, or a database on the test server when the suite runs
    // against PostgreSQL (tests/support/pgtestserver.h).
    testsupport::TestStoreAddress m_addresses;
};

void TestMappedImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!expected().isEmpty());
}

void TestMappedImport::conversionsAreExact()
{
    using E = ColumnMapping::EnergyUnit;
    using D = ColumnMapping::DurationUnit;
    QVERIFY(ColumnMapping::toJoules(2.5, E::Joule) == 2.5);
    QVERIFY(ColumnMapping::toJoules(2.5, E::Kilojoule) == 2500.0);
    QVERIFY(ColumnMapping::toJoules(2.5, E::Megajoule) == 2.5e6);
    QVERIFY(ColumnMapping::toJoules(1.0, E::WattHour) == 3600.0);
    QVERIFY(ColumnMapping::toJoules(1.0, E::KilowattHour) == 3.6e6);
    QVERIFY(ColumnMapping::toJoules(0.1, E::KilowattHour) == 0.1 * 3.6e6);
    QVERIFY(ColumnMapping::toSeconds(1500.0, D::Millisecond) == 1.5);
    QVERIFY(ColumnMapping::toSeconds(3.0, D::Millisecond) == 0.003); // a division: x 0.001 gives 0.003000...04
    QVERIFY(ColumnMapping::toSeconds(2.0, D::Minute) == 120.0);
    QVERIFY(ColumnMapping::toSeconds(0.5, D::Hour) == 1800.0);
    for (E u : ColumnMapping::energyUnits())
        QCOMPARE(ColumnMapping::energyUnitFromName(ColumnMapping::unitName(u)), u);
    for (D u : ColumnMapping::durationUnits())
        QCOMPARE(ColumnMapping::durationUnitFromName(ColumnMapping::unitName(u)), u);
    QCOMPARE(ColumnMapping::energyUnitFromName(QStringLiteral("kwh")), E::KilowattHour);
    QVERIFY(!ColumnMapping::energyUnitFromName(QStringLiteral("mJ"))); // millijoules are no megajoules
    QVERIFY(!ColumnMapping::durationUnitFromName(QStringLiteral("days")));
}

void TestMappedImport::guessesFromHeaderNames()
{
    QFile f(fixture("runs_wh_minutes.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(f.readLine().trimmed()).split(QLatin1Char(','));
    ColumnMapping want = fixtureMapping();
    want.name.clear();
    QCOMPARE(ColumnMapping::guess(header), want);

    const ColumnMapping other = ColumnMapping::guess({QStringLiteral("job_id"), QStringLiteral("timestamp"),
                                                      QStringLiteral("energy_kwh"), QStringLiteral("runtime_ms"),
                                                      QStringLiteral("gpu"), QStringLiteral("project_name")});
    QCOMPARE(other.energyColumn, QStringLiteral("energy_kwh"));
    QCOMPARE(other.energyUnit, ColumnMapping::EnergyUnit::KilowattHour);
    QCOMPARE(other.durationColumn, QStringLiteral("runtime_ms"));
    QCOMPARE(other.durationUnit, ColumnMapping::DurationUnit::Millisecond);
    QCOMPARE(other.startColumn, QStringLiteral("timestamp"));
    QCOMPARE(other.hardwareColumn, QStringLiteral("gpu"));
    QCOMPARE(other.projectColumn, QStringLiteral("project_name"));
    QCOMPARE(other.runColumn, QStringLiteral("job_id"));
    // Nothing plausible: nothing guessed, and the mapping is not complete.
    const ColumnMapping none = ColumnMapping::guess({QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(!none.isComplete());
    QVERIFY(none.columns().isEmpty());
}

void TestMappedImport::unknownHeaderIsOfferedForMapping()
{
    QVERIFY(!Importer::recognises(fixture("runs_wh_minutes.csv")));
    QVERIFY(Importer::recognises(QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv")));
    QVERIFY(Importer::recognises(m_dir.filePath(QStringLiteral("no-such-file.csv"))));
    // Without a mapping the file is refused as before.
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("unmapped.sqlite"))));
    QVERIFY(store.open(nullptr));
    const ImportReport report = Importer(&store).importFile(fixture("runs_wh_minutes.csv"));
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("neither a BUTTER-E nor a CodeCarbon file")),
             qPrintable(report.error));
}

void TestMappedImport::mappedFileImportsExactly()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("mapped.sqlite"))));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Berlin");
    options.mapping = fixtureMapping();
    const ImportReport report = Importer(&store).importFile(fixture("runs_wh_minutes.csv"), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.accepted, 10);
    QCOMPARE(report.kinds, QStringList{QStringLiteral("csv")});
    QCOMPARE(report.timeZone, QStringLiteral("Europe/Berlin"));
    const QJsonObject want = expected();
    const QJsonArray runs = want.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 10);

    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT energy, run_time, cpu_energy, gpu_energy, source, tool_run_id, device, "
                                  "node_type, start_ns, end_ns, power, quality, dataset, size FROM runs ORDER BY id")));
    int i = 0;
    while (q.next()) {
        QVERIFY(i < runs.size());
        const QJsonObject r = runs.at(i).toObject();
        // Exactly the products Python computed, not merely close to them.
        QVERIFY2(q.value(0).toDouble() == r.value(QStringLiteral("joules")).toDouble(), qPrintable(QString::number(i)));
        QVERIFY(q.value(1).toDouble() == r.value(QStringLiteral("seconds")).toDouble());
        for (int p = 0; p < 2; ++p) {
            const QJsonValue part = r.value(p == 0 ? QStringLiteral("cpu_joules") : QStringLiteral("gpu_joules"));
            QCOMPARE(q.value(2 + p).isNull(), part.isNull());
            if (!part.isNull())
                QVERIFY(q.value(2 + p).toDouble() == part.toDouble());
        }
        QCOMPARE(q.value(4).toString(), QStringLiteral("csv"));
        QCOMPARE(q.value(5).toString(), r.value(QStringLiteral("model")).toString());
        QVERIFY(q.value(9).toLongLong() - q.value(8).toLongLong() == qint64(std::llround(q.value(1).toDouble() * 1e9)));
        QVERIFY(q.value(10).toDouble() == q.value(0).toDouble() / q.value(1).toDouble());
        QCOMPARE(q.value(11).toLongLong() != 0, q.value(0).toDouble() == 0.0); // only "No energy recorded"
        QVERIFY(q.value(12).isNull());
        QVERIFY(q.value(13).isNull());
        ++i;
    }
    QCOMPARE(i, 10);
    // Device and node type from the hardware column; "GPU"/"CPU" alone give no node type.
    QVERIFY(q.exec(QStringLiteral("SELECT device, coalesce(node_type, '-') FROM runs ORDER BY id")));
    const char *devices[][2] = {{"GPU", "NVIDIA A100"}, {"GPU", "NVIDIA A100"},
                                {"GPU", "NVIDIA A100"}, {"GPU", "2 x NVIDIA H100"},
                                {"GPU", "-"},           {"GPU", "-"},
                                {"GPU", "-"},           {"CPU", "-"},
                                {"CPU", "-"},           {"CPU", "Intel Xeon Gold 6248"}};
    for (const auto &d : devices) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QLatin1String(d[0]));
        QCOMPARE(q.value(1).toString(), QLatin1String(d[1]));
    }
    // Starts in Berlin's zone: 01:30 on 31 March 2024 is still +01:00, 03:30 already +02:00; a
    // "T" time reads the same.
    QVERIFY(q.exec(QStringLiteral("SELECT start_ns FROM runs ORDER BY id LIMIT 4")));
    for (const char *utc :
         {"2024-03-30T21:15:00Z", "2024-03-31T00:30:00Z", "2024-03-31T01:30:00Z", "2024-04-02T07:00:00Z"}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(),
                 QDateTime::fromString(QLatin1String(utc), Qt::ISODate).toMSecsSinceEpoch() * 1000000);
    }
    // Per project: the store's sums equal Python's exactly rounded ones.
    const QJsonObject projects = want.value(QStringLiteral("project_joules")).toObject();
    const QJsonObject counts = want.value(QStringLiteral("project_runs")).toObject();
    QVERIFY(q.exec(QStringLiteral("SELECT project, count(*), sum(energy) FROM runs GROUP BY project")));
    int seen = 0;
    while (q.next()) {
        ++seen;
        const QString project = q.value(0).toString();
        QCOMPARE(q.value(1).toLongLong(), counts.value(project).toInteger());
        const double joules = projects.value(project).toDouble();
        QVERIFY(joules > 0);
        QVERIFY2(std::abs(q.value(2).toDouble() - joules) <= 1e-12 * joules,
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(project)
                                .arg(q.value(2).toDouble(), 0, 'g', 17)
                                .arg(joules, 0, 'g', 17)));
    }
    QCOMPARE(seen, 3);
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM imports WHERE source = 'csv' "
                                   "AND time_zone = 'Europe/Berlin'")),
             1);
    QCOMPARE(Filter::sourceName(QStringLiteral("csv")), QStringLiteral("CSV"));
}

void TestMappedImport::importingAgainAddsNothing()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("again.sqlite"))));
    QVERIFY(store.open(nullptr));
    ImportOptions options;
    options.mapping = fixtureMapping();
    options.mapping->startColumn.clear(); // the runs then end at the import: still the same rows
    Importer importer(&store);
    const ImportReport first = importer.importFile(fixture("runs_wh_minutes.csv"), options);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.timeZone.isEmpty()); // no time was read
    const ImportReport again = importer.importFile(fixture("runs_wh_minutes.csv"), options);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.accepted, 0);
    QCOMPARE(again.duplicates, 10);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs")), 10);
}

void TestMappedImport::badRowNamesFileLineColumnAndStoresNothing()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("bad.sqlite"))));
    QVERIFY(store.open(nullptr));
    ImportOptions options;
    options.mapping = fixtureMapping();
    const ImportReport report = Importer(&store).importFile(fixture("runs_bad_row.csv"), options);
    QVERIFY(!report.ok);
    QCOMPARE(report.error, QStringLiteral("runs_bad_row.csv:4: column 'Energy (Wh)': '1O33.3' is not a number"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM imports")), 0);
    // Skipping invalid rows stores the good ones and records the bad one.
    options.skipInvalid = true;
    const ImportReport skipped = Importer(&store).importFile(fixture("runs_bad_row.csv"), options);
    QVERIFY2(skipped.ok, qPrintable(skipped.error));
    QCOMPARE(skipped.accepted, 2);
    QCOMPARE(skipped.rejected, 1);
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM import_rejections WHERE line = 4 "
                                   "AND column_name = 'Energy (Wh)'")),
             1);
    // A zero or negative duration is refused too.
    const QString zero = m_dir.filePath(QStringLiteral("zero.csv"));
    {
        QFile f(zero);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Energy (Wh),Duration (min)\n1,2\n3,0\n");
    }
    ColumnMapping minimal;
    minimal.energyColumn = QStringLiteral("energy (wh)"); // names compare case-insensitively
    minimal.durationColumn = QStringLiteral("Duration (min)");
    options.mapping = minimal;
    options.skipInvalid = false;
    const ImportReport zeroReport = Importer(&store).importFile(zero, options);
    QVERIFY(!zeroReport.ok);
    QCOMPARE(zeroReport.error, QStringLiteral("zero.csv:3: column 'Duration (min)': '0' must be positive"));
}

void TestMappedImport::missingMappedColumnRefusedNamingIt()
{
    Store store(m_addresses.at(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    QVERIFY(store.open(nullptr));
    ImportOptions options;
    options.mapping = fixtureMapping();
    options.mapping->projectColumn = QStringLiteral("Team");
    options.mapping->energyColumn = QStringLiteral("Energy (kWh)");
    const ImportReport report = Importer(&store).importFile(fixture("runs_wh_minutes.csv"), options);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(QStringLiteral("runs_wh_minutes.csv: the file lacks the column(s) "
                                                    "'Energy (kWh)', 'Team' that the mapping lab sheet names")),
             qPrintable(report.error));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM runs")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM imports")), 0);
}

void TestMappedImport::savedMappingsRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("config/column-mappings.json"));
    ColumnMappingStore mappings(path);
    QVERIFY(mappings.names().isEmpty()); // no file yet
    QString error;
    ColumnMapping unnamed = fixtureMapping();
    unnamed.name.clear();
    QVERIFY(!mappings.save(unnamed, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(mappings.save(fixtureMapping(), &error), qPrintable(error));
    ColumnMapping second;
    second.name = QStringLiteral("Zeus meter");
    second.energyColumn = QStringLiteral("joules");
    second.energyUnit = ColumnMapping::EnergyUnit::Joule;
    second.durationColumn = QStringLiteral("ms");
    second.durationUnit = ColumnMapping::DurationUnit::Millisecond;
    QVERIFY2(mappings.save(second, &error), qPrintable(error));
    // Another object on the same file sees both (the app and the command line share it).
    const ColumnMappingStore reread(path);
    QCOMPARE(reread.names(), (QStringList{QStringLiteral("lab sheet"), QStringLiteral("Zeus meter")}));
    QCOMPARE(reread.find(QStringLiteral("lab sheet")), std::optional<ColumnMapping>(fixtureMapping()));
    QCOMPARE(reread.find(QStringLiteral("Zeus meter")), std::optional<ColumnMapping>(second));
    QVERIFY(!reread.find(QStringLiteral("nothing")));
    // Saving under a name again replaces it; removing takes it away.
    second.energyUnit = ColumnMapping::EnergyUnit::Kilojoule;
    QVERIFY(mappings.save(second, &error));
    QCOMPARE(reread.find(QStringLiteral("Zeus meter"))->energyUnit, ColumnMapping::EnergyUnit::Kilojoule);
    QVERIFY(mappings.remove(QStringLiteral("lab sheet"), &error));
    QCOMPARE(reread.names(), QStringList{QStringLiteral("Zeus meter")});
    // A damaged file is reported, not taken for an empty one.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
    }
    error.clear();
    QVERIFY(reread.names(&error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("column-mappings.json")), qPrintable(error));
}

QTEST_MAIN(TestMappedImport)
#include "tst_mappedimport.moc"
