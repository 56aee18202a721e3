// The Pareto view on a 4000-run demo store: frontier membership against a brute-force dominance
// check over configuration medians computed here from SQL rows (and over the runs), per device on
// the default capacity axes and over both devices on run time against energy, bubble areas, the
// finding on hand-made runs with a known answer and on the store, the frontier list and a dragged
// rectangle into the filter, state (old layouts too), hover text, the run time axes' note and
// PNG/PDF exports. The step lines and other numbers alone: tests/analysis/tst_paretoanalysis.cpp.
#include <anomalydotlayer.h>
#include <filterstate.h>
#include <paretoview.h>

#include <qcustomplot.h>

#include <units.h>

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include "../support/imagecheck.h"
#include "../support/paretocolumns.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

using namespace wattprint;
using namespace wattprint::testsupport::pareto;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

using Key = std::tuple<QString, QString, qint64, int, bool>;

Key keyOf(const ConfigurationStats &c)
{
    return {c.datasetName, c.shapeName, c.size, c.depth, c.gpu};
}

struct Point
{
    double x, y;
};

// Brute force: i is on the frontier when no j is at least as good in both and better in one.
// With `maximiseX` (capacity) more x is better; `group` (a device) limits who competes.
std::vector<bool> bruteFrontier(const std::vector<Point> &p, bool maximiseX, const std::vector<int> &group)
{
    std::vector<bool> member(p.size(), true);
    for (std::size_t i = 0; i < p.size(); ++i) {
        for (std::size_t j = 0; j < p.size(); ++j) {
            if (group[j] != group[i])
                continue;
            const bool xNoWorse = maximiseX ? p[j].x >= p[i].x : p[j].x <= p[i].x;
            if (xNoWorse && p[j].y <= p[i].y && (p[j].x != p[i].x || p[j].y < p[i].y)) {
                member[i] = false;
                break;
            }
        }
    }
    return member;
}

std::vector<bool> bruteFrontier(const std::vector<Point> &p)
{
    std::vector<bool> member(p.size(), true);
    for (std::size_t i = 0; i < p.size(); ++i) {
        for (std::size_t j = 0; j < p.size(); ++j) {
            if (p[j].x <= p[i].x && p[j].y <= p[i].y && (p[j].x < p[i].x || p[j].y < p[i].y)) {
                member[i] = false;
                break;
            }
        }
    }
    return member;
}

using wattprint::testsupport::checkNotBlank;

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                  Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

} // namespace

class TestParetoView : public QObject
{
    Q_OBJECT

private:
    struct SqlConfig
    {
        std::vector<double> energy, runTime, perDatum;
        std::vector<qint64> ids;
    };
    std::map<Key, SqlConfig> sqlConfigs(const QString &dataset = {}) const;
    // The dataset whose frontier (of configuration medians, or of runs) is longest, by brute force
    // on SQL. With BUTTER-E's repeats a dataset has a hundred-odd configurations of about two runs
    // in the small demo, and its smallest CPU network is often both the fastest and the most
    // frugal: a frontier of one point, which the tests of lists and sentences cannot use.
    QString longestFrontierDataset(bool runs) const;
    // One dataset in the filter: setups of different datasets do different work, and over all of
    // them one tiny-dataset setup tends to beat every other.
    void useDataset(const QString &dataset)
    {
        Filter f;
        f.datasets = {dataset};
        m_fx.filterState->setFilter(f);
    }
    bool waitReady(int timeoutMs = 30000)
    {
        return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs);
    }

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<ParetoView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void capacityMembershipMatchesBruteForce();
    void capacityRunsAndEnergyPerRun();
    void capacityFindingKnownAnswers();
    void axesStateAndOldLayouts();
    void capacityHoverAndClick();
    void timeEnergyNote();
    void membershipMatchesBruteForce();
    void runMembershipMatchesBruteForce();
    void perDatasetFrontiers();
    void bubbleAreas();
    void findingKnownAnswers();
    void findingOnStore();
    void listClickSelectsConfiguration();
    void dragSelectsConfigurations();
    void dragSelectsRuns();
    void stateAndHover();
    void exportsPngPdf();
    void fullDemoTiming();
};

