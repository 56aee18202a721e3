#include "analysiserror.h"
#include "anomalydetection.h"
#include "isolationforest.h"
#include "runcolumns.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../support/testsupport.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <tuple>

using namespace wattprint;

namespace {

QJsonObject loadFixture()
{
    return testsupport::loadFixture("anomaly.json");
}

std::vector<double> doubles(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &e : v.toArray())
        out.push_back(e.toDouble());
    return out;
}

std::vector<std::int64_t> int64s(const QJsonValue &v)
{
    std::vector<std::int64_t> out;
    for (const QJsonValue &e : v.toArray())
        out.push_back(e.toInteger());
    return out;
}

// Relative tolerance, absolute near zero (z of a value at the mean is ~1e-16, not 0).
bool close(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol * std::max(std::abs(b), 1.0);
}

// Average ranks (ties share the mean rank), 1-based.
std::vector<double> ranks(const std::vector<double> &v)
{
    std::vector<std::size_t> idx(v.size());
    std::iota(idx.begin(), idx.end(), std::size_t{0});
    std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < idx.size();) {
        std::size_t j = i;
        while (j < idx.size() && v[idx[j]] == v[idx[i]])
            ++j;
        const double avg = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            r[idx[k]] = avg;
        i = j;
    }
    return r;
}

double spearman(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::vector<double> ra = ranks(a), rb = ranks(b);
    const double n = static_cast<double>(a.size());
    const double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / n;
    const double mb = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - ma) * (rb[i] - mb);
        saa += (ra[i] - ma) * (ra[i] - ma);
        sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

// Mann-Whitney AUC: probability that an anomaly scores above a normal row (ties count half).
double rankAuc(const std::vector<double> &score, const std::vector<std::int64_t> &label)
{
    const std::vector<double> r = ranks(score);
    double pos = 0, rankSum = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (label[i]) {
            ++pos;
            rankSum += r[i];
        }
    }
    const double neg = static_cast<double>(r.size()) - pos;
    return (rankSum - pos * (pos + 1) / 2) / (pos * neg);
}

std::vector<std::span<const double>> spans(const std::vector<std::vector<double>> &cols)
{
    return {cols.begin(), cols.end()};
}

using testsupport::errorOf;

} // namespace

class TestAnomaly : public QObject
{
    Q_OBJECT

private slots:
    void averagePathLength();
    void scalesMatchReference();
    void freeFunctionsMatchDetection();
    void severalFeaturesKeepLargest();
    void forestAucAndSpearman();
    void forestDeterministic();
    void forestEdgeCases();
    void forestGrouped();
    void edgeCases();
    void groupKeys();
    void startOrderOfASnapshot();
    void millionRows();

private:
    QJsonObject m_fixture = loadFixture();
};

void TestAnomaly::averagePathLength()
{
    const QJsonObject apl = m_fixture[u"avgPathLength"].toObject();
    const std::vector<double> n = doubles(apl[u"n"]), c = doubles(apl[u"c"]);
    QVERIFY(!n.empty());
    for (std::size_t i = 0; i < n.size(); ++i)
        QVERIFY2(close(IsolationForest::averagePathLength(n[i]), c[i], 1e-12), qPrintable(QString::number(n[i])));
}

