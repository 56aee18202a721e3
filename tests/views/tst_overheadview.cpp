// The energy overhead view on a 5000-run demo store: its per-group sums against SQL, the order
// by overhead share, the finding sentence on hand-made runs with a known answer and on the store
// (recomputed from SQL), the energy/share toggle, the click (and keyboard) selection into the
// filter, the state fragment, and PNG/SVG/PDF exports written to the build's test-output.
#include <analysiserror.h>
#include <demostore.h>
#include <filterstate.h>
#include <overheadview.h>
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

// A PNG that shows something: many colours and a fair share of non-white pixels.
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

// Both parts of the bars are on the picture: the overhead's purple and the training's green.
void checkHasBars(const QImage &image, double minShare = 0.004)
{
    const double purple = colourShare(image, QColor(0xcc, 0x79, 0xa7));
    const double green = colourShare(image, QColor(0x00, 0x9e, 0x73));
    QVERIFY2(purple > minShare, qPrintable(QStringLiteral("overhead bars cover %1").arg(purple)));
    QVERIFY2(green > minShare, qPrintable(QStringLiteral("training bars cover %1").arg(green)));
}

struct HandRun
{
    const char *dataset;
    bool gpu;
    double overhead;
    double core;
};

RunColumns handColumns(const std::vector<HandRun> &runs)
{
    RunColumns c;
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu"), QStringLiteral("energy_1")};
    for (const HandRun &r : runs) {
        const QString name = QString::fromLatin1(r.dataset);
        if (!c.datasetNames.contains(name))
            c.datasetNames << name;
        c.id.push_back(std::int64_t(c.id.size() + 1));
        c.dataset.push_back(std::int32_t(c.datasetNames.indexOf(name)));
        c.shape.push_back(0);
        c.nodeType.push_back(r.gpu ? 1 : 0);
        c.batch.push_back(r.gpu ? 1 : 0);
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

struct SqlGroup
{
    qint64 runs = 0;
    double overhead = 0;
    double core = 0;
};

} // namespace

class TestOverheadView : public QObject
{
    Q_OBJECT

private:
    QMap<QString, SqlGroup> sqlGroups(const QString &column, const QString &where = {}) const;
    void setFilter(const Filter &filter);
    bool waitReady(ViewPanel *view, int timeoutMs = 20000);
    QString outPath(const QString &name) const;

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<OverheadView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void sumsMatchSql();
    void sortedByShare();
    void findingKnownAnswers();
    void findingFromStoreMatchesSql();
    void oneDeviceAndEmpty();
    void toggleShareAndEnergy();
    void clickSelectsGroup();
    void keyboardSelectsGroup();
    void stateRoundTrip();
    void energyUnits();
    void exportsPngSvgPdf();
    void controlsNamedAndReachable();
    void timingOnLargeStore();
};

void TestOverheadView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestOverheadView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestOverheadView::init()
{
    m_fx.reset();
    m_view = std::make_unique<OverheadView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestOverheadView::cleanup()
{
    units::setEnergyUnit(units::EnergyUnit::Automatic);
    m_view.reset();
    m_fx.release();
}

void TestOverheadView::setFilter(const Filter &filter)
{
    m_fx.setFilter(filter);
}

bool TestOverheadView::waitReady(ViewPanel *view, int timeoutMs)
{
    return testsupport::ViewTestEnvironment::waitReady(view, timeoutMs);
}

QString TestOverheadView::outPath(const QString &name) const
{
    return testsupport::ViewTestEnvironment::outPath(name);
}

QMap<QString, SqlGroup> TestOverheadView::sqlGroups(const QString &column, const QString &where) const
{
    QSqlQuery q(m_fx.store()->database());
    const QString sql = QStringLiteral("SELECT %1, count(*), sum(energy_overhead), sum(non_overhead_energy) FROM runs "
                                       "%2 GROUP BY %1")
                            .arg(column, where);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    QMap<QString, SqlGroup> groups;
    while (q.next())
        groups.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toDouble()});
    return groups;
}

