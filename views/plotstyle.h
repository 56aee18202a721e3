#pragma once

#include <QList>

class QCPItemText;
class QCPLayoutElement;
class QCPLayoutGrid;
class QCPLegend;
class QCustomPlot;
class QFont;

namespace wattprint {

// The parts most QCustomPlot charts of the views share: where the legend goes, the text of an
// empty chart, and the axes' typography. Sizes are pixels (chartfonts.h).

// Moves the legend out of the axis rect into a row under it, as wide as it needs: in a sub-grid
// with a stretchable filler, since a grid column is never wider than its elements' maximum and a
// legend's maximum is its own width (0 when empty). Returns the row.
QCPLayoutGrid *putLegendBelow(QCustomPlot *plot);
// A legend in such a row: entries side by side, no frame, `columnSpacing` px between them.
void styleRowLegend(QCPLegend *legend, int columnSpacing);

// Moves the legend into a column right of `host`'s cell (0, 0) (the axis rect's): the legend at
// the top, then `under` in order, then a stretchable filler. Returns the column.
QCPLayoutGrid *putLegendBeside(QCustomPlot *plot, QCPLayoutGrid *host, const QList<QCPLayoutElement *> &under = {});
// A legend in such a column: a pale box with a grey frame.
void styleBoxedLegend(QCPLegend *legend);

// The hidden text in the middle of the axis rect that says why a chart is empty.
QCPItemText *addEmptyText(QCustomPlot *plot, const QFont &base, int px);

// Tick labels, axis labels and the legend at these sizes, in the charts' dark greys.
void styleAxisText(QCustomPlot *plot, const QFont &base, int tickPx, int labelPx, int legendPx);

} // namespace wattprint