void TestParetoView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DemoOptions options;
    options.runs = 4000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestParetoView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestParetoView::init()
{
    m_fx.reset();
    m_view = std::make_unique<ParetoView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestParetoView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

QString TestParetoView::longestFrontierDataset(bool runs) const
{
    QString best;
    std::size_t longest = 0;
    QSqlQuery q(m_fx.store()->database());
    q.exec(QStringLiteral("SELECT DISTINCT dataset FROM runs ORDER BY dataset"));
    while (q.next()) {
        const QString dataset = q.value(0).toString();
        std::vector<Point> points;
        if (runs) {
            QSqlQuery r(m_fx.store()->database());
            r.prepare(QStringLiteral("SELECT run_time, energy FROM runs WHERE dataset = ? AND quality = 0"));
            r.addBindValue(dataset);
            r.exec();
            while (r.next())
                points.push_back({r.value(0).toDouble(), r.value(1).toDouble()});
        } else {
            for (const auto &[key, c] : sqlConfigs(dataset))
                points.push_back({median(c.runTime), median(c.energy)});
        }
        const std::vector<bool> member = bruteFrontier(points);
        const auto n = std::size_t(std::count(member.begin(), member.end(), true));
        if (n > longest) {
            longest = n;
            best = dataset;
        }
    }
    return best;
}

std::map<Key, TestParetoView::SqlConfig> TestParetoView::sqlConfigs(const QString &dataset) const
{
    QSqlQuery q(m_fx.store()->database());
    q.prepare(
        // The runs failing a quality check are left out by default.
        QStringLiteral("SELECT dataset, shape, size, depth, device, energy, run_time, id, energy_per_datum FROM runs "
                       "WHERE quality = 0")
        + (dataset.isEmpty() ? QString() : QStringLiteral(" AND dataset = ?")));
    if (!dataset.isEmpty())
        q.addBindValue(dataset);
    if (!q.exec())
        qFatal("query failed");
    std::map<Key, SqlConfig> out;
    while (q.next()) {
        SqlConfig &c = out[Key{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                               q.value(3).toInt(), q.value(4).toString() == QLatin1String("GPU")}];
        c.energy.push_back(q.value(5).toDouble());
        c.runTime.push_back(q.value(6).toDouble());
        c.ids.push_back(q.value(7).toLongLong());
        if (!q.value(8).isNull())
            c.perDatum.push_back(q.value(8).toDouble());
    }
    return out;
}

void TestParetoView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("pareto"));
    QCOMPARE(m_view->objectName(), QStringLiteral("pareto"));
    QCOMPARE(m_view->nugget(),
             QStringLiteral("Which setups give the most capacity for their energy, and which are never worth it?"));
    QVERIFY(m_view->howToRead().contains(QStringLiteral("energy = power")) // the run time axes' caveat
            || m_view->howToRead().contains(QStringLiteral("power times its run time")));
    auto *axes = m_view->findChild<QComboBox *>(QStringLiteral("axesBox"));
    QCOMPARE(axes->count(), 3);
    QCOMPARE(axes->itemText(0), QStringLiteral("Capacity vs energy per datum"));
    QCOMPARE(axes->itemText(1), QStringLiteral("Capacity vs energy per run"));
    QCOMPARE(axes->itemText(2), QStringLiteral("Run time vs energy"));
    QCOMPARE(axes->currentData().toString(), QStringLiteral("capacity-energy-per-datum"));
    QCOMPARE(m_view->axes(), ParetoAxes::CapacityEnergyPerDatum);
    QVERIFY(!axes->accessibleName().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("Pareto frontier")));
    auto *colour = m_view->findChild<QComboBox *>(QStringLiteral("colourBox"));
    QCOMPARE(colour->count(), 2); // shape, device: the runs carry no optimizer
    QCOMPARE(colour->itemText(0), QStringLiteral("Shape"));
    QCOMPARE(colour->itemText(1), QStringLiteral("Device"));
    QVERIFY(!colour->accessibleName().isEmpty());
    QVERIFY(!m_view->frontierList()->accessibleName().isEmpty());
}

void TestParetoView::capacityMembershipMatchesBruteForce()
{
    // The default axes: parameters (more is better) against the median energy per datum (less is
    // better), a frontier per device.
    m_view->show();
    for (const QString &dataset : {QString(), QStringLiteral("mnist"), QStringLiteral("adult")}) {
        if (!dataset.isEmpty())
            useDataset(dataset);
        QVERIFY(waitReady());
        const auto r = m_view->result();
        QCOMPARE(r->axes, ParetoAxes::CapacityEnergyPerDatum);
        const auto sql = sqlConfigs(dataset);
        std::vector<Key> keys;
        std::vector<Point> points;
        std::vector<int> device;
        std::size_t dropped = 0;
        for (const auto &[key, c] : sql) {
            if (c.perDatum.empty()) {
                ++dropped;
                continue;
            }
            keys.push_back(key);
            points.push_back({double(std::get<2>(key)), median(c.perDatum)});
            device.push_back(std::get<4>(key) ? 1 : 0);
        }
        const std::vector<bool> member = bruteFrontier(points, true, device);
        std::set<Key> expected;
        int perDevice[2] = {0, 0}, candidates[2] = {0, 0};
        for (std::size_t i = 0; i < keys.size(); ++i) {
            ++candidates[device[i]];
            if (member[i]) {
                expected.insert(keys[i]);
                ++perDevice[device[i]];
            }
        }
        const ParetoResult::Layer &layer = r->perConfiguration;
        QCOMPARE(layer.size(), keys.size());
        QCOMPARE(layer.dropped, dropped);
        std::set<Key> got;
        for (const std::size_t p : layer.frontier) {
            const Key key = keyOf(r->configurations[layer.configuration[p]]);
            got.insert(key);
            QCOMPARE(layer.x[p], double(std::get<2>(key)));
            QCOMPARE(layer.y[p], median(sql.at(key).perDatum));
        }
        QVERIFY(got == expected);
        QVERIFY(perDevice[0] >= 2 && perDevice[1] >= 2);
        QCOMPARE(m_view->frontierList()->count(), int(expected.size()));
        QCOMPARE(m_view->dotLayer()->pointCount(), layer.size());
        // The finding counts each device's frontier and names its largest network at its cheapest.
        const QLocale locale;
        for (int d : {0, 1}) {
            const QString prefix = QStringLiteral("%1: %2 of %3 setups are on the frontier, from the cheapest, ")
                                       .arg(d ? QStringLiteral("GPU") : QStringLiteral("CPU"))
                                       .arg(perDevice[d])
                                       .arg(locale.toString(candidates[d]));
            QVERIFY2(m_view->finding().contains(prefix),
                     qPrintable(m_view->finding() + QStringLiteral(" / ") + prefix));
        }
        const ParetoResult::Frontier &cpu = layer.frontiers.front();
        const ConfigurationStats &top = r->configurations[layer.configuration[cpu.points.back()]];
        QVERIFY2(m_view->finding().contains(
                     QStringLiteral(", up to the most capacity, %1 parameters at %2/datum (%3, %4, depth %5)")
                         .arg(units::compactCount(double(top.size)), units::energy(layer.y[cpu.points.back()]),
                              top.datasetName, top.shapeName)
                         .arg(top.depth)),
                 qPrintable(m_view->finding()));
        qInfo("%s: %s", qPrintable(dataset.isEmpty() ? QStringLiteral("all") : dataset), qPrintable(m_view->finding()));
    }
}

