#pragma once

#include "anomalygroupchoice.h"
#include "viewpanel.h"

#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QCPAbstractItem;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QPushButton;
class QToolButton;

namespace wattprint {

class AnomalyDotLayer;
class RubberBandSelector;

// Which factor of energy = power x run time moved a run's energy most.
enum class AnomalyDriver : std::uint8_t { RunTime, Power };

// Per scored run (ascending start time): its z-score of log energy within its group, split into
// the parts its run time and its average power contribute. With E = P T, log E = log T + log P,
// so within a group (log E - mean) = (log T - mean) + (log P - mean); divided by the group's
// standard deviation of log E the two parts add up to the energy z exactly.
struct AnomalyScoreResult
{
    AnomalyGroupChoice grouping = AnomalyGroupChoice::DatasetSizeDevice;
    QStringList datasetNames, shapeNames;

    std::vector<double> time;         // start, s since the Unix epoch (UTC)
    std::vector<std::int64_t> id;     // runs.id
    std::vector<double> z;            // z of log energy in its group (population sd, as scipy.stats.zscore)
    std::vector<double> runTimePart;  // (log T - group mean) / group sd of log E
    std::vector<double> powerPart;    // (log P - group mean) / group sd of log E, P = E / T
    std::vector<double> runTimeRatio; // T / the group's geometric mean run time
    std::vector<double> powerRatio;   // P / the group's geometric mean power
    std::vector<double> energy;       // J
    std::vector<std::uint8_t> isGpu;
    std::vector<std::int32_t> dataset, shape, depth;
    std::vector<std::int64_t> size;

    std::size_t totalRuns = 0;          // runs in the filter
    std::size_t droppedNonPositive = 0; // runs without a positive energy and run time
    std::size_t groupCount = 0;
    std::size_t smallGroupCount = 0;
    std::size_t smallGroupRows = 0;     // runs in groups too small to score (not plotted)
    std::size_t minGroupSize = 0;
    std::size_t largestGroup = 0;       // runs in the largest scored group

    std::size_t rowCount() const { return id.size(); }
    // Run time drives when its part pushes the energy further in the direction of z than power's.
    AnomalyDriver driver(std::size_t i) const;
};

// each run's anomaly score over time with bands at 2 and 3 sigma; flagged
// runs coloured by what drove their energy away from their group, run time or power.
class AnomalyScoreView : public ViewPanel
{
    Q_OBJECT
public:
    explicit AnomalyScoreView(QWidget *parent = nullptr);
    ~AnomalyScoreView() override;

    QString viewId() const override { return QStringLiteral("anomaly-score"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    AnomalyGroupChoice grouping() const { return m_grouping; }
    void setGrouping(AnomalyGroupChoice grouping);
    // |z| beyond which a run is flagged: 3 (default) or 2.
    double threshold() const { return m_threshold; }
    void setThreshold(double sigma);

    std::shared_ptr<const AnomalyScoreResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }
    AnomalyDotLayer *dotLayer() const { return m_dots; }

    static AnomalyScoreResult compute(const RunColumns &columns, AnomalyGroupChoice grouping,
                                      const std::function<bool()> &cancelled = {});
    static QString findingFor(const AnomalyScoreResult &result, double threshold);
    // "energy 4.2 sigma high: run time +4.0 sigma, power +0.3 sigma" for row i.
    static QString explain(const AnomalyScoreResult &result, std::size_t i);
    static QString tooltipFor(const AnomalyScoreResult &result, std::size_t i, double threshold);

public slots:
    void selectRuns(const QList<qint64> &runIds, const QString &text);
    void filterToFlagged();
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const AnomalyScoreResult> result);
    void retranslateUi() override;

private:
    void rebuildPlot();
    void applyDataRanges();
    void applyThreshold();
    void styleAxes();
    void onMouseMove(QMouseEvent *event);
    void selectRunAt(const QPointF &pos);
    void selectRect(const QRectF &pixels);

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_groupBox = nullptr;
    QComboBox *m_thresholdBox = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_filterButton = nullptr;
    QAction *m_selectMode = nullptr;
    AnomalyDotLayer *m_dots = nullptr;
    RubberBandSelector *m_selector = nullptr;
    QCPItemText *m_emptyText = nullptr;
    QList<QCPAbstractItem *> m_sigmaItems;

    AnomalyGroupChoice m_grouping = AnomalyGroupChoice::DatasetSizeDevice;
    double m_threshold = 3.0;
    std::shared_ptr<const AnomalyScoreResult> m_result;
    std::vector<std::uint8_t> m_flags;
    std::size_t m_flaggedCount = 0, m_runTimeDriven = 0, m_powerDriven = 0;

    double m_timeLo = 0, m_timeHi = 1, m_zMax = 4;
};

} // namespace wattprint
