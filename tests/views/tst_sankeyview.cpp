// The carbon Sankey view on a 5000-run demo store: node totals against SQL sums, carbon and cost per
// node against arithmetic done here, 10,000 J at 400 g/kWh = 1.11 g, the factors changed in place,
// the finding sentence for hand-made runs with a known answer, click selection into the filter,
// the state fragment, and PNG/SVG/PDF exports (looked at).
#include <analysiserror.h>
#include <demostore.h>
#include <filterstate.h>
#include <runloader.h>
#include <sankeyview.h>
#include <store.h>
#include <units.h>

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTest>

#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <cmath>

using namespace wattprint;
using Kind = CarbonFlowNode::Kind;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

using wattprint::testsupport::checkNotBlank;

struct HandRun
{
    const char *dataset;
    bool gpu;
    double joules;
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
        c.energy.push_back(r.joules);
        c.runTime.push_back(100);
        c.power.push_back(r.joules / 100);
        c.nonOverheadEnergy.push_back(r.joules);
        c.energyOverhead.push_back(0);
        c.energyPerEpoch.push_back(r.joules / 3000);
        c.energyPerDatum.push_back(r.joules / 1e6);
        c.quality.push_back(0);
    }
    return c;
}

// Carbon and cost of `joules` at the meter, done here from the definitions.
double gramsOf(double joules, double pue, double gramsPerKwh)
{
    return joules / 3.6e6 * pue * gramsPerKwh;
}

} // namespace

class TestSankeyView : public QObject
{
    Q_OBJECT

private:
    // name -> {joules, cpu joules, gpu joules, runs}
    struct SqlGroup
    {
        double joules = 0, cpu = 0, gpu = 0;
        qint64 runs = 0;
    };
    QMap<QString, SqlGroup> sqlGroups(const QString &column, const QString &where = {}) const;
    bool waitReady(int timeoutMs = 20000)
    {
        return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs);
    }
    static QString outPath(const QString &name) { return testsupport::ViewTestEnvironment::outPath(name); }

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<SankeyView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void totalsMatchSql();
    void carbonAndCostPerNode();
    void tenThousandJoulesAt400();
    void changingFactorsUpdatesFlow();
    void settingsFromPreferences();
    void findingKnownAnswers();
    void otherGroupAndLimits();
    void clickSelects();
    void keyboardSelects();
    void tooltips();
    void stateRoundTrip();
    void exportsPngSvgPdf();
    void fullDemo();
};

void TestSankeyView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestSankeyView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestSankeyView::init()
{
    m_fx.reset();
    m_view = std::make_unique<SankeyView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestSankeyView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

QMap<QString, TestSankeyView::SqlGroup> TestSankeyView::sqlGroups(const QString &column, const QString &where) const
{
    QSqlQuery q(m_fx.store()->database());
    const QString sql = QStringLiteral("SELECT %1, sum(energy), sum(CASE WHEN device = 'CPU' THEN energy ELSE 0 END), "
                                       "sum(CASE WHEN device = 'GPU' THEN energy ELSE 0 END), count(*) FROM runs %2 "
                                       "GROUP BY %1")
                            .arg(column, where);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    QMap<QString, SqlGroup> groups;
    while (q.next())
        groups.insert(q.value(0).toString(),
                      {q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toLongLong()});
    return groups;
}

void TestSankeyView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("sankey"));
    QCOMPARE(m_view->objectName(), QStringLiteral("sankey"));
    QCOMPARE(m_view->title(), QStringLiteral("Carbon impact flow"));
    QCOMPARE(m_view->nugget(), QStringLiteral("What does this energy mean in carbon and money?"));
    QVERIFY(m_view->howToRead().contains(QStringLiteral("PUE")));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(), m_view->nugget());
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("groupingBox"));
    QCOMPARE(box->count(), 5); // dataset, shape, batch, project, hardware
    QCOMPARE(box->currentData().toString(), QStringLiteral("dataset"));
    auto *region = m_view->findChild<QComboBox *>(QStringLiteral("regionBox"));
    QCOMPARE(region->count(), int(regionPresets().size()) + 1);
    QCOMPARE(region->currentData().toString(), QStringLiteral("world"));
    QCOMPARE(region->itemText(region->count() - 1), QStringLiteral("Custom"));
    // About 215 regions: the box is searchable, the world average and the special presets first,
    // then the countries by name.
    QVERIFY(region->isEditable());
    QVERIFY(region->completer());
    QCOMPARE(region->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(region->completer()->caseSensitivity(), Qt::CaseInsensitive);
    for (int i = 0; i < region->count() - 1; ++i)
        QCOMPARE(region->itemData(i).toString(), regionPresets()[std::size_t(i)].id);
    for (const char *name : {"groupingBox", "regionBox", "intensityBox", "pueBox", "priceBox", "currencyEdit"}) {
        auto *w = m_view->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(w && !w->accessibleName().isEmpty(), name);
        QCOMPARE(w->focusPolicy(), Qt::StrongFocus);
    }
}

