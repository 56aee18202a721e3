#include "overheadbarchart.h"

#include "chartfonts.h"
#include "seriespalette.h"
#include "valueofkey.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>

namespace wattprint {

namespace {

const QColor OverheadColor = seriespalette::overhead();
const QColor CoreColor = seriespalette::core();
const QColor BandColor(0xf3, 0xf3, 0xf3);
const QColor HighlightColor(0xdc, 0xe9, 0xf7);

constexpr double BarWidth = 0.64; // of a category's slot
constexpr double MaxBarPx = 44;   // two or three bars should not look like walls
constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;

// Totals in watt-hours under Automatic, as the axis.
QString energyText(double joules)
{
    return units::energy(joules, units::AutoUnit::WattHours);
}

} // namespace

// Tick labels at the categories: the group names, or the numbers of each bar. On a horizontal
// category axis (vertical bars) names are wrapped to the width a bar's slot has.
class OverheadCategoryTicker : public QCPAxisTicker
{
public:
    enum class Kind { Names, Numbers };
    OverheadCategoryTicker(const OverheadBarChart *chart, Kind kind, const QCPAxis *axis)
        : m_chart(chart)
        , m_kind(kind)
        , m_axis(axis)
    {}

    void generate(const QCPRange &range, const QLocale &, QChar, int, QVector<double> &ticks, QVector<double> *subTicks,
                  QVector<QString> *tickLabels) override
    {
        ticks.clear();
        if (subTicks)
            subTicks->clear();
        if (tickLabels)
            tickLabels->clear();
        const int n = m_chart->groupCount();
        if (n == 0)
            return;
        // The slot width of the layout being made: the viewport is already set (also when
        // rendering to a page), the axis margins are a guess from the last layout.
        const QRect inner = m_axis->axisRect()->rect();
        const QRect outer = m_axis->axisRect()->outerRect();
        const int margins = std::max(0, outer.width() - inner.width());
        const qreal slot = std::max(40.0, qreal(m_chart->viewport().width() - std::max(margins, 60)) / n);
        const QFontMetricsF metrics(m_axis->tickLabelFont());
        for (int group = 0; group < n; ++group) {
            const double key = m_chart->keyOf(group);
            if (key < range.lower || key > range.upper)
                continue;
            ticks.append(key);
            if (!tickLabels)
                continue;
            if (m_axis->orientation() == Qt::Vertical) {
                // The margin grows to fit; a narrow chart gets the short numbers so the bars keep room.
                const bool compact = m_chart->viewport().width() < 700;
                tickLabels->append(m_kind == Kind::Numbers ? m_chart->valueLabel(group, compact)
                                                           : m_chart->categoryLabel(group));
                continue;
            }
            QString label = m_chart->categoryLabel(group);
            if (m_kind == Kind::Numbers) {
                label = m_chart->valueLabel(group);
                const QStringList full = label.split(QLatin1Char('\n'));
                const bool fits = std::all_of(full.begin(), full.end(), [&](const QString &line) {
                    return metrics.horizontalAdvance(line) <= slot - 10;
                });
                if (!fits)
                    label = m_chart->valueLabel(group, true);
            }
            // Side by side, a label must stay within its slot: break lines at underscores and spaces.
            QStringList lines = label.split(QLatin1Char('\n'));
            for (QString &line : lines)
                line = OverheadBarChart::wrapName(line, metrics, slot - 10);
            tickLabels->append(lines.join(QLatin1Char('\n')));
        }
        // Tick labels come in key order; keys of a horizontal chart run bottom to top.
        if (ticks.size() > 1 && ticks.front() > ticks.back()) {
            std::reverse(ticks.begin(), ticks.end());
            if (tickLabels)
                std::reverse(tickLabels->begin(), tickLabels->end());
        }
    }

private:
    const OverheadBarChart *m_chart;
    Kind m_kind;
    const QCPAxis *m_axis; // owns this ticker, so outlives it
};

// Numbers on the value axis about every 60 px (45 px upright), so a short axis does not crowd its
// labels. The length is the last layout's (or a guess from the viewport before the first).
class OverheadValueTicker : public QCPAxisTicker
{
public:
    explicit OverheadValueTicker(const QCPAxis *axis)
        : m_axis(axis)
    {}

protected:
    double getTickStep(const QCPRange &range) override
    {
        const bool horizontal = m_axis->orientation() == Qt::Horizontal;
        const QRect inner = m_axis->axisRect()->rect();
        const QRect viewport = m_axis->parentPlot()->viewport();
        double length = horizontal ? inner.width() : inner.height();
        if (length <= 0)
            length = (horizontal ? viewport.width() : viewport.height()) * 0.7;
        setTickCount(std::clamp(int(length / (horizontal ? 60 : 45)), 2, 8));
        return QCPAxisTicker::getTickStep(range);
    }

private:
    const QCPAxis *m_axis; // owns this ticker, so outlives it
};

OverheadBarChart::OverheadBarChart(Qt::Orientation orientation, QWidget *parent)
    : ChartPlot(parent)
    , m_orientation(orientation)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(360, 240);
    setInteractions({});