void TestOverheadView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("overhead"));
    QCOMPARE(m_view->objectName(), QStringLiteral("overhead"));
    QCOMPARE(m_view->title(), QStringLiteral("Energy overhead analysis"));
    QCOMPARE(m_view->nugget(), QStringLiteral("How much energy goes to fixed overhead rather than training?"));
    QVERIFY(m_view->howToRead().contains(QStringLiteral("standardised to the reference node type")));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(), m_view->nugget());
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("groupingBox"));
    QCOMPARE(box->count(), 4);
    QCOMPARE(box->itemText(0), QStringLiteral("Device"));
    QCOMPARE(box->itemText(3), QStringLiteral("Node type"));
    QCOMPARE(box->currentData().toString(), QStringLiteral("dataset"));
}

void TestOverheadView::sumsMatchSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const struct
    {
        OverheadGrouping grouping;
        const char *column;
    } cases[] = {{OverheadGrouping::Dataset, "dataset"},
                 {OverheadGrouping::Device, "device"},
                 {OverheadGrouping::Shape, "shape"},
                 {OverheadGrouping::NodeType, "node_type"}};
    for (const auto &c : cases) {
        m_view->setGrouping(c.grouping);
        QVERIFY(waitReady(m_view.get()));
        const auto r = m_view->result();
        QVERIFY(r);
        QCOMPARE(r->grouping, c.grouping);
        const QMap<QString, SqlGroup> sql = sqlGroups(QString::fromLatin1(c.column));
        QVERIFY(sql.size() >= 2);
        QCOMPARE(int(r->groups.size()), int(sql.size()));
        for (const OverheadGroup &g : r->groups) {
            QVERIFY2(sql.contains(g.name), qPrintable(g.name));
            const SqlGroup &s = sql[g.name];
            QCOMPARE(qint64(g.runs), s.runs);
            QVERIFY2(near(g.overhead, s.overhead), qPrintable(g.name));
            QVERIFY2(near(g.core, s.core), qPrintable(g.name));
            QVERIFY(near(g.total(), s.overhead + s.core));
        }
        // What is drawn: in energy mode each bar's parts are the sums in the axis unit.
        const double unit = m_view->chart()->unit().joules;
        const auto overheadBars = m_view->chart()->overheadBars()->data();
        const auto coreBars = m_view->chart()->coreBars()->data();
        QCOMPARE(overheadBars->size(), int(r->groups.size()));
        for (int i = 0; i < int(r->groups.size()); ++i) {
            const double key = double(r->groups.size()) - 1 - i; // the first group at the top
            const auto o = overheadBars->findBegin(key, false);
            const auto c2 = coreBars->findBegin(key, false);
            QCOMPARE(o->key, key);
            QVERIFY(near(o->value, sql[r->groups[std::size_t(i)].name].overhead / unit));
            QVERIFY(near(c2->value, sql[r->groups[std::size_t(i)].name].core / unit));
        }
    }
    // Device totals, whatever the grouping.
    const QMap<QString, SqlGroup> devices = sqlGroups(QStringLiteral("device"));
    const auto r = m_view->result();
    QVERIFY(near(r->cpu.overhead, devices[QStringLiteral("CPU")].overhead));
    QVERIFY(near(r->gpu.core, devices[QStringLiteral("GPU")].core));
    QCOMPARE(qint64(r->all.runs), devices[QStringLiteral("CPU")].runs + devices[QStringLiteral("GPU")].runs);
    QCOMPARE(r->skippedRuns, std::size_t(0));

    // Under a filter: the sums follow it.
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    f.depthMin = 3;
    f.depthMax = 6;
    m_fx.filterState->setFilter(f);
    m_view->setGrouping(OverheadGrouping::Shape);
    QVERIFY(waitReady(m_view.get()));
    const QMap<QString, SqlGroup> filtered = sqlGroups(
        QStringLiteral("shape"), QStringLiteral("WHERE device = 'GPU' AND depth BETWEEN 3 AND 6"));
    QCOMPARE(int(m_view->result()->groups.size()), int(filtered.size()));
    for (const OverheadGroup &g : m_view->result()->groups) {
        QCOMPARE(qint64(g.runs), filtered[g.name].runs);
        QVERIFY(near(g.overhead, filtered[g.name].overhead));
        QVERIFY(near(g.core, filtered[g.name].core));
    }
}

