// Every importer path: formats the real files come in, each kind of bad input, and the
// promise that a failed file leaves the store exactly as it was.
#include "../support/pgtestserver.h"

#include <demogenerator.h>
#include <expectedenergystore.h>
#include <fieldparse.h>
#include <importer.h>
#include <runloader.h>
#include <runquality.h>
#include <schema.h>
#include <store.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <zlib.h>

using namespace wattprint;

namespace {

const QByteArray Header
    = "run_id,experiment_id,slurm_job_id,start_time,update_time,end_time,node,size,depth,shape,dataset,"
      "learning_rate,batch_size,optimizer,is_gpu,batch,energy,run_time,filter_1,filter_2,filter_3,"
      "filter_3_stdevs,filter,start_time_int,start_offset,power,num_reps,std_power,std_energy,energy_overhead,"
      "non_overhead_energy,runtime_overhead,non_overhead_runtime";

// One valid row; energy = power * run_time; the CPU overheads of the doc.
QByteArray row(int i, const QByteArray &isGpu = "False", const QByteArray &energy = "36530.898438",
               const QByteArray &start = "2022-10-11 21:58:46.012741+00:00")
{
    return QByteArray("00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0') + ",1876157,"
        + QByteArray::number(9000000 + i) + "," + start
        + ",2022-10-11 22:01:00+00:00,2022-10-11 22:01:05+00:00,r4i4n18,256,3,rectangle,529_pollen,0.0001,256,"
          "adam,"
        + isGpu + ",energy_2_cpu," + energy
        + ",132.909284,False,False,False,0.5,False,1665525526012741000,0,274.855896,2,274.855896,"
          "36530.898438,14028.666016,22502.232422,52.883915,80.025369";
}

QByteArray csv(int rows, const QByteArray &eol = "\n")
{
    QByteArray text = Header + eol;
    for (int i = 0; i < rows; ++i)
        text += row(i) + eol;
    return text;
}

// A runs row for the quality rules: the values the rules read, the rest fixed (529_pollen, node
// r4i4n18, whose type is unknown until a node_sinfo file says otherwise).
struct QualityRow
{
    QByteArray gpu = "False";
    QByteArray dataset = "529_pollen";
    qint64 size = 256;
    QByteArray energy = "36530.898438";
    QByteArray runTime = "132.909284";
    QByteArray power = "274.855896";
    QByteArray stdEnergy = "36530.898438";
    QByteArray nonOverheadEnergy = "22502.232422"; // empty: std_energy - energy_overhead
    QByteArray filter1 = "False", filter2 = "False", filter3 = "False";
};

// With flags = false the file has no filter_1, filter_2, filter_3, filter_3_stdevs or filter column.
QByteArray qualityCsv(const std::vector<QualityRow> &rows, bool flags = true)
{
    QByteArray text = flags
        ? Header
        : QByteArray("run_id,experiment_id,slurm_job_id,start_time,update_time,node,size,depth,shape,"
                     "dataset,is_gpu,batch,energy,run_time,power,std_energy,energy_overhead,"
                     "non_overhead_energy");
    text += '\n';
    int i = 0;
    for (const QualityRow &r : rows) {
        const QByteArray id = QByteArray("00000000-0000-4000-8000-") + QByteArray::number(++i).rightJustified(12, '0');
        const QByteArray overhead = r.gpu == "True" ? "271560.240048" : "14028.665573";
        const QByteArray start = "2022-10-11 21:58:46+00:00", update = "2022-10-11 22:01:00+00:00";
        if (flags)
            text += id + ",1876157,9000000," + start + "," + update + ",," + "r4i4n18," + QByteArray::number(r.size)
                + ",3,rectangle," + r.dataset + ",0.0001,256,adam," + r.gpu + ",energy_2_cpu," + r.energy + ","
                + r.runTime + "," + r.filter1 + "," + r.filter2 + "," + r.filter3 + ",,,,," + r.power + ",," + ","
                + r.stdEnergy + "," + overhead + "," + r.nonOverheadEnergy + ",,\n";
        else
            text += id + ",1876157,9000000," + start + "," + update + ",r4i4n18," + QByteArray::number(r.size)
                + ",3,rectangle," + r.dataset + "," + r.gpu + ",energy_2_cpu," + r.energy + "," + r.runTime + ","
                + r.power + "," + r.stdEnergy + "," + overhead + "," + r.nonOverheadEnergy + "\n";
    }
    return text;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsPlainCsv();
    void plannerKnowsTheRunsIndexes();
    void fitOnInsertedRunsMatchesARefit();
    void replacedRunsRefitTheModel();
    void runsBeforeTheirNodeFileTakeItsTypes();
    void derivesColumns();
    void acceptsPandasIndexRefusesDuplicateHeaders();
    void acceptsBooleanAndTimestampForms();
    void acceptsCrlfBomAndQuotes();
    void readsZippedCsvInPlace();
    void recognisesKindByHeaderNotName();
    void badNumberFailsWholeFileWithMessage();
    void failedImportLeavesStoreUntouched();
    void skipInvalidImportsGoodRowsAndRecordsBadOnes();
    void reportsEmptyBinaryHeaderOnlyAndMissingColumns();
    void rejectsUnknownHeader();
    void secondImportReportsDuplicates();
    void powerTraceTimesAreDenverLocal();
    void nodeFilesGiveTypesAndIdlePower();
    void runsGetNodeTypeAfterSinfo();
    void cancelRollsBack();
    void unterminatedQuoteIsReported();
    // Hardening: input that used to be imported wrongly, or to take the process down.
    void rowWithExtraFieldsIsRefused();
    void repeatedColumnNameIsRefused();
    void zipMemberWithBadCrcIsRefused();
    void truncatedDeflateMemberIsRefused();
    void conflictingRunIsRefusedKeptOrReplaced();
    void conflictWithinOneFileNamesBothLines();
    void repeatedAutumnHourDoesNotCollide();
    void conflictingPowerSampleIsReported();
    void overlongLineAndTooManyFieldsAreRefused();
    void unknownHeaderMessageIsShort();
    void indexNamesFromTheStoreAreNotExecuted();
    void everyRowRejectedIsAFailure();
    void controlCharactersAreEscaped();
    void demoFileStaysSyntheticWhenImportedAgain();
    void syntheticFileWithAMeasuredRowIsRefused();
    // Quality of a run (docs/data.md): every rule, at its boundaries.
    void qualityRulesAtTheirBoundaries();
    void qualityComputesMissingFlags();
    void qualityFollowsTheNodeType();

private:
    QList<runquality::Mask> storedQuality();

private:
    QString write(const QString &name, const QByteArray &data);
    qint64 count(const char *table);

    QTemporaryDir *m_dir = nullptr;
    Store *m_store = nullptr;
    testsupport::TestStoreAddress m_address;
};

void TestImporter::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    const QString address = m_address.make(m_dir->filePath(QStringLiteral("test.sqlite")));
    QVERIFY2(!address.isEmpty(), qPrintable(m_address.error()));
    m_store = new Store(address);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestImporter::cleanup()
{
    delete m_store;
    m_store = nullptr;
    m_address = {};
    delete m_dir;
}

QString TestImporter::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return path;
}

qint64 TestImporter::count(const char *table)
{
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestImporter::importsPlainCsv()
{
    Importer importer(m_store);
    const QString path = write(QStringLiteral("runs.csv"), csv(5));
    const ImportReport r = importer.importFile(path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 5);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.kinds, QStringList{QStringLiteral("runs")});
    QCOMPARE(count("runs"), 5);
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT kind, rows_accepted, synthetic, sha256 FROM imports"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("runs"));
    QCOMPARE(q.value(1).toLongLong(), 5);
    QCOMPARE(q.value(2).toInt(), 0);
    // The hash is made on a thread of its own while the rows are read: the whole file's.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(q.value(3).toString(),
             QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
}

// Into a store without runs, the importer fits the energy model on the runs as it inserted them
// instead of reading them back: the same model and expectations, to the bit, as a refit on the
// runs read from the store.
void TestImporter::fitOnInsertedRunsMatchesARefit()
{
    DemoOptions options;
    options.runs = 4000;
    const ImportReport r = Importer(m_store).importFile(
        write(QStringLiteral("demo_runs.csv"), DemoGenerator(options).runsCsv()));
    QVERIFY2(r.ok, qPrintable(r.error));
    QString error;
    RunColumns imported;
    QVERIFY2(RunLoader(m_store).load({}, &imported, nullptr, &error), qPrintable(error));
    QCOMPARE(qint64(imported.rowCount()), r.accepted);
    QCOMPARE(imported.expectedEnergy.size(), imported.rowCount());
    QJsonObject before = ExpectedEnergyStore::model(m_store);
    QVERIFY(!before.isEmpty());

    QVERIFY(m_store->database().transaction());
    QVERIFY2(ExpectedEnergyStore::refresh(m_store, &error), qPrintable(error));
    QVERIFY(m_store->database().commit());
    RunColumns refitted;
    QVERIFY2(RunLoader(m_store).load({}, &refitted, nullptr, &error), qPrintable(error));
    QCOMPARE(refitted.id, imported.id);
    QCOMPARE(refitted.expectedEnergy.size(), imported.expectedEnergy.size());
    std::size_t finite = 0;
    for (std::size_t i = 0; i < imported.rowCount(); ++i) {
        const double a = imported.expectedEnergy[i], b = refitted.expectedEnergy[i];
        QVERIFY2(
            (std::isnan(a) && std::isnan(b)) || a == b,
            qPrintable(QStringLiteral("run %1: %2 then %3").arg(imported.id[i]).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
        finite += std::isfinite(a) ? 1 : 0;
    }
    QVERIFY2(finite > imported.rowCount() / 2, qPrintable(QString::number(finite)));
    QJsonObject after = ExpectedEnergyStore::model(m_store);
    before.remove(QStringLiteral("fitted_at"));
    after.remove(QStringLiteral("fitted_at"));
    QCOMPARE(after, before);
}

// Runs replaced by a file (on-conflict replace) are not accepted runs, but the model is fitted on
// them: the import fits it again, as a refit from the store would.
void TestImporter::replacedRunsRefitTheModel()
{
    DemoOptions options;
    options.runs = 3000;
    const QByteArray original = DemoGenerator(options).runsCsv();
    QVERIFY(Importer(m_store).importFile(write(QStringLiteral("runs.csv"), original)).ok);
    const auto total = [this] {
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT sum(expected_energy) FROM run_expectations"));
        return q.next() ? q.value(0).toDouble() : 0.0;
    };
    const double before = total();
    QVERIFY(before > 0);
    // The same runs at three times the energy: what the model is fitted on changes.
    QList<QByteArray> lines = original.split('\n');
    const QList<QByteArray> header = lines.first().split(',');
    const qsizetype columns[] = {header.indexOf("energy"), header.indexOf("non_overhead_energy"),
                                 header.indexOf("std_energy"), header.indexOf("power"), header.indexOf("std_power")};
    for (qsizetype c : columns)
        QVERIFY(c > 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        QList<QByteArray> fields = lines[i].split(',');
        for (qsizetype c : columns)
            fields[c] = QByteArray::number(fields[c].toDouble() * 3, 'g', 17);
        lines[i] = fields.join(',');
    }
    ImportOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    const ImportReport r = Importer(m_store).importFile(write(QStringLiteral("runs_again.csv"), lines.join('\n')),
                                                        replace);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 0);
    QCOMPARE(r.conflicts, 3000);
    const double after = total();
    QVERIFY2(after > 1.5 * before, qPrintable(QStringLiteral("%1 then %2").arg(before).arg(after)));
    QString error;
    QVERIFY(m_store->database().transaction());
    QVERIFY2(ExpectedEnergyStore::refresh(m_store, &error), qPrintable(error));
    QVERIFY(m_store->database().commit());
    QCOMPARE(total(), after);
}

// A zip of runs and then the node_sinfo file describing their node: the runs take the node's type
// (and their quality is graded with it), as when the node file comes first.
void TestImporter::runsBeforeTheirNodeFileTakeItsTypes()
{
    const QByteArray sinfo = "HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\nr4i4n18,36,180224,900000,(null)\n";
    QStringList types;
    for (const bool runsFirst : {true, false}) {
        // A store of its own for each order.
        cleanup();
        init();
        const QString path = m_dir->filePath(runsFirst ? QStringLiteral("runs-first.zip")
                                                       : QStringLiteral("nodes-first.zip"));
        {
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdCreate));
            const QList<QPair<QString, QByteArray>> members = runsFirst
                ? QList<QPair<QString, QByteArray>>{{QStringLiteral("runs.csv"), csv(5)},
                                                    {QStringLiteral("node_sinfo.csv"), sinfo}}
                : QList<QPair<QString, QByteArray>>{{QStringLiteral("node_sinfo.csv"), sinfo},
                                                    {QStringLiteral("runs.csv"), csv(5)}};
            for (const auto &[name, data] : members) {
                QuaZipFile file(&zip);
                QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
                file.write(data);
                file.close();
            }
            zip.close();
        }
        const ImportReport r = Importer(m_store).importFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*), count(r.node_type), sum(CASE WHEN r.node_type = n.type THEN 1 ELSE 0 END) FROM runs r "
            "JOIN nodes n ON n.node = r.node")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QCOMPARE(q.value(1).toInt(), 5);
        QCOMPARE(q.value(2).toInt(), 5);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT node_type FROM runs")) && q.next());
        types.append(q.value(0).toString());
    }
    QCOMPARE(types.at(0), types.at(1));
}

