// The analysis commands of the command line, on a small demo store: JSON keys, and numbers checked
// against values the test computes its own way (SQL over the store, NREL's published record,
// arithmetic by hand), plus the failures a user can cause.
#include "../support/demorunszip.h"
#include "../support/demostorecache.h"

#include <analysiscommands.h>
#include <carbon.h>
#include <demogenerator.h>
#include <demostore.h>
#include <importer.h>
#include <store.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

using namespace wattprint;

namespace {

QStringList cli(std::initializer_list<const char *> parts)
{
    QStringList args{QStringLiteral("wattprint")};
    for (const char *p : parts)
        args.append(QString::fromUtf8(p));
    return args;
}

bool near(double actual, double expected, double rel = 1e-9)
{
    return std::abs(actual - expected) <= rel * std::max(1e-300, std::abs(expected));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

double sampleVariance(const std::vector<double> &v)
{
    const double m = mean(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return s / double(v.size() - 1);
}

struct Run
{
    qint64 id;
    QString runId, dataset, shape;
    qint64 size;
    int depth;
    QString device;
    double energy, runTime, power;
    std::optional<double> perDatum;
    bool failing = false; // fails a quality check (runs.quality != 0)
};

using ConfigKey = std::tuple<QString, QString, qint64, int, QString>;

// Non-dominated points (both minimised), brute force O(n^2).
template<typename Id>
std::set<Id> bruteFrontier(const std::vector<std::tuple<Id, double, double>> &points)
{
    std::set<Id> out;
    for (const auto &[id, x, y] : points) {
        bool dominated = false;
        for (const auto &[id2, x2, y2] : points) {
            if (x2 <= x && y2 <= y && (x2 < x || y2 < y)) {
                dominated = true;
                break;
            }
        }
        if (!dominated)
            out.insert(id);
    }
    return out;
}

} // namespace

class TestAnalysisCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deriveMatchesNrelRecord();
    void deriveFromWidths();
    void deriveRejectsBadInput();
    void carbonArithmetic();
    void carbonRejectsBadInput();
    void compareMatchesSql();
    void compareRejectsBadInput();
    void anomaliesRobustMatchesHandComputation();
    void anomaliesByConfigurationAndForest();
    void paretoFrontierMatchesBruteForce();
    void paretoAxesPerDevice();
    void leaderboardMatchesSql();
    void fitReportsDevicesAndSkips();
    void predictReportsPlanWithInterval();
    void predictRejectsBadInput();
    void predictHeldOutOnARealFormatFile();
    void leaderboardGroupsMatchPandas();
    void helpAndExitCodes();
    void numericExtremesGiveClearResults_data();
    void numericExtremesGiveClearResults();
    void everyJsonSaysWhereItsNumbersComeFrom();

private:
    QStringList db(QStringList args) const
    {
        args << QStringLiteral("--db") << m_path;
        return args;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::vector<Run> m_runs;
    // The runs passing every quality check: what rankings, fits and frontiers use by default.
    std::vector<Run> m_passing;
};

void TestAnalysisCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.runs = 3000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_path, &error), qPrintable(error));
    m_store = std::make_unique<Store>(m_path);
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, run_id, dataset, shape, size, depth, device, energy, run_time, power, "
                                  "energy_per_datum, quality FROM runs ORDER BY id")));
    while (q.next()) {
        Run r{q.value(0).toLongLong(),
              q.value(1).toString(),
              q.value(2).toString(),
              q.value(3).toString(),
              q.value(4).toLongLong(),
              q.value(5).toInt(),
              q.value(6).toString().toLower(),
              q.value(7).toDouble(),
              q.value(8).toDouble(),
              q.value(9).toDouble(),
              std::nullopt};
        if (!q.value(10).isNull())
            r.perDatum = q.value(10).toDouble();
        r.failing = q.value(11).toInt() != 0;
        m_runs.push_back(r);
        if (!r.failing)
            m_passing.push_back(r);
    }
    QCOMPARE(m_runs.size(), std::size_t(3000));
    QVERIFY(m_passing.size() < m_runs.size()); // the demo plants runs failing each check
}

