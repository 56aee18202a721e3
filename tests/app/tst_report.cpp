// The PDF report: the same document from the builder the GUI uses and from `wattprint report`;
// its totals against SQL and the carbon arithmetic; vector text, page numbers and contents
// checked through pdftotext (poppler-utils), page count from the file itself.
#include "../support/demostorecache.h"

#include <commandline.h>
#include <demostore.h>
#include <mainwindow.h>
#include <reportbuilder.h>
#include <reporttotals.h>
#include <runloader.h>
#include <store.h>
#include <units.h>
#include <viewpanel.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wattprint;

namespace {

int pdfPageCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = f.readAll();
    // Page objects, not the /Pages tree node.
    return int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page/")
               + bytes.count("/Type /Page>"));
}

// The text of one page, or of the whole file (page 0), as a reader would extract it.
QString pdfText(const QString &path, int page = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    // NFKC folds the typographic ligatures ("ﬀ") the PDF's fonts use back into letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totalsMatchSql();
    void builderWritesCoverContentsViewsMethod();
    void filterAndCarbonOnCover();
    void commandLineWritesTheSameReport();
    void badInputGivesClearMessages();

private:
    QString outPath(const QString &name) const { return QStringLiteral(WATTPRINT_OUTPUT_DIR "/") + name; }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.runs = 4000;
    options.traceJobs = 20;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_db, &error), qPrintable(error));
}

void TestReport::totalsMatchSql()
{
    Store store(m_db);
    QVERIFY(store.open(nullptr));
    Filter filter;
    filter.devices = {QStringLiteral("GPU")};
    RunColumns runs;
    QString error;
    QVERIFY2(RunLoader(&store).load(filter, &runs, nullptr, &error), qPrintable(error));
    const ReportTotals t = reportTotals(runs);

    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT COUNT(*), SUM(energy), SUM(energy_overhead), MIN(start_ns), MAX(start_ns), "
        "(SELECT COUNT(*) FROM (SELECT DISTINCT dataset, shape, size, depth FROM runs WHERE device = 'GPU')) "
        "FROM runs WHERE device = 'GPU'")));
    QVERIFY(q.next());
    QCOMPARE(qint64(t.runs), q.value(0).toLongLong());
    QCOMPARE(qint64(t.gpuRuns), q.value(0).toLongLong());
    QCOMPARE(t.cpuRuns, std::size_t(0));
    QVERIFY(qAbs(t.joules - q.value(1).toDouble()) <= 1e-9 * q.value(1).toDouble());
    QVERIFY(qAbs(t.overheadJoules - q.value(2).toDouble()) <= 1e-9 * q.value(2).toDouble());
    QCOMPARE(t.firstStartNs, q.value(3).toLongLong());
    QCOMPARE(t.lastStartNs, q.value(4).toLongLong());
    QCOMPARE(qint64(t.configurations), q.value(5).toLongLong());
}

