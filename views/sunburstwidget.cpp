#include "sunburstwidget.h"

#include "chartfonts.h"
#include "shapepalette.h"

#include <units.h>

#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <tuple>

namespace wattprint {

namespace {

const QColor CpuColor(0x00, 0x72, 0xb2); // Okabe-Ito blue, as the distribution and carbon views
const QColor GpuColor(0xd5, 0x5e, 0x00); // Okabe-Ito vermillion
// Paul Tol's "light" scheme, for datasets when they form the first ring.
constexpr std::array<QRgb, 8> Light = {0x77AADD, 0xEE8866, 0xEEDD88, 0xFFAABB, 0x99DDFF, 0x44BB99, 0xBBCC33, 0xAAAA00};
constexpr int LabelPx = 10;
constexpr int CrumbPx = 12;
constexpr qreal CrumbBarHeight = 26;
constexpr qreal HintHeight = 16;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

qreal toRadians(qreal deg)
{
    return deg * std::numbers::pi / 180.0;
}

// A point at `radius` and `deg` clockwise from 12 o'clock.
QPointF polar(const QPointF &centre, qreal radius, qreal deg)
{
    return {centre.x() + radius * std::sin(toRadians(deg)), centre.y() - radius * std::cos(toRadians(deg))};
}

} // namespace

SunburstWidget::SunburstWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(300, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

SunburstWidget::~SunburstWidget() = default;

void SunburstWidget::retranslate()
{
    update();
}

QFont SunburstWidget::pxFont(int px, bool bold) const
{
    return pixelFont(QWidget::font(), px, bold);
}

void SunburstWidget::setHierarchy(std::shared_ptr<const EnergyHierarchy> hierarchy)
{
    m_hierarchy = std::move(hierarchy);
    m_hover = -1;
    m_current = -1;
    // Keep as much of the zoom path as the new data has, and only branches with children.
    QStringList path = m_rootPath;
    while (!path.isEmpty() && m_hierarchy) {
        const int n = m_hierarchy->find(path);
        if (n >= 0 && !m_hierarchy->nodes[std::size_t(n)].children.empty())
            break;
        path.removeLast();
    }
    if (!m_hierarchy)
        path.clear();
    const bool changed = path != m_rootPath;
    m_rootPath = path;
    layout(QRectF(rect()));
    update();
    if (changed)
        emit rootPathChanged(m_rootPath);
}

void SunburstWidget::setMetric(HierarchyMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    layout(QRectF(rect()));
    update();
}

void SunburstWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

int SunburstWidget::rootNode() const
{
    if (!m_hierarchy || m_hierarchy->nodes.empty())
        return -1;
    const int n = m_hierarchy->find(m_rootPath);
    return n >= 0 ? n : 0;
}

void SunburstWidget::setRootPath(const QStringList &path)
{
    if (path == m_rootPath)
        return;
    if (m_hierarchy) {
        const int n = m_hierarchy->find(path);
        if (n < 0 || m_hierarchy->nodes[std::size_t(n)].children.empty())
            return;
    }
    m_rootPath = path;
    m_hover = -1;
    m_current = -1;
    layout(QRectF(rect()));
    update();
    emit rootPathChanged(m_rootPath);
}

bool SunburstWidget::zoomTo(int node)
{
    if (!m_hierarchy || node < 0 || std::size_t(node) >= m_hierarchy->nodes.size()
        || m_hierarchy->nodes[std::size_t(node)].children.empty())
        return false;
    setRootPath(m_hierarchy->path(node));
    return true;
}

void SunburstWidget::zoomOut()
{
    if (m_rootPath.isEmpty())
        return;
    QStringList p = m_rootPath;
    p.removeLast();
    setRootPath(p);
}

QString SunburstWidget::pathText(const QStringList &path)
{
    QStringList parts{tr("All runs")};
    parts += path;
    return parts.join(QStringLiteral(" \u203a "));
}

QString SunburstWidget::nodeLabel(const HierarchyNode &node)
{
    return node.missing ? tr("(none)") : node.name;
}

QColor SunburstWidget::colorFor(const EnergyHierarchy &h, int node)
{
    const HierarchyNode &n = h.nodes[std::size_t(node)];
    if (n.depth == 0)
        return QColor(0xf2, 0xf2, 0xf2);
    switch (h.levelOf(node)) {
    case HierarchyLevel::Device: return n.name == QLatin1String("GPU") ? GpuColor : CpuColor;
    case HierarchyLevel::Shape: return shapepalette::colorForShape(n.name);
    case HierarchyLevel::Dataset: break;
    }
    if (n.depth == 1) {
        // By name order among the first ring, so a dataset keeps its colour whatever the values.
        QStringList names;
        for (int c : h.nodes[0].children)
            names << h.nodes[std::size_t(c)].name;
        names.sort();
        return QColor(Light[std::size_t(names.indexOf(n.name)) % Light.size()]);
    }
    return mix(colorFor(h, n.parent), Qt::white, 0.45);
}

std::vector<int> SunburstWidget::legendNodes(const EnergyHierarchy &h)
{
    // One entry per hue: devices, then shapes in the sweep's order, then first-ring datasets.
    std::vector<int> nodes;
    QStringList seen;
    for (std::size_t i = 1; i < h.nodes.size(); ++i) {
        const HierarchyLevel l = h.levelOf(int(i));
        if ((l == HierarchyLevel::Dataset && h.nodes[i].depth != 1) || seen.contains(h.nodes[i].name))
            continue;
        seen << h.nodes[i].name;
        nodes.push_back(int(i));
    }
    auto key = [&h](int n) {
        const HierarchyLevel l = h.levelOf(n);
        const QString &name = h.nodes[std::size_t(n)].name;
        const int sweep = l == HierarchyLevel::Shape ? shapepalette::sweepIndex(name) : -1;
        return std::make_tuple(int(l), sweep < 0 ? 1000 : sweep, name);
    };
    std::sort(nodes.begin(), nodes.end(), [&](int a, int b) { return key(a) < key(b); });
    return nodes;
}

SunburstWidget::LabelFit SunburstWidget::fitLabel(qreal textWidth, qreal textHeight, qreal innerR, qreal outerR,
                                                  qreal spanDeg, qreal minWidth)
{
    const qreal depth = outerR - innerR;
    const qreal span = toRadians(std::min<qreal>(spanDeg, 360));
    const qreal arcMiddle = (innerR + outerR) / 2 * span;
    const qreal arcInner = innerR * span;
    constexpr qreal Pad = 6;
    if (textWidth + Pad <= arcMiddle && textHeight + 2 <= depth)
        return LabelFit::Tangential;
    if (textHeight + 1 <= arcInner) {
        if (textWidth + Pad <= depth)
            return LabelFit::Radial;
        if (minWidth + Pad <= depth)
            return LabelFit::RadialElided;
    }
    return LabelFit::None;
}

QString SunburstWidget::valueText(double value) const
{
    return m_metric == HierarchyMetric::Energy ? units::energy(value, units::AutoUnit::WattHours)
                                               : units::runs(std::llround(value));
}

void SunburstWidget::layout(const QRectF &rect)
{
    m_rect = rect;
    m_segments.clear();
    m_segmentOf.clear();
    m_labels.clear();
    m_crumbRects.clear();
    m_crumbTexts.clear();
    m_selectRect = QRectF();
    m_legendRect = QRectF();
    m_rings = 0;
    if (!m_hierarchy || m_hierarchy->nodes.empty() || m_hierarchy->nodes[0].value(m_metric) <= 0)
        return;
    const EnergyHierarchy &h = *m_hierarchy;
    const int root = rootNode();

    // Breadcrumb bar.
    const QFontMetricsF cfm(pxFont(CrumbPx));
    const QFontMetricsF cbfm(pxFont(CrumbPx, true));
    const QString selectText = tr("Select these runs");
    const qreal selectW = cfm.horizontalAdvance(selectText) + 16;
    m_selectRect = QRectF(rect.right() - selectW - 4, rect.top() + 3, selectW, CrumbBarHeight - 6);
    qreal x = rect.left() + 6;
    QStringList crumbs{tr("All runs")};
    crumbs += m_rootPath;
    for (int i = 0; i < crumbs.size(); ++i) {
        const bool last = i == crumbs.size() - 1;
        const qreal room = m_selectRect.left() - 8 - x;
        QString text = (last ? cbfm : cfm).elidedText(crumbs[i], Qt::ElideMiddle, std::max<qreal>(room, 20));
        const qreal w = (last ? cbfm : cfm).horizontalAdvance(text);
        m_crumbTexts << text;
        m_crumbRects.emplace_back(x - 3, rect.top() + 3, w + 6, CrumbBarHeight - 6);
        x += w + 6 + cfm.horizontalAdvance(QStringLiteral(" \u203a ")) + 2;
    }

    // The circle, and the legend on the right when there is room.
    const QRectF area(rect.left() + 4, rect.top() + CrumbBarHeight + 4, rect.width() - 8,
                      rect.height() - CrumbBarHeight - HintHeight - 8);
    const QFontMetricsF lfm(pxFont(LabelPx + 1));
    qreal legendW = 0;
    int legendItems = 0;
    m_legend = legendNodes(h);
    if (qreal(m_legend.size()) * (lfm.height() + 2) > area.height()) {
        // No room for every hue: keep the devices' and shapes' (datasets carry their names on the ring).
        std::erase_if(m_legend, [&h](int n) { return h.levelOf(n) == HierarchyLevel::Dataset; });
    }
    for (int i : m_legend) {
        legendW = std::max(legendW, lfm.horizontalAdvance(nodeLabel(h.nodes[std::size_t(i)])) + 24);
        ++legendItems;
    }
    legendW = std::min<qreal>(legendW, 190);
    const bool legend = area.width() - legendW - 10 >= std::min(area.height(), area.width() * 0.62) && legendItems > 0
        && area.height() >= legendItems * (lfm.height() + 2);
    const qreal chartW = legend ? area.width() - legendW - 10 : area.width();
    const qreal R = std::max<qreal>(20, std::min(chartW, area.height()) / 2 - 2);
    m_centre = QPointF(area.left() + chartW / 2, area.center().y());
    if (legend)
        m_legendRect = QRectF(area.left() + chartW + 10, area.top(), legendW, area.height());

    m_rings = 3 - h.nodes[std::size_t(root)].depth;
    if (m_rings <= 0)
        return;
    m_innerRadius = R * (m_rings == 3 ? 0.26 : m_rings == 2 ? 0.32 : 0.42);
    m_ringWidth = (R - m_innerRadius) / m_rings;
    m_segments = sunburstLayout(h, root, m_metric);
    m_segmentOf.assign(h.nodes.size(), -1);
    m_labels.assign(h.nodes.size(), QString());
    const QFontMetricsF fm(pxFont(LabelPx));
    const qreal minWidth = fm.horizontalAdvance(QStringLiteral("abcd\u2026"));
    for (std::size_t s = 0; s < m_segments.size(); ++s) {
        const ArcSegment &seg = m_segments[s];
        m_segmentOf[std::size_t(seg.node)] = int(s);
        if (seg.spanDeg <= 0)
            continue;
        const QString name = nodeLabel(h.nodes[std::size_t(seg.node)]);
        const qreal r0 = m_innerRadius + seg.ring * m_ringWidth;
        switch (fitLabel(fm.horizontalAdvance(name), fm.height(), r0, r0 + m_ringWidth, seg.spanDeg, minWidth)) {
        case LabelFit::Tangential:
        case LabelFit::Radial: m_labels[std::size_t(seg.node)] = name; break;
        case LabelFit::RadialElided:
            m_labels[std::size_t(seg.node)] = fm.elidedText(name, Qt::ElideRight, m_ringWidth - 6);
            break;
        case LabelFit::None: break;
        }
    }
}

void SunburstWidget::paint(QPainter *painter, const QRectF &rect, bool interactive)
{
    layout(rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, Qt::white);
    if (m_segments.empty()) {
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->setFont(pxFont(LabelPx + 2));
        painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                          m_emptyText.isEmpty() ? tr("Nothing to show.") : m_emptyText);
        painter->restore();
        return;
    }
    const EnergyHierarchy &h = *m_hierarchy;
    const int root = rootNode();

    // Breadcrumbs.
    painter->fillRect(QRectF(rect.left(), rect.top(), rect.width(), CrumbBarHeight), QColor(0xf4, 0xf4, 0xf4));
    const QFontMetricsF cfm(pxFont(CrumbPx));
    for (std::size_t i = 0; i < m_crumbRects.size(); ++i) {
        const bool last = i + 1 == m_crumbRects.size();
        painter->setFont(pxFont(CrumbPx, last));
        painter->setPen(last ? QColor(0x10, 0x10, 0x10) : QColor(0x1f, 0x5f, 0xa8));
        const QRectF &r = m_crumbRects[i];
        painter->drawText(r, Qt::AlignCenter, m_crumbTexts[int(i)]);
        if (!last) {
            painter->setFont(pxFont(CrumbPx));
            painter->setPen(QColor(0x70, 0x70, 0x70));
            painter->drawText(QPointF(r.right() + 2, r.center().y() + cfm.ascent() / 2 - 1), QStringLiteral("\u203a"));
        }
    }
    const bool canSelect = root > 0;
    if (interactive) {
        painter->setPen(canSelect ? QColor(0x1f, 0x5f, 0xa8) : QColor(0xc0, 0xc0, 0xc0));
        painter->setBrush(canSelect ? QColor(0xe6, 0xef, 0xfa) : QColor(0xf8, 0xf8, 0xf8));
        painter->drawRoundedRect(m_selectRect, 3, 3);
        painter->setFont(pxFont(CrumbPx));
        painter->setPen(canSelect ? QColor(0x10, 0x3f, 0x7a) : QColor(0xa0, 0xa0, 0xa0));
        painter->drawText(m_selectRect, Qt::AlignCenter, tr("Select these runs"));
    }

    // Segments.
    QPainterPath focusPath;
    for (const ArcSegment &seg : m_segments) {
        if (seg.spanDeg <= 0)
            continue;
        const qreal r0 = m_innerRadius + seg.ring * m_ringWidth;
        const qreal r1 = r0 + m_ringWidth;
        const QRectF outer(m_centre.x() - r1, m_centre.y() - r1, 2 * r1, 2 * r1);
        const QRectF inner(m_centre.x() - r0, m_centre.y() - r0, 2 * r0, 2 * r0);
        QPainterPath path;
        path.moveTo(polar(m_centre, r1, seg.startDeg));
        path.arcTo(outer, 90 - seg.startDeg, -seg.spanDeg);
        path.lineTo(polar(m_centre, r0, seg.startDeg + seg.spanDeg));
        path.arcTo(inner, 90 - seg.startDeg - seg.spanDeg, seg.spanDeg);
        path.closeSubpath();
        QColor fill = colorFor(h, seg.node);
        if (seg.node == m_hover)
            fill = fill.darker(115);
        painter->setBrush(fill);
        painter->setPen(QPen(Qt::white, seg.spanDeg > 1 ? 1.2 : 0.4));
        painter->drawPath(path);
        if (interactive && seg.node == m_current && hasFocus())
            focusPath = path;
    }
    // The keyboard's segment: a dark outline over its neighbours' edges.
    if (!focusPath.isEmpty()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2.4));
        painter->drawPath(focusPath);
    }
    // Labels on the segments where they fit.
    const QFontMetricsF fm(pxFont(LabelPx));
    painter->setFont(pxFont(LabelPx));
    for (const ArcSegment &seg : m_segments) {
        const QString &text = m_labels[std::size_t(seg.node)];
        if (text.isEmpty())
            continue;
        const qreal r0 = m_innerRadius + seg.ring * m_ringWidth;
        const qreal mid = seg.startDeg + seg.spanDeg / 2;
        const QColor fill = colorFor(h, seg.node);
        painter->setPen(qGray(fill.rgb()) < 120 ? Qt::white : QColor(0x15, 0x15, 0x15));
        const qreal w = fm.horizontalAdvance(text);
        const bool tangential = fitLabel(w, fm.height(), r0, r0 + m_ringWidth, seg.spanDeg, 0) == LabelFit::Tangential;
        painter->save();
        const QPointF p = polar(m_centre, r0 + m_ringWidth / 2, seg.spanDeg >= 359.9 ? 0 : mid);
        painter->translate(p);
        if (tangential) {
            const qreal a = seg.spanDeg >= 359.9 ? 0 : mid;
            painter->rotate(a > 90 && a < 270 ? a + 180 : a);
        } else {
            painter->rotate(mid < 180 ? mid - 90 : mid + 90);
        }
        painter->drawText(QPointF(-w / 2, fm.ascent() / 2 - fm.descent() / 2), text);
        painter->restore();
    }

    // The centre: the branch zoomed into.
    const HierarchyNode &r = h.nodes[std::size_t(root)];
    const qreal cr = m_innerRadius - 2;
    painter->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    painter->setBrush(root == 0 ? QColor(0xfa, 0xfa, 0xfa) : colorFor(h, root).lighter(150));
    if (root > 0)
        painter->setBrush(mix(colorFor(h, root), Qt::white, 0.7));
    painter->drawEllipse(m_centre, cr, cr);
    QStringList lines{root == 0 ? tr("All runs") : nodeLabel(r), valueText(r.value(m_metric))};
    if (root > 0)
        lines << tr("%1 of all").arg(units::share(r.value(m_metric) / h.nodes[0].value(m_metric)));
    const QFontMetricsF bfm(pxFont(LabelPx + 1, true));
    const QFontMetricsF nfm(pxFont(LabelPx + 1));
    qreal y = m_centre.y() - (bfm.height() + (lines.size() - 1) * nfm.height()) / 2;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetricsF &m = i == 0 ? bfm : nfm;
        painter->setFont(pxFont(LabelPx + 1, i == 0));
        painter->setPen(i == 0 ? QColor(0x10, 0x10, 0x10) : QColor(0x40, 0x40, 0x40));
        const QString text = m.elidedText(lines[i], Qt::ElideMiddle, 2 * cr - 8);
        painter->drawText(QPointF(m_centre.x() - m.horizontalAdvance(text) / 2, y + m.ascent()), text);
        y += m.height();
    }

    // Legend: the hues (devices, shapes, datasets of the first ring).
    if (!m_legendRect.isEmpty()) {
        const QFontMetricsF lfm(pxFont(LabelPx + 1));
        painter->setFont(pxFont(LabelPx + 1));
        qreal ly = m_legendRect.top() + 2;
        for (int i : m_legend) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colorFor(h, i));
            painter->drawRect(QRectF(m_legendRect.left(), ly + 2, 12, lfm.height() - 4));
            painter->setPen(QColor(0x20, 0x20, 0x20));
            painter->drawText(
                QPointF(m_legendRect.left() + 18, ly + lfm.ascent()),
                lfm.elidedText(nodeLabel(h.nodes[std::size_t(i)]), Qt::ElideMiddle, m_legendRect.width() - 20));
            ly += lfm.height() + 2;
        }
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->drawText(QRectF(m_legendRect.left(), ly + 4, m_legendRect.width(), m_legendRect.bottom() - ly - 4),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          tr("Lighter: a level without a colour of its own"));
    }

    if (!interactive) {
        painter->restore();
        return;
    }
    painter->setFont(pxFont(LabelPx));
    painter->setPen(QColor(0x70, 0x70, 0x70));
    painter->drawText(
        QRectF(rect.left() + 6, rect.bottom() - HintHeight, rect.width() - 12, HintHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("Click a segment to zoom in, the centre to go back; right-click or \"Select these "
                         "runs\" to filter."),
                      Qt::ElideRight, rect.width() - 12));
    painter->restore();
}