void TestAnalysisCommands::deriveMatchesNrelRecord()
{
    QFile f(QStringLiteral(WATTPRINT_EXCERPTS "/experiment_row_201_pol_d2_s128_cpu_from_nb6.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> record;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        record.insert(line.left(comma), line.mid(comma + 1));
    }
    auto value = [&](const char *key) { return record.value(QLatin1String(key)).toDouble(); };

    const CommandOutput out = AnalysisCommands::derive(
        cli({"--dataset", "201_pol", "--shape", "rectangle", "--depth", "2", "--size", "128", "--device", "cpu"}));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QJsonObject o = out.json.object();
    QCOMPARE(o.value(u"dataset").toString(), QStringLiteral("201_pol"));
    QCOMPARE(o.value(u"params").toDouble(), value("num_free_parameters"));
    QCOMPARE(o.value(u"widths").toArray(), (QJsonArray{3, 11}));          // record: "[3, 11]"
    QCOMPARE(o.value(u"full_widths").toArray(), (QJsonArray{48, 3, 11})); // record: "[48, 3, 11]"
    QCOMPARE(o.value(u"train_batches_per_epoch").toDouble(), value("num_training_batches_per_epoch"));
    QCOMPARE(o.value(u"test_batches_per_epoch").toDouble(), value("num_test_batches_per_epoch"));
    QCOMPARE(o.value(u"training_data_per_epoch").toDouble(), value("traning_data_per_epoch"));
    QCOMPARE(o.value(u"fwd_operations").toDouble(), value("fwd_operations"));
    QCOMPARE(o.value(u"bwd_layer_operations").toDouble(), value("bwd_layer_operations"));
    QCOMPARE(o.value(u"bwd_reduce_operations").toDouble(), value("bwd_reduce_operations"));
    QCOMPARE(o.value(u"bwd_operations").toDouble(), value("bwd_operations"));
    QCOMPARE(o.value(u"flops_per_epoch").toDouble(), value("flops_per_epoch"));
    QVERIFY(near(o.value(u"flops_per_training_datum").toDouble(), value("flops_per_training_datum"), 1e-6));
    QCOMPARE(o.value(u"bytes_per_datum").toDouble(), value("bytes_per_datum"));
    QCOMPARE(o.value(u"dataset_bytes").toDouble(), value("dataset_bytes"));
    const QJsonObject sets = o.value(u"working_sets").toObject();
    QCOMPARE(sets.keys(), QStringList{QStringLiteral("cpu")}); // --device cpu: only the CPU's sets
    const QJsonObject cpu = sets.value(u"cpu").toObject();
    QCOMPARE(cpu.value(u"forward").toObject().value(u"cache_level").toDouble(),
             value("fwd_pass_working_set_cache_level"));
    QCOMPARE(cpu.value(u"backward").toObject().value(u"cache_level").toDouble(),
             value("bwd_pass_working_set_cache_level"));
    QCOMPARE(cpu.value(u"dataset").toObject().value(u"cache_level").toDouble(), value("epoch_working_set_cache_level"));
    QCOMPARE(cpu.value(u"dataset").toObject().value(u"cached_bytes").toDouble(),
             value("epoch_working_set_cached_size"));

    // Without --device both devices' working sets are given.
    const CommandOutput both = AnalysisCommands::derive(
        cli({"--dataset", "201_pol", "--shape", "rectangle", "--depth", "2", "--size", "128"}));
    QVERIFY(both.ok());
    QCOMPARE(both.json.object().value(u"working_sets").toObject().keys(),
             (QStringList{QStringLiteral("cpu"), QStringLiteral("gpu")}));
}

void TestAnalysisCommands::deriveFromWidths()
{
    // NREL's record again, from explicit widths: 48 PMLB inputs, its 125 parameters, 15000 rows.
    const CommandOutput given = AnalysisCommands::derive(
        cli({"--widths", "3,11", "--inputs", "48", "--params", "125", "--observations", "15000"}));
    QVERIFY2(given.ok(), qPrintable(given.error));
    QCOMPARE(given.json.object().value(u"flops_per_epoch").toDouble(), 7258355.0);
    QCOMPARE(given.json.object().value(u"params_source").toString(), QStringLiteral("given"));
    // Counted parameters: (48 + 1) * 3 + (3 + 1) * 11 = 191.
    const CommandOutput counted = AnalysisCommands::derive(
        cli({"--widths", "3, 11", "--inputs", "48", "--observations", "15000"}));
    QVERIFY2(counted.ok(), qPrintable(counted.error));
    QCOMPARE(counted.json.object().value(u"params").toDouble(), 191.0);
    // bwd_reduce = params * (1 + batch); batch 32 here.
    const CommandOutput batch = AnalysisCommands::derive(
        cli({"--widths", "3,11", "--inputs", "48", "--observations", "15000", "--batch", "32"}));
    QVERIFY(batch.ok());
    QCOMPARE(batch.json.object().value(u"bwd_reduce_operations").toDouble(), 191.0 * 33.0);
}

void TestAnalysisCommands::deriveRejectsBadInput()
{
    const QList<QStringList> bad = {
        cli({"--dataset", "201_pol", "--shape", "rectangle", "--depth", "2"}),                  // no --size
        cli({"--dataset", "201_pol", "--widths", "3,11"}),                                      // both modes
        cli({"--dataset", "201_pol", "--shape", "hexagon", "--depth", "2", "--size", "128"}),   // unknown shape
        cli({"--dataset", "iris", "--shape", "rectangle", "--depth", "2", "--size", "128"}),    // unknown dataset
        cli({"--dataset", "201_pol", "--shape", "rectangle", "--depth", "x", "--size", "128"}), // not a number
        cli({"--widths", "3,-1", "--inputs", "4", "--observations", "10"}),                     // negative width
        cli({"--widths", "3,11", "--inputs", "4"}),                                             // no observations
        cli({"--dataset", "201_pol", "--shape", "rectangle", "--depth", "2", "--size", "128", "--device", "tpu"}),
        cli({}),
    };
    for (const QStringList &args : bad) {
        const CommandOutput out = AnalysisCommands::derive(args);
        QVERIFY2(!out.ok(), qPrintable(args.join(u' ')));
        QVERIFY2(!out.error.isEmpty(), qPrintable(args.join(u' ')));
    }
    QVERIFY(AnalysisCommands::derive(bad.at(3)).error.contains(QStringLiteral("iris")));
    QVERIFY(AnalysisCommands::derive(bad.at(2)).error.contains(QStringLiteral("hexagon")));
}

void TestAnalysisCommands::carbonArithmetic()
{
    // 10,000 J = 10,000 / 3.6e6 kWh = 0.0027778 kWh; at 400 g/kWh that is 1.111 g.
    const CommandOutput out = AnalysisCommands::carbon(cli({"--joules", "10000", "--intensity", "400"}));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QJsonObject o = out.json.object();
    QVERIFY(near(o.value(u"kwh").toDouble(), 10000.0 / 3.6e6));
    QVERIFY(near(o.value(u"co2e_g").toDouble(), 10000.0 / 3.6e6 * 400.0));
    QCOMPARE(QString::number(o.value(u"co2e_g").toDouble(), 'f', 2), QStringLiteral("1.11"));
    const QJsonObject factors = o.value(u"factors").toObject();
    QCOMPARE(factors.value(u"intensity_g_per_kwh").toDouble(), 400.0);
    QCOMPARE(factors.value(u"pue").toDouble(), 1.0);
    QVERIFY(factors.contains(u"intensity_source"));
    QVERIFY(factors.contains(u"pue_source"));
    // No --price: the cost at the default price, which the JSON names with its source.
    QCOMPARE(o.value(u"cost").toDouble(), o.value(u"kwh").toDouble() * 0.12);
    QCOMPARE(o.value(u"currency").toString(), QStringLiteral("USD"));
    QCOMPARE(factors.value(u"price_per_kwh").toDouble(), 0.12);
    QCOMPARE(factors.value(u"price_source").toString(),
             QStringLiteral("US Energy Information Administration, average retail price of electricity to commercial "
                            "customers, 2024"));
    QCOMPARE(factors.value(u"price_year").toInt(), 2024);

    // PUE and price: 1 kWh (3.6 MJ) x 1.5 x 0.25 = 0.375; CO2e 1 x 1.5 x 300 = 450 g.
    const CommandOutput priced = AnalysisCommands::carbon(
        cli({"--joules", "3.6e6", "--intensity", "300", "--pue", "1.5", "--price", "0.25", "--currency", "EUR"}));
    QVERIFY2(priced.ok(), qPrintable(priced.error));
    QVERIFY(near(priced.json.object().value(u"cost").toDouble(), 0.375));
    QVERIFY(near(priced.json.object().value(u"co2e_g").toDouble(), 450.0));
    QVERIFY(near(priced.json.object().value(u"facility_kwh").toDouble(), 1.5));
    QCOMPARE(priced.json.object().value(u"currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(priced.json.object().value(u"factors").toObject().value(u"price_source").toString(),
             QStringLiteral("user value"));

    // A preset carries its source.
    const CommandOutput region = AnalysisCommands::carbon(cli({"--joules", "3.6e6", "--region", "world"}));
    QVERIFY2(region.ok(), qPrintable(region.error));
    const QJsonObject rf = region.json.object().value(u"factors").toObject();
    QCOMPARE(rf.value(u"region").toString(), QStringLiteral("world"));
    QVERIFY(!rf.value(u"intensity_source").toString().isEmpty());
    QVERIFY(near(region.json.object().value(u"co2e_g").toDouble(),
                 rf.value(u"intensity_g_per_kwh").toDouble() * rf.value(u"pue").toDouble()));
    // Countries by ISO code or English name; the older id "france" is the same row.
    for (const char *name : {"FRA", "fra", "france", "France"}) {
        const CommandOutput fr = AnalysisCommands::carbon(cli({"--joules", "3.6e6", "--region", name}));
        QVERIFY2(fr.ok(), qPrintable(fr.error));
        const QJsonObject ff = fr.json.object().value(u"factors").toObject();
        QCOMPARE(ff.value(u"region").toString(), QStringLiteral("FRA"));
        QCOMPARE(ff.value(u"intensity_g_per_kwh").toDouble(), 56.039);
        QCOMPARE(ff.value(u"intensity_unit").toString(), QStringLiteral("gCO2e/kWh"));
    }
    const CommandOutput list = AnalysisCommands::carbon(cli({"--list-regions"}));
    QVERIFY(list.ok());
    QVERIFY(!list.json.object().isEmpty());
    QCOMPARE(list.json.object().value(u"regions").toArray().size(), qsizetype(regionPresets().size()));
}

void TestAnalysisCommands::carbonRejectsBadInput()
{
    const QList<QStringList> bad = {
        cli({"--joules", "nan"}),
        cli({"--joules", "inf"}),
        cli({"--joules", "ten"}),
        cli({"--joules", "-5"}),
        cli({}),
        cli({"--joules", "1", "--region", "world", "--intensity", "100"}),
        cli({"--joules", "1", "--region", "atlantis"}),
        cli({"--joules", "1", "--intensity", "100", "--pue", "0.5"}),
    };
    for (const QStringList &args : bad) {
        const CommandOutput out = AnalysisCommands::carbon(args);
        QVERIFY2(!out.ok(), qPrintable(args.join(u' ')));
        QVERIFY2(!out.error.isEmpty(), qPrintable(args.join(u' ')));
    }
    QVERIFY(AnalysisCommands::carbon(bad.at(0)).error.contains(QStringLiteral("joules")));
    QVERIFY(AnalysisCommands::runCarbon(bad.at(0)) != 0);
}

void TestAnalysisCommands::compareMatchesSql()
{
    const CommandOutput out = AnalysisCommands::compare(
        db(cli({"--a", "dataset=529_pollen,device=cpu", "--b", "dataset=529_pollen,device=gpu"})));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QJsonObject o = out.json.object();
    for (const char *key : {"metric", "unit", "a", "b", "ratio_of_medians", "percent_change", "welch_p", "scale",
                            "tested", "mannwhitney_p", "hedges_g", "ci95", "significant", "verdict", "alpha"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(u"metric").toString(), QStringLiteral("energy"));

    std::vector<double> a, b;
    for (const Run &r : m_runs) {
        if (r.dataset == QLatin1String("529_pollen"))
            (r.device == QLatin1String("cpu") ? a : b).push_back(r.energy);
    }
    QVERIFY(a.size() > 20 && b.size() > 20);
    const QJsonObject ja = o.value(u"a").toObject(), jb = o.value(u"b").toObject();
    QCOMPARE(ja.value(u"n").toDouble(), double(a.size()));
    QCOMPARE(jb.value(u"n").toDouble(), double(b.size()));
    QVERIFY(near(ja.value(u"median").toDouble(), median(a)));
    QVERIFY(near(jb.value(u"median").toDouble(), median(b)));
    QVERIFY(near(ja.value(u"mean").toDouble(), mean(a), 1e-12));
    QVERIFY(near(jb.value(u"mean").toDouble(), mean(b), 1e-12));
    const double ratio = median(b) / median(a);
    QVERIFY(near(o.value(u"ratio_of_medians").toDouble(), ratio));
    QVERIFY(near(o.value(u"percent_change").toDouble(), 100.0 * (ratio - 1.0), 1e-9));

    // Welch on log10 values, computed here from the definition.
    std::vector<double> la, lb;
    for (double v : a)
        la.push_back(std::log10(v));
    for (double v : b)
        lb.push_back(std::log10(v));
    const double va = sampleVariance(la) / double(la.size()), vb = sampleVariance(lb) / double(lb.size());
    const double t = (mean(la) - mean(lb)) / std::sqrt(va + vb);
    const double df = (va + vb) * (va + vb) / (va * va / double(la.size() - 1) + vb * vb / double(lb.size() - 1));
    const double p = 2.0 * boost::math::cdf(boost::math::complement(boost::math::students_t(df), std::abs(t)));
    QCOMPARE(o.value(u"scale").toString(), QStringLiteral("log10"));
    QVERIFY2(near(o.value(u"welch_p").toDouble(), p, 1e-6),
             qPrintable(QStringLiteral("%1 vs %2").arg(o.value(u"welch_p").toDouble()).arg(p)));
    // Hedges' g on the same log10 values, with the exact small-sample factor
    // J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)).
    const double dfPooled = double(la.size() + lb.size() - 2);
    const double pooled = std::sqrt(
        (double(la.size() - 1) * sampleVariance(la) + double(lb.size() - 1) * sampleVariance(lb)) / dfPooled);
    const double j = std::exp(std::lgamma(dfPooled / 2) - std::lgamma((dfPooled - 1) / 2)) / std::sqrt(dfPooled / 2);
    QVERIFY2(near(o.value(u"hedges_g").toDouble(), j * (mean(lb) - mean(la)) / pooled, 1e-9),
             qPrintable(QString::number(o.value(u"hedges_g").toDouble())));

    const QJsonArray ci = o.value(u"ci95").toArray();
    QCOMPARE(ci.size(), 2);
    const double lo = ci.at(0).toDouble(), hi = ci.at(1).toDouble();
    QVERIFY(lo <= hi);
    const bool significant = p < 0.05 && (lo > 0 || hi < 0);
    QCOMPARE(o.value(u"significant").toBool(), significant);
    const QString verdict = o.value(u"verdict").toString();
    const double pc = o.value(u"percent_change").toDouble();
    const QString expectedStart = QStringLiteral("B uses %1% %2 energy")
                                      .arg(QString::number(std::abs(pc), 'f', 1),
                                           pc < 0 ? QStringLiteral("less") : QStringLiteral("more"));
    QVERIFY2(verdict.startsWith(expectedStart), qPrintable(verdict));
    QVERIFY2(verdict.endsWith(significant ? QStringLiteral(", significant at alpha = 0.05")
                                          : QStringLiteral(", not significant at alpha = 0.05")),
             qPrintable(verdict));
    qInfo("%s", qPrintable(verdict));

    // The same seed gives the same interval; another metric uses that column.
    const CommandOutput again = AnalysisCommands::compare(
        db(cli({"--a", "dataset=529_pollen,device=cpu", "--b", "dataset=529_pollen,device=gpu"})));
    QCOMPARE(again.json.object().value(u"ci95").toArray(), ci);
    const CommandOutput power = AnalysisCommands::compare(
        db(cli({"--a", "dataset=529_pollen,device=cpu", "--b", "dataset=529_pollen,device=gpu", "--metric", "power"})));
    QVERIFY2(power.ok(), qPrintable(power.error));
    std::vector<double> pa;
    for (const Run &r : m_runs) {
        if (r.dataset == QLatin1String("529_pollen") && r.device == QLatin1String("cpu"))
            pa.push_back(r.power);
    }
    QVERIFY(near(power.json.object().value(u"a").toObject().value(u"median").toDouble(), median(pa)));
    QVERIFY(power.json.object().value(u"verdict").toString().startsWith(QStringLiteral("B draws")));
}

void TestAnalysisCommands::compareRejectsBadInput()
{
    const CommandOutput unknownKey = AnalysisCommands::compare(db(cli({"--a", "colour=red", "--b", "device=gpu"})));
    QVERIFY(!unknownKey.ok());
    QVERIFY2(unknownKey.error.contains(QStringLiteral("colour")), qPrintable(unknownKey.error));
    const CommandOutput noDb = AnalysisCommands::compare(cli({"--a", "device=cpu", "--b", "device=gpu"}));
    QVERIFY(!noDb.ok());
    QVERIFY2(noDb.error.contains(QStringLiteral("--db")), qPrintable(noDb.error));
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const CommandOutput missingDb = AnalysisCommands::compare(cli({"--a", "device=cpu", "--b", "device=gpu"})
                                                              << QStringLiteral("--db") << missing);
    QVERIFY(!missingDb.ok());
    QVERIFY(!QFileInfo::exists(missing)); // not created by asking
    const CommandOutput empty = AnalysisCommands::compare(
        db(cli({"--a", "dataset=no_such_dataset", "--b", "device=gpu"})));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error.contains(QStringLiteral("at least 1")), qPrintable(empty.error));
    const CommandOutput badMetric = AnalysisCommands::compare(
        db(cli({"--a", "device=cpu", "--b", "device=gpu", "--metric", "flops"})));
    QVERIFY(!badMetric.ok());
    QVERIFY(badMetric.error.contains(QStringLiteral("energy_per_datum")));
    QVERIFY(!AnalysisCommands::compare(db(cli({"--a", "device=cpu"}))).ok());
    QVERIFY(AnalysisCommands::runCompare(db(cli({"--a", "colour=red", "--b", "device=gpu"}))) != 0);
}

void TestAnalysisCommands::anomaliesRobustMatchesHandComputation()
{
    // Robust z over all runs of the residual log10(measured / expected), from the store's own
    // columns: (x - median) / (1.4826 MAD), by sorting here. By default the median and the MAD
    // are those of the runs passing every quality check; --include-failing takes every run.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, log10((non_overhead_energy + energy_overhead) / expected_energy), "
                                  "quality FROM runs LEFT JOIN run_expectations ON run = runs.id ORDER BY id")));
    std::vector<double> logs, passing;
    std::vector<bool> failing;
    while (q.next()) {
        logs.push_back(q.value(1).toDouble());
        failing.push_back(q.value(2).toInt() != 0);
        if (!failing.back())
            passing.push_back(logs.back());
    }
    QCOMPARE(logs.size(), m_runs.size());
    const auto failingCount = double(logs.size() - passing.size());
    QVERIFY(failingCount > 0); // the demo plants runs failing each check

    for (const bool include : {false, true}) {
        QStringList args = cli({"--method", "robust", "--group", "none", "--threshold", "2.5"});
        if (include)
            args << QStringLiteral("--include-failing");
        const CommandOutput out = AnalysisCommands::anomalies(db(args));
        QVERIFY2(out.ok(), qPrintable(out.error));
        const QJsonObject o = out.json.object();
        QCOMPARE(o.value(u"method").toString(), QStringLiteral("robust"));
        QCOMPARE(o.value(u"threshold").toDouble(), 2.5);
        const QJsonObject counts = o.value(u"counts").toObject();
        QCOMPARE(counts.value(u"runs").toDouble(), 3000.0);
        QCOMPARE(counts.value(u"scored").toDouble(), 3000.0);
        const QJsonObject f = o.value(u"failing_runs").toObject();
        QCOMPARE(f.value(u"runs").toDouble(), failingCount);
        QCOMPARE(f.value(u"left_out").toDouble(), include ? 0.0 : failingCount);
        QCOMPARE(f.value(u"policy").toString(), include ? QStringLiteral("included") : QStringLiteral("excluded"));

        const std::vector<double> &base = include ? logs : passing;
        const double med = median(base);
        std::vector<double> dev;
        for (double v : base)
            dev.push_back(std::abs(v - med));
        const double scale = median(dev) / 0.6744897501960817; // 1 / Phi^-1(3/4) = 1.4826
        std::map<qint64, double> expected;
        for (std::size_t i = 0; i < m_runs.size(); ++i) {
            const double z = (logs[i] - med) / scale;
            if (std::abs(z) > 2.5)
                expected[m_runs[i].id] = z;
        }
        QVERIFY(!expected.empty());
        const QJsonArray flagged = o.value(u"flagged").toArray();
        QCOMPARE(flagged.size(), qsizetype(expected.size()));
        QCOMPARE(counts.value(u"flagged").toDouble(), double(expected.size()));
        std::map<qint64, const Run *> byId;
        for (const Run &r : m_runs)
            byId[r.id] = &r;
        std::map<qint64, bool> failingById;
        for (std::size_t i = 0; i < m_runs.size(); ++i)
            failingById[m_runs[i].id] = failing[i];
        double previous = std::numeric_limits<double>::infinity();
        for (const QJsonValue &v : flagged) {
            const QJsonObject run = v.toObject();
            const auto id = qint64(run.value(u"id").toDouble());
            QVERIFY(expected.count(id));
            QVERIFY(near(run.value(u"score").toDouble(), expected[id], 1e-9));
            QCOMPARE(run.value(u"run_id").toString(), byId[id]->runId); // the UUID from runs.run_id
            QCOMPARE(run.value(u"dataset").toString(), byId[id]->dataset);
            QCOMPARE(run.value(u"energy").toDouble(), byId[id]->energy);
            // The rules a flagged run fails, by name; none for a passing run.
            QCOMPARE(run.value(u"quality").toArray().isEmpty(), !failingById[id]);
            QVERIFY(std::abs(run.value(u"score").toDouble()) <= previous); // by |score|, descending
            previous = std::abs(run.value(u"score").toDouble());
        }
        QVERIFY(!flagged.first().toObject().value(u"run_id").toString().isEmpty());
    }
}

