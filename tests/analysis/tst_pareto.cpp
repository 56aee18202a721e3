#include "analysiserror.h"
#include "pareto.h"

#include <QElapsedTimer>
#include <QTest>

#include "../support/testsupport.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace wattprint;

namespace {

// The definition, literally: O(n^2 d). p is dominated when some q is no worse in every metric
// and better in at least one.
std::vector<std::uint8_t> bruteForce(const std::vector<std::vector<double>> &cols, const std::vector<bool> &minimise)
{
    const std::size_t n = cols.empty() ? 0 : cols.front().size();
    std::vector<std::uint8_t> member(n, 1);
    for (std::size_t p = 0; p < n; ++p) {
        for (std::size_t q = 0; q < n && member[p]; ++q) {
            bool noWorse = true, better = false;
            for (std::size_t c = 0; c < cols.size(); ++c) {
                const double a = minimise[c] ? cols[c][q] : -cols[c][q];
                const double b = minimise[c] ? cols[c][p] : -cols[c][p];
                noWorse = noWorse && a <= b;
                better = better || a < b;
            }
            if (noWorse && better)
                member[p] = 0;
        }
    }
    return member;
}

std::vector<double> randomColumn(std::mt19937_64 &rng, std::size_t n, int distinct)
{
    // Few distinct values make ties and exact duplicates common.
    std::vector<double> v(n);
    for (double &x : v)
        x = distinct > 0 ? static_cast<double>(rng() % static_cast<unsigned>(distinct))
                         : static_cast<double>(rng() >> 11) * 0x1.0p-53;
    return v;
}

using testsupport::errorOf;

} // namespace

class TestPareto : public QObject
{
    Q_OBJECT

private slots:
    void handExamples();
    void ties();
    void random2dAgainstBruteForce();
    void randomNdAgainstBruteForce();
    void staircase();
    void edgeCases();
    void largeInput();
};

void TestPareto::handExamples()
{
    // Energy (minimise) against accuracy (maximise).
    const std::vector<double> energy{5, 1, 3, 4, 2, 6};
    const std::vector<double> accuracy{0.9, 0.5, 0.8, 0.7, 0.5, 0.95};
    const ParetoFrontier f = paretoFrontier2d(energy, accuracy, true, false);
    // Row 4 (2, 0.5) is dominated by row 1 (1, 0.5); row 3 (4, 0.7) by row 2 (3, 0.8).
    QCOMPARE(f.indices, (std::vector<std::size_t>{1, 2, 0, 5}));
    QCOMPARE(f.member, (std::vector<std::uint8_t>{1, 1, 1, 0, 0, 1}));

    // Minimise both: the classic lower-left staircase.
    const std::vector<double> x{1, 2, 3, 4, 2.5};
    const std::vector<double> y{4, 2, 1, 0.5, 3};
    const ParetoFrontier g = paretoFrontier2d(x, y, ParetoDirection::Minimise, ParetoDirection::Minimise);
    QCOMPARE(g.indices, (std::vector<std::size_t>{0, 1, 2, 3}));
    // Maximise both: only the points no other beats in both.
    const ParetoFrontier h = paretoFrontier2d(x, y, false, false);
    // Row 1 (2, 2) is beaten by row 4 (2.5, 3); row 2 (3, 1) survives: only row 3 has more x.
    QCOMPARE(h.member, (std::vector<std::uint8_t>{1, 0, 1, 1, 1}));
    QCOMPARE(h.indices, (std::vector<std::size_t>{0, 4, 2, 3})); // sorted by x: 1, 2.5, 3, 4

    // n-D with three metrics agrees with the hand answer.
    const std::vector<double> z{0, 0, 0, 0, 0};
    const std::span<const double> cols[] = {x, y, z};
    const ParetoDirection dirs[] = {ParetoDirection::Minimise, ParetoDirection::Minimise, ParetoDirection::Minimise};
    QCOMPARE(paretoNonDominated(cols, dirs).indices, (std::vector<std::size_t>{0, 1, 2, 3}));
}

void TestPareto::ties()
{
    // Exact duplicates do not dominate each other: both stay. A point equal in x but worse in y
    // is dominated.
    const std::vector<double> x{1, 1, 1, 2, 2, 0.5};
    const std::vector<double> y{3, 3, 4, 1, 1, 5};
    const ParetoFrontier f = paretoFrontier2d(x, y, true, true);
    QCOMPARE(f.member, (std::vector<std::uint8_t>{1, 1, 0, 1, 1, 1}));
    QCOMPARE(f.indices, (std::vector<std::size_t>{5, 0, 1, 3, 4}));
    // A point equal in y and worse in x is dominated too.
    const std::vector<double> x2{1, 2, 3};
    const std::vector<double> y2{1, 1, 0};
    QCOMPARE(paretoFrontier2d(x2, y2, true, true).member, (std::vector<std::uint8_t>{1, 0, 1}));
    // All values equal: everyone is on the frontier.
    const std::vector<double> same(4, 7.0);
    QCOMPARE(paretoFrontier2d(same, same, false, true).indices, (std::vector<std::size_t>{0, 1, 2, 3}));
    const std::span<const double> cols[] = {same, same, same};
    const ParetoDirection dirs[] = {ParetoDirection::Maximise, ParetoDirection::Minimise, ParetoDirection::Maximise};
    QCOMPARE(paretoNonDominated(cols, dirs).member, (std::vector<std::uint8_t>(4, 1)));
}

