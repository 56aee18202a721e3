#include "sankeywidget.h"

#include "chartfonts.h"
#include "seriespalette.h"
#include "shapepalette.h"

#include <units.h>

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wattprint {

namespace {

using Kind = CarbonFlowNode::Kind;

const QColor CpuColor = seriespalette::cpu();
const QColor GpuColor = seriespalette::gpu();
const QColor GroupColor(0x4d, 0x4d, 0x4d);
const QColor OtherColor(0xa0, 0xa0, 0xa0);
const QColor EnergyColor(0x33, 0x33, 0x33);
const QColor OverheadColor(0xb8, 0xb8, 0xb8);
const QColor CarbonColor(0x6b, 0x4f, 0x3a);
const QColor CostColor(0x2e, 0x7d, 0x32);
constexpr qreal BarWidth = 12;
constexpr int LabelPx = 11;
constexpr int NotePx = 10;

// Flows are totals that carbon and cost are computed from: watt-hours under Automatic.
QString energyText(double joules)
{
    return units::energy(joules, units::AutoUnit::WattHours);
}

qreal wrappedHeight(const QFontMetricsF &fm, qreal width, const QString &text)
{
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text).height();
}

// Places labels of heights `h` near their wanted centres `want` inside [top, bottom] without
// overlap; drops the labels of the lowest `priority` until they fit. Returns the tops (NaN = dropped).
std::vector<qreal> relax(const std::vector<qreal> &want, const std::vector<qreal> &h,
                         const std::vector<double> &priority, qreal top, qreal bottom, qreal spacing)
{
    const std::size_t n = want.size();
    std::vector<bool> keep(n, true);
    std::vector<qreal> out(n, std::nan(""));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return want[a] < want[b]; });
    std::vector<std::size_t> byPriority(n);
    std::iota(byPriority.begin(), byPriority.end(), 0);
    std::sort(byPriority.begin(), byPriority.end(),
              [&](std::size_t a, std::size_t b) { return priority[a] < priority[b]; });
    for (std::size_t dropped = 0; dropped <= n; ++dropped) {
        qreal total = 0;
        std::vector<std::size_t> items;
        for (std::size_t i : order) {
            if (keep[i]) {
                items.push_back(i);
                total += h[i] + spacing;
            }
        }
        if (total - spacing <= bottom - top + 0.5 || items.empty()) {
            std::vector<qreal> y(items.size());
            qreal prev = top - spacing;
            for (std::size_t k = 0; k < items.size(); ++k) {
                y[k] = std::max(want[items[k]] - h[items[k]] / 2, prev + spacing);
                prev = y[k] + h[items[k]];
            }
            qreal next = bottom + spacing;
            for (std::size_t k = items.size(); k-- > 0;) {
                y[k] = std::min(y[k], next - spacing - h[items[k]]);
                next = y[k];
            }
            for (std::size_t k = 0; k < items.size(); ++k)
                out[items[k]] = std::max(y[k], top);
            return out;
        }
        keep[byPriority[dropped]] = false;
    }
    return out;
}

} // namespace

SankeyWidget::SankeyWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 220);
    setAttribute(Qt::WA_OpaquePaintEvent);
    retranslate();
}

SankeyWidget::~SankeyWidget() = default;

void SankeyWidget::retranslate()
{
    if (m_groupTitle.isEmpty()) {
        m_groupTitle = tr("Dataset");
        m_groupNoun = tr("dataset");
        m_groupPlural = tr("datasets");
    }
    update();
}

void SankeyWidget::setFlow(std::shared_ptr<const CarbonFlow> flow)
{
    // The keyboard stays on the node of that name, when the new flow has it.
    const QString current = m_flow && m_current >= 0 && std::size_t(m_current) < m_flow->nodes.size()
        ? m_flow->nodes[std::size_t(m_current)].name
        : QString();
    m_flow = std::move(flow);
    m_current = -1;
    for (std::size_t i = 0; m_flow && !current.isEmpty() && i < m_flow->nodes.size(); ++i) {
        if (m_flow->nodes[i].name == current && clickable(int(i)))
            m_current = int(i);
    }
    m_nodeRects.clear();
    m_links.clear();
    m_labels.clear();
    layout(QRectF(rect()));
    update();
}

void SankeyWidget::setGroupTitle(const QString &title, const QString &noun, const QString &plural)
{
    m_groupTitle = title;
    m_groupNoun = noun;
    m_groupPlural = plural;
    update();
}

void SankeyWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void SankeyWidget::setRegionName(const QString &name)
{
    m_regionName = name;
    update();
}

QFont SankeyWidget::labelFont(bool bold) const
{
    return pixelFont(font(), LabelPx, bold);
}

QFont SankeyWidget::noteFont() const
{
    return pixelFont(font(), NotePx);
}

QString SankeyWidget::columnTitle(int column) const
{
    switch (column) {
    case 0: return tr("Device");
    case 1: return m_groupTitle;
    case 2: return tr("Energy");
    case 3: return m_flow ? units::gasName(m_flow->total.factors.intensityUnit) : tr("Carbon");
    case 4: return tr("Cost");
    }
    return {};
}

QString SankeyWidget::groupName(const CarbonFlowNode &n)
{
    return n.missing ? tr("(none)") : n.name;
}

QStringList SankeyWidget::labelLines(int node) const
{
    const CarbonFlowNode &n = m_flow->nodes[std::size_t(node)];
    const CarbonFactors &f = m_flow->total.factors;
    switch (n.kind) {
    case Kind::Device: return {n.name, energyText(n.joules)};
    case Kind::Group:
        return {tr("%1  %2").arg(n.other ? tr("other (%1 %2)").arg(n.members.size()).arg(m_groupPlural) : groupName(n),
                                 energyText(n.joules))};
    case Kind::Energy: return {energyText(n.joules), tr("at the meter")};
    case Kind::Overhead:
        return {tr("+%1").arg(energyText(n.joules)), tr("PUE %1").arg(QLocale().toString(f.pue, 'f', 2))};
    case Kind::Carbon: return {units::mass(n.co2eGrams), units::intensity(f.gramsPerKwh, f.intensityUnit)};
    case Kind::Cost:
        return {units::money(n.cost.value_or(0), f.currency),
                tr("%1/kWh").arg(units::money(f.pricePerKwh.value_or(0), f.currency))};
    }
    return {};
}

QStringList SankeyWidget::notes() const
{
    return m_notes;
}

