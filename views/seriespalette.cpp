#include "seriespalette.h"

#include <QPainter>
#include <QPolygonF>

#include <array>
#include <cmath>
#include <numbers>

namespace wattprint::seriespalette {

namespace {

// Okabe & Ito (2008), "Color Universal Design".
constexpr QRgb Blue = 0x0072b2;
constexpr QRgb Vermillion = 0xd55e00;
constexpr QRgb BluishGreen = 0x009e73;
constexpr QRgb ReddishPurple = 0xcc79a7;

// Okabe-Ito, then Paul Tol's bright and muted picks; no two neighbours alike.
constexpr std::array<QRgb, 13> DatasetRgb = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x882255,
                                             0x117733, 0x444499, 0x999933, 0xaa4499, 0x666666, 0x332288};

constexpr std::array<Marker, 7> Markers = {Marker::Circle,  Marker::Square,           Marker::Triangle,
                                           Marker::Diamond, Marker::InvertedTriangle, Marker::Pentagon,
                                           Marker::Star};

} // namespace

QColor cpu()
{
    return QColor(Blue);
}

QColor gpu()
{
    return QColor(Vermillion);
}

QColor groupA()
{
    return QColor(BluishGreen);
}

QColor groupB()
{
    return QColor(ReddishPurple);
}

QColor overhead()
{
    return QColor(ReddishPurple);
}

QColor core()
{
    return QColor(BluishGreen);
}

QColor ram()
{
    return QColor(0xf0, 0xe4, 0x42);
}

QColor datasetAt(int index)
{
    const int n = int(DatasetRgb.size());
    return QColor(DatasetRgb[std::size_t(((index % n) + n) % n)]);
}

MarkerStyle datasetMarkerAt(int index)
{
    // Seven shapes filled, then the same seven hollow: 14 datasets look different in grey.
    const int n = int(Markers.size());
    const int i = ((index % (2 * n)) + 2 * n) % (2 * n);
    return {Markers[std::size_t(i % n)], i < n};
}

void paintMarker(QPainter *painter, const QPointF &centre, double radius, MarkerStyle style, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style.filled ? colour.darker(125) : colour, style.filled ? 1.0 : 1.6));
    painter->setBrush(style.filled ? QBrush(colour) : QBrush(Qt::white));
    const auto regular = [&](int corners, double startDeg, double r) {
        QPolygonF p;
        for (int i = 0; i < corners; ++i) {
            const double a = (startDeg + 360.0 * i / corners) * std::numbers::pi / 180.0;
            p << centre + QPointF(r * std::cos(a), r * std::sin(a));
        }
        return p;
    };
    switch (style.marker) {
    case Marker::Circle: painter->drawEllipse(centre, radius * 0.85, radius * 0.85); break;
    case Marker::Square:
        painter->drawRect(QRectF(centre - QPointF(radius, radius) * 0.75, QSizeF(1.5, 1.5) * radius));
        break;
    case Marker::Triangle: painter->drawPolygon(regular(3, -90, radius)); break;
    case Marker::Diamond: painter->drawPolygon(regular(4, -90, radius)); break;
    case Marker::InvertedTriangle: painter->drawPolygon(regular(3, 90, radius)); break;
    case Marker::Pentagon: painter->drawPolygon(regular(5, -90, radius)); break;
    case Marker::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = (-90 + 36.0 * i) * std::numbers::pi / 180.0;
            const double r = i % 2 ? radius * 0.45 : radius * 1.1;
            star << centre + QPointF(r * std::cos(a), r * std::sin(a));
        }
        painter->drawPolygon(star);
        break;
    }
    }
    painter->restore();
}

QList<QColor> colours(Palette palette)
{
    switch (palette) {
    case Palette::Devices: return {cpu(), gpu()};
    case Palette::Groups: return {groupA(), groupB()};
    case Palette::Parts: return {overhead(), core()};
    case Palette::Datasets: {
        QList<QColor> all;
        for (int i = 0; i < int(DatasetRgb.size()); ++i)
            all << datasetAt(i);
        return all;
    }
    }
    return {};
}

} // namespace wattprint::seriespalette