void TestImporter::derivesColumns()
{
    Importer importer(m_store);
    QVERIFY(importer.importFile(write(QStringLiteral("runs.csv"), csv(1))).ok);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT device, energy_per_epoch, energy_per_datum, start_ns, start_time, "
                                  "is_gpu, size, filter FROM runs")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("CPU"));
    // docs/data.md: energy_per_epoch = non_overhead_energy / 3000
    QCOMPARE(q.value(1).toDouble(), 22502.232422 / 3000.0);
    // 529_pollen: 3848 observations -> ceil(0.8 * 3848 / 256) = 13 training batches
    QCOMPARE(q.value(2).toDouble(), 22502.232422 / (13 * 3000.0) / 256.0);
    QCOMPARE(q.value(3).toLongLong(), 1665525526012741000LL);
    QCOMPARE(q.value(4).toString(), QStringLiteral("2022-10-11T21:58:46.012741Z"));
    QCOMPARE(q.value(5).toInt(), 0);
    QCOMPARE(q.value(6).toLongLong(), 256);
    QCOMPARE(q.value(7).toInt(), 0);
}

void TestImporter::acceptsPandasIndexRefusesDuplicateHeaders()
{
    // pandas' index as an unnamed first column is read past; a duplicated run_id column is not
    // guessed at (which of the two holds the ids?): the header is refused, naming it.
    QByteArray unnamed = "," + Header + "\n";
    QByteArray duplicated = "run_id," + Header + "\n";
    for (int i = 0; i < 3; ++i) {
        unnamed += QByteArray::number(i) + "," + row(i) + "\n";
        duplicated += "ignored-" + QByteArray::number(i) + "," + row(i) + "\n";
    }
    Importer importer(m_store);
    ImportReport r = importer.importFile(write(QStringLiteral("a.csv"), unnamed));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 3);
    r = importer.importFile(write(QStringLiteral("b.csv"), duplicated));
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QStringLiteral("b.csv: the header names the column 'run_id' twice (columns 1 and 2); which one "
                            "holds the values is unclear"));
    QCOMPARE(count("runs"), 3);
    QCOMPARE(count("imports"), 1);
}

