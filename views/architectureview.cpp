#include "architectureview.h"

#include "axislabelfitter.h"
#include "chartfonts.h"
#include "chartplot.h"
#include "energyticker.h"
#include "filterstate.h"
#include "plotclick.h"
#include "plotstyle.h"
#include "shapepalette.h"

#include <units.h>

#include <qcustomplot.h>

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>

namespace wattprint {

namespace {

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;
constexpr int StripPx = 12;
constexpr int StripHeight = 52;

QColor lighter(const QColor &c, double towardsWhite)
{
    return QColor::fromRgbF(float(c.redF() + (1 - c.redF()) * towardsWhite),
                            float(c.greenF() + (1 - c.greenF()) * towardsWhite),
                            float(c.blueF() + (1 - c.blueF()) * towardsWhite));
}

} // namespace

// The strip under the chart: one coloured cell per run of depths won by the same shape, named.
// It draws from the chart's x axis at paint time, so it lines up at any export size.
class ArchitectureWinnerStrip : public QCPLayoutElement
{
public:
    explicit ArchitectureWinnerStrip(QCustomPlot *plot)
        : QCPLayoutElement(plot)
    {
        setMinimumSize(0, StripHeight);
        setMaximumSize(QWIDGETSIZE_MAX, StripHeight);
        setMargins(QMargins(0, 6, 0, 0));
    }

    void setData(std::shared_ptr<const ArchitectureResult> result, QCPAxis *axis)
    {
        m_result = std::move(result);
        m_axis = axis;
    }
    void setFont(const QFont &font) { m_font = font; }
    void setLabel(const QString &label) { m_label = label; }

    // Pixel bounds of a depth's cell: halfway to its neighbours, half a depth at the ends.
    std::pair<double, double> depthSpan(std::size_t i) const
    {
        const auto &d = m_result->depths;
        const double lo = i == 0 ? d[i] - 0.5 : 0.5 * (d[i - 1] + d[i]);
        const double hi = i + 1 == d.size() ? d[i] + 0.5 : 0.5 * (d[i] + d[i + 1]);
        return {m_axis->coordToPixel(lo), m_axis->coordToPixel(hi)};
    }

    QRectF runCell(int run) const
    {
        if (!m_result || !m_axis || run < 0 || std::size_t(run) >= m_result->runs.size())
            return {};
        const ArchitectureRun &r = m_result->runs[std::size_t(run)];
        const auto first = std::find(m_result->depths.begin(), m_result->depths.end(), r.firstDepth);
        const auto last = std::find(m_result->depths.begin(), m_result->depths.end(), r.lastDepth);
        const double x0 = depthSpan(std::size_t(first - m_result->depths.begin())).first;
        const double x1 = depthSpan(std::size_t(last - m_result->depths.begin())).second;
        return QRectF(QPointF(x0, mRect.top()), QPointF(x1, mRect.bottom())).normalized();
    }

    // The index into depths/winners under pixel x, or -1.
    int depthAt(const QPointF &pos) const
    {
        if (!m_result || !m_axis || !mRect.contains(pos.toPoint()))
            return -1;
        for (std::size_t i = 0; i < m_result->depths.size(); ++i) {
            const auto [a, b] = depthSpan(i);
            if (pos.x() >= std::min(a, b) && pos.x() < std::max(a, b))
                return int(i);
        }
        return -1;
    }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override
    {
        applyAntialiasingHint(painter, true, QCP::aeOther);
    }