    m_overheadBars = new QCPBars(keyAxis(), valueAxis());
    m_coreBars = new QCPBars(keyAxis(), valueAxis());
    m_coreBars->moveAbove(m_overheadBars);
    for (QCPBars *bars : {m_overheadBars, m_coreBars}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(BarWidth);
        bars->setStackingGap(0);
        bars->setAntialiased(false);
        bars->setSelectable(QCP::stNone);
    }
    m_overheadBars->setBrush(OverheadColor);
    m_overheadBars->setPen(QPen(OverheadColor.darker(130), 1));
    m_coreBars->setBrush(CoreColor);
    m_coreBars->setPen(QPen(CoreColor.darker(130), 1));

    // The legend in a row of its own above the chart, so it never covers a bar.
    axisRect()->insetLayout()->take(legend);
    auto *top = new QCPLayoutGrid;
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, top);
    plotLayout()->setRowStretchFactor(0, 0.001);
    top->addElement(0, 0, legend);
    top->addElement(0, 1, new QCPLayoutElement(this));
    top->setColumnStretchFactor(0, 0.001);
    top->setColumnStretchFactor(1, 1000);
    top->setMargins(QMargins(4, 4, 4, 0));
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setColumnSpacing(18);
    legend->setMargins(QMargins(4, 2, 4, 2));

    QCPAxis *names = keyAxis();
    QCPAxis *numbers = numbersAxis();
    names->setTicker(
        QSharedPointer<QCPAxisTicker>(new OverheadCategoryTicker(this, OverheadCategoryTicker::Kind::Names, names)));
    numbers->setTicker(QSharedPointer<QCPAxisTicker>(
        new OverheadCategoryTicker(this, OverheadCategoryTicker::Kind::Numbers, numbers)));
    numbers->setVisible(true);
    unusedAxis()->setVisible(false);
    for (QCPAxis *axis : {names, numbers}) {
        axis->setTickLength(0, 0);
        axis->setSubTicks(false);
        axis->grid()->setVisible(false);
        axis->setNumberFormat(QStringLiteral("f")); // no "beautiful powers" in names such as "energy_1e3"
        axis->setTickLabelPadding(8);
    }
    numbers->setBasePen(Qt::NoPen);
    // Zero-length ticks still leave a dot in PDF output unless their pen is fully transparent.
    numbers->setTickPen(QPen(Qt::transparent, 0));
    names->setTickPen(QPen(Qt::transparent, 0));
    names->setBasePen(QPen(QColor(0x80, 0x80, 0x80), 1));
    valueAxis()->grid()->setPen(QPen(QColor(0xdc, 0xdc, 0xdc), 0));
    valueAxis()->grid()->setZeroLinePen(Qt::NoPen);
    valueAxis()->setPadding(4);
    valueAxis()->setBasePen(QPen(QColor(0x80, 0x80, 0x80), 1));

    m_emptyText = new QCPItemText(this);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setCoords(0.5, 0.45);
    m_emptyText->setPositionAlignment(Qt::AlignCenter);
    m_emptyText->setColor(QColor(0x60, 0x60, 0x60));
    m_emptyText->setVisible(false);

    // The bars' thickness in px is only known once the layout is made (also for a page).
    connect(this, &QCustomPlot::afterLayout, this, &OverheadBarChart::fitBarWidth);

    styleAxes();
    retranslate();
    rebuild();
}

