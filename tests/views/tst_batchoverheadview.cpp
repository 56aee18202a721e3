// The batchwise overhead view on a 5000-run demo store: per-batch sums against SQL, bars in sweep
// order, the finding sentence on hand-made runs and on the store (recomputed from SQL), the
// total/share toggle, the click selection into the filter, the state fragment, wrapped batch
// names, and PNG/SVG/PDF exports written to the build's test-output.
#include <batchoverheadview.h>
#include <demostore.h>
#include <filterstate.h>
#include <runloader.h>
#include <store.h>
#include <units.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <cmath>

using namespace wattprint;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

using wattprint::testsupport::checkNotBlank;

double colourShare(const QImage &image, QColor c)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p(image.pixel(x, y));
            n += std::abs(p.red() - c.red()) <= 14 && std::abs(p.green() - c.green()) <= 14
                && std::abs(p.blue() - c.blue()) <= 14;
        }
    }
    return double(n) / (double(image.width()) * image.height());
}

void checkHasBars(const QImage &image, double minShare = 0.004)
{
    const double purple = colourShare(image, QColor(0xcc, 0x79, 0xa7));
    const double green = colourShare(image, QColor(0x00, 0x9e, 0x73));
    QVERIFY2(purple > minShare, qPrintable(QStringLiteral("overhead bars cover %1").arg(purple)));
    QVERIFY2(green > minShare, qPrintable(QStringLiteral("training bars cover %1").arg(green)));
}

struct HandRun
{
    const char *batch;
    bool gpu;
    double overhead;
    double core;
};

RunColumns handColumns(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    for (const HandRun &r : runs) {
        const QString name = QString::fromLatin1(r.batch);
        if (!c.batchNames.contains(name))
            c.batchNames << name;
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(0);
        c.shape.push_back(0);
        c.nodeType.push_back(0);
        c.batch.push_back(std::int32_t(c.batchNames.indexOf(name)));
        c.size.push_back(256);
        c.depth.push_back(3);
        c.isGpu.push_back(r.gpu ? 1 : 0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        c.energy.push_back(r.overhead + r.core);
        c.runTime.push_back(100);
        c.power.push_back((r.overhead + r.core) / 100);
        c.nonOverheadEnergy.push_back(r.core);
        c.energyOverhead.push_back(r.overhead);
        c.energyPerEpoch.push_back(r.core / 3000);
        c.energyPerDatum.push_back(r.core / 1e6);
        c.quality.push_back(0);
    }
    return c;
}

// Whole percents from 10% up, one decimal below: 13.6 -> "14%", 5.04 -> "5.0%".
QString percent(double share)
{
    const double p = share * 100;
    return QString::number(p, 'f', std::round(p * 10) / 10 < 10 ? 1 : 0) + QLatin1Char('%');
}

struct SqlBatch
{
    QString name;
    qint64 runs = 0;
    double overhead = 0;
    double core = 0;
    double share() const { return overhead / (overhead + core); }
};

} // namespace

class TestBatchOverheadView : public QObject
{
    Q_OBJECT

private:
    QList<SqlBatch> sqlBatches(const QString &where = {}) const;
    void setFilter(const Filter &filter);
    bool waitReady(ViewPanel *view, int timeoutMs = 20000);
    QString outPath(const QString &name) const;

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<BatchOverheadView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void sumsMatchSql();
    void findingKnownAnswers();
    void findingFromStoreMatchesSql();
    void toggleShareAndTotal();
    void clickSelectsBatch();
    void stateRoundTrip();
    void longNamesWrap();
    void emptyFilter();
    void exportsPngSvgPdf();
    void controlsNamedAndReachable();
    void timingOnLargeStore();
};

void TestBatchOverheadView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestBatchOverheadView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestBatchOverheadView::init()
{
    m_fx.reset();
    m_view = std::make_unique<BatchOverheadView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestBatchOverheadView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

void TestBatchOverheadView::setFilter(const Filter &filter)
{
    m_fx.setFilter(filter);
}

bool TestBatchOverheadView::waitReady(ViewPanel *view, int timeoutMs)
{
    return testsupport::ViewTestEnvironment::waitReady(view, timeoutMs);
}

QString TestBatchOverheadView::outPath(const QString &name) const
{
    return testsupport::ViewTestEnvironment::outPath(name);
}

QList<SqlBatch> TestBatchOverheadView::sqlBatches(const QString &where) const
{
    QSqlQuery q(m_fx.store()->database());
    const QString sql = QStringLiteral(
                            "SELECT batch, count(*), sum(energy_overhead), sum(non_overhead_energy) FROM runs "
                            "%1 GROUP BY batch ORDER BY batch")
                            .arg(where);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    QList<SqlBatch> batches;
    while (q.next())
        batches.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toDouble()});
    return batches;
}