void TestImporter::acceptsBooleanAndTimestampForms()
{
    const QList<QByteArray> bools = {"True", "False", "true", "false", "1", "0", "t", "f", "TRUE", " f "};
    const QList<QByteArray> times = {"2022-10-11 21:58:46.012741+00:00", "2022-10-11T21:58:46Z", "2022-10-11 21:58:46",
                                     "2022-10-11T15:58:46.5-06:00", "2022-10-11 23:58:46.123456789+0200"};
    QByteArray text = Header + "\n";
    int i = 0;
    for (const QByteArray &b : bools)
        text += row(i++, b) + "\n";
    for (const QByteArray &t : times)
        text += row(i++, "False", "36530.898438", t) + "\n";
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("forms.csv"), text));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, bools.size() + times.size());
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT sum(is_gpu) FROM runs WHERE id <= 10"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    q.exec(QStringLiteral("SELECT start_ns FROM runs WHERE id > 10 ORDER BY id"));
    const qint64 base = 1665525526LL * 1000000000LL;
    const QList<qint64> expected = {base + 12741000, base, base, base + 500000000, base + 123456789};
    for (qint64 e : expected) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), e);
    }
}

void TestImporter::acceptsCrlfBomAndQuotes()
{
    QByteArray text = "\xEF\xBB\xBF" + csv(2, "\r\n");
    // A quoted shape with a comma, a doubled quote and a line break inside it.
    QByteArray quoted = row(7);
    quoted.replace(",rectangle,", ",\"rect, \"\"odd\"\"\nname\",");
    text += quoted + "\r\n";
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("crlf.csv"), text));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 3);
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT run_id FROM runs ORDER BY id LIMIT 1"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().startsWith(QLatin1String("00000000"))); // BOM not glued to the first value
    q.exec(QStringLiteral("SELECT shape FROM runs WHERE id = 3"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("rect, \"odd\"\nname"));
}

void TestImporter::readsZippedCsvInPlace()
{
    const QString path = m_dir->filePath(QStringLiteral("runs_with_standardized_energy.csv.zip"));
    {
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("runs_with_standardized_energy.csv"))));
        file.write(csv(40));
        file.close();
        zip.close();
    }
    Importer importer(m_store);
    qint64 lastDone = -1, lastTotal = -1;
    importer.setProgressHandler([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    const ImportReport r = importer.importFile(path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 40);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, qint64(csv(40).size()));
}

void TestImporter::recognisesKindByHeaderNotName()
{
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("node_sinfo.csv"), csv(2)));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.kinds, QStringList{QStringLiteral("runs")});
    const ImportReport s = importer.importFile(
        write(QStringLiteral("mystery.txt"), "HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\nr1i6n0,36,85248,900000,(null)\n"));
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.kinds, QStringList{QStringLiteral("node_sinfo")});
}

void TestImporter::badNumberFailsWholeFileWithMessage()
{
    QByteArray text = Header + "\n";
    for (int i = 0; i < 60; ++i)
        text += row(i, "False", i == 56 ? "12o45.5" : "36530.898438") + "\n";
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("runs.csv"), text));
    QVERIFY(!r.ok);
    // Header is line 1, so the 57th data row is line 58.
    QCOMPARE(r.error, QStringLiteral("runs.csv:58: column 'energy': '12o45.5' is not a number"));
    QCOMPARE(count("runs"), 0);
    QCOMPARE(count("imports"), 0);
}

void TestImporter::failedImportLeavesStoreUntouched()
{
    Importer importer(m_store);
    QVERIFY(importer.importFile(write(QStringLiteral("good.csv"), csv(10))).ok);
    QByteArray bad = Header + "\n";
    for (int i = 100; i < 120; ++i)
        bad += row(i, i == 115 ? "maybe" : "False") + "\n";
    const ImportReport r = importer.importFile(write(QStringLiteral("bad.csv"), bad));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QLatin1String("bad.csv:17: column 'is_gpu': 'maybe' is not a boolean")),
             qPrintable(r.error));
    QCOMPARE(count("runs"), 10);
    QCOMPARE(count("imports"), 1);
}

void TestImporter::skipInvalidImportsGoodRowsAndRecordsBadOnes()
{
    QByteArray text = Header + "\n";
    for (int i = 0; i < 10; ++i) {
        if (i == 3)
            text += row(i, "False", "NaN") + "\n";
        else if (i == 6)
            text += row(i, "False", "36530.898438", "yesterday") + "\n";
        else if (i == 8)
            text += "truncated,row\n";
        else
            text += row(i) + "\n";
    }
    Importer importer(m_store);
    ImportOptions options;
    options.skipInvalid = true;
    const ImportReport r = importer.importFile(write(QStringLiteral("mixed.csv"), text), options);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 7);
    QCOMPARE(r.rejected, 3);
    QCOMPARE(r.rejections.size(), 3);
    QCOMPARE(r.rejections.at(0).message(),
             QStringLiteral("mixed.csv:5: column 'energy': 'NaN' is not a finite number"));
    QCOMPARE(r.rejections.at(1).message(),
             QStringLiteral("mixed.csv:8: column 'start_time': 'yesterday' is not a date and time"));
    QCOMPARE(r.rejections.at(2).line, 10);
    QCOMPARE(count("runs"), 7);
    QCOMPARE(count("import_rejections"), 3);
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT rows_accepted, rows_rejected FROM imports"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 7);
    QCOMPARE(q.value(1).toLongLong(), 3);
}

