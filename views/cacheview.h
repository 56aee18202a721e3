#pragma once

#include "viewpanel.h"

#include <cachespill.h>

#include <QMetaType>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QCPColorScale;
class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QMouseEvent;

namespace wattprint {

class AnomalyDotLayer;
class CacheRegionLayer;
class RubberBandSelector;

// What the cache-spill job computes on the worker thread; the view only draws it.
struct CacheSpillResult
{
    // One (dataset, shape, depth, size, device) of the runs in force that the energy model knows.
    struct Configuration
    {
        std::int32_t dataset = 0; // index into datasetNames
        std::int32_t shape = 0;   // index into shapeNames
        std::int32_t depth = 0;
        std::int64_t size = 0;
        bool gpu = false;
        double bytes = 0;         // the chosen working set, one copy
        double predicted = std::numeric_limits<double>::quiet_NaN(); // fitted energy per datum (J)
    };

    struct DeviceSeries
    {
        std::size_t runs = 0;    // runs of the device in the filter
        std::size_t plotted = 0; // of those, with a working set and a positive energy per datum
        Log2Binning binning;     // energy per datum binned on log2(bytes), bins of >= minBinCount runs
        std::vector<SpillPoint> spills; // largest first
        std::vector<CacheBoundary> boundaries;
        bool fitted = false;
        std::size_t fitRows = 0; // configurations the energy model was fitted on
        double fitR2 = std::numeric_limits<double>::quiet_NaN();
        double ratioMedian = std::numeric_limits<double>::quiet_NaN(); // of predicted / measured per run

        bool present() const { return plotted > 0; }
    };

    WorkingSetKind kind = WorkingSetKind::Forward;
    QStringList datasetNames, shapeNames;
    std::vector<Configuration> configurations;
    // Per run of a known configuration, ascending in x (the configuration's working-set bytes).
    std::vector<double> x;
    std::vector<double> y;     // energy per training datum (J); may be NaN or <= 0 (not drawn)
    std::vector<double> ratio; // predicted / measured energy per datum; NaN when there is none
    std::vector<std::int32_t> configuration; // index into configurations
    std::vector<std::int64_t> id;            // runs.id
    DeviceSeries cpu, gpu;
    std::size_t totalRuns = 0;
    std::size_t unknownRuns = 0;     // dataset or shape the model does not know, or no derivation
    std::size_t nonPositive = 0;     // known runs whose energy per datum is missing, zero or negative
    QString fitProblem;              // why the model could not be fitted, empty if it was

    std::size_t rowCount() const { return x.size(); }
    const DeviceSeries &device(bool gpu) const { return gpu ? this->gpu : cpu; }
};

// energy per training datum against the working-set bytes of each run's
// configuration (log2), every run a dot, the binned median with its interquartile band per
// device, the cache levels shaded per device, and the jumps of the binned slope marked with their
// size and the nearest cache boundary. Dots can be coloured by the fitted energy model's
// predicted/measured ratio. A horizontal drag selects the runs of the configurations in that
// range of bytes (Filter::runIds).
class CacheView : public ViewPanel
{
    Q_OBJECT
public:
    explicit CacheView(QWidget *parent = nullptr);
    ~CacheView() override;

    QString viewId() const override { return QStringLiteral("cache"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    WorkingSetKind kind() const { return m_kind; }
    void setKind(WorkingSetKind kind);
    bool colourByRatio() const { return m_colourByRatio; }
    void setColourByRatio(bool on);
    std::shared_ptr<const CacheSpillResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }

    static constexpr double BinWidthLog2 = 1.0;
    static constexpr std::size_t MinBinCount = 5;

    // The job's work, callable from any thread (derivations are cached per configuration across
    // calls). Throws AnalysisError on inconsistent columns.
    static CacheSpillResult compute(const RunColumns &columns, WorkingSetKind kind,
                                    const std::function<bool()> &cancelled = {});
    static QString findingFor(const CacheSpillResult &result);
    static QString kindLabel(WorkingSetKind kind); // "Forward working set", translated
    static QString kindShortLabel(WorkingSetKind kind); // "Forward", for the chooser
    static QString formatBytes(double bytes);       // "32 KiB", "1.5 MiB"
    // Run ids of the configurations whose working set lies in [lo, hi] bytes, ascending.
    static QList<qint64> runIdsInRange(const CacheSpillResult &result, double lo, double hi);
    // The dot's text for a hover tooltip.
    static QString describeRun(const CacheSpillResult &result, std::size_t row);

public slots:
    // Puts the runs of the configurations with working-set bytes in [lo, hi] into the filter.
    void selectRange(double lo, double hi);
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const CacheSpillResult> result);
    void retranslateUi() override;

private:
    void rebuildPlot();
    void applyColouring();
    void styleAxes();
    void onMouseMove(QMouseEvent *event);

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_kindBox = nullptr;
    QCheckBox *m_ratioBox = nullptr;
    AnomalyDotLayer *m_dots = nullptr;
    CacheRegionLayer *m_regions = nullptr;    // shading and boundary lines, under the dots
    CacheRegionLayer *m_regionsTop = nullptr; // level strips and jump brackets, over them
    QCPColorScale *m_colourScale = nullptr;
    RubberBandSelector *m_selector = nullptr;
    QCPItemText *m_emptyText = nullptr;
    WorkingSetKind m_kind = WorkingSetKind::Forward;
    bool m_colourByRatio = false;
    std::shared_ptr<const CacheSpillResult> m_result;
    double m_xLo = 1, m_xHi = 2, m_yLo = 1e-3, m_yHi = 1;
};

} // namespace wattprint