void SankeyWidget::layout(const QRectF &rect)
{
    m_rect = rect;
    m_nodeRects.clear();
    m_links.clear();
    m_labels.clear();
    m_headers.clear();
    m_notes.clear();
    m_notesEmphasis = -1;
    m_diagram = QRectF();
    if (!m_flow || m_flow->totals.runs == 0 || m_flow->totals.joules() <= 0)
        return;
    const CarbonFlow &flow = *m_flow;
    const CarbonFactors &f = flow.total.factors;
    const QLocale locale;

    // The notes: factors with their sources, then the equivalents with theirs.
    const QString gas = units::gasName(f.intensityUnit);
    const QString origin = m_regionName.isEmpty() ? f.region : m_regionName;
    m_notes << (f.intensityYear > 0
                    ? tr("Carbon intensity %1 (%2, %3). Source: %4.")
                          .arg(units::intensity(f.gramsPerKwh, f.intensityUnit), origin)
                          .arg(f.intensityYear)
                          .arg(f.intensitySource)
                    : tr("Carbon intensity %1 (%2). Source: %3.")
                          .arg(units::intensity(f.gramsPerKwh, f.intensityUnit), origin, f.intensitySource));
    // PUE and price share a paragraph so the diagram keeps its height in a dock.
    m_notes << tr("PUE %1 (facility energy / IT energy). Source: %2. %3")
                   .arg(locale.toString(f.pue, 'f', 2),
                        f.pueIsDefault ? tr("default: no data-centre overhead (PUE 1.0, as CodeCarbon)") : f.pueSource,
                        !f.pricePerKwh ? tr("No electricity price set: enter one above to see the cost.")
                            : f.priceIsDefault
                            //: %1 price per kWh with currency, %2 its source
                            ? tr("Electricity price %1 per kWh (default; source: %2).")
                                  .arg(units::money(*f.pricePerKwh, f.currency), f.priceSource)
                            : tr("Electricity price %1 per kWh (your value).")
                                  .arg(units::money(*f.pricePerKwh, f.currency)));
    QStringList equivalents, sources;
    // The equivalents' and the default PUE's words are the analysis' English (kept in JSON); the
    // screen says them in the reader's language.
    const auto equivalentLabel = [](const Equivalent &e) {
        if (e.id == QLatin1String("car_km"))
            return tr("Distance by an average passenger car");
        if (e.id == QLatin1String("phone_charges"))
            return tr("Smartphone charges");
        return e.label;
    };
    const auto unitOf = [](const Equivalent &e) {
        if (e.id == QLatin1String("phone_charges"))
            return tr("charges");
        return e.unit;
    };
    for (const Equivalent &e : flow.total.equivalents) {
        equivalents << tr("%1: %2 %3").arg(equivalentLabel(e), units::approximate(e.value), unitOf(e));
        sources << e.source;
    }
    if (!equivalents.isEmpty()) {
        m_notes << tr("%1 %2 is roughly as much as... %3.")
                       .arg(units::mass(flow.total.co2eGrams), gas, equivalents.join(tr("; ")));
        m_notes << tr("Sources of the equivalents: %1.").arg(sources.join(tr("; ")));
        m_notesEmphasis = int(m_notes.size()) - 2;
    }
    const QFontMetricsF nfm(noteFont());
    qreal notesH = 0;
    for (const QString &n : m_notes)
        notesH += wrappedHeight(nfm, rect.width() - 8, n) + 2;
    m_notesRect = QRectF(rect.left() + 4, rect.bottom() - notesH - 2, rect.width() - 8, notesH);

    const QFontMetricsF bfm(labelFont(true));
    const QFontMetricsF fm(labelFont());
    m_headerY = rect.top() + 2;
    const qreal headerH = bfm.height() + 6;
    m_diagram = QRectF(rect.left() + 4, rect.top() + headerH, rect.width() - 8,
                       std::max<qreal>(40, m_notesRect.top() - 10 - rect.top() - headerH));
    const int columns = flow.columns;
    const std::size_t n = flow.nodes.size();

    // Labels and the horizontal room they need.
    m_labels.resize(n);
    std::vector<qreal> labelWidth(static_cast<std::size_t>(columns), 0);
    for (std::size_t i = 0; i < n; ++i) {
        m_labels[i].lines = labelLines(int(i));
        qreal w = 0;
        for (int k = 0; k < m_labels[i].lines.size(); ++k)
            w = std::max(w, (k == 0 ? bfm : fm).horizontalAdvance(m_labels[i].lines[k]));
        m_labels[i].rect.setWidth(w + 6);
        m_labels[i].rect.setHeight(bfm.height() + (m_labels[i].lines.size() - 1) * fm.height() + 2);
        const int c = flow.nodes[i].column;
        labelWidth[std::size_t(c)] = std::max(labelWidth[std::size_t(c)], w + 6);
    }
    for (int c = 0; c < columns; ++c)
        labelWidth[std::size_t(c)] = std::max(labelWidth[std::size_t(c)], bfm.horizontalAdvance(columnTitle(c)) / 2);
    const qreal left = std::min(labelWidth[0] + 4, m_diagram.width() * 0.2);
    const qreal right = std::min(labelWidth[std::size_t(columns - 1)] + 4, m_diagram.width() * 0.22);
    const qreal available = m_diagram.width() - left - right - columns * BarWidth;
    // Gap c sits right of column c and holds that column's labels (the first column's are on its left).
    std::vector<qreal> gap(static_cast<std::size_t>(columns - 1), 0);
    qreal wanted = 0;
    for (int c = 0; c < columns - 1; ++c) {
        gap[std::size_t(c)] = c == 0 ? 40.0 : labelWidth[std::size_t(c)] + 14;
        wanted += gap[std::size_t(c)];
    }
    for (qreal &g : gap)
        g = wanted <= available ? g + (available - wanted) / (columns - 1) : g * available / wanted;
    std::vector<qreal> x(static_cast<std::size_t>(columns));
    x[0] = m_diagram.left() + left;
    for (int c = 1; c < columns; ++c)
        x[std::size_t(c)] = x[std::size_t(c - 1)] + BarWidth + gap[std::size_t(c - 1)];

    // Heights: one scale for every column, so the tallest (facility energy) fits.
    const qreal H = m_diagram.height();
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(columns));
    for (std::size_t i = 0; i < n; ++i)
        members[std::size_t(flow.nodes[i].column)].push_back(i);
    std::vector<qreal> spacing(static_cast<std::size_t>(columns));
    double scale = std::numeric_limits<double>::infinity();
    for (int c = 0; c < columns; ++c) {
        const auto &m = members[std::size_t(c)];
        const qreal s = m.size() > 1 ? std::min<qreal>(c == 1 ? 6 : 14, H * 0.35 / qreal(m.size() - 1)) : 0;
        spacing[std::size_t(c)] = s;
        double sum = 0;
        for (std::size_t i : m)
            sum += flow.nodes[i].drawnJoules;
        if (sum > 0)
            scale = std::min(scale, (H - s * qreal(m.size() > 0 ? m.size() - 1 : 0)) / sum);
    }
    if (!std::isfinite(scale) || scale <= 0)
        return;
    m_nodeRects.assign(n, QRectF());
    for (int c = 0; c < columns; ++c) {
        const auto &m = members[std::size_t(c)];
        qreal total = 0;
        for (std::size_t i : m)
            total += std::max<qreal>(1, flow.nodes[i].drawnJoules * scale);
        total += spacing[std::size_t(c)] * qreal(m.empty() ? 0 : m.size() - 1);
        qreal y = m_diagram.top() + (H - total) / 2;
        for (std::size_t i : m) {
            const qreal h = std::max<qreal>(1, flow.nodes[i].drawnJoules * scale);
            m_nodeRects[i] = QRectF(x[std::size_t(c)], y, BarWidth, h);
            y += h + spacing[std::size_t(c)];
        }
        m_headers.emplace_back(x[std::size_t(c)] + BarWidth / 2, columnTitle(c));
    }

    // Links stacked in their order at both ends.
    std::vector<qreal> out(n, 0), in(n, 0);
    for (const CarbonFlowLink &l : flow.links) {
        LinkGeometry g;
        const QRectF &s = m_nodeRects[std::size_t(l.source)];
        const QRectF &t = m_nodeRects[std::size_t(l.target)];
        g.width = l.joules * scale;
        g.x0 = s.right();
        g.x1 = t.left();
        g.y0 = s.top() + out[std::size_t(l.source)];
        g.y1 = t.top() + in[std::size_t(l.target)];
        out[std::size_t(l.source)] += g.width;
        in[std::size_t(l.target)] += g.width;
        m_links.push_back(g);
    }

    // Labels: left of the first column, right of the others, moved apart where they would overlap.
    for (int c = 0; c < columns; ++c) {
        const auto &m = members[std::size_t(c)];
        std::vector<qreal> want, h;
        std::vector<double> priority;
        for (std::size_t i : m) {
            want.push_back(m_nodeRects[i].center().y());
            h.push_back(m_labels[i].rect.height());
            priority.push_back(flow.nodes[i].drawnJoules);
        }
        const std::vector<qreal> tops = relax(want, h, priority, m_diagram.top(), m_diagram.bottom(), 1);
        const qreal room = c == 0 ? left - 4 : c == columns - 1 ? right - 2 : gap[std::size_t(c)] - 6;
        for (std::size_t k = 0; k < m.size(); ++k) {
            Label &label = m_labels[m[k]];
            if (std::isnan(tops[k]))
                continue;
            const QRectF &r = m_nodeRects[m[k]];
            const qreal w = std::min(label.rect.width(), room);
            if (w < 24)
                continue;
            label.shown = true;
            label.align = c == 0 ? Qt::AlignRight : Qt::AlignLeft;
            label.rect = c == 0 ? QRectF(r.left() - 4 - w, tops[k], w, h[k]) : QRectF(r.right() + 4, tops[k], w, h[k]);
        }
    }
}

