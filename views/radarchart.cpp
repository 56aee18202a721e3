#include "radarchart.h"

#include "chartfonts.h"
#include "seriespalette.h"
#include "shapepalette.h"

#include <QAreaSeries>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numbers>

namespace wattprint {

namespace {

constexpr int LabelPx = 13;
constexpr int SmallPx = 11;
constexpr int LegendPx = 13;
constexpr double LegendRowPx = 24;
constexpr double LegendWidth = 200;
constexpr double MarkerPx = 9;
constexpr double InnerShare = 0.1; // score 0 sits a tenth of the radius out, so small polygons stay visible

// Items of our own above the series (ring labels) and above everything (texts).
constexpr qreal LabelZ = 20;

double angleOf(int metric)
{
    return 360.0 * metric / RadarMetricCount;
}

double radialOf(double score)
{
    const double s = std::isfinite(score) ? std::clamp(score, 0.0, 1.0) : 0.0;
    return InnerShare + (1 - InnerShare) * s;
}

QScatterSeries::MarkerShape scatterShape(seriespalette::Marker marker)
{
    switch (marker) {
    case seriespalette::Marker::Circle: return QScatterSeries::MarkerShapeCircle;
    case seriespalette::Marker::Square: return QScatterSeries::MarkerShapeRectangle;
    case seriespalette::Marker::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case seriespalette::Marker::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    case seriespalette::Marker::Pentagon: return QScatterSeries::MarkerShapePentagon;
    case seriespalette::Marker::Star: return QScatterSeries::MarkerShapeStar;
    case seriespalette::Marker::InvertedTriangle: break; // no such shape in Qt Charts 6.4: an image
    }
    return QScatterSeries::MarkerShapeCircle;
}

// A marker Qt Charts has no shape for, drawn by the palette at four times its size.
QImage markerImage(seriespalette::MarkerStyle style, const QColor &colour)
{
    QImage image(QSize(4, 4) * int(MarkerPx + 3), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.scale(4, 4);
    seriespalette::paintMarker(&p, QPointF(MarkerPx + 3, MarkerPx + 3) / 2, MarkerPx / 2, style, colour);
    return image;
}

// No value for a metric: a cross, not the series' marker.
QImage crossImage(const QColor &colour)
{
    QImage image(QSize(40, 40), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 5));
    p.drawLine(QPointF(8, 8), QPointF(32, 32));
    p.drawLine(QPointF(8, 32), QPointF(32, 8));
    return image;
}

} // namespace

struct RadarChart::Scene
{
    QPolarChart *chart = nullptr;
    std::unique_ptr<QGraphicsScene> graphics; // an export's own scene, which owns its chart
    QValueAxis *angular = nullptr;
    QValueAxis *radial = nullptr;
    std::vector<QAreaSeries *> areas;                    // per series: the fill
    std::vector<QLineSeries *> outlines;                 // per series: the polygon's edge
    std::vector<QScatterSeries *> markers;               // per series; the legend shows these
    std::vector<QScatterSeries *> missing;               // per series, or null: crosses where a metric has no value
    std::vector<std::pair<QLineSeries *, double>> rings; // and their score
    struct RingLabel
    {
        double score;
        QGraphicsRectItem *box;
        QGraphicsSimpleTextItem *text;
    };
    std::vector<RingLabel> ringLabels;
    QGraphicsTextItem *caption = nullptr;
    QGraphicsTextItem *empty = nullptr;
    std::vector<QGraphicsTextItem *> axisNames; // per metric: the name and the raw range, two lines
    Layout layout;
};

RadarChart::RadarChart(QWidget *parent)
    : QChartView(parent)
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setInteractive(false); // our own hit tests: the scene's items take no mouse events
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
    // The view takes the focus (and has the accessible name), not the graphics viewport inside it.
    viewport()->setFocusPolicy(Qt::NoFocus);
    setMinimumSize(minimumSizeHint());
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex); // a few dozen items, rebuilt with each result
    rebuild();
}