int SunburstWidget::segmentAt(const QPointF &pos) const
{
    if (m_segments.empty())
        return -1;
    const QPointF d = pos - m_centre;
    const qreal r = std::hypot(d.x(), d.y());
    if (r < m_innerRadius)
        return -1;
    const int ring = int((r - m_innerRadius) / m_ringWidth);
    if (ring >= m_rings)
        return -1;
    qreal deg = std::atan2(d.x(), -d.y()) * 180.0 / std::numbers::pi;
    if (deg < 0)
        deg += 360;
    for (const ArcSegment &s : m_segments) {
        if (s.ring == ring && s.spanDeg > 0 && deg >= s.startDeg && deg < s.startDeg + s.spanDeg)
            return s.node;
    }
    return -1;
}

bool SunburstWidget::isCentre(const QPointF &pos) const
{
    const QPointF d = pos - m_centre;
    return !m_segments.empty() && std::hypot(d.x(), d.y()) < m_innerRadius - 2;
}

QPointF SunburstWidget::segmentCenter(int node) const
{
    if (node < 0 || std::size_t(node) >= m_segmentOf.size() || m_segmentOf[std::size_t(node)] < 0)
        return {};
    const ArcSegment &s = m_segments[std::size_t(m_segmentOf[std::size_t(node)])];
    return polar(m_centre, m_innerRadius + (s.ring + 0.5) * m_ringWidth, s.startDeg + s.spanDeg / 2);
}

