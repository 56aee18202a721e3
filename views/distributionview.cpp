#include "distributionview.h"

#include "axislabelfitter.h"
#include "chartfonts.h"
#include "chartplot.h"
#include "filterstate.h"
#include "labelcase.h"
#include "metriclabel.h"
#include "plotstyle.h"
#include "rubberbandselector.h"
#include "seriespalette.h"
#include "unitlogticker.h"
#include "valueofkey.h"

#include <units.h>

#include <qcustomplot.h>

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolBar>

#include <algorithm>
#include <climits>
#include <cmath>

namespace wattprint {

namespace {

const QColor CpuColor = seriespalette::cpu();
const QColor GpuColor = seriespalette::gpu();

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;
constexpr int SummaryPx = 13;
constexpr int ColumnSpacing = 6;
constexpr int MinimumPlotHeight = 240;

constexpr DistributionMetric AllMetrics[] = {DistributionMetric::Energy, DistributionMetric::NonOverheadEnergy,
                                             DistributionMetric::EnergyPerDatum, DistributionMetric::RunTime,
                                             DistributionMetric::Power};

// Q3/Q1 is often close to 1; two decimals there keep 1.12 and 1.25 apart.
QString factorText(double r)
{
    const int decimals = std::round(r * 10) / 10 >= 10 ? 0 : std::round(r * 100) / 100 >= 2 ? 1 : 2;
    return QLocale().toString(r, 'f', decimals);
}

// Densities are per decade; the chart shows the percentage of a device's runs in each bar
// (bins are shared and equally wide on the log axis, so the bars compare directly).
double percentPerBar(const DistributionResult &r)
{
    if (r.edges.size() < 2)
        return 1.0;
    const double width = (std::log10(r.edges.back()) - std::log10(r.edges.front())) / double(r.edges.size() - 1);
    return 100.0 * width;
}

// Ticks for a log axis that always carry enough labels: 1-2-5 steps over a few decades, powers
// of ten over many, plain nice steps when the range is under about a decade (a log ticker would
// show one label or none there). Labels read "10 kJ", "2 min", "250 W".
class MetricTicker : public UnitLogTicker
{
public:
    MetricTicker(DistributionMetric metric, const QCPAxis *axis)
        : m_metric(metric)
        , m_axis(axis)
    {
        setEnergy(metric != DistributionMetric::RunTime && metric != DistributionMetric::Power);
        setLinearBelow(12, 5);
    }

protected:
    void placeTicks(const QCPRange &shown, const QLocale &, QChar, int, QVector<double> &ticks,
                    QVector<double> *subTicks) override
    {
        // Labels as dense as the axis length allows (its last layout; a guess before the first).
        const double length = m_axis && m_axis->axisRect() ? m_axis->axisRect()->width() : 600;
        const double perDecade = std::max(length, 100.0) / std::log10(shown.upper / shown.lower);
        static const DecadeSpacing spacing{45, {{200, {2, 5}}, {100, {3}}}, 60};
        placeDecadeTicks(shown.lower, shown.upper, perDecade, spacing, ticks, subTicks);
    }

    QString label(double value) const override { return DistributionView::formatValue(value, m_metric); }

private:
    DistributionMetric m_metric;
    const QCPAxis *m_axis; // owns this ticker, so outlives it
};

} // namespace

// The summary box beside the chart: a small table, CPU and GPU side by side.
class DistributionSummaryElement : public QCPLayoutElement
{
public:
    explicit DistributionSummaryElement(QCustomPlot *plot)
        : QCPLayoutElement(plot)
    {
        setMargins(QMargins(4, 8, 4, 4));
    }

    void setTable(const QString &caption, const QStringList &rowNames, const QList<QStringList> &columns,
                  const QStringList &columnNames, const QList<QColor> &columnColors)
    {
        m_caption = caption;
        m_rowNames = rowNames;
        m_columns = columns;
        m_columnNames = columnNames;
        m_columnColors = columnColors;
    }
    void setFont(const QFont &font) { m_font = font; }

