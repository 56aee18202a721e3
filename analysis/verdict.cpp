#include "verdict.h"

#include "analysiserror.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

namespace wattprint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Verdict", text);
}

void requireAlpha(double alpha)
{
    if (!(alpha > 0.0 && alpha < 1.0))
        throw AnalysisError("The significance level alpha must lie between 0 and 1, not " + std::to_string(alpha) + ".");
}

QString percentText(double v)
{
    return QString::number(std::abs(v), 'f', 1);
}

// People read "51-63%", not "51.3-63.2%"; a decimal only where it matters (below 10%).
QString boundText(double v)
{
    return QString::number(std::abs(v), 'f', std::abs(v) < 10 ? 1 : 0);
}

QString phraseFor(RunMetric metric, bool less)
{
    switch (metric) {
    case RunMetric::Energy:
        return less ? tr("B uses %1% less energy") : tr("B uses %1% more energy");
    case RunMetric::NonOverheadEnergy:
        return less ? tr("B uses %1% less non-overhead energy") : tr("B uses %1% more non-overhead energy");
    case RunMetric::EnergyPerDatum:
        return less ? tr("B uses %1% less energy per datum") : tr("B uses %1% more energy per datum");
    case RunMetric::Power:
        return less ? tr("B draws %1% less power") : tr("B draws %1% more power");
    case RunMetric::RunTime:
        return less ? tr("B takes %1% less time") : tr("B takes %1% more time");
    }
    return less ? tr("B is %1% lower") : tr("B is %1% higher");
}

} // namespace

bool comparisonSignificant(const stats::TwoSampleComparison &c, double alpha)
{
    requireAlpha(alpha);
    if (!c.welchLog || !c.percentChange)
        return false;
    const stats::ConfidenceInterval &ci = c.percentChange->ci;
    const bool excludesZero = ci.lower > 0 || ci.upper < 0;
    return c.welchLog->p < alpha && excludesZero;
}

QString comparisonVerdict(const stats::TwoSampleComparison &c, RunMetric metric, double alpha)
{
    const bool significant = comparisonSignificant(c, alpha); // validates alpha
    if (!c.percentChange)
        return tr("No percent change: the median of A is %1, not above 0").arg(c.medianA);
    const stats::PercentChange &pc = *c.percentChange;
    const QString phrase = phraseFor(metric, pc.percent < 0).arg(percentText(pc.percent));
    const QString level = QString::number(pc.ci.level * 100.0, 'g', 3);
    QString interval;
    if (pc.ci.upper < 0 || pc.ci.lower > 0) {
        double lo = std::abs(pc.ci.lower), hi = std::abs(pc.ci.upper);
        if (lo > hi)
            std::swap(lo, hi);
        interval = tr("%1% CI %2-%3%").arg(level, boundText(lo), boundText(hi));
    } else {
        interval = tr("%1% CI from %2% less to %3% more").arg(level, boundText(pc.ci.lower), boundText(pc.ci.upper));
    }
    const QString a = QString::number(alpha);
    return tr("%1 (%2), %3").arg(phrase, interval,
                                 significant ? tr("significant at alpha = %1").arg(a)
                                             : tr("not significant at alpha = %1").arg(a));
}

} // namespace wattprint