void TestSankeyView::totalsMatchSql()
{
    m_view->show();
    QVERIFY(waitReady());
    const struct
    {
        FlowGrouping grouping;
        const char *column;
    } cases[] = {{FlowGrouping::Dataset, "dataset"}, {FlowGrouping::Shape, "shape"}, {FlowGrouping::Batch, "batch"}};
    const QMap<QString, SqlGroup> devices = sqlGroups(QStringLiteral("device"));
    for (const auto &c : cases) {
        m_view->setGrouping(c.grouping);
        QVERIFY(waitReady());
        const auto flow = m_view->flow();
        QVERIFY(flow);
        QCOMPARE(flow->totals.grouping, c.grouping);
        // Devices.
        for (const QString &d : {QStringLiteral("CPU"), QStringLiteral("GPU")}) {
            const int i = flow->indexOf(Kind::Device, d);
            QVERIFY(i >= 0);
            QVERIFY2(near(flow->nodes[std::size_t(i)].joules, devices[d].joules), qPrintable(d));
            QCOMPARE(qint64(flow->nodes[std::size_t(i)].runs), devices[d].runs);
        }
        // Groups, in SQL's order of energy; the energy node holds everything.
        const QMap<QString, SqlGroup> sql = sqlGroups(QString::fromLatin1(c.column));
        QSqlQuery q(m_fx.store()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM runs GROUP BY %1 ORDER BY sum(energy) DESC, %1")
                           .arg(QString::fromLatin1(c.column))));
        QStringList order;
        while (q.next())
            order << q.value(0).toString();
        QCOMPARE(int(flow->totals.groups.size()), int(std::min<qsizetype>(order.size(), SankeyView::MaxGroups + 1)));
        double all = 0;
        for (const SqlGroup &g : sql)
            all += g.joules;
        QVERIFY(near(flow->nodes[std::size_t(flow->indexOf(Kind::Energy))].joules, all));
        QVERIFY(near(flow->totals.joules(), all));
        for (std::size_t k = 0; k < flow->totals.groups.size(); ++k) {
            const FlowGroup &g = flow->totals.groups[k];
            SqlGroup expected;
            if (!g.other) {
                QCOMPARE(g.name, order[qsizetype(k)]);
                expected = sql[g.name];
            } else {
                QCOMPARE(g.members, order.mid(SankeyView::MaxGroups));
                for (const QString &m : g.members) {
                    expected.joules += sql[m].joules;
                    expected.cpu += sql[m].cpu;
                    expected.gpu += sql[m].gpu;
                    expected.runs += sql[m].runs;
                }
            }
            QVERIFY2(near(g.joules, expected.joules), qPrintable(g.name));
            QVERIFY(near(g.cpuJoules, expected.cpu) || (g.cpuJoules == 0 && expected.cpu == 0));
            QVERIFY(near(g.gpuJoules, expected.gpu) || (g.gpuJoules == 0 && expected.gpu == 0));
            QCOMPARE(qint64(g.runs), expected.runs);
            // The group's node, and the links into and out of it, carry the same energy.
            const int node = flow->indexOf(Kind::Group, g.name);
            QVERIFY(node >= 0);
            double in = 0, out = 0;
            for (const CarbonFlowLink &l : flow->links) {
                in += l.target == node ? l.joules : 0;
                out += l.source == node ? l.joules : 0;
            }
            QVERIFY(near(in, expected.joules));
            QVERIFY(near(out, expected.joules));
        }
    }

    // Under a filter: the sums follow it.
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    f.depthMin = 3;
    f.depthMax = 6;
    m_fx.filterState->setFilter(f);
    m_view->setGrouping(FlowGrouping::Shape);
    QVERIFY(waitReady());
    const QMap<QString, SqlGroup> filtered = sqlGroups(
        QStringLiteral("shape"), QStringLiteral("WHERE device = 'GPU' AND depth BETWEEN 3 AND 6"));
    const auto flow = m_view->flow();
    QCOMPARE(flow->indexOf(Kind::Device, QStringLiteral("CPU")), -1);
    QCOMPARE(int(flow->totals.groups.size()), int(filtered.size()));
    for (const FlowGroup &g : flow->totals.groups) {
        QVERIFY(near(g.joules, filtered[g.name].joules));
        QCOMPARE(g.cpuJoules, 0.0);
    }
}

