#include "shapepalette.h"

#include <architecture.h>

#include <QHash>

#include <array>

namespace wattprint::shapepalette {

namespace {

// https://personal.sron.nl/~pault/#sec:qualitative, scheme "muted" without its pale grey.
// Order chosen so the shapes most often compared (rectangle, trapezoid, exponential and the
// residual) sit far apart in hue.
constexpr std::array<QRgb, 8> Muted = {
    0x332288, // indigo: rectangle
    0xCC6677, // rose: trapezoid
    0x117733, // green: exponential
    0xDDCC77, // sand: wide_first_2x
    0x88CCEE, // cyan: rectangle_residual
    0xAA4499, // purple: wide_first_4x
    0x999933, // olive: wide_first_8x
    0x882255, // wine: wide_first_16x
};

} // namespace

QColor colorAt(int index)
{
    const int n = int(Muted.size());
    return QColor(Muted[std::size_t(((index % n) + n) % n)]);
}

int sweepIndex(const QString &shape)
{
    static const QStringList names = shapeNames();
    return int(names.indexOf(shape));
}

QColor colorForShape(const QString &shape)
{
    const int i = sweepIndex(shape);
    return colorAt(i >= 0 ? i : int(qHash(shape) % Muted.size()));
}

} // namespace wattprint::shapepalette
