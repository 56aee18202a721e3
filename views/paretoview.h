#pragma once

#include "configurationselection.h"
#include "viewpanel.h"

#include <paretoanalysis.h>

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

// Capacity (parameters) against energy per training datum or per run, or run time against energy,
// on log axes: one point per configuration (a bubble with its area by parameter count on the run
// time axes) or one dot per run; the Pareto frontiers as step lines (one per device on the
// capacity axes) and a side list of the Pareto-optimal setups; hover for values; click a list
// entry or a point, or drag a rectangle, to select into the cross-filter.
class ParetoView : public ViewPanel
{
    Q_OBJECT
public:
    enum class PointMode { Configurations, Runs };
    enum class ColourBy { Shape, Device };
    // One frontier over every setup in the filter, or one per dataset.
    enum class FrontierScope { All, PerDataset };

    explicit ParetoView(QWidget *parent = nullptr);

    static constexpr ParetoAxes DefaultAxes = ParetoAxes::CapacityEnergyPerDatum;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    ParetoAxes axes() const { return m_axes; }
    // A new pair of axes is a new analysis job.
    void setAxes(ParetoAxes axes);
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

    // The finding for the axes the result was computed on (result.axes).
    static QString findingFor(const ParetoResult &result, PointMode mode, FrontierScope scope = FrontierScope::All);
    // The note on the run time axes: energy is power x run time, so both rise together.
    static QString timeEnergyNote();
    // Tooltip text of a point of the current layer.
    QString pointText(std::size_t point) const;

public slots:
    // Selects the configuration of the frontier list's entry `row` everywhere.
    void selectFrontierEntry(int row);
    // Selects the points whose centres lie in the rectangle (plot widget px): their configurations
    // (configuration mode) or their runs (run mode).
    void selectPointsIn(const QRectF &pixelRect);
    void resetZoom() override;

    void applyFailingRuns(FailingRuns failing) override;

protected:
    void requestData() override;
    QString qualityNoteSubject() const override;
    void showResult(std::shared_ptr<const ParetoResult> result);
    void retranslateUi() override;

private:
    FailingRuns m_failing = FailingRuns::Excluded; // the Preferences' choice
    void rebuildPlot();
    void applyStyles();
    void rebuildList();
    void styleAxes();
    void onMouseMove(QMouseEvent *event);
    void selectPointAt(const QPointF &pos);
    void applySelection(const std::vector<std::size_t> &configurations);
    static QString timeEnergyFinding(const ParetoResult &result, PointMode mode, FrontierScope scope);
    // "3.2 mJ per datum" or "15 kJ per run".
    static QString energyText(ParetoAxes axes, double joules);
    QStringList colourKeys() const; // shape names or devices in legend order
    int colourIndexOf(const ConfigurationStats &c, const QStringList &keys) const;
    void applyAxisTickers(ParetoAxes axes);
    void updateAccessibleName();
    // Frontier set to Within each dataset, and more than one dataset has points.
    bool showsDatasetFrontiers() const;
    // The point's values as the side list shows them: "3.2 mJ per datum", "56.3 s, 15 kJ".
    QString valueText(const ParetoResult::Layer &layer, std::size_t point) const;
    // The frontiers shown (of the current layer and scope).
    const std::vector<ParetoResult::Frontier> *shownFrontiers() const;

    QCustomPlot *m_plot = nullptr;
    AnomalyDotLayer *m_dots = nullptr;
    // Step lines: [0] the one frontier (run time axes) or the CPU's, [1] the GPU's.
    QCPCurve *m_stairs[2] = {nullptr, nullptr};
    QCPGraph *m_frontierGraph = nullptr;
    QCPItemText *m_note = nullptr;
    RubberBandSelector *m_selector = nullptr;
    QCPItemText *m_emptyText = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_listTitle = nullptr;
    QComboBox *m_axesBox = nullptr;
    QComboBox *m_modeBox = nullptr;
    QComboBox *m_colourBox = nullptr;
    QComboBox *m_scopeBox = nullptr;
    ParetoAxes m_axes = DefaultAxes;
    std::optional<ParetoAxes> m_tickerAxes; // the axes the x ticker was made for
    PointMode m_mode = PointMode::Configurations;
    ColourBy m_colourBy = ColourBy::Device;
    FrontierScope m_scope = FrontierScope::All;
    std::shared_ptr<const ParetoResult> m_result;
    QCPRange m_dataX{1, 10}, m_dataY{1, 10};
};

} // namespace wattprint
