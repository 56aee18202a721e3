#pragma once

#include "viewpanel.h"

#include <QHash>
#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>
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

// The per-run quantity plotted against depth.
enum class DepthMetric { Energy, EnergyPerDatum };
// One line per network shape, or per band of parameter counts.
enum class DepthGrouping { Shape, SizeBand };

// The runs of one (dataset, group, depth): type-7 quartiles of the metric.
struct DepthPoint
{
    int depth = 0;
    std::size_t n = 0;
    double q1 = 0, median = 0, q3 = 0;
};

struct DepthSeries
{
    QString name;                   // the shape, or the size band's label
    int key = 0;                    // the shape's place in the sweep's order (its colour), or the size band 0..3
    std::vector<DepthPoint> points; // ascending depth
};

// Least squares line through the medians of the shallow depths: median = intercept + slope * depth.
struct DepthFit
{
    double intercept = 0;
    double slope = 0;
    int points = 0; // depths used
    double predict(double depth) const { return intercept + slope * depth; }
};

// One small plot: a dataset.
struct DepthPanel
{
    enum class Verdict {
        Departs,             // some depth beyond the fit departs by more than the tolerance
        StaysLinear,         // every deeper depth stays within the tolerance
        NoDeeperDepths,      // the fit could be made but there is no depth beyond it
        TooFewShallowDepths, // fewer than two of the fit's depths have runs
    };

    QString dataset;
    std::size_t runs = 0; // runs plotted (positive values)
    std::vector<DepthSeries> series;
    // Every run of the dataset at each depth, all shapes (or bands) pooled: the curve the fit and
    // the departure are judged on.
    std::vector<DepthPoint> overall;
    std::optional<DepthFit> fit;
    Verdict verdict = Verdict::TooFewShallowDepths;
    int departureDepth = 0;    // Departs: the first depth beyond the fit that departs
    double departureRatio = 0; // Departs: observed / predicted there (NaN when the line is <= 0 there)
    int lastLinearDepth = 0;   // the deepest depth before the departure (or the deepest checked)
};

struct DepthResult
{
    struct Group
    {
        QString name;
        int key = 0;
    };

    DepthMetric metric = DepthMetric::Energy;
    DepthGrouping grouping = DepthGrouping::Shape;
    double tolerance = 0.25;
    std::vector<DepthPanel> panels; // by dataset name
    std::vector<Group> groups;      // every group present in a panel, by key
    int depthMin = 0, depthMax = 0;
    double valueMin = 0, valueMax = 0; // over the quartiles drawn (shared y axis)
    std::size_t totalRuns = 0;
    std::size_t plottedRuns = 0;
    std::size_t droppedNonPositive = 0; // missing (NaN), zero or negative values, or depth < 1
};

// one small plot per dataset on shared axes, x = depth, y = median energy (or
// energy per datum) on a log axis, a line per shape or size band with its interquartile band,
// and, per dataset, the first depth where the pooled median departs from a straight line
// fitted to depths 2-5 by more than a tolerance. Clicking a cell selects its dataset into the
// filter; clicking a line or legend entry selects that shape (or size band).
class DepthView : public ViewPanel
{
    Q_OBJECT
public:
    // The depths the straight line is fitted to.
    static constexpr int FitDepthMin = 2;
    static constexpr int FitDepthMax = 5;
    static constexpr double DefaultTolerance = 0.25;
    static constexpr int SizeBands = 4;

    explicit DepthView(QWidget *parent = nullptr);
    ~DepthView() override;

    QString viewId() const override { return QStringLiteral("depth"); }
    QString title() const override;
    QString nugget() const override;
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
    // The size band of a parameter count: 0 = 2^5..2^9, 1 = 2^10..2^14, 2 = 2^15..2^19,
    // 3 = 2^20..2^24 (smaller and larger counts go to the end bands).
    static int sizeBand(std::int64_t size);
    static QString sizeBandLabel(int band); // "32-512 params"
    // The band's closed range of parameter counts [2^(5+5b), 2^(10+5b) - 1]; a click leaves the
    // end bands open below (band 0) or above (band 3), as sizeBand() does.
    static std::pair<qint64, qint64> sizeBandRange(int band);

    // The job's work, callable from any thread. `tolerance` is relative (0.25 = 25 %). Throws
    // AnalysisError on inconsistent columns or a tolerance that is not positive and finite.
    static DepthResult compute(const RunColumns &columns, DepthMetric metric, DepthGrouping grouping, double tolerance,
                               const std::function<bool()> &cancelled = {});
    // Fits the panel's pooled medians at depths FitDepthMin..FitDepthMax (least squares, needs
    // two depths) and finds the first deeper depth d where |observed / predicted - 1| >
    // tolerance (or the line is not positive there). Sets fit, verdict and the departure.
    static void assessDeparture(DepthPanel &panel, double tolerance);
    static QString captionFor(const DepthPanel &panel, double tolerance);
    static QString findingFor(const DepthResult &result);

public slots:
    void selectDataset(const QString &dataset);
    // A shape (grouping by shape) or a size band's range (grouping by size) into the filter.
    void selectGroup(int key);
    void resetZoom() override;

protected:
    void requestData() override;
    void handleResult(quint64 requestId, const QVariant &result) override;
    void retranslateUi() override;

private:
    void rebuildPlot();
    void applyRanges();
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
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
    QCPTextElement *m_emptyText = nullptr;
    DepthMetric m_metric = DepthMetric::Energy;
    DepthGrouping m_grouping = DepthGrouping::Shape;
    double m_tolerance = DefaultTolerance;
    std::shared_ptr<const DepthResult> m_result;
    std::vector<QCPAxisRect *> m_cells;                        // per panel
    std::vector<QCPTextElement *> m_captions;                  // per panel
    QHash<const QCPLayoutElement *, int> m_cellOfElement;      // title, caption, axis rect -> panel
    QHash<const QCPAbstractPlottable *, int> m_keyOfPlottable; // medians and legend swatches -> key
    QHash<const QCPAbstractPlottable *, int> m_panelOfPlottable;
    std::optional<QPointF> m_pressPos;
};

} // namespace wattprint

Q_DECLARE_METATYPE(std::shared_ptr<const wattprint::DepthResult>)
