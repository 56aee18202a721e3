// Importing into a store on a PostgreSQL server (docs/postgresql.md, "Importing into a server"):
// the same files imported into an SQLite file and into a server store give the same reports and
// the same rows, table by table; a bad row or a conflict refuses the file on both with the same
// message and leaves the server as it was. The slots skip unless WATTPRINT_TEST_POSTGRES names a
// server (bash scripts/with-postgres.sh ctest -R tst_serverimport).
#include "../support/pgtestserver.h"

#include <columnmapping.h>
#include <demogenerator.h>
#include <expectedenergystore.h>
#include <importer.h>
#include <schema.h>
#include <store.h>

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wattprint;

namespace {

QString text(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

// Every row of a table as text, import ids replaced by the import's file name (the two engines
// number imports alike only while no import fails), row ids left out.
QStringList dump(Store *store, const QString &table, const QString &orderBy)
{
    QStringList select;
    for (const schema::TableSpec &spec : schema::currentTables()) {
        if (spec.name != table)
            continue;
        for (const schema::ColumnSpec &c : spec.columns) {
            if (c.name == QLatin1String("id") || c.name == QLatin1String("imported_at"))
                continue;
            if (c.name.endsWith(QLatin1String("import_id")))
                select.append(QStringLiteral("(SELECT i.source_path FROM imports i WHERE i.id = t.%1)").arg(c.name));
            else
                select.append(QStringLiteral("t.") + c.name);
        }
    }
    QSqlQuery q(store->database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM %2 t ORDER BY %3").arg(select.join(QStringLiteral(", ")), table, orderBy)))
        return {q.lastError().text()};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < select.size(); ++i)
            values.append(text(q.value(i)));
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList dumpAll(Store *store)
{
    QStringList all;
    const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("imports"), QStringLiteral("t.source_path, t.kind, t.rows_accepted, t.rows_duplicate")},
        {QStringLiteral("runs"), QStringLiteral("t.run_id")},
        {QStringLiteral("power_samples"), QStringLiteral("t.job, t.node, t.time_ns")},
        {QStringLiteral("nodes"), QStringLiteral("t.node")},
        {QStringLiteral("import_rejections"), QStringLiteral("t.entry, t.line, t.column_name")},
    };
    for (const auto &[table, order] : tables) {
        const QStringList rows = dump(store, table, order);
        all.append(QStringLiteral("%1: %2 rows").arg(table).arg(rows.size()));
        for (const QString &row : rows)
            all.append(table + QStringLiteral(": ") + row);
    }
    return all;
}

// run_id -> expected energy.
QHash<QString, double> expectations(Store *store)
{
    QHash<QString, double> out;
    QSqlQuery q(store->database());
    q.exec(QStringLiteral("SELECT run_id, expected_energy FROM runs JOIN run_expectations ON run = runs.id"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toDouble());
    return out;
}

QString reportText(const ImportReport &r)
{
    QStringList rules;
    for (auto it = r.qualityByRule.cbegin(); it != r.qualityByRule.cend(); ++it)
        rules.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    QStringList conflicts;
    for (const ImportIssue &issue : r.conflictIssues)
        conflicts.append(issue.message());
    QStringList rejections;
    for (const ImportIssue &issue : r.rejections)
        rejections.append(issue.message());
    return QStringLiteral("ok=%1 error=%2 kinds=%3 accepted=%4 rejected=%5 duplicates=%6 conflicts=%7 synthetic=%8 "
                          "quality=%9 [%10] conflicts: %11 rejections: %12 withoutEnergy=%13")
        .arg(r.ok)
        .arg(r.error, r.kinds.join(QLatin1Char('+')))
        .arg(r.accepted)
        .arg(r.rejected)
        .arg(r.duplicates)
        .arg(r.conflicts)
        .arg(r.synthetic)
        .arg(r.qualityFlagged)
        .arg(rules.join(QLatin1Char(',')), conflicts.join(QStringLiteral(" / ")),
             rejections.join(QStringLiteral(" / ")))
        .arg(r.withoutEnergy);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray demoRunsCsv(qint64 runs)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DemoOptions options;
    options.runs = runs;
    DemoGenerator(options).writeRunsCsv(&buffer);
    return buffer.data();
}

} // namespace

class TestServerImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsAsSqliteDoes();
    void badRowRefusesTheWholeFile();
    void conflictsWithStoredRuns_data();
    void conflictsWithStoredRuns();
    void removingAnImportAsSqliteDoes();
    void readOnlyRoleMayNotImport();
    void cancelledImportStoresNothing();

private:
    // Imports one file into both stores with the same options; the reports must agree.
    void importBoth(const QString &path, const ImportOptions &options = {});
    void compareStores();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<testsupport::PgTestDatabase> m_db;
    std::unique_ptr<Store> m_lite;
    std::unique_ptr<Store> m_server;
    ImportReport m_lastServerReport;
};