void TestParetoView::capacityRunsAndEnergyPerRun()
{
    m_view->setAxes(ParetoAxes::CapacityEnergy);
    m_view->setPointMode(ParetoView::PointMode::Runs);
    m_view->show();
    useDataset(QStringLiteral("adult"));
    QVERIFY(waitReady());
    const auto r = m_view->result();
    QCOMPARE(r->axes, ParetoAxes::CapacityEnergy);
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT id, size, energy, device FROM runs WHERE dataset = 'adult' AND quality = 0")));
    std::vector<qint64> ids;
    std::vector<Point> points;
    std::vector<int> device;
    while (q.next()) {
        ids.push_back(q.value(0).toLongLong());
        points.push_back({q.value(1).toDouble(), q.value(2).toDouble()});
        device.push_back(q.value(3).toString() == QLatin1String("GPU") ? 1 : 0);
    }
    const std::vector<bool> member = bruteFrontier(points, true, device);
    QSet<qint64> expected;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (member[i])
            expected.insert(ids[i]);
    }
    QSet<qint64> got;
    for (const std::size_t p : r->perRun.frontier)
        got.insert(r->perRun.runId[p]);
    QCOMPARE(got, expected);
    QCOMPARE(m_view->frontierList()->count(), int(expected.size()));
    QCOMPARE(m_view->plot()->yAxis->label(), QStringLiteral("Energy per run (log scale)"));
    QVERIFY(m_view->finding().contains(QStringLiteral(" runs are on the frontier, from ")));
    QVERIFY(m_view->finding().contains(QStringLiteral("/run (a run of adult, ")));
    // A dragged rectangle selects runs, named by the axes.
    m_view->plot()->replot();
    const QRect area = m_view->plot()->axisRect()->rect();
    m_view->selectPointsIn(QRectF(area).adjusted(2, 2, -2, -2));
    QVERIFY2(m_fx.lastFilterText.endsWith(QStringLiteral("run(s) by parameters and energy")),
             qPrintable(m_fx.lastFilterText));
}

void TestParetoView::capacityFindingKnownAnswers()
{
    // CPU: 64 parameters / 50 J, 128 / 100 J (beaten by 256 / 100 J), 256 / 100 J twice (a
    // rectangle and a trapezoid: duplicates, both on), 256 / 150 J (beaten), 1,024 / 400 J. GPU:
    // 64 / 500 J beaten by 1,024 / 500 J. Energy per datum is energy / 1e7.
    const RunColumns c = handColumns({{"rectangle", false, 1, 50, 64},
                                      {"rectangle", false, 1, 100, 128},
                                      {"rectangle", false, 1, 100, 256},
                                      {"trapezoid", false, 1, 100, 256},
                                      {"exponential", false, 1, 150, 256},
                                      {"rectangle", false, 1, 400, 1024},
                                      {"rectangle", true, 1, 500, 64},
                                      {"rectangle", true, 1, 500, 1024}});
    const ParetoResult r = computePareto(c);
    QCOMPARE(
        ParetoView::findingFor(r, ParetoView::PointMode::Configurations),
        QStringLiteral("CPU: 4 of 6 setups are on the frontier, from the cheapest, 64 parameters at 5 \u00B5J/datum,"
                       " up to the most capacity, 1.02k parameters at 40 \u00B5J/datum (adult, rectangle, depth 3). "
                       "GPU: 1 of 2 setups is on the frontier, the largest network for the least energy: 1.02k "
                       "parameters at 50 \u00B5J/datum (adult, rectangle, depth 3)."));
    QCOMPARE(ParetoView::findingFor(r, ParetoView::PointMode::Runs),
             QStringLiteral(
                 "CPU: 4 of 6 runs are on the frontier, from the cheapest, 64 parameters at 5 \u00B5J/datum,"
                 " up to the most capacity, 1.02k parameters at 40 \u00B5J/datum (a run of adult, rectangle, depth "
                 "3). GPU: 1 of 2 runs is on the frontier, the largest network for the least energy: 1.02k "
                 "parameters at 50 \u00B5J/datum (a run of adult, rectangle, depth 3)."));
    // Energy per run; one device empty (CPU only): one sentence.
    const RunColumns cpu = handColumns({{"rectangle", false, 1, 50, 64}, {"trapezoid", false, 1, 80, 512}});
    QCOMPARE(
        ParetoView::findingFor(computePareto(cpu, ParetoAxes::CapacityEnergy), ParetoView::PointMode::Configurations),
        QStringLiteral("CPU: 2 of 2 setups are on the frontier, from the cheapest, 64 parameters at 50 J/run, up "
                       "to the most capacity, 512 parameters at 80 J/run (adult, trapezoid, depth 3)."));
    // Within datasets and devices: adult CPU 64 / 100 J and 256 / 300 J, adult GPU 64 / 50 J,
    // banana CPU 1,024 / 10 J.
    RunColumns two = handColumns({{"rectangle", false, 1, 100, 64},
                                  {"rectangle", false, 1, 300, 256},
                                  {"rectangle", true, 1, 50, 64},
                                  {"trapezoid", false, 1, 10, 1024}});
    two.datasetNames << QStringLiteral("banana");
    two.dataset[3] = 1;
    QCOMPARE(ParetoView::findingFor(computePareto(two), ParetoView::PointMode::Configurations,
                                    ParetoView::FrontierScope::PerDataset),
             QStringLiteral("Within each of the 2 datasets and each device, 4 of 4 setups are on a frontier (3 on CPU "
                            "and 1 on GPU): the list names the cheapest way to each size in each dataset."));
    // Nothing to place.
    RunColumns noDatum = cpu;
    std::fill(noDatum.energyPerDatum.begin(), noDatum.energyPerDatum.end(), std::nan(""));
    QCOMPARE(
        ParetoView::findingFor(computePareto(noDatum), ParetoView::PointMode::Configurations),
        QStringLiteral("None of the 2 run(s) in the filter has a positive energy per datum to place on the log axes."));
    QCOMPARE(ParetoView::findingFor(computePareto(RunColumns()), ParetoView::PointMode::Configurations),
             QStringLiteral("No runs match the filter."));
}