void TestSankeyView::carbonAndCostPerNode()
{
    m_view->show();
    QVERIFY(waitReady());
    m_view->setCarbonSettings(QStringLiteral("butter-e"), std::nullopt, std::nullopt, 0.15, QStringLiteral("EUR"));
    const auto flow = m_view->flow();
    const double pue = 1.58, intensity = 416.85; // the paper's 0.41685 kg CO2/kWh (0.919 lb)
    QCOMPARE(flow->total.factors.pue, pue);
    QVERIFY(near(flow->total.factors.gramsPerKwh, 0.919 * 453.59237, 1e-4));
    QCOMPARE(flow->total.factors.gramsPerKwh, intensity);
    QCOMPARE(flow->columns, 5);
    const QMap<QString, SqlGroup> sql = sqlGroups(QStringLiteral("dataset"));
    double all = 0;
    for (const SqlGroup &g : sql)
        all += g.joules;
    for (const CarbonFlowNode &n : flow->nodes) {
        double joules = n.joules;
        if (n.kind == Kind::Overhead) {
            QVERIFY(near(n.joules, all * (pue - 1)));
            QVERIFY(near(n.co2eGrams, gramsOf(all, pue - 1, intensity)));
            QVERIFY(near(*n.cost, all / 3.6e6 * (pue - 1) * 0.15));
            continue;
        }
        if (n.kind == Kind::Group && !n.other)
            QVERIFY(near(joules, sql[n.name].joules));
        QVERIFY2(near(n.co2eGrams, gramsOf(joules, pue, intensity)), qPrintable(n.name));
        QVERIFY2(near(*n.cost, joules / 3.6e6 * pue * 0.15), qPrintable(n.name));
        QVERIFY(near(n.kwh, joules / 3.6e6));
    }
    const CarbonFlowNode &carbon = flow->nodes[std::size_t(flow->indexOf(Kind::Carbon))];
    QVERIFY(near(carbon.co2eGrams, gramsOf(all, pue, intensity)));
    QVERIFY(near(carbon.drawnJoules, all * pue));
    const CarbonFlowNode &cost = flow->nodes[std::size_t(flow->indexOf(Kind::Cost))];
    QVERIFY(near(*cost.cost, all / 3.6e6 * pue * 0.15));
    // Links into carbon: the measured part and the overhead, adding up to the total.
    double grams = 0;
    for (const CarbonFlowLink &l : flow->links) {
        if (l.target == flow->indexOf(Kind::Carbon))
            grams += l.co2eGrams;
    }
    QVERIFY(near(grams, carbon.co2eGrams));
    // Equivalents from the same total.
    QCOMPARE(flow->total.equivalents.size(), std::size_t(2));
    QVERIFY(near(flow->total.equivalents[0].value, carbon.co2eGrams / (400.0 / 1.609344)));
    QVERIFY(near(flow->total.equivalents[1].value, carbon.co2eGrams / 8.22));
    // Drawn in the chart's notes, with the sources named (and no internal notes).
    const QString notes = m_view->chart()->notes().join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("EPA-420-F-23-014")), qPrintable(notes));
    QVERIFY(notes.contains(QStringLiteral("Greenhouse Gases Equivalencies Calculator")));
    QVERIFY(notes.contains(QStringLiteral("Sources of the equivalents: US EPA")));
    QVERIFY(!notes.contains(QStringLiteral("verified")));
    QVERIFY(notes.contains(QStringLiteral("arXiv 2403.08151")));
    QVERIFY(notes.contains(QStringLiteral("PUE 1.58")));
    QVERIFY(notes.contains(QStringLiteral("0.15 EUR per kWh")));
    QVERIFY(notes.contains(QStringLiteral("416.85 gCO\u2082/kWh")));
}

void TestSankeyView::tenThousandJoulesAt400()
{
    const RunColumns c = handColumns({{"a", false, 10000}});
    const CarbonFlow flow = carbonFlow(summarizeFlow(c, FlowGrouping::Dataset, SankeyView::MaxGroups),
                                       customFactors(400));
    const CarbonFlowNode &carbon = flow.nodes[std::size_t(flow.indexOf(Kind::Carbon))];
    QVERIFY(near(carbon.co2eGrams, 10000.0 / 3.6e6 * 400.0, 1e-14));
    QVERIFY(std::abs(carbon.co2eGrams - 1.11) < 0.005);
    QCOMPARE(units::mass(carbon.co2eGrams), QStringLiteral("1.11 g"));
    QCOMPARE(flow.nodes[std::size_t(flow.indexOf(Kind::Energy))].kwh, 10000.0 / 3.6e6);
    QCOMPARE(flow.columns, 4); // no price, no cost column
    QCOMPARE(flow.indexOf(Kind::Overhead), -1);
    SankeyWidget w;
    w.resize(700, 400);
    w.setFlow(std::make_shared<CarbonFlow>(flow));
    QVERIFY(w.nodeLabel(flow.indexOf(Kind::Carbon)).startsWith(QStringLiteral("1.11 g\n400 gCO\u2082e/kWh")));
    // A CO2-only factor says CO2 in the label.
    const CarbonFlow us = carbonFlow(summarizeFlow(c, FlowGrouping::Dataset, SankeyView::MaxGroups),
                                     factorsForRegion(u"us"));
    w.setFlow(std::make_shared<CarbonFlow>(us));
    QVERIFY(w.nodeLabel(us.indexOf(Kind::Carbon)).contains(QStringLiteral("367.41 gCO\u2082/kWh")));
}

