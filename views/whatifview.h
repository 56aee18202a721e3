#pragma once

#include "viewpanel.h"

#include <carbon.h>
#include <whatif.h>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace wattprint {

// "What if": a planned training run (dataset, shape, size, depth, device, epochs, batch size) and
// what it would cost on both devices, predicted from the runs in the filter that pass every quality
// check, each with its interval (docs/data.md "What if"); the measured configurations nearest to
// the plan; and the size at which the other device becomes cheaper. The model is fitted on a worker;
// a change of the plan is predicted at once from it.
class WhatIfView : public ViewPanel
{
    Q_OBJECT
public:
    explicit WhatIfView(QWidget *parent = nullptr);

    // {"dataset", "shape", "size", "depth", "device", "epochs", "batch"}, and for a dataset of
    // one's own "own": true with "examples", "inputs", "outputs" (a state without "own" is a sweep
    // dataset's).
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void applyCarbonPreferences(const CarbonPreferences &preferences) override;

    PlannedRun plan() const;
    void setPlan(const PlannedRun &plan);
    // The prediction shown; none before the model arrives.
    const std::optional<WhatIfResult> &result() const { return m_result; }

    // Pins the plan and its prediction on its device to the environment's pinned plans (the
    // Compare view); false when there is nothing to pin or nowhere to pin it.
    bool pinPlan();

    // "On GPU this plan would take about 369 kJ (90% interval 347-394 kJ); on CPU 74.8 kJ."
    static QString findingFor(const WhatIfResult &result, double level);

protected:
    void requestData() override;
    void showModel(std::shared_ptr<const WhatIfModel> model);
    void retranslateUi() override;

private:
    void predict();
    void fillResults();
    void fitResultsHeight();
    void showDatasetSource();
    void environmentChanged() override;
    void updatePinButton();
    static QString pinnedMessage();

    std::shared_ptr<const WhatIfModel> m_model;
    std::optional<WhatIfResult> m_result;
    CarbonFactors m_factors;
    QComboBox *m_datasetSource = nullptr; // a sweep dataset or one's own
    QComboBox *m_dataset = nullptr;
    QSpinBox *m_examples = nullptr;
    QSpinBox *m_inputs = nullptr;
    QSpinBox *m_outputs = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_pinButton = nullptr;
    QAction *m_pinAction = nullptr;
    QComboBox *m_shape = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_depth = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_batch = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_notes = nullptr;
    QTableWidget *m_nearest = nullptr;
    QLabel *m_nearestTitle = nullptr;
    bool m_updating = false;
};

} // namespace wattprint