void TestOverheadView::sortedByShare()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    // The order SQL gives when asked to sort by the overhead's share.
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT dataset FROM runs GROUP BY dataset ORDER BY "
                                  "sum(energy_overhead) / (sum(energy_overhead) + sum(non_overhead_energy)) DESC")));
    QStringList expected;
    while (q.next())
        expected << q.value(0).toString();
    QStringList got;
    for (const OverheadGroup &g : m_view->result()->groups)
        got << g.name;
    QCOMPARE(got, expected);
    for (std::size_t i = 1; i < m_view->result()->groups.size(); ++i)
        QVERIFY(*m_view->result()->groups[i - 1].share() >= *m_view->result()->groups[i].share());
    // The largest share is drawn at the top: its name is the top tick label of the left axis.
    QCustomPlot *plot = m_view->chart();
    plot->replot();
    QCOMPARE(m_view->chart()->groupAt(m_view->chart()->barCenter(0)), 0);
    QVERIFY(m_view->chart()->barCenter(0).y() < m_view->chart()->barCenter(1).y());
    QVERIFY(plot->yAxis->tickVectorLabels().last() == expected.first());

    // Hand-made: shares 0.5, 0.8, none (no energy), 0.5 (ties by name).
    const RunColumns c = handColumns({{"b", false, 5, 5}, {"a", false, 8, 2}, {"z", false, 0, 0}, {"c", false, 1, 1}});
    const OverheadSummary s = summarizeOverhead(c, OverheadGrouping::Dataset);
    QStringList order;
    for (const OverheadGroup &g : s.groups)
        order << g.name;
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("z")}));
    QVERIFY(!s.groups.back().share());
}