// A row's (or column's) band spans the axis rect and its label margins, not the legend above.
void OverheadBarChart::placeBand(QCPItemRect *band) const
{
    const double k = band->property("key").toDouble();
    const QRect outer = axisRect()->outerRect();
    if (m_orientation == Qt::Horizontal) {
        band->topLeft->setCoords(outer.left(), k + 0.5);
        band->bottomRight->setCoords(outer.right() + 1, k - 0.5);
    } else {
        band->topLeft->setCoords(k - 0.5, outer.top());
        band->bottomRight->setCoords(k + 0.5, outer.bottom() + 1);
    }
}

void OverheadBarChart::fitBarWidth()
{
    for (QCPItemRect *band : std::as_const(m_bands))
        placeBand(band);
    const QCPRange range = keyAxis()->range();
    const double length = m_orientation == Qt::Horizontal ? axisRect()->height() : axisRect()->width();
    if (range.size() <= 0 || length <= 0)
        return;
    const double pxPerUnit = length / range.size();
    m_barWidth = std::min(BarWidth, MaxBarPx / pxPerUnit);
    m_overheadBars->setWidth(m_barWidth);
    m_coreBars->setWidth(m_barWidth);
}

QCPAxis *OverheadBarChart::keyAxis() const
{
    return m_orientation == Qt::Horizontal ? yAxis : xAxis;
}

QCPAxis *OverheadBarChart::valueAxis() const
{
    return m_orientation == Qt::Horizontal ? xAxis : yAxis;
}

QCPAxis *OverheadBarChart::numbersAxis() const
{
    return m_orientation == Qt::Horizontal ? yAxis2 : xAxis2;
}

QCPAxis *OverheadBarChart::unusedAxis() const
{
    return m_orientation == Qt::Horizontal ? xAxis2 : yAxis2;
}

int OverheadBarChart::groupCount() const
{
    return m_summary ? int(m_summary->groups.size()) : 0;
}

int OverheadBarChart::keyOf(int group) const
{
    // Horizontal bars: the first group at the top, where the key is largest.
    return m_orientation == Qt::Horizontal ? groupCount() - 1 - group : group;
}

void OverheadBarChart::setSummary(std::shared_ptr<const OverheadSummary> summary)
{
    // The highlight stays on the same group (by name) when the data changes under it.
    const QString current = m_current >= 0 && m_current < groupCount() ? m_summary->groups[std::size_t(m_current)].name
                                                                       : QString();
    m_summary = std::move(summary);
    m_current = m_summary && !current.isEmpty() ? m_summary->indexOf(current) : -1;
    rebuild();
}

bool OverheadBarChart::setScale(Scale scale)
{
    if (scale == m_scale)
        return false;
    m_scale = scale;
    rebuild();
    return true;
}

QString OverheadBarChart::scaleKey(Scale scale)
{
    return scale == Scale::Share ? QStringLiteral("share") : QStringLiteral("energy");
}

std::optional<OverheadBarChart::Scale> OverheadBarChart::scaleFromKey(const QString &key)
{
    return valueOfKey({Scale::Energy, Scale::Share}, scaleKey, key);
}

void OverheadBarChart::addScaleItems(QComboBox *box)
{
    for (Scale s : {Scale::Energy, Scale::Share})
        box->addItem(QString(), scaleKey(s));
}

void OverheadBarChart::setGroupTitle(const QString &title)
{
    m_groupTitle = title;
    keyAxis()->setLabel(title);
}

void OverheadBarChart::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
}

void OverheadBarChart::setCurrentGroup(int group)
{
    if (group < -1 || group >= groupCount())
        group = -1;
    if (group == m_current)
        return;
    m_current = group;
    updateBands();
    replot(QCustomPlot::rpQueuedReplot);
    emit currentGroupChanged(group);
}

void OverheadBarChart::styleAxes()
{
    const QFont base = font();
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setTickLabelFont(pixelFont(base, TickPx));
        axis->setSelectedTickLabelFont(pixelFont(base, TickPx));
        axis->setLabelFont(pixelFont(base, LabelPx));
        axis->setSelectedLabelFont(pixelFont(base, LabelPx));
        axis->setTickLabelColor(QColor(0x30, 0x30, 0x30));
        axis->setLabelColor(QColor(0x20, 0x20, 0x20));
    }
    legend->setFont(pixelFont(base, LegendPx));
    legend->setSelectedFont(pixelFont(base, LegendPx));
    m_emptyText->setFont(pixelFont(base, 18, true));
}