void TestReport::builderWritesCoverContentsViewsMethod()
{
    ReportRequest request;
    request.dbPath = m_db;
    request.outPath = outPath(QStringLiteral("report-builder.pdf"));
    request.viewIds = {QStringLiteral("distribution"), QStringLiteral("sankey"), QStringLiteral("cache")};
    request.factors = factorsForRegion(u"world");
    QString error;
    qint64 ms = 0;
    QVERIFY2(ReportBuilder::build(request, &error, &ms), qPrintable(error));
    qInfo("3-view report of 4,000 runs in %lld ms", ms);
    QCOMPARE(pdfPageCount(request.outPath), ReportWriter::pageCount(3));
    QCOMPARE(ReportWriter::pageCount(3), 7);

    const QString all = pdfText(request.outPath);
    if (all.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Vector text: a reader finds the words and the page numbers.
    for (int page = 1; page <= 7; ++page)
        QVERIFY2(all.contains(QStringLiteral("Page %1 of 7").arg(page)), qPrintable(QString::number(page)));
    const QString cover = pdfText(request.outPath, 1);
    QVERIFY(cover.contains(QLatin1String("Synthetic demo data")));
    QVERIFY(cover.contains(QLatin1String("4,000")));
    QVERIFY(cover.contains(QLatin1String("all runs")));
    const QString contents = pdfText(request.outPath, 2);
    QVERIFY(contents.contains(QLatin1String("Contents")));
    QVERIFY(contents.contains(QLatin1String("Memory hierarchy and cache-spill effect")));
    QVERIFY(contents.contains(QLatin1String("Carbon impact flow")));
    QVERIFY(contents.contains(QLatin1String("Conversion factors and their sources")));
    // Each view on the page the contents promise, with its question and its finding.
    const QString sankey = pdfText(request.outPath, ReportWriter::viewPage(1));
    QVERIFY(sankey.contains(QLatin1String("What does this energy mean in carbon and money?")));
    QVERIFY(sankey.contains(QLatin1String("runs used")));
    QVERIFY(
        pdfText(request.outPath, ReportWriter::viewPage(2)).contains(QLatin1String("working set leaves the cache")));
    const QString method = pdfText(request.outPath, ReportWriter::methodPage(3));
    QVERIFY(method.contains(QLatin1String("10,000 J at 400 g/kWh = 0.002778 kWh x 400 = 1.11 g CO2e")));
    const QString factors = pdfText(request.outPath, ReportWriter::factorsPage(3));
    QVERIFY(factors.contains(QLatin1String("World average (in force)")));
    QVERIFY(factors.contains(QLatin1String("2019")));
}

void TestReport::filterAndCarbonOnCover()
{
    ReportRequest request;
    request.dbPath = m_db;
    request.outPath = outPath(QStringLiteral("report-filtered.pdf"));
    request.viewIds = {QStringLiteral("radar")};
    request.filter.devices = {QStringLiteral("CPU")};
    request.factors = customFactors(400, 1.5, 0.25, QStringLiteral("EUR"));
    QString error;
    QVERIFY2(ReportBuilder::build(request, &error), qPrintable(error));

    Store store(m_db);
    QVERIFY(store.open(nullptr));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(energy) FROM runs WHERE device = 'CPU'")));
    QVERIFY(q.next());
    const double kwh = q.value(1).toDouble() / 3.6e6;
    const QString cover = pdfText(request.outPath, 1);
    if (cover.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(cover.contains(request.filter.describe()), qPrintable(cover));
    QVERIFY(cover.contains(QLocale().toString(q.value(0).toLongLong())));
    // CO2e = kWh x PUE x intensity; cost = kWh x PUE x price: computed here, found on the page.
    const double kg = kwh * 1.5 * 400 / 1000;
    const QString kgText = units::threeDigits(kg) + QLatin1String(" kg CO2e");
    QVERIFY2(cover.contains(kgText), qPrintable(kgText + QLatin1String(" not in ") + cover));
    QVERIFY2(cover.contains(QLocale().toString(kwh * 1.5 * 0.25, 'f', 2) + QLatin1String(" EUR")), qPrintable(cover));
    QVERIFY(cover.contains(QLatin1String("400.0 gCO2e/kWh")));
}

void TestReport::commandLineWritesTheSameReport()
{
    const QString out = outPath(QStringLiteral("report-cli.pdf"));
    QFile::remove(out);
    const int code = CommandLine::run({QStringLiteral("wattprint"), QStringLiteral("report"), QStringLiteral("--db"),
                                       m_db, QStringLiteral("--out"), out, QStringLiteral("--views"),
                                       QStringLiteral("depth,sunburst"), QStringLiteral("--region"),
                                       QStringLiteral("france")});
    QCOMPARE(code, 0);
    QCOMPARE(pdfPageCount(out), ReportWriter::pageCount(2));
    const QString text = pdfText(out);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.contains(QLatin1String("Hierarchical energy breakdown")));
    QVERIFY(text.contains(QLatin1String("France (in force)")));
    // No price given: cost at the default price, which the cover and the factors page name.
    const QString flat = text.simplified();
    QVERIFY2(flat.contains(QLatin1String("USD at the default price")), qPrintable(flat));
    QVERIFY(flat.contains(QLatin1String("0.1200 USD per kWh (default, as no own price is set: US Energy Information "
                                        "Administration, average retail price of electricity to commercial "
                                        "customers, 2024)")));
    QVERIFY(flat.contains(QLatin1String("Electricity price, default (in force)")));
    QVERIFY(flat.contains(QLatin1String("56.0 gCO2e/kWh (France; CodeCarbon global_energy_mix.json")));
    // The other countries in one row; the equivalents' factors per one unit, CO2 only.
    QVERIFY(flat.contains(QLatin1String("212 other countries")));
    QVERIFY(flat.contains(QLatin1String("gCO2 per smartphone charge")));
    QVERIFY(!flat.contains(QLatin1String("verified")));
    QVERIFY(!flat.contains(QLatin1String("brief")));
}

void TestReport::badInputGivesClearMessages()
{
    QString error;
    ReportRequest request;
    request.dbPath = m_dir.filePath(QStringLiteral("missing.sqlite"));
    request.outPath = outPath(QStringLiteral("never.pdf"));
    QVERIFY(!ReportBuilder::build(request, &error));
    QVERIFY2(error.contains(QLatin1String("missing.sqlite")) && error.contains(QLatin1String("does not exist")),
             qPrintable(error));
    request.dbPath = m_db;
    request.viewIds = {QStringLiteral("nonsense")};
    QVERIFY(!ReportBuilder::build(request, &error));
    QVERIFY2(error.contains(QLatin1String("unknown view 'nonsense'")), qPrintable(error));
    request.viewIds = {QStringLiteral("radar")};
    request.outPath = m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
    QVERIFY(!ReportBuilder::build(request, &error));
    QVERIFY2(error.contains(QLatin1String("r.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(request.outPath));
    QCOMPARE(CommandLine::run({QStringLiteral("wattprint"), QStringLiteral("report"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--out"), QStringLiteral("x.png")}),
             1);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