void TestOverheadView::findingKnownAnswers()
{
    // CPU: adult 2 x (10 + 90), 529_pollen 10 + 10; GPU: 529_pollen 100 + 40, adult 100 + 300.
    // CPU 30 of 220 = 13.6%; GPU 200 of 540 = 37.0%; 529_pollen 110 of 160 = 68.75%, adult 120 of 600 = 20%.
    const std::vector<HandRun> runs = {{"adult", false, 10, 90},
                                       {"adult", false, 10, 90},
                                       {"529_pollen", false, 10, 10},
                                       {"529_pollen", true, 100, 40},
                                       {"adult", true, 100, 300}};
    const RunColumns c = handColumns(runs);
    const OverheadSummary byDataset = summarizeOverhead(c, OverheadGrouping::Dataset);
    QCOMPARE(byDataset.groups.front().name, QStringLiteral("529_pollen"));
    QCOMPARE(*byDataset.groups.front().share(), 110.0 / 160.0);
    QCOMPARE(OverheadView::findingFor(byDataset),
             QStringLiteral("Fixed overhead is %1 of GPU energy but %2 of CPU energy; dataset 529_pollen loses the "
                            "largest share (%3).")
                 .arg(percent(200.0 / 540), percent(30.0 / 220), percent(110.0 / 160)));
    QCOMPARE(OverheadView::findingFor(byDataset),
             QStringLiteral("Fixed overhead is 37% of GPU energy but 14% of CPU energy; dataset 529_pollen loses the "
                            "largest share (69%)."));
    // By device: the device part alone.
    QCOMPARE(OverheadView::findingFor(summarizeOverhead(c, OverheadGrouping::Device)),
             QStringLiteral("Fixed overhead is 37% of GPU energy but 14% of CPU energy."));
    // By node type: cpu1 holds the CPU runs (13.6%), gpu1 the GPU runs (37.0%).
    QCOMPARE(OverheadView::findingFor(summarizeOverhead(c, OverheadGrouping::NodeType)),
             QStringLiteral("Fixed overhead is 37% of GPU energy but 14% of CPU energy; node type gpu1 loses the "
                            "largest share (37%)."));

    // CPU only: 529_pollen 10 of 20, adult 20 of 200; CPU 30 of 220.
    const RunColumns cpuOnly = handColumns({runs[0], runs[1], runs[2]});
    QCOMPARE(OverheadView::findingFor(summarizeOverhead(cpuOnly, OverheadGrouping::Dataset)),
             QStringLiteral("Fixed overhead is 14% of the energy of the CPU runs (no GPU runs are in the filter); "
                            "dataset 529_pollen loses the largest share (50%)."));
    // One group: no "largest share" to name.
    const RunColumns oneDataset = handColumns({runs[0], runs[1], runs[4]});
    QCOMPARE(OverheadView::findingFor(summarizeOverhead(oneDataset, OverheadGrouping::Dataset)),
             QStringLiteral("Fixed overhead is 25% of GPU energy but 10% of CPU energy."));
    // Close shares read "and", not "but": GPU 10 of 100, CPU 12 of 100.
    const RunColumns close = handColumns({{"a", true, 10, 90}, {"b", false, 12, 88}});
    QCOMPARE(OverheadView::findingFor(summarizeOverhead(close, OverheadGrouping::Dataset)),
             QStringLiteral("Fixed overhead is 10% of GPU energy and 12% of CPU energy; dataset b loses the largest "
                            "share (12%)."));
    // Small shares keep a decimal: 3 of 1000 = 0.3%.
    const RunColumns small = handColumns({{"a", false, 3, 997}});
    QCOMPARE(OverheadView::findingFor(summarizeOverhead(small, OverheadGrouping::Dataset)),
             QStringLiteral("Fixed overhead is 0.3% of the energy of the CPU runs (no GPU runs are in the filter)."));
    // Nothing at all.
    QCOMPARE(OverheadView::findingFor(summarizeOverhead(RunColumns(), OverheadGrouping::Dataset)),
             QStringLiteral("No runs match the filter."));
    // Missing values are left out and counted.
    RunColumns withNan = handColumns({{"a", false, 10, 90}, {"a", false, 10, 90}});
    withNan.nonOverheadEnergy[1] = std::numeric_limits<double>::quiet_NaN();
    const OverheadSummary nan = summarizeOverhead(withNan, OverheadGrouping::Dataset);
    QCOMPARE(nan.skippedRuns, std::size_t(1));
    QCOMPARE(nan.groups.front().runs, std::size_t(1));
    QCOMPARE(nan.groups.front().total(), 100.0);
    // Mismatched columns are refused.
    RunColumns bad = handColumns(runs);
    bad.energyOverhead.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, summarizeOverhead(bad, OverheadGrouping::Dataset));
}

void TestOverheadView::findingFromStoreMatchesSql()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const QMap<QString, SqlGroup> devices = sqlGroups(QStringLiteral("device"));
    auto shareOf = [](const SqlGroup &g) { return g.overhead / (g.overhead + g.core); };
    const double gpu = shareOf(devices[QStringLiteral("GPU")]);
    const double cpu = shareOf(devices[QStringLiteral("CPU")]);
    QVERIFY(gpu >= 0.01 && cpu >= 0.01); // no "<0.1%" below
    const QMap<QString, SqlGroup> datasets = sqlGroups(QStringLiteral("dataset"));
    QString top;
    double topShare = -1;
    for (auto it = datasets.cbegin(); it != datasets.cend(); ++it) {
        if (shareOf(*it) > topShare) {
            topShare = shareOf(*it);
            top = it.key();
        }
    }
    const QString expected = QStringLiteral("Fixed overhead is %1 of GPU energy %2 %3 of CPU energy; dataset %4 loses "
                                            "the largest share (%5).")
                                 .arg(percent(gpu),
                                      std::abs(gpu - cpu) >= 0.05 ? QStringLiteral("but") : QStringLiteral("and"),
                                      percent(cpu), top, percent(topShare));
    QCOMPARE(m_view->finding(), expected);
    qInfo("finding on the 5000-run demo: %s", qPrintable(m_view->finding()));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("findingLabel"))->text(), expected);
}