RadarChart::~RadarChart() = default;

QChart *RadarChart::polarChart() const
{
    return m_scene ? m_scene->chart : nullptr;
}

void RadarChart::setResult(std::shared_ptr<const RadarResult> result, const QStringList &hidden)
{
    m_result = std::move(result);
    m_hidden = hidden;
    m_hover = -1;
    rebuild();
}

void RadarChart::rebuild()
{
    auto scene = std::make_unique<Scene>();
    scene->chart = new QPolarChart;
    QChart *old = chart();
    setChart(scene->chart); // the view owns the new chart; the old one is ours to delete
    m_scene = std::move(scene);
    delete old;
    build(*m_scene);
    place(*m_scene, viewport()->size());
}

void RadarChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_scene)
        place(*m_scene, viewport()->size());
}

void RadarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // The texts are the chart's own items: made again in the new language or font.
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) && m_scene)
        rebuild();
}

bool RadarChart::isVisible(int series) const
{
    return m_result && series >= 0 && series < int(m_result->series.size())
        && !m_hidden.contains(m_result->series[std::size_t(series)].name);
}

void RadarChart::build(Scene &s) const
{
    QPolarChart *chart = s.chart;
    const QFont base = font();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // White under the chart comes from the view (on screen) or paint() (pages): the chart's own
    // background would fill the whole area a second time.
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);

    // Spokes: the angular axis' grid, one line per metric. The rings are drawn as hexagons below
    // (the radial axis' grid would be circles), so the radial axis only maps.
    s.angular = new QValueAxis;
    s.angular->setRange(0, 360);
    s.angular->setTickCount(RadarMetricCount + 1);
    s.angular->setLabelsVisible(false);
    s.angular->setLineVisible(false);
    s.angular->setMinorGridLineVisible(false);
    s.angular->setGridLinePen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.8));
    s.radial = new QValueAxis;
    s.radial->setRange(0, 1);
    s.radial->setLabelsVisible(false);
    s.radial->setLineVisible(false);
    s.radial->setGridLineVisible(false);
    s.radial->setMinorGridLineVisible(false);
    chart->addAxis(s.angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(s.radial, QPolarChart::PolarOrientationRadial);

    QLegend *legend = chart->legend();
    legend->detachFromChart();
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setFont(pixelFont(base, LegendPx));
    legend->setLabelColor(QColor(0x20, 0x20, 0x20));
    legend->setBackgroundVisible(true);
    legend->setBrush(QColor(0xfb, 0xfb, 0xfb));
    legend->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    legend->setShowToolTips(false); // ours say more

    s.caption = new QGraphicsTextItem(chart);
    s.caption->setZValue(LabelZ);
    s.caption->setFont(pixelFont(base, SmallPx + 1));
    s.caption->setDefaultTextColor(QColor(0x40, 0x40, 0x40));
    s.caption->document()->setDocumentMargin(0);

    if (!m_result || m_result->series.empty()) {
        legend->setVisible(false);
        s.angular->setGridLineVisible(false);
        s.empty = new QGraphicsTextItem(chart);
        s.empty->setFont(pixelFont(base, 16, true));
        s.empty->setDefaultTextColor(QColor(0x60, 0x60, 0x60));
        s.empty->setPlainText(m_result ? RadarView::findingFor(*m_result) : QString());
        s.empty->document()->setDefaultTextOption(QTextOption(Qt::AlignCenter));
        s.empty->setZValue(LabelZ);
        return;
    }
    const RadarResult &r = *m_result;
    s.caption->setPlainText(captionText());

    // Rings: at round multiples of the median (its own darker and dashed), or quarters of the
    // stretched scores, labelled up the top spoke.
    struct Ring
    {
        double score;
        QString label;
        QPen pen;
        bool bold;
    };
    std::vector<Ring> rings;
    if (r.normalisation == RadarNormalisation::MedianRatio) {
        const double logFactor = std::log(r.ringFactor);
        for (const double ratio : radarRings(r.ringFactor)) {
            const double score = 0.5 + 0.5 * std::log(ratio) / logFactor;
            const bool median = ratio == 1.0, rim = score > 0.999;
            const int grey = median ? 0x90 : rim ? 0xb0 : 0xdc;
            rings.push_back({score, median ? tr("1\u00D7 median") : RadarView::ringText(ratio),
                             QPen(QColor(grey, grey, grey),
                                  median    ? 1.4
                                      : rim ? 1.2
                                            : 0.8,
                                  median ? Qt::DashLine : Qt::SolidLine),
                             median});
        }
    } else {
        const QLocale locale;
        for (int k = 0; k <= 4; ++k) {
            const int grey = k == 4 ? 0xb0 : 0xdc;
            rings.push_back({k / 4.0, k % 2 ? QString() : locale.toString(k / 4.0, 'g', 2),
                             QPen(QColor(grey, grey, grey), k == 4 ? 1.2 : 0.8), false});
        }
    }
    for (const Ring &ring : rings) {
        auto *line = new QLineSeries;
        for (int m = 0; m <= RadarMetricCount; ++m)
            line->append(angleOf(m), radialOf(ring.score));
        line->setPen(ring.pen);
        chart->addSeries(line);
        line->attachAxis(s.angular);
        line->attachAxis(s.radial);
        s.rings.emplace_back(line, ring.score);
        if (ring.label.isEmpty())
            continue;
        auto *box = new QGraphicsRectItem(chart);
        box->setPen(Qt::NoPen);
        box->setBrush(QColor(255, 255, 255, 200));
        box->setZValue(LabelZ);
        auto *text = new QGraphicsSimpleTextItem(ring.label, box);
        text->setFont(pixelFont(base, SmallPx, ring.bold));
        text->setBrush(ring.bold ? QColor(0x40, 0x40, 0x40) : QColor(0x70, 0x70, 0x70));
        s.ringLabels.push_back({ring.score, box, text});
    }

    // One area (fill and outline) and one scatter (markers) per series.
    for (int i = 0; i < int(r.series.size()); ++i) {
        const RadarSeries &series = r.series[std::size_t(i)];
        auto *upper = new QLineSeries;
        for (int m = 0; m <= RadarMetricCount; ++m)
            upper->append(angleOf(m), radialOf(series.score[std::size_t(m % RadarMetricCount)]));
        auto *area = new QAreaSeries(upper);
        upper->setParent(area);
        area->setName(series.name);
        chart->addSeries(area);
        area->attachAxis(s.angular);
        area->attachAxis(s.radial);
        s.areas.push_back(area);
        // The area's own outline would run to the centre too: the polygon's edge is a line series.
        auto *outline = new QLineSeries;
        outline->append(upper->points());
        outline->setName(series.name);
        chart->addSeries(outline);
        outline->attachAxis(s.angular);
        outline->attachAxis(s.radial);
        s.outlines.push_back(outline);
        const seriespalette::MarkerStyle style = markerOf(i);
        const QColor colour = colourOf(i);
        auto *marker = new QScatterSeries;
        marker->setName(series.name);
        QScatterSeries *cross = nullptr;
        for (int m = 0; m < RadarMetricCount; ++m) {
            const double score = series.score[std::size_t(m)];
            if (std::isfinite(score)) {
                marker->append(angleOf(m), radialOf(score));
                continue;
            }
            if (!cross) {
                cross = new QScatterSeries;
                cross->setLightMarker(crossImage(colour.darker(115)));
                cross->setMarkerSize(8);
            }
            cross->append(angleOf(m), radialOf(score));
        }
        if (style.marker == seriespalette::Marker::InvertedTriangle)
            marker->setLightMarker(markerImage(style, colour));
        else
            marker->setMarkerShape(scatterShape(style.marker));
        chart->addSeries(marker);
        marker->attachAxis(s.angular);
        marker->attachAxis(s.radial);
        s.markers.push_back(marker);
        if (cross) {
            chart->addSeries(cross);
            cross->attachAxis(s.angular);
            cross->attachAxis(s.radial);
        }
        s.missing.push_back(cross);
    }
    // The legend lists the markers only, one entry per series.
    for (QLegendMarker *entry : legend->markers()) {
        auto *series = entry->series();
        const bool isMarker = std::find(s.markers.begin(), s.markers.end(), series) != s.markers.end();
        entry->setVisible(isMarker);
    }
    for (int i = 0; i < int(r.series.size()); ++i)
        styleSeries(s, i);

    // The axis names with the raw range (lowest to highest over the series) under each.
    for (int m = 0; m < RadarMetricCount; ++m) {
        auto *item = new QGraphicsTextItem(chart);
        item->setZValue(LabelZ);
        item->document()->setDocumentMargin(0);
        s.axisNames.push_back(item);
    }
}

