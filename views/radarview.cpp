#include "radarview.h"

#include "filterstate.h"
#include "labelcase.h"
#include "radarchart.h"

#include <analysiserror.h>
#include <units.h>

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace wattprint {

RadarView::RadarView(QWidget *parent)
    : ViewPanel(QStringLiteral("radar"), parent)
    , m_chart(new RadarChart)
    , m_groupingBox(new QComboBox(this))
    , m_normBox(new QComboBox(this))
{
    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    m_groupingBox->addItem(QString(), QStringLiteral("shape"));
    m_groupingBox->addItem(QString(), QStringLiteral("dataset"));
    m_normBox->setObjectName(QStringLiteral("normBox"));
    m_normBox->addItem(QString(), QStringLiteral("median"));
    m_normBox->addItem(QString(), QStringLiteral("minmax"));
    m_normBox->addItem(QString(), QStringLiteral("rank"));
    addLabelledControl(QStringLiteral("groupingLabel"), m_groupingBox, false);
    addLabelledControl(QStringLiteral("normLabel"), m_normBox, false);
    connect(m_groupingBox, &QComboBox::activated, this, [this](int i) {
        setGrouping(m_groupingBox->itemData(i).toString() == QLatin1String("dataset") ? RadarGrouping::Dataset
                                                                                      : RadarGrouping::Shape);
    });
    connect(m_normBox, &QComboBox::activated, this,
            [this](int i) { setNormalisation(normalisationFromName(m_normBox->itemData(i).toString())); });
    m_chart->setObjectName(QStringLiteral("radarChart"));
    connect(m_chart, &RadarChart::seriesClicked, this, &RadarView::selectSeries);
    connect(m_chart, &RadarChart::visibilityToggled, this, [this](int s) {
        if (m_result && s >= 0 && s < int(m_result->series.size())) {
            const QString name = m_result->series[std::size_t(s)].name;
            setSeriesVisible(name, m_hidden.contains(name));
        }
    });
    setChartWidget(m_chart);
    retranslateUi();
}

QJsonObject RadarView::saveState() const
{
    return QJsonObject{{QStringLiteral("grouping"),
                        m_grouping == RadarGrouping::Dataset ? QStringLiteral("dataset") : QStringLiteral("shape")},
                       {QStringLiteral("normalisation"), normalisationName(m_normalisation)},
                       {QStringLiteral("hidden"), QJsonArray::fromStringList(m_hidden)}};
}

void RadarView::restoreState(const QJsonObject &state)
{
    QStringList hidden;
    for (const QJsonValue &v : state.value(QStringLiteral("hidden")).toArray())
        hidden << v.toString();
    m_hidden = hidden;
    // A layout saved before the median ratios existed names minmax or rank and keeps it; one
    // without the key (or with an unknown name) gets the default.
    setNormalisation(normalisationFromName(state.value(QStringLiteral("normalisation")).toString()));
    setGrouping(state.value(QStringLiteral("grouping")).toString() == QLatin1String("dataset") ? RadarGrouping::Dataset
                                                                                               : RadarGrouping::Shape);
    updateChart();
}

void RadarView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    Q_UNUSED(vector) // everything is painted as vectors; there are no dense layers
    m_chart->paint(painter, rect);
}

void RadarView::setGrouping(RadarGrouping grouping)
{
    selectData(m_groupingBox, grouping == RadarGrouping::Dataset ? QStringLiteral("dataset") : QStringLiteral("shape"));
    if (changeOption(m_grouping, grouping))
        refresh();
}

QString RadarView::normalisationName(RadarNormalisation normalisation)
{
    switch (normalisation) {
    case RadarNormalisation::MedianRatio: return QStringLiteral("median");
    case RadarNormalisation::MinMax: return QStringLiteral("minmax");
    case RadarNormalisation::Rank: return QStringLiteral("rank");
    }
    return {};
}

RadarNormalisation RadarView::normalisationFromName(const QString &name)
{
    for (RadarNormalisation n : {RadarNormalisation::MinMax, RadarNormalisation::Rank}) {
        if (name == normalisationName(n))
            return n;
    }
    return DefaultNormalisation;
}

void RadarView::setNormalisation(RadarNormalisation normalisation)
{
    selectData(m_normBox, normalisationName(normalisation));
    if (changeOption(m_normalisation, normalisation))
        updateChart(); // the scores are cheap to recompute from the raw values
}

void RadarView::setSeriesVisible(const QString &name, bool visible)
{
    if (visible == !m_hidden.contains(name))
        return;
    if (visible)
        m_hidden.removeAll(name);
    else
        m_hidden << name;
    emit stateChanged();
    updateChart();
}