void TestAnomaly::scalesMatchReference()
{
    const QJsonArray cases = m_fixture[u"scales"].toArray();
    QVERIFY(cases.size() >= 6);
    const struct
    {
        AnomalyMethod method;
        const char16_t *score;
        const char16_t *flag;
    } methods[] = {{AnomalyMethod::ZScore, u"z", u"zFlag"},
                   {AnomalyMethod::RobustZScore, u"robust", u"robustFlag"},
                   {AnomalyMethod::Iqr, u"iqr", u"iqrFlag"}};
    for (const QJsonValue &cv : cases) {
        const QJsonObject c = cv.toObject();
        const QString name = c[u"name"].toString();
        const std::vector<double> x = doubles(c[u"x"]);
        const std::vector<std::int64_t> groups = int64s(c[u"groups"]);
        const std::vector<std::int64_t> evaluated = int64s(c[u"evaluated"]);
        for (const auto &m : methods) {
            AnomalyOptions o;
            o.method = m.method;
            o.iqrK = c[u"k"].toDouble();
            o.minGroupSize = static_cast<std::size_t>(c[u"minGroupSize"].toInt());
            const AnomalyResult r = detectAnomalies(x, groups, o);
            const std::vector<double> ref = doubles(c[m.score]);
            const std::vector<std::int64_t> flags = int64s(c[m.flag]);
            QCOMPARE(r.score.size(), ref.size());
            std::size_t flagged = 0, scored = 0;
            for (std::size_t i = 0; i < ref.size(); ++i) {
                const QString where = name + u' ' + QString::fromUtf16(m.score) + QStringLiteral(" row ")
                    + QString::number(i);
                QVERIFY2(close(r.score[i], ref[i]),
                         qPrintable(where + QStringLiteral(": ") + QString::number(r.score[i], 'g', 17)
                                    + QStringLiteral(" vs ") + QString::number(ref[i], 'g', 17)));
                QVERIFY2(r.flagged[i] == flags[i], qPrintable(where));
                QVERIFY2(r.evaluated[i] == evaluated[i], qPrintable(where));
                flagged += static_cast<std::size_t>(flags[i]);
                scored += static_cast<std::size_t>(evaluated[i]);
            }
            QCOMPARE(r.flaggedCount, flagged);
            QCOMPARE(r.evaluatedCount, scored);
            QCOMPARE(r.smallGroupRows, ref.size() - scored);
        }
    }
}

void TestAnomaly::freeFunctionsMatchDetection()
{
    for (const QJsonValue &cv : m_fixture[u"scales"].toArray()) {
        const QJsonObject c = cv.toObject();
        if (c.contains(u"groups"))
            continue;
        const std::vector<double> x = doubles(c[u"x"]);
        const std::vector<double> z = zScores(x), rz = robustZScores(x), iq = iqrScores(x, c[u"k"].toDouble());
        const std::vector<double> zr = doubles(c[u"z"]), rzr = doubles(c[u"robust"]), iqr = doubles(c[u"iqr"]);
        for (std::size_t i = 0; i < x.size(); ++i) {
            QVERIFY(close(z[i], zr[i]));
            QVERIFY(close(rz[i], rzr[i]));
            QVERIFY(close(iq[i], iqr[i]));
        }
    }
    // Zero spread: every score is 0, nothing is flagged.
    const std::vector<double> same(6, 2.5);
    for (const double v : robustZScores(same))
        QCOMPARE(v, 0.0);
}

void TestAnomaly::severalFeaturesKeepLargest()
{
    QJsonObject gx, gy;
    for (const QJsonValue &cv : m_fixture[u"scales"].toArray()) {
        if (cv[u"name"].toString() == u"groupedX")
            gx = cv.toObject();
        if (cv[u"name"].toString() == u"groupedY")
            gy = cv.toObject();
    }
    QVERIFY(!gx.isEmpty() && !gy.isEmpty());
    const std::vector<double> x = doubles(gx[u"x"]), y = doubles(gy[u"x"]);
    const std::vector<std::int64_t> groups = int64s(gx[u"groups"]);
    const std::span<const double> cols[] = {x, y};
    for (const char16_t *key : {u"z", u"robust", u"iqr"}) {
        AnomalyOptions o;
        o.method = key[0] == u'z' ? AnomalyMethod::ZScore
                                  : (key[0] == u'r' ? AnomalyMethod::RobustZScore : AnomalyMethod::Iqr);
        const AnomalyResult r = detectAnomalies(cols, groups, o);
        const std::vector<double> rx = doubles(gx[key]), ry = doubles(gy[key]);
        bool usedY = false;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const bool yWins = std::abs(ry[i]) > std::abs(rx[i]);
            QVERIFY(close(r.score[i], yWins ? ry[i] : rx[i]));
            if (r.evaluated[i] && std::abs(std::abs(ry[i]) - std::abs(rx[i])) > 1e-6) {
                QCOMPARE(r.feature[i], yWins ? 1 : 0);
                usedY = usedY || yWins;
            }
            QCOMPARE(r.flagged[i] != 0, r.evaluated[i] && std::abs(r.score[i]) > r.threshold);
        }
        QVERIFY(usedY);
        QCOMPARE(r.groupCount, std::size_t{4});
        QCOMPARE(r.smallGroupCount, std::size_t{1});
        QCOMPARE(r.smallGroupRows, std::size_t{3});
    }
}