void RadarChart::styleSeries(Scene &s, int i) const
{
    if (i < 0 || i >= int(s.areas.size()))
        return;
    const bool shown = isVisible(i);
    const bool hover = i == m_hover;
    const QColor colour = colourOf(i);
    const seriespalette::MarkerStyle style = markerOf(i);
    QColor fill = colour;
    fill.setAlpha(hover ? 70 : 28);
    QAreaSeries *area = s.areas[std::size_t(i)];
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    area->setVisible(shown);
    QLineSeries *outline = s.outlines[std::size_t(i)];
    outline->setPen(QPen(colour, hover ? 3.2 : 1.9));
    outline->setVisible(shown);
    QScatterSeries *marker = s.markers[std::size_t(i)];
    marker->setMarkerSize(hover ? MarkerPx + 2 : MarkerPx);
    marker->setBrush(style.filled ? QBrush(colour) : QBrush(Qt::white));
    marker->setPen(QPen(style.filled ? colour.darker(125) : colour, style.filled ? 1.0 : 1.6));
    marker->setVisible(shown);
    if (QScatterSeries *cross = s.missing[std::size_t(i)])
        cross->setVisible(shown);
    // Showing a series shows its legend entries again: the legend lists the markers only.
    for (QAbstractSeries *other : {static_cast<QAbstractSeries *>(area), static_cast<QAbstractSeries *>(outline),
                                   static_cast<QAbstractSeries *>(s.missing[std::size_t(i)])}) {
        if (!other)
            continue; // markers(nullptr) would be every entry
        for (QLegendMarker *entry : s.chart->legend()->markers(other))
            entry->setVisible(false);
    }
    for (QLegendMarker *entry : s.chart->legend()->markers(marker)) {
        // Hiding a series hides its legend entry too; the entry stays, greyed, to show it again.
        entry->setVisible(true);
        QFont f = pixelFont(font(), LegendPx, hover);
        entry->setFont(f);
        entry->setLabelBrush(shown ? QColor(0x20, 0x20, 0x20) : QColor(0x99, 0x99, 0x99));
        QColor faded = colour;
        if (!shown)
            faded.setAlpha(90);
        entry->setBrush(style.filled ? QBrush(faded) : QBrush(Qt::white));
        entry->setPen(QPen(style.filled ? faded.darker(125) : faded, style.filled ? 1.0 : 1.6));
    }
}

