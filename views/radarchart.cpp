#include "radarchart.h"

#include "chartfonts.h"
#include "seriespalette.h"
#include "shapepalette.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wattprint {

namespace {

constexpr int LabelPx = 13;
constexpr int SmallPx = 11;
constexpr int LegendPx = 13;
constexpr double LegendRow = 21;
constexpr double LegendWidth = 200;

} // namespace

RadarChart::RadarChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
}

void RadarChart::setResult(std::shared_ptr<const RadarResult> result, const QStringList &hidden)
{
    m_result = std::move(result);
    m_hidden = hidden;
    m_hover = -1;
    update();
}

bool RadarChart::isVisible(int series) const
{
    return m_result && series >= 0 && series < int(m_result->series.size())
        && !m_hidden.contains(m_result->series[std::size_t(series)].name);
}

QColor RadarChart::colourOf(int series) const
{
    const RadarSeries &s = m_result->series[std::size_t(series)];
    if (m_result->grouping == RadarGrouping::Shape)
        return shapepalette::colorForShape(s.name);
    return seriespalette::datasetAt(s.colourKey);
}

seriespalette::MarkerStyle RadarChart::markerOf(int series) const
{
    // Thirteen datasets cannot be told apart by colour alone by every reader: each also has its
    // marker, on its corners and in the legend.
    const RadarSeries &s = m_result->series[std::size_t(series)];
    if (m_result->grouping == RadarGrouping::Shape)
        return seriespalette::datasetMarkerAt(std::max(0, shapepalette::sweepIndex(s.name)));
    return seriespalette::datasetMarkerAt(s.colourKey);
}

RadarChart::Layout RadarChart::layoutFor(const QRectF &rect) const
{
    Layout l;
    const std::size_t n = m_result ? m_result->series.size() : 0;
    const QFontMetricsF captionFont(pixelFont(font(), SmallPx + 1));
    // Two lines, or as many as the caption needs (a note on near-equal axes adds one).
    const double captionWidth = rect.width() - 16;
    const double captionHeight = std::max(
        captionFont.height() * 2,
        captionFont.boundingRect(QRectF(0, 0, captionWidth, 1e4), Qt::TextWordWrap, captionText()).height());
    l.caption = QRectF(rect.left() + 8, rect.top() + 4, captionWidth, captionHeight + 4);
    QRectF area(rect.left(), l.caption.bottom() + 4, rect.width(), rect.bottom() - l.caption.bottom() - 4);
    const bool side = rect.width() >= 560;
    double legendWidth = 60;
    const QFontMetricsF lf(pixelFont(font(), LegendPx, true));
    for (std::size_t i = 0; i < n; ++i)
        legendWidth = std::max(legendWidth, lf.horizontalAdvance(m_result->series[i].name) + 52);
    legendWidth = std::min(legendWidth, LegendWidth);
    if (side) {
        l.legend = QRectF(area.right() - legendWidth, area.top() + 6, legendWidth - 6,
                          std::min(area.height() - 6, LegendRow * double(n) + 8));
        area.setRight(l.legend.left() - 4);
        for (std::size_t i = 0; i < n; ++i)
            l.legendRows.emplace_back(l.legend.left() + 4, l.legend.top() + 4 + LegendRow * double(i),
                                      l.legend.width() - 8, LegendRow);
    } else {
        const int columns = std::max(1, int(rect.width() / 170));
        const int rows = int((n + std::size_t(columns) - 1) / std::size_t(columns));
        const double w = (rect.width() - 12) / columns;
        l.legend = QRectF(rect.left() + 6, area.bottom() - LegendRow * rows - 6, rect.width() - 12,
                          LegendRow * rows + 4);
        area.setBottom(l.legend.top() - 4);
        for (std::size_t i = 0; i < n; ++i)
            l.legendRows.emplace_back(l.legend.left() + w * double(i % std::size_t(columns)),
                                      l.legend.top() + 2 + LegendRow * double(i / std::size_t(columns)), w, LegendRow);
    }
    // Room for the axis names (two lines) around the radar.
    // The side labels' widths set the horizontal room.
    double padX = 60;
    const QFontMetricsF bold(pixelFont(font(), LabelPx, true));
    const QFontMetricsF small(pixelFont(font(), SmallPx));
    for (int m : {1, 2, 4, 5}) {
        padX = std::max(padX, bold.horizontalAdvance(RadarView::metricLabel(RadarMetric(m))) + 16);
        if (m_result && std::isfinite(m_result->min[std::size_t(m)]))
            padX = std::max(padX, small.horizontalAdvance(rangeText(m)) + 16);
    }
    const double padY = bold.height() + small.height() + 16;
    l.radius = std::max(40.0, std::min((area.width() - 2 * padX) / 2, (area.height() - 2 * padY) / 2));
    l.centre = QPointF(area.center().x(), area.center().y() + 4);
    l.inner = l.radius * 0.1;
    l.plot = QRectF(l.centre.x() - l.radius, l.centre.y() - l.radius, 2 * l.radius, 2 * l.radius);
    return l;
}

