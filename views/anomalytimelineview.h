#pragma once

#include "anomalygroupchoice.h"
#include "viewpanel.h"

#include <anomalytimelineanalysis.h>
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

// every run at its start time against its energy (or its energy relative to
// its configuration's median), with the runs an anomaly detector flags marked and counted. A
// click opens the run's details and its watt-meter trace; a drag selects runs into the filter.
class AnomalyTimelineView : public ViewPanel
{
    Q_OBJECT
public:
    explicit AnomalyTimelineView(QWidget *parent = nullptr);
    ~AnomalyTimelineView() override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    // The app wires this (with models' TraceQuery on a Store it opens per call).
    void setDetailsProvider(DetailsProvider provider) override;

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
    // The slider's range in the method's own units (see anomalyDetectorThreshold).
    static ThresholdRange thresholdRange(AnomalyMethod method);
    static QString methodKey(AnomalyMethod method); // "zscore", "robust", "iqr", "iforest"
    static std::optional<AnomalyMethod> methodFromKey(const QString &key);
    static QString methodLabel(AnomalyMethod method); // translated

    static QString findingFor(const AnomalyTimelineResult &result, double threshold);

public slots:
    // Puts the runs into the filter (Filter::runIds).
    // Sets the filter to the runs flagged now.
    void filterToAnomalies();
    // Asks for a run's details and trace; the pane opens at once and fills in when they arrive.
    void showDetails(qint64 runRowId);
    void hideDetails();
    void resetZoom() override;

    void applyFailingRuns(FailingRuns failing) override;

signals:
    void detailsShown(qint64 runRowId);

protected:
    void requestData() override;
    QString qualityNoteSubject() const override;
    void showResult(std::shared_ptr<const AnomalyTimelineResult> result);
    void retranslateUi() override;

private:
    FailingRuns m_failing = FailingRuns::Excluded; // the Preferences' choice
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
    AnomalyGroupChoice m_grouping = AnomalyGroupChoice::Device;
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
