#pragma once

#include "viewpanel.h"

#include <QHash>
#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCPAbstractPlottable;
class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QMouseEvent;

namespace wattprint {

class ArchitectureWinnerStrip;

// The runs of one (shape, depth): type-7 quartiles of energy per datum.
struct ArchitecturePoint
{
    int depth = 0;
    std::size_t n = 0;
    double q1 = 0, median = 0, q3 = 0;
};

struct ArchitectureSeries
{
    QString shape;
    int key = 0; // the shape's place in the sweep's order (its colour); shapes outside it follow
    std::vector<ArchitecturePoint> points; // ascending depth
};

// The shape with the lowest median energy per datum at one depth.
struct ArchitectureWinner
{
    int depth = 0;
    int series = -1; // index into ArchitectureResult::series
    double median = 0;
    std::size_t n = 0;
    int contenders = 0; // shapes with runs at this depth
    int runnerUp = -1;  // the second lowest, or -1 when the winner is alone
    double runnerUpMedian = 0;
};

// Consecutive depths (of those with runs) won by the same shape. A depth where only one shape
// has runs (depth 2 in BUTTER, where every network is labelled rectangle) is uncontested: it
// forms runs of its own, which the finding leaves out.
struct ArchitectureRun
{
    int series = -1;
    int firstDepth = 0;
    int lastDepth = 0;
    int depths = 0; // how many depths with runs the run spans
    bool contested = true;
};

struct ArchitectureResult
{
    std::vector<ArchitectureSeries> series;  // by key
    std::vector<int> depths;                 // ascending, depths with runs
    std::vector<ArchitectureWinner> winners; // one per depth, in the order of `depths`
    std::vector<ArchitectureRun> runs;
    double valueMin = 0, valueMax = 0; // over the medians
    std::size_t totalRuns = 0;
    std::size_t plottedRuns = 0;
    std::size_t droppedNonPositive = 0; // missing (NaN), zero or negative energy per datum, or bad depth
};

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
    ~ArchitectureView() override;

    QString viewId() const override { return QStringLiteral("architecture"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

    std::shared_ptr<const ArchitectureResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }
    // The median line of a shape, or null.
    QCPGraph *seriesGraph(const QString &shape) const;
    QCPGraph *winnerGraph() const { return m_winnerGraph; }
    // The strip's cell for a run (index into result()->runs) in plot pixels; empty if none.
    QRectF stripCell(int run) const;
    // What hovering at `pos` (plot pixels) shows, or an empty string.
    QString toolTipAt(const QPointF &pos) const;

    // The job's work, callable from any thread. Throws AnalysisError on inconsistent columns.
    static ArchitectureResult compute(const RunColumns &columns, const std::function<bool()> &cancelled = {});
    static QString findingFor(const ArchitectureResult &result);
    // "depth 7", "depths 2-5"
    static QString depthsText(int first, int last);

public slots:
    void selectShape(const QString &shape);
    void resetZoom() override;

protected:
    void requestData() override;
    void handleResult(quint64 requestId, const QVariant &result) override;
    void retranslateUi() override;

private:
    void rebuildPlot();
    void styleAxes();
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    // The shape a click at `pos` selects, or empty.
    QString shapeAt(const QPointF &pos) const;

    QCustomPlot *m_plot = nullptr;
    ArchitectureWinnerStrip *m_strip = nullptr;
    QCPGraph *m_winnerGraph = nullptr;
    QCPItemText *m_emptyText = nullptr;
    std::shared_ptr<const ArchitectureResult> m_result;
    QHash<const QCPAbstractPlottable *, int> m_seriesOfPlottable; // median lines -> series index
    std::optional<QPointF> m_pressPos;
};

} // namespace wattprint

Q_DECLARE_METATYPE(std::shared_ptr<const wattprint::ArchitectureResult>)