void TestImporter::reportsEmptyBinaryHeaderOnlyAndMissingColumns()
{
    Importer importer(m_store);
    ImportReport r = importer.importFile(write(QStringLiteral("empty.csv"), QByteArray()));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("empty.csv: the file is empty"));

    QByteArray binary(2048, '\0');
    binary[0] = 'x';
    r = importer.importFile(write(QStringLiteral("blob.csv"), binary));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("blob.csv: this is a binary file, not CSV text"));

    r = importer.importFile(write(QStringLiteral("header.csv"), Header + "\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("header.csv: the file has a header but no data rows"));

    QByteArray missing = Header;
    missing.replace(",energy,", ",energy_j,");
    missing.replace(",run_time,", ",seconds,");
    r = importer.importFile(write(QStringLiteral("missing.csv"), missing + "\n" + row(1) + "\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("missing.csv: missing required column(s): energy, run_time"));
    QCOMPARE(count("runs"), 0);
    QCOMPARE(count("imports"), 0);
}

void TestImporter::rejectsUnknownHeader()
{
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("other.csv"), "a,b,c\n1,2,3\n"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QLatin1String("other.csv: neither a BUTTER-E nor a CodeCarbon file")),
             qPrintable(r.error));
}

void TestImporter::secondImportReportsDuplicates()
{
    Importer importer(m_store);
    const QString path = write(QStringLiteral("runs.csv"), csv(25));
    QCOMPARE(importer.importFile(path).accepted, 25);
    const ImportReport again = importer.importFile(path);
    QVERIFY(again.ok);
    QCOMPARE(again.accepted, 0);
    QCOMPARE(again.duplicates, 25);
    QCOMPARE(count("runs"), 25);
}

void TestImporter::powerTraceTimesAreDenverLocal()
{
    const QString path = m_dir->filePath(QStringLiteral("butter_e_energy.zip"));
    {
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("butter_e_energy/10512345.csv"))));
        file.write("timestamp,node,watts\n2022-09-22T16:28:01.000Z,r4i4n18,312\n"
                   "2022-09-22T16:29:01.000Z,r4i4n18,320.5\n2022-09-22T16:29:01.000Z,r4i4n19,230\n");
        file.close();
        // Winter time (MST, UTC-7) after the November switch.
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("butter_e_energy/10512346.csv"))));
        file.write("timestamp,node,watts\n2022-11-20T08:00:00.000Z,r104u25,402\n");
        file.close();
        zip.close();
    }
    Importer importer(m_store);
    const ImportReport r = importer.importFile(path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 4);
    QCOMPARE(r.kinds, QStringList{QStringLiteral("power")});
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT job, node, time_ns, watts FROM power_samples ORDER BY job, time_ns, node"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 10512345);
    QCOMPARE(q.value(2).toLongLong(), 1663885681LL * 1000000000LL); // 2022-09-22T22:28:01Z: MDT = UTC-6
    QVERIFY(q.next());
    QCOMPARE(q.value(3).toDouble(), 320.5);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("r4i4n19"));
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toLongLong(), 1668956400LL * 1000000000LL); // 2022-11-20T15:00:00Z: MST = UTC-7
}

void TestImporter::nodeFilesGiveTypesAndIdlePower()
{
    // The real excerpts: node_sinfo (no leading spaces there) plus a copy with the published
    // leading spaces and "(MB)" headers; types must match NREL's derived table.
    Importer importer(m_store);
    ImportReport r = importer.importFile(QStringLiteral(WATTPRINT_EXCERPTS "/node_sinfo_excerpt.csv"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 10);
    r = importer.importFile(QStringLiteral(WATTPRINT_EXCERPTS "/node_power_dist_excerpt.csv"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.kinds, QStringList{QStringLiteral("node_power_dist")});
    r = importer.importFile(write(QStringLiteral("sinfo_spaces.csv"),
                                  "HOSTNAMES, CPUS, MEMORY (MB), TMP_DISK (MB), GRES\n"
                                  "r200u01, 36, 751616, 2400000, gpu:v100:2\n"));
    QVERIFY2(r.ok, qPrintable(r.error));

    QFile derived(QStringLiteral(WATTPRINT_EXCERPTS "/node_standardization_derived_excerpt.csv"));
    QVERIFY(derived.open(QIODevice::ReadOnly));
    derived.readLine();
    int checked = 0;
    while (!derived.atEnd()) {
        const QList<QByteArray> f = derived.readLine().trimmed().split(',');
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT type, idle_power, power_offset, p2_watts FROM nodes WHERE node = ?"));
        q.addBindValue(QString::fromLatin1(f.at(0)));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QString::fromLatin1(f.at(1)));
        QCOMPARE(q.value(1).toDouble(), f.at(6).toDouble()); // idle_power
        QCOMPARE(q.value(2).toDouble(), f.at(8).toDouble()); // power_offset
        QVERIFY(q.value(3).toDouble() > 100);
        ++checked;
    }
    QCOMPARE(checked, 10);
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT type, idle_power FROM nodes WHERE node = 'r200u01'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("gpu2"));
    QCOMPARE(q.value(1).toDouble(), 403.0);
}

void TestImporter::runsGetNodeTypeAfterSinfo()
{
    Importer importer(m_store);
    QVERIFY(importer.importFile(write(QStringLiteral("runs.csv"), csv(3))).ok);
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE node_type IS NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(importer
                .importFile(write(QStringLiteral("sinfo.csv"),
                                  "HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\nr4i4n18, 36, 180224, 900000, (null)\n"))
                .ok);
    q.exec(QStringLiteral("SELECT DISTINCT node_type FROM runs"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("cpu2"));
    QVERIFY(!q.next());
}

void TestImporter::cancelRollsBack()
{
    Importer importer(m_store);
    std::atomic_bool cancel{true};
    importer.setCancelFlag(&cancel);
    const ImportReport r = importer.importFile(write(QStringLiteral("big.csv"), csv(5000)));
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QCOMPARE(count("runs"), 0);
    QCOMPARE(count("imports"), 0);
}

void TestImporter::unterminatedQuoteIsReported()
{
    Importer importer(m_store);
    QByteArray text = csv(2) + row(9).replace(",rectangle,", ",\"rectangle,") + "\n";
    const ImportReport r = importer.importFile(write(QStringLiteral("quote.csv"), text));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("quote.csv: line 4: a quoted field is not closed before the end of the file"));
    QCOMPARE(count("runs"), 0);
}

namespace {

// A zip with one member written as given: stored (method 0) or raw deflate data with the CRC
// and size of the full text, so a test can hand the reader a damaged member.
bool writeZip(const QString &path, const QString &member, const QByteArray &text, bool stored,
              const QByteArray &rawDeflate = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile file(&zip);
    QuaZipNewInfo info(member);
    info.uncompressedSize = ulong(text.size());
    const bool raw = !rawDeflate.isEmpty();
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(text.constData()), uInt(text.size())));
    if (!file.open(QIODevice::WriteOnly, info, nullptr, raw ? crc : 0, stored ? 0 : Z_DEFLATED, stored ? 0 : 6, raw))
        return false;
    file.write(raw ? rawDeflate : text);
    file.close();
    zip.close();
    return file.getZipError() == UNZ_OK && zip.getZipError() == UNZ_OK;
}