void TestServerImport::init()
{
    WATTPRINT_REQUIRE_POSTGRES();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<testsupport::PgTestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_lite = std::make_unique<Store>(m_dir->filePath(QStringLiteral("lite.sqlite")));
    m_server = std::make_unique<Store>(m_db->url());
    QString error;
    QVERIFY2(m_lite->open(&error), qPrintable(error));
    QVERIFY2(m_server->open(&error), qPrintable(error));
}

void TestServerImport::cleanup()
{
    m_server.reset();
    m_lite.reset();
    m_db.reset();
    m_dir.reset();
}

void TestServerImport::importBoth(const QString &path, const ImportOptions &options)
{
    const ImportReport lite = Importer(m_lite.get()).importFile(path, options);
    const ImportReport server = Importer(m_server.get()).importFile(path, options);
    m_lastServerReport = server;
    // A refused file's counts are how far each engine got: only the message must agree.
    if (!lite.ok || !server.ok) {
        QCOMPARE(server.ok, lite.ok);
        QCOMPARE(server.error, lite.error);
        return;
    }
    QCOMPARE(reportText(server), reportText(lite));
}

void TestServerImport::compareStores()
{
    const QStringList lite = dumpAll(m_lite.get());
    const QStringList server = dumpAll(m_server.get());
    QCOMPARE(server.size(), lite.size());
    for (qsizetype i = 0; i < lite.size(); ++i)
        QCOMPARE(server.at(i), lite.at(i));
    // The model is fitted on the same runs: the same expectations, up to the order in which the
    // fit sums (the server's rows arrive in another order than the file's).
    // The model itself: fitted on the same runs in the same order, whichever way it was reached.
    const auto modelOf = [](Store *store) {
        QJsonObject o = ExpectedEnergyStore::model(store);
        o.remove(QStringLiteral("fitted_at"));
        return o;
    };
    QCOMPARE(modelOf(m_server.get()), modelOf(m_lite.get()));
    const QHash<QString, double> a = expectations(m_lite.get());
    const QHash<QString, double> b = expectations(m_server.get());
    QCOMPARE(b.size(), a.size());
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        QVERIFY2(b.contains(it.key()), qPrintable(it.key()));
        const double x = it.value(), y = b.value(it.key());
        QVERIFY2(std::abs(x - y) <= 1e-9 * std::max(std::abs(x), 1.0),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17)));
    }
}

