#include "whatifview.h"

#include <analysiserror.h>
#include <architecture.h>
#include <pinnedplans.h>
#include <units.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wattprint {

namespace {

constexpr int ResultRows = 5; // energy, run time, power, carbon, cost

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString dash()
{
    return QStringLiteral("\u2013");
}

// "low–high" in the format of `format`.
template<class Format>
QString rangeText(const PredictedRange &r, Format format)
{
    if (!std::isfinite(r.low) || !std::isfinite(r.high))
        return dash();
    return format(r.low) + QStringLiteral(" \u2013 ") + format(r.high);
}

} // namespace

WhatIfView::WhatIfView(QWidget *parent)
    : ViewPanel(QStringLiteral("whatif"), parent)
{
    m_factors = resolveCarbonFactors(std::nullopt, std::nullopt);
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("whatIfPage"));
    page->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(page);

    auto *form = new QFormLayout;
    m_form = form;
    m_datasetSource = new QComboBox(page);
    m_datasetSource->setObjectName(QStringLiteral("whatIfDatasetSource"));
    m_datasetSource->addItem(QString(), QStringLiteral("butter"));
    m_datasetSource->addItem(QString(), QStringLiteral("own"));
    m_dataset = new QComboBox(page);
    m_dataset->setObjectName(QStringLiteral("whatIfDataset"));
    for (const DatasetInfo &d : butterDatasets())
        m_dataset->addItem(d.name, d.name);
    // A dataset of one's own: its rows (80 % train), inputs and network outputs, as `predict
    // --examples --inputs --outputs` takes them.
    m_examples = new QSpinBox(page);
    m_examples->setObjectName(QStringLiteral("whatIfExamples"));
    m_examples->setRange(10, 2000000000);
    m_examples->setGroupSeparatorShown(true);
    m_inputs = new QSpinBox(page);
    m_inputs->setObjectName(QStringLiteral("whatIfInputs"));
    m_inputs->setRange(1, 1000000);
    m_inputs->setGroupSeparatorShown(true);
    m_outputs = new QSpinBox(page);
    m_outputs->setObjectName(QStringLiteral("whatIfOutputs"));
    m_outputs->setRange(1, 100000);
    m_outputs->setGroupSeparatorShown(true);
    m_shape = new QComboBox(page);
    m_shape->setObjectName(QStringLiteral("whatIfShape"));
    for (const QString &s : shapeNames())
        m_shape->addItem(s, s);
    m_size = new QComboBox(page);
    m_size->setObjectName(QStringLiteral("whatIfSize"));
    for (int p = 5; p <= 26; ++p)
        m_size->addItem(QString(), qlonglong(1) << p);
    m_depth = new QSpinBox(page);
    m_depth->setObjectName(QStringLiteral("whatIfDepth"));
    m_depth->setRange(2, 40);
    m_device = new QComboBox(page);
    m_device->setObjectName(QStringLiteral("whatIfDevice"));
    m_device->addItem(QStringLiteral("CPU"), QStringLiteral("cpu"));
    m_device->addItem(QStringLiteral("GPU"), QStringLiteral("gpu"));
    m_epochs = new QSpinBox(page);
    m_epochs->setObjectName(QStringLiteral("whatIfEpochs"));
    m_epochs->setRange(1, 1000000);
    m_batch = new QSpinBox(page);
    m_batch->setObjectName(QStringLiteral("whatIfBatch"));
    m_batch->setRange(1, 65536);
    form->addRow(newBuddyLabel(QStringLiteral("datasetSourceLabel"), m_datasetSource), m_datasetSource);
    form->addRow(newBuddyLabel(QStringLiteral("datasetLabel"), m_dataset), m_dataset);
    form->addRow(newBuddyLabel(QStringLiteral("examplesLabel"), m_examples), m_examples);
    form->addRow(newBuddyLabel(QStringLiteral("inputsLabel"), m_inputs), m_inputs);
    form->addRow(newBuddyLabel(QStringLiteral("outputsLabel"), m_outputs), m_outputs);
    form->addRow(newBuddyLabel(QStringLiteral("shapeLabel"), m_shape), m_shape);
    form->addRow(newBuddyLabel(QStringLiteral("sizeLabel"), m_size), m_size);
    form->addRow(newBuddyLabel(QStringLiteral("depthLabel"), m_depth), m_depth);
    form->addRow(newBuddyLabel(QStringLiteral("deviceLabel"), m_device), m_device);
    form->addRow(newBuddyLabel(QStringLiteral("epochsLabel"), m_epochs), m_epochs);
    form->addRow(newBuddyLabel(QStringLiteral("batchLabel"), m_batch), m_batch);
    auto *formBox = new QVBoxLayout;
    formBox->addLayout(form);
    formBox->addStretch(1);
    layout->addLayout(formBox);

    auto *right = new QVBoxLayout;
    m_results = new QTableWidget(ResultRows, 4, page);
    m_results->setObjectName(QStringLiteral("whatIfResults"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->setMinimumHeight(80);
    right->addWidget(m_results);
    m_notes = new QLabel(page);
    m_notes->setObjectName(QStringLiteral("whatIfNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    right->addWidget(m_notes);
    m_nearestTitle = new QLabel(page);
    m_nearestTitle->setWordWrap(true); // a long title must not set the view's minimum width
    right->addWidget(m_nearestTitle);
    m_nearest = new QTableWidget(0, 8, page);
    m_nearest->setObjectName(QStringLiteral("whatIfNearest"));
    m_nearest->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nearest->verticalHeader()->hide();
    m_nearest->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_nearest->setMinimumHeight(60);
    right->addWidget(m_nearest, 1);
    layout->addLayout(right, 1);

    // Sweep defaults: 3000 epochs, batches of 256; a mid-sized network to start from.
    m_epochs->setValue(kButterEpochs);
    m_batch->setValue(int(kButterBatchSize));
    m_depth->setValue(4);
    selectData(m_size, qlonglong(1) << 16);
    selectData(m_dataset, QStringLiteral("529_pollen"));
    // An own dataset starts as a small tabular one.
    m_examples->setValue(10000);
    m_inputs->setValue(20);
    m_outputs->setValue(1);
    showDatasetSource();
    const auto changed = [this] {
        if (m_updating)
            return;
        if (message() == pinnedMessage()) // said of the plan before this change
            setMessage(QString());
        emit stateChanged();
        predict();
    };
    connect(m_datasetSource, &QComboBox::currentIndexChanged, this, [this, changed] {
        showDatasetSource();
        changed();
    });
    for (QComboBox *box : {m_dataset, m_shape, m_size, m_device})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *box : {m_examples, m_inputs, m_outputs, m_depth, m_epochs, m_batch})
        connect(box, &QSpinBox::valueChanged, this, changed);

    m_pinButton = new QPushButton(this);
    m_pinButton->setObjectName(QStringLiteral("whatIfPinButton"));
    toolBar()->addSeparator();
    m_pinAction = toolBar()->addWidget(m_pinButton);
    m_pinAction->setVisible(false); // until the app hands over its pinned plans
    connect(m_pinButton, &QPushButton::clicked, this, &WhatIfView::pinPlan);
    setChartWidget(page);
    retranslateUi();
}

void WhatIfView::showDatasetSource()
{
    const bool own = m_datasetSource->currentData().toString() == QLatin1String("own");
    m_form->setRowVisible(m_dataset, !own);
    for (QSpinBox *box : {m_examples, m_inputs, m_outputs})
        m_form->setRowVisible(box, own);
}

void WhatIfView::environmentChanged()
{
    m_pinAction->setVisible(environment().pinnedPlans != nullptr);
    updatePinButton();
}

void WhatIfView::updatePinButton()
{
    m_pinButton->setEnabled(environment().pinnedPlans && m_result && m_result->planned().ok);
}

QString WhatIfView::pinnedMessage()
{
    return tr("Pinned to the Compare view, beside the measured groups.");
}

bool WhatIfView::pinPlan()
{
    PinnedPlans *plans = environment().pinnedPlans;
    if (!plans || !m_result || !m_model)
        return false;
    const std::optional<PlanPrediction> prediction = planPrediction(*m_result, m_model->level);
    if (!prediction)
        return false;
    plans->pin(*prediction);
    setMessage(pinnedMessage());
    return true;
}

PlannedRun WhatIfView::plan() const
{
    PlannedRun p;
    if (m_datasetSource->currentData().toString() == QLatin1String("own")) {
        p.examples = m_examples->value();
        p.inputs = m_inputs->value();
        p.outputs = m_outputs->value();
    } else {
        p.dataset = m_dataset->currentData().toString();
    }
    p.shape = m_shape->currentData().toString();
    p.size = m_size->currentData().toLongLong();
    p.depth = m_depth->value();
    p.device = m_device->currentData().toString() == QLatin1String("gpu") ? Device::Gpu : Device::Cpu;
    p.epochs = m_epochs->value();
    p.batchSize = m_batch->value();
    return p;
}

void WhatIfView::setPlan(const PlannedRun &p)
{
    m_updating = true;
    selectData(m_datasetSource, p.ownDataset() ? QStringLiteral("own") : QStringLiteral("butter"));
    if (p.ownDataset()) {
        m_examples->setValue(int(std::clamp<std::int64_t>(p.examples, m_examples->minimum(), m_examples->maximum())));
        m_inputs->setValue(p.inputs);
        m_outputs->setValue(p.outputs);
    } else {
        selectData(m_dataset, p.dataset);
    }
    showDatasetSource();
    selectData(m_shape, p.shape);
    selectData(m_size, qlonglong(p.size));
    m_depth->setValue(p.depth);
    selectData(m_device, deviceName(p.device));
    m_epochs->setValue(p.epochs);
    m_batch->setValue(int(p.batchSize));
    m_updating = false;
    emit stateChanged();
    predict();
}

QJsonObject WhatIfView::saveState() const
{
    const PlannedRun p = plan();
    // The sweep dataset chosen is kept with an own dataset too, so switching back finds it.
    QJsonObject state{{QStringLiteral("dataset"), m_dataset->currentData().toString()},
                      {QStringLiteral("shape"), p.shape},
                      {QStringLiteral("size"), double(p.size)},
                      {QStringLiteral("depth"), p.depth},
                      {QStringLiteral("device"), deviceName(p.device)},
                      {QStringLiteral("epochs"), p.epochs},
                      {QStringLiteral("batch"), double(p.batchSize)}};
    if (p.ownDataset()) {
        state.insert(QStringLiteral("own"), true);
        state.insert(QStringLiteral("examples"), double(p.examples));
        state.insert(QStringLiteral("inputs"), p.inputs);
        state.insert(QStringLiteral("outputs"), p.outputs);
    }
    return state;
}

void WhatIfView::restoreState(const QJsonObject &state)
{
    PlannedRun p = plan();
    // The sweep dataset first: an own-dataset state keeps it for the switch back.
    const QString dataset = state.value(QStringLiteral("dataset")).toString(m_dataset->currentData().toString());
    m_updating = true;
    selectData(m_dataset, dataset);
    m_updating = false;
    if (state.value(QStringLiteral("own")).toBool()) {
        p.dataset.clear();
        p.examples = qint64(state.value(QStringLiteral("examples")).toDouble(double(m_examples->value())));
        p.inputs = state.value(QStringLiteral("inputs")).toInt(m_inputs->value());
        p.outputs = state.value(QStringLiteral("outputs")).toInt(m_outputs->value());
    } else {
        p.dataset = dataset;
    }
    p.shape = state.value(QStringLiteral("shape")).toString(p.shape);
    p.size = qint64(state.value(QStringLiteral("size")).toDouble(double(p.size)));
    p.depth = state.value(QStringLiteral("depth")).toInt(p.depth);
    p.device = state.value(QStringLiteral("device")).toString() == QLatin1String("gpu") ? Device::Gpu
        : state.value(QStringLiteral("device")).toString() == QLatin1String("cpu")      ? Device::Cpu
                                                                                        : p.device;
    p.epochs = state.value(QStringLiteral("epochs")).toInt(p.epochs);
    p.batchSize = qint64(state.value(QStringLiteral("batch")).toDouble(double(p.batchSize)));
    setPlan(p);
}

void WhatIfView::applyCarbonPreferences(const CarbonPreferences &preferences)
{
    try {
        const std::optional<QString> region = preferences.customIntensity ? std::nullopt
                                                                          : std::optional<QString>(preferences.region);
        m_factors = resolveCarbonFactors(region, preferences.customIntensity, preferences.pue, preferences.pricePerKwh,
                                         preferences.currency);
    } catch (const AnalysisError &) {
        m_factors = resolveCarbonFactors(std::nullopt, std::nullopt);
    }
    predict();
}

void WhatIfView::requestData()
{
    submitCompute(&WhatIfView::showModel, &buildWhatIfModel, WhatIfOptions{});
}

void WhatIfView::showModel(std::shared_ptr<const WhatIfModel> model)
{
    m_model = std::move(model);
    predict();
    setReady(true);
}

void WhatIfView::predict()
{
    if (!m_model) {
        m_result.reset();
        fillResults();
        return;
    }
    m_result = predictWhatIf(*m_model, plan(), m_factors);
    fillResults();
}

QString WhatIfView::findingFor(const WhatIfResult &r, double level)
{
    const WhatIfEstimate &e = r.planned();
    const WhatIfEstimate &other = r.estimate(r.plan.device == Device::Gpu ? Device::Cpu : Device::Gpu);
    const QString device = r.plan.device == Device::Gpu ? tr("GPU") : tr("CPU");
    const QString otherDevice = r.plan.device == Device::Gpu ? tr("CPU") : tr("GPU");
    if (!e.ok)
        return tr("No prediction on %1: %2.").arg(device, e.refusal);
    const QString interval
        = tr("%1 interval %2").arg(units::percent(level * 100), units::energyRange(e.energy.low, e.energy.high));
    QString text = tr("On %1 this plan would use about %2 (%3)").arg(device, units::energy(e.energy.value), interval);
    if (other.ok)
        text += tr("; on %1 about %2").arg(otherDevice, units::energy(other.energy.value));
    text += QLatin1Char('.');
    if (e.extrapolates())
        text += QLatin1Char(' ') + tr("It extrapolates beyond the measured runs, so the interval is wider.");
    return text;
}

void WhatIfView::fillResults()
{
    const QLocale locale;
    const auto gas = units::gasName(m_factors.intensityUnit);
    for (int row = 0; row < ResultRows; ++row)
        for (int col = 0; col < 4; ++col)
            m_results->setItem(row, col, cell(dash()));
    m_nearest->setRowCount(0);
    updatePinButton();
    if (!m_result) {
        m_notes->setText(tr("Fitting the model on the runs in the filter\u2026"));
        setFinding(QString());
        fitResultsHeight();
        return;
    }
    const WhatIfResult &r = *m_result;
    for (int d = 0; d < 2; ++d) {
        const WhatIfEstimate &e = r.estimate(d ? Device::Gpu : Device::Cpu);
        if (!e.ok)
            continue;
        const int c = 2 * d;
        m_results->setItem(0, c, cell(units::energy(e.energy.value)));
        m_results->setItem(0, c + 1, cell(units::energyRange(e.energy.low, e.energy.high)));
        if (std::isfinite(e.runTime.value)) {
            m_results->setItem(1, c, cell(units::duration(e.runTime.value)));
            m_results->setItem(1, c + 1, cell(rangeText(e.runTime, [](double v) { return units::duration(v); })));
            m_results->setItem(2, c, cell(units::power(e.power.value)));
            // Not a 90 % interval: the range of the nearest measured configurations' powers.
            QTableWidgetItem *powerRange = cell(rangeText(e.power, [](double v) { return units::power(v); }));
            powerRange->setToolTip(tr("The range of the nearest measured configurations' powers, not a 90% "
                                      "interval"));
            m_results->setItem(2, c + 1, powerRange);
        }
        m_results->setItem(3, c, cell(units::mass(e.co2eGrams.value) + QLatin1Char(' ') + gas));
        m_results->setItem(3, c + 1, cell(rangeText(e.co2eGrams, [](double v) { return units::mass(v); })));
        if (std::isfinite(e.cost.value)) {
            const QString currency = m_factors.currency;
            m_results->setItem(4, c, cell(units::money(e.cost.value, currency)));
            m_results->setItem(4, c + 1, cell(units::moneyRange(e.cost.low, e.cost.high, currency)));
        }
    }

    QStringList notes;
    const WhatIfEstimate &planned = r.planned();
    if (!planned.ok)
        notes.append(tr("<b>No prediction on this device:</b> %1.").arg(planned.refusal.toHtmlEscaped()));
    for (const Extrapolation &x : planned.extrapolation)
        notes.append(tr("<b>Extrapolates:</b> %1; the interval is widened.").arg(x.reason.toHtmlEscaped()));
    if (r.breakEven) {
        const BreakEven &b = *r.breakEven;
        const QString cheaper = b.cheaperAtPlan == Device::Gpu ? tr("GPU") : tr("CPU");
        const QString other = b.cheaperAtPlan == Device::Gpu ? tr("CPU") : tr("GPU");
        QString text = tr("At this size the %1 uses less energy.").arg(cheaper);
        if (b.above)
            text += QLatin1Char(' ')
                + tr("The %1 becomes cheaper from %2 parameters up.").arg(other, units::compactCount(double(*b.above)));
        if (b.below)
            text += QLatin1Char(' ')
                + tr("The %1 is cheaper at %2 parameters and below.").arg(other, units::compactCount(double(*b.below)));
        if (!b.above && !b.below)
            text += QLatin1Char(' ') + tr("It stays cheaper at every size measured.");
        notes.append(text);
    }
    if (m_model) {
        const WhatIfDeviceModel &dm = m_model->device(r.plan.device);
        notes.append(
            tr("Model: fitted on %1 passing every quality check; interval from %2 configurations "
               "predicted out of fold (median error a factor %3).")
                .arg(units::runs(qint64(m_model->qualityRuns)), locale.toString(qulonglong(dm.residuals.size())),
                     std::isfinite(dm.medianAbsLogError) ? units::threeDigits(std::pow(10.0, dm.medianAbsLogError))
                                                         : dash()));
    }
    if (planned.ok)
        notes.append(tr("Power is the median power of the nearest measured configurations, and its range is theirs "
                        "(not a 90% interval); run time is energy \u00F7 power, its range combining the two."));
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    if (QWidget *page = chartWidget(); page && page->layout())
        page->layout()->activate();

    m_nearest->setRowCount(int(planned.nearest.size()));
    for (std::size_t i = 0; i < planned.nearest.size(); ++i) {
        const MeasuredConfiguration &c = planned.nearest[i];
        const int row = int(i);
        m_nearest->setItem(row, 0, cell(c.dataset, Qt::AlignLeft | Qt::AlignVCenter));
        m_nearest->setItem(row, 1, cell(c.shape, Qt::AlignLeft | Qt::AlignVCenter));
        m_nearest->setItem(row, 2, cell(units::compactCount(double(c.size))));
        m_nearest->setItem(row, 3, cell(locale.toString(c.depth)));
        m_nearest->setItem(row, 4, cell(locale.toString(qulonglong(c.runs))));
        m_nearest->setItem(row, 5, cell(units::energy(c.medianEnergy)));
        m_nearest->setItem(row, 6, cell(std::isfinite(c.medianRunTime) ? units::duration(c.medianRunTime) : dash()));
        const double predicted = planned.nearestPredictedEnergy.at(i);
        m_nearest->setItem(row, 7, cell(std::isfinite(predicted) ? units::energy(predicted) : dash()));
    }
    setFinding(findingFor(r, m_model ? m_model->level : 0.9));
    fitResultsHeight();
}

void WhatIfView::fitResultsHeight()
{
    // As tall as its five rows, no taller: the nearest configurations take the rest.
    m_results->setMaximumHeight(m_results->horizontalHeader()->height() + m_results->verticalHeader()->length()
                                + 2 * m_results->frameWidth());
}

void WhatIfView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("datasetSourceLabel"), tr("Data:"));
    m_datasetSource->setItemText(0, tr("BUTTER-E dataset"));
    m_datasetSource->setItemText(1, tr("My own dataset"));
    m_datasetSource->setToolTip(tr("One of the sweep's datasets, or a dataset of your own described by its size"));
    setLabelText(QStringLiteral("datasetLabel"), tr("Dataset:"));
    setLabelText(QStringLiteral("examplesLabel"), tr("Examples:"));
    m_examples->setToolTip(tr("Rows of your dataset, training and test together; 80% of them train"));
    setLabelText(QStringLiteral("inputsLabel"), tr("Inputs:"));
    m_inputs->setToolTip(tr("Inputs of the network: the features of one example"));
    setLabelText(QStringLiteral("outputsLabel"), tr("Outputs:"));
    m_outputs->setToolTip(tr("Outputs of the network: 1 for a regression or two classes"));
    m_pinButton->setText(tr("Add to compare"));
    m_pinButton->setToolTip(tr("Pin this plan and its prediction to the Compare view, beside the measured groups"));
    m_pinButton->setAccessibleName(tr("Add the plan to the Compare view"));
    setLabelText(QStringLiteral("shapeLabel"), tr("Shape:"));
    setLabelText(QStringLiteral("sizeLabel"), tr("Size (parameters):"));
    setLabelText(QStringLiteral("depthLabel"), tr("Depth (layers):"));
    setLabelText(QStringLiteral("deviceLabel"), tr("Device:"));
    setLabelText(QStringLiteral("epochsLabel"), tr("Epochs:"));
    setLabelText(QStringLiteral("batchLabel"), tr("Batch size:"));
    for (int i = 0; i < m_size->count(); ++i)
        m_size->setItemText(i, units::compactCount(double(m_size->itemData(i).toLongLong())));
    const int level = m_model ? int(std::lround(m_model->level * 100)) : 90;
    m_results->setHorizontalHeaderLabels(
        {tr("CPU"), tr("CPU %1% interval").arg(level), tr("GPU"), tr("GPU %1% interval").arg(level)});
    m_results->setVerticalHeaderLabels({tr("Energy"), tr("Run time"), tr("Power"), tr("Carbon"), tr("Cost")});
    m_results->setAccessibleName(tr("Predicted energy, run time, power, carbon and cost on CPU and GPU"));
    m_nearestTitle->setText(
        tr("Nearest measured configurations on the planned device (runs passing every quality check)"));
    m_nearest->setHorizontalHeaderLabels({tr("Dataset"), tr("Shape"), tr("Size"), tr("Depth"), tr("Runs"),
                                          tr("Median energy"), tr("Median run time"), tr("Predicted")});
    m_nearest->setAccessibleName(tr("Measured configurations nearest to the plan"));
    fillResults();
    // Longer labels in another language: lay out now, so a page exported at once is not clipped.
    if (QWidget *page = chartWidget(); page && page->layout())
        page->layout()->activate();
}

} // namespace wattprint