    void draw(QCPPainter *painter) override
    {
        if (!m_result || !m_axis || m_result->runs.empty())
            return;
        const QRect plotArea = m_axis->axisRect()->rect();
        painter->setFont(pixelFont(m_font, StripPx, true));
        painter->setPen(QColor(0x30, 0x30, 0x30));
        // The label in the margin left of the plot area.
        painter->drawText(QRectF(mRect.left() + 2, mRect.top(), plotArea.left() - mRect.left() - 8, mRect.height()),
                          Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, m_label);
        painter->save();
        painter->setClipRect(QRectF(plotArea.left(), mRect.top(), plotArea.width(), mRect.height()));
        for (std::size_t k = 0; k < m_result->runs.size(); ++k) {
            const ArchitectureRun &run = m_result->runs[k];
            const ArchitectureSeries &s = m_result->series[std::size_t(run.series)];
            const QRectF cell = runCell(int(k)).adjusted(1, 0, -1, 0);
            // An uncontested depth is no win: grey, the name in grey.
            const QColor color = run.contested ? shapepalette::colorAt(s.key) : QColor(0xb0, 0xb0, 0xb0);
            painter->setPen(QPen(color, 1.2));
            painter->setBrush(lighter(color, run.contested ? 0.62 : 0.8));
            painter->drawRect(cell);
            painter->setPen(run.contested ? QColor(0x14, 0x14, 0x14) : QColor(0x60, 0x60, 0x60));
            drawFitted(painter, cell.adjusted(2, 1, -2, -1), s.shape);
        }
        painter->restore();
    }

private:
    // The name on one line if it fits, else split at its last '_' onto two, else smaller, else
    // elided.
    void drawFitted(QCPPainter *painter, const QRectF &box, const QString &name)
    {
        // Candidate layouts, most readable first: one line; broken after the last '_'
        // ("wide_first_" / "16x"); one line per part ("wide" / "first" / "16x").
        QList<QStringList> layouts = {{name}};
        const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
        if (cut > 0)
            layouts.append({name.left(cut + 1), name.mid(cut + 1)});
        const QStringList parts = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
        if (parts.size() > 2)
            layouts.append(parts);
        for (int px : {StripPx, StripPx - 1, StripPx - 2, StripPx - 3}) {
            const QFont f = pixelFont(m_font, px, px >= StripPx - 1);
            const QFontMetricsF fm(f);
            for (const QStringList &lines : std::as_const(layouts)) {
                qreal width = 0;
                for (const QString &line : lines)
                    width = std::max(width, fm.horizontalAdvance(line));
                if (width <= box.width() && fm.lineSpacing() * lines.size() <= box.height() + 1) {
                    painter->setFont(f);
                    painter->drawText(box, Qt::AlignCenter, lines.join(QLatin1Char('\n')));
                    return;
                }
            }
        }
        const QFont f = pixelFont(m_font, StripPx - 3);
        painter->setFont(f);
        painter->drawText(box, Qt::AlignCenter, QFontMetricsF(f).elidedText(name, Qt::ElideRight, box.width()));
    }

    std::shared_ptr<const ArchitectureResult> m_result;
    QPointer<QCPAxis> m_axis;
    QFont m_font;
    QString m_label;
};

ArchitectureView::ArchitectureView(QWidget *parent)
    : ViewPanel(QStringLiteral("architecture"), parent)
    , m_plot(new ChartPlot)
{
    m_plot->setObjectName(QStringLiteral("architecturePlot"));
    m_plot->setMinimumSize(420, 300);
    m_plot->setMouseTracking(true);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new EnergyTicker(m_plot->yAxis)));
    m_plot->yAxis->grid()->setSubGridVisible(true);
    m_plot->yAxis->grid()->setSubGridPen(QPen(QColor(0xf0, 0xf0, 0xf0), 0));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xdc, 0xdc, 0xdc), 0));
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xe8, 0xe8, 0xe8), 0));
    m_plot->xAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->xAxis->setNumberPrecision(0);
    m_plot->xAxis->setPadding(4);
    m_plot->yAxis->setPadding(6);

    // Right column: the legend at the top; below the chart, the winner strip.
    putLegendBeside(m_plot, m_plot->plotLayout());
    styleBoxedLegend(m_plot->legend);
    m_plot->legend->setIconSize(26, 16);
    m_plot->legend->setSelectableParts(QCPLegend::spNone);
    m_strip = new ArchitectureWinnerStrip(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_strip);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);

    m_emptyText = addEmptyText(m_plot, font(), 18);

    connect(new PlotClick(m_plot), &PlotClick::clicked, this, &ArchitectureView::onClick);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ArchitectureView::onMouseMove);

    setChartWidget(m_plot);
    retranslateUi();
}