void OverheadBarChart::retranslate()
{
    m_overheadBars->setName(tr("Fixed overhead"));
    m_coreBars->setName(tr("Training (non-overhead energy)"));
    updateAxisLabels();
    styleAxes();
}

void OverheadBarChart::updateAxisLabels()
{
    keyAxis()->setLabel(m_groupTitle);
    if (m_scale == Scale::Share)
        valueAxis()->setLabel(tr("Share of each bar's standardised energy (%)"));
    else
        valueAxis()->setLabel(tr("Standardised energy (%1)").arg(m_unit.symbol));
}

QString OverheadBarChart::wrapName(const QString &name, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    // Pieces that end after an underscore: "energy_", "3_", "cpu_", "extra_", "depths".
    QStringList pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char('_') || name.at(i) == QLatin1Char(' ')) {
            pieces << name.mid(start, i - start + 1);
            start = i + 1;
        }
    }
    if (start < name.size())
        pieces << name.mid(start);
    QStringList lines;
    QString line;
    for (const QString &piece : std::as_const(pieces)) {
        if (!line.isEmpty() && metrics.horizontalAdvance(line + piece) > width) {
            lines << line;
            line.clear();
        }
        line += piece;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

QString OverheadBarChart::categoryLabel(int group) const
{
    if (group < 0 || group >= groupCount())
        return {};
    const OverheadGroup &g = m_summary->groups[std::size_t(group)];
    return g.known ? g.name : tr("unknown");
}

QString OverheadBarChart::valueLabel(int group, bool compact) const
{
    if (group < 0 || group >= groupCount())
        return {};
    const OverheadGroup &g = m_summary->groups[std::size_t(group)];
    const auto share = g.share();
    if (!share)
        return compact ? QStringLiteral("-") : tr("no energy to split");
    if (compact)
        return (m_orientation == Qt::Horizontal ? tr("%1 \u00b7 %2") : tr("%1\n%2"))
            .arg(units::share(*share), energyText(g.overhead));
    if (m_orientation == Qt::Horizontal)
        return tr("%1 overhead \u00b7 %2 of %3")
            .arg(units::share(*share), energyText(g.overhead), energyText(g.total()));
    return tr("%1 overhead\n%2\nof %3").arg(units::share(*share), energyText(g.overhead), energyText(g.total()));
}

QString OverheadBarChart::toolTipText(int group) const
{
    if (group < 0 || group >= groupCount())
        return {};
    const OverheadGroup &g = m_summary->groups[std::size_t(group)];
    const QLocale locale;
    const auto share = g.share();
    QString text = tr("<b>%1</b>: %n run(s)", nullptr, int(std::min<std::size_t>(g.runs, INT_MAX)))
                       .arg(categoryLabel(group).toHtmlEscaped());
    text += QStringLiteral("<br>")
        + tr("Fixed overhead: %1 (%2)").arg(energyText(g.overhead), share ? units::share(*share) : QStringLiteral("-"));
    text += QStringLiteral("<br>")
        + tr("Training (non-overhead): %1 (%2)")
              .arg(energyText(g.core), share ? units::share(1 - *share) : QStringLiteral("-"));
    text += QStringLiteral("<br>")
        + tr("Total, standardised: %1 (%2 GJ)").arg(energyText(g.total()), locale.toString(g.total() / 1e9, 'f', 3));
    if (g.negativeCoreRuns > 0)
        text += QStringLiteral("<br>")
            + tr("%n run(s) used less than the fixed overhead (negative non-overhead energy).", nullptr,
                 int(std::min<std::size_t>(g.negativeCoreRuns, INT_MAX)));
    if (g.known)
        text += QStringLiteral("<br><i>") + tr("Click to keep only this group; Ctrl+click to add it to the selection.")
            + QStringLiteral("</i>");
    return text;
}

void OverheadBarChart::rebuild()
{
    const int n = groupCount();
    m_drawnEnd.assign(std::size_t(n), 0.0);
    double maxTotal = 0;
    for (int i = 0; i < n; ++i)
        maxTotal = std::max(maxTotal, m_summary->groups[std::size_t(i)].total());
    m_unit = units::energyScale(maxTotal, units::AutoUnit::WattHours);

    QVector<double> keys, overhead, core;
    for (int i = 0; i < n; ++i) {
        const OverheadGroup &g = m_summary->groups[std::size_t(i)];
        double o = 0, c = 0;
        if (m_scale == Scale::Share) {
            if (const auto s = g.share()) {
                o = std::clamp(*s, 0.0, 1.0) * 100;
                c = 100 - o;
            }
        } else {
            // Sums below zero (runs under the overhead) cannot be stacked; the labels say the truth.
            o = std::max(0.0, g.overhead) / m_unit.joules;
            c = std::max(0.0, g.core) / m_unit.joules;
        }
        keys << keyOf(i);
        overhead << o;
        core << c;
        m_drawnEnd[std::size_t(i)] = o + c;
    }
    m_overheadBars->setData(keys, overhead);
    m_coreBars->setData(keys, core);

    const bool empty = n == 0;
    m_emptyText->setVisible(empty && !m_emptyText->text().isEmpty());
    legend->setVisible(!empty);
    valueAxis()->setTickLabels(!empty);
    valueAxis()->setTicks(!empty);
    valueAxis()->grid()->setVisible(!empty);
    keyAxis()->setRange(-0.6, std::max(n, 1) - 0.4);
    numbersAxis()->setRange(keyAxis()->range());
    if (m_orientation == Qt::Horizontal)
        numbersAxis()->setRangeReversed(keyAxis()->rangeReversed());

    valueAxis()->setTicker(QSharedPointer<QCPAxisTicker>(new OverheadValueTicker(valueAxis())));
    if (m_scale == Scale::Share) {
        valueAxis()->setNumberFormat(QStringLiteral("f"));
        valueAxis()->setNumberPrecision(0);
        valueAxis()->setRange(0, 100);
    } else {
        valueAxis()->setNumberFormat(QStringLiteral("g"));
        valueAxis()->setNumberPrecision(4);
        double top = 0;
        for (double e : m_drawnEnd)
            top = std::max(top, e);
        valueAxis()->setRange(0, top > 0 ? top * 1.04 : 1.0);
    }
    updateAxisLabels();
    updateBands();
    replot(QCustomPlot::rpQueuedReplot);
}

void OverheadBarChart::updateBands()
{
    for (QCPItemRect *band : std::as_const(m_bands))
        removeItem(band);
    m_bands.clear();
    m_highlight = nullptr;
    const int n = groupCount();
    // Shading runs under the labels too, so a row's numbers are easy to follow to
    // its bar however short the bar is.
    auto addBand = [this](int group, const QColor &color) {
        auto *band = new QCPItemRect(this);
        band->setLayer(QStringLiteral("background"));
        band->setClipToAxisRect(false);
        band->setSelectable(false);
        band->setPen(Qt::NoPen);
        band->setBrush(color);
        const double k = keyOf(group);
        for (QCPItemPosition *p : {band->topLeft, band->bottomRight}) {
            p->setAxes(xAxis, yAxis);
            if (m_orientation == Qt::Horizontal) {
                p->setTypeX(QCPItemPosition::ptAbsolute);
                p->setTypeY(QCPItemPosition::ptPlotCoords);
            } else {
                p->setTypeX(QCPItemPosition::ptPlotCoords);
                p->setTypeY(QCPItemPosition::ptAbsolute);
            }
        }
        band->setProperty("key", k);
        placeBand(band);
        m_bands << band;
        return band;
    };
    for (int i = 1; i < n; i += 2)
        addBand(i, BandColor);
    if (m_current >= 0 && m_current < n && hasFocus())
        m_highlight = addBand(m_current, HighlightColor);
}

int OverheadBarChart::groupAt(const QPointF &pos) const
{
    const int n = groupCount();
    if (n == 0)
        return -1;
    const QCPAxis *key = keyAxis();
    const QCPAxis *value = valueAxis();
    const bool horizontal = m_orientation == Qt::Horizontal;
    const QRect inner = axisRect()->rect();
    const double keyPx = horizontal ? pos.y() : pos.x();
    const double valuePx = horizontal ? pos.x() : pos.y();
    // Along the category axis: within the axis rect and within a bar's thickness (plus 2 px).
    if (horizontal ? (keyPx < inner.top() || keyPx > inner.bottom()) : (keyPx < inner.left() || keyPx > inner.right()))
        return -1;
    const int k = int(std::lround(key->pixelToCoord(keyPx)));
    if (k < 0 || k >= n)
        return -1;
    const double half = std::abs(key->coordToPixel(k + m_barWidth / 2) - key->coordToPixel(k));
    if (std::abs(key->coordToPixel(k) - keyPx) > half + 2)
        return -1;
    const int group = horizontal ? n - 1 - k : k;
    // Along the value axis: the bar itself, or anywhere in the label margins on either side.
    const double lo = horizontal ? inner.left() : inner.top();
    const double hi = horizontal ? inner.right() : inner.bottom();
    if (valuePx < lo || valuePx > hi)
        return rect().contains(pos.toPoint()) ? group : -1;
    const double a = value->coordToPixel(0);
    const double b = value->coordToPixel(m_drawnEnd[std::size_t(group)]);
    if (valuePx < std::min(a, b) - 3 || valuePx > std::max(a, b) + 3)
        return -1;
    return group;
}

QPointF OverheadBarChart::barCenter(int group) const
{
    if (group < 0 || group >= groupCount())
        return {};
    const double k = keyAxis()->coordToPixel(keyOf(group));
    const double v = valueAxis()->coordToPixel(m_drawnEnd[std::size_t(group)] / 2);
    return m_orientation == Qt::Horizontal ? QPointF(v, k) : QPointF(k, v);
}

bool OverheadBarChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int group = groupAt(help->pos());
        if (group >= 0)
            QToolTip::showText(help->globalPos(), toolTipText(group), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QCustomPlot::event(e);
}

void OverheadBarChart::keyPressEvent(QKeyEvent *e)
{
    const int n = groupCount();
    int next = m_current;
    switch (e->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right: next = m_current < 0 ? 0 : std::min(n - 1, m_current + 1); break;
    case Qt::Key_Up:
    case Qt::Key_Left: next = m_current < 0 ? 0 : std::max(0, m_current - 1); break;
    case Qt::Key_Home: next = 0; break;
    case Qt::Key_End: next = n - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current < n) {
            emit groupClicked(m_current, e->modifiers() & Qt::ControlModifier);
            e->accept();
            return;
        }
        QCustomPlot::keyPressEvent(e);
        return;
    default: QCustomPlot::keyPressEvent(e); return;
    }
    if (n == 0) {
        QCustomPlot::keyPressEvent(e);
        return;
    }
    setCurrentGroup(next);
    if (m_current >= 0) {
        // Say where the highlight is, for screen readers and sighted keyboard users alike.
        setAccessibleDescription(QString(toolTipText(m_current)).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        QToolTip::showText(mapToGlobal(barCenter(m_current).toPoint()), toolTipText(m_current), this);
    }
    e->accept();
}

void OverheadBarChart::mousePressEvent(QMouseEvent *e)
{
    QCustomPlot::mousePressEvent(e);
    m_pressedGroup = e->button() == Qt::LeftButton ? groupAt(e->position()) : -1;
    m_pressPos = e->position();
}

void OverheadBarChart::mouseReleaseEvent(QMouseEvent *e)
{
    QCustomPlot::mouseReleaseEvent(e);
    const int pressed = m_pressedGroup;
    m_pressedGroup = -1;
    if (pressed < 0 || e->button() != Qt::LeftButton)
        return;
    if ((e->position() - m_pressPos).manhattanLength() > 5 || groupAt(e->position()) != pressed)
        return;
    setCurrentGroup(pressed);
    emit groupClicked(pressed, e->modifiers() & Qt::ControlModifier);
}

void OverheadBarChart::focusInEvent(QFocusEvent *e)
{
    QCustomPlot::focusInEvent(e);
    updateBands();
    replot(QCustomPlot::rpQueuedReplot);
}

void OverheadBarChart::focusOutEvent(QFocusEvent *e)
{
    QCustomPlot::focusOutEvent(e);
    updateBands();
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace wattprint