void TestAnalysisCommands::anomaliesByConfigurationAndForest()
{
    // By default every run is scored within its device, by robust z at 3.5, as the views do.
    const CommandOutput byDevice = AnalysisCommands::anomalies(db(cli({})));
    QVERIFY2(byDevice.ok(), qPrintable(byDevice.error));
    QCOMPARE(byDevice.json.object().value(u"group").toString(), QStringLiteral("device"));
    QCOMPARE(byDevice.json.object().value(u"method").toString(), QStringLiteral("robust"));
    QCOMPARE(byDevice.json.object().value(u"counts").toObject().value(u"evaluated").toDouble(), 3000.0);
    QCOMPARE(byDevice.json.object().value(u"counts").toObject().value(u"groups").toDouble(), 2.0);

    // Grouped by configuration: groups of fewer than 5 runs are not scored. Count them via SQL.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(n) FROM (SELECT count(*) AS n FROM runs "
                                  "GROUP BY dataset, shape, size, depth, device) WHERE n < 5")));
    QVERIFY(q.next());
    const double smallGroups = q.value(0).toDouble(), smallRows = q.value(1).toDouble();
    const CommandOutput grouped = AnalysisCommands::anomalies(db(cli({"--method", "iqr", "--group", "config"})));
    QVERIFY2(grouped.ok(), qPrintable(grouped.error));
    const QJsonObject counts = grouped.json.object().value(u"counts").toObject();
    QCOMPARE(grouped.json.object().value(u"group").toString(), QStringLiteral("configuration"));
    QCOMPARE(counts.value(u"small_groups").toDouble(), smallGroups);
    QCOMPARE(counts.value(u"small_group_rows").toDouble(), smallRows);
    QCOMPARE(counts.value(u"evaluated").toDouble(), 3000.0 - smallRows);

    const CommandOutput forest = AnalysisCommands::anomalies(
        db(cli({"--method", "iforest", "--group", "none", "--seed", "3"})));
    QVERIFY2(forest.ok(), qPrintable(forest.error));
    const QJsonObject fo = forest.json.object();
    // The residual and log power: log energy, log run time and log power would be redundant.
    QCOMPARE(fo.value(u"features").toArray(),
             QJsonArray({QStringLiteral("log10_measured_over_expected"), QStringLiteral("log10_power")}));
    QCOMPARE(fo.value(u"threshold").toDouble(), 0.6);
    for (const QJsonValue &v : fo.value(u"flagged").toArray()) {
        const double s = v.toObject().value(u"score").toDouble();
        QVERIFY(s > 0.6 && s < 1.0);
    }
    QCOMPARE(fo.value(u"counts").toObject().value(u"flagged").toDouble(),
             double(fo.value(u"flagged").toArray().size()));
    // Groups too small for a forest of their own are scored by one forest of all runs: counted and said.
    const CommandOutput fallback = AnalysisCommands::anomalies(
        db(cli({"--method", "iforest", "--group", "dataset-size-device"})));
    QVERIFY2(fallback.ok(), qPrintable(fallback.error));
    const QJsonObject fc = fallback.json.object().value(u"counts").toObject();
    const double fallbackRows = fc.value(u"global_fallback_rows").toDouble();
    QVERIFY(fallbackRows > 0);
    QVERIFY(fc.value(u"evaluated").toDouble() >= fallbackRows);
    QVERIFY2(fallback.notes.join(QLatin1Char(' '))
                 .contains(QStringLiteral("%1 runs in groups of fewer than 64 runs were scored by one Isolation Forest "
                                          "over all runs")
                               .arg(qint64(fallbackRows))),
             qPrintable(fallback.notes.join(QLatin1Char(' '))));
    // Same seed, same answer.
    const CommandOutput again = AnalysisCommands::anomalies(
        db(cli({"--method", "iforest", "--group", "none", "--seed", "3"})));
    QCOMPARE(again.json, forest.json);

    QVERIFY(!AnalysisCommands::anomalies(db(cli({"--method", "magic"}))).ok());
    QVERIFY(!AnalysisCommands::anomalies(db(cli({"--method", "zscore", "--threshold", "nan"}))).ok());
    QVERIFY(!AnalysisCommands::anomalies(db(cli({"--method", "zscore", "--group", "node"}))).ok());
    QVERIFY(!AnalysisCommands::anomalies(cli({"--method", "zscore"})).ok()); // no --db
}