void TestSankeyView::changingFactorsUpdatesFlow()
{
    m_view->show();
    QVERIFY(waitReady());
    QSignalSpy stateChanged(m_view.get(), &ViewPanel::stateChanged);
    QSignalSpy ready(m_view.get(), &ViewPanel::readyChanged);
    const auto world = m_view->flow();
    const double joules = world->totals.joules();
    QVERIFY(near(world->total.co2eGrams, gramsOf(joules, 1.0, 475)));
    const QString before = m_view->finding();

    // The region combo, as a user would.
    auto *region = m_view->findChild<QComboBox *>(QStringLiteral("regionBox"));
    const int france = region->findData(QStringLiteral("FRA"));
    region->setCurrentIndex(france);
    emit region->activated(france);
    QCOMPARE(m_view->region(), QStringLiteral("FRA"));
    QVERIFY(m_view->flow() != world);
    QCOMPARE(m_view->flow()->totals.joules(), joules); // same sums: no new job
    QCOMPARE(ready.count(), 0);
    QVERIFY(near(m_view->flow()->total.co2eGrams, gramsOf(joules, 1.0, 56.039)));
    QVERIFY(near(m_view->flow()->nodes[std::size_t(m_view->flow()->indexOf(Kind::Carbon))].co2eGrams,
                 gramsOf(joules, 1.0, 56.039)));
    QCOMPARE(stateChanged.count(), 1);
    QVERIFY(m_view->finding() != before);
    QVERIFY2(m_view->finding().contains(QStringLiteral("56.039 gCO\u2082e/kWh (France)")),
             qPrintable(m_view->finding()));
    auto *intensity = m_view->findChild<QDoubleSpinBox *>(QStringLiteral("intensityBox"));
    QCOMPARE(intensity->value(), 56.04); // two decimals shown

    // Typing in the region box: an ISO code or a name finds the preset.
    region->lineEdit()->setText(QStringLiteral("deu"));
    emit region->lineEdit()->editingFinished();
    QCOMPARE(m_view->region(), QStringLiteral("DEU"));
    QCOMPARE(region->currentText(), QStringLiteral("Germany"));
    region->lineEdit()->setText(QStringLiteral("no such place"));
    emit region->lineEdit()->editingFinished();
    QCOMPARE(m_view->region(), QStringLiteral("DEU"));
    QCOMPARE(region->currentText(), QStringLiteral("Germany")); // typed text that names nothing goes back
    region->lineEdit()->setText(QStringLiteral("france"));
    emit region->lineEdit()->editingFinished();
    QCOMPARE(m_view->region(), QStringLiteral("FRA"));
    QCOMPARE(stateChanged.count(), 3);

    // Typing an intensity makes it custom.
    intensity->setValue(400);
    QCOMPARE(m_view->customIntensity(), std::optional<double>(400));
    QCOMPARE(region->currentData().toString(), QStringLiteral("custom"));
    QVERIFY(near(m_view->flow()->total.co2eGrams, gramsOf(joules, 1.0, 400)));
    QCOMPARE(m_view->flow()->total.factors.intensitySource, QStringLiteral("user value"));

    // PUE: the overhead node joins the flow.
    auto *pue = m_view->findChild<QDoubleSpinBox *>(QStringLiteral("pueBox"));
    pue->setValue(1.2);
    QCOMPARE(m_view->pueOverride(), std::optional<double>(1.2));
    const int overhead = m_view->flow()->indexOf(Kind::Overhead);
    QVERIFY(overhead >= 0);
    QVERIFY(near(m_view->flow()->nodes[std::size_t(overhead)].joules, joules * 0.2));
    QVERIFY(near(m_view->flow()->total.co2eGrams, gramsOf(joules, 1.2, 400)));

    // Price and currency: the cost column is there from the start, at the default price.
    QCOMPARE(m_view->flow()->columns, 5);
    QVERIFY(m_view->flow()->total.factors.priceIsDefault);
    QVERIFY(near(*m_view->flow()->total.cost, joules / 3.6e6 * 1.2 * 0.12));
    QVERIFY2(m_view->finding().endsWith(QStringLiteral(" USD at 0.12 USD per kWh (default price: US Energy Information "
                                                       "Administration, average retail price of electricity to "
                                                       "commercial customers, 2024).")),
             qPrintable(m_view->finding()));
    auto *price = m_view->findChild<QDoubleSpinBox *>(QStringLiteral("priceBox"));
    auto *currency = m_view->findChild<QLineEdit *>(QStringLiteral("currencyEdit"));
    QCOMPARE(price->value(), 0.12);
    QCOMPARE(currency->text(), QStringLiteral("USD"));
    currency->setText(QStringLiteral("CHF"));
    emit currency->editingFinished();
    price->setValue(0.25);
    QCOMPARE(m_view->flow()->columns, 5);
    QVERIFY(near(*m_view->flow()->total.cost, joules / 3.6e6 * 1.2 * 0.25));
    QCOMPARE(m_view->flow()->total.factors.currency, QStringLiteral("CHF"));
    QVERIFY(m_view->finding().endsWith(QStringLiteral(" CHF at 0.25 CHF per kWh.")));
    QVERIFY(!m_view->flow()->total.factors.priceIsDefault);
    price->setValue(0); // back to the default price, in its own currency
    QCOMPARE(m_view->pricePerKwh(), std::nullopt);
    QCOMPARE(m_view->flow()->columns, 5);
    QCOMPARE(price->value(), 0.12);
    QCOMPARE(m_view->flow()->total.factors.currency, QStringLiteral("USD"));
    QCOMPARE(currency->text(), QStringLiteral("USD"));
    emit currency->editingFinished(); // leaving the box unchanged keeps the user's own label
    QCOMPARE(m_view->currency(), QStringLiteral("CHF"));

    // Back to a preset: its own intensity, the PUE override stays (as in the preferences).
    region->setCurrentIndex(region->findData(QStringLiteral("butter-e")));
    emit region->activated(region->currentIndex());
    QCOMPARE(m_view->customIntensity(), std::nullopt);
    QVERIFY(near(m_view->flow()->total.co2eGrams, gramsOf(joules, 1.2, 416.85), 1e-6));
    m_view->setPue(std::nullopt);
    QCOMPARE(pue->value(), 1.58); // the paper's PUE
    QCOMPARE(ready.count(), 0);
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sankey-butter-e.png"))));
}