    QSize minimumOuterSizeHint() const override
    {
        if (m_rowNames.isEmpty())
            return QSize(0, 0);
        const Metrics m = measure();
        return QSize(int(std::ceil(m.width)) + margins().left() + margins().right(),
                     int(std::ceil(m.height)) + margins().top() + margins().bottom());
    }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override
    {
        applyAntialiasingHint(painter, true, QCP::aeOther);
    }

    void draw(QCPPainter *painter) override
    {
        if (m_rowNames.isEmpty())
            return;
        const Metrics m = measure();
        const QRectF box(mRect.left(), mRect.top(), m.width, m.height);
        painter->setPen(QPen(QColor(0xb8, 0xb8, 0xb8), 1));
        painter->setBrush(QColor(0xfa, 0xfa, 0xfa));
        painter->drawRect(box);
        painter->setBrush(Qt::NoBrush);
        qreal y = box.top() + Pad;
        QFont bold = m_font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(box.left() + Pad, y, m.width - 2 * Pad, m.line), Qt::AlignLeft | Qt::AlignVCenter,
                          m_caption);
        y += m.line;
        qreal x = box.left() + Pad + m.nameWidth;
        for (qsizetype c = 0; c < m_columnNames.size(); ++c) {
            painter->setPen(m_columnColors.value(c, Qt::black));
            painter->drawText(QRectF(x + Gap, y, m.columnWidths[c], m.line), Qt::AlignRight | Qt::AlignVCenter,
                              m_columnNames[c]);
            x += Gap + m.columnWidths[c];
        }
        y += m.line;
        painter->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
        painter->drawLine(QPointF(box.left() + Pad, y - 1), QPointF(box.right() - Pad, y - 1));
        painter->setFont(m_font);
        for (qsizetype r = 0; r < m_rowNames.size(); ++r) {
            painter->setPen(QColor(0x30, 0x30, 0x30));
            painter->drawText(QRectF(box.left() + Pad, y, m.nameWidth, m.line), Qt::AlignLeft | Qt::AlignVCenter,
                              m_rowNames[r]);
            x = box.left() + Pad + m.nameWidth;
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                painter->drawText(QRectF(x + Gap, y, m.columnWidths[c], m.line), Qt::AlignRight | Qt::AlignVCenter,
                                  m_columns[c].value(r));
                x += Gap + m.columnWidths[c];
            }
            y += m.line;
        }
    }

private:
    static constexpr qreal Pad = 8;
    static constexpr qreal Gap = 14;

    struct Metrics
    {
        qreal nameWidth = 0;
        QList<qreal> columnWidths;
        qreal line = 0;
        qreal width = 0;
        qreal height = 0;
    };

    Metrics measure() const
    {
        Metrics m;
        QFont bold = m_font;
        bold.setBold(true);
        const QFontMetricsF fm(m_font);
        const QFontMetricsF fb(bold);
        m.line = fm.height() * 1.35;
        for (const QString &name : m_rowNames)
            m.nameWidth = std::max(m.nameWidth, fm.horizontalAdvance(name));
        qreal columnsWidth = 0;
        for (qsizetype c = 0; c < m_columnNames.size(); ++c) {
            qreal w = fb.horizontalAdvance(m_columnNames[c]);
            for (const QString &v : m_columns.value(c))
                w = std::max(w, fm.horizontalAdvance(v));
            m.columnWidths.append(w);
            columnsWidth += Gap + w;
        }
        m.width = std::max(2 * Pad + m.nameWidth + columnsWidth, 2 * Pad + fb.horizontalAdvance(m_caption));
        m.height = 2 * Pad + m.line * qreal(m_rowNames.size() + 2);
        return m;
    }

    QFont m_font;
    QString m_caption;
    QStringList m_rowNames;
    QList<QStringList> m_columns;
    QStringList m_columnNames;
    QList<QColor> m_columnColors;
};