// Raw deflate (no zlib header or trailer) of text.
QByteArray rawDeflate(const QByteArray &text)
{
    QByteArray out(int(compressBound(uLong(text.size()))) + 64, '\0');
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.constData()));
    z.avail_in = uInt(text.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

void TestImporter::rowWithExtraFieldsIsRefused()
{
    // An unquoted comma in the last value: 313,34119 read as two fields, so the row has one
    // field more than the header. It used to be imported with non_overhead_runtime 313.
    QByteArray text = Header + "\n" + row(0) + "\n";
    QByteArray bad = row(1);
    bad.replace(",80.025369", ",313,34119");
    text += bad + "\n" + row(2) + "\n";
    Importer importer(m_store);
    ImportReport r = importer.importFile(write(QStringLiteral("runs.csv"), text));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("runs.csv:3: 34 fields, header has 33"));
    QCOMPARE(count("runs"), 0);
    // With invalid rows skipped it is one of them, and the others are stored.
    ImportOptions skip;
    skip.skipInvalid = true;
    r = importer.importFile(write(QStringLiteral("runs.csv"), text), skip);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 2);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejections.at(0).message(), QStringLiteral("runs.csv:3: 34 fields, header has 33"));
    // Fewer fields than the header are refused the same way.
    r = importer.importFile(write(QStringLiteral("short.csv"), Header + "\n" + row(5).left(100) + "\n"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.endsWith(QLatin1String(" fields, header has 33")), qPrintable(r.error));
}

void TestImporter::repeatedColumnNameIsRefused()
{
    // A second "energy" column (after normalising case and " (MB)") would silently have
    // replaced the real one.
    QByteArray header = Header + ",Energy";
    QByteArray text = header + "\n" + row(0) + ",1\n";
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("twice.csv"), text));
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QStringLiteral("twice.csv: the header names the column 'Energy' twice (columns 17 and 34); which "
                            "one holds the values is unclear"));
    const ImportReport s = importer.importFile(write(
        QStringLiteral("sinfo.csv"), "HOSTNAMES,CPUS,MEMORY,MEMORY (MB),TMP_DISK,GRES\nr1,36,1,2,900000,(null)\n"));
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QLatin1String("'MEMORY (MB)' twice (columns 3 and 4)")), qPrintable(s.error));
    QCOMPARE(count("runs"), 0);
    QCOMPARE(count("nodes"), 0);
}

void TestImporter::zipMemberWithBadCrcIsRefused()
{
    const QByteArray text = csv(20);
    const QString path = m_dir->filePath(QStringLiteral("runs.csv.zip"));
    QVERIFY(writeZip(path, QStringLiteral("runs.csv"), text, true));
    // One changed byte in the stored member: a digit of an energy, still a valid number.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("36530.898438");
    QVERIFY(at > 0);
    bytes[at + 1] = '7';
    f.seek(0);
    f.write(bytes);
    f.close();
    Importer importer(m_store);
    for (bool skip : {false, true}) {
        ImportOptions options;
        options.skipInvalid = skip;
        const ImportReport r = importer.importFile(path, options);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("runs.csv.zip/runs.csv: the zip member is damaged: its checksum (CRC-32) does not "
                                "match its contents; nothing was imported"));
    }
    QCOMPARE(count("runs"), 0);
    QCOMPARE(count("imports"), 0);
    // The same archive undamaged is imported.
    QVERIFY(writeZip(path, QStringLiteral("runs.csv"), text, true));
    QVERIFY(importer.importFile(path).ok);
    QCOMPARE(count("runs"), 20);
}

void TestImporter::truncatedDeflateMemberIsRefused()
{
    const QByteArray text = csv(3000);
    const QByteArray deflated = rawDeflate(text);
    const QString path = m_dir->filePath(QStringLiteral("cut.zip"));
    // The directory promises the whole text (size and CRC); the deflate stream stops halfway.
    QVERIFY(writeZip(path, QStringLiteral("runs.csv"), text, false, deflated.left(deflated.size() / 2)));
    Importer importer(m_store);
    for (bool skip : {false, true}) {
        ImportOptions options;
        options.skipInvalid = skip; // a broken archive is not an invalid row
        const ImportReport r = importer.importFile(path, options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QLatin1String("cut.zip/runs.csv: ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("damaged or cut short")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("of %1 bytes unpacked").arg(text.size())), qPrintable(r.error));
    }
    QCOMPARE(count("runs"), 0);
    // The whole stream, written the same way, is imported: the test's zip is sound.
    QVERIFY(writeZip(path, QStringLiteral("runs.csv"), text, false, deflated));
    const ImportReport r = importer.importFile(path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(count("runs"), 3000);
}

void TestImporter::conflictingRunIsRefusedKeptOrReplaced()
{
    Importer importer(m_store);
    QVERIFY(importer.importFile(write(QStringLiteral("first.csv"), csv(3))).ok);
    // Run 1 again with another energy; run 2 again unchanged.
    const QByteArray text = Header + "\n" + row(1, "False", "40000") + "\n" + row(2) + "\n";
    const QString second = write(QStringLiteral("second.csv"), text);
    ImportReport r = importer.importFile(second);
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QStringLiteral("second.csv:2: run_id '00000000-0000-4000-8000-000000000001' is stored already with "
                            "other values (from first.csv): energy 36530.898438 stored, 40000 here; nothing "
                            "was imported (choose keep or replace for such rows)"));
    QCOMPARE(count("imports"), 1);

    auto storedEnergy = [this] {
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT energy FROM runs WHERE run_id LIKE '%000000000001'"));
        return q.next() ? q.value(0).toDouble() : -1.0;
    };
    ImportOptions keep;
    keep.onConflict = ConflictPolicy::Keep;
    r = importer.importFile(second, keep);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 0);
    QCOMPARE(r.duplicates, 1); // the identical row stays "already present"
    QCOMPARE(r.conflicts, 1);
    QCOMPARE(r.conflictIssues.size(), 1);
    QVERIFY2(r.conflictIssues.at(0).message().contains(QLatin1String("energy 36530.898438 stored, 40000 here")),
             qPrintable(r.conflictIssues.at(0).message()));
    QVERIFY(r.conflictIssues.at(0).message().endsWith(QLatin1String("kept the stored values")));
    QVERIFY(r.summary().contains(QLatin1String("1 rows conflicted")));
    QCOMPARE(storedEnergy(), 36530.898438);

    ImportOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    r = importer.importFile(second, replace);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.conflicts, 1);
    QCOMPARE(storedEnergy(), 40000.0);
    QCOMPARE(count("runs"), 3);
    QCOMPARE(conflictPolicyFromName(QStringLiteral("Replace")), ConflictPolicy::Replace);
    QVERIFY(!conflictPolicyFromName(QStringLiteral("merge")));
}

void TestImporter::conflictWithinOneFileNamesBothLines()
{
    const QByteArray text = Header + "\n" + row(0) + "\n" + row(1) + "\n" + row(1, "False", "1.5") + "\n";
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("twice.csv"), text));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QLatin1String("twice.csv:4: run_id '00000000-0000-4000-8000-000000000001' is stored "
                                              "already with other values (from twice.csv:3): energy 36530.898438 "
                                              "stored, 1.5 here")),
             qPrintable(r.error));
    QCOMPARE(count("runs"), 0);
}