void TestSankeyView::settingsFromPreferences()
{
    QSignalSpy stateChanged(m_view.get(), &ViewPanel::stateChanged);
    m_view->setCarbonSettings(QStringLiteral("eu"), std::nullopt, 1.1, 0.3, QStringLiteral("EUR"));
    QCOMPARE(stateChanged.count(), 1);
    CarbonFactors f = m_view->factors();
    QCOMPARE(f.region, QStringLiteral("eu"));
    QCOMPARE(f.gramsPerKwh, 281.0);
    QCOMPARE(f.pue, 1.1);
    QCOMPARE(f.pricePerKwh, std::optional<double>(0.3));
    QCOMPARE(f.currency, QStringLiteral("EUR"));
    // A custom intensity wins over the region (as Preferences::carbonFactors).
    m_view->setCarbonSettings(QStringLiteral("eu"), 123.0, std::nullopt, std::nullopt, QStringLiteral("EUR"));
    f = m_view->factors();
    QCOMPARE(f.region, QStringLiteral("custom"));
    QCOMPARE(f.gramsPerKwh, 123.0);
    QCOMPARE(f.pue, 1.0);
    QCOMPARE(m_view->pricePerKwh(), std::nullopt);
    QCOMPARE(f.pricePerKwh, std::optional<double>(0.12)); // no price set: the default
    QVERIFY(f.priceIsDefault);
    QCOMPARE(f.currency, QStringLiteral("USD"));
    // An older id names its country's row.
    m_view->setCarbonSettings(QStringLiteral("germany"), std::nullopt, std::nullopt, std::nullopt,
                              QStringLiteral("EUR"));
    QCOMPARE(m_view->region(), QStringLiteral("DEU"));
    m_view->setCarbonSettings(QStringLiteral("eu"), 123.0, std::nullopt, std::nullopt, QStringLiteral("EUR"));
    // Invalid values are ignored one by one.
    m_view->setCarbonSettings(QStringLiteral("atlantis"), -5.0, 0.5, std::nan(""), QString());
    QCOMPARE(m_view->region(), QStringLiteral("eu"));
    QCOMPARE(m_view->customIntensity(), std::optional<double>(123.0));
    QCOMPARE(m_view->pueOverride(), std::nullopt);
    QCOMPARE(m_view->currency(), QStringLiteral("EUR"));
    QCOMPARE(stateChanged.count(), 4);
}