DistributionView::DistributionView(QWidget *parent)
    : ViewPanel(QStringLiteral("distribution"), parent)
    , m_plot(new ChartPlot)
    , m_metricBox(new QComboBox(this))
{
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    for (DistributionMetric m : AllMetrics)
        m_metricBox->addItem(QString(), columnName(m));
    addLabelledControl(QStringLiteral("metricLabel"), m_metricBox);
    connect(m_metricBox, &QComboBox::activated, this, [this](int index) {
        if (const auto m = metricFromColumn(m_metricBox->itemData(index).toString()))
            setMetric(*m);
    });

    m_plot->setObjectName(QStringLiteral("distributionPlot"));
    m_plot->setMinimumSize(360, MinimumPlotHeight);
    m_plot->setInteractions(QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->grid()->setSubGridVisible(true);
    m_plot->xAxis->grid()->setSubGridPen(QPen(QColor(0xee, 0xee, 0xee), 0));
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xd4, 0xd4, 0xd4), 0));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 0));
    m_plot->yAxis->setNumberFormat(QStringLiteral("g"));
    m_plot->yAxis->setNumberPrecision(3);
    m_plot->xAxis->setPadding(4);
    m_plot->yAxis->setPadding(6);

    // Right column: legend on top, summary below, the rest empty.
    m_summary = new DistributionSummaryElement(m_plot);
    m_labelFitter = new AxisLabelFitter(m_plot);
    putLegendBeside(m_plot, m_plot->plotLayout(), {m_summary})->setRowSpacing(ColumnSpacing);
    styleBoxedLegend(m_plot->legend);

    m_selector = new RubberBandSelector(m_plot, RubberBandSelector::Shape::Span);
    m_selector->setStartCondition([this](const QMouseEvent *event) {
        return event->modifiers() == Qt::NoModifier && m_result && !m_result->edges.empty();
    });
    connect(m_selector, &RubberBandSelector::spanSelected, this, &DistributionView::selectRange);

    m_emptyText = addEmptyText(m_plot, font(), 18);

    setChartWidget(m_plot);
    styleAxes();
    retranslateUi();
}

QJsonObject DistributionView::saveState() const
{
    return QJsonObject{{QStringLiteral("metric"), columnName(m_metric)}};
}

void DistributionView::restoreState(const QJsonObject &state)
{
    if (const auto m = metricFromColumn(state.value(QStringLiteral("metric")).toString()))
        setMetric(*m);
}

void DistributionView::setMetric(DistributionMetric metric)
{
    selectData(m_metricBox, columnName(metric));
    if (metric == m_metric)
        return;
    m_metric = metric;
    styleAxes();
    emit stateChanged();
    refresh();
}

QString DistributionView::columnName(DistributionMetric metric)
{
    switch (metric) {
    case DistributionMetric::Energy: return QStringLiteral("energy");
    case DistributionMetric::NonOverheadEnergy: return QStringLiteral("non_overhead_energy");
    case DistributionMetric::EnergyPerDatum: return QStringLiteral("energy_per_datum");
    case DistributionMetric::RunTime: return QStringLiteral("run_time");
    case DistributionMetric::Power: return QStringLiteral("power");
    }
    return QStringLiteral("energy");
}

std::optional<DistributionMetric> DistributionView::metricFromColumn(const QString &column)
{
    return valueOfKey(AllMetrics, columnName, column);
}

QString DistributionView::unit(DistributionMetric metric)
{
    switch (metric) {
    case DistributionMetric::RunTime: return QStringLiteral("s");
    case DistributionMetric::Power: return QStringLiteral("W");
    default: return units::energySymbol();
    }
}

QString DistributionView::formatValue(double value, DistributionMetric metric)
{
    switch (metric) {
    case DistributionMetric::RunTime: return units::duration(value);
    case DistributionMetric::Power: return units::power(value);
    default: return units::energy(value);
    }
}

