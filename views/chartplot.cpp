#include "chartplot.h"

namespace wattprint {

ChartPlot::ChartPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    connect(this, &QCustomPlot::afterReplot, this, [this] { ++m_replots; });
}

void ChartPlot::resizeEvent(QResizeEvent *event)
{
    if (!mReplotQueued) {
        QCustomPlot::resizeEvent(event);
        return;
    }
    // The queued replot lays out and sizes the paint buffers from the viewport.
    setViewport(rect());
}

} // namespace wattprint
