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