void TestOverheadView::oneDeviceAndEmpty()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    Filter f;
    f.devices = {QStringLiteral("CPU")};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    QVERIFY2(m_view->finding().startsWith(QStringLiteral("Fixed overhead is ")), qPrintable(m_view->finding()));
    QVERIFY2(
        m_view->finding().contains(QStringLiteral("of the energy of the CPU runs (no GPU runs are in the filter)")),
        qPrintable(m_view->finding()));
    QCOMPARE(m_view->result()->gpu.runs, std::size_t(0));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("overhead-cpu-only.png"))));

    f = Filter();
    f.runIds = {-1};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->finding(), QStringLiteral("No runs match the filter."));
    auto *message = m_view->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("No runs match the filter."));
    QCOMPARE(m_view->chart()->groupCount(), 0);
    QCOMPARE(m_view->chart()->overheadBars()->data()->size(), 0);
    const QString png = outPath(QStringLiteral("overhead-empty.png"));
    QVERIFY(m_view->exportToFile(png));
    checkNotBlank(QImage(png), 10, 0.01); // title, strip, axes and the message only
}

void TestOverheadView::toggleShareAndEnergy()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QSignalSpy stateChanged(m_view.get(), &ViewPanel::stateChanged);
    QSignalSpy ready(m_view.get(), &ViewPanel::readyChanged);
    // Through the combo box, as a user would.
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("scaleBox"));
    const int index = box->findData(QStringLiteral("share"));
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(m_view->scale(), OverheadBarChart::Scale::Share);
    QCOMPARE(stateChanged.count(), 1);
    QCOMPARE(ready.count(), 0); // the same result drawn again: no new job
    QCOMPARE(m_view->result(), r);
    const auto overhead = m_view->chart()->overheadBars()->data();
    const auto core = m_view->chart()->coreBars()->data();
    const QMap<QString, SqlGroup> sql = sqlGroups(QStringLiteral("dataset"));
    for (int i = 0; i < int(r->groups.size()); ++i) {
        const double key = double(r->groups.size()) - 1 - i;
        const SqlGroup &s = sql[r->groups[std::size_t(i)].name];
        QVERIFY(near(overhead->findBegin(key, false)->value, 100 * s.overhead / (s.overhead + s.core)));
        QVERIFY(near(overhead->findBegin(key, false)->value + core->findBegin(key, false)->value, 100));
    }
    QCOMPARE(m_view->chart()->xAxis->range().upper, 100.0);
    QVERIFY(m_view->chart()->xAxis->label().contains(QStringLiteral("(%)")));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("overhead-share.png"))));

    m_view->setScale(OverheadBarChart::Scale::Energy);
    QCOMPARE(stateChanged.count(), 2);
    QCOMPARE(box->currentData().toString(), QStringLiteral("energy"));
    const double unit = m_view->chart()->unit().joules;
    const auto &first = r->groups.front();
    const double key = double(r->groups.size()) - 1;
    QVERIFY(
        near(m_view->chart()->overheadBars()->data()->findBegin(key, false)->value, sql[first.name].overhead / unit));
    QVERIFY(m_view->chart()->xAxis->label().endsWith(QStringLiteral("(%1)").arg(m_view->chart()->unit().symbol)));
    // The labels beside the bars carry the share and the amounts.
    const QString label = m_view->chart()->valueLabel(0);
    QVERIFY2(label.startsWith(percent(sql[first.name].overhead / (sql[first.name].overhead + sql[first.name].core))
                              + QStringLiteral(" overhead")),
             qPrintable(label));
    QVERIFY2(label.contains(units::energy(sql[first.name].overhead, units::AutoUnit::WattHours)), qPrintable(label));

    // Reset zoom puts the axes back to the data, with the numbers still beside their bars.
    OverheadBarChart *chart = m_view->chart();
    const QCPRange value = chart->xAxis->range();
    chart->xAxis->setRange(5, 6);
    chart->yAxis->setRange(-3, 2);
    m_view->resetZoom();
    QCOMPARE(chart->xAxis->range(), value);
    QCOMPARE(chart->yAxis->range(), QCPRange(-0.6, double(r->groups.size()) - 0.4));
    QCOMPARE(chart->yAxis2->range(), chart->yAxis->range());
}