void TestAnalysisCommands::paretoFrontierMatchesBruteForce()
{
    const CommandOutput out = AnalysisCommands::pareto(db(cli({"--x", "run_time", "--y", "energy"})));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QJsonObject o = out.json.object();
    QCOMPARE(o.value(u"points").toDouble(), double(m_passing.size()));
    QCOMPARE(o.value(u"failing_runs").toObject().value(u"left_out").toDouble(), double(3000 - m_passing.size()));
    // --include-failing lets every run take part.
    const CommandOutput all = AnalysisCommands::pareto(
        db(cli({"--x", "run_time", "--y", "energy", "--include-failing"})));
    QCOMPARE(all.json.object().value(u"points").toDouble(), 3000.0);
    std::vector<std::tuple<qint64, double, double>> points;
    std::map<qint64, QString> uuid;
    for (const Run &r : m_passing) {
        points.emplace_back(r.id, r.runTime, r.energy);
        uuid[r.id] = r.runId;
    }
    const std::set<qint64> expected = bruteFrontier(points);
    std::set<qint64> got;
    double previousX = -1;
    for (const QJsonValue &v : o.value(u"frontier").toArray()) {
        const QJsonObject m = v.toObject();
        const auto id = qint64(m.value(u"id").toDouble());
        got.insert(id);
        QCOMPARE(m.value(u"run_id").toString(), uuid[id]);
        QVERIFY(m.value(u"x").toDouble() >= previousX);
        previousX = m.value(u"x").toDouble();
    }
    QCOMPARE(got, expected);

    // One point per configuration: medians computed here from the SQL rows.
    std::map<ConfigKey, std::pair<std::vector<double>, std::vector<double>>> groups;
    for (const Run &r : m_passing) {
        auto &g = groups[ConfigKey(r.dataset, r.shape, r.size, r.depth, r.device)];
        g.first.push_back(r.power);
        g.second.push_back(r.energy);
    }
    std::vector<std::tuple<ConfigKey, double, double>> configPoints;
    for (const auto &[key, g] : groups)
        configPoints.emplace_back(key, median(g.first), median(g.second));
    const std::set<ConfigKey> expectedConfigs = bruteFrontier(configPoints);
    const CommandOutput byConfig = AnalysisCommands::pareto(
        db(cli({"--x", "power", "--y", "energy", "--group", "config"})));
    QVERIFY2(byConfig.ok(), qPrintable(byConfig.error));
    QCOMPARE(byConfig.json.object().value(u"points").toDouble(), double(groups.size()));
    std::set<ConfigKey> gotConfigs;
    for (const QJsonValue &v : byConfig.json.object().value(u"frontier").toArray()) {
        const QJsonObject m = v.toObject();
        const ConfigKey key(m.value(u"dataset").toString(), m.value(u"shape").toString(),
                            qint64(m.value(u"size").toDouble()), m.value(u"depth").toInt(),
                            m.value(u"device").toString());
        gotConfigs.insert(key);
        QVERIFY(near(m.value(u"x").toDouble(), median(groups[key].first)));
        QVERIFY(near(m.value(u"y").toDouble(), median(groups[key].second)));
        QCOMPARE(m.value(u"n").toDouble(), double(groups[key].first.size()));
    }
    QCOMPARE(gotConfigs, expectedConfigs);
    QVERIFY(!AnalysisCommands::pareto(db(cli({"--x", "accuracy"}))).ok());
}

