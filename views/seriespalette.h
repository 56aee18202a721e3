#pragma once

#include <QColor>
#include <QList>

class QPainter;
class QPointF;

// The colours that tell series apart, in one place so a device or a group keeps its colour from
// chart to chart. They are chosen to stay apart for readers with a colour-vision deficiency
// (docs/architecture.md "Colours"); tst_seriespalette checks that against simulated protanopia,
// deuteranopia and tritanopia. Shapes have their own palette (shapepalette.h).
namespace wattprint::seriespalette {

enum class Palette {
    Devices,  // CPU, GPU
    Groups,   // A (baseline), B of a comparison
    Parts,    // the overhead and the core of a run's energy
    Datasets, // up to 13 datasets, with a marker each (colour alone cannot keep 13 apart)
};

QList<QColor> colours(Palette palette);

// Okabe-Ito blue and vermillion.
QColor cpu();
QColor gpu();
// Okabe-Ito bluish green and reddish purple.
QColor groupA();
QColor groupB();
QColor overhead();
QColor core();
// Okabe-Ito yellow: RAM beside CPU and GPU in the split of another tool's runs. Light on white:
// drawn with a dark outline.
QColor ram();
// The i-th dataset's colour and marker; both repeat after 13 and 14 datasets.
QColor datasetAt(int index);

enum class Marker { Circle, Square, Triangle, Diamond, InvertedTriangle, Pentagon, Star };
struct MarkerStyle
{
    Marker marker = Marker::Circle;
    bool filled = true;
};
MarkerStyle datasetMarkerAt(int index);
// Draws the marker centred on `centre`, `radius` px from centre to its outer points; a hollow
// marker is white inside with an outline in `colour`.
void paintMarker(QPainter *painter, const QPointF &centre, double radius, MarkerStyle style, const QColor &colour);

} // namespace wattprint::seriespalette