QString DistributionView::findingFor(const DistributionResult &r)
{
    const QString what = inSentence(metricLabel(r.metric));
    const auto &cpu = r.cpu;
    const auto &gpu = r.gpu;
    if (!cpu.present() && !gpu.present()) {
        if (r.totalRuns == 0)
            return tr("No runs match the filter.");
        return tr("None of the %1 runs in the filter has a positive %2 to show on a log axis.")
            .arg(QLocale().toString(qulonglong(r.totalRuns)), what);
    }
    if (!cpu.present() || !gpu.present()) {
        const auto &dev = cpu.present() ? cpu : gpu;
        const QString only = cpu.present() ? tr("Only CPU runs match the filter")
                                           : tr("Only GPU runs match the filter");
        return tr("%1: median %2 %3, interquartile range %4 (the middle half spans a factor of %5), 99th "
                  "percentile %6 the median.")
            .arg(only, what, formatValue(dev.median, r.metric), formatValue(dev.iqr, r.metric),
                 factorText(dev.q1 > 0 ? dev.q3 / dev.q1 : 0.0), units::ratio(dev.tailRatio));
    }

    // Two readings of "spread": the interquartile range in the metric's unit (what the issue
    // asks), and the middle half's span as a factor (Q3/Q1), which is what the width on a log axis
    // shows. When GPU runs use more energy both can disagree, so the sentence gives both.
    auto compare = [](double a, double b) { return a >= b * 1.05 ? 1 : a <= b / 1.05 ? -1 : 0; };
    const QString gpuIqr = formatValue(gpu.iqr, r.metric);
    const QString cpuIqr = formatValue(cpu.iqr, r.metric);
    int absolute = 0;
    QString spread;
    if (cpu.iqr <= 0 || gpu.iqr <= 0) {
        spread = tr("GPU runs have an interquartile range of %1 of %2, CPU runs %3").arg(gpuIqr, what, cpuIqr);
    } else {
        const double ratio = gpu.iqr / cpu.iqr;
        absolute = compare(gpu.iqr, cpu.iqr);
        if (absolute > 0)
            spread = tr("GPU runs have a %1 wider interquartile range of %2 than CPU runs (%3 against %4)")
                         .arg(units::ratio(ratio), what, gpuIqr, cpuIqr);
        else if (absolute < 0)
            spread = tr("GPU runs have a %1 narrower interquartile range of %2 than CPU runs (%3 against %4)")
                         .arg(units::ratio(1 / ratio), what, gpuIqr, cpuIqr);
        else
            spread = tr("GPU and CPU runs have about the same interquartile range of %1 (%2 against %3)")
                         .arg(what, gpuIqr, cpuIqr);
    }
    const double gpuFold = gpu.q1 > 0 ? gpu.q3 / gpu.q1 : 0.0;
    const double cpuFold = cpu.q1 > 0 ? cpu.q3 / cpu.q1 : 0.0;
    const int relative = compare(gpuFold, cpuFold);
    const QString spans
        = tr("(their middle half spans a factor of %1, against %2)").arg(factorText(gpuFold), factorText(cpuFold));
    QString relativeText;
    if (relative > 0)
        relativeText = tr("GPU runs spread wider in relative terms %1").arg(spans);
    else if (relative < 0)
        relativeText = tr("GPU runs spread less in relative terms %1").arg(spans);
    else
        relativeText = tr("GPU runs spread about as much in relative terms %1").arg(spans);

    QString tail;
    const QString gpuTail = units::ratio(gpu.tailRatio);
    const QString cpuTail = units::ratio(cpu.tailRatio);
    const int tails = compare(gpu.tailRatio, cpu.tailRatio);
    if (tails > 0)
        tail = tr("have a heavier tail (their 99th percentile is %1 their median, against %2)").arg(gpuTail, cpuTail);
    else if (tails < 0)
        tail = tr("have a lighter tail (their 99th percentile is %1 their median, against %2)").arg(gpuTail, cpuTail);
    else
        tail = tr("have a similar tail (their 99th percentile is %1 their median, against %2)").arg(gpuTail, cpuTail);
    return (absolute == relative ? tr("%1, and %2 and %3.") : tr("%1, but %2 and %3.")).arg(spread, relativeText, tail);
}

void DistributionView::selectRange(double lo, double hi)
{
    if (lo > hi)
        std::swap(lo, hi);
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return;
    Filter filter = currentFilter();
    filter.ranges.insert(columnName(m_metric), {lo, hi});
    const QString text = tr("Select %1 from %2 to %3")
                             .arg(inSentence(metricLabel(m_metric)), formatValue(lo, m_metric),
                                  formatValue(hi, m_metric));
    proposeFilter(filter, text);
}