void TestServerImport::importsAsSqliteDoes()
{
    const QString runs = m_dir->filePath(QStringLiteral("runs_with_standardized_energy.csv"));
    writeFile(runs, demoRunsCsv(700));
    // The node descriptions come after runs on those nodes: the server updates the stored runs'
    // node types and quality, as the file store does.
    importBoth(runs);
    QVERIFY(m_lastServerReport.ok);
    QCOMPARE(m_lastServerReport.accepted, 700);
    importBoth(QStringLiteral(WATTPRINT_EXCERPTS "/node_sinfo_excerpt.csv"));
    // Two nodes the demo's runs ran on: their stored runs take the node types now.
    const QString sinfo = m_dir->filePath(QStringLiteral("node_sinfo.csv"));
    writeFile(sinfo,
              "HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\nr102u08,36,751616,2400000,(null)\n"
              "r103u01,36,751616,2400000,gpu:v100:2\n");
    QCOMPARE(dump(m_server.get(), QStringLiteral("runs"), QStringLiteral("t.run_id"))
                 .filter(QStringLiteral("|cpu4|"))
                 .size(),
             0);
    importBoth(sinfo);
    QVERIFY(
        dump(m_server.get(), QStringLiteral("runs"), QStringLiteral("t.run_id")).filter(QStringLiteral("|cpu4|")).size()
        > 0);
    importBoth(QStringLiteral(WATTPRINT_EXCERPTS "/node_power_dist_excerpt.csv"));
    const QString trace = m_dir->filePath(QStringLiteral("10512345.csv"));
    writeFile(trace,
              "timestamp,node,watts\n2022-09-22T16:28:01.000Z,r4i4n18,312\n"
              "2022-09-22T16:29:01.000Z,r4i4n18,320.5\n2022-09-22T16:29:01.000Z,r4i4n19,230\n"
              "2022-11-06T01:30:00.000Z,r4i4n18,250\n2022-11-06T01:30:00.000Z,r4i4n18,251\n");
    importBoth(trace);
    // CodeCarbon runs change none of the runs the model is fitted on: neither engine fits again.
    for (Store *store : {m_lite.get(), m_server.get()})
        QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("UPDATE energy_model SET fitted_at = 'before'")));
    importBoth(QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv"));
    for (Store *store : {m_lite.get(), m_server.get()})
        QCOMPARE(ExpectedEnergyStore::model(store).value(QStringLiteral("fitted_at")).toString(),
                 QStringLiteral("before"));
    ImportOptions mapped;
    ColumnMapping mapping;
    mapping.name = QStringLiteral("lab sheet");
    mapping.energyColumn = QStringLiteral("Energy (Wh)");
    mapping.energyUnit = ColumnMapping::EnergyUnit::WattHour;
    mapping.durationColumn = QStringLiteral("Duration (min)");
    mapping.durationUnit = ColumnMapping::DurationUnit::Minute;
    mapping.runColumn = QStringLiteral("Model");
    mapping.startColumn = QStringLiteral("Started");
    mapping.projectColumn = QStringLiteral("Project");
    mapping.hardwareColumn = QStringLiteral("Device");
    mapped.mapping = mapping;
    importBoth(QStringLiteral(WATTPRINT_FIXTURES "/mapped/runs_wh_minutes.csv"), mapped);
    QVERIFY2(m_lastServerReport.ok, qPrintable(m_lastServerReport.error));
    // Everything again: all duplicates, nothing added.
    importBoth(runs);
    QCOMPARE(m_lastServerReport.duplicates, 700);
    QCOMPARE(m_lastServerReport.accepted, 0);
    importBoth(QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv"));
    importBoth(trace);
    compareStores();
    QVERIFY(!ExpectedEnergyStore::model(m_server.get()).isEmpty());
}

void TestServerImport::badRowRefusesTheWholeFile()
{
    // The first 300 runs, then all 400 with the seventh data row's energy broken: the second file
    // is refused on both engines with the same file:line message, and the server keeps exactly
    // what it had.
    QList<QByteArray> lines = demoRunsCsv(400).split('\n');
    const QString good = m_dir->filePath(QStringLiteral("runs_a.csv"));
    writeFile(good, lines.mid(0, 301).join('\n') + '\n');
    importBoth(good);
    compareStores(); // the first runs into an empty server come fitted from the scratch store
    const QStringList before = dumpAll(m_server.get());

    QList<QByteArray> header = lines.at(0).split(',');
    const qsizetype energyAt = header.indexOf("energy");
    QVERIFY(energyAt >= 0);
    QList<QByteArray> fields = lines.at(7).split(',');
    fields[energyAt] = "12o45.5";
    lines[7] = fields.join(',');
    const QString bad = m_dir->filePath(QStringLiteral("runs_b.csv"));
    writeFile(bad, lines.join('\n'));
    importBoth(bad);
    QVERIFY(!m_lastServerReport.ok);
    QVERIFY2(m_lastServerReport.error.contains(QLatin1String("runs_b.csv:8: column 'energy': '12o45.5'")),
             qPrintable(m_lastServerReport.error));
    QCOMPARE(dumpAll(m_server.get()), before);

    // With bad rows skipped, the rest lands and the rejection is recorded on both.
    ImportOptions skip;
    skip.skipInvalid = true;
    importBoth(bad, skip);
    QVERIFY(m_lastServerReport.ok);
    QCOMPARE(m_lastServerReport.rejected, 1);
    QCOMPARE(m_lastServerReport.accepted, 100);
    compareStores();
}

void TestServerImport::conflictsWithStoredRuns_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("refuse") << QStringLiteral("refuse");
    QTest::newRow("keep") << QStringLiteral("keep");
    QTest::newRow("replace") << QStringLiteral("replace");
}