void TestPareto::random2dAgainstBruteForce()
{
    std::mt19937_64 rng(2024);
    int frontierRows = 0;
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t n = 1 + rng() % 300;
        const int distinct = trial % 3 == 0 ? 0 : (trial % 3 == 1 ? 5 : 40);
        const std::vector<std::vector<double>> cols{randomColumn(rng, n, distinct), randomColumn(rng, n, distinct)};
        for (int combo = 0; combo < 4; ++combo) {
            const bool minX = combo & 1, minY = combo & 2;
            const ParetoFrontier f = paretoFrontier2d(cols[0], cols[1], minX, minY);
            QCOMPARE(f.member, bruteForce(cols, {minX, minY}));
            // indices = the members, sorted by x then y then row.
            QCOMPARE(f.indices.size(), static_cast<std::size_t>(std::count(f.member.begin(), f.member.end(), 1)));
            for (std::size_t k = 0; k < f.indices.size(); ++k) {
                QVERIFY(f.member[f.indices[k]]);
                if (k > 0) {
                    const std::size_t a = f.indices[k - 1], b = f.indices[k];
                    QVERIFY(cols[0][a] < cols[0][b]
                            || (cols[0][a] == cols[0][b]
                                && (cols[1][a] < cols[1][b] || (cols[1][a] == cols[1][b] && a < b))));
                }
            }
            // n-D code on two metrics agrees.
            const std::span<const double> sp[] = {cols[0], cols[1]};
            const ParetoDirection dirs[] = {minX ? ParetoDirection::Minimise : ParetoDirection::Maximise,
                                            minY ? ParetoDirection::Minimise : ParetoDirection::Maximise};
            QCOMPARE(paretoNonDominated(sp, dirs).member, f.member);
            frontierRows += static_cast<int>(f.indices.size());
        }
    }
    QVERIFY(frontierRows > 800); // the comparison was not trivially empty
}

void TestPareto::randomNdAgainstBruteForce()
{
    std::mt19937_64 rng(99);
    for (int trial = 0; trial < 120; ++trial) {
        const std::size_t d = 1 + rng() % 4;
        const std::size_t n = rng() % 200;
        const int distinct = trial % 2 ? 6 : 0;
        std::vector<std::vector<double>> cols;
        std::vector<bool> minimise;
        std::vector<ParetoDirection> dirs;
        for (std::size_t c = 0; c < d; ++c) {
            cols.push_back(randomColumn(rng, n, distinct));
            minimise.push_back(rng() % 2);
            dirs.push_back(minimise.back() ? ParetoDirection::Minimise : ParetoDirection::Maximise);
        }
        const std::vector<std::span<const double>> sp(cols.begin(), cols.end());
        const ParetoFrontier f = paretoNonDominated(sp, dirs);
        QCOMPARE(f.member, bruteForce(cols, minimise));
        QVERIFY(std::is_sorted(f.indices.begin(), f.indices.end()));
        QCOMPARE(f.indices.size(), static_cast<std::size_t>(std::count(f.member.begin(), f.member.end(), 1)));
    }
}