QString RadarChart::rangeText(int m) const
{
    const auto metric = RadarMetric(m);
    const auto mi = std::size_t(m);
    if (!m_result || !std::isfinite(m_result->min[mi]))
        return tr("no value");
    const double spread = m_result->relativeSpread[mi];
    const bool near = std::isfinite(spread) && spread <= RadarNearEqual;
    if (m_result->normalisation == RadarNormalisation::MedianRatio) {
        // What the middle ring stands for on this axis.
        const QString median = RadarView::formatRaw(metric, m_result->median[mi]);
        return near ? tr("1\u00D7 = %1, all within %2").arg(median, RadarView::withinText(spread))
                    : tr("1\u00D7 = %1").arg(median);
    }
    const QString lo = RadarView::formatRaw(metric, m_result->min[mi]);
    const QString hi = RadarView::formatRaw(metric, m_result->max[mi]);
    // Min-max and rank scaling stretch even a tiny spread over the whole axis: say when it is tiny.
    if (lo == hi)
        return tr("all about %1").arg(lo);
    return near ? tr("%1 to %2, within %3").arg(lo, hi, RadarView::withinText(spread)) : tr("%1 to %2").arg(lo, hi);
}

QString RadarChart::captionText() const
{
    if (!m_result)
        return {};
    const RadarResult &r = *m_result;
    const QString what = r.grouping == RadarGrouping::Shape ? tr("shapes") : tr("datasets");
    QString caption;
    switch (r.normalisation) {
    case RadarNormalisation::MedianRatio:
        caption = tr("Each value as a multiple of the median of the %1 %2, on a log scale: the middle ring (1\u00D7) "
                     "is the median, the rim %3 and the centre %4 the median. Every axis is a cost: a smaller "
                     "polygon is cheaper.")
                      .arg(r.series.size())
                      .arg(what, RadarView::ringText(r.ringFactor), RadarView::ringText(1 / r.ringFactor));
        break;
    case RadarNormalisation::MinMax:
        caption = tr("Stretched: min-max scores over the %1 %2: centre = the lowest value, rim = the highest, "
                     "however close they are. Every axis is a cost: a smaller polygon is cheaper.")
                      .arg(r.series.size())
                      .arg(what);
        break;
    case RadarNormalisation::Rank:
        caption = tr("Stretched: rank scores over the %1 %2: centre = ranked lowest, rim = ranked highest (ties "
                     "share a rank), however close the values are. Every axis is a cost: a smaller polygon is "
                     "cheaper.")
                      .arg(r.series.size())
                      .arg(what);
        break;
    }
    const QString note = RadarView::nearEqualNote(r);
    return note.isEmpty() ? caption : caption + QLatin1Char(' ') + note;
}

QPointF RadarChart::corner(const Layout &l, int metric, double score) const
{
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * metric / RadarMetricCount;
    const double s = std::isfinite(score) ? std::clamp(score, 0.0, 1.0) : 0.0;
    const double r = l.inner + (l.radius - l.inner) * s;
    return l.centre + QPointF(std::cos(angle) * r, std::sin(angle) * r);
}

void RadarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(&p, QRectF(rect()));
}

