#pragma once

#include <qcustomplot.h>

namespace wattprint {

// QCustomPlot as every chart view uses it. One difference: a resize while a replot is already
// queued (a new result has just been taken in) only moves the viewport, and the queued replot
// draws the chart once at the new size. QCustomPlot itself replots at once on every resize, so a
// result whose finding takes another line above the chart was drawn twice in the same turn of the
// event loop (docs/architecture.md, "Data flow").
class ChartPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ChartPlot(QWidget *parent = nullptr);

    // Counts replots (for the tests: one per result, however the layout moves meanwhile).
    int replotCount() const { return m_replots; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_replots = 0;
};

} // namespace wattprint
