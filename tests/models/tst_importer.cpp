// Every importer path: formats the real files come in, each kind of bad input, and the
// promise that a failed file leaves the store exactly as it was.
#include <demogenerator.h>
#include <fieldparse.h>
#include <importer.h>
#include <schema.h>
#include <store.h>

#include <QDir>

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

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsPlainCsv();
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

private:
    QString write(const QString &name, const QByteArray &data);
    qint64 count(const char *table);

    QTemporaryDir *m_dir = nullptr;
    Store *m_store = nullptr;
};

void TestImporter::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_store = new Store(m_dir->filePath(QStringLiteral("test.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestImporter::cleanup()
{
    delete m_store;
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
    const ImportReport r = importer.importFile(write(QStringLiteral("runs.csv"), csv(5)));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accepted, 5);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.kinds, QStringList{QStringLiteral("runs")});
    QCOMPARE(count("runs"), 5);
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT kind, rows_accepted, synthetic, length(sha256) FROM imports"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("runs"));
    QCOMPARE(q.value(1).toLongLong(), 5);
    QCOMPARE(q.value(2).toInt(), 0);
    QCOMPARE(q.value(3).toInt(), 64);
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
    QVERIFY2(r.error.startsWith(QLatin1String("other.csv: not a BUTTER-E file")), qPrintable(r.error));
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
    QCOMPARE(r.error,
             QStringLiteral("10512345.csv:2: the sample of job 10512345, node r4i4n18 at "
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
    QVERIFY2(r.error.startsWith(QStringLiteral("wide.csv: not a BUTTER-E file: its header (") + QString(37, u'h')
                                + QStringLiteral("...,col0,col1,col2,col3,...) matches none")),
             qPrintable(r.error));
}

void TestImporter::indexNamesFromTheStoreAreNotExecuted()
{
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