void TestAnomaly::forestAucAndSpearman()
{
    const QJsonObject forest = m_fixture[u"forest"].toObject();
    QCOMPARE(forest.size(), 2);
    for (auto it = forest.begin(); it != forest.end(); ++it) {
        const QJsonObject set = it.value().toObject();
        std::vector<std::vector<double>> cols;
        for (const QJsonValue &c : set[u"columns"].toArray())
            cols.push_back(doubles(c));
        const std::vector<std::int64_t> labels = int64s(set[u"labels"]);
        const std::vector<double> sk = doubles(set[u"sklearnScore"]);
        const double skAuc = rankAuc(sk, labels);
        QVERIFY(std::abs(skAuc - set[u"sklearnAuc"].toDouble()) < 1e-6); // our AUC helper agrees with scipy
        const auto cs = spans(cols);
        for (std::uint64_t seed : {0u, 1u, 42u}) {
            IsolationForest f;
            f.fit(cs, seed);
            QCOMPARE(f.sampleSize(), std::size_t{256});
            const std::vector<double> s = f.score(cs);
            const double auc = rankAuc(s, labels);
            const double rho = spearman(s, sk);
            qInfo("%s seed %d: AUC %.4f (sklearn %.4f), Spearman vs sklearn %.4f", qPrintable(it.key()),
                  static_cast<int>(seed), auc, skAuc, rho);
            QVERIFY(auc >= 0.95);
            QVERIFY(rho >= 0.9);
            for (const double v : s)
                QVERIFY(v > 0.0 && v < 1.0);
        }
        // Through detectAnomalies, ungrouped: the same forest, flags at the threshold.
        AnomalyOptions o;
        o.method = AnomalyMethod::IsolationForest;
        const AnomalyResult r = detectAnomalies(cs, {}, o);
        IsolationForest f;
        f.fit(cs, o.seed);
        const std::vector<double> s = f.score(cs);
        QVERIFY(r.score == s);
        std::size_t truePos = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            QCOMPARE(r.flagged[i] != 0, s[i] > 0.6);
            truePos += r.flagged[i] && labels[i];
        }
        QCOMPARE(r.forestGroupCount, std::size_t{1});
        QCOMPARE(r.globalFallbackRows, std::size_t{0});
        qInfo("%s: %zu flagged at 0.6, %zu of them planted", qPrintable(it.key()), r.flaggedCount, truePos);
        QVERIFY(truePos * 2 > r.flaggedCount); // most flags are real anomalies
    }
}

void TestAnomaly::forestDeterministic()
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> nd;
    std::vector<std::vector<double>> cols(3, std::vector<double>(500));
    for (auto &c : cols)
        for (double &v : c)
            v = nd(rng);
    const auto cs = spans(cols);
    std::vector<double> rowMajor;
    for (std::size_t r = 0; r < 500; ++r)
        for (const auto &c : cols)
            rowMajor.push_back(c[r]);

    IsolationForest a, b, c, d;
    a.fit(cs, 11);
    b.fit(cs, 11);
    c.fit(cs, 12);
    d.fit(rowMajor, 3, 11);
    const std::vector<double> sa = a.score(cs);
    QVERIFY(sa == b.score(cs));
    QVERIFY(sa == d.score(rowMajor, 3));
    QVERIFY(sa != c.score(cs));
    const double row[] = {cols[0][5], cols[1][5], cols[2][5]};
    QCOMPARE(a.scoreRow(row), sa[5]);
    QCOMPARE(a.scoreRow(row), std::exp2(-a.meanPathLength(row) / IsolationForest::averagePathLength(256)));
    // Flat arrays: at most 2 psi - 1 nodes per tree.
    QVERIFY(a.nodeCount() <= 100 * 511);
}