QString RadarView::metricLabel(RadarMetric metric)
{
    switch (metric) {
    case RadarMetric::Energy: return tr("Median energy");
    case RadarMetric::RunTime: return tr("Median run time");
    case RadarMetric::Power: return tr("Median power");
    case RadarMetric::EnergyPerDatum: return tr("Energy per datum");
    case RadarMetric::Variability: return tr("Variability");
    case RadarMetric::OverheadShare: return tr("Overhead share");
    }
    return {};
}

QString RadarView::formatRaw(RadarMetric metric, double value)
{
    if (!std::isfinite(value))
        return tr("n/a");
    switch (metric) {
    case RadarMetric::Energy:
    case RadarMetric::EnergyPerDatum: return units::energy(value);
    case RadarMetric::RunTime: return units::duration(value);
    case RadarMetric::Power: return units::power(value);
    case RadarMetric::Variability:
    case RadarMetric::OverheadShare: return units::percent(value * 100);
    }
    return {};
}

QString RadarView::ratioText(double ratio)
{
    if (!std::isfinite(ratio))
        return QStringLiteral("-");
    // Two decimals from 0.1 to 10 ("1.00x", not "1x" for 1.003); three digits outside.
    const QString number = ratio >= 0.1 && ratio < 9.995 ? QLocale().toString(ratio, 'f', 2)
                                                         : units::threeDigits(ratio);
    return number + QChar(0x00d7);
}

QString RadarView::ringText(double ratio)
{
    // Inner rings with two digits: "0.71x" reads better than "0.714x".
    return (ratio < 1 ? QLocale().toString(ratio, 'g', 2) : units::threeDigits(ratio)) + QChar(0x00d7);
}

QString RadarView::withinText(double relativeSpread)
{
    // Rounded up: "within 3%" must hold.
    return units::percent(std::max(1.0, std::ceil(relativeSpread * 100 - 1e-9)), 0);
}