void TestParetoView::axesStateAndOldLayouts()
{
    m_view->show();
    QVERIFY(waitReady());
    QCOMPARE(m_view->saveState().value(QStringLiteral("axes")).toString(), QStringLiteral("capacity-energy-per-datum"));
    // Other axes are other numbers: a new job.
    QSignalSpy changed(m_view.get(), &ViewPanel::stateChanged);
    m_view->setAxes(ParetoAxes::CapacityEnergy);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_view->isReady());
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->axes, ParetoAxes::CapacityEnergy);
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("axes")).toString(), QStringLiteral("capacity-energy"));
    ParetoView other;
    other.restoreState(state);
    QCOMPARE(other.axes(), ParetoAxes::CapacityEnergy);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("axesBox"))->currentData().toString(),
             QStringLiteral("capacity-energy"));
    QCOMPARE(other.saveState(), state);
    // A layout saved before the axes were a choice (today's run time axes, no key) gets the new
    // default, and keeps its other options; so does an unknown name.
    other.setAxes(ParetoAxes::TimeEnergy);
    const QJsonObject old{{QStringLiteral("points"), QStringLiteral("runs")},
                          {QStringLiteral("colourBy"), QStringLiteral("shape")},
                          {QStringLiteral("frontier"), QStringLiteral("dataset")}};
    other.restoreState(old);
    QCOMPARE(other.axes(), ParetoAxes::CapacityEnergyPerDatum);
    QCOMPARE(other.pointMode(), ParetoView::PointMode::Runs);
    QCOMPARE(other.colourBy(), ParetoView::ColourBy::Shape);
    QCOMPARE(other.frontierScope(), ParetoView::FrontierScope::PerDataset);
    other.setAxes(ParetoAxes::TimeEnergy);
    other.restoreState(QJsonObject{{QStringLiteral("axes"), QStringLiteral("bogus")}});
    QCOMPARE(other.axes(), ParetoAxes::CapacityEnergyPerDatum);
    // A new view colours by device, as the per-device frontiers are.
    QCOMPARE(ParetoView().colourBy(), ParetoView::ColourBy::Device);
}

void TestParetoView::capacityHoverAndClick()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    useDataset(QStringLiteral("mnist"));
    QVERIFY(waitReady());
    const auto r = m_view->result();
    const ParetoResult::Layer &layer = r->perConfiguration;
    const std::size_t p = layer.frontier.front();
    const ConfigurationStats &c = r->configurations[layer.configuration[p]];
    const QString text = m_view->pointText(p);
    QVERIFY2(text.startsWith(describeConfiguration(c)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Median energy per training datum %1").arg(units::energy(layer.y[p]))),
             qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("On the %1 Pareto frontier").arg(deviceName(c.gpu))), qPrintable(text));
    QCOMPARE(m_view->plot()->xAxis->label(), QStringLiteral("Capacity: parameters of the network (log scale)"));
    QCOMPARE(m_view->plot()->yAxis->label(), QStringLiteral("Median energy per training datum (log scale)"));
    // The list: CPU's frontier then GPU's, each smallest first; a click selects the setup.
    QListWidget *list = m_view->frontierList();
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("frontierTitle"))
                ->text()
                .endsWith(QStringLiteral("CPU, then GPU, smallest first")));
    for (int i = 1; i < list->count(); ++i) {
        const ConfigurationStats &a = r->configurations[layer.configuration[layer.frontier[std::size_t(i - 1)]]];
        const ConfigurationStats &b = r->configurations[layer.configuration[layer.frontier[std::size_t(i)]]];
        QVERIFY(a.gpu < b.gpu || (a.gpu == b.gpu && a.size <= b.size));
    }
    const ConfigurationStats second = r->configurations[layer.configuration[layer.frontier[1]]];
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(1)).center());
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select configuration %1").arg(describeConfiguration(second)));
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->configurations.size(), std::size_t(1));
}

void TestParetoView::timeEnergyNote()
{
    auto noteShown = [this] {
        for (int i = 0; i < m_view->plot()->itemCount(); ++i) {
            const auto *text = qobject_cast<QCPItemText *>(m_view->plot()->item(i));
            if (text && text->text() == ParetoView::timeEnergyNote())
                return text->visible();
        }
        return false;
    };
    m_view->show();
    QVERIFY(waitReady());
    QVERIFY(!noteShown());
    m_view->setAxes(ParetoAxes::TimeEnergy);
    QVERIFY(waitReady());
    QVERIFY(noteShown());
    QVERIFY(ParetoView::timeEnergyNote().contains(QStringLiteral("Energy = power \u00D7 run time")));
    QCOMPARE(m_view->plot()->xAxis->label(), QStringLiteral("Median run time of the setup's runs (log scale)"));
    const QString png = testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-time-energy.png"));
    QVERIFY(m_view->exportToFile(png, nullptr, 96));
    checkNotBlank(QImage(png));
}