void TestAnomaly::forestEdgeCases()
{
    // All values equal: every tree is one leaf of psi rows, E(h) = c(psi), s = 0.5 (sklearn: -0.5).
    const std::vector<double> same(40, 3.0);
    IsolationForest f;
    f.fit(std::vector<std::span<const double>>{same, same}, 0);
    QCOMPARE(f.sampleSize(), std::size_t{40});
    for (const double v : f.score(std::vector<std::span<const double>>{same, same}))
        QCOMPARE(v, 0.5);

    const std::vector<double> one{1.0};
    QVERIFY(errorOf([&] {
                IsolationForest g;
                g.fit(std::vector<std::span<const double>>{one}, 0);
            }).contains(u"two rows"));
    QVERIFY(errorOf([&] {
                IsolationForest g;
                g.score(std::vector<std::span<const double>>{one});
            }).contains(u"not been fitted"));
    std::vector<double> bad{1.0, 2.0, std::numeric_limits<double>::quiet_NaN()};
    QVERIFY(errorOf([&] {
                IsolationForest g;
                g.fit(std::vector<std::span<const double>>{bad}, 0);
            }).contains(u"finite"));
    bad[2] = std::numeric_limits<double>::infinity();
    QVERIFY(errorOf([&] {
                IsolationForest g;
                g.fit(bad, 1, 0);
            }).contains(u"finite"));
    QVERIFY(errorOf([&] { f.score(std::vector<std::span<const double>>{same}); }).contains(u"fitted on 2"));
    QVERIFY(!errorOf([] { IsolationForest g({0, 256}); }).isEmpty());

    // Two rows: psi 2, c(2) = 1; both rows isolate at depth 1, s = 2^-1.
    const std::vector<double> two{0.0, 1.0};
    IsolationForest t;
    t.fit(std::vector<std::span<const double>>{two}, 3);
    for (const double v : t.score(std::vector<std::span<const double>>{two}))
        QCOMPARE(v, 0.5);
}

void TestAnomaly::forestGrouped()
{
    // Two configurations far apart (small and large networks) plus a few tiny groups. The
    // planted anomaly is in the large group, but only unusual for that group.
    std::mt19937_64 rng(3);
    std::normal_distribution<double> nd;
    std::vector<double> logE;
    std::vector<std::int64_t> group;
    for (int i = 0; i < 300; ++i) {
        logE.push_back(10.0 + 0.2 * nd(rng));
        group.push_back(1);
    }
    for (int i = 0; i < 300; ++i) {
        logE.push_back(16.0 + 0.2 * nd(rng));
        group.push_back(2);
    }
    const std::size_t planted = logE.size();
    logE.push_back(17.5);
    group.push_back(2);
    for (int i = 0; i < 10; ++i) { // a mid-sized group: scored by the all-rows forest
        logE.push_back(13.0 + 0.2 * nd(rng));
        group.push_back(3);
    }
    logE.push_back(10.0); // a group of one: not scored
    group.push_back(4);

    AnomalyOptions o;
    o.method = AnomalyMethod::IsolationForest;
    o.forestMinGroupSize = 64;
    const AnomalyResult r = detectAnomalies(logE, group, o);
    QCOMPARE(r.groupCount, std::size_t{4});
    QCOMPARE(r.forestGroupCount, std::size_t{2});
    QCOMPARE(r.globalFallbackRows, std::size_t{10});
    QCOMPARE(r.smallGroupCount, std::size_t{1});
    QCOMPARE(r.smallGroupRows, std::size_t{1});
    QCOMPARE(r.evaluatedCount, logE.size() - 1);
    QCOMPARE(r.evaluated.back(), std::uint8_t{0});
    QCOMPARE(r.score.back(), 0.0);
    QVERIFY(r.flagged[planted]);
    const double maxOther = *std::max_element(r.score.begin() + 300, r.score.begin() + 600);
    QVERIFY(r.score[planted] > maxOther);

    // Without grouping (and minimum 1) every row is scored by one forest.
    o.minGroupSize = 1;
    const AnomalyResult all = detectAnomalies(logE, {}, o);
    QCOMPARE(all.groupCount, std::size_t{1});
    QCOMPARE(all.evaluatedCount, logE.size());
    QCOMPARE(all.forestGroupCount, std::size_t{1});

    // A group's forest is seeded from its key: renaming group 1 changes its scores only.
    o.minGroupSize = 5;
    std::vector<std::int64_t> renamed = group;
    for (auto &k : renamed)
        k = k == 1 ? 99 : k;
    const AnomalyResult r2 = detectAnomalies(logE, renamed, o);
    QVERIFY(!std::equal(r2.score.begin(), r2.score.begin() + 300, r.score.begin()));
    QVERIFY(std::equal(r2.score.begin() + 300, r2.score.end(), r.score.begin() + 300));
}