void TestAnalysisCommands::paretoAxesPerDevice()
{
    // The default axes: parameters (more is better) against energy per datum (less is better),
    // one frontier per device, over every run; brute force per device here.
    const CommandOutput out = AnalysisCommands::pareto(db(cli({})));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QJsonObject o = out.json.object();
    QCOMPARE(o.value(u"axes").toString(), QStringLiteral("capacity-energy-per-datum"));
    QCOMPARE(o.value(u"x").toString(), QStringLiteral("size"));
    QCOMPARE(o.value(u"x_unit").toString(), QStringLiteral("parameters"));
    QCOMPARE(o.value(u"x_goal").toString(), QStringLiteral("max"));
    QCOMPARE(o.value(u"y").toString(), QStringLiteral("energy_per_datum"));
    QCOMPARE(o.value(u"y_unit").toString(), QStringLiteral("J/datum"));
    QCOMPARE(o.value(u"y_goal").toString(), QStringLiteral("min"));
    QCOMPARE(o.value(u"frontier_per").toString(), QStringLiteral("device"));
    QCOMPARE(o.value(u"group").toString(), QStringLiteral("none"));
    QCOMPARE(o.value(u"synthetic"), QJsonValue(true));
    QVERIFY(o.contains(u"source"));

    // Capacity dominance, within one device: q has size >= and energy <= with one strict.
    auto capacityFrontier = [](const std::vector<std::tuple<qint64, double, double>> &points) {
        std::set<qint64> front;
        for (const auto &[id, x, y] : points) {
            bool dominated = false;
            for (const auto &[id2, x2, y2] : points) {
                if (x2 >= x && y2 <= y && (x2 > x || y2 < y)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated)
                front.insert(id);
        }
        return front;
    };
    std::map<QString, std::vector<std::tuple<qint64, double, double>>> byDevice;
    std::size_t withDatum = 0;
    for (const Run &r : m_passing) {
        if (r.perDatum && *r.perDatum > 0) {
            byDevice[r.device].emplace_back(r.id, double(r.size), *r.perDatum);
            ++withDatum;
        }
    }
    QCOMPARE(o.value(u"points").toDouble(), double(withDatum));
    QCOMPARE(o.value(u"dropped").toDouble(), double(m_passing.size() - withDatum));
    const QJsonArray frontiers = o.value(u"frontiers").toArray();
    QCOMPARE(frontiers.size(), qsizetype(2));
    std::size_t members = 0;
    for (qsizetype i = 0; i < frontiers.size(); ++i) {
        const QJsonObject f = frontiers[i].toObject();
        const QString device = f.value(u"device").toString();
        QCOMPARE(device, i == 0 ? QStringLiteral("cpu") : QStringLiteral("gpu"));
        QCOMPARE(f.value(u"points").toDouble(), double(byDevice[device].size()));
        std::set<qint64> got;
        double previous = 0;
        for (const QJsonValue &v : f.value(u"frontier").toArray()) {
            const QJsonObject m = v.toObject();
            QCOMPARE(m.value(u"device").toString(), device);
            QVERIFY(m.value(u"x").toDouble() >= previous); // smallest first
            previous = m.value(u"x").toDouble();
            QCOMPARE(m.value(u"x").toDouble(), m.value(u"size").toDouble());
            QVERIFY(!m.value(u"run_id").toString().isEmpty());
            got.insert(qint64(m.value(u"id").toDouble()));
        }
        QCOMPARE(got, capacityFrontier(byDevice[device]));
        QVERIFY(got.size() >= 2);
        members += got.size();
    }
    QCOMPARE(std::size_t(o.value(u"frontier").toArray().size()), members);

    // Energy per run over configuration medians: the same rule on the medians.
    std::map<ConfigKey, std::vector<double>> energies;
    for (const Run &r : m_passing)
        energies[ConfigKey(r.dataset, r.shape, r.size, r.depth, r.device)].push_back(r.energy);
    std::map<QString, std::vector<std::tuple<qint64, double, double>>> configsByDevice;
    std::vector<ConfigKey> keys;
    for (const auto &[key, e] : energies) {
        configsByDevice[std::get<4>(key)].emplace_back(qint64(keys.size()), double(std::get<2>(key)), median(e));
        keys.push_back(key);
    }
    const CommandOutput byConfig = AnalysisCommands::pareto(
        db(cli({"--axes", "capacity-energy", "--group", "config"})));
    QVERIFY2(byConfig.ok(), qPrintable(byConfig.error));
    const QJsonObject c = byConfig.json.object();
    QCOMPARE(c.value(u"axes").toString(), QStringLiteral("capacity-energy"));
    QCOMPARE(c.value(u"y").toString(), QStringLiteral("energy"));
    QCOMPARE(c.value(u"points").toDouble(), double(energies.size()));
    for (const QJsonValue &fv : c.value(u"frontiers").toArray()) {
        const QJsonObject f = fv.toObject();
        const QString device = f.value(u"device").toString();
        std::set<ConfigKey> got, expected;
        for (const QJsonValue &v : f.value(u"frontier").toArray()) {
            const QJsonObject m = v.toObject();
            const ConfigKey key(m.value(u"dataset").toString(), m.value(u"shape").toString(),
                                qint64(m.value(u"size").toDouble()), m.value(u"depth").toInt(),
                                m.value(u"device").toString());
            got.insert(key);
            QVERIFY(near(m.value(u"y").toDouble(), median(energies[key])));
            QCOMPARE(m.value(u"n").toDouble(), double(energies[key].size()));
        }
        for (const qint64 k : capacityFrontier(configsByDevice[device]))
            expected.insert(keys[std::size_t(k)]);
        QCOMPARE(got, expected);
    }

    // Run time against energy: one frontier over both devices, as --x run_time --y energy (which
    // also keeps the non-positive values the log axes leave out; the demo has none).
    const CommandOutput time = AnalysisCommands::pareto(db(cli({"--axes", "time-energy"})));
    const CommandOutput custom = AnalysisCommands::pareto(db(cli({"--x", "run_time", "--y", "energy"})));
    QVERIFY(time.ok() && custom.ok());
    QCOMPARE(time.json.object().value(u"frontier_per").toString(), QStringLiteral("all"));
    QCOMPARE(time.json.object().value(u"frontiers").toArray().size(), qsizetype(1));
    QCOMPARE(time.json.object().value(u"frontier"), custom.json.object().value(u"frontier"));
    QCOMPARE(custom.json.object().value(u"axes").toString(), QStringLiteral("custom"));

    QVERIFY(!AnalysisCommands::pareto(db(cli({"--axes", "energy-capacity"}))).ok());
    QVERIFY(!AnalysisCommands::pareto(db(cli({"--axes", "time-energy", "--y", "power"}))).ok());
}

void TestAnalysisCommands::leaderboardMatchesSql()
{
    // Medians of energy per datum per configuration, and ranks within each dataset, computed here.
    std::map<ConfigKey, std::vector<double>> groups;
    for (const Run &r : m_passing) {
        if (r.perDatum)
            groups[ConfigKey(r.dataset, r.shape, r.size, r.depth, r.device)].push_back(*r.perDatum);
    }
    std::map<QString, std::vector<double>> byDataset;
    std::map<ConfigKey, double> medians;
    for (const auto &[key, values] : groups) {
        medians[key] = median(values);
        byDataset[std::get<0>(key)].push_back(medians[key]);
    }
    // By default a configuration needs two runs with an energy per datum to be ranked.
    const CommandOutput byDefault = AnalysisCommands::leaderboard(db(cli({})));
    QVERIFY2(byDefault.ok(), qPrintable(byDefault.error));
    const auto repeated = std::count_if(groups.begin(), groups.end(),
                                        [](const auto &g) { return g.second.size() >= 2; });
    QCOMPARE(byDefault.json.object().value(u"rows").toArray().size(), qsizetype(repeated));
    QCOMPARE(byDefault.json.object().value(u"min_runs").toInt(), 2);
    QCOMPARE(byDefault.json.object().value(u"too_few_runs").toDouble(), double(groups.size() - repeated));
    QVERIFY(repeated > 0 && repeated < qsizetype(groups.size()));
    for (const QJsonValue &v : byDefault.json.object().value(u"rows").toArray()) {
        const QJsonObject row = v.toObject();
        QVERIFY(row.value(u"n").toDouble() >= 2);
        QVERIFY(row.value(u"interval_low").toDouble() <= row.value(u"median_energy_per_datum").toDouble());
        QVERIFY(row.value(u"interval_high").toDouble() >= row.value(u"median_energy_per_datum").toDouble());
        QVERIFY(row.value(u"interval_coverage").toDouble() >= 0.5);
    }
    QVERIFY(byDefault.notes.join(QLatin1Char(' ')).contains(QLatin1String("fewer than 2 runs")));

    // Ranking every configuration, as the brute force above does.
    const CommandOutput out = AnalysisCommands::leaderboard(db(cli({"--min-runs", "1"})));
    QVERIFY2(out.ok(), qPrintable(out.error));
    QVERIFY(out.json.isObject());
    const QJsonArray rows = out.json.object().value(u"rows").toArray();
    QCOMPARE(rows.size(), qsizetype(medians.size()));
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const ConfigKey key(r.value(u"dataset").toString(), r.value(u"shape").toString(),
                            qint64(r.value(u"size").toDouble()), r.value(u"depth").toInt(),
                            r.value(u"device").toString());
        QVERIFY(medians.count(key));
        const double m = medians[key];
        QVERIFY(near(r.value(u"median_energy_per_datum").toDouble(), m));
        const std::vector<double> &all = byDataset[std::get<0>(key)];
        const auto smaller = std::count_if(all.begin(), all.end(), [&](double x) { return x < m; });
        QCOMPARE(r.value(u"rank").toInt(), int(smaller) + 1);
        QCOMPARE(r.value(u"ranked_in_dataset").toDouble(), double(all.size()));
        QCOMPARE(r.value(u"band").toInt(), 1 + int(5 * smaller / qint64(all.size())));
        QCOMPARE(r.value(u"n").toDouble(), double(groups[key].size()));
    }

    const CommandOutput top = AnalysisCommands::leaderboard(db(cli({"--top", "3", "--min-runs", "1"})));
    QVERIFY(top.ok());
    const QJsonArray topRows = top.json.object().value(u"rows").toArray();
    QVERIFY(!topRows.isEmpty());
    for (const QJsonValue &v : topRows)
        QVERIFY(v.toObject().value(u"rank").toInt() <= 3);
    QCOMPARE(topRows.size(), qsizetype(byDataset.size() * 3)); // no ties at 3 in continuous data

    const CommandOutput csv = AnalysisCommands::leaderboard(db(cli({"--top", "2", "--csv", "--min-runs", "1"})));
    QVERIFY(csv.ok());
    const QStringList lines = csv.text.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(),
             QStringLiteral("dataset,shape,size,depth,device,rank,band,ranked_in_dataset,n,"
                            "interval_low,interval_high,interval_coverage,median_energy_per_datum,median_energy,median_"
                            "run_time,median_power,"
                            "median_non_overhead_energy,energy_iqr_over_median"));
    const QJsonArray csvRows = csv.json.object().value(u"rows").toArray();
    QCOMPARE(lines.size(), csvRows.size() + 1);
    const QStringList first = lines.at(1).split(QLatin1Char(','));
    const QJsonObject firstRow = csvRows.first().toObject();
    QCOMPARE(first.at(0), firstRow.value(u"dataset").toString());
    QCOMPARE(first.at(5).toInt(), firstRow.value(u"rank").toInt());
    QVERIFY(near(first.at(12).toDouble(), firstRow.value(u"median_energy_per_datum").toDouble(), 1e-11));

    const CommandOutput byEnergy = AnalysisCommands::leaderboard(db(cli({"--by", "energy", "--top", "1"})));
    QVERIFY(byEnergy.ok());
    QVERIFY(!AnalysisCommands::leaderboard(db(cli({"--top", "0"}))).ok());
    QVERIFY(!AnalysisCommands::leaderboard(db(cli({"--min-runs", "0"}))).ok());
    QVERIFY(!AnalysisCommands::leaderboard(db(cli({"--by", "speed"}))).ok());
}