QString ArchitectureView::depthsText(int first, int last)
{
    if (first == last)
        return tr("depth %1").arg(first);
    return tr("depths %1-%2").arg(first).arg(last);
}

QString ArchitectureView::findingFor(const ArchitectureResult &r)
{
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    if (r.series.empty())
        return tr("None of the %1 runs in the filter has a positive energy per datum to show on a log axis.")
            .arg(QLocale().toString(qulonglong(r.totalRuns)));
    if (r.series.size() == 1)
        return tr("Only %1 runs match the filter, so there is no other shape to compare it with.")
            .arg(r.series.front().shape);
    auto name = [&r](int series) { return r.series[std::size_t(series)].shape; };
    if (r.winners.size() == 1) {
        const ArchitectureWinner &w = r.winners.front();
        if (w.runnerUp < 0)
            return tr("Only %1 has runs at depth %2, so there is no other shape to compare it with.")
                .arg(name(w.series))
                .arg(w.depth);
        return tr("At depth %1, %2 has the lowest median energy per datum (%3, against %4 for %5).")
            .arg(w.depth)
            .arg(name(w.series), units::energy(w.median), units::energy(w.runnerUpMedian), name(w.runnerUp));
    }
    auto runText = [&](const ArchitectureRun &run) {
        return tr("%1 at %2").arg(name(run.series), depthsText(run.firstDepth, run.lastDepth));
    };
    // Only depths where shapes compete say which one wins.
    std::vector<ArchitectureRun> runs;
    for (const ArchitectureRun &run : r.runs) {
        if (run.contested)
            runs.push_back(run);
    }
    if (runs.empty())
        return tr("No depth in the filter has runs of two shapes or more, so no shape can be compared with "
                  "another.");
    if (runs.size() == 1) {
        if (runs.front().firstDepth == runs.front().lastDepth)
            return tr("%1 is most efficient at depth %2, the only depth where shapes can be compared.")
                .arg(name(runs.front().series))
                .arg(runs.front().firstDepth);
        return tr("%1 is most efficient at every depth from %2 to %3.")
            .arg(name(runs.front().series))
            .arg(runs.front().firstDepth)
            .arg(runs.front().lastDepth);
    }
    const ArchitectureRun &first = runs.front();
    const ArchitectureRun &last = runs.back();
    const QString head
        = tr("%1 is most efficient at %2").arg(name(first.series), depthsText(first.firstDepth, first.lastDepth));
    if (runs.size() <= 3) {
        QStringList rest;
        for (std::size_t i = 1; i < runs.size(); ++i)
            rest << runText(runs[i]);
        return tr("%1, %2.").arg(head, rest.join(QStringLiteral(", ")));
    }
    // Many changes of lead: the shallow and the deep end, then how often the lead changes and
    // which shapes hold it in between.
    const QString tail = last.series == first.series
        ? tr("and again at %1").arg(depthsText(last.firstDepth, last.lastDepth))
        : tr("and %1").arg(runText(last));
    QStringList inner;
    for (std::size_t i = 1; i + 1 < runs.size(); ++i) {
        const QString s = name(runs[i].series);
        if (!inner.contains(s))
            inner << s;
    }
    QString among;
    if (inner.size() == 1)
        among = inner.front();
    else if (inner.size() <= 3)
        among = tr("%1 and %2").arg(inner.mid(0, inner.size() - 1).join(QStringLiteral(", ")), inner.last());
    else // a long list of names would drown the sentence
        among = tr("%1 and %2 other shapes").arg(inner.mid(0, 2).join(QStringLiteral(", "))).arg(inner.size() - 2);
    return tr("%1 %2; the lead changes hands %3 times in all, with %4 in between.")
        .arg(head, tail)
        .arg(runs.size() - 1)
        .arg(among);
}

QCPGraph *ArchitectureView::seriesGraph(const QString &shape) const
{
    if (!m_result)
        return nullptr;
    for (auto it = m_seriesOfPlottable.cbegin(); it != m_seriesOfPlottable.cend(); ++it) {
        if (m_result->series[std::size_t(it.value())].shape == shape)
            return qobject_cast<QCPGraph *>(const_cast<QCPAbstractPlottable *>(it.key()));
    }
    return nullptr;
}

