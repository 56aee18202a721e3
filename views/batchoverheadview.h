#pragma once

#include "overheadpanel.h"

#include <functional>
#include <memory>

class QComboBox;

namespace wattprint {

// one stacked vertical bar per sweep batch (energy_1, energy_2_cpu, ...):
// fixed overhead against non-overhead energy summed over the batch's runs in the filter, drawn
// as total energy or as shares. Bars in sweep order; a click selects the batch into the filter.
class BatchOverheadView : public OverheadPanel
{
    Q_OBJECT
public:
    explicit BatchOverheadView(QWidget *parent = nullptr);

    // {"scale": "energy"|"share"}
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    // "Batch energy_1 spent the largest share on overhead (58%), batch energy_2_cpu the smallest (7%)."
    static QString findingFor(const OverheadSummary &summary);

public slots:
    // Puts the batch into the filter: alone, or with `add` toggled in the batches already selected.
    void selectBatch(const QString &name, bool add = false);

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const OverheadSummary> summary);
    void retranslateUi() override;
};

} // namespace wattprint
