#pragma once

#include "anomalygroupchoice.h"
#include "viewpanel.h"

#include <anomalydetection.h>
#include <tracequery.h>

#include <QMetaType>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QPushButton;
class QSlider;
class QSplitter;
class QToolButton;

namespace wattprint {

class AnomalyDotLayer;
class RubberBandSelector;

// What the y axis shows: the run's energy, or its energy over its configuration's median.
enum class AnomalyTimelineY { Energy, Residual };

// The detection job's output, one entry per plotted run in ascending start time.
struct AnomalyTimelineResult
{
    AnomalyMethod method = AnomalyMethod::RobustZScore;
    AnomalyGroupChoice grouping = AnomalyGroupChoice::Configuration;
    QStringList datasetNames, shapeNames;

    std::vector<double> time;             // start, s since the Unix epoch (UTC)
    std::vector<std::int64_t> id;         // runs.id
    std::vector<double> energy;           // J
    std::vector<double> ratio;            // energy / median energy of the run's configuration in the filter
    std::vector<std::int32_t> configRuns; // runs of that configuration in the filter
    std::vector<double> groupRatio;       // energy / median energy of the run's group (the chosen grouping)
    std::vector<double> score;            // detectAnomalies' score; 0 when not evaluated
    std::vector<std::uint8_t> evaluated;  // 0: the run's group had fewer than minGroupSize runs
    std::vector<std::uint8_t> isGpu;
    std::vector<std::int32_t> dataset, shape, depth;
    std::vector<std::int64_t> size;

    std::size_t totalRuns = 0;          // runs in the filter
    std::size_t droppedNonPositive = 0; // runs without a positive energy (and, for the forest, run time and power)
    std::size_t groupCount = 0;
    std::size_t smallGroupCount = 0;
    std::size_t smallGroupRows = 0;     // runs in groups too small to score
    std::size_t evaluatedCount = 0;
    std::size_t minGroupSize = 0;
    std::size_t globalFallbackRows = 0; // Isolation Forest: runs of small groups scored by the all-runs forest

    std::size_t rowCount() const { return id.size(); }
};

// every run at its start time against its energy (or its energy relative to
// its configuration's median), with the runs an anomaly detector flags marked and counted. A
// click opens the run's details and its watt-meter trace; a drag selects runs into the filter.
class AnomalyTimelineView : public ViewPanel
{
    Q_OBJECT
public:
    // Loads a run's details and trace; called on a worker thread (open a Store there).
    using DetailsProvider = std::function<TraceDetails(qint64 runRowId)>;

    explicit AnomalyTimelineView(QWidget *parent = nullptr);
    ~AnomalyTimelineView() override;