QRectF ArchitectureView::stripCell(int run) const
{
    return m_strip->runCell(run);
}

void ArchitectureView::selectShape(const QString &shape)
{
    if (shape.isEmpty())
        return;
    Filter filter = currentFilter();
    if (filter.shapes == QStringList{shape})
        return;
    filter.shapes = {shape};
    const QString text = tr("Select shape %1").arg(shape);
    proposeFilter(filter, text);
}

void ArchitectureView::resetZoom()
{
    if (!m_result || m_result->series.empty()) {
        m_plot->xAxis->setRange(1.5, 20.5);
        m_plot->yAxis->setRange(1e-3, 1e-1);
    } else {
        m_plot->xAxis->setRange(m_result->depths.front() - 0.7, m_result->depths.back() + 0.7);
        const double lo = m_result->valueMin;
        const double hi = m_result->valueMax;
        const double span = hi > lo ? std::log10(hi / lo) : 0.3;
        const double pad = std::max(0.08 * span, 0.03);
        m_plot->yAxis->setRange(lo / std::pow(10.0, pad), hi * std::pow(10.0, pad));
    }
    // Queued: after a new result the layout may still resize the chart in this turn.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ArchitectureView::requestData()
{
    submitCompute(&ArchitectureView::showResult, computeArchitecture);
}

void ArchitectureView::showResult(std::shared_ptr<const ArchitectureResult> result)
{
    m_result = std::move(result);
    rebuildPlot();
    setFinding(findingFor(*m_result));
    m_plot->setAccessibleDescription(finding());
    if (m_result->series.empty()) {
        setMessage(finding());
    } else if (m_result->droppedNonPositive > 0) {
        setMessage(tr("%n run(s) with a missing, zero or negative energy per datum are left out: a log axis cannot "
                      "show them.",
                      nullptr, int(std::min<std::size_t>(m_result->droppedNonPositive, INT_MAX))));
    }
    setReady(true);
}

void ArchitectureView::retranslateUi()
{
    ViewPanel::retranslateUi();
    m_plot->setAccessibleName(tr("Median energy per datum against depth, one line per shape"));
    m_plot->setAccessibleDescription(finding());
    styleAxes();
    rebuildPlot();
}

void ArchitectureView::styleAxes()
{
    const QFont base = font();
    m_plot->xAxis->setLabel(tr("Depth (layers, counting the output layer)"));
    AxisLabelFitter::of(m_plot)->setLabels(m_plot->yAxis,
                                           {tr("Median energy per datum (%1, log scale)").arg(units::energySymbol()),
                                            tr("Energy per datum (%1)").arg(units::energySymbol()),
                                            tr("Energy (%1)").arg(units::energySymbol())});
    styleAxisText(m_plot, base, TickPx, LabelPx, LegendPx);
    m_strip->setFont(base);
    m_strip->setLabel(tr("Lowest"));
}

void ArchitectureView::rebuildPlot()
{
    m_plot->clearGraphs();
    m_plot->legend->clearItems();
    m_seriesOfPlottable.clear();
    m_winnerGraph = nullptr;
    const std::shared_ptr<const ArchitectureResult> r = m_result;
    const bool empty = !r || r->series.empty();
    m_strip->setData(empty ? nullptr : r, m_plot->xAxis);
    m_emptyText->setVisible(empty && r);
    m_emptyText->setText(r ? findingFor(*r) : QString());
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(!empty);
        axis->setTicks(!empty);
    }
    m_plot->legend->setVisible(!empty);
    if (empty) {
        resetZoom();
        return;
    }
    // Ticks on the depths of the sweep that have runs (2..10, 12, ..., 20).
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int d : r->depths)
        ticker->addTick(d, QString::number(d));
    m_plot->xAxis->setTicker(ticker);

    for (std::size_t si = 0; si < r->series.size(); ++si) {
        const ArchitectureSeries &s = r->series[si];
        const QColor color = shapepalette::colorAt(s.key);
        QVector<double> keys, values;
        for (const ArchitecturePoint &p : s.points) {
            keys << p.depth;
            values << p.median;
        }
        QCPGraph *g = m_plot->addGraph();
        g->setData(keys, values, true);
        g->setPen(QPen(color, 2.2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 6));
        g->setName(s.shape);
        g->setSelectable(QCP::stWhole);
        m_seriesOfPlottable.insert(g, int(si));
    }
    QVector<double> keys, values;
    for (const ArchitectureWinner &w : r->winners) {
        keys << w.depth;
        values << w.median;
    }
    m_winnerGraph = m_plot->addGraph();
    m_winnerGraph->setData(keys, values, true);
    m_winnerGraph->setLineStyle(QCPGraph::lsNone);
    m_winnerGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0x10, 0x10, 0x10), 2.2), Qt::NoBrush, 15));
    m_winnerGraph->setName(tr("Lowest at this depth"));
    m_winnerGraph->setSelectable(QCP::stNone);
    resetZoom();
}

