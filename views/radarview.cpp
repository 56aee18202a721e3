#include "radarview.h"

#include "energyticker.h"
#include "filterstate.h"
#include "radarchart.h"
#include "shapepalette.h"

#include <analysiserror.h>
#include <configurations.h>
#include <descriptive.h>

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolBar>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wattprint {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
// "Pays for speed with energy" needs its energy score this far above its run-time score.
constexpr double MinSpeedGap = 0.15;

QString threeDigits(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2;
    QString s = QLocale().toString(v, 'f', decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().at(0);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

} // namespace

RadarView::RadarView(QWidget *parent)
    : ViewPanel(parent)
    , m_chart(new RadarChart)
    , m_groupingBox(new QComboBox(this))
    , m_normBox(new QComboBox(this))
{
    auto *groupingLabel = new QLabel(this);
    groupingLabel->setObjectName(QStringLiteral("groupingLabel"));
    groupingLabel->setBuddy(m_groupingBox);
    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    m_groupingBox->addItem(QString(), QStringLiteral("shape"));
    m_groupingBox->addItem(QString(), QStringLiteral("dataset"));
    auto *normLabel = new QLabel(this);
    normLabel->setObjectName(QStringLiteral("normLabel"));
    normLabel->setBuddy(m_normBox);
    m_normBox->setObjectName(QStringLiteral("normBox"));
    m_normBox->addItem(QString(), QStringLiteral("minmax"));
    m_normBox->addItem(QString(), QStringLiteral("rank"));
    toolBar()->addWidget(groupingLabel);
    toolBar()->addWidget(m_groupingBox);
    toolBar()->addWidget(normLabel);
    toolBar()->addWidget(m_normBox);
    connect(m_groupingBox, &QComboBox::activated, this, [this](int i) {
        setGrouping(m_groupingBox->itemData(i).toString() == QLatin1String("dataset") ? RadarGrouping::Dataset
                                                                                      : RadarGrouping::Shape);
    });
    connect(m_normBox, &QComboBox::activated, this, [this](int i) {
        setNormalisation(m_normBox->itemData(i).toString() == QLatin1String("rank") ? RadarNormalisation::Rank
                                                                                    : RadarNormalisation::MinMax);
    });
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

RadarView::~RadarView() = default;

QString RadarView::title() const
{
    return tr("Energy signatures (radar)");
}

QString RadarView::nugget() const
{
    return tr("Which architectures are balanced, and which pay for speed with energy?");
}

QString RadarView::howToRead() const
{
    return tr("<p>Each polygon is a network shape (or a dataset, see <b>Group by</b>). Its six corners are costs, "
              "so a <b>smaller polygon is cheaper</b>:</p><ul>"
              "<li><b>Median energy</b> per run (J), <b>median run time</b> (s) and <b>median power</b> (W) over "
              "its runs;</li>"
              "<li><b>Median energy per datum</b>: energy per training datum (J), the cost of one example seen "
              "once;</li>"
              "<li><b>Variability</b> (run to run): for every configuration (dataset, shape, size, depth, device) "
              "with at least two runs, the interquartile range of its runs' energy divided by their median; the "
              "polygon shows the median of these over its configurations;</li>"
              "<li><b>Overhead share</b>: the fixed per-run energy overhead as a share of all its runs' "
              "energy.</li></ul>"
              "<p>Each axis is scaled over the series: <b>min-max</b> puts the lowest value at the centre and the "
              "highest at the rim (a straight line between); <b>rank</b> spaces them evenly by their order, which "
              "keeps one extreme series from squashing the others. The range under each axis name gives the raw "
              "lowest and highest values.</p>"
              "<p>The finding calls <b>balanced</b> the series whose six scores differ least (smallest standard "
              "deviation): no cost stands out. It says a series <b>pays for speed with energy</b> when its energy "
              "score is above its run-time score by 0.15 or more (the largest such difference): it finishes sooner than most but uses "
              "more energy, through higher power.</p>"
              "<p>CPU and GPU runs are pooled: filter a device to compare within one. Tick a legend box to show or "
              "hide a series; click a polygon or a legend name to select it everywhere; hover a corner or a "
              "legend entry for the raw values.</p>");
}

QJsonObject RadarView::saveState() const
{
    return QJsonObject{
        {QStringLiteral("grouping"), m_grouping == RadarGrouping::Dataset ? QStringLiteral("dataset") : QStringLiteral("shape")},
        {QStringLiteral("normalisation"),
         m_normalisation == RadarNormalisation::Rank ? QStringLiteral("rank") : QStringLiteral("minmax")},
        {QStringLiteral("hidden"), QJsonArray::fromStringList(m_hidden)}};
}

void RadarView::restoreState(const QJsonObject &state)
{
    QStringList hidden;
    for (const QJsonValue &v : state.value(QStringLiteral("hidden")).toArray())
        hidden << v.toString();
    m_hidden = hidden;
    setNormalisation(state.value(QStringLiteral("normalisation")).toString() == QLatin1String("rank")
                         ? RadarNormalisation::Rank
                         : RadarNormalisation::MinMax);
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
    const int index = m_groupingBox->findData(grouping == RadarGrouping::Dataset ? QStringLiteral("dataset")
                                                                                  : QStringLiteral("shape"));
    if (m_groupingBox->currentIndex() != index)
        m_groupingBox->setCurrentIndex(index);
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    emit stateChanged();
    refresh();
}

void RadarView::setNormalisation(RadarNormalisation normalisation)
{
    const int index = normalisation == RadarNormalisation::Rank ? 1 : 0;
    if (m_normBox->currentIndex() != index)
        m_normBox->setCurrentIndex(index);
    if (normalisation == m_normalisation)
        return;
    m_normalisation = normalisation;
    emit stateChanged();
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
    case RadarMetric::Energy:
        return tr("Median energy");
    case RadarMetric::RunTime:
        return tr("Median run time");
    case RadarMetric::Power:
        return tr("Median power");
    case RadarMetric::EnergyPerDatum:
        return tr("Energy per datum");
    case RadarMetric::Variability:
        return tr("Variability");
    case RadarMetric::OverheadShare:
        return tr("Overhead share");
    }
    return {};
}

QString RadarView::formatRaw(RadarMetric metric, double value)
{
    if (!std::isfinite(value))
        return tr("n/a");
    switch (metric) {
    case RadarMetric::Energy:
    case RadarMetric::EnergyPerDatum:
        return EnergyTicker::format(value, QStringLiteral("J"));
    case RadarMetric::RunTime: {
        const double a = std::abs(value);
        if (a >= 2 * 3600.0)
            return tr("%1 h").arg(threeDigits(value / 3600.0));
        if (a >= 120.0)
            return tr("%1 min").arg(threeDigits(value / 60.0));
        return tr("%1 s").arg(threeDigits(value));
    }
    case RadarMetric::Power:
        return tr("%1 W").arg(threeDigits(value));
    case RadarMetric::Variability:
    case RadarMetric::OverheadShare:
        return tr("%1%").arg(threeDigits(value * 100));
    }
    return {};
}

RadarResult RadarView::compute(const RunColumns &columns, RadarGrouping grouping, const std::function<bool()> &cancelled)
{
    auto stop = [&] { return cancelled && cancelled(); };
    columns.checkConsistent();
    RadarResult r;
    r.grouping = grouping;
    const std::size_t n = columns.rowCount();
    r.totalRuns = n;
    if (n == 0)
        return r;
    const bool byShape = grouping == RadarGrouping::Shape;
    const QStringList &names = byShape ? columns.shapeNames : columns.datasetNames;
    const std::vector<std::int32_t> &code = byShape ? columns.shape : columns.dataset;
    const std::size_t groups = std::size_t(names.size());

    // Per group: the runs' values, energy totals.
    std::vector<std::array<std::vector<double>, 4>> values(groups);
    std::vector<double> overhead(groups, 0), energy(groups, 0);
    std::vector<std::size_t> runs(groups, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t g = code[i];
        if (g < 0 || std::size_t(g) >= groups)
            continue;
        auto &v = values[std::size_t(g)];
        ++runs[std::size_t(g)];
        const double metrics[4] = {columns.energy[i], columns.runTime[i], columns.power[i], columns.energyPerDatum[i]};
        for (int m = 0; m < 4; ++m) {
            if (std::isfinite(metrics[m]))
                v[std::size_t(m)].push_back(metrics[m]);
        }
        if (std::isfinite(columns.energy[i]) && std::isfinite(columns.energyOverhead[i])) {
            energy[std::size_t(g)] += columns.energy[i];
            overhead[std::size_t(g)] += columns.energyOverhead[i];
        }
    }
    if (stop())
        return r;
    // Variability from the configurations with repeated runs.
    const ConfigurationTable table = summarizeConfigurations(columns);
    std::vector<std::vector<double>> variability(groups);
    for (const ConfigurationStats &c : table.configurations) {
        const std::int32_t g = byShape ? c.shape : c.dataset;
        if (c.n >= 2 && std::isfinite(c.energyIqrOverMedian) && g >= 0 && std::size_t(g) < groups)
            variability[std::size_t(g)].push_back(c.energyIqrOverMedian);
    }
    if (stop())
        return r;

    std::vector<std::size_t> order(groups);
    std::iota(order.begin(), order.end(), std::size_t(0));
    if (byShape) {
        // The sweep's order (the palette's), shapes outside it after, by name.
        std::sort(order.begin(), order.end(), [&names](std::size_t a, std::size_t b) {
            const int ia = shapepalette::sweepIndex(names[qsizetype(a)]);
            const int ib = shapepalette::sweepIndex(names[qsizetype(b)]);
            if ((ia < 0) != (ib < 0))
                return ia >= 0;
            if (ia != ib)
                return ia < ib;
            return names[qsizetype(a)] < names[qsizetype(b)];
        });
    } else {
        std::sort(order.begin(), order.end(),
                  [&names](std::size_t a, std::size_t b) { return names[qsizetype(a)] < names[qsizetype(b)]; });
    }
    for (std::size_t g : order) {
        if (runs[g] == 0)
            continue;
        RadarSeries s;
        s.name = names[qsizetype(g)];
        s.colourKey = byShape ? shapepalette::sweepIndex(s.name) : int(r.series.size());
        s.runs = runs[g];
        for (int m = 0; m < 4; ++m)
            s.raw[std::size_t(m)] = values[g][std::size_t(m)].empty() ? NaN : stats::median(values[g][std::size_t(m)]);
        s.repeatedConfigurations = variability[g].size();
        s.raw[std::size_t(RadarMetric::Variability)] = variability[g].empty() ? NaN : stats::median(variability[g]);
        s.raw[std::size_t(RadarMetric::OverheadShare)] = energy[g] > 0 ? overhead[g] / energy[g] : NaN;
        r.series.push_back(std::move(s));
    }
    normalise(r, RadarNormalisation::MinMax);
    return r;
}

void RadarView::normalise(RadarResult &r, RadarNormalisation normalisation)
{
    r.normalisation = normalisation;
    const std::size_t k = r.series.size();
    for (int m = 0; m < RadarMetricCount; ++m) {
        const auto mi = std::size_t(m);
        std::vector<std::size_t> have;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t s = 0; s < k; ++s) {
            const double v = r.series[s].raw[mi];
            r.series[s].score[mi] = NaN;
            if (!std::isfinite(v))
                continue;
            have.push_back(s);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        r.min[mi] = have.empty() ? NaN : lo;
        r.max[mi] = have.empty() ? NaN : hi;
        if (have.empty())
            continue;
        if (normalisation == RadarNormalisation::MinMax) {
            for (std::size_t s : have)
                r.series[s].score[mi] = hi > lo ? (r.series[s].raw[mi] - lo) / (hi - lo) : 0.5;
        } else {
            // Average ranks (ties share the mean of their positions), scaled to 0..1.
            std::vector<std::size_t> sorted = have;
            std::sort(sorted.begin(), sorted.end(),
                      [&r, mi](std::size_t a, std::size_t b) { return r.series[a].raw[mi] < r.series[b].raw[mi]; });
            const std::size_t h = sorted.size();
            for (std::size_t i = 0; i < h;) {
                std::size_t j = i;
                while (j + 1 < h && r.series[sorted[j + 1]].raw[mi] == r.series[sorted[i]].raw[mi])
                    ++j;
                const double rank = (double(i) + double(j)) / 2; // 0-based mean position
                for (std::size_t t = i; t <= j; ++t)
                    r.series[sorted[t]].score[mi] = h > 1 ? rank / double(h - 1) : 0.5;
                i = j + 1;
            }
        }
    }
    r.balanced = -1;
    r.paysForSpeed = -1;
    double bestSpread = std::numeric_limits<double>::infinity();
    double bestGap = 0;
    for (std::size_t s = 0; s < k; ++s) {
        RadarSeries &series = r.series[s];
        std::vector<double> finite;
        for (double v : series.score) {
            if (std::isfinite(v))
                finite.push_back(v);
        }
        series.spread = finite.size() >= 2 ? stats::standardDeviation(finite, 0) : NaN;
        if (k >= 2 && std::isfinite(series.spread) && series.spread < bestSpread - 1e-12) {
            bestSpread = series.spread;
            r.balanced = int(s);
        }
        const double gap = series.score[std::size_t(RadarMetric::Energy)] - series.score[std::size_t(RadarMetric::RunTime)];
        if (k >= 2 && std::isfinite(gap) && gap >= MinSpeedGap && gap > bestGap + 1e-12) {
            bestGap = gap;
            r.paysForSpeed = int(s);
        }
    }
}

QString RadarView::findingFor(const RadarResult &r)
{
    const QString what = r.grouping == RadarGrouping::Shape ? tr("shape") : tr("dataset");
    if (r.totalRuns == 0 || r.series.empty())
        return tr("No runs match the filter.");
    if (r.series.size() == 1)
        return tr("Only one %1 (%2) matches the filter: there is nothing to compare it with.").arg(what, r.series.front().name);
    const QLocale locale;
    QString balanced;
    if (r.balanced >= 0) {
        const RadarSeries &b = r.series[std::size_t(r.balanced)];
        balanced = tr("%1 is the most balanced %2 (its six %3 scores differ least, standard deviation %4)")
                       .arg(b.name, what,
                            r.normalisation == RadarNormalisation::MinMax ? tr("min-max") : tr("rank"),
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

void RadarView::selectSeries(int index)
{
    if (!m_result || index < 0 || index >= int(m_result->series.size()))
        return;
    const QString name = m_result->series[std::size_t(index)].name;
    const ViewEnvironment &env = environment();
    Filter filter = env.filterState ? env.filterState->filter() : Filter();
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
    const RadarGrouping grouping = m_grouping;
    submit(
        [grouping](const RunColumns &columns, JobContext &context) {
            return compute(columns, grouping, [&context] { return context.isCancelled(); });
        },
        &RadarView::showResult);
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
    normalise(*normalised, m_normalisation);
    m_result = normalised;
    m_chart->setResult(m_result, m_hidden);
    setFinding(findingFor(*m_result));
    m_chart->setAccessibleDescription(finding());
}

void RadarView::retranslateUi()
{
    ViewPanel::retranslateUi();
    if (auto *label = findChild<QLabel *>(QStringLiteral("groupingLabel")))
        label->setText(tr("Group by:"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("normLabel")))
        label->setText(tr("Scale:"));
    m_groupingBox->setItemText(0, tr("Shape"));
    m_groupingBox->setItemText(1, tr("Dataset"));
    m_groupingBox->setAccessibleName(tr("Group by"));
    m_groupingBox->setToolTip(tr("One polygon per shape or per dataset"));
    m_normBox->setItemText(0, tr("Min-max"));
    m_normBox->setItemText(1, tr("Rank"));
    m_normBox->setAccessibleName(tr("Scale of the axes"));
    m_normBox->setToolTip(tr("How each axis is scaled over the series: min-max or by rank"));
    m_chart->setAccessibleName(tr("Radar of six cost metrics per %1")
                                   .arg(m_grouping == RadarGrouping::Shape ? tr("shape") : tr("dataset")));
    m_chart->update();
}

} // namespace wattprint