void TestOverheadView::clickSelectsGroup()
{
    m_view->setGrouping(OverheadGrouping::Shape);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    OverheadBarChart *chart = m_view->chart();
    chart->replot();
    const QString first = m_view->result()->groups[0].name;
    const QString second = m_view->result()->groups[1].name;

    // Empty space to the right of a bar selects nothing (the longest bar ends at 96% of the axis).
    int shortest = 0;
    for (int i = 0; i < chart->groupCount(); ++i) {
        if (m_view->result()->groups[std::size_t(i)].total() < m_view->result()->groups[std::size_t(shortest)].total())
            shortest = i;
    }
    const QPoint empty(chart->axisRect()->rect().right() - 3, qRound(chart->barCenter(shortest).y()));
    QCOMPARE(chart->groupAt(empty), -1);
    const quint64 before = m_fx.filterState->generation();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, empty);
    QCOMPARE(m_fx.filterState->generation(), before);

    // A click on the first bar keeps only that shape.
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->barCenter(0).toPoint());
    QCOMPARE(m_fx.filterState->filter().shapes, QStringList{first});
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select shape %1").arg(first));
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(int(m_view->result()->groups.size()), 1);
    QCOMPARE(m_view->result()->groups[0].name, first);
    const QMap<QString, SqlGroup> sql = sqlGroups(QStringLiteral("shape"));
    QVERIFY(near(m_view->result()->groups[0].overhead, sql[first].overhead));

    // Ctrl+click on its name (the left labels) takes it out again.
    chart->replot();
    const QPoint name(chart->axisRect()->rect().left() - 20, qRound(chart->barCenter(0).y()));
    QCOMPARE(chart->groupAt(name), 0);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::ControlModifier, name);
    QVERIFY(m_fx.filterState->filter().shapes.isEmpty());
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Take shape %1 out of the selection").arg(first));
    QVERIFY(waitReady(m_view.get()));

    // A click on the numbers on the right selects too; Ctrl+click adds.
    chart->replot();
    const QPoint numbers(chart->axisRect()->rect().right() + 30, qRound(chart->barCenter(1).y()));
    QCOMPARE(chart->groupAt(numbers), 1);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, numbers);
    QCOMPARE(m_fx.filterState->filter().shapes, QStringList{second});
    m_view->selectGroup(first, true);
    QCOMPARE(m_fx.filterState->filter().shapes, (QStringList{second, first}));
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Add shape %1 to the selection").arg(first));

    // Device grouping puts the device into the filter, keeping the rest.
    m_view->setGrouping(OverheadGrouping::Device);
    QCOMPARE(chart->accessibleName(), QStringLiteral("Overhead and training energy per device"));
    QCOMPARE(chart->yAxis->label(), QStringLiteral("Device"));
    QVERIFY(waitReady(m_view.get()));
    chart->replot();
    const int gpu = m_view->result()->indexOf(QStringLiteral("GPU"));
    QVERIFY(gpu >= 0);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->barCenter(gpu).toPoint());
    QCOMPARE(m_fx.filterState->filter().devices, QStringList{QStringLiteral("GPU")});
    QCOMPARE(m_fx.filterState->filter().shapes, (QStringList{second, first}));
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select device GPU"));
}

void TestOverheadView::keyboardSelectsGroup()
{
    m_view->setGrouping(OverheadGrouping::NodeType);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    OverheadBarChart *chart = m_view->chart();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Down); // the first bar
    QTest::keyClick(chart, Qt::Key_Down); // the second
    QCOMPARE(chart->currentGroup(), 1);
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(m_fx.filterState->filter().nodeTypes, QStringList{m_view->result()->groups[1].name});
}