void DistributionView::resetZoom()
{
    applyZoom(false);
}

void DistributionView::applyZoom(bool queuedReplot)
{
    m_plot->xAxis->setRange(m_dataLo, m_dataHi);
    double top = 0;
    if (m_result) {
        for (const auto *dev : {&m_result->cpu, &m_result->gpu}) {
            for (double d : dev->densities)
                top = std::max(top, d);
            for (double d : dev->kdeDensity)
                top = std::max(top, d);
        }
        top *= percentPerBar(*m_result);
    }
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    m_plot->replot(queuedReplot ? QCustomPlot::rpQueuedReplot : QCustomPlot::rpRefreshHint);
}

void DistributionView::requestData()
{
    submitCompute(&DistributionView::showResult, computeDistribution, m_metric);
}

void DistributionView::showResult(std::shared_ptr<const DistributionResult> result)
{
    m_result = std::move(result);
    rebuildPlot();
    setFinding(findingFor(*m_result));
    if (!m_result->cpu.present() && !m_result->gpu.present()) {
        setMessage(m_result->totalRuns == 0 ? tr("No runs match the filter.") : finding());
    } else if (m_result->droppedNonPositive > 0) {
        setMessage(tr("%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.",
                      nullptr, int(std::min<std::size_t>(m_result->droppedNonPositive, INT_MAX))));
    }
    setReady(true);
}

void DistributionView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("metricLabel"), tr("Metric:"));
    for (int i = 0; i < m_metricBox->count(); ++i) {
        if (const auto m = metricFromColumn(m_metricBox->itemData(i).toString()))
            m_metricBox->setItemText(i, metricLabel(*m));
    }
    m_metricBox->setAccessibleName(tr("Metric"));
    m_metricBox->setToolTip(tr("The per-run quantity to show"));
    m_plot->setAccessibleName(tr("Histogram of %1 for CPU and GPU runs").arg(inSentence(metricLabel(m_metric))));
    m_plot->setAccessibleDescription(finding());
    styleAxes();
    rebuildPlot();
}

void DistributionView::styleAxes()
{
    const QFont base = font();
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new MetricTicker(m_metric, m_plot->xAxis)));
    m_plot->xAxis->setLabel(tr("%1 (%2, log scale)").arg(metricLabel(m_metric), unit(m_metric)));
    m_labelFitter->setLabels(
        m_plot->yAxis,
        {tr("Runs in each bar (% of the device's runs)"), tr("% of the device's runs"), tr("% of runs")});
    styleAxisText(m_plot, base, TickPx, LabelPx, LegendPx);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setSelectedTickLabelFont(pixelFont(base, TickPx, true));
        axis->setSelectedLabelFont(pixelFont(base, LabelPx, true));
    }
    m_summary->setFont(pixelFont(base, SummaryPx));
    m_plot->setAccessibleName(tr("Histogram of %1 for CPU and GPU runs").arg(inSentence(metricLabel(m_metric))));
}

