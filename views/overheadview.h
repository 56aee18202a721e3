#pragma once

#include "overheadpanel.h"

#include <rungroups.h>

#include <functional>
#include <memory>

class QComboBox;
class QStackedWidget;

namespace wattprint {

class PartsBarChart;

// The overhead view's numbers: BUTTER-E's overhead split and, for runs from another tool, the
// CPU/GPU/RAM split per project or hardware.
struct OverheadAndParts
{
    OverheadSummary overhead;
    RunGroups parts;
};

// Per group (device, dataset, shape or node type), horizontal stacked bars of
// the fixed overhead energy and the non-overhead (training) energy summed over the runs in the
// filter, labelled with the overhead's share and amount, sorted by overhead share. The total is
// overhead + non-overhead = NREL's standardised energy. A click selects the group into the filter.
// Runs from another tool (CodeCarbon) have no such split but may have CPU, GPU and RAM energy:
// "Split: CPU, GPU and RAM" draws that per project or hardware, and the view shows it by itself
// when no run in the filter has the overhead split.
class OverheadView : public OverheadPanel
{
    Q_OBJECT
public:
    explicit OverheadView(QWidget *parent = nullptr);

    enum class Split { Overhead, Parts };

    // {"grouping": "device"|"dataset"|"shape"|"node_type", "scale": "energy"|"share",
    //  "split": "overhead"|"parts", "parts_grouping": "project"|"hardware"}
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    OverheadGrouping grouping() const { return m_grouping; }
    // Device, Dataset, Shape or NodeType (Batch is the batch-overhead view's).
    void setGrouping(OverheadGrouping grouping);

    Split split() const { return m_split; }
    void setSplit(Split split);
    RunGroupBy partsGrouping() const { return m_partsGrouping; }
    void setPartsGrouping(RunGroupBy by);
    // Whether the chart on show is the CPU/GPU/RAM one (chosen, or because nothing has the
    // overhead split).
    bool showsParts() const;
    PartsBarChart *partsChart() const { return m_partsChart; }

    static QString groupingLabel(OverheadGrouping grouping); // "Dataset", translated
    static QString partsGroupingLabel(RunGroupBy by);        // "Project", translated
    // "Of the 24 runs with a CPU, GPU and RAM split (1.2 kWh), the GPU used 80%, ..."
    static QString partsFindingFor(const RunGroups &groups, std::size_t totalRuns);
    // "Fixed overhead is 62% of GPU energy but 9% of CPU energy; dataset 529_pollen loses the
    // largest share (71%)."
    static QString findingFor(const OverheadSummary &summary);

public slots:
    // Puts the group of the current grouping into the filter: alone, or with `add` toggled in
    // the groups already selected.
    void selectGroup(const QString &name, bool add = false);

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const OverheadAndParts> result);
    void retranslateUi() override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;
    bool showsUnconfiguredRuns() const override { return showsParts(); }
    QString unconfiguredRunsHint() const override;

private:
    void updateChartNames();
    void fillGroupingBox();
    void showCurrent();
    void selectPartsGroup(int group, bool add);
    QComboBox *m_groupingBox = nullptr;
    QComboBox *m_splitBox = nullptr;
    QStackedWidget *m_stack = nullptr;
    PartsBarChart *m_partsChart = nullptr;
    std::shared_ptr<const OverheadAndParts> m_result;
    OverheadGrouping m_grouping = OverheadGrouping::Dataset;
    Split m_split = Split::Overhead;
    bool m_boxShowsParts = false; // "Group by" lists projects and hardware
    RunGroupBy m_partsGrouping = RunGroupBy::Project;
};

} // namespace wattprint