void SankeyWidget::paint(QPainter *painter, const QRectF &rect)
{
    layout(rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, Qt::white);
    if (m_nodeRects.empty()) {
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->setFont(labelFont());
        painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                          m_emptyText.isEmpty() ? tr("No energy to show.") : m_emptyText);
        painter->restore();
        return;
    }
    const CarbonFlow &flow = *m_flow;
    const QFontMetricsF bfm(labelFont(true));
    const QFontMetricsF fm(labelFont());

    painter->setFont(labelFont(true));
    painter->setPen(QColor(0x40, 0x40, 0x40));
    for (std::size_t c = 0; c < m_headers.size(); ++c) {
        const auto &[cx, text] = m_headers[c];
        const qreal w = bfm.horizontalAdvance(text);
        qreal x0 = cx - w / 2;
        x0 = std::clamp(x0, m_rect.left() + 2, m_rect.right() - 2 - w);
        painter->drawText(QPointF(x0, m_headerY + bfm.ascent()), text);
    }

    for (std::size_t i = 0; i < m_links.size(); ++i) {
        const LinkGeometry &g = m_links[i];
        const qreal mx = (g.x0 + g.x1) / 2;
        QPainterPath band;
        band.moveTo(g.x0, g.y0);
        band.cubicTo(mx, g.y0, mx, g.y1, g.x1, g.y1);
        band.lineTo(g.x1, g.y1 + g.width);
        band.cubicTo(mx, g.y1 + g.width, mx, g.y0 + g.width, g.x0, g.y0 + g.width);
        band.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(linkColor(int(i)));
        painter->drawPath(band);
    }
    for (std::size_t i = 0; i < m_nodeRects.size(); ++i) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(nodeColor(int(i)));
        painter->drawRect(m_nodeRects[i]);
    }
    // The keyboard's node, on screen only.
    if (painter->device() == this && hasFocus() && m_current >= 0 && std::size_t(m_current) < m_nodeRects.size()) {
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_nodeRects[std::size_t(m_current)].adjusted(-3, -3, 3, 3));
    }
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const Label &label = m_labels[i];
        if (!label.shown)
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 205));
        painter->drawRoundedRect(label.rect, 2, 2);
        qreal y = label.rect.top() + 1;
        for (int k = 0; k < label.lines.size(); ++k) {
            const QFontMetricsF &m = k == 0 ? bfm : fm;
            painter->setFont(labelFont(k == 0));
            painter->setPen(k == 0 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0x50, 0x50, 0x50));
            const QString text = m.elidedText(label.lines[k], Qt::ElideMiddle, label.rect.width() - 4);
            const qreal w = m.horizontalAdvance(text);
            const qreal x0 = label.align == Qt::AlignRight ? label.rect.right() - 2 - w : label.rect.left() + 2;
            painter->drawText(QPointF(x0, y + m.ascent()), text);
            y += m.height();
        }
    }

    painter->setPen(QColor(0xc8, 0xc8, 0xc8));
    painter->drawLine(QPointF(m_rect.left() + 4, m_notesRect.top() - 4),
                      QPointF(m_rect.right() - 4, m_notesRect.top() - 4));
    painter->setFont(noteFont());
    const QFontMetricsF nfm(noteFont());
    qreal y = m_notesRect.top();
    for (int k = 0; k < m_notes.size(); ++k) {
        const qreal h = wrappedHeight(nfm, m_notesRect.width(), m_notes[k]);
        painter->setPen(k == m_notesEmphasis                              ? QColor(0x10, 0x10, 0x10)
                            : k > m_notesEmphasis && m_notesEmphasis >= 0 ? QColor(0x60, 0x60, 0x60)
                                                                          : QColor(0x40, 0x40, 0x40));
        painter->drawText(QRectF(m_notesRect.left(), y, m_notesRect.width(), h + 1),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_notes[k]);
        y += h + 2;
    }
    Q_UNUSED(flow)
    painter->restore();
}