void TestAnalysisCommands::fitReportsDevicesAndSkips()
{
    const CommandOutput out = AnalysisCommands::fit(db(cli({})));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QJsonObject o = out.json.object();
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM runs GROUP BY dataset, shape, size, depth, "
                                  "device)")));
    QVERIFY(q.next());
    QCOMPARE(o.value(u"configurations").toDouble(), q.value(0).toDouble());
    const QJsonObject skipped = o.value(u"skipped").toObject();
    QCOMPARE(o.value(u"used").toDouble() + skipped.value(u"total").toDouble(), q.value(0).toDouble());
    QCOMPARE(skipped.value(u"total").toDouble(),
             skipped.value(u"unknown_dataset").toDouble() + skipped.value(u"unknown_shape").toDouble()
                 + skipped.value(u"no_energy_per_datum").toDouble() + skipped.value(u"not_derivable").toDouble());
    const QJsonArray devices = o.value(u"devices").toArray();
    QCOMPARE(devices.size(), 2);
    double rows = 0;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        QVERIFY(d.contains(u"coefficients"));
        QVERIFY(d.value(u"coefficients").toObject().contains(u"intercept"));
        QVERIFY(d.value(u"r2").isDouble());
        QVERIFY(d.value(u"mape").isDouble());
        QCOMPARE(d.value(u"mape").toDouble(), d.value(u"mape_percent").toDouble());
        rows += d.value(u"rows").toDouble();
        qInfo("%s: r2 %.3f, mape %.1f%%, %g rows", qPrintable(d.value(u"device").toString()), d.value(u"r2").toDouble(),
              d.value(u"mape").toDouble(), d.value(u"rows").toDouble());
    }
    QCOMPARE(rows, o.value(u"used").toDouble());
    QCOMPARE(devices.at(0).toObject().value(u"device").toString(), QStringLiteral("cpu"));

    // A filter narrows the fit to one device.
    const CommandOutput cpu = AnalysisCommands::fit(db(cli({"--filter", "device=cpu", "--method", "non_negative"})));
    QVERIFY2(cpu.ok(), qPrintable(cpu.error));
    QCOMPARE(cpu.json.object().value(u"devices").toArray().size(), 1);
    QCOMPARE(cpu.json.object().value(u"method").toString(), QStringLiteral("non_negative"));
    QVERIFY(!AnalysisCommands::fit(db(cli({"--method", "ridge"}))).ok());
    QVERIFY(!AnalysisCommands::fit(db(cli({"--filter", "dataset=none_such"}))).ok());
}

void TestAnalysisCommands::predictReportsPlanWithInterval()
{
    // A configuration the store measured: the plan's nearest configuration is itself, with its
    // medians over the runs passing every quality check, recomputed here by SQL.
    const CommandOutput out = AnalysisCommands::predict(
        db(cli({"--dataset", "529_pollen", "--shape", "rectangle", "--size", "4096", "--depth", "3", "--device", "gpu",
                "--nearest", "3", "--region", "butter-e"})));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QJsonObject o = out.json.object();
    QCOMPARE(o.value(u"synthetic"), QJsonValue(true));
    QCOMPARE(o.value(u"source").toString(), m_store->sourceDescription());
    QCOMPARE(o.value(u"level").toDouble(), 0.9);
    const QJsonObject predicted = o.value(u"predicted").toObject();
    QCOMPARE(predicted, o.value(u"devices").toObject().value(u"gpu").toObject());
    QCOMPARE(predicted.value(u"ok"), QJsonValue(true));
    for (const char *key : {"energy_j", "run_time_s", "power_w", "co2e_g", "cost"}) {
        const QJsonObject range = predicted.value(QLatin1String(key)).toObject();
        const double value = range.value(u"value").toDouble();
        QVERIFY2(range.value(u"low").toDouble() <= value && value <= range.value(u"high").toDouble(), key);
        QVERIFY2(value > 0, key);
    }
    // Carbon at the butter-e factor: kWh x PUE 1.58 x 416.85 g CO2.
    const QJsonObject energy = predicted.value(u"energy_j").toObject();
    for (const char *bound : {"value", "low", "high"}) {
        const double expected = energy.value(QLatin1String(bound)).toDouble() / 3.6e6 * 1.58 * 416.85;
        QVERIFY(near(predicted.value(u"co2e_g").toObject().value(QLatin1String(bound)).toDouble(), expected, 1e-9));
    }
    QCOMPARE(predicted.value(u"co2e_unit").toString(), QStringLiteral("gCO2"));
    // The interval in log10 around the point, applied to the energy beyond the fixed overhead.
    const QJsonArray logs = predicted.value(u"interval_log10").toArray();
    const double overhead = predicted.value(u"overhead_j").toDouble();
    QCOMPARE(overhead, 271560.240048);
    QVERIFY(near(energy.value(u"high").toDouble() - overhead,
                 (energy.value(u"value").toDouble() - overhead) * std::pow(10.0, logs.at(1).toDouble()), 1e-9));
    QVERIFY(near(energy.value(u"low").toDouble() - overhead,
                 (energy.value(u"value").toDouble() - overhead) * std::pow(10.0, logs.at(0).toDouble()), 1e-9));

    const QJsonArray nearest = predicted.value(u"nearest").toArray();
    QCOMPARE(nearest.size(), 3);
    const QJsonObject first = nearest.at(0).toObject();
    QCOMPARE(first.value(u"dataset").toString(), QStringLiteral("529_pollen"));
    QCOMPARE(first.value(u"shape").toString(), QStringLiteral("rectangle"));
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT non_overhead_energy + energy_overhead, run_time FROM runs WHERE dataset = ? AND "
                             "shape = ? AND size = ? AND depth = ? AND device = 'GPU' AND quality = 0"));
    q.addBindValue(first.value(u"dataset").toString());
    q.addBindValue(first.value(u"shape").toString());
    q.addBindValue(first.value(u"size").toDouble());
    q.addBindValue(first.value(u"depth").toInt());
    QVERIFY(q.exec());
    std::vector<double> energies, times;
    while (q.next()) {
        energies.push_back(q.value(0).toDouble());
        times.push_back(q.value(1).toDouble());
    }
    QCOMPARE(first.value(u"runs").toDouble(), double(energies.size()));
    QVERIFY(near(first.value(u"median_energy_j").toDouble(), median(energies), 1e-12));
    QVERIFY(near(first.value(u"median_run_time_s").toDouble(), median(times), 1e-12));

    // The model: fitted on the passing runs, validated out of fold.
    const QJsonObject model = o.value(u"model").toObject();
    QCOMPARE(model.value(u"method").toString(), QStringLiteral("non_negative"));
    QCOMPARE(model.value(u"folds").toInt(), 5);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE quality = 0")) && q.next());
    QCOMPARE(model.value(u"quality_runs").toDouble(), q.value(0).toDouble());
    QCOMPARE(model.value(u"runs").toDouble(), 3000.0);
    QCOMPARE(o.value(u"plan").toObject().value(u"epochs").toInt(), 3000);
    QVERIFY(o.value(u"factors").toObject().value(u"region").toString() == QStringLiteral("butter-e"));
    QVERIFY(o.value(u"cheaper").isString());

    // A dataset of one's own, deeper than measured: flagged with reasons, noted on stderr, wider.
    const CommandOutput own = AnalysisCommands::predict(
        db(cli({"--examples", "50000", "--inputs", "30", "--outputs", "2", "--shape", "trapezoid", "--size", "100000",
                "--depth", "24", "--device", "cpu", "--epochs", "100"})));
    QVERIFY2(own.ok(), qPrintable(own.error));
    const QJsonObject ownPredicted = own.json.object().value(u"predicted").toObject();
    QCOMPARE(ownPredicted.value(u"extrapolates"), QJsonValue(true));
    QStringList codes;
    for (const QJsonValue &v : ownPredicted.value(u"extrapolation").toArray())
        codes.append(v.toObject().value(u"code").toString());
    QCOMPARE(codes, (QStringList{QStringLiteral("depth_above_range"), QStringLiteral("own_dataset")}));
    QCOMPARE(own.notes.size(), 2);
    const QJsonArray ownLogs = ownPredicted.value(u"interval_log10").toArray();
    QVERIFY(ownLogs.at(1).toDouble() - ownLogs.at(0).toDouble() > logs.at(1).toDouble() - logs.at(0).toDouble());
    QCOMPARE(own.json.object().value(u"plan").toObject().value(u"examples").toDouble(), 50000.0);
}