void TestBatchOverheadView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("batch-overhead"));
    QCOMPARE(m_view->objectName(), QStringLiteral("batch-overhead"));
    QCOMPARE(m_view->title(), QStringLiteral("Overhead vs non-overhead, batchwise"));
    QCOMPARE(m_view->nugget(), QStringLiteral("Which sweep batches wasted most of their energy on overhead?"));
    QVERIFY(m_view->howToRead().contains(QStringLiteral("standardised to the reference node type")));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(), m_view->nugget());
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("scaleBox"));
    QCOMPARE(box->itemText(0), QStringLiteral("Total energy"));
    QCOMPARE(box->itemText(1), QStringLiteral("Share (%)"));
}

void TestBatchOverheadView::sumsMatchSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QVERIFY(r);
    QCOMPARE(r->grouping, OverheadGrouping::Batch);
    const QList<SqlBatch> sql = sqlBatches();
    QVERIFY(sql.size() >= 4);
    // Sweep order: energy_1, energy_2_cpu, ... left to right.
    QCOMPARE(int(r->groups.size()), int(sql.size()));
    const double unit = m_view->chart()->unit().joules;
    for (int i = 0; i < sql.size(); ++i) {
        const OverheadGroup &g = r->groups[std::size_t(i)];
        QCOMPARE(g.name, sql[i].name);
        QCOMPARE(qint64(g.runs), sql[i].runs);
        QVERIFY(near(g.overhead, sql[i].overhead));
        QVERIFY(near(g.core, sql[i].core));
        // Drawn at key i, in the axis unit.
        QVERIFY(near(m_view->chart()->overheadBars()->data()->findBegin(i, false)->value, sql[i].overhead / unit));
        QVERIFY(near(m_view->chart()->coreBars()->data()->findBegin(i, false)->value, sql[i].core / unit));
    }
    m_view->chart()->replot();
    QVERIFY(m_view->chart()->barCenter(0).x() < m_view->chart()->barCenter(1).x());

    // Under a filter.
    Filter f;
    f.sizeMax = 4096;
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    const QList<SqlBatch> small = sqlBatches(QStringLiteral("WHERE size <= 4096"));
    QCOMPARE(int(m_view->result()->groups.size()), int(small.size()));
    for (int i = 0; i < small.size(); ++i) {
        QCOMPARE(qint64(m_view->result()->groups[std::size_t(i)].runs), small[i].runs);
        QVERIFY(near(m_view->result()->groups[std::size_t(i)].overhead, small[i].overhead));
    }
}

void TestBatchOverheadView::findingKnownAnswers()
{
    // energy_1: 2 GPU runs 100 + 60 -> 200 of 320 = 62.5%; energy_2_cpu: 10 + 190 -> 5%;
    // energy_4_cpu_extra_shapes: 10 + 40 -> 20%.
    const RunColumns c = handColumns({{"energy_2_cpu", false, 10, 190},
                                      {"energy_1", true, 100, 60},
                                      {"energy_4_cpu_extra_shapes", false, 10, 40},
                                      {"energy_1", true, 100, 60}});
    const OverheadSummary s = summarizeOverhead(c, OverheadGrouping::Batch, OverheadOrder::Name);
    QCOMPARE(s.groups.size(), std::size_t(3));
    QCOMPARE(s.groups[0].name, QStringLiteral("energy_1")); // by name, not by share
    QCOMPARE(s.groups[1].name, QStringLiteral("energy_2_cpu"));
    QCOMPARE(s.groups[0].overhead, 200.0);
    QCOMPARE(s.groups[0].core, 120.0);
    QCOMPARE(BatchOverheadView::findingFor(s),
             QStringLiteral("Batch energy_1 spent the largest share on overhead (%1), batch energy_2_cpu the smallest "
                            "(%2).")
                 .arg(percent(200.0 / 320), percent(10.0 / 200)));
    QCOMPARE(BatchOverheadView::findingFor(s),
             QStringLiteral("Batch energy_1 spent the largest share on overhead (63%), batch energy_2_cpu the smallest "
                            "(5.0%)."));
    // One batch.
    const RunColumns one = handColumns({{"energy_1", true, 58, 42}});
    QCOMPARE(BatchOverheadView::findingFor(summarizeOverhead(one, OverheadGrouping::Batch, OverheadOrder::Name)),
             QStringLiteral("Batch energy_1 spent 58% of its energy on overhead."));
    QCOMPARE(
        BatchOverheadView::findingFor(summarizeOverhead(RunColumns(), OverheadGrouping::Batch, OverheadOrder::Name)),
        QStringLiteral("No runs match the filter."));
    // No positive energy to split.
    const RunColumns zero = handColumns({{"energy_1", true, 0, 0}});
    QVERIFY(BatchOverheadView::findingFor(summarizeOverhead(zero, OverheadGrouping::Batch, OverheadOrder::Name))
                .startsWith(QStringLiteral("The runs in")));
}

