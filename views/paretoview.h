#pragma once

#include "configurationselection.h"
#include "viewpanel.h"

#include <qcustomplot.h>

#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QCPCurve;
class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QListWidget;
class QMouseEvent;

namespace wattprint {

class AnomalyDotLayer;
class RubberBandSelector;

// What the Pareto job computes on the worker thread: the configurations of the runs in the
// filter, and for both point modes (one point per configuration median, one per run) the points
// sorted by run time, the frontier minimising run time and energy, and its staircase.
struct ParetoResult
{
    struct Layer
    {
        std::vector<double> x; // run time, s (ascending)
        std::vector<double> y; // energy, J
        std::vector<std::uint32_t> configuration; // per point: index into configurations
        std::vector<std::int64_t> runId;          // per point, runs layer only (runs.id)
        std::vector<std::size_t> frontier;        // points on the frontier, by run time ascending
        std::vector<double> stairX, stairY;       // the step line through them
        // The same within each dataset (setups of different datasets do different work): per
        // dataset its frontier points and step line, and all of them by dataset, then run time.
        struct DatasetFrontier
        {
            QString dataset;
            std::vector<std::size_t> points;
            std::vector<double> stairX, stairY;
        };
        std::vector<DatasetFrontier> perDataset;
        std::vector<std::size_t> datasetFrontier;
        std::size_t dropped = 0; // configurations or runs without a positive run time and energy
        std::size_t size() const { return x.size(); }
    };

    std::vector<ConfigurationStats> configurations;
    ConfigurationRuns runs;
    Layer perConfiguration;
    Layer perRun;
    std::size_t totalRuns = 0;
    std::int64_t maxSize = 0; // the largest parameter count, for bubble areas
};

// run time against energy on log axes, one bubble per configuration (area by
// parameter count) or one dot per run; the Pareto frontier as a step line and a side list of the
// Pareto-optimal setups; hover for values; click a list entry or a point, or drag a rectangle, to
// select into the cross-filter.
class ParetoView : public ViewPanel
{
    Q_OBJECT
public:
    enum class PointMode { Configurations, Runs };
    enum class ColourBy { Shape, Device };
    // One frontier over every setup in the filter, or one per dataset.
    enum class FrontierScope { All, PerDataset };

    explicit ParetoView(QWidget *parent = nullptr);
    ~ParetoView() override;

    QString viewId() const override { return QStringLiteral("pareto"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    PointMode pointMode() const { return m_mode; }
    void setPointMode(PointMode mode);
    ColourBy colourBy() const { return m_colourBy; }
    void setColourBy(ColourBy colourBy);
    FrontierScope frontierScope() const { return m_scope; }
    void setFrontierScope(FrontierScope scope);
    // The frontier points shown (of the current layer and scope), in list order.
    const std::vector<std::size_t> &shownFrontier() const;

    std::shared_ptr<const ParetoResult> result() const { return m_result; }
    const ParetoResult::Layer *currentLayer() const;
    QCustomPlot *plot() const { return m_plot; }
    QListWidget *frontierList() const { return m_list; }
    AnomalyDotLayer *dotLayer() const { return m_dots; }

    // Bubble radius in px (96 DPI) for a parameter count: area proportional to it, clamped.
    static double bubbleRadius(std::int64_t size, std::int64_t maxSize);
    static constexpr double MinRadius = 2.2;
    static constexpr double MaxRadius = 13.0;

    // The job's work, callable from any thread; throws AnalysisError on inconsistent columns.
    static ParetoResult compute(const RunColumns &runs, const std::function<bool()> &cancelled = {});
    static QString findingFor(const ParetoResult &result, PointMode mode, FrontierScope scope = FrontierScope::All);
    // Tooltip text of a point of the current layer.
    QString pointText(std::size_t point) const;

public slots:
    // Selects the configuration of the frontier list's entry `row` everywhere.
    void selectFrontierEntry(int row);
    // Selects the points whose centres lie in the rectangle (plot widget px): their configurations
    // (configuration mode) or their runs (run mode).
    void selectPointsIn(const QRectF &pixelRect);
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const ParetoResult> result);
    void retranslateUi() override;

private:
    void rebuildPlot();
    void applyStyles();
    void rebuildList();
    void styleAxes();
    void onMouseMove(QMouseEvent *event);
    void selectPointAt(const QPointF &pos);
    void applySelection(const std::vector<std::size_t> &configurations);
    QStringList colourKeys() const; // shape names or devices in legend order
    int colourIndexOf(const ConfigurationStats &c, const QStringList &keys) const;

    QCustomPlot *m_plot = nullptr;
    AnomalyDotLayer *m_dots = nullptr;
    QCPCurve *m_stair = nullptr;
    QCPGraph *m_frontierGraph = nullptr;
    RubberBandSelector *m_selector = nullptr;
    QCPItemText *m_emptyText = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_listTitle = nullptr;
    QComboBox *m_modeBox = nullptr;
    QComboBox *m_colourBox = nullptr;
    QComboBox *m_scopeBox = nullptr;
    PointMode m_mode = PointMode::Configurations;
    ColourBy m_colourBy = ColourBy::Shape;
    FrontierScope m_scope = FrontierScope::All;
    std::shared_ptr<const ParetoResult> m_result;
    QCPRange m_dataX{1, 10}, m_dataY{1, 10};
};

} // namespace wattprint