void TestAnalysisCommands::predictRejectsBadInput()
{
    const auto error = [this](std::initializer_list<const char *> parts) {
        const CommandOutput o = AnalysisCommands::predict(db(cli(parts)));
        return o.ok() ? QString() : o.error;
    };
    // Each error names the option that is wrong.
    QVERIFY(error({"--shape", "rectangle", "--size", "64", "--depth", "3", "--device", "cpu"}).contains(u"--dataset"));
    QVERIFY(error({"--dataset", "adult", "--size", "64", "--depth", "3", "--device", "cpu"}).contains(u"--shape"));
    QVERIFY(error({"--dataset", "iris", "--shape", "rectangle", "--size", "64", "--depth", "3", "--device", "cpu"})
                .contains(u"--dataset 'iris'"));
    QVERIFY(error({"--dataset", "adult", "--shape", "pyramid", "--size", "64", "--depth", "3", "--device", "cpu"})
                .contains(u"--shape 'pyramid'"));
    QVERIFY(error({"--dataset", "adult", "--shape", "rectangle", "--size", "0", "--depth", "3", "--device", "cpu"})
                .contains(u"--size"));
    QVERIFY(error({"--dataset", "adult", "--shape", "rectangle", "--size", "64", "--depth", "1", "--device", "cpu"})
                .contains(u"--depth"));
    QVERIFY(error({"--dataset", "adult", "--shape", "rectangle", "--size", "64", "--depth", "3", "--device", "tpu"})
                .contains(u"--device"));
    QVERIFY(error({"--dataset", "adult", "--shape", "rectangle", "--size", "64", "--depth", "3", "--device", "cpu",
                   "--level", "90"})
                .contains(u"--level"));
    QVERIFY(error({"--examples", "100", "--shape", "rectangle", "--size", "64", "--depth", "3", "--device", "cpu"})
                .contains(u"--inputs"));
    QVERIFY(error({"--dataset", "adult", "--inputs", "3", "--shape", "rectangle", "--size", "64", "--depth", "3",
                   "--device", "cpu"})
                .contains(u"--inputs"));
    // Far beyond the sweep: refused with the reason, no number.
    const QString far = error(
        {"--dataset", "adult", "--shape", "rectangle", "--size", "100000000000", "--depth", "3", "--device", "cpu"});
    QVERIFY2(far.contains(u"cannot predict this plan on cpu") && far.contains(u"more than 100 times above"),
             qPrintable(far));
    QVERIFY(!AnalysisCommands::predict(
                 cli({"--dataset", "adult", "--shape", "rectangle", "--size", "64", "--depth", "3", "--device", "cpu"}))
                 .ok()); // no --db
}

void TestAnalysisCommands::predictHeldOutOnARealFormatFile()
{
    // A file as OEDI 5991 publishes it (runs_with_standardized_energy.csv in a zip), drawn with
    // another seed than every demo store, imported as a user's download would be; then the check
    // the README offers: each configuration predicted by a model that never saw it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zipPath = dir.filePath(QStringLiteral("runs_with_standardized_energy.csv.zip"));
    DemoOptions options;
    options.seed = 5991;
    options.runs = 20000;
    QVERIFY(testsupport::writeDemoRunsZip(options, zipPath));
    const QString storePath = dir.filePath(QStringLiteral("real-format.sqlite"));
    {
        Store store(storePath);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = Importer(&store).importFile(zipPath);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.accepted, qint64(20000));
    }
    QVERIFY(!AnalysisCommands::predict(cli({"--db", qPrintable(storePath), "--held-out", "--dataset", "adult"})).ok());
    QVERIFY(AnalysisCommands::predict(cli({"--db", qPrintable(storePath), "--held-out", "--folds", "1"}))
                .error.contains(u"--folds"));
    const CommandOutput o = AnalysisCommands::predict(cli({"--db", qPrintable(storePath), "--held-out"}));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const QJsonObject json = o.json.object();
    QCOMPARE(json.value(u"folds").toInt(), 5);
    QCOMPARE(json.value(u"sample_every").toInt(), 1);
    const QJsonArray devices = json.value(u"devices").toArray();
    QCOMPARE(devices.size(), 2);
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        const double coverage = d.value(u"coverage").toDouble();
        const double error = d.value(u"median_abs_log10_error").toDouble();
        qInfo("real-format file, %s: %d held out, %d predicted, %d extrapolated, 90%% interval coverage %.4f, "
              "median |log10 error| %.4f",
              qPrintable(d.value(u"device").toString()), d.value(u"held_out").toInt(), d.value(u"predicted").toInt(),
              d.value(u"extrapolated").toInt(), coverage, error);
        QVERIFY(d.value(u"predicted").toInt() > 500);
        QCOMPARE(d.value(u"refused").toInt(), d.value(u"held_out").toInt() - d.value(u"predicted").toInt());
        QVERIFY2(coverage >= 0.85 && coverage <= 0.95, qPrintable(QString::number(coverage)));
        QVERIFY(error > 0 && error < 0.2);
    }
}