QString ArchitectureView::toolTipAt(const QPointF &pos) const
{
    if (!m_result || m_result->series.empty())
        return {};
    const int di = m_strip->depthAt(pos);
    if (di >= 0) {
        const ArchitectureWinner &w = m_result->winners[std::size_t(di)];
        const QString winner = m_result->series[std::size_t(w.series)].shape;
        if (w.runnerUp < 0)
            return tr("Depth %1: %2 is the only shape with runs (median %3 per datum, n = %4).")
                .arg(w.depth)
                .arg(winner, units::energy(w.median))
                .arg(w.n);
        return tr("Depth %1: %2 has the lowest median energy per datum, %3 (n = %4), of %5 shapes; next is %6 at "
                  "%7 (%8 more).")
            .arg(w.depth)
            .arg(winner, units::energy(w.median))
            .arg(w.n)
            .arg(w.contenders)
            .arg(m_result->series[std::size_t(w.runnerUp)].shape, units::energy(w.runnerUpMedian),
                 units::percent((w.runnerUpMedian / w.median - 1) * 100, 1));
    }
    // The nearest point within reach, over every line.
    double best = 12 * 12;
    const ArchitectureSeries *hit = nullptr;
    const ArchitecturePoint *point = nullptr;
    for (const ArchitectureSeries &s : m_result->series) {
        for (const ArchitecturePoint &p : s.points) {
            const double dx = m_plot->xAxis->coordToPixel(p.depth) - pos.x();
            const double dy = m_plot->yAxis->coordToPixel(p.median) - pos.y();
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                hit = &s;
                point = &p;
            }
        }
    }
    if (!point)
        return {};
    const ArchitectureWinner *w = nullptr;
    for (const ArchitectureWinner &x : m_result->winners) {
        if (x.depth == point->depth)
            w = &x;
    }
    const bool wins = w && m_result->series[std::size_t(w->series)].shape == hit->shape;
    QString text = tr("%1, depth %2: median %3 per datum, middle half %4 to %5 (n = %6)")
                       .arg(hit->shape)
                       .arg(point->depth)
                       .arg(units::energy(point->median), units::energy(point->q1), units::energy(point->q3))
                       .arg(point->n);
    if (wins)
        text += tr("; the lowest at this depth");
    return text;
}

QString ArchitectureView::shapeAt(const QPointF &pos) const
{
    if (!m_result || m_result->series.empty())
        return {};
    if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->layoutElementAt(pos))) {
        const int si = m_seriesOfPlottable.value(item->plottable(), -1);
        return si >= 0 ? m_result->series[std::size_t(si)].shape : QString();
    }
    const int di = m_strip->depthAt(pos);
    if (di >= 0)
        return m_result->series[std::size_t(m_result->winners[std::size_t(di)].series)].shape;
    if (auto *plottable = m_plot->plottableAt(pos, true)) {
        const int si = m_seriesOfPlottable.value(plottable, -1);
        if (si >= 0)
            return m_result->series[std::size_t(si)].shape;
    }
    return {};
}

void ArchitectureView::onClick(const QPointF &pos)
{
    selectShape(shapeAt(pos));
}

void ArchitectureView::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const QString tip = toolTipAt(event->position());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, m_plot);
    m_plot->setCursor(shapeAt(event->position()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

} // namespace wattprint