void TestImporter::repeatedAutumnHourDoesNotCollide()
{
    // 2022-11-06: Denver's clocks go from 01:59:59 MDT back to 01:00 MST. The meter writes wall
    // time, so 01:00..01:59 appears twice; the second pass is seven hours behind UTC, not six.
    QByteArray text = "timestamp,node,watts\n";
    for (int pass = 0; pass < 2; ++pass) {
        for (int minute = 0; minute < 60; ++minute)
            text += QByteArray("2022-11-06T01:") + QByteArray::number(minute).rightJustified(2, '0')
                + ":00.000Z,r4i4n18," + QByteArray::number(300 + pass * 100 + minute) + "\n";
    }
    text += "2022-11-06T02:00:00.000Z,r4i4n18,250\n";
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("10512345.csv"), text));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 121);
    QCOMPARE(r.duplicates, 0);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT time_ns, watts FROM power_samples ORDER BY time_ns")));
    const qint64 firstPass = 1667718000LL; // 2022-11-06T07:00:00Z = 01:00 MDT
    qint64 previous = 0;
    int n = 0;
    while (q.next()) {
        const qint64 seconds = q.value(0).toLongLong() / 1000000000LL;
        QVERIFY(seconds > previous);
        previous = seconds;
        QCOMPARE(seconds, firstPass + 60 * n);
        // Watts follow the file: the first pass 300.., the second 400.., then 250.
        QCOMPARE(q.value(1).toInt(), n < 60 ? 300 + n : n < 120 ? 400 + n - 60 : 250);
        ++n;
    }
    QCOMPARE(n, 121); // 07:00..07:59 (MDT), 08:00..08:59 (MST), 09:00 (02:00 MST)
}

void TestImporter::conflictingPowerSampleIsReported()
{
    Importer importer(m_store);
    QVERIFY(importer
                .importFile(write(QStringLiteral("10512345.csv"),
                                  "timestamp,node,watts\n2022-09-22T16:28:01.000Z,r4i4n18,312\n"))
                .ok);
    const QString again = m_dir->filePath(QStringLiteral("again/10512345.csv"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("again")));
    QFile f(again);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("timestamp,node,watts\n2022-09-22T16:28:01.000Z,r4i4n18,313\n");
    f.close();
    ImportReport r = importer.importFile(again);
    QVERIFY(!r.ok);
    // A server names the sample by its key but keeps no line for it (docs/postgresql.md).
    const QString where = testsupport::storeTestsOnServer() ? QStringLiteral("10512345.csv")
                                                            : QStringLiteral("10512345.csv:2");
    QCOMPARE(r.error,
             where
                 + QStringLiteral(": the sample of job 10512345, node r4i4n18 at "
                                  "2022-09-22T22:28:01.000000Z is stored already with other values (from "
                                  "10512345.csv): watts 312 stored, 313 here; nothing was imported (choose keep or "
                                  "replace for such rows)"));
    ImportOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    r = importer.importFile(again, replace);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.conflicts, 1);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT watts FROM power_samples")) && q.next());
    QCOMPARE(q.value(0).toDouble(), 313.0);
    QVERIFY(!q.next());
}

void TestImporter::overlongLineAndTooManyFieldsAreRefused()
{
    Importer importer(m_store);
    // A 3 MB record (no line break): refused at the reader's limit, not read into memory whole.
    QByteArray longLine = Header + "\n" + QByteArray(3 << 20, 'x') + "\n";
    ImportReport r = importer.importFile(write(QStringLiteral("long.csv"), longLine));
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QStringLiteral("long.csv: line 2: a record is longer than 1048576 bytes; this is not a BUTTER-E "
                            "CSV file (or a quote is not closed)"));
    // The same inside a quote that never closes.
    r = importer.importFile(write(QStringLiteral("quote.csv"), Header + "\n\"" + QByteArray(3 << 20, 'y')));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("longer than 1048576 bytes")), qPrintable(r.error));
    // 100,000 empty fields in one short line.
    r = importer.importFile(write(QStringLiteral("commas.csv"), Header + "\n" + QByteArray(100000, ',') + "\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QStringLiteral("commas.csv: line 2: a record has more than 4096 fields; this is not a BUTTER-E "
                            "CSV file"));
    QCOMPARE(count("runs"), 0);
    QCOMPARE(count("imports"), 0);
}

void TestImporter::unknownHeaderMessageIsShort()
{
    // A header of one huge name and many columns: the message shows the start of each of the
    // first five names only.
    QByteArray header = QByteArray(500000, 'h');
    for (int i = 0; i < 50; ++i)
        header += ",col" + QByteArray::number(i);
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("wide.csv"), header + "\n1,2\n"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.size() < 400, qPrintable(r.error.left(500)));
    QVERIFY2(r.error.startsWith(QStringLiteral("wide.csv: neither a BUTTER-E nor a CodeCarbon file: its header (")
                                + QString(37, u'h') + QStringLiteral("...,col0,col1,col2,col3,...) matches none")),
             qPrintable(r.error));
}

void TestImporter::indexNamesFromTheStoreAreNotExecuted()
{
    WATTPRINT_SQLITE_ONLY("a server store's import never drops or builds indexes");
    // Someone edited the store: an index whose name is SQL. Loading into the empty runs table
    // drops and rebuilds indexes by the names in our own schema, never by names from the file.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("CREATE INDEX \"x; DROP TABLE datasets\" ON runs(node)")));
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("runs.csv"), csv(5)));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(count("datasets"), 13);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'runs' "
                                  "AND sql IS NOT NULL ORDER BY name")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QCOMPARE(names,
             (QStringList{QStringLiteral("runs_config"), QStringLiteral("runs_job"), QStringLiteral("runs_start"),
                          QStringLiteral("x; DROP TABLE datasets")}));
    QCOMPARE(schema::indexes().size(), 3);
    QCOMPARE(schema::indexes().first().name, QStringLiteral("runs_config"));
}

void TestImporter::everyRowRejectedIsAFailure()
{
    QByteArray text = Header + "\n";
    for (int i = 0; i < 4; ++i)
        text += row(i, "False", "lots") + "\n";
    Importer importer(m_store);
    ImportOptions options;
    options.skipInvalid = true;
    const ImportReport r = importer.importFile(write(QStringLiteral("bad.csv"), text), options);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("bad.csv: all 4 data rows were rejected; nothing was stored"));
    QCOMPARE(r.rejections.size(), 4); // still there to show why
    QCOMPARE(count("imports"), 0);
    QCOMPARE(count("import_rejections"), 0);
}

void TestImporter::controlCharactersAreEscaped()
{
    // A value with a terminal escape sequence and a file name with a line break.
    QByteArray text = Header + "\n" + row(0, "False", "\x1b[31m12\x07") + "\n";
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("evil\nname.csv"), text));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("evil\\x0aname.csv:2: column 'energy': '\\x1b[31m12\\x07' is not a number"));
    for (const QChar c : r.error)
        QVERIFY(c.unicode() >= 0x20);
    QCOMPARE(fieldparse::printable(QStringLiteral("a\u202Eb\u0085c")), QStringLiteral("a\\u{202e}b\\x85c"));
    QCOMPARE(fieldparse::printable(QStringLiteral("abcdefghij"), 6), QStringLiteral("abc..."));
}