void TestBatchOverheadView::findingFromStoreMatchesSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const QList<SqlBatch> sql = sqlBatches();
    SqlBatch largest = sql.first(), smallest = sql.first();
    for (const SqlBatch &b : sql) {
        if (b.share() > largest.share())
            largest = b;
        if (b.share() < smallest.share())
            smallest = b;
    }
    QVERIFY(smallest.share() >= 0.01);
    const QString expected = QStringLiteral("Batch %1 spent the largest share on overhead (%2), batch %3 the smallest "
                                            "(%4).")
                                 .arg(largest.name, percent(largest.share()), smallest.name, percent(smallest.share()));
    QCOMPARE(m_view->finding(), expected);
    qInfo("finding on the 5000-run demo: %s", qPrintable(m_view->finding()));
}

void TestBatchOverheadView::toggleShareAndTotal()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QCOMPARE(m_view->scale(), OverheadBarChart::Scale::Energy);
    QVERIFY(m_view->chart()->yAxis->label().endsWith(QStringLiteral("(%1)").arg(m_view->chart()->unit().symbol)));
    QSignalSpy stateChanged(m_view.get(), &ViewPanel::stateChanged);
    QSignalSpy ready(m_view.get(), &ViewPanel::readyChanged);
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("scaleBox"));
    const int index = box->findData(QStringLiteral("share"));
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(m_view->scale(), OverheadBarChart::Scale::Share);
    QCOMPARE(stateChanged.count(), 1);
    QCOMPARE(ready.count(), 0);
    const QList<SqlBatch> sql = sqlBatches();
    for (int i = 0; i < sql.size(); ++i) {
        const double o = m_view->chart()->overheadBars()->data()->findBegin(i, false)->value;
        const double c = m_view->chart()->coreBars()->data()->findBegin(i, false)->value;
        QVERIFY(near(o, 100 * sql[i].share()));
        QVERIFY(near(o + c, 100));
    }
    QCOMPARE(m_view->chart()->yAxis->range().upper, 100.0);
    QVERIFY(m_view->chart()->yAxis->label().contains(QStringLiteral("(%)")));
    const QString png = outPath(QStringLiteral("batch-overhead-share.png"));
    QVERIFY(m_view->exportToFile(png, nullptr, 110));
    checkHasBars(QImage(png));

    box->setCurrentIndex(0);
    emit box->activated(0);
    QCOMPARE(m_view->scale(), OverheadBarChart::Scale::Energy);
    QCOMPARE(stateChanged.count(), 2);
    QVERIFY(near(m_view->chart()->coreBars()->data()->findBegin(0, false)->value,
                 sql[0].core / m_view->chart()->unit().joules));
    QCOMPARE(m_view->result(), r);
    // Reset zoom puts the axes back to the data, with the numbers still above their bars.
    const QCPRange value = m_view->chart()->yAxis->range();
    m_view->chart()->xAxis->setRange(2, 3);
    m_view->chart()->yAxis->setRange(7, 8);
    m_view->resetZoom();
    QCOMPARE(m_view->chart()->yAxis->range(), value);
    QCOMPARE(m_view->chart()->xAxis->range(), QCPRange(-0.6, double(r->groups.size()) - 0.4));
    QCOMPARE(m_view->chart()->xAxis2->range(), m_view->chart()->xAxis->range());
    // The numbers above each bar: share, overhead, total.
    const QString label = m_view->chart()->valueLabel(0);
    QCOMPARE(label,
             QStringLiteral("%1 overhead\n%2\nof %3")
                 .arg(percent(sql[0].share()), units::energy(sql[0].overhead, units::AutoUnit::WattHours),
                      units::energy(sql[0].overhead + sql[0].core, units::AutoUnit::WattHours)));
}

