// The shared verdict sentence and significance rule (analysis/verdict.h): exact wording on hand-made
// comparisons, the AND of the two criteria, and scipy's numbers from tests/fixtures/compare.json.
#include <analysiserror.h>
#include <verdict.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace wattprint;

namespace {

stats::TwoSampleComparison made(double percent, double lo, double hi, std::optional<double> welchLogP,
                                double level = 0.95)
{
    stats::TwoSampleComparison c;
    c.countA = c.countB = 10;
    c.medianA = 100;
    c.medianB = 100 * (1 + percent / 100);
    if (welchLogP) {
        stats::WelchResult w;
        w.p = *welchLogP;
        c.welchLog = w;
    }
    stats::PercentChange pc;
    pc.percent = percent;
    pc.ci.lower = lo;
    pc.ci.upper = hi;
    pc.ci.level = level;
    pc.medianA = c.medianA;
    pc.medianB = c.medianB;
    c.percentChange = pc;
    return c;
}

std::vector<double> numbers(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void issueExample();
    void wordingPerMetric();
    void intervalAcrossZero();
    void significanceNeedsBoth();
    void missingPieces();
    void rejectsBadAlpha();
    void scipyFixture();
    void fewRunsGiveNoVerdict();
    void numbersFollowTheLocale();
};

void TestVerdict::issueExample()
{
    const auto c = made(-57.6, -63.2, -51.1, 1e-6);
    QVERIFY(comparisonSignificant(c));
    QCOMPARE(comparisonVerdict(c, RunMetric::Energy),
             QStringLiteral("B uses 57.6% less energy (95% CI 51-63%), significant at alpha = 0.05"));
}

void TestVerdict::wordingPerMetric()
{
    const auto up = made(12.34, 4.56, 20.4, 0.001);
    QCOMPARE(comparisonVerdict(up, RunMetric::Energy),
             QStringLiteral("B uses 12.3% more energy (95% CI 4.6-20%), significant at alpha = 0.05"));
    QCOMPARE(comparisonVerdict(up, RunMetric::RunTime),
             QStringLiteral("B takes 12.3% more time (95% CI 4.6-20%), significant at alpha = 0.05"));
    QCOMPARE(comparisonVerdict(up, RunMetric::Power),
             QStringLiteral("B draws 12.3% more power (95% CI 4.6-20%), significant at alpha = 0.05"));
    QCOMPARE(comparisonVerdict(up, RunMetric::EnergyPerDatum),
             QStringLiteral("B uses 12.3% more energy per datum (95% CI 4.6-20%), significant at alpha = 0.05"));
    QCOMPARE(comparisonVerdict(up, RunMetric::NonOverheadEnergy),
             QStringLiteral("B uses 12.3% more non-overhead energy (95% CI 4.6-20%), significant at alpha = 0.05"));
    // Another alpha and level are named as they are.
    QCOMPARE(comparisonVerdict(made(-5, -9, -1.5, 0.02, 0.9), RunMetric::Energy, 0.01),
             QStringLiteral("B uses 5.0% less energy (90% CI 1.5-9.0%), not significant at alpha = 0.01"));
}

void TestVerdict::intervalAcrossZero()
{
    const auto c = made(-2.62, -27.36, 44.19, 0.57);
    QVERIFY(!comparisonSignificant(c));
    QCOMPARE(
        comparisonVerdict(c, RunMetric::Energy),
        QStringLiteral("B uses 2.6% less energy (95% CI from 27% less to 44% more), not significant at alpha = 0.05"));
}

void TestVerdict::significanceNeedsBoth()
{
    // Welch says yes, the interval does not: not significant (the fixture's "large" case is one).
    QVERIFY(!comparisonSignificant(made(1.44, -4.5, 10.4, 0.0033)));
    // The interval says yes, Welch does not.
    QVERIFY(!comparisonSignificant(made(8.0, 0.5, 15.0, 0.2)));
    QVERIFY(comparisonSignificant(made(8.0, 0.5, 15.0, 0.049)));
    QVERIFY(!comparisonSignificant(made(8.0, 0.5, 15.0, 0.05))); // strictly below alpha
    QVERIFY(comparisonSignificant(made(8.0, 0.5, 15.0, 0.09), 0.1));
    // An interval touching 0 does not exclude it.
    QVERIFY(!comparisonSignificant(made(8.0, 0.0, 15.0, 1e-9)));
}

void TestVerdict::missingPieces()
{
    // No log test (a value <= 0): never significant, the sentence still reads.
    const auto noLog = made(-30, -40, -20, std::nullopt);
    QVERIFY(!comparisonSignificant(noLog));
    QCOMPARE(comparisonVerdict(noLog, RunMetric::Energy),
             QStringLiteral("B uses 30.0% less energy (95% CI 20-40%), not significant at alpha = 0.05"));
    auto noChange = made(0, 0, 0, 1e-9);
    noChange.percentChange.reset();
    noChange.medianA = 0;
    QVERIFY(!comparisonSignificant(noChange));
    QCOMPARE(comparisonVerdict(noChange, RunMetric::Energy),
             QStringLiteral("No percent change: the median of A is 0, not above 0"));
}

void TestVerdict::rejectsBadAlpha()
{
    const auto c = made(-5, -9, -1, 0.01);
    for (double alpha : {0.0, 1.0, -0.1, std::nan("")}) {
        QVERIFY_THROWS_EXCEPTION(AnalysisError, comparisonSignificant(c, alpha));
        QVERIFY_THROWS_EXCEPTION(AnalysisError, comparisonVerdict(c, RunMetric::Energy, alpha));
    }
}

// Real samples: compareSamples' numbers turned into a verdict agree with scipy's.
void TestVerdict::scipyFixture()
{
    QFile file(QStringLiteral(WATTPRINT_FIXTURES "/compare.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "run tests/fixtures/make_compare_fixtures.py");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray cases = root.value(u"cases").toArray();
    QCOMPARE(cases.size(), 3);
    for (const QJsonValue &cv : cases) {
        const QJsonObject c = cv.toObject();
        const std::vector<double> a = numbers(c.value(u"a").toObject().value(u"energy"));
        const std::vector<double> b = numbers(c.value(u"b").toObject().value(u"energy"));
        const QJsonObject expected = c.value(u"metrics").toObject().value(u"energy").toObject();
        const stats::TwoSampleComparison cmp = stats::compareSamples(a, b);
        QVERIFY(cmp.welchLog);
        QVERIFY(std::abs(cmp.welchLog->p - expected.value(u"welch_log_p").toDouble())
                <= 1e-6 * expected.value(u"welch_log_p").toDouble() + 1e-300);
        QCOMPARE(comparisonSignificant(cmp), expected.value(u"significant").toBool());
        const double pc = expected.value(u"percent_change").toDouble();
        const QString verdict = comparisonVerdict(cmp, RunMetric::Energy);
        const QString start = QStringLiteral("B uses %1% %2 energy (95% CI ")
                                  .arg(QString::number(std::abs(pc), 'f', 1),
                                       pc < 0 ? QStringLiteral("less") : QStringLiteral("more"));
        QVERIFY2(verdict.startsWith(start), qPrintable(verdict));
        QVERIFY2(verdict.endsWith(expected.value(u"significant").toBool()
                                      ? QStringLiteral("), significant at alpha = 0.05")
                                      : QStringLiteral("), not significant at alpha = 0.05")),
                 qPrintable(verdict));
        qInfo("%s: %s", qPrintable(c.value(u"name").toString()), qPrintable(verdict));
    }
}

void TestVerdict::fewRunsGiveNoVerdict()
{
    // Four runs a side, B clearly lower: the same arithmetic, but no verdict below five runs a side.
    stats::TwoSampleComparison c = made(-50.0, -60.0, -40.0, 1e-4);
    c.countA = 4;
    c.countB = 9;
    QVERIFY(!comparisonSignificant(c));
    QCOMPARE(comparisonVerdict(c, RunMetric::Energy),
             QStringLiteral("Too few runs to tell: B uses 50.0% less energy (95% CI 40-60%), but A has 4 and B 9 "
                            "runs, and a verdict needs at least 5 on each side"));
    c.countA = 5;
    c.countB = 5;
    QVERIFY(comparisonSignificant(c));
    // Bootstrap replicates left out are said, not hidden.
    c.percentChange->invalidResamples = 12;
    c.percentChange->resamples = 2000;
    QVERIFY(comparisonVerdict(c, RunMetric::Energy)
                .endsWith(QStringLiteral("significant at alpha = 0.05; 12 of 2000 bootstrap replicates had a median "
                                         "of A at or below 0 and were left out")));
    // One run on a side: the ratio, no test.
    QCOMPARE(untestedVerdict(1, 1, 200.0, 300.0),
             QStringLiteral("One run against one run: B's value is 1.5\u00D7 A's; no test is possible with one run "
                            "on a side"));
    QCOMPARE(untestedVerdict(1, 3, 200.0, 100.0),
             QStringLiteral("B's median is 0.50\u00D7 A's (A: 1 run, B: 3 runs); no test is possible with one run "
                            "on a side"));
    // Real samples of three runs: Hedges' g is also given on the log scale the tests use.
    const std::vector<double> a{100, 120, 110}, b{50, 55, 60};
    const stats::TwoSampleComparison real = stats::compareSamples(a, b);
    QVERIFY(real.hedgesGLog && *real.hedgesGLog < 0);
    QVERIFY(!comparisonSignificant(real));
    QVERIFY(comparisonVerdict(real, RunMetric::Energy).startsWith(QStringLiteral("Too few runs to tell: B uses")));
}

void TestVerdict::numbersFollowTheLocale()
{
    // The sentence's numbers are written as the reader's locale writes them (the words come from
    // the catalogue, not loaded here).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = comparisonVerdict(made(-57.6, -63.2, -5.1, 1e-6), RunMetric::Energy);
    QLocale::setDefault(before);
    QCOMPARE(german, QStringLiteral("B uses 57,6% less energy (95% CI 5,1-63%), significant at alpha = 0,05"));
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