RadarChart::Layout RadarChart::layoutFor(const QRectF &rect) const
{
    const std::size_t n = m_result ? m_result->series.size() : 0;
    const QFontMetricsF captionFont(pixelFont(font(), SmallPx + 1));
    const QString caption = captionText();
    // Two lines, or as many as the caption needs (a note on near-equal axes adds one).
    const auto captionAt = [&](double left, double width) {
        const double height = std::max(
            captionFont.height() * 2,
            captionFont.boundingRect(QRectF(0, 0, width, 1e4), Qt::TextWordWrap, caption).height());
        return QRectF(left, rect.top() + 4, width, height + 4);
    };
    // A legend entry: the marker, a gap and the name.
    const QFontMetricsF lf(pixelFont(font(), LegendPx));
    std::vector<double> entries;
    for (std::size_t i = 0; i < n; ++i)
        entries.push_back(std::min(lf.horizontalAdvance(m_result->series[i].name) + 26, LegendWidth));
    const double entry = entries.empty() ? 60 : *std::max_element(entries.begin(), entries.end());
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
    const auto radiusIn = [padX, padY](const QRectF &area) {
        return std::min((area.width() - 2 * padX) / 2, (area.height() - 2 * padY) / 2);
    };

    // The legend beside the radar, from the top down, in as many columns as its height needs (a
    // detached legend flows into columns) ...
    Layout side;
    {
        const int rowsFit = std::max(1, int((rect.height() - 28) / LegendRowPx));
        const int columns = std::max(1, int((n + std::size_t(rowsFit) - 1) / std::size_t(rowsFit)));
        const int rows = int((n + std::size_t(columns) - 1) / std::size_t(columns));
        // A column is as wide as its widest entry, with room for the marker and the margins.
        const double width = (entry + 18) * columns + 6;
        side.legend = QRectF(rect.right() - width, rect.top() + 6, width - 6,
                             std::min(rect.height() - 12, LegendRowPx * rows + 16));
        side.caption = captionAt(rect.left() + 8, side.legend.left() - rect.left() - 16);
        side.plot = QRectF(rect.left(), side.caption.bottom() + 4, side.legend.left() - 4 - rect.left(),
                           rect.bottom() - side.caption.bottom() - 4);
    }
    // ... or in rows under it, each as full as the names allow: whichever leaves the larger radar.
    Layout below;
    {
        int rows = n > 0 ? 1 : 0;
        double x = 0;
        for (const double w : entries) {
            if (x > 0 && x + w > rect.width() - 28) {
                ++rows;
                x = 0;
            }
            x += w + 4;
        }
        below.caption = captionAt(rect.left() + 8, rect.width() - 16);
        below.legend = QRectF(rect.left() + 6, rect.bottom() - LegendRowPx * rows - 18, rect.width() - 12,
                              LegendRowPx * rows + 12);
        below.plot = QRectF(rect.left(), below.caption.bottom() + 4, rect.width(),
                            below.legend.top() - 4 - below.caption.bottom() - 4);
    }
    Layout l = radiusIn(side.plot) >= radiusIn(below.plot) ? side : below;
    const QRectF area = l.plot; // the room for the radar and its names
    l.radius = std::max(40.0, radiusIn(area));
    l.centre = QPointF(area.center().x(), area.center().y() + 4);
    l.inner = l.radius * InnerShare;
    l.plot = QRectF(l.centre.x() - l.radius, l.centre.y() - l.radius, 2 * l.radius, 2 * l.radius);
    return l;
}