QColor SankeyWidget::nodeColor(int node) const
{
    const CarbonFlowNode &n = m_flow->nodes[std::size_t(node)];
    switch (n.kind) {
    case Kind::Device: return n.name == QLatin1String("GPU") ? GpuColor : CpuColor;
    case Kind::Group:
        if (n.other)
            return OtherColor;
        if (m_flow->totals.grouping == FlowGrouping::Shape)
            return shapepalette::colorForShape(n.name);
        return GroupColor;
    case Kind::Energy: return EnergyColor;
    case Kind::Overhead: return OverheadColor;
    case Kind::Carbon: return CarbonColor;
    case Kind::Cost: return CostColor;
    }
    return GroupColor;
}

QColor SankeyWidget::linkColor(int link) const
{
    const CarbonFlowLink &l = m_flow->links[std::size_t(link)];
    QColor c = l.device == 0 ? CpuColor : l.device == 1 ? GpuColor : QColor(0x90, 0x90, 0x90);
    if (m_flow->nodes[std::size_t(l.source)].kind == Kind::Overhead)
        c = OverheadColor;
    c.setAlpha(l.device >= 0 ? 95 : 80);
    return c;
}

int SankeyWidget::nodeAt(const QPointF &pos) const
{
    for (std::size_t i = 0; i < m_nodeRects.size(); ++i) {
        if (m_nodeRects[i].adjusted(-3, -2, 3, 2).contains(pos))
            return int(i);
    }
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        if (m_labels[i].shown && m_labels[i].rect.contains(pos))
            return int(i);
    }
    return -1;
}

