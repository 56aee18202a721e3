#pragma once

#include <QColor>
#include <QString>

// Colours for the sweep's network shapes, shared by the views that draw one series per shape so
// a shape keeps its colour from chart to chart.
namespace wattprint::shapepalette {

// Paul Tol's "muted" scheme (colour-blind safe, all eight readable on white), in the sweep's
// shape order (rectangle, trapezoid, exponential, wide_first_2x, rectangle_residual,
// wide_first_4x, wide_first_8x, wide_first_16x). Indices from 8 on (shapes outside the sweep)
// get one of three greys.
QColor colorAt(int index);
// The shape's colour by name; a name outside the sweep gets a colour from its hash.
QColor colorForShape(const QString &shape);
// The shape's place in the sweep's order, or -1.
int sweepIndex(const QString &shape);

} // namespace wattprint::shapepalette
