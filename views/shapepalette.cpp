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

// Shapes outside the sweep (imported data of another study) get neutral tones, never a sweep colour.
constexpr std::array<QRgb, 3> Others = {0x555555, 0x999999, 0x222222};

QColor colorAt(int index)
{
    if (index >= 0 && index < int(Muted.size()))
        return QColor(Muted[std::size_t(index)]);
    const int n = int(Others.size());
    const int k = index < 0 ? -index : index - int(Muted.size());
    return QColor(Others[std::size_t(k % n)]);
}

int sweepIndex(const QString &shape)
{
    static const QStringList names = shapeNames();
    return int(names.indexOf(shape));
}

QColor colorForShape(const QString &shape)
{
    const int i = sweepIndex(shape);
    return colorAt(i >= 0 ? i : int(Muted.size() + qHash(shape) % Others.size()));
}

} // namespace wattprint::shapepalette
