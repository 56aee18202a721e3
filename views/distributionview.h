#pragma once

#include "viewpanel.h"

#include <distributionanalysis.h>

#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QCPItemText;
class QCustomPlot;
class QMouseEvent;

namespace wattprint {

class AxisLabelFitter;
class DistributionSummaryElement;
class RubberBandSelector;

// histograms of a per-run metric for CPU and GPU runs on a log10 axis with
// each one's KDE curve and a summary box; a horizontal drag selects a range into the filter.
class DistributionView : public ViewPanel
{
    Q_OBJECT
public:
    explicit DistributionView(QWidget *parent = nullptr);

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    DistributionMetric metric() const { return m_metric; }
    void setMetric(DistributionMetric metric);
    // The last result drawn, or null.
    std::shared_ptr<const DistributionResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }

    // The column name in the store and in Filter::ranges ("energy", "run_time", ...).
    static QString columnName(DistributionMetric metric);
    static std::optional<DistributionMetric> metricFromColumn(const QString &column);
    static QString unit(DistributionMetric metric); // "J", "s", "W"
    // "12.3 kJ", "45.6 s", "3.2 ms", "250 W"
    static QString formatValue(double value, DistributionMetric metric);

    static QString findingFor(const DistributionResult &result);

public slots:
    // Puts [lo, hi] (data units) on the current metric's column into the filter.
    void selectRange(double lo, double hi);
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const DistributionResult> result);
    void retranslateUi() override;

private:
    void rebuildPlot();
    void applyZoom(bool queuedReplot);
    void styleAxes();

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_metricBox = nullptr;
    RubberBandSelector *m_selector = nullptr;
    QCPItemText *m_emptyText = nullptr; // "No runs match the filter." over an empty chart
    DistributionSummaryElement *m_summary = nullptr;
    AxisLabelFitter *m_labelFitter = nullptr;
    DistributionMetric m_metric = DistributionMetric::Energy;
    std::shared_ptr<const DistributionResult> m_result;
    double m_dataLo = 1, m_dataHi = 10; // x range of the data, for reset zoom
};

} // namespace wattprint