void TestBatchOverheadView::clickSelectsBatch()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    OverheadBarChart *chart = m_view->chart();
    chart->replot();
    const QString first = m_view->result()->groups[0].name;
    const QString second = m_view->result()->groups[1].name;

    // Above the shortest bar, inside the chart: nothing.
    int shortest = 0;
    for (int i = 0; i < chart->groupCount(); ++i) {
        if (m_view->result()->groups[std::size_t(i)].total() < m_view->result()->groups[std::size_t(shortest)].total())
            shortest = i;
    }
    const QPoint empty(qRound(chart->barCenter(shortest).x()), chart->axisRect()->rect().top() + 3);
    QCOMPARE(chart->groupAt(empty), -1);
    const quint64 before = m_fx.filterState->generation();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, empty);
    QCOMPARE(m_fx.filterState->generation(), before);

    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->barCenter(1).toPoint());
    QCOMPARE(m_fx.filterState->filter().batches, QStringList{second});
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select batch %1").arg(second));
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(int(m_view->result()->groups.size()), 1);
    QCOMPARE(m_view->result()->groups[0].name, second);

    // The batch's name below the bar: Ctrl+click takes it out.
    chart->replot();
    const QPoint name(qRound(chart->barCenter(0).x()), chart->axisRect()->rect().bottom() + 12);
    QCOMPARE(chart->groupAt(name), 0);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::ControlModifier, name);
    QVERIFY(m_fx.filterState->filter().batches.isEmpty());
    QVERIFY(waitReady(m_view.get()));
    // The numbers above the bar: Ctrl+click adds.
    chart->replot();
    const QPoint numbers(qRound(chart->barCenter(0).x()), chart->axisRect()->rect().top() - 12);
    QCOMPARE(chart->groupAt(numbers), 0);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::ControlModifier, numbers);
    QCOMPARE(m_fx.filterState->filter().batches, QStringList{first});
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Add batch %1 to the selection").arg(first));
    m_view->selectBatch(second, true);
    QCOMPARE(m_fx.filterState->filter().batches, (QStringList{first, second}));

    // Keyboard: Right moves the highlight, Enter selects.
    QVERIFY(waitReady(m_view.get()));
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(chart->currentGroup(), chart->groupCount() - 1);
    QTest::keyClick(chart, Qt::Key_Home);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentGroup(), 1);
    QTest::keyClick(chart, Qt::Key_Enter);
    QCOMPARE(m_fx.filterState->filter().batches, QStringList{m_view->result()->groups[1].name});
}

void TestBatchOverheadView::stateRoundTrip()
{
    m_view->setScale(OverheadBarChart::Scale::Share);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state, QJsonObject({{QStringLiteral("scale"), QStringLiteral("share")}}));
    BatchOverheadView other;
    QSignalSpy changed(&other, &ViewPanel::stateChanged);
    other.restoreState(state);
    QCOMPARE(other.scale(), OverheadBarChart::Scale::Share);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("scaleBox"))->currentData().toString(),
             QStringLiteral("share"));
    other.restoreState(QJsonObject{{QStringLiteral("scale"), QStringLiteral("volts")}});
    QCOMPARE(other.scale(), OverheadBarChart::Scale::Share);
}

void TestBatchOverheadView::longNamesWrap()
{
    QFont font;
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);
    const QString name = QStringLiteral("energy_3_cpu_extra_depths");
    const QString wrapped = OverheadBarChart::wrapName(name, metrics, 90);
    QVERIFY2(wrapped.contains(QLatin1Char('\n')), qPrintable(wrapped));
    QCOMPARE(QString(wrapped).remove(QLatin1Char('\n')), name); // nothing lost
    for (const QString &line : wrapped.split(QLatin1Char('\n')))
        QVERIFY2(metrics.horizontalAdvance(line) <= 90, qPrintable(line));
    QCOMPARE(OverheadBarChart::wrapName(QStringLiteral("energy_1"), metrics, 90), QStringLiteral("energy_1"));
    // A single piece wider than the room stays whole (it cannot be broken at an underscore).
    QCOMPARE(OverheadBarChart::wrapName(QStringLiteral("averyveryverylongname"), metrics, 20),
             QStringLiteral("averyveryverylongname"));

    // Drawn in a narrow widget: the names wrap and every label fits between its neighbours' slots.
    m_view->resize(520, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    OverheadBarChart *chart = m_view->chart();
    chart->replot();
    chart->replot(); // the ticker guesses the slot width from the last layout
    const double slot = std::abs(chart->xAxis->coordToPixel(1) - chart->xAxis->coordToPixel(0));
    const QFontMetricsF tick(chart->xAxis->tickLabelFont());
    const QVector<QString> labels = chart->xAxis->tickVectorLabels();
    QCOMPARE(labels.size(), chart->groupCount());
    for (const QString &label : labels) {
        for (const QString &line : label.split(QLatin1Char('\n')))
            QVERIFY2(tick.horizontalAdvance(line) < slot,
                     qPrintable(QStringLiteral("%1 in %2 px").arg(line).arg(slot)));
    }
    for (const QString &label : chart->xAxis2->tickVectorLabels()) {
        for (const QString &line : label.split(QLatin1Char('\n')))
            QVERIFY2(tick.horizontalAdvance(line) < slot,
                     qPrintable(QStringLiteral("%1 in %2 px").arg(line).arg(slot)));
    }
    QVERIFY(m_view->grab().save(outPath(QStringLiteral("batch-overhead-narrow.png"))));
}