void TestAnalysisCommands::leaderboardGroupsMatchPandas()
{
    // The CodeCarbon file per hardware through the command, against pandas
    // (tests/fixtures/make_rungroups_fixtures.py); the demo's 3,000 runs stay out and are counted.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString storePath = dir.filePath(QStringLiteral("groups.sqlite"));
    QVERIFY(QFile::copy(m_path, storePath));
    {
        Store store(storePath);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = Importer(&store).importFile(
            QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_teams.csv"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    QVERIFY(AnalysisCommands::leaderboard(cli({"--db", qPrintable(storePath), "--group", "dataset"}))
                .error.contains(u"--group"));
    const CommandOutput o = AnalysisCommands::leaderboard(cli({"--db", qPrintable(storePath), "--group", "hardware"}));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const QJsonObject json = o.json.object();
    QCOMPARE(json.value(u"group").toString(), QStringLiteral("hardware"));
    QCOMPARE(json.value(u"configured_runs").toInt(), 3000);
    QFile f(QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/rungroups_expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray want = QJsonDocument::fromJson(f.readAll())
                                .object()
                                .value(u"emissions_teams.csv")
                                .toObject()
                                .value(u"hardware")
                                .toArray();
    const QJsonArray rows = json.value(u"rows").toArray();
    QCOMPARE(rows.size(), want.size());
    const auto close = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
    for (const QJsonValue &w : want) {
        const QJsonObject e = w.toObject();
        const auto it = std::find_if(rows.begin(), rows.end(), [&e](const QJsonValue &r) {
            return r.toObject().value(u"name") == e.value(u"name");
        });
        QVERIFY2(it != rows.end(), qPrintable(e.value(u"name").toString()));
        const QJsonObject r = it->toObject();
        QCOMPARE(r.value(u"runs").toInt(), e.value(u"runs").toInt());
        for (const char *key : {"total_energy", "median_energy", "median_power", "median_run_time", "cpu_energy",
                                "gpu_energy", "ram_energy"})
            QVERIFY2(close(r.value(QLatin1String(key)).toDouble(), e.value(QLatin1String(key)).toDouble()), key);
    }
}

void TestAnalysisCommands::helpAndExitCodes()
{
    for (const QString &command : AnalysisCommands::commands()) {
        bool handled = false;
        QCOMPARE(AnalysisCommands::run(command, cli({"--help"}), &handled), 0);
        QVERIFY(handled);
    }
    const CommandOutput help = AnalysisCommands::derive(cli({"--help"}));
    QVERIFY(help.ok());
    QVERIFY(help.text.contains(QStringLiteral("--dataset")));
    const CommandOutput unknown = AnalysisCommands::pareto(db(cli({"--bogus"})));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error.contains(QStringLiteral("bogus")));
    QVERIFY(AnalysisCommands::runLeaderboard(cli({})) != 0); // missing --db
    bool handled = true;
    AnalysisCommands::run(QStringLiteral("render"), cli({}), &handled);
    QVERIFY(!handled);
}

namespace {

using Energies = QList<QPair<bool, double>>; // (is_gpu, energy) per run

// A store of hand-made runs of 529_pollen, rectangle 256 x 3: (is_gpu, energy) pairs.
QString extremeStore(const QString &folder, const QString &name, const Energies &runs)
{
    QByteArray text = "run_id,experiment_id,slurm_job_id,start_time,update_time,node,size,depth,shape,dataset,is_gpu,"
                      "batch,energy,run_time\n";
    int i = 0;
    for (const auto &[gpu, energy] : runs) {
        text += "run-" + QByteArray::number(i++)
            + ",1,1,2022-10-11 21:58:46,2022-10-11 22:00:00,r1i0n1,256,3,"
              "rectangle,529_pollen,"
            + QByteArray(gpu ? "True" : "False") + ",b," + QByteArray::number(energy, 'g', 17) + ",100\n";
    }
    const QString csv = folder + QLatin1Char('/') + name + QStringLiteral(".csv");
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    f.close();
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    Store store(path);
    if (!store.open(nullptr) || !Importer(&store).importFile(csv).ok)
        return {};
    return path;
}

} // namespace

void TestAnalysisCommands::numericExtremesGiveClearResults_data()
{
    QTest::addColumn<Energies>("runs");
    Energies huge, tiny, equal, single;
    for (int i = 0; i < 8; ++i) {
        huge << qMakePair(false, 1e160 * (1 + 0.1 * i)) << qMakePair(true, 2e160 * (1 + 0.05 * i));
        tiny << qMakePair(false, 1e-300 * (1 + 0.1 * i)) << qMakePair(true, 3e-300 * (1 + 0.05 * i));
        equal << qMakePair(false, 5000.0) << qMakePair(true, 5000.0);
    }
    single << qMakePair(false, 5000.0) << qMakePair(true, 7000.0);
    QTest::newRow("1e160") << huge;
    QTest::newRow("1e-300") << tiny;
    QTest::newRow("all equal") << equal;
    QTest::newRow("one run each") << single;
}

void TestAnalysisCommands::numericExtremesGiveClearResults()
{
    // Energies near 1e160 used to abort compare with Boost's uncaught domain_error. Every command
    // on such stores must end with a result or a clear error (exit 1), never an exception.
    QFETCH(Energies, runs);
    const QString path = extremeStore(
        m_dir.path(), QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')), runs);
    QVERIFY(!path.isEmpty());
    const auto with = [&path](std::initializer_list<const char *> parts) {
        return cli(parts) << QStringLiteral("--db") << path;
    };
    // Runs with such numbers fail a quality check (implausible power, energy below the overhead):
    // they are let in, so the numeric paths themselves are what is tested.
    const auto including = [&with](std::initializer_list<const char *> parts) {
        return with(parts) << QStringLiteral("--include-failing");
    };
    QList<QPair<QString, CommandOutput>> outputs;
    outputs.append(
        {QStringLiteral("compare"), AnalysisCommands::compare(with({"--a", "device=cpu", "--b", "device=gpu"}))});
    for (const char *method : {"zscore", "robust", "iqr", "iforest"}) {
        for (const char *group : {"config", "none"})
            outputs.append({QStringLiteral("anomalies %1 %2").arg(QLatin1String(method), QLatin1String(group)),
                            AnalysisCommands::anomalies(including({"--method", method, "--group", group}))});
    }
    outputs.append({QStringLiteral("pareto"), AnalysisCommands::pareto(including({}))});
    outputs.append({QStringLiteral("pareto config"), AnalysisCommands::pareto(including({"--group", "config"}))});
    outputs.append({QStringLiteral("leaderboard"), AnalysisCommands::leaderboard(including({}))});
    outputs.append({QStringLiteral("fit"), AnalysisCommands::fit(including({}))});
    // Not with --include-failing: the what-if model is fitted on passing runs only.
    outputs.append({QStringLiteral("predict"),
                    AnalysisCommands::predict(with({"--dataset", "529_pollen", "--shape", "rectangle", "--size", "256",
                                                    "--depth", "3", "--device", "cpu"}))});
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (const auto &[what, o] : outputs) {
        const QString message = what + QStringLiteral(": ") + o.error;
        if (what == QLatin1String("compare") && tag == QLatin1String("one run each")) {
            // One run against one run: the ratio the user wants, and no test.
            QVERIFY2(o.ok(), qPrintable(message));
            const QJsonObject json = o.json.object();
            QCOMPARE(json.value(u"ratio_of_medians").toDouble(), 7000.0 / 5000.0);
            QCOMPARE(json.value(u"tested"), QJsonValue(false));
            QCOMPARE(json.value(u"significant"), QJsonValue(false));
            QCOMPARE(json.value(u"verdict").toString(),
                     QStringLiteral("One run against one run: B's value is 1.4\u00D7 A's; no test is possible with "
                                    "one run on a side"));
        } else if (what == QLatin1String("compare")) {
            QVERIFY2(!o.ok(), qPrintable(message));
            QCOMPARE(o.exitCode, 1);
            // Each case with the reason it has, not a generic failure.
            const QString expected = tag == QLatin1String("1e160")
                ? QStringLiteral("has a energy of 1e+160: values beyond 1e+-150")
                : tag == QLatin1String("1e-300") ? QStringLiteral("has a energy of 1e-300: values beyond 1e+-150")
                                                 : QStringLiteral("all equal");
            QVERIFY2(o.error.contains(expected), qPrintable(message));
        } else if (what == QLatin1String("fit")) {
            // One configuration per device: too few to fit, said so. Below the fixed overhead (5 kJ
            // against the CPU's 14 kJ, 1e-300 J) there is no energy per datum to fit at all.
            const QString reason = tag == QLatin1String("1e160")
                ? QStringLiteral("not enough to fit")
                : QStringLiteral("none of a known dataset and shape with a positive energy per datum");
            QVERIFY2(!o.ok() && o.error.contains(reason), qPrintable(message));
        } else if (what == QLatin1String("predict")) {
            // One configuration per device: no interval can be had, so no prediction, said so.
            QVERIFY2(!o.ok() && o.error.contains(QLatin1String("cannot predict this plan on cpu")),
                     qPrintable(message));
        } else {
            QVERIFY2(o.ok(), qPrintable(message));
            QVERIFY(!o.json.isNull());
            // Imported from a plain file: measured, and named by its file.
            QCOMPARE(o.json.object().value(u"synthetic"), QJsonValue(false));
            QVERIFY2(o.json.object().value(u"source").toString().contains(QLatin1String(".csv")), qPrintable(what));
        }
    }
    // The printing entry point gives exit code 1 for the failures, as the binary does.
    QCOMPARE(AnalysisCommands::runCompare(with({"--a", "device=cpu", "--b", "device=gpu"})),
             tag == QLatin1String("one run each") ? 0 : 1);
}

void TestAnalysisCommands::everyJsonSaysWhereItsNumbersComeFrom()
{
    // On the demo store every store-backed command says its runs are synthetic, in the app's words.
    const QList<QPair<const char *, CommandOutput>> fromStore = {
        {"compare", AnalysisCommands::compare(db(cli({"--a", "device=cpu", "--b", "device=gpu"})))},
        {"anomalies", AnalysisCommands::anomalies(db(cli({"--method", "robust"})))},
        {"pareto", AnalysisCommands::pareto(db(cli({})))},
        {"leaderboard", AnalysisCommands::leaderboard(db(cli({"--top", "1"})))},
        {"fit", AnalysisCommands::fit(db(cli({})))},
        {"predict",
         AnalysisCommands::predict(db(cli(
             {"--dataset", "adult", "--shape", "rectangle", "--size", "1024", "--depth", "3", "--device", "cpu"})))},
    };
    for (const auto &[what, o] : fromStore) {
        QVERIFY2(o.ok(), qPrintable(QLatin1String(what) + QStringLiteral(": ") + o.error));
        const QJsonObject json = o.json.object();
        QCOMPARE(json.value(u"synthetic"), QJsonValue(true));
        QCOMPARE(json.value(u"source").toString(), m_store->sourceDescription());
        QVERIFY(json.value(u"source").toString().contains(QLatin1String("synthetic")));
    }
    // Without a store: the values given, never synthetic.
    const QList<CommandOutput> given = {
        AnalysisCommands::derive(
            cli({"--dataset", "201_pol", "--shape", "rectangle", "--depth", "3", "--size", "1024"})),
        AnalysisCommands::carbon(cli({"--joules", "3600000"})),
        AnalysisCommands::carbon(cli({"--list-regions"})),
    };
    for (const CommandOutput &o : given) {
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.json.object().value(u"synthetic"), QJsonValue(false));
        QVERIFY(!o.json.object().value(u"source").toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAnalysisCommands)
#include "tst_analysiscommands.moc"