int SankeyWidget::linkAt(const QPointF &pos) const
{
    // A band is its centre curve moved up and down by half its width, so its vertical thickness
    // is the width everywhere: find the curve's parameter at pos.x by bisection (x is monotonic).
    int best = -1;
    qreal bestWidth = std::numeric_limits<qreal>::infinity();
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        const LinkGeometry &g = m_links[i];
        if (pos.x() < g.x0 || pos.x() > g.x1)
            continue;
        const qreal mx = (g.x0 + g.x1) / 2;
        auto bx = [&](qreal t) {
            const qreal u = 1 - t;
            return u * u * u * g.x0 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * g.x1;
        };
        qreal lo = 0, hi = 1;
        for (int k = 0; k < 40; ++k) {
            const qreal mid = (lo + hi) / 2;
            (bx(mid) < pos.x() ? lo : hi) = mid;
        }
        const qreal t = (lo + hi) / 2, u = 1 - t;
        const qreal top = u * u * u * g.y0 + 3 * u * u * t * g.y0 + 3 * u * t * t * g.y1 + t * t * t * g.y1;
        const qreal w = std::max<qreal>(g.width, 2);
        if (pos.y() >= top - (w - g.width) / 2 && pos.y() <= top + g.width + (w - g.width) / 2 && g.width < bestWidth) {
            best = int(i);
            bestWidth = g.width;
        }
    }
    return best;
}

QRectF SankeyWidget::nodeRect(int node) const
{
    return node >= 0 && std::size_t(node) < m_nodeRects.size() ? m_nodeRects[std::size_t(node)] : QRectF();
}

QPointF SankeyWidget::linkCenter(int link) const
{
    if (link < 0 || std::size_t(link) >= m_links.size())
        return {};
    const LinkGeometry &g = m_links[std::size_t(link)];
    return {(g.x0 + g.x1) / 2, (g.y0 + g.y1) / 2 + g.width / 2};
}

QString SankeyWidget::nodeLabel(int node) const
{
    if (node < 0 || std::size_t(node) >= m_labels.size())
        return {};
    return m_labels[std::size_t(node)].lines.join(QLatin1Char('\n'));
}

bool SankeyWidget::labelShown(int node) const
{
    return node >= 0 && std::size_t(node) < m_labels.size() && m_labels[std::size_t(node)].shown;
}

bool SankeyWidget::clickable(int node) const
{
    if (!m_flow || node < 0)
        return false;
    const Kind k = m_flow->nodes[std::size_t(node)].kind;
    return k == Kind::Device || k == Kind::Group;
}