void TestSankeyView::findingKnownAnswers()
{
    // 2 CPU runs of 1.8e7 J = 10 kWh. At 400 g/kWh with PUE 1.5: 15 kWh -> 6 kg; at 0.20/kWh: 3.00.
    // A car: 6000 g / (400 g / 1.609344 km) = 24.14 km.
    const RunColumns c = handColumns({{"a", false, 1.8e7}, {"b", false, 1.8e7}});
    const CarbonFlow flow = carbonFlow(summarizeFlow(c, FlowGrouping::Dataset, SankeyView::MaxGroups),
                                       customFactors(400, 1.5, 0.2, QStringLiteral("USD")));
    QCOMPARE(
        SankeyView::findingFor(flow, QStringLiteral("your own intensity")),
        QStringLiteral("The 2 runs used 10 kWh; at 400 gCO\u2082e/kWh (your own intensity) and a PUE of 1.50 that "
                       "is 6 kg CO\u2082e, about what an average passenger car emits over 24.1 km, and 3.00 USD at "
                       "0.20 USD per kWh."));
    // No price; the US figure counts CO2 only.
    const CarbonFlow us = carbonFlow(summarizeFlow(c, FlowGrouping::Dataset, SankeyView::MaxGroups),
                                     factorsForRegion(u"us"));
    const double grams = gramsOf(3.6e7, 1.0, 0.81 * 453.59237);
    const double km = grams / (400 / 1.609344);
    QCOMPARE(SankeyView::findingFor(us, QStringLiteral("United States")),
             QStringLiteral("The 2 runs used 10 kWh; at 367.41 gCO\u2082/kWh (United States) and a PUE of 1.00 that is "
                            "%1 kg CO\u2082, about what an average passenger car emits over %2 km; set a price to see "
                            "the cost.")
                 .arg(QString::number(grams / 1000, 'f', 2))
                 .arg(QString::number(km, 'f', 1)));
    QVERIFY(std::abs(grams / 1000 - 3.674) < 0.001); // 3.67 kg, 14.8 km
    QVERIFY(std::abs(km - 14.78) < 0.01);
    const CarbonFlow none = carbonFlow(summarizeFlow(RunColumns(), FlowGrouping::Dataset, SankeyView::MaxGroups),
                                       customFactors(400));
    QCOMPARE(SankeyView::findingFor(none, QString()), QStringLiteral("No runs match the filter."));
    RunColumns nan = handColumns({{"a", true, 1}});
    nan.energy[0] = std::nan("");
    const CarbonFlow skipped = carbonFlow(summarizeFlow(nan, FlowGrouping::Dataset, SankeyView::MaxGroups),
                                          customFactors(400));
    QCOMPARE(skipped.totals.skippedRuns, std::size_t(1));
    QCOMPARE(SankeyView::findingFor(skipped, QString()),
             QStringLiteral("None of the 1 run in the filter has a measured energy."));
    RunColumns bad = handColumns({{"a", true, 1}});
    bad.energy.pop_back();
    QVERIFY_THROWS_EXCEPTION(
        AnalysisError,
        carbonFlow(summarizeFlow(bad, FlowGrouping::Dataset, SankeyView::MaxGroups), customFactors(400)));

    // From the store: the sentence for the world preset, recomputed from SQL.
    m_view->show();
    QVERIFY(waitReady());
    const QMap<QString, SqlGroup> devices = sqlGroups(QStringLiteral("device"));
    const double all = devices[QStringLiteral("CPU")].joules + devices[QStringLiteral("GPU")].joules;
    const double g = gramsOf(all, 1.0, 475);
    QVERIFY2(
        m_view->finding().startsWith(QStringLiteral("The 5,000 runs used %1; at 475 gCO\u2082e/kWh (World average) "
                                                    "and a PUE of 1.00 that is %2 CO\u2082e")
                                         .arg(units::energy(all, units::AutoUnit::WattHours), units::mass(g))),
        qPrintable(m_view->finding()));
    qInfo("finding on the 5000-run demo: %s", qPrintable(m_view->finding()));
}

void TestSankeyView::otherGroupAndLimits()
{
    // 15 datasets of decreasing energy: 12 named, the 3 smallest in "other".
    std::vector<HandRun> runs;
    static const char *names[] = {"d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08",
                                  "d09", "d10", "d11", "d12", "d13", "d14", "d15"};
    for (int i = 0; i < 15; ++i)
        runs.push_back({names[i], i % 2 == 0, 1000.0 * (20 - i)});
    const FlowTotals t = summarizeFlow(handColumns(runs), FlowGrouping::Dataset, 12);
    QCOMPARE(t.groups.size(), std::size_t(13));
    QVERIFY(t.groups.back().other);
    QCOMPARE(t.groups.back().members,
             (QStringList{QStringLiteral("d13"), QStringLiteral("d14"), QStringLiteral("d15")}));
    QCOMPARE(t.groups.back().joules, 1000.0 * (8 + 7 + 6));
    QCOMPARE(t.groups.back().cpuJoules, 1000.0 * 7);
    QCOMPARE(t.groups.front().name, QStringLiteral("d01"));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, summarizeFlow(handColumns(runs), FlowGrouping::Dataset, 0));
    // 13 groups: all named (an "other" of one would only hide a name).
    runs.resize(13);
    const FlowTotals thirteen = summarizeFlow(handColumns(runs), FlowGrouping::Dataset, 12);
    QCOMPARE(thirteen.groups.size(), std::size_t(13));
    QVERIFY(!thirteen.groups.back().other);
    QCOMPARE(thirteen.groups.back().name, QStringLiteral("d13"));
}