void TestServerImport::conflictsWithStoredRuns()
{
    QFETCH(QString, policy);
    const QByteArray csv = demoRunsCsv(200);
    const QString first = m_dir->filePath(QStringLiteral("first.csv"));
    writeFile(first, csv);
    importBoth(first);
    // The same runs, two of them with another energy, plus one new run.
    QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines.at(0).split(',');
    const qsizetype energyAt = header.indexOf("energy");
    for (int line : {5, 120}) {
        QList<QByteArray> fields = lines.at(line).split(',');
        fields[energyAt] = QByteArray::number(fields.at(energyAt).toDouble() * 1.5, 'g', 17);
        lines[line] = fields.join(',');
    }
    const QString second = m_dir->filePath(QStringLiteral("second.csv"));
    writeFile(second, lines.join('\n'));
    const QStringList before = dumpAll(m_server.get());
    const QStringList runsBefore = dump(m_server.get(), QStringLiteral("runs"), QStringLiteral("t.run_id"));
    ImportOptions options;
    options.onConflict = *conflictPolicyFromName(policy);
    importBoth(second, options);
    if (policy == QLatin1String("refuse")) {
        QVERIFY(!m_lastServerReport.ok);
        QVERIFY2(m_lastServerReport.error.startsWith(QLatin1String("second.csv:6: run_id '")),
                 qPrintable(m_lastServerReport.error));
        QVERIFY2(m_lastServerReport.error.contains(QLatin1String("is stored already with other values (from "
                                                                 "first.csv): energy ")),
                 qPrintable(m_lastServerReport.error));
        QCOMPARE(dumpAll(m_server.get()), before);
    } else {
        QVERIFY(m_lastServerReport.ok);
        QCOMPARE(m_lastServerReport.conflicts, 2);
        QCOMPARE(m_lastServerReport.duplicates, 198);
        QCOMPARE(m_lastServerReport.conflictIssues.size(), 2);
        QVERIFY(m_lastServerReport.conflictIssues.at(1).message().startsWith(QLatin1String("second.csv:121: ")));
        // The runs kept are the first file's; replaced, they are the second's.
        const QStringList runsNow = dump(m_server.get(), QStringLiteral("runs"), QStringLiteral("t.run_id"));
        QCOMPARE(runsNow == runsBefore, policy == QLatin1String("keep"));
    }
    compareStores();
}

// Imports made by the importer removed again: the same rows left, refitted alike.
void TestServerImport::removingAnImportAsSqliteDoes()
{
    QList<QByteArray> lines = demoRunsCsv(600).split('\n');
    const QString a = m_dir->filePath(QStringLiteral("a.csv"));
    const QString b = m_dir->filePath(QStringLiteral("b.csv"));
    writeFile(a, lines.mid(0, 301).join('\n') + '\n');
    writeFile(b, lines.at(0) + '\n' + lines.mid(301).join('\n'));
    importBoth(a);
    importBoth(b);
    importBoth(QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv"));
    for (Store *store : {m_lite.get(), m_server.get()}) {
        QList<qint64> ids;
        for (const ImportRecord &r : store->imports()) {
            if (r.sourcePath == a)
                ids.append(r.id);
        }
        QCOMPARE(ids.size(), 1);
        QString error;
        QVERIFY2(store->removeImports(ids, &error), qPrintable(error));
    }
    QCOMPARE(dump(m_server.get(), QStringLiteral("runs"), QStringLiteral("t.run_id")).size(), 300 + 28);
    compareStores();
}

void TestServerImport::readOnlyRoleMayNotImport()
{
    const QString runs = m_dir->filePath(QStringLiteral("runs.csv"));
    writeFile(runs, demoRunsCsv(50));
    importBoth(runs);
    const QString viewer = m_db->createRole();
    QVERIFY(!viewer.isEmpty());
    QVERIFY2(m_db->exec({QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer),
                         QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer)}),
             qPrintable(m_db->error()));
    Store asViewer(m_db->urlAs(viewer));
    QString error;
    QVERIFY2(asViewer.open(&error), qPrintable(error));
    QVERIFY(asViewer.isReadOnly());
    const QStringList before = dumpAll(m_server.get());
    const ImportReport r = Importer(&asViewer).importFile(runs);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("can only be read")) && r.error.contains(viewer), qPrintable(r.error));
    QCOMPARE(dumpAll(m_server.get()), before);
}

void TestServerImport::cancelledImportStoresNothing()
{
    const QString runs = m_dir->filePath(QStringLiteral("runs.csv"));
    writeFile(runs, demoRunsCsv(5000));
    std::atomic_bool cancel = true;
    Importer importer(m_server.get());
    importer.setCancelFlag(&cancel);
    const ImportReport r = importer.importFile(runs);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(m_server->isEmpty());
    QCOMPARE(dumpAll(m_server.get()).first(), QStringLiteral("imports: 0 rows"));

    // Cancelled once the file is read and the copy into the server has begun: rolled back.
    std::atomic_bool later = false;
    Importer writer(m_server.get());
    writer.setCancelFlag(&later);
    bool sawMerge = false;
    writer.setProgressHandler([&](qint64 done, qint64 total) {
        if (done > total * 4 / 5) {
            sawMerge = true;
            later = true;
        }
    });
    const ImportReport w = writer.importFile(runs);
    QVERIFY(sawMerge);
    QVERIFY(!w.ok);
    QVERIFY(w.cancelled);
    QCOMPARE(w.error, QStringLiteral("Import cancelled; nothing was stored"));
    QVERIFY(m_server->isEmpty());
    QCOMPARE(dumpAll(m_server.get()).first(), QStringLiteral("imports: 0 rows"));
}

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_serverimport.moc"
