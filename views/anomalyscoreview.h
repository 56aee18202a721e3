#pragma once

#include "anomalygroupchoice.h"
#include "viewpanel.h"

#include <anomalyscoreanalysis.h>

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

// each run's anomaly score over time with bands at 2 and 3 sigma; flagged
// runs coloured by what drove their energy away from their group, run time or power.
class AnomalyScoreView : public ViewPanel
{
    Q_OBJECT
public:
    explicit AnomalyScoreView(QWidget *parent = nullptr);

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

    static QString findingFor(const AnomalyScoreResult &result, double threshold);
    // "energy 4.2 sigma high: run time +4.0 sigma, power +0.3 sigma" for row i.
    static QString explain(const AnomalyScoreResult &result, std::size_t i);
    static QString tooltipFor(const AnomalyScoreResult &result, std::size_t i, double threshold);

public slots:
    void filterToFlagged();
    void resetZoom() override;

    void applyFailingRuns(FailingRuns failing) override;

protected:
    void requestData() override;
    QString qualityNoteSubject() const override;
    void showResult(std::shared_ptr<const AnomalyScoreResult> result);
    void retranslateUi() override;

private:
    FailingRuns m_failing = FailingRuns::Excluded; // the Preferences' choice
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

    static constexpr double StrictThreshold = 3.5;
    static constexpr double LooseThreshold = 2.5;
    AnomalyGroupChoice m_grouping = AnomalyGroupChoice::Device;
    double m_threshold = StrictThreshold;
    std::shared_ptr<const AnomalyScoreResult> m_result;
    std::vector<std::uint8_t> m_flags;
    std::size_t m_flaggedCount = 0, m_runTimeDriven = 0, m_powerDriven = 0;

    double m_timeLo = 0, m_timeHi = 1, m_zMax = 4;
};

} // namespace wattprint