void TestSankeyView::keyboardSelects()
{
    // The arrows step through the device and group nodes only; Enter selects as a click does,
    // Ctrl+Space adds.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    SankeyWidget *chart = m_view->chart();
    chart->repaint();
    chart->setFocus();
    const auto flow = m_view->flow();
    int stops = 0;
    for (std::size_t i = 0; i < flow->nodes.size(); ++i)
        stops += flow->nodes[i].kind == Kind::Device || flow->nodes[i].kind == Kind::Group;
    QVERIFY(stops >= 3);
    QSet<int> seen;
    for (int i = 0; i < stops; ++i) {
        QTest::keyClick(chart, Qt::Key_Down);
        const Kind k = flow->nodes[std::size_t(chart->currentNode())].kind;
        QVERIFY(k == Kind::Device || k == Kind::Group);
        seen.insert(chart->currentNode());
    }
    QCOMPARE(seen.size(), stops);
    QVERIFY(!chart->accessibleDescription().isEmpty());

    const QString first = flow->totals.groups[0].name;
    const int group = flow->indexOf(Kind::Group, first);
    while (chart->currentNode() != group)
        QTest::keyClick(chart, Qt::Key_Up);
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(m_fx.filterState->filter().datasets, QStringList{first});
    QVERIFY(waitReady());
    // The keyboard stays on the same node after the new flow arrives.
    QCOMPARE(m_view->flow()->nodes[std::size_t(chart->currentNode())].name, first);

    const int gpu = m_view->flow()->indexOf(Kind::Device, QStringLiteral("GPU"));
    while (chart->currentNode() != gpu)
        QTest::keyClick(chart, Qt::Key_Down);
    QTest::keyClick(chart, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(m_fx.filterState->filter().devices, QStringList{QStringLiteral("GPU")});
    QCOMPARE(m_fx.filterState->filter().datasets, QStringList{first});
}

void TestSankeyView::clickSelects()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    SankeyWidget *chart = m_view->chart();
    chart->repaint();
    const auto flow = m_view->flow();
    const QString first = flow->totals.groups[0].name;
    const int node = flow->indexOf(Kind::Group, first);
    const QPoint at = chart->nodeRect(node).center().toPoint();
    QCOMPARE(chart->nodeAt(at), node);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(m_fx.filterState->filter().datasets, QStringList{first});
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select dataset %1").arg(first));
    QVERIFY(waitReady());

    // A click on the energy bar selects nothing.
    chart->repaint();
    const quint64 before = m_fx.filterState->generation();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier,
                      chart->nodeRect(m_view->flow()->indexOf(Kind::Energy)).center().toPoint());
    QCOMPARE(m_fx.filterState->generation(), before);

    // A device bar's label, with Ctrl: added to the devices (kept with the dataset).
    const int gpu = m_view->flow()->indexOf(Kind::Device, QStringLiteral("GPU"));
    QVERIFY(chart->labelShown(gpu));
    const QPointF label(chart->nodeRect(gpu).left() - 10, chart->nodeRect(gpu).center().y());
    QCOMPARE(chart->nodeAt(label), gpu);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::ControlModifier, label.toPoint());
    QCOMPARE(m_fx.filterState->filter().devices, QStringList{QStringLiteral("GPU")});
    QCOMPARE(m_fx.filterState->filter().datasets, QStringList{first});
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Add GPU runs to the selection"));
    QVERIFY(waitReady());

    // "other": all its members at once (hand-made: the demo's 13 datasets are all named).
    std::vector<HandRun> runs;
    static const char *names[] = {"d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08",
                                  "d09", "d10", "d11", "d12", "d13", "d14", "d15"};
    for (int i = 0; i < 15; ++i)
        runs.push_back({names[i], i % 2 == 0, 1000.0 * (20 - i)});
    chart->setFlow(std::make_shared<CarbonFlow>(carbonFlow(
        summarizeFlow(handColumns(runs), FlowGrouping::Dataset, SankeyView::MaxGroups), customFactors(400))));
    const int other = chart->flow()->otherIndex();
    QVERIFY(other >= 0);
    QCOMPARE(chart->nodeLabel(other), QStringLiteral("other (3 datasets)  5.83 Wh"));
    m_view->selectNode(other);
    QCOMPARE(m_fx.filterState->filter().datasets,
             (QStringList{QStringLiteral("d13"), QStringLiteral("d14"), QStringLiteral("d15")}));
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select the other 3 datasets"));
}

void TestSankeyView::tooltips()
{
    m_view->show();
    QVERIFY(waitReady());
    m_view->chart()->repaint();
    const auto flow = m_view->flow();
    const int cpu = flow->indexOf(Kind::Device, QStringLiteral("CPU"));
    const QString tip = m_view->chart()->nodeToolTip(cpu);
    QVERIFY2(tip.startsWith(QStringLiteral("CPU runs\n%1 at the meter")
                                .arg(units::energy(flow->nodes[std::size_t(cpu)].joules, units::AutoUnit::WattHours))),
             qPrintable(tip));
    QVERIFY(tip.contains(units::mass(flow->nodes[std::size_t(cpu)].co2eGrams)));
    // A link under the mouse: the first CPU -> group band.
    int link = -1;
    for (std::size_t i = 0; i < flow->links.size(); ++i) {
        if (flow->links[i].source == cpu) {
            link = int(i);
            break;
        }
    }
    QVERIFY(link >= 0);
    const QPointF centre = m_view->chart()->linkCenter(link);
    QCOMPARE(m_view->chart()->linkAt(centre), link);
    QVERIFY2(m_view->chart()->linkToolTip(link).startsWith(
                 QStringLiteral("CPU \u2192 %1: %2")
                     .arg(flow->nodes[std::size_t(flow->links[std::size_t(link)].target)].name,
                          units::energy(flow->links[std::size_t(link)].joules, units::AutoUnit::WattHours))),
             qPrintable(m_view->chart()->linkToolTip(link)));
}

