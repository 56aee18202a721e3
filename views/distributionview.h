#pragma once

#include "viewpanel.h"

#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QCPItemRect;
class QCPItemText;
class QCustomPlot;
class QMouseEvent;

namespace wattprint {

class DistributionSummaryElement;

// The per-run quantity the distribution view shows.
enum class DistributionMetric { Energy, NonOverheadEnergy, EnergyPerDatum, RunTime, Power };

// What the distribution job computes on the worker thread; the view only draws it.
struct DistributionResult
{
    struct Device
    {
        QString name;            // "CPU", "GPU"
        std::size_t runs = 0;    // runs of this device in the filter
        std::size_t count = 0;   // of those, the ones with a positive value (on the log axis)
        std::vector<std::int64_t> counts; // per bin, bins shared by both devices
        std::vector<double> densities;    // share of the device's runs per decade, per bin
        std::vector<double> kdeX;         // data units
        std::vector<double> kdeDensity;   // per decade
        // Summary of the plotted values, in data units except skewLog10.
        double q1 = 0, median = 0, q3 = 0, p99 = 0;
        double iqr = 0;       // q3 - q1 (type-7 quantiles, as numpy)
        double tailRatio = 0; // p99 / median
        std::optional<double> skewLog10; // biased skewness of log10(values); empty if constant

        bool present() const { return count > 0; }
    };

    DistributionMetric metric = DistributionMetric::Energy;
    std::vector<double> edges; // shared bin edges, data units, equal widths in log10
    Device cpu;
    Device gpu;
    std::size_t totalRuns = 0;
    std::size_t droppedNonPositive = 0; // runs whose value is missing (NaN), zero or negative
    double minValue = 0, maxValue = 0;  // of the plotted values
};

// histograms of a per-run metric for CPU and GPU runs on a log10 axis with
// each one's KDE curve and a summary box; a horizontal drag selects a range into the filter.
class DistributionView : public ViewPanel
{
    Q_OBJECT
public:
    explicit DistributionView(QWidget *parent = nullptr);
    ~DistributionView() override;

    QString viewId() const override { return QStringLiteral("distribution"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

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
    static QString metricLabel(DistributionMetric metric); // "Energy per run", translated
    static QString unit(DistributionMetric metric);         // "J", "s", "W"
    // "12.3 kJ", "45.6 s", "3.2 ms", "250 W"
    static QString formatValue(double value, DistributionMetric metric);

    // The job's work, callable from any thread. `cancelled` is polled between steps; when it
    // returns true the result is incomplete and must be dropped. Throws AnalysisError on bad data.
    static DistributionResult compute(const RunColumns &columns, DistributionMetric metric,
                                      const std::function<bool()> &cancelled = {});
    static QString findingFor(const DistributionResult &result);

public slots:
    // Puts [lo, hi] (data units) on the current metric's column into the filter.
    void selectRange(double lo, double hi);
    void resetZoom() override;

protected:
    void requestData() override;
    void handleResult(quint64 requestId, const QVariant &result) override;
    void retranslateUi() override;

private:
    void rebuildPlot();
    void styleAxes();
    void onMousePress(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    bool inSelectableArea(const QPointF &pos) const;

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_metricBox = nullptr;
    QCPItemRect *m_band = nullptr;
    QCPItemText *m_emptyText = nullptr; // "No runs match the filter." over an empty chart
    DistributionSummaryElement *m_summary = nullptr;
    DistributionMetric m_metric = DistributionMetric::Energy;
    std::shared_ptr<const DistributionResult> m_result;
    std::optional<double> m_dragStartX; // pixels
    double m_dataLo = 1, m_dataHi = 10; // x range of the data, for reset zoom
};

} // namespace wattprint

Q_DECLARE_METATYPE(std::shared_ptr<const wattprint::DistributionResult>)