void TestOverheadView::stateRoundTrip()
{
    m_view->setGrouping(OverheadGrouping::NodeType);
    m_view->setScale(OverheadBarChart::Scale::Share);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("grouping")).toString(), QStringLiteral("node_type"));
    QCOMPARE(state.value(QStringLiteral("scale")).toString(), QStringLiteral("share"));
    OverheadView other;
    QSignalSpy changed(&other, &ViewPanel::stateChanged);
    other.restoreState(state);
    QCOMPARE(other.grouping(), OverheadGrouping::NodeType);
    QCOMPARE(other.scale(), OverheadBarChart::Scale::Share);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("groupingBox"))->currentData().toString(),
             QStringLiteral("node_type"));
    // Unknown values, and the batch grouping (the batch view's), leave it as it is.
    other.restoreState(QJsonObject{{QStringLiteral("grouping"), QStringLiteral("batch")},
                                   {QStringLiteral("scale"), QStringLiteral("volts")}});
    QCOMPARE(other.saveState(), state);
}

void TestOverheadView::energyUnits()
{
    // Automatic: watt-hours chosen by the largest bar (units::energyScale, tested in tst_units).
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    auto r = m_view->result();
    QVERIFY(r && !r->groups.empty());
    double largest = 0;
    for (const OverheadGroup &g : r->groups)
        largest = std::max(largest, g.total());
    const units::EnergyScale automatic = units::energyScale(largest, units::EnergyUnit::Automatic,
                                                            units::AutoUnit::WattHours);
    QCOMPARE(m_view->chart()->unit().symbol, automatic.symbol);
    QCOMPARE(m_view->chart()->unit().joules, automatic.joules);
    QVERIFY(automatic.symbol.endsWith(QStringLiteral("Wh")));

    // A fixed unit: the axis, the bar lengths and the labels in it, after a re-render.
    units::setEnergyUnit(units::EnergyUnit::Megajoule);
    m_view->refresh();
    QVERIFY(waitReady(m_view.get()));
    r = m_view->result();
    QCOMPARE(m_view->chart()->unit().symbol, QStringLiteral("MJ"));
    QVERIFY(m_view->chart()->xAxis->label().endsWith(QStringLiteral("(MJ)")));
    const OverheadGroup &first = r->groups.front();
    const double key = double(r->groups.size()) - 1;
    QVERIFY(near(m_view->chart()->overheadBars()->data()->findBegin(key, false)->value, first.overhead / 1e6));
    const QString label = m_view->chart()->valueLabel(0);
    QVERIFY2(label.contains(units::threeDigits(first.overhead / 1e6) + QStringLiteral(" MJ")), qPrintable(label));
    units::setEnergyUnit(units::EnergyUnit::Automatic);
}

