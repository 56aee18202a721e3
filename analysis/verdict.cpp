#include "verdict.h"

#include "analysiserror.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace wattprint {

namespace {

void requireAlpha(double alpha)
{
    if (!(alpha > 0.0 && alpha < 1.0))
        throw AnalysisError("The significance level alpha must lie between 0 and 1, not " + std::to_string(alpha)
                            + ".");
}

// Numbers in the reader's locale ("63,7" in German), as every figure on screen.
QString percentText(double v)
{
    return QLocale().toString(std::abs(v), 'f', 1);
}

// People read "51-63%", not "51.3-63.2%"; a decimal only where it matters (below 10%).
QString boundText(double v)
{
    return QLocale().toString(std::abs(v), 'f', std::abs(v) < 10 ? 1 : 0);
}

QString phraseFor(RunMetric metric, bool less)
{
    switch (metric) {
    case RunMetric::Energy:
        return less ? QCoreApplication::translate("Verdict", "B uses %1% less energy")
                    : QCoreApplication::translate("Verdict", "B uses %1% more energy");
    case RunMetric::NonOverheadEnergy:
        return less ? QCoreApplication::translate("Verdict", "B uses %1% less non-overhead energy")
                    : QCoreApplication::translate("Verdict", "B uses %1% more non-overhead energy");
    case RunMetric::EnergyPerDatum:
        return less ? QCoreApplication::translate("Verdict", "B uses %1% less energy per datum")
                    : QCoreApplication::translate("Verdict", "B uses %1% more energy per datum");
    case RunMetric::Power:
        return less ? QCoreApplication::translate("Verdict", "B draws %1% less power")
                    : QCoreApplication::translate("Verdict", "B draws %1% more power");
    case RunMetric::RunTime:
        return less ? QCoreApplication::translate("Verdict", "B takes %1% less time")
                    : QCoreApplication::translate("Verdict", "B takes %1% more time");
    }
    return less ? QCoreApplication::translate("Verdict", "B is %1% lower")
                : QCoreApplication::translate("Verdict", "B is %1% higher");
}

} // namespace

bool comparisonSignificant(const stats::TwoSampleComparison &c, double alpha)
{
    requireAlpha(alpha);
    if (!c.welchLog || !c.percentChange || std::min(c.countA, c.countB) < MinRunsForVerdict)
        return false;
    const stats::ConfidenceInterval &ci = c.percentChange->ci;
    const bool excludesZero = ci.lower > 0 || ci.upper < 0;
    return c.welchLog->p < alpha && excludesZero;
}

QString comparisonVerdict(const stats::TwoSampleComparison &c, RunMetric metric, double alpha)
{
    const bool significant = comparisonSignificant(c, alpha); // validates alpha
    if (!c.percentChange)
        return QCoreApplication::translate("Verdict", "No percent change: the median of A is %1, not above 0")
            .arg(c.medianA);
    const stats::PercentChange &pc = *c.percentChange;
    const QString phrase = phraseFor(metric, pc.percent < 0).arg(percentText(pc.percent));
    const QString level = QLocale().toString(pc.ci.level * 100.0, 'g', 3);
    QString interval;
    if (pc.ci.upper < 0 || pc.ci.lower > 0) {
        double lo = std::abs(pc.ci.lower), hi = std::abs(pc.ci.upper);
        if (lo > hi)
            std::swap(lo, hi);
        interval = QCoreApplication::translate("Verdict", "%1% CI %2-%3%").arg(level, boundText(lo), boundText(hi));
    } else {
        interval = QCoreApplication::translate("Verdict", "%1% CI from %2% less to %3% more")
                       .arg(level, boundText(pc.ci.lower), boundText(pc.ci.upper));
    }
    const QString a = QLocale().toString(alpha, 'g', 6);
    QString verdict;
    if (std::min(c.countA, c.countB) < MinRunsForVerdict)
        verdict = QCoreApplication::translate("Verdict",
                                              "Too few runs to tell: %1 (%2), but A has %3 and B %4 runs, "
                                              "and a verdict needs at least %5 on each side")
                      .arg(phrase, interval)
                      .arg(c.countA)
                      .arg(c.countB)
                      .arg(MinRunsForVerdict);
    else
        verdict = QCoreApplication::translate("Verdict", "%1 (%2), %3")
                      .arg(phrase, interval,
                           significant
                               ? QCoreApplication::translate("Verdict", "significant at alpha = %1").arg(a)
                               : QCoreApplication::translate("Verdict", "not significant at alpha = %1").arg(a));
    if (pc.invalidResamples > 0)
        verdict += QCoreApplication::translate("Verdict",
                                               "; %1 of %2 bootstrap replicates had a median of A at or "
                                               "below 0 and were left out")
                       .arg(pc.invalidResamples)
                       .arg(pc.resamples);
    return verdict;
}

QString untestedVerdict(std::size_t countA, std::size_t countB, double medianA, double medianB)
{
    const QString ratio = medianA > 0 ? units::ratio(medianB / medianA) : QStringLiteral("-");
    if (countA == 1 && countB == 1)
        return QCoreApplication::translate("Verdict",
                                           "One run against one run: B's value is %1 A's; no test is "
                                           "possible with one run on a side")
            .arg(ratio);
    return QCoreApplication::translate("Verdict",
                                       "B's median is %1 A's (A: %2, B: %3); no test is possible with "
                                       "one run on a side")
        .arg(ratio, units::runs(qint64(countA)), units::runs(qint64(countB)));
}

} // namespace wattprint