QString RadarView::nearEqualNote(const RadarResult &r)
{
    const std::vector<RadarMetric> metrics = r.nearEqualMetrics();
    if (metrics.empty())
        return {};
    // "1% on median power and variability": metrics with the same bound share it.
    auto joined = [](QStringList items) {
        const QString last = items.takeLast();
        return items.isEmpty() ? last : tr("%1 and %2").arg(items.join(QStringLiteral(", ")), last);
    };
    QStringList bounds;
    std::vector<QStringList> names;
    for (RadarMetric m : metrics) {
        const QString bound = withinText(r.relativeSpread[std::size_t(m)]);
        const qsizetype i = bounds.indexOf(bound);
        if (i < 0) {
            bounds << bound;
            names.push_back({inSentence(metricLabel(m))});
        } else {
            names[std::size_t(i)] << inSentence(metricLabel(m));
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < bounds.size(); ++i)
        parts << tr("%1 on %2").arg(bounds[i], joined(names[std::size_t(i)]));
    const QString list = joined(parts);
    return r.grouping == RadarGrouping::Shape ? tr("All shapes are within %1.").arg(list)
                                              : tr("All datasets are within %1.").arg(list);
}

QString RadarView::findingFor(const RadarResult &r)
{
    QString finding = scoreFinding(r);
    const QString note = nearEqualNote(r);
    if (!note.isEmpty() && r.series.size() >= 2)
        finding += QLatin1Char(' ') + note;
    return finding;
}

QString RadarView::scoreFinding(const RadarResult &r)
{
    const QString what = r.grouping == RadarGrouping::Shape ? tr("shape") : tr("dataset");
    if (r.totalRuns == 0 || r.series.empty())
        return tr("No runs match the filter.");
    if (r.series.size() == 1)
        return tr("Only one %1 (%2) matches the filter: there is nothing to compare it with.")
            .arg(what, r.series.front().name);
    const QLocale locale;
    if (r.normalisation == RadarNormalisation::MedianRatio)
        return ratioFinding(r);
    QString balanced;
    if (r.balanced >= 0) {
        const RadarSeries &b = r.series[std::size_t(r.balanced)];
        balanced = tr("%1 is the most balanced %2 (its six %3 scores differ least, standard deviation %4)")
                       .arg(b.name, what, r.normalisation == RadarNormalisation::MinMax ? tr("min-max") : tr("rank"),
                            locale.toString(b.spread, 'f', 2));
    }
    QString speed;
    if (r.paysForSpeed >= 0) {
        const RadarSeries &p = r.series[std::size_t(r.paysForSpeed)];
        speed = tr("%1 pays most for speed with energy (energy score %2 against run-time score %3: median %4 "
                   "per run in %5)")
                    .arg(p.name, locale.toString(p.score[std::size_t(RadarMetric::Energy)], 'f', 2),
                         locale.toString(p.score[std::size_t(RadarMetric::RunTime)], 'f', 2),
                         formatRaw(RadarMetric::Energy, p.raw[std::size_t(RadarMetric::Energy)]),
                         formatRaw(RadarMetric::RunTime, p.raw[std::size_t(RadarMetric::RunTime)]));
    } else {
        speed = tr("no %1 scores clearly higher on energy than on run time (by 0.15 or more)").arg(what);
    }
    if (balanced.isEmpty())
        return tr("%1.").arg(speed.at(0).toUpper() + speed.mid(1));
    return tr("%1; %2.").arg(balanced, speed);
}

QString RadarView::ratioFinding(const RadarResult &r)
{
    const QString what = r.grouping == RadarGrouping::Shape ? tr("shape") : tr("dataset");
    QString balanced;
    if (r.balanced >= 0) {
        const RadarSeries &b = r.series[std::size_t(r.balanced)];
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (double v : b.ratio) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        balanced = tr("%1 is the most balanced %2 (its costs lie between %3 and %4 the median, the least "
                      "uneven)")
                       .arg(b.name, what, ratioText(lo), ratioText(hi));
    }
    QString speed;
    if (r.paysForSpeed >= 0) {
        const RadarSeries &p = r.series[std::size_t(r.paysForSpeed)];
        speed = tr("%1 pays most for speed with energy (energy %2 the median against run time %3: median %4 per "
                   "run in %5)")
                    .arg(p.name, ratioText(p.ratio[std::size_t(RadarMetric::Energy)]),
                         ratioText(p.ratio[std::size_t(RadarMetric::RunTime)]),
                         formatRaw(RadarMetric::Energy, p.raw[std::size_t(RadarMetric::Energy)]),
                         formatRaw(RadarMetric::RunTime, p.raw[std::size_t(RadarMetric::RunTime)]));
    } else {
        speed = tr("no %1 pays clearly for speed with energy (an energy ratio at least %2 its run-time ratio)")
                    .arg(what, ratioText(RadarMinSpeedRatio));
    }
    if (balanced.isEmpty())
        return tr("%1.").arg(speed.at(0).toUpper() + speed.mid(1));
    return tr("%1; %2.").arg(balanced, speed);
}

void RadarView::selectSeries(int index)
{
    if (!m_result || index < 0 || index >= int(m_result->series.size()))
        return;
    const QString name = m_result->series[std::size_t(index)].name;
    Filter filter = currentFilter();
    QString text;
    if (m_result->grouping == RadarGrouping::Shape) {
        filter.shapes = {name};
        text = tr("Select shape %1").arg(name);
    } else {
        filter.datasets = {name};
        text = tr("Select dataset %1").arg(name);
    }
    proposeFilter(filter, text);
}

void RadarView::requestData()
{
    submitCompute(&RadarView::showResult, computeRadar, m_grouping);
}

void RadarView::showResult(std::shared_ptr<const RadarResult> result)
{
    m_raw = std::move(result);
    updateChart();
    setMessage(m_raw->series.empty() ? tr("No runs match the filter.") : QString());
    setReady(true);
}

void RadarView::updateChart()
{
    if (!m_raw)
        return;
    auto normalised = std::make_shared<RadarResult>(*m_raw);
    normaliseRadar(*normalised, m_normalisation);
    m_result = normalised;
    m_chart->setResult(m_result, m_hidden);
    setFinding(findingFor(*m_result));
    m_chart->setAccessibleDescription(finding());
}

void RadarView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("groupingLabel"), tr("Group by:"));
    setLabelText(QStringLiteral("normLabel"), tr("Scale:"));
    setChooserTexts(m_groupingBox, {tr("Shape"), tr("Dataset")}, tr("Group by"),
                    tr("One polygon per shape or per dataset"));
    setChooserTexts(m_normBox, {tr("Ratio to median (log)"), tr("Stretched: min to max"), tr("Stretched: rank order")},
                    tr("Scale of the axes"),
                    tr("How each axis is scaled over the series: as a multiple of the median on a log scale, which "
                       "keeps small differences small, or stretched from centre to rim by value (min-max) or by "
                       "order (rank), however close the values are"));
    m_chart->setAccessibleName(
        tr("Radar of six cost metrics per %1").arg(m_grouping == RadarGrouping::Shape ? tr("shape") : tr("dataset")));
    m_chart->update();
}

} // namespace wattprint