QPointF RadarChart::corner(const Layout &l, int metric, double score) const
{
    const double angle = angleOf(metric) * std::numbers::pi / 180;
    const double r = l.radius * radialOf(score);
    return l.centre + QPointF(std::sin(angle) * r, -std::cos(angle) * r);
}

void RadarChart::place(Scene &s, const QSizeF &size) const
{
    const QRectF rect(QPointF(0, 0), size);
    s.chart->resize(size);
    if (s.empty) {
        s.empty->setTextWidth(rect.width() - 40);
        s.empty->setPos(20, (rect.height() - s.empty->boundingRect().height()) / 2);
        s.caption->setPlainText(QString());
        return;
    }
    Layout l = layoutFor(rect);
    // The polar chart draws its circle in its plot area: margins make that the radar's square, so
    // the names around it have the room worked out above. (A plot area set by hand with
    // setPlotArea moves the series but not the polar axes' grid in Qt Charts 6.4.)
    s.chart->setMargins(QMargins(qRound(l.plot.left()), qRound(l.plot.top()), qRound(rect.right() - l.plot.right()),
                                 qRound(rect.bottom() - l.plot.bottom())));
    // Lay the chart out now: an export's scene never sees the event loop's layout request.
    s.chart->layout()->invalidate();
    s.chart->layout()->activate();
    // Then follow where the chart has put the circle.
    const QRectF plot = s.chart->plotArea();
    if (plot.width() > 0 && plot.height() > 0) {
        l.radius = std::min(plot.width(), plot.height()) / 2;
        l.centre = plot.center();
        l.inner = l.radius * InnerShare;
        l.plot = QRectF(l.centre.x() - l.radius, l.centre.y() - l.radius, 2 * l.radius, 2 * l.radius);
    }
    s.layout = l;
    s.chart->legend()->setGeometry(l.legend);
    s.chart->legend()->setAlignment(l.legend.left() > l.plot.right() ? Qt::AlignRight : Qt::AlignBottom);
    s.chart->legend()->update();
    s.caption->setTextWidth(l.caption.width());
    s.caption->setPos(l.caption.topLeft());

    for (const Scene::RingLabel &label : s.ringLabels) {
        const QPointF at = corner(l, 0, label.score);
        const QRectF text = label.text->boundingRect();
        label.box->setRect(QRectF(0, 0, text.width() + 6, text.height() + 2));
        label.box->setPos(at.x() + 5, at.y() - text.height() / 2 - 1);
        label.text->setPos(3, 1);
    }

    const QFont bold = pixelFont(font(), LabelPx, true);
    const QFont small = pixelFont(font(), SmallPx);
    const QFontMetricsF boldMetrics(bold), smallMetrics(small);
    for (int m = 0; m < RadarMetricCount && m < int(s.axisNames.size()); ++m) {
        const double angle = angleOf(m) * std::numbers::pi / 180;
        const QPointF dir(std::sin(angle), -std::cos(angle));
        const QPointF at = l.centre + dir * (l.radius + 10);
        const QString name = RadarView::metricLabel(RadarMetric(m));
        const QString range = rangeText(m);
        const double w = std::max(boldMetrics.horizontalAdvance(name), smallMetrics.horizontalAdvance(range)) + 4;
        const double h = boldMetrics.height() + smallMetrics.height();
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
        const char *align = dir.x() > 0.3 ? "left" : dir.x() < -0.3 ? "right" : "center";
        QGraphicsTextItem *item = s.axisNames[std::size_t(m)];
        item->setTextWidth(w);
        item->setHtml(QStringLiteral("<div align=\"%1\" style=\"white-space:pre\"><span style=\"font-size:%2px; "
                                     "font-weight:bold; color:#202020\">%3</span><br><span style=\"font-size:%4px; "
                                     "color:#555555\">%5</span></div>")
                          .arg(QLatin1String(align))
                          .arg(LabelPx)
                          .arg(name.toHtmlEscaped())
                          .arg(SmallPx)
                          .arg(range.toHtmlEscaped()));
        item->setFont(small);
        item->setPos(x, y);
    }
}

