#pragma once

#include "viewpanel.h"

#include <architectureanalysis.h>

#include <QHash>
#include <QMetaType>

#include <memory>
#include <vector>

class QCPAbstractPlottable;
class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QMouseEvent;

namespace wattprint {

class ArchitectureWinnerStrip;

// median energy per datum against depth, one line per shape, a ring on the
// best (lowest) shape at each depth, and a strip under the chart naming the winner of each depth
// (consecutive depths won by the same shape share one cell). Hovering a point or a strip cell
// gives its values; clicking a line, a legend entry or a strip cell selects that shape into the
// filter.
class ArchitectureView : public ViewPanel
{
    Q_OBJECT
public:
    explicit ArchitectureView(QWidget *parent = nullptr);

    std::shared_ptr<const ArchitectureResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }
    // The median line of a shape, or null.
    QCPGraph *seriesGraph(const QString &shape) const;
    QCPGraph *winnerGraph() const { return m_winnerGraph; }
    // The strip's cell for a run (index into result()->runs) in plot pixels; empty if none.
    QRectF stripCell(int run) const;
    // What hovering at `pos` (plot pixels) shows, or an empty string.
    QString toolTipAt(const QPointF &pos) const;

    static QString findingFor(const ArchitectureResult &result);
    // "depth 7", "depths 2-5"
    static QString depthsText(int first, int last);

public slots:
    void selectShape(const QString &shape);
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const ArchitectureResult> result);
    void retranslateUi() override;

private:
    void rebuildPlot();
    void styleAxes();
    void onClick(const QPointF &pos);
    void onMouseMove(QMouseEvent *event);
    // The shape a click at `pos` selects, or empty.
    QString shapeAt(const QPointF &pos) const;

    QCustomPlot *m_plot = nullptr;
    ArchitectureWinnerStrip *m_strip = nullptr;
    QCPGraph *m_winnerGraph = nullptr;
    QCPItemText *m_emptyText = nullptr;
    std::shared_ptr<const ArchitectureResult> m_result;
    QHash<const QCPAbstractPlottable *, int> m_seriesOfPlottable; // median lines -> series index
};

} // namespace wattprint