void TestAnomaly::edgeCases()
{
    AnomalyOptions o;
    // Empty input: an empty result, not an error.
    const AnomalyResult empty = detectAnomalies(std::span<const double>(), {}, o);
    QVERIFY(empty.score.empty());
    QCOMPARE(empty.flaggedCount, std::size_t{0});

    // One value: a group below the minimum size; with minimum 1 it scores 0.
    const std::vector<double> one{4.0};
    const AnomalyResult r1 = detectAnomalies(one, {}, o);
    QCOMPARE(r1.smallGroupRows, std::size_t{1});
    QCOMPARE(r1.evaluated[0], std::uint8_t{0});
    o.minGroupSize = 1;
    for (const AnomalyMethod m : {AnomalyMethod::ZScore, AnomalyMethod::RobustZScore, AnomalyMethod::Iqr}) {
        o.method = m;
        const AnomalyResult r = detectAnomalies(one, {}, o);
        QCOMPARE(r.score[0], 0.0);
        QCOMPARE(r.evaluatedCount, std::size_t{1});
        QCOMPARE(r.flaggedCount, std::size_t{0});
    }
    o.method = AnomalyMethod::IsolationForest; // a forest needs two rows: the row is not scored
    QCOMPARE(detectAnomalies(one, {}, o).smallGroupRows, std::size_t{1});

    // NaN and inf are rejected, naming the row.
    o.method = AnomalyMethod::ZScore;
    std::vector<double> x{1.0, 2.0, 3.0, 4.0, std::numeric_limits<double>::quiet_NaN()};
    QString e = errorOf([&] { detectAnomalies(x, {}, o); });
    QVERIFY2(e.contains(u"NaN") && e.contains(u"row 5"), qPrintable(e));
    x[4] = -std::numeric_limits<double>::infinity();
    e = errorOf([&] { detectAnomalies(x, {}, o); });
    QVERIFY2(e.contains(u"infinite"), qPrintable(e));
    x[4] = 5.0;

    // Mismatched lengths and bad options.
    const std::vector<double> shorter{1.0, 2.0};
    const std::span<const double> cols[] = {x, shorter};
    QVERIFY(errorOf([&] { detectAnomalies(cols, {}, o); }).contains(u"different lengths"));
    const std::vector<std::int64_t> keys{1, 2};
    QVERIFY(errorOf([&] { detectAnomalies(x, keys, o); }).contains(u"group keys"));
    QVERIFY(errorOf([&] {
                detectAnomalies(std::span<const std::span<const double>>(), {}, o);
            }).contains(u"at least one feature"));
    AnomalyOptions badK;
    badK.iqrK = -1;
    QVERIFY(!errorOf([&] { detectAnomalies(x, {}, badK); }).isEmpty());
    AnomalyOptions badT;
    badT.threshold = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(!errorOf([&] { detectAnomalies(x, {}, badT); }).isEmpty());
    AnomalyOptions badMin;
    badMin.minGroupSize = 0;
    QVERIFY(!errorOf([&] { detectAnomalies(x, {}, badMin); }).isEmpty());

    // All group keys equal = no grouping.
    const std::vector<std::int64_t> same(x.size(), 42);
    o.method = AnomalyMethod::RobustZScore;
    QVERIFY(detectAnomalies(x, same, o).score == detectAnomalies(x, {}, o).score);
    QCOMPARE(detectAnomalies(x, same, o).groupCount, std::size_t{1});
}