void RadarChart::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, Qt::white);
    const QFont base = font();
    if (!m_result || m_result->series.empty()) {
        painter->setFont(pixelFont(base, 16, true));
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                          m_result ? RadarView::findingFor(*m_result) : QString());
        painter->restore();
        return;
    }
    const RadarResult &r = *m_result;
    const Layout l = layoutFor(rect);
    const QLocale locale;

    // Caption: how the scores are made.
    painter->setFont(pixelFont(base, SmallPx + 1));
    painter->setPen(QColor(0x40, 0x40, 0x40));
    painter->drawText(l.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, captionText());

    // Rings and spokes.
    painter->setBrush(Qt::NoBrush);
    struct RingLabel
    {
        QPointF at;
        QString text;
        bool bold;
    };
    std::vector<RingLabel> ringLabels; // drawn over the polygons
    if (r.normalisation == RadarNormalisation::MedianRatio) {
        // Rings at round multiples of the median, the median's (1x) darker, labelled up the top spoke.
        const double logFactor = std::log(r.ringFactor);
        for (const double ratio : radarRings(r.ringFactor)) {
            const double s = 0.5 + 0.5 * std::log(ratio) / logFactor;
            QPolygonF ring;
            for (int m = 0; m < RadarMetricCount; ++m)
                ring << corner(l, m, s);
            const bool median = ratio == 1.0, rim = s > 0.999;
            const int grey = median ? 0x90 : rim ? 0xb0 : 0xdc;
            painter->setPen(QPen(QColor(grey, grey, grey),
                                 median    ? 1.4
                                     : rim ? 1.2
                                           : 0.8,
                                 median ? Qt::DashLine : Qt::SolidLine));
            painter->drawPolygon(ring);
            ringLabels.push_back({corner(l, 0, s), median ? tr("1\u00D7 median") : RadarView::ringText(ratio), median});
        }
    } else {
        for (int k = 0; k <= 4; ++k) {
            const double s = k / 4.0;
            QPolygonF ring;
            for (int m = 0; m < RadarMetricCount; ++m)
                ring << corner(l, m, s);
            painter->setPen(
                QPen(QColor(k == 4 ? 0xb0 : 0xdc, k == 4 ? 0xb0 : 0xdc, k == 4 ? 0xb0 : 0xdc), k == 4 ? 1.2 : 0.8));
            painter->drawPolygon(ring);
        }
        painter->setFont(pixelFont(base, SmallPx));
        painter->setPen(QColor(0x80, 0x80, 0x80));
        for (int k : {0, 2, 4}) {
            const QPointF at = corner(l, 0, k / 4.0);
            painter->drawText(QRectF(at.x() + 6, at.y() - 2, 40, 14), Qt::AlignLeft | Qt::AlignVCenter,
                              locale.toString(k / 4.0, 'g', 2));
        }
    }
    for (int m = 0; m < RadarMetricCount; ++m) {
        painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.8));
        painter->drawLine(corner(l, m, 0), corner(l, m, 1));
    }

    // Axis names with the raw range (lowest - highest over the series).
    for (int m = 0; m < RadarMetricCount; ++m) {
        const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * m / RadarMetricCount;
        const QPointF dir(std::cos(angle), std::sin(angle));
        const QPointF at = l.centre + dir * (l.radius + 10);
        const auto metric = RadarMetric(m);
        const QString name = RadarView::metricLabel(metric);
        const QString range = rangeText(m);
        const QFont bold = pixelFont(base, LabelPx, true);
        const QFont small = pixelFont(base, SmallPx);
        const double w
            = std::max(QFontMetricsF(bold).horizontalAdvance(name), QFontMetricsF(small).horizontalAdvance(range)) + 4;
        const double h = QFontMetricsF(bold).height() + QFontMetricsF(small).height();
        double x = at.x() - w / 2;
        if (dir.x() > 0.3)
            x = at.x();
        else if (dir.x() < -0.3)
            x = at.x() - w;
        double y = at.y() - h / 2;
        if (dir.y() < -0.9)
            y = at.y() - h;
        else if (dir.y() > 0.9)
            y = at.y();
        x = std::clamp(x, rect.left() + 2,
                       std::max(rect.left() + 2,
                                l.legend.left() > l.plot.right() ? l.legend.left() - w - 2 : rect.right() - w - 2));
        const QRectF box(x, y, w, h);
        const Qt::Alignment align = dir.x() > 0.3 ? Qt::AlignLeft : dir.x() < -0.3 ? Qt::AlignRight : Qt::AlignHCenter;
        painter->setFont(bold);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(box.left(), box.top(), w, QFontMetricsF(bold).height()), align | Qt::AlignVCenter,
                          name);
        painter->setFont(small);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(
            QRectF(box.left(), box.top() + QFontMetricsF(bold).height(), w, QFontMetricsF(small).height()),
            align | Qt::AlignVCenter, range);
    }

    // Polygons: the hovered one last, on top.
    std::vector<int> order;
    for (int s = 0; s < int(r.series.size()); ++s) {
        if (isVisible(s) && s != m_hover)
            order.push_back(s);
    }
    if (isVisible(m_hover))
        order.push_back(m_hover);
    for (int s : order) {
        const RadarSeries &series = r.series[std::size_t(s)];
        const QColor colour = colourOf(s);
        QPolygonF poly;
        for (int m = 0; m < RadarMetricCount; ++m)
            poly << corner(l, m, series.score[std::size_t(m)]);
        QColor fill = colour;
        fill.setAlpha(s == m_hover ? 70 : 28);
        painter->setBrush(fill);
        painter->setPen(QPen(colour, s == m_hover ? 3.2 : 1.9));
        painter->drawPolygon(poly);
        const seriespalette::MarkerStyle marker = markerOf(s);
        for (int m = 0; m < RadarMetricCount; ++m) {
            if (std::isfinite(series.score[std::size_t(m)])) {
                seriespalette::paintMarker(painter, poly[m], s == m_hover ? 5.5 : 4.5, marker, colour);
                continue;
            }
            // No value for this metric: a cross, not the series' marker.
            painter->setPen(QPen(colour.darker(115), 1.4));
            painter->drawLine(poly[m] + QPointF(-3, -3), poly[m] + QPointF(3, 3));
            painter->drawLine(poly[m] + QPointF(-3, 3), poly[m] + QPointF(3, -3));
        }
    }

    // The median-ratio rings' labels, up the top spoke, on a light box over the polygons.
    for (const RingLabel &label : ringLabels) {
        const QFont f = pixelFont(base, SmallPx, label.bold);
        const QFontMetricsF fm(f);
        const QRectF box(label.at.x() + 5, label.at.y() - fm.height() / 2 - 1, fm.horizontalAdvance(label.text) + 6,
                         fm.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawRoundedRect(box, 3, 3);
        painter->setFont(f);
        painter->setPen(label.bold ? QColor(0x40, 0x40, 0x40) : QColor(0x70, 0x70, 0x70));
        painter->drawText(box, Qt::AlignCenter, label.text);
    }

    // Legend.
    painter->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    painter->setBrush(QColor(0xfb, 0xfb, 0xfb));
    painter->drawRect(l.legend);
    const QFont legendFont = pixelFont(base, LegendPx);
    const QFontMetricsF lf(legendFont);
    for (int s = 0; s < int(r.series.size()) && s < int(l.legendRows.size()); ++s) {
        const QRectF row = l.legendRows[std::size_t(s)];
        const bool shown = isVisible(s);
        const QColor colour = colourOf(s);
        const QRectF box(row.left() + 2, row.center().y() - 6, 12, 12);
        painter->setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
        painter->setBrush(Qt::white);
        painter->drawRect(box);
        if (shown) {
            painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.8));
            painter->drawPolyline(QPolygonF{QPointF(box.left() + 2.5, box.center().y()),
                                            QPointF(box.left() + 5, box.bottom() - 2.5),
                                            QPointF(box.right() - 2, box.top() + 2.5)});
        }
        QColor swatch = colour;
        if (!shown)
            swatch.setAlpha(90);
        // The series' line with its marker, as on the chart.
        painter->setPen(QPen(swatch, 2.2));
        painter->drawLine(QPointF(box.right() + 5, row.center().y()), QPointF(box.right() + 21, row.center().y()));
        if (shown)
            seriespalette::paintMarker(painter, QPointF(box.right() + 13, row.center().y()), 4.5, markerOf(s), colour);
        painter->setFont(pixelFont(base, LegendPx, s == m_hover));
        painter->setPen(shown ? QColor(0x20, 0x20, 0x20) : QColor(0x99, 0x99, 0x99));
        const QRectF text(box.right() + 26, row.top(), row.right() - box.right() - 26, row.height());
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          lf.elidedText(r.series[std::size_t(s)].name, Qt::ElideRight, text.width()));
    }
    painter->restore();
}