QRectF SunburstWidget::crumbRect(int index) const
{
    return index >= 0 && std::size_t(index) < m_crumbRects.size() ? m_crumbRects[std::size_t(index)] : QRectF();
}

QString SunburstWidget::crumbText(int index) const
{
    return index >= 0 && index < m_crumbTexts.size() ? m_crumbTexts[index] : QString();
}

QString SunburstWidget::drawnLabel(int node) const
{
    return node >= 0 && std::size_t(node) < m_labels.size() ? m_labels[std::size_t(node)] : QString();
}

QString SunburstWidget::toolTipFor(int node) const
{
    if (!m_hierarchy || node <= 0 || std::size_t(node) >= m_hierarchy->nodes.size())
        return {};
    const EnergyHierarchy &h = *m_hierarchy;
    const HierarchyNode &n = h.nodes[std::size_t(node)];
    const HierarchyNode &parent = h.nodes[std::size_t(n.parent)];
    const double v = n.value(m_metric);
    QStringList lines{pathText(h.path(node)).mid(tr("All runs").size() + 3)};
    lines << valueText(v);
    lines << tr("%1 of the total").arg(units::share(v / h.nodes[0].value(m_metric)));
    if (n.parent > 0)
        lines << tr("%1 of %2")
                     .arg(units::share(parent.value(m_metric) > 0 ? v / parent.value(m_metric) : 0),
                          h.path(n.parent).join(QStringLiteral(" \u203a ")));
    lines << (m_metric == HierarchyMetric::Energy ? units::runs(qint64(n.runs))
                                                  : units::energy(n.joules, units::AutoUnit::WattHours));
    lines << (n.children.empty() ? tr("Right-click to select these runs.")
                                 : tr("Click to zoom in; right-click to select these runs."));
    return lines.join(QLatin1Char('\n'));
}

void SunburstWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(&painter, QRectF(rect()));
}

void SunburstWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    for (std::size_t i = 0; i < m_crumbRects.size(); ++i) {
        if (m_crumbRects[i].contains(pos)) {
            setRootPath(m_rootPath.mid(0, qsizetype(i)));
            return;
        }
    }
    if (m_selectRect.contains(pos)) {
        if (rootNode() > 0)
            emit selectRequested(rootNode());
        return;
    }
    if (isCentre(pos)) {
        zoomOut();
        return;
    }
    const int node = segmentAt(pos);
    if (node >= 0)
        zoomTo(node);
}

void SunburstWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const int node = segmentAt(pos);
    if (node != m_hover) {
        m_hover = node;
        update();
    }
    bool hand = (node >= 0 && !m_hierarchy->nodes[std::size_t(node)].children.empty())
        || (isCentre(pos) && !m_rootPath.isEmpty()) || (m_selectRect.contains(pos) && rootNode() > 0);
    for (std::size_t i = 0; i + 1 < m_crumbRects.size(); ++i)
        hand = hand || m_crumbRects[i].contains(pos);
    setCursor(hand ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void SunburstWidget::contextMenuEvent(QContextMenuEvent *event)
{
    int node = segmentAt(event->pos());
    if (node < 0 && isCentre(event->pos()))
        node = rootNode();
    if (node < 0 || !m_hierarchy)
        return;
    QMenu menu(this);
    const QString name = m_hierarchy->path(node).join(QStringLiteral(" \u203a "));
    if (node > 0) {
        QAction *select = menu.addAction(tr("Select these runs (%1)").arg(name));
        connect(select, &QAction::triggered, this, [this, node] { emit selectRequested(node); });
    }
    if (node != rootNode() && !m_hierarchy->nodes[std::size_t(node)].children.empty()) {
        QAction *zoom = menu.addAction(tr("Zoom into %1").arg(name));
        connect(zoom, &QAction::triggered, this, [this, node] { zoomTo(node); });
    }
    if (!m_rootPath.isEmpty()) {
        QAction *out = menu.addAction(tr("Zoom out"));
        connect(out, &QAction::triggered, this, &SunburstWidget::zoomOut);
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void SunburstWidget::setCurrent(int node)
{
    m_current = node;
    const QString tip = toolTipFor(node);
    setAccessibleDescription(tip);
    if (hasFocus() && node >= 0 && !tip.isEmpty())
        QToolTip::showText(mapToGlobal(segmentCenter(node).toPoint()), tip, this);
    update();
}

void SunburstWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_hierarchy || m_segments.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const auto segmentOf = [this](int node) -> const ArcSegment * {
        if (node < 0 || std::size_t(node) >= m_segmentOf.size() || m_segmentOf[std::size_t(node)] < 0)
            return nullptr;
        return &m_segments[std::size_t(m_segmentOf[std::size_t(node)])];
    };
    // The first ring's largest segment (the layout puts it first) when the keyboard has none.
    const auto first = [this] {
        for (const ArcSegment &seg : m_segments) {
            if (seg.ring == 0 && seg.spanDeg > 0)
                return seg.node;
        }
        return m_segments.front().node;
    };
    const ArcSegment *current = segmentOf(m_current);
    const auto along = [&](int step) {
        std::vector<const ArcSegment *> ring;
        for (const ArcSegment &seg : m_segments) {
            if (seg.ring == current->ring && seg.spanDeg > 0)
                ring.push_back(&seg);
        }
        std::sort(ring.begin(), ring.end(),
                  [](const ArcSegment *a, const ArcSegment *b) { return a->startDeg < b->startDeg; });
        const auto at = std::find(ring.begin(), ring.end(), current);
        const auto n = std::ptrdiff_t(ring.size());
        const std::ptrdiff_t i = at == ring.end() ? 0 : ((at - ring.begin()) + step + n) % n;
        return ring[std::size_t(i)]->node;
    };
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!current) {
            setCurrent(first());
        } else if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left) {
            setCurrent(along(event->key() == Qt::Key_Right ? 1 : -1));
        } else if (event->key() == Qt::Key_Down) {
            for (int child : m_hierarchy->nodes[std::size_t(m_current)].children) {
                if (const ArcSegment *seg = segmentOf(child); seg && seg->spanDeg > 0) {
                    setCurrent(child);
                    break;
                }
            }
        } else if (const int parent = m_hierarchy->nodes[std::size_t(m_current)].parent; segmentOf(parent)) {
            setCurrent(parent);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current)
            zoomTo(m_current);
        return;
    case Qt::Key_Backspace: zoomOut(); return;
    case Qt::Key_Space:
        if (m_current > 0)
            emit selectRequested(m_current);
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void SunburstWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void SunburstWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

bool SunburstWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text = toolTipFor(segmentAt(help->pos()));
        if (text.isEmpty() && isCentre(help->pos()) && !m_rootPath.isEmpty())
            text = tr("Click to go back to %1").arg(pathText(m_rootPath.mid(0, m_rootPath.size() - 1)));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::Leave && m_hover >= 0) {
        m_hover = -1;
        update();
    }
    return QWidget::event(event);
}

} // namespace wattprint