void TestParetoView::membershipMatchesBruteForce()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->show();
    std::size_t largest = 0;
    for (const QString &dataset :
         {QString(), QStringLiteral("mnist"), QStringLiteral("adult"), QStringLiteral("529_pollen"),
          QStringLiteral("sleep"), longestFrontierDataset(false)}) {
        if (!dataset.isEmpty())
            useDataset(dataset);
        QVERIFY(waitReady());
        const auto r = m_view->result();
        QVERIFY(r);
        const auto sql = sqlConfigs(dataset);
        std::vector<Key> keys;
        std::vector<Point> points;
        for (const auto &[key, c] : sql) {
            keys.push_back(key);
            points.push_back({median(c.runTime), median(c.energy)});
        }
        const std::vector<bool> member = bruteFrontier(points);
        std::set<Key> expected;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (member[i])
                expected.insert(keys[i]);
        }
        const ParetoResult::Layer &layer = r->perConfiguration;
        QCOMPARE(layer.size(), sql.size());
        QCOMPARE(layer.dropped, std::size_t(0));
        std::set<Key> got;
        for (const std::size_t p : layer.frontier) {
            got.insert(keyOf(r->configurations[layer.configuration[p]]));
            // The point is the configuration's medians, from SQL.
            const auto &c = sql.at(keyOf(r->configurations[layer.configuration[p]]));
            QCOMPARE(layer.x[p], median(c.runTime));
            QCOMPARE(layer.y[p], median(c.energy));
        }
        QVERIFY(got == expected);
        largest = std::max(largest, expected.size());
        qInfo("%s: %zu of %zu configurations on the frontier",
              qPrintable(dataset.isEmpty() ? QStringLiteral("all") : dataset), got.size(), sql.size());
        // The side list names them, fastest first.
        QCOMPARE(m_view->frontierList()->count(), int(expected.size()));
        for (int i = 1; i < m_view->frontierList()->count(); ++i)
            QVERIFY(layer.x[layer.frontier[std::size_t(i - 1)]] <= layer.x[layer.frontier[std::size_t(i)]]);
        // Keys ascend (the dot layer's hit tests need it) and every point is drawn.
        QVERIFY(std::is_sorted(layer.x.begin(), layer.x.end()));
        QCOMPARE(m_view->dotLayer()->pointCount(), layer.size());
    }
    // At least one frontier of several points (longestFrontierDataset() says why they are short).
    QVERIFY(largest >= 2);
}

void TestParetoView::runMembershipMatchesBruteForce()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->setPointMode(ParetoView::PointMode::Runs);
    m_view->show();
    const QString dataset = longestFrontierDataset(true);
    useDataset(dataset);
    QVERIFY(waitReady());
    const auto r = m_view->result();
    QSqlQuery q(m_fx.store()->database());
    q.prepare(QStringLiteral("SELECT id, run_time, energy FROM runs WHERE dataset = ? AND quality = 0"));
    q.addBindValue(dataset);
    QVERIFY(q.exec());
    std::vector<qint64> ids;
    std::vector<Point> points;
    while (q.next()) {
        ids.push_back(q.value(0).toLongLong());
        points.push_back({q.value(1).toDouble(), q.value(2).toDouble()});
    }
    const std::vector<bool> member = bruteFrontier(points);
    QSet<qint64> expected;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (member[i])
            expected.insert(ids[i]);
    }
    QSet<qint64> got;
    for (const std::size_t p : r->perRun.frontier)
        got.insert(r->perRun.runId[p]);
    QCOMPARE(got, expected);
    QCOMPARE(r->perRun.size(), ids.size());
    QCOMPARE(m_view->dotLayer()->pointCount(), ids.size());
    QCOMPARE(m_view->frontierList()->count(), int(expected.size()));
    QVERIFY(expected.size() >= 2);
    QVERIFY2(m_view->finding().startsWith(QStringLiteral("Of the %1 runs on the frontier (out of %2)")
                                              .arg(expected.size())
                                              .arg(QLocale().toString(qlonglong(ids.size())))),
             qPrintable(m_view->finding()));
}

void TestParetoView::perDatasetFrontiers()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->setFrontierScope(ParetoView::FrontierScope::PerDataset);
    m_view->show();
    QVERIFY(waitReady());
    const auto r = m_view->result();
    const auto sql = sqlConfigs();
    // Brute force within each dataset.
    std::map<QString, std::vector<std::pair<Key, Point>>> byDataset;
    for (const auto &[key, c] : sql)
        byDataset[std::get<0>(key)].push_back({key, {median(c.runTime), median(c.energy)}});
    std::set<Key> expected;
    int gpu = 0;
    for (const auto &[dataset, entries] : byDataset) {
        std::vector<Point> points;
        for (const auto &e : entries)
            points.push_back(e.second);
        const std::vector<bool> member = bruteFrontier(points);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (member[i]) {
                expected.insert(entries[i].first);
                gpu += std::get<4>(entries[i].first);
            }
        }
    }
    const ParetoResult::Layer &layer = r->perConfiguration;
    QCOMPARE(layer.perDataset.size(), byDataset.size());
    std::set<Key> got;
    for (const std::size_t p : m_view->shownFrontier())
        got.insert(keyOf(r->configurations[layer.configuration[p]]));
    QVERIFY(got == expected);
    QCOMPARE(m_view->shownFrontier().size(), expected.size());
    QCOMPARE(m_view->frontierList()->count(), int(expected.size()));
    const int n = int(expected.size());
    const QString devices = gpu == 0 ? QStringLiteral("all run on CPU")
        : gpu == n                   ? QStringLiteral("all run on GPU")
                                     : QStringLiteral("%1 run on CPU and %2 on GPU").arg(n - gpu).arg(gpu);
    const QString prefix = QStringLiteral("Of the %1 setups on the frontiers of their %2 datasets (out of %3), %4; ")
                               .arg(n)
                               .arg(byDataset.size())
                               .arg(QLocale().toString(qlonglong(sql.size())), devices);
    QVERIFY2(m_view->finding().startsWith(prefix), qPrintable(m_view->finding() + QStringLiteral(" / ") + prefix));
    qInfo("finding within datasets: %s", qPrintable(m_view->finding()));
    const QString png = testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-datasets.png"));
    QVERIFY(m_view->exportToFile(png, nullptr, 96));
    checkNotBlank(QImage(png));

    // Known answer: dataset a has two frontier setups (CPU rectangle, GPU trapezoid), dataset b
    // one (CPU rectangle) that over all datasets beats everything.
    RunColumns c = handColumns({{"rectangle", false, 10, 100, 32},
                                {"trapezoid", true, 5, 200, 64},
                                {"trapezoid", false, 20, 300, 128},
                                {"rectangle", false, 1, 10, 32},
                                {"exponential", true, 2, 20, 64}});
    c.datasetNames << QStringLiteral("banana");
    c.dataset[3] = 1;
    c.dataset[4] = 1;
    const ParetoResult hand = computePareto(c, ParetoAxes::TimeEnergy);
    QCOMPARE(ParetoView::findingFor(hand, ParetoView::PointMode::Configurations, ParetoView::FrontierScope::PerDataset),
             QStringLiteral("Of the 3 setups on the frontiers of their 2 datasets (out of 5), 2 run on CPU and 1 on "
                            "GPU; by shape 2 rectangle and 1 trapezoid."));
    QCOMPARE(ParetoView::findingFor(hand, ParetoView::PointMode::Configurations, ParetoView::FrontierScope::All),
             QStringLiteral("One setup of 5 is on the frontier, both the fastest and the most frugal: banana, "
                            "rectangle, 32 parameters, depth 3, CPU."));
}