RadarChart::Hit RadarChart::hitAt(const QPointF &pos) const
{
    Hit hit;
    if (!m_result)
        return hit;
    const Layout l = layoutFor(QRectF(rect()));
    for (int s = 0; s < int(l.legendRows.size()); ++s) {
        const QRectF row = l.legendRows[std::size_t(s)];
        if (row.contains(pos)) {
            hit.series = s;
            hit.kind = pos.x() <= row.left() + 18 ? Hit::LegendBox : Hit::LegendName;
            return hit;
        }
    }
    // Corners first (the hovered series wins, then the later ones drawn on top).
    double best = 8;
    for (int s = int(m_result->series.size()) - 1; s >= 0; --s) {
        if (!isVisible(s))
            continue;
        for (int m = 0; m < RadarMetricCount; ++m) {
            const QPointF c = corner(l, m, m_result->series[std::size_t(s)].score[std::size_t(m)]);
            const double d = std::hypot(c.x() - pos.x(), c.y() - pos.y()) - (s == m_hover ? 1.5 : 0);
            if (d < best) {
                best = d;
                hit = {Hit::Corner, s, m};
            }
        }
    }
    if (hit.kind != Hit::None)
        return hit;
    // Inside polygons: the smallest that holds the point.
    double bestArea = std::numeric_limits<double>::infinity();
    for (int s = 0; s < int(m_result->series.size()); ++s) {
        if (!isVisible(s))
            continue;
        QPolygonF poly;
        for (int m = 0; m < RadarMetricCount; ++m)
            poly << corner(l, m, m_result->series[std::size_t(s)].score[std::size_t(m)]);
        if (!poly.containsPoint(pos, Qt::OddEvenFill))
            continue;
        double area = 0;
        for (int i = 0; i < poly.size(); ++i) {
            const QPointF &a = poly[i];
            const QPointF &b = poly[(i + 1) % poly.size()];
            area += a.x() * b.y() - b.x() * a.y();
        }
        area = std::abs(area) / 2;
        if (area < bestArea) {
            bestArea = area;
            hit = {Hit::Polygon, s, -1};
        }
    }
    return hit;
}