void RadarChart::paint(QPainter *painter, const QRectF &rect) const
{
    Scene scene;
    scene.graphics = std::make_unique<QGraphicsScene>();
    scene.graphics->setItemIndexMethod(QGraphicsScene::NoIndex); // drawn once: no index to build
    scene.chart = new QPolarChart;
    scene.graphics->addItem(scene.chart);
    build(scene);
    place(scene, rect.size());
    const QRectF source(QPointF(0, 0), rect.size());
    scene.graphics->setSceneRect(source);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, Qt::white);
    scene.graphics->render(painter, rect, source, Qt::IgnoreAspectRatio);
    painter->restore();
}

std::optional<RadarChart::LegendRow> RadarChart::legendRow(int series) const
{
    if (!m_scene || !m_result || series < 0 || series >= int(m_result->series.size()))
        return std::nullopt;
    QLegend *legend = m_scene->chart->legend();
    if (!legend->isVisible())
        return std::nullopt;
    const QString name = m_result->series[std::size_t(series)].name;
    // The legend's entries are items of Qt Charts' own; an entry's name is a text item among
    // its children, and the entry the item holding it and its marker.
    std::vector<QGraphicsItem *> todo{legend};
    while (!todo.empty()) {
        QGraphicsItem *item = todo.back();
        todo.pop_back();
        for (QGraphicsItem *child : item->childItems())
            todo.push_back(child);
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !text->parentItem())
            continue;
        QString shown = text->toPlainText();
        bool same = shown == name;
        if (!same && shown.endsWith(QStringLiteral("...")))
            same = name.startsWith(shown.chopped(3));
        if (!same)
            continue;
        const auto toWidget = [this](const QRectF &r) {
            return QRectF(mapFromScene(r.topLeft()), mapFromScene(r.bottomRight()));
        };
        LegendRow row;
        row.name = toWidget(text->sceneBoundingRect());
        row.row = toWidget(text->parentItem()->sceneBoundingRect()).united(row.name);
        row.box = QRectF(row.row.left(), row.row.top(), std::max(1.0, row.name.left() - row.row.left()),
                         row.row.height());
        return row;
    }
    return std::nullopt;
}