void TestOverheadView::exportsPngSvgPdf()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QString error;

    // The widget as it looks on screen, at a dock-like size, to look at.
    m_view->resize(820, 560);
    QTest::qWait(50);
    m_view->chart()->replot();
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    checkHasBars(screen);
    QVERIFY(screen.save(outPath(QStringLiteral("overhead-screen.png"))));
    // Every name and number has room: the left margin holds the longest name, the right one the
    // longest numbers, and the axis rect stays inside the widget.
    const QFontMetricsF names(m_view->chart()->yAxis->tickLabelFont());
    qreal longestName = 0, longestNumbers = 0;
    for (int i = 0; i < m_view->chart()->groupCount(); ++i) {
        longestName = std::max(longestName, names.horizontalAdvance(m_view->chart()->categoryLabel(i)));
        longestNumbers = std::max(longestNumbers, names.horizontalAdvance(m_view->chart()->valueLabel(i)));
    }
    const QRect inner = m_view->chart()->axisRect()->rect();
    QVERIFY2(inner.left() > longestName, qPrintable(QString::number(inner.left())));
    QVERIFY2(
        m_view->chart()->width() - inner.right() > longestNumbers,
        qPrintable(QStringLiteral("%1 px for %2").arg(m_view->chart()->width() - inner.right()).arg(longestNumbers)));

    const QString png = outPath(QStringLiteral("overhead.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 150), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(qRound(1123 * 150 / 96.0), qRound(794 * 150 / 96.0)));
    checkNotBlank(image, 200);
    checkHasBars(image);

    m_view->setScale(OverheadBarChart::Scale::Share);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("overhead-share-page.png")), &error, 110));
    m_view->setScale(OverheadBarChart::Scale::Energy);
    m_view->setGrouping(OverheadGrouping::Device);
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("overhead-device.png")), &error, 110));
    m_view->setGrouping(OverheadGrouping::NodeType);
    QVERIFY(waitReady(m_view.get()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("overhead-nodetype.png")), &error, 110));
    m_view->setGrouping(OverheadGrouping::Dataset);
    QVERIFY(waitReady(m_view.get()));

    const QString svg = outPath(QStringLiteral("overhead.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("Fixed overhead")); // vector text: the words are in the file
    QVERIFY(svgText.contains(m_view->result()->groups.front().name.toUtf8()));

    const QString pdf = outPath(QStringLiteral("overhead.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() < 5 * 1024 * 1024);
    if (!QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        QSKIP("pdftoppm is not installed: the PDF was not rendered");
    const QString prefix = outPath(QStringLiteral("overhead-pdf"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("/usr/bin/pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(std::abs(page.width() - qRound(1123 * 110 / 96.0)) <= 2);
    checkNotBlank(page, 40);
    checkHasBars(page);
}

void TestOverheadView::controlsNamedAndReachable()
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
         {QStringLiteral("How to read this chart"), QStringLiteral("Export"), QStringLiteral("Group by"),
          QStringLiteral("Bar length"), QStringLiteral("Overhead and training energy per dataset")})
        QVERIFY2(reached.contains(name), qPrintable(reached.join(QStringLiteral(", "))));
}

// Set WATTPRINT_OVERHEAD_DB to a full store (wattprint demo --db PATH; built here with the default
// 63,527-run demo if the file does not exist) to print the time from refresh() to a drawn result,
// cold (load included) and warm, and compute() on 1M runs.
void TestOverheadView::timingOnLargeStore()
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
    m_view = std::make_unique<OverheadView>();
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
    for (OverheadGrouping g : {OverheadGrouping::Device, OverheadGrouping::Shape, OverheadGrouping::Dataset}) {
        t.restart();
        m_view->setGrouping(g);
        QVERIFY(waitReady(m_view.get(), 120000));
        QTest::qWait(30);
        qInfo("grouping %s: refresh to ready %lld ms (GUI thread %lld ms, one replot %.1f ms)",
              qPrintable(overheadGroupingName(g)), t.elapsed(), guiMs, m_view->chart()->replotTime());
    }
    qInfo("finding on the full demo: %s", qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("overhead-full-demo.png"))));

    const std::shared_ptr<const RunColumns> snapshot = m_fx.service->snapshot();
    QVERIFY(snapshot);
    RunColumns big;
    big.datasetNames = snapshot->datasetNames;
    while (big.energyOverhead.size() < 1000000) {
        big.isGpu.insert(big.isGpu.end(), snapshot->isGpu.begin(), snapshot->isGpu.end());
        big.dataset.insert(big.dataset.end(), snapshot->dataset.begin(), snapshot->dataset.end());
        big.energyOverhead.insert(big.energyOverhead.end(), snapshot->energyOverhead.begin(),
                                  snapshot->energyOverhead.end());
        big.nonOverheadEnergy.insert(big.nonOverheadEnergy.end(), snapshot->nonOverheadEnergy.begin(),
                                     snapshot->nonOverheadEnergy.end());
    }
    QElapsedTimer c;
    c.start();
    const OverheadSummary s = summarizeOverhead(big, OverheadGrouping::Dataset);
    qInfo("compute() on %zu runs: %lld ms", big.energyOverhead.size(), c.elapsed());
    QCOMPARE(s.all.runs, big.energyOverhead.size());
}

QTEST_MAIN(TestOverheadView)
#include "tst_overheadview.moc"