QPointF RadarChart::legendBoxCentre(int series) const
{
    const Layout l = layoutFor(QRectF(rect()));
    const QRectF row = l.legendRows.at(std::size_t(series));
    return {row.left() + 8, row.center().y()};
}

QPointF RadarChart::legendNameCentre(int series) const
{
    const Layout l = layoutFor(QRectF(rect()));
    const QRectF row = l.legendRows.at(std::size_t(series));
    return {row.left() + 60, row.center().y()};
}

QPointF RadarChart::cornerPosition(int series, int metric) const
{
    const Layout l = layoutFor(QRectF(rect()));
    return corner(l, metric, m_result->series.at(std::size_t(series)).score[std::size_t(metric)]);
}

QString RadarChart::toolTipFor(const Hit &hit) const
{
    if (!m_result || hit.series < 0)
        return {};
    const RadarSeries &s = m_result->series[std::size_t(hit.series)];
    const QLocale locale;
    const bool ratios = m_result->normalisation == RadarNormalisation::MedianRatio;
    auto line = [&s, &locale, ratios](int m) {
        const double score = s.score[std::size_t(m)];
        const double ratio = s.ratio[std::size_t(m)];
        const QString label = RadarView::metricLabel(RadarMetric(m));
        const QString raw = RadarView::formatRaw(RadarMetric(m), s.raw[std::size_t(m)]);
        if (!std::isfinite(ratio))
            return tr("%1: %2 (score %3)")
                .arg(label, raw, std::isfinite(score) ? locale.toString(score, 'f', 2) : tr("none"));
        if (ratios)
            return tr("%1: %2, %3 the median").arg(label, raw, RadarView::ratioText(ratio));
        return tr("%1: %2, %3 the median (score %4)")
            .arg(label, raw, RadarView::ratioText(ratio),
                 std::isfinite(score) ? locale.toString(score, 'f', 2) : tr("none"));
    };
    QStringList lines{tr("%1: %n run(s)", nullptr, int(std::min<std::size_t>(s.runs, INT_MAX))).arg(s.name)};
    if (hit.kind == Hit::Corner) {
        lines << line(hit.metric);
    } else {
        for (int m = 0; m < RadarMetricCount; ++m)
            lines << line(m);
        lines << tr("Variability from %n configuration(s) with repeated runs", nullptr,
                    int(std::min<std::size_t>(s.repeatedConfigurations, INT_MAX)));
    }
    if (hit.kind == Hit::LegendBox)
        lines << tr("Click to %1 it").arg(isVisible(hit.series) ? tr("hide") : tr("show"));
    else
        lines << tr("Click to select it");
    return lines.join(QLatin1Char('\n'));
}

void RadarChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Hit hit = hitAt(event->position());
    if (hit.kind == Hit::LegendBox)
        emit visibilityToggled(hit.series);
    else if (hit.kind != Hit::None)
        emit seriesClicked(hit.series);
}

void RadarChart::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    const int hover = hit.kind == Hit::None ? -1 : hit.series;
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
    if (hit.kind == Hit::None)
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(hit), this);
}

void RadarChart::leaveEvent(QEvent *)
{
    if (m_hover != -1) {
        m_hover = -1;
        update();
    }
}

} // namespace wattprint