RadarChart::Hit RadarChart::hitAt(const QPointF &pos) const
{
    Hit hit;
    if (!m_result || !m_scene || m_scene->empty)
        return hit;
    for (int s = 0; s < int(m_result->series.size()); ++s) {
        const auto row = legendRow(s);
        if (row && row->row.adjusted(0, -1, 0, 1).contains(pos)) {
            hit.series = s;
            hit.kind = pos.x() < row->name.left() ? Hit::LegendBox : Hit::LegendName;
            return hit;
        }
    }
    const Layout &l = m_scene->layout;
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
    const auto row = legendRow(series);
    return row ? row->box.center() : QPointF(-1, -1);
}

QPointF RadarChart::legendNameCentre(int series) const
{
    const auto row = legendRow(series);
    return row ? row->name.center() : QPointF(-1, -1);
}

QPointF RadarChart::cornerPosition(int series, int metric) const
{
    return corner(m_scene->layout, metric, m_result->series.at(std::size_t(series)).score[std::size_t(metric)]);
}

void RadarChart::mousePressEvent(QMouseEvent *event)
{
    m_pressedLegend = -1;
    if (event->button() != Qt::LeftButton)
        return;
    const Hit hit = hitAt(event->position());
    if (hit.kind == Hit::LegendBox)
        m_pressedLegend = hit.series; // toggled on release, as a check box
    else if (hit.kind != Hit::None)
        emit seriesClicked(hit.series);
}

void RadarChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int pressed = m_pressedLegend;
    m_pressedLegend = -1;
    if (event->button() != Qt::LeftButton || pressed < 0)
        return;
    const Hit hit = hitAt(event->position());
    if (hit.kind == Hit::LegendBox && hit.series == pressed)
        emit visibilityToggled(pressed);
}

void RadarChart::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    const int hover = hit.kind == Hit::None ? -1 : hit.series;
    if (hover != m_hover && m_scene) {
        const int old = m_hover;
        m_hover = hover;
        styleSeries(*m_scene, old);
        styleSeries(*m_scene, m_hover);
    }
    if (hit.kind == Hit::None)
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(hit), this);
}

void RadarChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    if (m_hover != -1 && m_scene) {
        const int old = m_hover;
        m_hover = -1;
        styleSeries(*m_scene, old);
    }
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

} // namespace wattprint