void TestAnomaly::startOrderOfASnapshot()
{
    // Start times with many ties (broken by id, ids shuffled), a subset of the rows in a scrambled
    // order: a snapshot (immutable columns, ranks shared) orders them as the comparison sort does.
    RunColumns runs;
    std::mt19937 random(11);
    const std::size_t n = 5000;
    for (std::size_t i = 0; i < n; ++i) {
        runs.startNs.push_back(std::int64_t(random() % 700) * 1000);
        runs.id.push_back(std::int64_t(i) * 7 + 3);
    }
    std::shuffle(runs.id.begin(), runs.id.end(), random);
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < n; i += 1 + random() % 3)
        rows.push_back(i);
    std::shuffle(rows.begin(), rows.end(), random);
    std::vector<std::size_t> positions(rows.size());
    std::iota(positions.begin(), positions.end(), std::size_t(0));
    positions.resize(positions.size() - 17); // not every row of `rows`

    const std::vector<std::size_t> bySort = sortByStart(runs, rows, positions);
    RunColumns snapshot = runs;
    snapshot.markImmutable();
    QVERIFY(snapshot.isImmutable());
    const std::vector<std::size_t> byRanks = sortByStart(snapshot, rows, positions);
    QCOMPARE(byRanks, bySort);
    QCOMPARE(sortByStart(snapshot, rows, positions), bySort); // the shared ranks, a second time
    for (std::size_t j = 1; j < bySort.size(); ++j) {
        const std::size_t a = rows[bySort[j - 1]], b = rows[bySort[j]];
        QVERIFY(std::tie(runs.startNs[a], runs.id[a]) < std::tie(runs.startNs[b], runs.id[b]));
    }
}

void TestAnomaly::groupKeys()
{
    RunColumns runs;
    runs.id = {1, 2, 3, 4, 5};
    runs.dataset = {0, 0, 1, 0, 1};
    runs.shape = {2, 2, 2, 3, 2};
    runs.size = {1024, 1024, 1024, 1024, 2048};
    runs.depth = {3, 3, 3, 3, 3};
    runs.isGpu = {0, 1, 0, 0, 0};
    QVERIFY(anomalyGroupKeys(runs, AnomalyGrouping::None).empty());
    const std::vector<std::int64_t> ds = anomalyGroupKeys(runs, AnomalyGrouping::Dataset);
    QCOMPARE(ds, (std::vector<std::int64_t>{0, 0, 1, 0, 1}));
    const std::vector<std::int64_t> cfg = anomalyGroupKeys(runs, AnomalyGrouping::Configuration);
    // (0,2,1024,3,0) (0,2,1024,3,1) (1,2,1024,3,0) (0,3,1024,3,0) (1,2,2048,3,0), sorted order of tuples.
    QCOMPARE(cfg, (std::vector<std::int64_t>{0, 1, 3, 2, 4}));
    const std::vector<std::int64_t> sd = anomalyGroupKeys(runs, AnomalyGrouping::Shape | AnomalyGrouping::Device);
    QCOMPARE(sd, (std::vector<std::int64_t>{0, 1, 0, 2, 0}));
    runs.depth.pop_back();
    QVERIFY(errorOf([&] { anomalyGroupKeys(runs, AnomalyGrouping::Depth); }).contains(u"depth"));
    QCOMPARE(anomalyGroupKeys(runs, AnomalyGrouping::Dataset), ds); // depth not used: fine
}

void TestAnomaly::millionRows()
{
    const std::size_t n = 1'000'000;
    std::mt19937_64 rng(5);
    std::normal_distribution<double> nd;
    std::vector<double> x(n);
    std::vector<std::int64_t> g(n);
    for (std::size_t i = 0; i < n; ++i) {
        g[i] = static_cast<std::int64_t>(rng() % 5000); // ~200 rows per configuration
        x[i] = 0.01 * static_cast<double>(g[i]) + nd(rng);
    }
    AnomalyOptions o;
    for (const AnomalyMethod m : {AnomalyMethod::ZScore, AnomalyMethod::RobustZScore, AnomalyMethod::Iqr}) {
        o.method = m;
        QElapsedTimer t;
        t.start();
        const AnomalyResult r = detectAnomalies(x, g, o);
        const qint64 ms = t.elapsed();
        qInfo("method %d, 1M rows in 5000 groups: %lld ms, %zu flagged", static_cast<int>(m), ms, r.flaggedCount);
        QCOMPARE(r.evaluatedCount, n);
    }

    IsolationForest f;
    const std::span<const double> cols[] = {x};
    QElapsedTimer t;
    t.start();
    f.fit(cols, 0);
    const qint64 fitMs = t.elapsed();
    t.restart();
    const std::vector<double> s = f.score(cols);
    qInfo("Isolation Forest: fit %lld ms, score 1M rows x 100 trees %lld ms", fitMs, static_cast<qint64>(t.elapsed()));
    QCOMPARE(s.size(), n);
}

QTEST_GUILESS_MAIN(TestAnomaly)
#include "tst_anomaly.moc"
