#pragma once

#include "viewpanel.h"

#include <compareanalysis.h>
#include <verdict.h>
#include <whatif.h>

#include <QJsonObject>
#include <QMetaType>

#include <memory>
#include <vector>

class QComboBox;
class QCPItemText;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace wattprint {

class CompareTableElement;
class PinnedPlans;

// is configuration B really better than A, or is it noise? Two sub-selections
// of the runs in force side by side: n, median and mean of four metrics, the percent change of
// medians with its bootstrap 95% interval, Welch's p on log values, Mann-Whitney's p, Hedges'
// g, a plain verdict, and box plots of the chosen metric (with every run as a dot at small n).
class CompareView : public ViewPanel
{
    Q_OBJECT
public:
    // Below this many runs on a side, the view says the statistics are rough.
    static constexpr std::size_t SmallSample = MinRunsForVerdict; // below it, no verdict

    explicit CompareView(QWidget *parent = nullptr);

    // {"metric", "a", "b"} and, when plans are pinned, "plans": [PlanPrediction::toJson()...]. The
    // pins live in the Compare view's state: a state without "plans" unpins every plan.
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    CompareSelection selectionA() const { return m_a; }
    CompareSelection selectionB() const { return m_b; }
    void setSelections(const CompareSelection &a, const CompareSelection &b);
    RunMetric metric() const { return m_metric; }
    void setMetric(RunMetric metric);
    std::shared_ptr<const CompareResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }
    // Every text of the table under the boxes (caption, header, cells, note), one per line.
    QString tableText() const;

    // The plans set beside A and B: the environment's (pinned from the What-if view), or the
    // view's own where the app hands none over (report, render command).
    PinnedPlans *pinnedPlans() const { return m_plans; }
    // "529_pollen, rectangle, size 65,536, depth 4, CPU", translated.
    static QString describePlan(const PlannedRun &plan);

    static QString metricLabel(RunMetric metric);               // "Energy per run", translated
    static QString unit(RunMetric metric);                      // "J", "s", "W", "J"
    static QString formatValue(double value, RunMetric metric); // "12.3 kJ", "2.5 min", "250 W"

    // `base` (the filter in force) narrowed to `selection`: what "Filter to A" applies.
    static Filter narrowFilter(Filter base, const CompareSelection &selection);
    // The verdict sentence for `metric`, or why there is none.
    static QString findingFor(const CompareResult &result, RunMetric metric);

public slots:
    void swapSides();
    // A = this configuration on CPU, B = the same on GPU. "This configuration" is A's dataset,
    // shape, size and depth (B's when A names none of them).
    void compareCpuVsGpu();
    // Puts side A's (or B's) runs into the global filter.
    void filterToA();
    void filterToB();
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const CompareResult> result);
    void retranslateUi() override;
    void environmentChanged() override;

private:
    struct SideControls
    {
        QGroupBox *box = nullptr;
        QComboBox *dataset = nullptr;
        QComboBox *shape = nullptr;
        QComboBox *size = nullptr;
        QComboBox *depth = nullptr;
        QComboBox *device = nullptr;
        QComboBox *project = nullptr;
        QComboBox *hardware = nullptr;
        QPushButton *all = nullptr;
        QPushButton *filterTo = nullptr;
        QList<QLabel *> labels;
    };
    SideControls buildSide(const QString &name);
    void fillCombos(SideControls &side, const CompareSelection &selection);
    CompareSelection readSide(const SideControls &side) const;
    void onSideEdited();
    void applySelections(CompareSelection a, CompareSelection b); // by value: callers pass the members
    void filterTo(const CompareSelection &selection, const QString &side);
    void rebuildPlot();
    void styleAxes();
    void updateButtons();
    void onPlansChanged();
    void fillPlansMenu();
    void addPlansToPlot(double &lo, double &hi);

    QWidget *m_container = nullptr;
    QCustomPlot *m_plot = nullptr;
    QComboBox *m_metricBox = nullptr;
    QLabel *m_metricLabel = nullptr;
    QPushButton *m_swapButton = nullptr;
    QPushButton *m_cpuGpuButton = nullptr;
    QLabel *m_scopeNote = nullptr;
    SideControls m_sideA, m_sideB;
    CompareTableElement *m_table = nullptr;
    QCPItemText *m_emptyText = nullptr;
    QCPItemText *m_sideEmpty[2] = {nullptr, nullptr}; // "no runs" where a side's box would be
    CompareSelection m_a, m_b;
    // False until the user or a layout picks the sides: the view then shows exampleSelections()
    // for the data in force (CPU against GPU when there is none).
    bool m_sidesChosen = false;
    RunMetric m_metric = RunMetric::Energy;
    std::shared_ptr<const CompareResult> m_result;
    bool m_filling = false; // combos being refilled: not a user edit
    PinnedPlans *m_ownPlans = nullptr;
    PinnedPlans *m_plans = nullptr; // m_ownPlans or the environment's
    QMetaObject::Connection m_plansConnection;
    QToolButton *m_plansButton = nullptr; // removes pins; shown only while there are some
    QAction *m_plansAction = nullptr;
};

} // namespace wattprint