void TestPareto::staircase()
{
    const std::vector<double> x{1, 2, 3};
    const std::vector<double> y{3, 2, 1};
    // Minimise both: right, then down.
    ParetoFrontier f = paretoFrontier2d(x, y, true, true);
    ParetoStaircase s = paretoStaircase(x, y, f.indices, true);
    QCOMPARE(s.x, (std::vector<double>{1, 2, 2, 3, 3}));
    QCOMPARE(s.y, (std::vector<double>{3, 3, 2, 2, 1}));
    // Maximise both: down, then right.
    f = paretoFrontier2d(x, y, false, false);
    s = paretoStaircase(x, y, f.indices, false);
    QCOMPARE(s.x, (std::vector<double>{1, 1, 2, 2, 3}));
    QCOMPARE(s.y, (std::vector<double>{3, 2, 2, 1, 1}));
    // Minimise energy, maximise accuracy (x up, y up): right, then up.
    const std::vector<double> acc{1, 2, 3};
    f = paretoFrontier2d(x, acc, true, false);
    s = paretoStaircase(x, acc, f.indices, true);
    QCOMPARE(s.x, (std::vector<double>{1, 2, 2, 3, 3}));
    QCOMPARE(s.y, (std::vector<double>{1, 1, 2, 2, 3}));

    // Every staircase corner is weakly dominated by a frontier point and dominates no row
    // strictly: it lies on the boundary of the dominated region.
    std::mt19937_64 rng(1);
    for (int trial = 0; trial < 50; ++trial) {
        const std::size_t n = 2 + rng() % 100;
        const std::vector<double> a = randomColumn(rng, n, 0), b = randomColumn(rng, n, 0);
        const bool minX = trial % 2, minY = (trial / 2) % 2;
        const ParetoFrontier fr = paretoFrontier2d(a, b, minX, minY);
        const ParetoStaircase st = paretoStaircase(a, b, fr.indices, minX);
        QCOMPARE(st.x.size(), 2 * fr.indices.size() - 1);
        for (std::size_t k = 1; k < st.x.size(); k += 2) {
            const double cx = minX ? st.x[k] : -st.x[k], cy = minY ? st.y[k] : -st.y[k];
            for (std::size_t i = 0; i < n; ++i) {
                const double px = minX ? a[i] : -a[i], py = minY ? b[i] : -b[i];
                QVERIFY(!(px < cx && py < cy)); // no row strictly inside below the corner
            }
        }
    }
    QVERIFY(paretoStaircase(x, y, {}, true).x.empty());
}

void TestPareto::edgeCases()
{
    const std::vector<double> none;
    ParetoFrontier f = paretoFrontier2d(none, none, true, true);
    QVERIFY(f.indices.empty() && f.member.empty());
    const std::span<const double> emptyCols[] = {none, none};
    const ParetoDirection dirs2[] = {ParetoDirection::Minimise, ParetoDirection::Maximise};
    QVERIFY(paretoNonDominated(emptyCols, dirs2).indices.empty());

    const std::vector<double> one{3.0};
    f = paretoFrontier2d(one, one, true, false);
    QCOMPARE(f.indices, (std::vector<std::size_t>{0}));

    std::vector<double> bad{1.0, std::numeric_limits<double>::quiet_NaN()};
    const std::vector<double> ok{1.0, 2.0};
    QString e = errorOf([&] { paretoFrontier2d(ok, bad, true, true); });
    QVERIFY2(e.contains(u"NaN") && e.contains(u"metric 2") && e.contains(u"row 2"), qPrintable(e));
    bad[1] = std::numeric_limits<double>::infinity();
    QVERIFY(errorOf([&] { paretoFrontier2d(bad, ok, true, true); }).contains(u"infinite"));
    const std::span<const double> badCols[] = {ok, bad};
    QVERIFY(errorOf([&] { paretoNonDominated(badCols, dirs2); }).contains(u"infinite"));
    QVERIFY(errorOf([&] { paretoFrontier2d(ok, one, true, true); }).contains(u"different lengths"));
    const std::span<const double> uneven[] = {ok, one};
    QVERIFY(errorOf([&] { paretoNonDominated(uneven, dirs2); }).contains(u"different lengths"));
    const ParetoDirection dirs1[] = {ParetoDirection::Minimise};
    QVERIFY(errorOf([&] { paretoNonDominated(uneven, dirs1); }).contains(u"directions"));
    QVERIFY(errorOf([&] { paretoNonDominated({}, {}); }).contains(u"at least one metric"));
    const std::size_t outOfRange[] = {5};
    QVERIFY(errorOf([&] { paretoStaircase(ok, ok, outOfRange, true); }).contains(u"out of range"));
}

void TestPareto::largeInput()
{
    // 1M rows on an anti-correlated cloud: the 2-D sweep must stay O(n log n).
    const std::size_t n = 1'000'000;
    std::mt19937_64 rng(8);
    std::normal_distribution<double> nd;
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = nd(rng);
        x[i] = t + 0.3 * nd(rng);
        y[i] = -t + 0.3 * nd(rng);
    }
    QElapsedTimer t;
    t.start();
    const ParetoFrontier f = paretoFrontier2d(x, y, true, true);
    const qint64 ms = t.elapsed();
    qInfo("2-D frontier of 1M rows: %lld ms, %zu on the frontier", ms, f.indices.size());
    QVERIFY(!f.indices.empty());
    // Spot check: no row dominates a frontier row.
    for (std::size_t k = 0; k < f.indices.size(); k += std::max<std::size_t>(1, f.indices.size() / 5)) {
        const std::size_t p = f.indices[k];
        for (std::size_t i = 0; i < n; ++i)
            QVERIFY(!(x[i] <= x[p] && y[i] <= y[p] && (x[i] < x[p] || y[i] < y[p])));
    }
}

QTEST_GUILESS_MAIN(TestPareto)
#include "tst_pareto.moc"