void TestParetoView::bubbleAreas()
{
    const std::int64_t max = std::int64_t(1) << 24;
    QCOMPARE(ParetoView::bubbleRadius(max, max), ParetoView::MaxRadius);
    // Area ratio equals the parameter ratio while above the floor.
    for (const std::int64_t s : {max / 2, max / 4, max / 8, max / 16}) {
        const double ratio = std::pow(ParetoView::bubbleRadius(s, max) / ParetoView::MaxRadius, 2);
        QVERIFY(std::abs(ratio - double(s) / double(max)) < 1e-12);
    }
    QCOMPARE(ParetoView::bubbleRadius(32, max), ParetoView::MinRadius);
    QCOMPARE(ParetoView::bubbleRadius(0, max), ParetoView::MinRadius);
}

void TestParetoView::findingKnownAnswers()
{
    // B (GPU rectangle, 5 s, 200 J), A (CPU rectangle, 10 s, 100 J), C (CPU trapezoid, 20 s,
    // 50 J) are on the frontier; D (CPU trapezoid, 30 s, 300 J) is beaten by all three; E (CPU
    // exponential, 10 s, 150 J) by A.
    const RunColumns c = handColumns({{"rectangle", true, 5, 200, 64},
                                      {"rectangle", false, 10, 100, 128},
                                      {"trapezoid", false, 20, 50, 256},
                                      {"trapezoid", false, 30, 300, 512},
                                      {"exponential", false, 10, 150, 1024}});
    const ParetoResult r = computePareto(c, ParetoAxes::TimeEnergy);
    QCOMPARE(ParetoView::findingFor(r, ParetoView::PointMode::Configurations),
             QStringLiteral("Of the 3 setups on the frontier (out of 5), 2 run on CPU and 1 on GPU; by shape 2 "
                            "rectangle and 1 trapezoid."));
    QCOMPARE(ParetoView::findingFor(r, ParetoView::PointMode::Runs),
             QStringLiteral("Of the 3 runs on the frontier (out of 5), 2 run on CPU and 1 on GPU; by shape 2 "
                            "rectangle and 1 trapezoid."));
    // Configuration medians, not runs: a second run of E at 4 s / 40 J makes E's medians 7 s /
    // 95 J, which beats A, and is itself a run that beats every other run.
    std::vector<HandRun> more = {{"rectangle", true, 5, 200, 64},       {"rectangle", false, 10, 100, 128},
                                 {"trapezoid", false, 20, 50, 256},     {"trapezoid", false, 30, 300, 512},
                                 {"exponential", false, 10, 150, 1024}, {"exponential", false, 4, 40, 1024}};
    const ParetoResult r2 = computePareto(handColumns(more), ParetoAxes::TimeEnergy);
    QCOMPARE(ParetoView::findingFor(r2, ParetoView::PointMode::Configurations),
             QStringLiteral("Of the 3 setups on the frontier (out of 5), 2 run on CPU and 1 on GPU; by shape 1 "
                            "exponential, 1 rectangle and 1 trapezoid."));
    QCOMPARE(ParetoView::findingFor(r2, ParetoView::PointMode::Runs),
             QStringLiteral("One run of 6 is on the frontier, both the fastest and the most frugal: a run of adult, "
                            "exponential, 1,024 parameters, depth 3, CPU."));
    // Four shapes: the two largest named, the rest summed.
    const RunColumns four = handColumns({{"rectangle", false, 1, 100, 32},
                                         {"rectangle", false, 2, 90, 64},
                                         {"rectangle", false, 3, 80, 128},
                                         {"trapezoid", false, 4, 70, 256},
                                         {"trapezoid", false, 5, 60, 512},
                                         {"exponential", true, 6, 50, 1024},
                                         {"wide_first_2x", true, 7, 40, 2048}});
    QCOMPARE(ParetoView::findingFor(computePareto(four, ParetoAxes::TimeEnergy), ParetoView::PointMode::Configurations),
             QStringLiteral("Of the 7 setups on the frontier (out of 7), 5 run on CPU and 2 on GPU; by shape 3 "
                            "rectangle, 2 trapezoid and 2 in 2 other shapes."));
    // One device, one shape.
    const RunColumns cpu = handColumns({{"rectangle", false, 1, 100}, {"rectangle", false, 2, 50, 512}});
    QCOMPARE(ParetoView::findingFor(computePareto(cpu, ParetoAxes::TimeEnergy), ParetoView::PointMode::Configurations),
             QStringLiteral("Of the 2 setups on the frontier (out of 2), all run on CPU; all are rectangle."));
    QCOMPARE(ParetoView::findingFor(computePareto(RunColumns(), ParetoAxes::TimeEnergy),
                                    ParetoView::PointMode::Configurations),
             QStringLiteral("No runs match the filter."));
    RunColumns zero = handColumns({{"rectangle", false, 1, 0}});
    QCOMPARE(ParetoView::findingFor(computePareto(zero, ParetoAxes::TimeEnergy), ParetoView::PointMode::Configurations),
             QStringLiteral(
                 "None of the 1 run(s) in the filter has a positive run time and energy to place on the log axes."));
}