void TestSankeyView::stateRoundTrip()
{
    m_view->setGrouping(FlowGrouping::Batch);
    m_view->setCarbonSettings(QStringLiteral("india"), std::nullopt, 1.4, 0.08, QStringLiteral("INR"));
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("grouping")).toString(), QStringLiteral("batch"));
    QCOMPARE(state.value(QStringLiteral("region")).toString(), QStringLiteral("IND")); // older id, saved canonical
    QVERIFY(state.value(QStringLiteral("intensity")).isNull());
    QCOMPARE(state.value(QStringLiteral("pue")).toDouble(), 1.4);
    QCOMPARE(state.value(QStringLiteral("price")).toDouble(), 0.08);
    QCOMPARE(state.value(QStringLiteral("currency")).toString(), QStringLiteral("INR"));
    SankeyView other;
    other.restoreState(state);
    QCOMPARE(other.saveState(), state);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("regionBox"))->currentData().toString(),
             QStringLiteral("IND"));
    // A layout saved by an earlier version names the region by its older id.
    QJsonObject older = state;
    older[QStringLiteral("region")] = QStringLiteral("india");
    SankeyView fromOlder;
    fromOlder.restoreState(older);
    QCOMPARE(fromOlder.saveState(), state);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("groupingBox"))->currentData().toString(),
             QStringLiteral("batch"));
    // Unknown values leave things as they are.
    other.restoreState(QJsonObject{{QStringLiteral("grouping"), QStringLiteral("planet")},
                                   {QStringLiteral("region"), QStringLiteral("mars")},
                                   {QStringLiteral("pue"), QStringLiteral("lots")}});
    QCOMPARE(other.saveState(), state);
}

void TestSankeyView::exportsPngSvgPdf()
{
    m_view->setCarbonSettings(QStringLiteral("world"), std::nullopt, std::nullopt, 0.12, QStringLiteral("USD"));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    // The view at a dock's size, to look at.
    m_view->resize(700, 500);
    QTest::qWait(50);
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    QVERIFY(screen.save(outPath(QStringLiteral("sankey-screen.png"))));
    QString error;
    const QString png = outPath(QStringLiteral("sankey.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 150), qPrintable(error));
    checkNotBlank(QImage(png), 200);
    m_view->setGrouping(FlowGrouping::Shape);
    QVERIFY(waitReady());
    QVERIFY(m_view->grab().toImage().save(outPath(QStringLiteral("sankey-shape-screen.png"))));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sankey-shape.png")), &error, 110));
    const QString svg = outPath(QStringLiteral("sankey.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error), qPrintable(error));
    QVERIFY(QSvgRenderer(svg).isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("Equivalencies")); // the sources (wrapped lines)
    QVERIFY(!svgText.contains("verified"));
    const QString pdf = outPath(QStringLiteral("sankey.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000 && QFileInfo(pdf).size() < 5'000'000);
    // One device only.
    Filter f;
    f.devices = {QStringLiteral("CPU")};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sankey-cpu.png")), &error, 110));
    // Empty.
    f.runIds = {-1};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady());
    QCOMPARE(m_view->finding(), QStringLiteral("No runs match the filter."));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("sankey-empty.png")), &error, 96));
    checkNotBlank(QImage(outPath(QStringLiteral("sankey-empty.png"))), 10, 0.01);
}

void TestSankeyView::fullDemo()
{
    const QString db = qEnvironmentVariable("WATTPRINT_SANKEY_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_SANKEY_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(DemoStore::build(&store, DemoOptions()).ok);
    }
    m_view.reset();
    m_fx.setDataSource(db, Filter());
    m_view = std::make_unique<SankeyView>();
    m_view->setEnvironment(m_fx.env);
    m_view->resize(700, 500);
    m_view->setCarbonSettings(QStringLiteral("butter-e"), std::nullopt, std::nullopt, 0.1, QStringLiteral("USD"));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(120000));
    qInfo("%zu runs: refresh to ready %lld ms (with loading)", m_view->flow()->totals.runs, t.elapsed());
    for (FlowGrouping g : {FlowGrouping::Shape, FlowGrouping::Batch, FlowGrouping::Dataset}) {
        t.restart();
        m_view->setGrouping(g);
        QVERIFY(waitReady(60000));
        qInfo("grouping %s: %lld ms", qPrintable(flowGroupingName(g)), t.elapsed());
        QVERIFY(m_view->grab().toImage().save(
            outPath(QStringLiteral("sankey-full-%1-screen.png").arg(flowGroupingName(g)))));
        QVERIFY(
            m_view->exportToFile(outPath(QStringLiteral("sankey-full-%1.png").arg(flowGroupingName(g))), nullptr, 110));
    }
    qInfo("finding: %s", qPrintable(m_view->finding()));
}

QTEST_MAIN(TestSankeyView)
#include "tst_sankeyview.moc"