QString SankeyWidget::nodeToolTip(int node) const
{
    if (!m_flow || node < 0 || std::size_t(node) >= m_flow->nodes.size())
        return {};
    const CarbonFlowNode &n = m_flow->nodes[std::size_t(node)];
    const CarbonFactors &f = m_flow->total.factors;
    const QLocale locale;
    const double total = m_flow->totals.joules();
    const QString gas = units::gasName(f.intensityUnit);
    QStringList lines;
    auto shareOf = [&](double j) {
        return total > 0 ? locale.toString(100.0 * j / total, 'f', j / total < 0.1 ? 1 : 0) + QLatin1Char('%')
                         : QString();
    };
    switch (n.kind) {
    case Kind::Device:
    case Kind::Group: {
        const QString name = n.kind == Kind::Device ? tr("%1 runs").arg(n.name)
            : n.other   ? tr("Other %1: %2").arg(m_groupPlural, n.members.join(QStringLiteral(", ")))
            : n.missing ? tr("Runs that name no %1").arg(m_groupNoun)
                        : tr("%1 %2").arg(m_groupNoun, n.name);
        lines << name;
        lines << tr("%1 at the meter (%2 of the energy), %3")
                     .arg(energyText(n.joules), shareOf(n.joules), units::runs(qint64(n.runs)));
        if (f.pue > 1)
            lines << tr("%1 with the data centre's overhead (PUE %2)")
                         .arg(energyText(n.facilityKwh * kJoulesPerKwh), locale.toString(f.pue, 'f', 2));
        lines << tr("%1 %2").arg(units::mass(n.co2eGrams), gas);
        if (n.cost)
            lines << tr("%1").arg(units::money(*n.cost, f.currency));
        lines << tr("Click to select these runs; Ctrl+click to add them to the selection.");
        break;
    }
    case Kind::Energy:
        lines << tr("Energy at the meter: %1 (%2 kWh), %3")
                     .arg(energyText(n.joules), locale.toString(n.kwh, 'g', 6), units::runs(qint64(n.runs)));
        lines << tr("%1 %2 with PUE %3").arg(units::mass(n.co2eGrams), gas, locale.toString(f.pue, 'f', 2));
        break;
    case Kind::Overhead:
        lines << tr("Data centre's overhead: %1 more than at the meter (PUE %2)")
                     .arg(energyText(n.joules), locale.toString(f.pue, 'f', 2));
        lines << tr("%1 %2").arg(units::mass(n.co2eGrams), gas);
        break;
    case Kind::Carbon:
        lines << tr("%1 %2 = %3 kWh x PUE %4 x %5")
                     .arg(units::mass(n.co2eGrams), gas, locale.toString(n.kwh, 'g', 6), locale.toString(f.pue, 'f', 2),
                          units::intensity(f.gramsPerKwh, f.intensityUnit));
        break;
    case Kind::Cost:
        lines << tr("%1 = %2 kWh x PUE %3 x %4 per kWh")
                     .arg(units::money(n.cost.value_or(0), f.currency), locale.toString(n.kwh, 'g', 6),
                          locale.toString(f.pue, 'f', 2), units::money(f.pricePerKwh.value_or(0), f.currency));
        if (f.priceIsDefault)
            lines << tr("Default price; source: %1").arg(f.priceSource);
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString SankeyWidget::linkToolTip(int link) const
{
    if (!m_flow || link < 0 || std::size_t(link) >= m_flow->links.size())
        return {};
    const CarbonFlowLink &l = m_flow->links[std::size_t(link)];
    const CarbonFactors &f = m_flow->total.factors;
    auto name = [&](int node) {
        const CarbonFlowNode &n = m_flow->nodes[std::size_t(node)];
        switch (n.kind) {
        case Kind::Device: return n.name;
        case Kind::Group: return n.other ? tr("other %1").arg(m_groupPlural) : groupName(n);
        case Kind::Energy: return tr("energy");
        case Kind::Overhead: return tr("data centre's overhead");
        case Kind::Carbon: return units::gasName(f.intensityUnit);
        case Kind::Cost: return tr("cost");
        }
        return QString();
    };
    QString text = tr("%1 \u2192 %2: %3").arg(name(l.source), name(l.target), energyText(l.joules));
    if (l.device >= 0)
        text += tr(" (%1 runs)").arg(l.device == 1 ? QStringLiteral("GPU") : QStringLiteral("CPU"));
    text += QLatin1Char('\n') + tr("%1 %2").arg(units::mass(l.co2eGrams), units::gasName(f.intensityUnit));
    if (l.cost)
        text += QLatin1Char('\n') + units::money(*l.cost, f.currency);
    return text;
}

void SankeyWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(&painter, QRectF(rect()));
}

void SankeyWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int node = nodeAt(event->position());
        if (clickable(node)) {
            emit nodeClicked(node, event->modifiers());
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void SankeyWidget::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(clickable(nodeAt(event->position())) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void SankeyWidget::keyPressEvent(QKeyEvent *event)
{
    std::vector<int> nodes;
    for (int i = 0; i < int(m_nodeRects.size()); ++i) {
        if (clickable(i))
            nodes.push_back(i);
    }
    if (nodes.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const auto at = std::find(nodes.begin(), nodes.end(), m_current);
    const auto step = [&](int by) {
        const auto n = std::ptrdiff_t(nodes.size());
        const std::ptrdiff_t i = at == nodes.end() ? (by > 0 ? 0 : n - 1) : ((at - nodes.begin()) + by + n) % n;
        m_current = nodes[std::size_t(i)];
        setAccessibleDescription(nodeToolTip(m_current));
        if (hasFocus())
            QToolTip::showText(mapToGlobal(m_nodeRects[std::size_t(m_current)].center().toPoint()),
                               nodeToolTip(m_current), this);
        update();
    };
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right: step(1); return;
    case Qt::Key_Up:
    case Qt::Key_Left: step(-1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (at != nodes.end())
            emit nodeClicked(m_current, event->modifiers() & Qt::ControlModifier);
        return;
    default: QWidget::keyPressEvent(event);
    }
}

bool SankeyWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAt(help->pos());
        const QString text = node >= 0 ? nodeToolTip(node) : linkToolTip(linkAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace wattprint