void TestImporter::plannerKnowsTheRunsIndexes()
{
    if (m_store->engine() != SqlEngine::SQLite)
        QSKIP("the server keeps its own statistics");
    DemoOptions options;
    options.runs = 2000;
    options.traceJobs = 0;
    const ImportReport r = Importer(m_store).importFile(
        write(QStringLiteral("demo_runs.csv"), DemoGenerator(options).runsCsv()));
    QVERIFY2(r.ok, qPrintable(r.error));
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE tbl = 'runs' AND idx = 'runs_config'")));
    QVERIFY(q.next());
    // A filter on shape and device, which runs_config answers by stepping through its datasets:
    // without statistics SQLite reads every run to count them.
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM runs WHERE shape = ? AND device = ?")));
    q.addBindValue(QStringLiteral("rectangle"));
    q.addBindValue(QStringLiteral("CPU"));
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    // "ANY(dataset)": a skip-scan; without statistics the plan reads the whole index.
    QVERIFY2(plan.join(QLatin1Char(' ')).contains(QStringLiteral("ANY(dataset)")),
             qPrintable(plan.join(QLatin1Char(' '))));
    // A later import that more than doubles the runs takes the statistics again.
    QVERIFY(q.exec(QStringLiteral("SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE idx = 'runs_config'")));
    QVERIFY(q.next());
    const qint64 before = q.value(0).toLongLong();
    options.seed += 1;
    options.runs = 3000;
    const ImportReport more = Importer(m_store).importFile(
        write(QStringLiteral("more_runs.csv"), DemoGenerator(options).runsCsv()));
    QVERIFY2(more.ok, qPrintable(more.error));
    QVERIFY(q.exec(QStringLiteral("SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE idx = 'runs_config'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toLongLong() > before, qPrintable(QString::number(q.value(0).toLongLong())));
}

void TestImporter::demoFileStaysSyntheticWhenImportedAgain()
{
    DemoOptions options;
    options.runs = 200;
    DemoGenerator generator(options);
    const QByteArray csv = generator.runsCsv();
    QVERIFY(csv.left(csv.indexOf('\n')).endsWith(",wattprint_synthetic"));
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("demo_runs.csv"), csv)); // options say real
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 200);
    QVERIFY(r.synthetic);
    QVERIFY(r.summary().contains(QStringLiteral("synthetic demo data")));
    QVERIFY(m_store->hasSyntheticData());
    QVERIFY(!m_store->hasRealData());
    QVERIFY(m_store->sourceDescription().startsWith(QStringLiteral("Demo data (synthetic")));

    // A real file beside it keeps its own label.
    const ImportReport real = importer.importFile(
        write(QStringLiteral("real.csv"), Header + "\n" + row(0, "False", "12.5") + "\n"));
    QVERIFY2(real.ok, qPrintable(real.error));
    QVERIFY(!real.synthetic);
    QVERIFY(m_store->hasRealData());
}

void TestImporter::syntheticFileWithAMeasuredRowIsRefused()
{
    DemoOptions options;
    options.runs = 20;
    QByteArray csv = DemoGenerator(options).runsCsv();
    // The fourth data row (line 5) claims to be measured.
    qsizetype at = 0;
    for (int line = 0; line < 5; ++line)
        at = csv.indexOf('\n', at) + 1;
    const qsizetype marker = csv.lastIndexOf(",true\n", at - 1);
    QVERIFY(marker > 0);
    csv.replace(marker, 6, ",false\n");
    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("mixed.csv"), csv));
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QStringLiteral("mixed.csv:5: column 'wattprint_synthetic': 'false' says measured in a file of "
                            "synthetic runs: the file is mixed"));
    QCOMPARE(count("imports"), 0);
    QCOMPARE(count("runs"), 0);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

QList<runquality::Mask> TestImporter::storedQuality()
{
    QList<runquality::Mask> masks;
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT quality FROM runs ORDER BY run_id"));
    while (q.next())
        masks.append(runquality::Mask(q.value(0).toUInt()));
    return masks;
}

