#pragma once

#include "overheadpanel.h"

#include <functional>
#include <memory>

class QComboBox;

namespace wattprint {

// per group (device, dataset, shape or node type), horizontal stacked bars of
// the fixed overhead energy and the non-overhead (training) energy summed over the runs in the
// filter, labelled with the overhead's share and amount, sorted by overhead share. The total is
// overhead + non-overhead = NREL's standardised energy. A click selects the group into the filter.
class OverheadView : public OverheadPanel
{
    Q_OBJECT
public:
    explicit OverheadView(QWidget *parent = nullptr);

    // {"grouping": "device"|"dataset"|"shape"|"node_type", "scale": "energy"|"share"}
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    OverheadGrouping grouping() const { return m_grouping; }
    // Device, Dataset, Shape or NodeType (Batch is the batch-overhead view's).
    void setGrouping(OverheadGrouping grouping);

    static QString groupingLabel(OverheadGrouping grouping); // "Dataset", translated
    // "Fixed overhead is 62% of GPU energy but 9% of CPU energy; dataset 529_pollen loses the
    // largest share (71%)."
    static QString findingFor(const OverheadSummary &summary);

public slots:
    // Puts the group of the current grouping into the filter: alone, or with `add` toggled in
    // the groups already selected.
    void selectGroup(const QString &name, bool add = false);

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const OverheadSummary> summary);
    void retranslateUi() override;

private:
    void updateChartNames();
    QComboBox *m_groupingBox = nullptr;
    OverheadGrouping m_grouping = OverheadGrouping::Dataset;
};

} // namespace wattprint