void TestParetoView::findingOnStore()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->show();
    QVERIFY(waitReady());
    QVERIFY2(m_view->finding().startsWith(QStringLiteral("One setup of %1 is on the frontier")
                                              .arg(QLocale().toString(qlonglong(sqlConfigs().size()))))
                 || m_view->finding().startsWith(QStringLiteral("Of the ")),
             qPrintable(m_view->finding()));
    qInfo("finding over all datasets: %s", qPrintable(m_view->finding()));
    const QString dataset = longestFrontierDataset(false);
    useDataset(dataset);
    QVERIFY(waitReady());
    const auto sql = sqlConfigs(dataset);
    std::vector<Key> keys;
    std::vector<Point> points;
    for (const auto &[key, c] : sql) {
        keys.push_back(key);
        points.push_back({median(c.runTime), median(c.energy)});
    }
    const std::vector<bool> member = bruteFrontier(points);
    int n = 0, gpu = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        n += member[i];
        gpu += member[i] && std::get<4>(keys[i]);
    }
    QString devices = gpu == 0 ? QStringLiteral("all run on CPU")
        : gpu == n             ? QStringLiteral("all run on GPU")
                               : QStringLiteral("%1 run on CPU and %2 on GPU").arg(n - gpu).arg(gpu);
    const QString prefix = QStringLiteral("Of the %1 setups on the frontier (out of %2), %3; ")
                               .arg(n)
                               .arg(QLocale().toString(qlonglong(sql.size())), devices);
    QVERIFY2(m_view->finding().startsWith(prefix), qPrintable(m_view->finding() + QStringLiteral(" / ") + prefix));
    qInfo("finding: %s", qPrintable(m_view->finding()));
}

void TestParetoView::listClickSelectsConfiguration()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    useDataset(longestFrontierDataset(false));
    QVERIFY(waitReady());
    const auto r = m_view->result();
    const ParetoResult::Layer &layer = r->perConfiguration;
    QListWidget *list = m_view->frontierList();
    QVERIFY(list->count() >= 2);
    const ConfigurationStats c = r->configurations[layer.configuration[layer.frontier[1]]];
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(1)).center());
    Filter expected;
    expected.datasets = {c.datasetName};
    expected.shapes = {c.shapeName};
    expected.devices = {c.gpu ? QStringLiteral("GPU") : QStringLiteral("CPU")};
    expected.sizeMin = c.size;
    expected.sizeMax = c.size;
    expected.depthMin = c.depth;
    expected.depthMax = c.depth;
    QCOMPARE(m_fx.filterState->filter(), expected);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select configuration %1").arg(describeConfiguration(c)));
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->configurations.size(), std::size_t(1));
    QCOMPARE(m_view->finding(),
             QStringLiteral("One setup of 1 is on the frontier, both the fastest and the most frugal: %1.")
                 .arg(describeConfiguration(c)));
}

void TestParetoView::dragSelectsConfigurations()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const auto r = m_view->result();
    const ParetoResult::Layer &layer = r->perConfiguration;
    // The lower-left third of the chart: the quick, frugal setups.
    const QRect area = plot->axisRect()->rect();
    const QPointF a(area.left() + 5, area.top() + area.height() * 0.55);
    const QPointF b(area.left() + area.width() * 0.4, area.bottom() - 5);
    std::set<Key> expected;
    for (std::size_t p = 0; p < layer.size(); ++p) {
        const double px = plot->xAxis->coordToPixel(layer.x[p]);
        const double py = plot->yAxis->coordToPixel(layer.y[p]);
        if (px >= a.x() && px <= b.x() && py >= a.y() && py <= b.y())
            expected.insert(keyOf(r->configurations[layer.configuration[p]]));
    }
    QVERIFY(expected.size() >= 3);
    sendMouse(plot, QEvent::MouseButtonPress, a, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, (a + b) / 2, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, b, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, b, Qt::NoButton);
    QCOMPARE(m_fx.lastFilterText,
             QStringLiteral("Select %1 configurations").arg(QLocale().toString(qlonglong(expected.size()))));
    QVERIFY(waitReady());
    std::set<Key> got;
    for (const ConfigurationStats &c : m_view->result()->configurations)
        got.insert(keyOf(c));
    QVERIFY(got == expected);
    QCOMPARE(m_view->result()->totalRuns,
             std::size_t(std::accumulate(m_view->result()->configurations.begin(),
                                         m_view->result()->configurations.end(), std::size_t(0),
                                         [](std::size_t s, const ConfigurationStats &c) { return s + c.n; })));
}

void TestParetoView::dragSelectsRuns()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->setPointMode(ParetoView::PointMode::Runs);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const ParetoResult::Layer &layer = m_view->result()->perRun;
    const QRect area = plot->axisRect()->rect();
    const QRectF rect(QPointF(area.left() + area.width() * 0.3, area.top() + area.height() * 0.3),
                      QPointF(area.left() + area.width() * 0.6, area.top() + area.height() * 0.7));
    QSet<qint64> expected;
    for (std::size_t p = 0; p < layer.size(); ++p) {
        const QPointF px(plot->xAxis->coordToPixel(layer.x[p]), plot->yAxis->coordToPixel(layer.y[p]));
        if (rect.contains(px))
            expected.insert(layer.runId[p]);
    }
    QVERIFY(expected.size() >= 10);
    sendMouse(plot, QEvent::MouseButtonPress, rect.topLeft(), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, rect.center(), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, rect.bottomRight(), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, rect.bottomRight(), Qt::NoButton);
    const Filter f = m_fx.filterState->filter();
    QCOMPARE(QSet<qint64>(f.runIds.begin(), f.runIds.end()), expected);
    QVERIFY(!f.excludeRunIds);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select %1 run(s) by run time and energy").arg(expected.size()));
}