void TestBatchOverheadView::emptyFilter()
{
    Filter f;
    f.runIds = {-1};
    m_fx.filterState->setFilter(f);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->finding(), QStringLiteral("No runs match the filter."));
    QCOMPARE(m_view->chart()->groupCount(), 0);
    const QString png = outPath(QStringLiteral("batch-overhead-empty.png"));
    QVERIFY(m_view->exportToFile(png));
    checkNotBlank(QImage(png), 10, 0.01); // title, strip, axes and the message only
}

void TestBatchOverheadView::exportsPngSvgPdf()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QString error;
    m_view->resize(820, 560);
    QTest::qWait(50);
    m_view->chart()->replot();
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    checkHasBars(screen);
    QVERIFY(screen.save(outPath(QStringLiteral("batch-overhead-screen.png"))));

    const QString png = outPath(QStringLiteral("batch-overhead.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 150), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(qRound(1123 * 150 / 96.0), qRound(794 * 150 / 96.0)));
    checkNotBlank(image, 200);
    checkHasBars(image);

    const QString svg = outPath(QStringLiteral("batch-overhead.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("energy_1"));

    const QString pdf = outPath(QStringLiteral("batch-overhead.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() < 5 * 1024 * 1024);
    if (!QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        QSKIP("pdftoppm is not installed: the PDF was not rendered");
    const QString prefix = outPath(QStringLiteral("batch-overhead-pdf"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("/usr/bin/pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    checkNotBlank(page, 40);
    checkHasBars(page);
}

void TestBatchOverheadView::controlsNamedAndReachable()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QStringList reached;
    QWidget *w = m_view.get();
    for (int i = 0; i < 200; ++i) {
        w = w->nextInFocusChain();
        if (w == m_view.get())
            break;
        if (!w->isVisibleTo(m_view.get()) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        reached << w->accessibleName();
    }
    for (const QString &name :
         {QStringLiteral("How to read this chart"), QStringLiteral("Export"), QStringLiteral("Bar length"),
          QStringLiteral("Overhead and training energy per sweep batch")})
        QVERIFY2(reached.contains(name), qPrintable(reached.join(QStringLiteral(", "))));
}

// Set WATTPRINT_OVERHEAD_DB to a full store (built here with the default 63,527-run demo if the
// file does not exist) to print the time from refresh() to a drawn result.
void TestBatchOverheadView::timingOnLargeStore()
{
    const QString db = qEnvironmentVariable("WATTPRINT_OVERHEAD_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_OVERHEAD_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = DemoStore::build(&store, DemoOptions());
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    m_view.reset();
    m_fx.setDataSource(db, Filter());
    qint64 loadMs = -1, rows = 0;
    connect(m_fx.service.get(), &AnalysisService::snapshotLoaded, this, [&](quint64, qint64 n, qint64 ms) {
        rows = n;
        loadMs = ms;
    });
    QElapsedTimer gui;
    connect(m_fx.service.get(), &AnalysisService::resultReady, this, [&] { gui.start(); });
    qint64 guiMs = -1;
    m_view = std::make_unique<BatchOverheadView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
    connect(m_view.get(), &ViewPanel::readyChanged, this, [&](bool ready) {
        if (ready)
            guiMs = gui.elapsed();
    });
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(m_view.get(), 120000));
    qInfo("%lld runs: cold refresh to ready %lld ms (loading the snapshot %lld ms, handling the result on the GUI "
          "thread %lld ms)",
          rows, t.elapsed(), loadMs, guiMs);
    QTest::qWait(30);
    t.restart();
    m_view->setScale(OverheadBarChart::Scale::Share);
    m_view->chart()->replot();
    qInfo("toggle to share and replot: %lld ms", t.elapsed());
    qInfo("finding on the full demo: %s", qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("batch-overhead-full-demo-share.png"))));
    m_view->setScale(OverheadBarChart::Scale::Energy);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("batch-overhead-full-demo.png"))));
}

QTEST_MAIN(TestBatchOverheadView)
#include "tst_batchoverheadview.moc"
