#pragma once

#include "viewpanel.h"

#include <depthanalysis.h>

#include <QHash>
#include <QMetaType>

#include <memory>
#include <vector>

class QComboBox;
class QCPAbstractPlottable;
class QCPAxisRect;
class QCPGraph;
class QCPLayoutElement;
class QCPLegend;
class QCPMarginGroup;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;
class QSpinBox;

namespace wattprint {

// one small plot per dataset on shared axes, x = depth, y = median energy (or
// energy per datum) on a log axis, a line per shape or size band with its interquartile band,
// and, per dataset, the first depth where the pooled median departs from a straight line
// fitted to depths 2-5 by more than a tolerance. Clicking a cell selects its dataset into the
// filter; clicking a line or legend entry selects that shape (or size band).
class DepthView : public ViewPanel
{
    Q_OBJECT
public:
    explicit DepthView(QWidget *parent = nullptr);

    QString howToRead() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    DepthMetric metric() const { return m_metric; }
    void setMetric(DepthMetric metric);
    DepthGrouping grouping() const { return m_grouping; }
    void setGrouping(DepthGrouping grouping);
    double tolerance() const { return m_tolerance; } // 0.25 = 25 %
    void setTolerance(double tolerance);

    std::shared_ptr<const DepthResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }
    // The cell of a panel (index into result()->panels), or null.
    QCPAxisRect *cellRect(int panel) const;
    // The median line of a group (DepthSeries::key) in a panel, or null.
    QCPGraph *medianGraph(int panel, int key) const;
    QCPLegend *legend() const { return m_legend; }
    // The caption under a cell's title ("departs at depth 12 (+38%)").
    QString caption(int panel) const;
    // What hovering at `pos` (plot pixels) shows: a point's values, or what a click selects.
    QString toolTipAt(const QPointF &pos) const { return hitAt(pos).tip; }

    static QString metricName(DepthMetric metric);  // "energy", "energy_per_datum" (state, filters)
    static QString metricLabel(DepthMetric metric); // translated, "Energy per run"
    static QString captionFor(const DepthPanel &panel, double tolerance);
    static QString findingFor(const DepthResult &result);
    // Small multiples per row at `width` px: as many as the sweep's shape asks for, fewer when a
    // caption would not fit its cell (the chart then grows taller and its dock scrolls).
    int columnsFor(int width) const;
    int columns() const { return m_columns; }

public slots:
    void selectDataset(const QString &dataset);
    // A shape (grouping by shape) or a size band's range (grouping by size) into the filter.
    void selectGroup(int key);
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const DepthResult> result);
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // `columns` 0: as many as the plot's width holds (columnsFor).
    void rebuildPlot(int columns = 0);
    void applyRanges();
    void onClick(const QPointF &pos);
    void onMouseMove(QMouseEvent *event);
    // What a click at `pos` selects: a group key (line or legend) or a panel (cell).
    struct Hit
    {
        int panel = -1;
        int key = -1;
        QString tip;
    };
    Hit hitAt(const QPointF &pos) const;

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_groupingBox = nullptr;
    QSpinBox *m_toleranceBox = nullptr;
    QCPLegend *m_legend = nullptr;
    QCPMarginGroup *m_marginGroup = nullptr;
    int m_columns = 0;
    QCPTextElement *m_emptyText = nullptr;
    DepthMetric m_metric = DepthMetric::Energy;
    DepthGrouping m_grouping = DepthGrouping::Shape;
    double m_tolerance = DefaultDepthTolerance;
    std::shared_ptr<const DepthResult> m_result;
    std::vector<QCPAxisRect *> m_cells;                        // per panel
    std::vector<QCPTextElement *> m_captions;                  // per panel
    QHash<const QCPLayoutElement *, int> m_cellOfElement;      // title, caption, axis rect -> panel
    QHash<const QCPAbstractPlottable *, int> m_keyOfPlottable; // medians and legend swatches -> key
    QHash<const QCPAbstractPlottable *, int> m_panelOfPlottable;
};

} // namespace wattprint