void TestParetoView::stateAndHover()
{
    m_view->setAxes(ParetoAxes::TimeEnergy); // today's axes: one frontier over both devices
    m_view->show();
    QVERIFY(waitReady());
    QSignalSpy ready(m_view.get(), &ViewPanel::readyChanged);
    m_view->setColourBy(ParetoView::ColourBy::Device);
    m_view->setPointMode(ParetoView::PointMode::Runs);
    QCOMPARE(ready.count(), 0); // both layers are in the result: no new job
    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("points")).toString(), QStringLiteral("runs"));
    QCOMPARE(state.value(QStringLiteral("colourBy")).toString(), QStringLiteral("device"));
    QCOMPARE(state.value(QStringLiteral("frontier")).toString(), QStringLiteral("all"));
    ParetoView other;
    other.restoreState(state);
    QCOMPARE(other.pointMode(), ParetoView::PointMode::Runs);
    QCOMPARE(other.colourBy(), ParetoView::ColourBy::Device);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("colourBox"))->currentData().toString(),
             QStringLiteral("device"));
    QCOMPARE(other.saveState(), state);

    // Hover text of a frontier point names its configuration and values.
    m_view->setPointMode(ParetoView::PointMode::Configurations);
    const auto r = m_view->result();
    const std::size_t p = r->perConfiguration.frontier.front();
    const QString text = m_view->pointText(p);
    const ConfigurationStats &c = r->configurations[r->perConfiguration.configuration[p]];
    QVERIFY2(text.startsWith(describeConfiguration(c)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("On the Pareto frontier")), qPrintable(text));
    const std::size_t notOnIt = std::size_t(
        std::find(r->perConfiguration.frontier.begin(), r->perConfiguration.frontier.end(), std::size_t(1))
                == r->perConfiguration.frontier.end()
            ? 1
            : 2);
    QVERIFY(!m_view->pointText(r->perConfiguration.size() - notOnIt).isEmpty());
    // The point under the mouse is found where it is drawn.
    m_view->plot()->replot();
    const QPointF at(m_view->plot()->xAxis->coordToPixel(r->perConfiguration.x[p]),
                     m_view->plot()->yAxis->coordToPixel(r->perConfiguration.y[p]));
    const auto hit = m_view->dotLayer()->pointAt(at, 2);
    QVERIFY(hit);
    QCOMPARE(r->perConfiguration.x[*hit], r->perConfiguration.x[p]);
}

void TestParetoView::exportsPngPdf()
{
    m_view->show();
    QVERIFY(waitReady());
    QString error;
    const QString png = testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 96), qPrintable(error));
    checkNotBlank(QImage(png));
    m_view->setPointMode(ParetoView::PointMode::Runs);
    m_view->setColourBy(ParetoView::ColourBy::Device);
    const QString runs = testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-runs.png"));
    QVERIFY2(m_view->exportToFile(runs, &error, 96), qPrintable(error));
    checkNotBlank(QImage(runs));
    const QString pdf = testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() < 5 * 1024 * 1024);
    m_view->setPointMode(ParetoView::PointMode::Configurations);
    m_view->setColourBy(ParetoView::ColourBy::Shape);
    m_view->resize(700, 500);
    QTest::qWait(50);
    QVERIFY(m_view->grab().save(testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-widget.png"))));
}

void TestParetoView::fullDemoTiming()
{
    const QByteArray db = qgetenv("WATTPRINT_FULL_DEMO_DB");
    if (db.isEmpty())
        QSKIP("set WATTPRINT_FULL_DEMO_DB to a full demo store to time the view on it");
    if (!QFileInfo::exists(QString::fromLocal8Bit(db))) { // build it once (wattprint demo does the same)
        Store store(QString::fromLocal8Bit(db));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = DemoStore::build(&store, DemoOptions());
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    m_view->show();
    QVERIFY(waitReady());
    m_fx.setDataSource(QString::fromLocal8Bit(db), Filter());
    QElapsedTimer timer;
    timer.start();
    m_view->refresh();
    QVERIFY(waitReady(120000));
    qInfo("full demo: %zu configurations, %zu runs, refresh to ready %lld ms (load included)",
          m_view->result()->perConfiguration.size(), m_view->result()->perRun.size(), qlonglong(timer.elapsed()));
    if (const auto columns = m_fx.service->snapshot()) {
        timer.restart();
        const ParetoResult r = computePareto(*columns);
        qInfo("full demo: computePareto() alone %lld ms", qlonglong(timer.elapsed()));
    }
    qInfo("finding: %s", qPrintable(m_view->finding()));
    m_view->resize(1000, 640);
    timer.restart();
    m_view->plot()->replot();
    qInfo("full demo: configuration replot %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-full.png"))));
    timer.restart();
    m_view->setPointMode(ParetoView::PointMode::Runs);
    m_view->plot()->replot();
    qInfo("full demo: switch to runs and replot %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-full-runs.png"))));
    const QString pdf = testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-full-runs.pdf"));
    QVERIFY(m_view->exportToFile(pdf));
    qInfo("full demo: runs PDF %lld bytes", qlonglong(QFileInfo(pdf).size()));
    QVERIFY(QFileInfo(pdf).size() < 5 * 1024 * 1024);
    m_view->setPointMode(ParetoView::PointMode::Configurations);
    m_view->setColourBy(ParetoView::ColourBy::Device);
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-full-device.png"))));
    m_view->setFrontierScope(ParetoView::FrontierScope::PerDataset);
    qInfo("finding within datasets: %s", qPrintable(m_view->finding()));
    QVERIFY(
        m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("pareto-full-datasets.png"))));
}

QTEST_MAIN(TestParetoView)
#include "tst_paretoview.moc"