void DistributionView::rebuildPlot()
{
    m_plot->clearGraphs();
    m_plot->legend->clearItems();
    m_summary->setTable(QString(), {}, {}, {}, {});
    const std::shared_ptr<const DistributionResult> r = m_result;
    const bool empty = !r || r->edges.empty();
    m_emptyText->setVisible(empty && r);
    m_emptyText->setText(r ? findingFor(*r) : QString());
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(!empty);
        axis->setTicks(!empty);
    }
    m_plot->xAxis->grid()->setVisible(!empty);
    m_plot->yAxis->grid()->setVisible(!empty);
    if (empty) {
        m_plot->legend->setVisible(false);
        m_plot->xAxis->setRange(1, 10);
        m_plot->yAxis->setRange(0, 1);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const QLocale locale;
    m_plot->legend->setVisible(true);
    const DistributionResult::Device *devices[2] = {&r->cpu, &r->gpu};
    const QColor colors[2] = {CpuColor, GpuColor};
    for (int d = 0; d < 2; ++d) {
        const auto &dev = *devices[d];
        if (!dev.present())
            continue;
        // A filled step outline: one step per bin, down to zero at both ends.
        QVector<double> keys, vals;
        keys.reserve(int(r->edges.size()) + 3);
        vals.reserve(int(r->edges.size()) + 3);
        const double scale = percentPerBar(*r);
        keys << r->edges.front();
        vals << 0.0;
        for (std::size_t i = 0; i < dev.densities.size(); ++i) {
            keys << r->edges[i];
            vals << dev.densities[i] * scale;
        }
        keys << r->edges.back() << r->edges.back();
        vals << dev.densities.back() * scale << 0.0;
        QCPGraph *bars = m_plot->addGraph();
        bars->setData(keys, vals, true);
        bars->setLineStyle(QCPGraph::lsStepLeft);
        QColor fill = colors[d];
        fill.setAlpha(70);
        bars->setBrush(fill);
        QColor edge = colors[d];
        edge.setAlpha(170);
        bars->setPen(QPen(edge, 1));
        bars->setName(tr("%1 runs (n = %2)").arg(dev.name, locale.toString(qulonglong(dev.count))));
        bars->setAntialiased(false);
        bars->setAntialiasedFill(false);
    }
    for (int d = 0; d < 2; ++d) {
        const auto &dev = *devices[d];
        if (!dev.present() || dev.kdeX.empty())
            continue;
        QCPGraph *line = m_plot->addGraph();
        QVector<double> density(dev.kdeDensity.begin(), dev.kdeDensity.end());
        const double scale = percentPerBar(*r);
        for (double &value : density)
            value *= scale;
        line->setData(QVector<double>(dev.kdeX.begin(), dev.kdeX.end()), density, true);
        line->setPen(QPen(colors[d].darker(115), 2.4));
        line->setName(tr("%1 smoothed (KDE)").arg(dev.name));
    }

    // Summary table.
    const QStringList rowNames = {tr("Runs plotted"), tr("Median"),    tr("Interquartile range"),
                                  tr("Q3 / Q1"),      tr("p99 / p50"), tr("Skewness of log10")};
    QList<QStringList> columns;
    QStringList names;
    QList<QColor> nameColors;
    for (int d = 0; d < 2; ++d) {
        const auto &dev = *devices[d];
        names << dev.name;
        nameColors << colors[d];
        if (!dev.present()) {
            columns << QStringList{QStringLiteral("0"), QStringLiteral("-"), QStringLiteral("-"),
                                   QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")};
            continue;
        }
        columns << QStringList{locale.toString(qulonglong(dev.count)),
                               formatValue(dev.median, r->metric),
                               formatValue(dev.iqr, r->metric),
                               units::ratio(dev.q1 > 0 ? dev.q3 / dev.q1 : 0.0),
                               units::ratio(dev.tailRatio),
                               dev.skewLog10 ? locale.toString(*dev.skewLog10, 'f', 2) : QStringLiteral("-")};
    }
    m_summary->setTable(tr("Summary"), rowNames, columns, names, nameColors);
    // The legend and the summary beside the chart are read whole or not at all: the chart is at
    // least as tall as they are, and a dock smaller than that scrolls.
    const int column = m_plot->legend->minimumOuterSizeHint().height() + m_summary->minimumOuterSizeHint().height()
        + ColumnSpacing + m_plot->axisRect()->margins().top();
    m_plot->setMinimumHeight(std::max(MinimumPlotHeight, column + 8));

    const double logLo = std::log10(r->edges.front());
    const double logHi = std::log10(r->edges.back());
    const double pad = std::max(0.03 * (logHi - logLo), 0.02);
    m_dataLo = std::pow(10.0, logLo - pad);
    m_dataHi = std::pow(10.0, logHi + pad);
    // Drawn in the event loop's next turn: taking the result in and replotting it in one go held
    // the GUI thread for 16-19 ms (bench_responsiveness).
    applyZoom(true);
}

} // namespace wattprint