    QString viewId() const override { return QStringLiteral("anomalies"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    // The app wires this (with models' TraceQuery on a Store it opens per call).
    void setDetailsProvider(DetailsProvider provider);

    AnomalyMethod method() const { return m_method; }
    void setMethod(AnomalyMethod method);
    AnomalyGroupChoice grouping() const { return m_grouping; }
    void setGrouping(AnomalyGroupChoice grouping);
    AnomalyTimelineY yMode() const { return m_yMode; }
    void setYMode(AnomalyTimelineY mode);
    // In the method's own units: |z|, |robust z|, Tukey's k, or the forest score.
    double threshold() const;
    void setThreshold(double value);

    std::shared_ptr<const AnomalyTimelineResult> result() const { return m_result; }
    // Per row of result(): flagged at the current threshold.
    const std::vector<std::uint8_t> &flags() const { return m_flags; }
    std::size_t flaggedCount() const { return m_flaggedCount; }
    QCustomPlot *plot() const { return m_plot; }
    QCustomPlot *tracePlot() const { return m_tracePlot; }
    AnomalyDotLayer *dotLayer() const { return m_dots; }
    // The details shown (null until a click's details arrive).
    std::shared_ptr<const TraceDetails> details() const { return m_details; }
    QWidget *detailsPane() const { return m_detailsPane; }
    QString detailsText() const;

    struct ThresholdRange
    {
        double min, max, step, defaultValue;
    };
    static ThresholdRange thresholdRange(AnomalyMethod method);
    // The AnomalyOptions the job uses; `threshold` in the method's own units.
    static AnomalyOptions detectionOptions(AnomalyMethod method);
    // detectAnomalies' threshold for the slider value (Tukey's k becomes the distance beyond
    // the k = 1.5 fences, in IQR units).
    static double detectorThreshold(AnomalyMethod method, double value);
    static QString methodKey(AnomalyMethod method);  // "zscore", "robust", "iqr", "iforest"
    static std::optional<AnomalyMethod> methodFromKey(const QString &key);
    static QString methodLabel(AnomalyMethod method); // translated

    // The job's work, callable from any thread; `cancelled` is polled between steps.
    static AnomalyTimelineResult compute(const RunColumns &columns, AnomalyMethod method,
                                         AnomalyGroupChoice grouping, const std::function<bool()> &cancelled = {});
    static std::vector<std::uint8_t> flagsFor(const AnomalyTimelineResult &result, double threshold);
    static QString findingFor(const AnomalyTimelineResult &result, double threshold);

public slots:
    // Puts the runs into the filter (Filter::runIds).
    void selectRuns(const QList<qint64> &runIds, const QString &text);
    // Sets the filter to the runs flagged now.
    void filterToAnomalies();
    // Asks for a run's details and trace; the pane opens at once and fills in when they arrive.
    void showDetails(qint64 runRowId);
    void hideDetails();
    void resetZoom() override;

signals:
    void detailsShown(qint64 runRowId);

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const AnomalyTimelineResult> result);
    void retranslateUi() override;

private:
    void rebuildPlot();
    void applyDataRanges();
    void applyThreshold();
    void updateCategories();
    void updateThresholdLabel();
    void configureSlider();
    void styleAxes();
    void styleTracePlot();
    void rebuildTrace();
    void requestDetails();
    void onDetailsResult(const QString &requester, quint64 requestId, const QVariant &value);
    void onDetailsFailed(const QString &requester, quint64 requestId, const QString &message);
    void onMouseMove(QMouseEvent *event);
    void showDetailsAt(const QPointF &pos);
    void selectRect(const QRectF &pixels);
    QString runSummary(std::size_t row) const;
    QString detailsRequester() const { return viewId() + QStringLiteral("/details"); }

    QCustomPlot *m_plot = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_detailsPane = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QCustomPlot *m_tracePlot = nullptr;
    QToolButton *m_closeDetails = nullptr;
    QComboBox *m_methodBox = nullptr;
    QComboBox *m_groupBox = nullptr;
    QComboBox *m_yBox = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_selectMode = nullptr;
    QPushButton *m_filterButton = nullptr;
    AnomalyDotLayer *m_dots = nullptr;
    RubberBandSelector *m_selector = nullptr;
    QCPItemStraightLine *m_medianLine = nullptr;
    QCPItemText *m_emptyText = nullptr;

    AnomalyMethod m_method = AnomalyMethod::RobustZScore;
    AnomalyGroupChoice m_grouping = AnomalyGroupChoice::Configuration;
    AnomalyTimelineY m_yMode = AnomalyTimelineY::Energy;
    QHash<int, double> m_thresholds; // per method, in its own units
    std::shared_ptr<const AnomalyTimelineResult> m_result;
    std::shared_ptr<const std::vector<double>> m_yValues; // what the dots show
    std::vector<std::uint8_t> m_flags;
    std::size_t m_flaggedCount = 0;

    DetailsProvider m_detailsProvider;
    std::optional<qint64> m_detailsRun; // shown or asked for
    std::shared_ptr<const TraceDetails> m_details;
    QString m_detailsError;
    quint64 m_detailsRequest = 0;
    QPointer<AnalysisService> m_detailsService;
    QList<QMetaObject::Connection> m_detailsConnections;

    double m_timeLo = 0, m_timeHi = 1, m_yLo = 1, m_yHi = 10;
};

} // namespace wattprint

Q_DECLARE_METATYPE(std::shared_ptr<const wattprint::TraceDetails>)