void TestImporter::qualityRulesAtTheirBoundaries()
{
    using runquality::bit;
    using R = runquality::Rule;
    std::vector<QualityRow> rows(20);
    std::vector<runquality::Mask> expected(20, 0);
    // 0: the excerpt's 529_pollen CPU run passes every rule.
    // 1-3: filter_1 as the file gives it (even against its own run_time); computed when empty:
    // 75,000 s exactly is not over the limit, 75,000.001 s is.
    rows[1].filter1 = "True";
    expected[1] = bit(R::RunTimeLimit);
    rows[2].filter1 = "";
    rows[2].runTime = "75000";
    rows[3].filter1 = "";
    rows[3].runTime = "75000.001";
    expected[3] = bit(R::RunTimeLimit);
    // 4-5: filter_2 as given, else energy == 0 (the stored power kept plausible to isolate the rule).
    rows[4].filter2 = "True";
    expected[4] = bit(R::ZeroEnergy);
    rows[5].filter2 = "";
    rows[5].energy = "0";
    expected[5] = bit(R::ZeroEnergy);
    // 6: filter_3 as given.
    rows[6].filter3 = "True";
    expected[6] = bit(R::RunTimeOutlier);
    // 7-8: std_energy exactly the CPU overhead (14,028.665573 J): non_overhead_energy = 0, so at the
    // overhead, and energy per datum 0 / (13 x 3000 x 256) = 0. One microjoule more passes both.
    rows[7].stdEnergy = "14028.665573";
    rows[7].nonOverheadEnergy = "";
    expected[7] = bit(R::BelowOverhead) | bit(R::NonPositiveEnergyPerDatum);
    rows[8].stdEnergy = "14028.665574";
    rows[8].nonOverheadEnergy = "";
    // 9: below the overhead in a dataset outside the sweep: no energy per datum to judge.
    rows[9].dataset = "not_in_the_sweep";
    rows[9].nonOverheadEnergy = "-5";
    expected[9] = bit(R::BelowOverhead);
    // 10-13: CPU power with the node type unknown: plausible from 0.5 x 220 = 110 W (cpu1, the
    // lowest idle) to 388 + 600 = 988 W (cpu4, the highest), both ends included.
    rows[10].power = "110";
    rows[11].power = "109.999";
    expected[11] = bit(R::ImplausiblePower);
    rows[12].power = "988";
    rows[13].power = "988.001";
    expected[13] = bit(R::ImplausiblePower);
    // 14-17: GPU, type unknown: 0.5 x 374 = 187 W (gpu1) to 403 + 1,200 = 1,603 W (gpu2).
    for (int i : {14, 15, 16, 17}) {
        rows[size_t(i)].gpu = "True";
        rows[size_t(i)].stdEnergy = "392528.1875";
        rows[size_t(i)].nonOverheadEnergy = "120967.947452";
    }
    rows[14].power = "187";
    rows[15].power = "186.99";
    expected[15] = bit(R::ImplausiblePower);
    rows[16].power = "1603";
    rows[17].power = "1603.01";
    expected[17] = bit(R::ImplausiblePower);
    // 18: the meter recorded nothing: every rule it implies (power 0 is below any idle power).
    rows[18].energy = "0";
    rows[18].power = "0";
    rows[18].stdEnergy = "0";
    rows[18].nonOverheadEnergy = "-14028.665573";
    rows[18].filter2 = "True";
    expected[18] = bit(R::ZeroEnergy) | bit(R::BelowOverhead) | bit(R::NonPositiveEnergyPerDatum)
        | bit(R::ImplausiblePower);
    // 19: several at once, as the file flags them.
    rows[19].filter1 = "True";
    rows[19].filter3 = "True";
    rows[19].power = "1000";
    expected[19] = bit(R::RunTimeLimit) | bit(R::RunTimeOutlier) | bit(R::ImplausiblePower);

    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("quality.csv"), qualityCsv(rows)));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 20); // quality never rejects a row
    QCOMPARE(r.rejected, 0);
    const QList<runquality::Mask> stored = storedQuality();
    QCOMPARE(stored.size(), 20);
    for (int i = 0; i < 20; ++i)
        QVERIFY2(stored[i] == expected[size_t(i)],
                 qPrintable(QStringLiteral("row %1: %2, expected %3").arg(i).arg(stored[i]).arg(expected[size_t(i)])));

    // The report counts runs per rule.
    QCOMPARE(r.qualityFlagged, 13);
    QCOMPARE(r.qualityByRule.value(QStringLiteral("run_time_limit")), 3);
    QCOMPARE(r.qualityByRule.value(QStringLiteral("zero_energy")), 3);
    QCOMPARE(r.qualityByRule.value(QStringLiteral("run_time_outlier")), 2);
    QCOMPARE(r.qualityByRule.value(QStringLiteral("below_overhead")), 3);
    QCOMPARE(r.qualityByRule.value(QStringLiteral("non_positive_energy_per_datum")), 2);
    QCOMPARE(r.qualityByRule.value(QStringLiteral("implausible_power")), 6);
    QVERIFY2(r.summary().contains(QLatin1String("13 run(s) fail a quality check (Run time over 75,000 s: 3, "
                                                "No energy recorded: 3, Run time far from similar runs: 2, "
                                                "Energy at or below the fixed overhead: 3, Energy per datum zero "
                                                "or negative: 2, Implausible average power: 6)")),
             qPrintable(r.summary()));
    // A clean file says nothing of quality.
    const ImportReport clean = importer.importFile(
        write(QStringLiteral("clean.csv"), Header + "\n" + row(100) + "\n" + row(101) + "\n"));
    QVERIFY2(clean.ok, qPrintable(clean.error));
    QCOMPARE(clean.qualityFlagged, 0);
    QVERIFY(!clean.summary().contains(QLatin1String("quality")));
}

void TestImporter::qualityComputesMissingFlags()
{
    // A file without filter_1..filter_3: filter_1 and filter_2 from their definitions, filter_3
    // from the whole group (device, dataset, size) once the file is stored.
    // Group A (CPU, 529_pollen, 256): 19 runs of 100 s and one of 1,000 s. On ln(run_time) the
    // outlier is (19/20) ln 10 from the mean and the sd (ddof 1) is ln 10 / sqrt(20), so
    // z = 19 / sqrt(20) = 4.249 > 4: flagged; the others have z = 1 / sqrt(20).
    // Group B (CPU, 529_pollen, 512): 16 runs of 100 s and one of 1,000 s: z = 16 / sqrt(17) =
    // 3.881, not flagged. Group C (GPU, 529_pollen, 256): one run of 1,000 s (no sd): not flagged,
    // and not mixed into group A.
    std::vector<QualityRow> rows;
    for (int i = 0; i < 20; ++i) {
        QualityRow r;
        r.runTime = i == 19 ? "1000" : "100";
        rows.push_back(r);
    }
    for (int i = 0; i < 17; ++i) {
        QualityRow r;
        r.size = 512;
        r.runTime = i == 16 ? "1000" : "100";
        rows.push_back(r);
    }
    QualityRow gpu;
    gpu.gpu = "True";
    gpu.runTime = "1000";
    gpu.stdEnergy = "392528.1875";
    gpu.nonOverheadEnergy = "120967.947452";
    gpu.power = "440";
    rows.push_back(gpu);
    QualityRow over; // group D: over the run-time limit, energy 0
    over.size = 1024;
    over.runTime = "80000";
    over.energy = "0";
    rows.push_back(over);

    Importer importer(m_store);
    const ImportReport r = importer.importFile(write(QStringLiteral("noflags.csv"), qualityCsv(rows, false)));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QList<runquality::Mask> stored = storedQuality();
    QCOMPARE(stored.size(), 39);
    using runquality::bit;
    using R = runquality::Rule;
    for (int i = 0; i < 39; ++i) {
        const runquality::Mask expected = i == 19 ? bit(R::RunTimeOutlier)
            : i == 38                             ? runquality::Mask(bit(R::RunTimeLimit) | bit(R::ZeroEnergy))
                                                  : runquality::Mask(0);
        QVERIFY2(stored[i] == expected, qPrintable(QStringLiteral("row %1: %2").arg(i).arg(stored[i])));
    }
    QCOMPARE(r.qualityByRule.value(QStringLiteral("run_time_outlier")), 1);
    // The file's flags columns stay as the file gave them: empty.
    QSqlQuery q(m_store->database());
    q.exec(
        QStringLiteral("SELECT count(*) FROM runs WHERE filter_1 IS NULL AND filter_2 IS NULL AND filter_3 IS NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 39);
}

void TestImporter::qualityFollowsTheNodeType()
{
    // A cpu2 node (idle 230 W): plausible from 115 W to 830 W. 112 W and 840 W pass while the type
    // is unknown (110-988 W), and fail once a node_sinfo file names the type: earlier runs follow.
    std::vector<QualityRow> rows(3);
    rows[0].power = "112";
    rows[1].power = "840";
    Importer importer(m_store);
    QVERIFY(importer.importFile(write(QStringLiteral("runs.csv"), qualityCsv(rows))).ok);
    QCOMPARE(storedQuality(), (QList<runquality::Mask>{0, 0, 0}));
    const QByteArray sinfo = "HOSTNAMES,CPUS,MEMORY,TMP_DISK,GRES\nr4i4n18, 36, 180224, 900000, (null)\n";
    QVERIFY(importer.importFile(write(QStringLiteral("sinfo.csv"), sinfo)).ok);
    const runquality::Mask power = runquality::bit(runquality::Rule::ImplausiblePower);
    QCOMPARE(storedQuality(), (QList<runquality::Mask>{power, power, 0}));

    // Runs imported after the node file get the type's bounds at once.
    QVERIFY(m_store->removeImports({1}, nullptr));
    QVERIFY(importer.importFile(write(QStringLiteral("runs2.csv"), qualityCsv(rows))).ok);
    QCOMPARE(storedQuality(), (QList<runquality::Mask>{power, power, 0}));
}
