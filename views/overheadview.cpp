#include "overheadview.h"

#include "filterstate.h"
#include "labelcase.h"
#include "partsbarchart.h"
#include "selectionedit.h"

#include <units.h>

#include <QComboBox>
#include <QJsonObject>
#include <QLocale>
#include <QStackedWidget>
#include <QToolBar>

#include <cmath>
#include <limits>

namespace wattprint {

namespace {

constexpr OverheadGrouping Groupings[] = {OverheadGrouping::Device, OverheadGrouping::Dataset, OverheadGrouping::Shape,
                                          OverheadGrouping::NodeType};

QStringList *filterList(Filter &filter, OverheadGrouping grouping)
{
    switch (grouping) {
    case OverheadGrouping::Device: return &filter.devices;
    case OverheadGrouping::Dataset: return &filter.datasets;
    case OverheadGrouping::Shape: return &filter.shapes;
    case OverheadGrouping::NodeType: return &filter.nodeTypes;
    case OverheadGrouping::Batch: return &filter.batches;
    }
    return nullptr;
}

OverheadAndParts computeOverheadAndParts(const RunColumns &runs, OverheadGrouping grouping, RunGroupBy partsGrouping,
                                         const std::function<bool()> &cancelled)
{
    OverheadAndParts out;
    out.overhead = summarizeOverhead(runs, grouping, OverheadOrder::ShareDescending, cancelled);
    // Only a store with another tool's runs has parts: BUTTER-E alone pays nothing for them.
    if (runs.hasParts())
        out.parts = summarizeRunGroups(runs, partsGrouping, FailingRuns::Excluded, cancelled);
    return out;
}

QString splitKey(OverheadView::Split split)
{
    return split == OverheadView::Split::Parts ? QStringLiteral("parts") : QStringLiteral("overhead");
}

} // namespace

OverheadView::OverheadView(QWidget *parent)
    : OverheadPanel(QStringLiteral("overhead"), Qt::Horizontal, parent)
    , m_groupingBox(new QComboBox(this))
    , m_splitBox(new QComboBox(this))
    , m_stack(new QStackedWidget)
    , m_partsChart(new PartsBarChart)
{
    m_splitBox->setObjectName(QStringLiteral("splitBox"));
    m_splitBox->addItem(QString(), splitKey(Split::Overhead));
    m_splitBox->addItem(QString(), splitKey(Split::Parts));
    addLabelledControl(QStringLiteral("splitLabel"), m_splitBox);
    connect(m_splitBox, &QComboBox::activated, this, [this](int index) {
        setSplit(m_splitBox->itemData(index).toString() == splitKey(Split::Parts) ? Split::Parts : Split::Overhead);
    });
    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    fillGroupingBox();
    addLabelledControl(QStringLiteral("groupingLabel"), m_groupingBox);
    toolBar()->addSeparator();
    addScaleChooser();
    connect(m_groupingBox, &QComboBox::activated, this, [this](int index) {
        const QString key = m_groupingBox->itemData(index).toString();
        if (m_boxShowsParts) {
            if (const auto by = runGroupByFromKey(key))
                setPartsGrouping(*by);
        } else if (const auto g = overheadGroupingFromName(key)) {
            setGrouping(*g);
        }
    });

    chart()->setObjectName(QStringLiteral("overheadPlot"));
    connect(chart(), &OverheadBarChart::groupClicked, this, [this](int group, Qt::KeyboardModifiers modifiers) {
        const auto summary = chart()->summary();
        if (!summary || group < 0 || group >= int(summary->groups.size()))
            return;
        const OverheadGroup &g = summary->groups[std::size_t(group)];
        if (!g.known) {
            setMessage(tr("Runs of unknown node type cannot be selected in the filter."));
            return;
        }
        selectGroup(g.name, modifiers & Qt::ControlModifier);
    });
    m_partsChart->setObjectName(QStringLiteral("partsPlot"));
    connect(m_partsChart, &PartsBarChart::groupClicked, this, [this](int group, Qt::KeyboardModifiers modifiers) {
        selectPartsGroup(group, modifiers & Qt::ControlModifier);
    });
    m_stack->addWidget(chart());
    m_stack->addWidget(m_partsChart);
    setChartWidget(m_stack);
    retranslateUi();
}

QJsonObject OverheadView::saveState() const
{
    return QJsonObject{{QStringLiteral("grouping"), overheadGroupingName(m_grouping)},
                       {QStringLiteral("scale"), OverheadBarChart::scaleKey(chart()->scale())},
                       {QStringLiteral("split"), splitKey(m_split)},
                       {QStringLiteral("parts_grouping"), runGroupByKey(m_partsGrouping)}};
}

void OverheadView::restoreState(const QJsonObject &state)
{
    const auto g = overheadGroupingFromName(state.value(QStringLiteral("grouping")).toString());
    if (g && *g != OverheadGrouping::Batch)
        setGrouping(*g);
    if (const auto scale = OverheadBarChart::scaleFromKey(state.value(QStringLiteral("scale")).toString()))
        setScale(*scale);
    if (const auto by = runGroupByFromKey(state.value(QStringLiteral("parts_grouping")).toString()))
        setPartsGrouping(*by);
    const QString split = state.value(QStringLiteral("split")).toString();
    if (split == splitKey(Split::Parts) || split == splitKey(Split::Overhead))
        setSplit(split == splitKey(Split::Parts) ? Split::Parts : Split::Overhead);
}

void OverheadView::fillGroupingBox()
{
    m_groupingBox->clear();
    m_boxShowsParts = showsParts();
    // The bar length chooser is the overhead chart's; the parts are always shares.
    if (scaleBox())
        scaleBox()->setEnabled(!m_boxShowsParts);
    if (m_boxShowsParts) {
        for (RunGroupBy by : {RunGroupBy::Project, RunGroupBy::Hardware})
            m_groupingBox->addItem(partsGroupingLabel(by), runGroupByKey(by));
        selectData(m_groupingBox, runGroupByKey(m_partsGrouping));
    } else {
        for (OverheadGrouping g : Groupings)
            m_groupingBox->addItem(groupingLabel(g), overheadGroupingName(g));
        selectData(m_groupingBox, overheadGroupingName(m_grouping));
    }
}

void OverheadView::setSplit(Split split)
{
    selectData(m_splitBox, splitKey(split));
    if (split == m_split)
        return;
    m_split = split;
    fillGroupingBox();
    emit stateChanged();
    showCurrent();
    updateConfigurationNote();
}

void OverheadView::setPartsGrouping(RunGroupBy by)
{
    if (m_boxShowsParts)
        selectData(m_groupingBox, runGroupByKey(by));
    if (by == m_partsGrouping)
        return;
    m_partsGrouping = by;
    m_partsChart->setGroupTitle(partsGroupingLabel(by));
    emit stateChanged();
    refresh();
}

bool OverheadView::showsParts() const
{
    if (m_split == Split::Parts)
        return true;
    // Nothing to split into overhead and training, but CPU/GPU/RAM parts to show.
    return m_result && m_result->overhead.all.runs == 0 && m_result->parts.runsWithParts > 0;
}

QString OverheadView::unconfiguredRunsHint() const
{
    return tr("Split: \"CPU, GPU and RAM\" shows how their energy divides, per project or hardware.");
}

QString OverheadView::partsGroupingLabel(RunGroupBy by)
{
    return by == RunGroupBy::Hardware ? tr("Hardware") : tr("Project");
}

QString OverheadView::partsFindingFor(const RunGroups &g, std::size_t totalRuns)
{
    if (g.runsWithParts == 0) {
        if (totalRuns == 0)
            return tr("No runs match the filter.");
        return tr("None of the %1 runs in the filter has its energy split into CPU, GPU and RAM: only logs of "
                  "tools such as CodeCarbon have that split.")
            .arg(QLocale().toString(qulonglong(totalRuns)));
    }
    double cpu = 0, gpu = 0, ram = 0;
    const RunGroups::Group *topGpu = nullptr;
    int drawn = 0;
    for (const RunGroups::Group &group : g.groups) {
        cpu += group.cpuEnergy;
        gpu += group.gpuEnergy;
        ram += group.ramEnergy;
        const double sum = group.cpuEnergy + group.gpuEnergy + group.ramEnergy;
        if (group.runsWithParts == 0 || !(sum > 0))
            continue;
        ++drawn;
        if (!topGpu
            || group.gpuEnergy / sum > topGpu->gpuEnergy / (topGpu->cpuEnergy + topGpu->gpuEnergy + topGpu->ramEnergy))
            topGpu = &group;
    }
    const double sum = cpu + gpu + ram;
    if (!(sum > 0))
        return tr("The runs with a CPU, GPU and RAM split recorded no energy.");
    QString text = tr("Of the energy of the %1 runs with a CPU, GPU and RAM split (%2), the CPU used %3, the GPU %4 "
                      "and RAM %5.")
                       .arg(units::count(qint64(g.runsWithParts)), units::energy(sum, units::AutoUnit::WattHours),
                            units::share(cpu / sum), units::share(gpu / sum), units::share(ram / sum));
    if (drawn > 1 && topGpu && !topGpu->name.isEmpty()) {
        const double topSum = topGpu->cpuEnergy + topGpu->gpuEnergy + topGpu->ramEnergy;
        text += QLatin1Char(' ')
            + (g.by == RunGroupBy::Hardware ? tr("The largest GPU share: hardware %1 (%2).")
                                            : tr("The largest GPU share: project %1 (%2)."))
                  .arg(topGpu->name, units::share(topGpu->gpuEnergy / topSum));
    }
    return text;
}

void OverheadView::selectPartsGroup(int group, bool add)
{
    if (!m_result || group < 0 || group >= int(m_result->parts.groups.size()))
        return;
    const QString name = m_result->parts.groups[std::size_t(group)].name;
    if (name.isEmpty()) {
        setMessage(m_partsGrouping == RunGroupBy::Hardware
                       ? tr("Runs that name no hardware cannot be selected in the filter.")
                       : tr("Runs that name no project cannot be selected in the filter."));
        return;
    }
    Filter filter = currentFilter();
    QStringList &list = m_partsGrouping == RunGroupBy::Hardware ? filter.nodeTypes : filter.projects;
    const QString what = inSentence(partsGroupingLabel(m_partsGrouping));
    QString text;
    switch (editSelection(list, {name}, add)) {
    case SelectionEdit::Replaced: text = tr("Select %1 %2").arg(what, name); break;
    case SelectionEdit::Removed: text = tr("Take %1 %2 out of the selection").arg(what, name); break;
    case SelectionEdit::Added: text = tr("Add %1 %2 to the selection").arg(what, name); break;
    }
    if (filter != currentFilter())
        proposeFilter(filter, text);
}

void OverheadView::setGrouping(OverheadGrouping grouping)
{
    if (grouping == OverheadGrouping::Batch)
        return; // the batch-overhead view's
    selectData(m_groupingBox, overheadGroupingName(grouping));
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    updateChartNames();
    emit stateChanged();
    refresh();
}

void OverheadView::updateChartNames()
{
    chart()->setGroupTitle(groupingLabel(m_grouping));
    chart()->setAccessibleName(tr("Overhead and training energy per %1").arg(inSentence(groupingLabel(m_grouping))));
}

QString OverheadView::groupingLabel(OverheadGrouping grouping)
{
    switch (grouping) {
    case OverheadGrouping::Device: return tr("Device");
    case OverheadGrouping::Dataset: return tr("Dataset");
    case OverheadGrouping::Shape: return tr("Shape");
    case OverheadGrouping::NodeType: return tr("Node type");
    case OverheadGrouping::Batch: return tr("Sweep batch");
    }
    return {};
}

QString OverheadView::findingFor(const OverheadSummary &s)
{
    const QLocale locale;
    if (s.all.runs == 0) {
        if (s.totalRuns == 0)
            return tr("No runs match the filter.");
        return tr("None of the %1 runs in the filter has an overhead and a non-overhead energy to split.")
            .arg(locale.toString(qulonglong(s.totalRuns)));
    }
    // NaN for a device without runs or without a positive total (std::optional trips GCC's
    // maybe-uninitialized warning here).
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double cpu = s.cpu.runs > 0 ? s.cpu.share().value_or(nan) : nan;
    const double gpu = s.gpu.runs > 0 ? s.gpu.share().value_or(nan) : nan;
    const bool hasCpu = std::isfinite(cpu);
    const bool hasGpu = std::isfinite(gpu);
    QString devices;
    if (hasCpu && hasGpu) {
        // "but" only for a real contrast: five percentage points or more.
        devices = (std::abs(gpu - cpu) >= 0.05 ? tr("Fixed overhead is %1 of GPU energy but %2 of CPU energy")
                                               : tr("Fixed overhead is %1 of GPU energy and %2 of CPU energy"))
                      .arg(units::share(gpu), units::share(cpu));
    } else if (hasCpu || hasGpu) {
        const bool onlyOne = s.cpu.runs == 0 || s.gpu.runs == 0;
        if (hasGpu)
            devices = onlyOne ? tr("Fixed overhead is %1 of the energy of the GPU runs (no CPU runs are in the filter)")
                                    .arg(units::share(gpu))
                              : tr("Fixed overhead is %1 of GPU energy").arg(units::share(gpu));
        else
            devices = onlyOne ? tr("Fixed overhead is %1 of the energy of the CPU runs (no GPU runs are in the filter)")
                                    .arg(units::share(cpu))
                              : tr("Fixed overhead is %1 of CPU energy").arg(units::share(cpu));
    } else {
        return tr("The runs in the filter have no positive standardised energy to split into overhead and training.");
    }

    if (s.grouping == OverheadGrouping::Device || s.groups.size() < 2 || !s.groups.front().share())
        return tr("%1.").arg(devices);
    const OverheadGroup &top = s.groups.front(); // sorted by share, largest first
    QString who;
    switch (s.grouping) {
    case OverheadGrouping::Dataset: who = tr("dataset %1").arg(top.name); break;
    case OverheadGrouping::Shape: who = tr("shape %1").arg(top.name); break;
    case OverheadGrouping::NodeType:
        who = top.known ? tr("node type %1").arg(top.name) : tr("runs of unknown node type");
        break;
    case OverheadGrouping::Batch: who = tr("batch %1").arg(top.name); break;
    case OverheadGrouping::Device: break;
    }
    const QString share = units::share(*top.share());
    return (top.known ? tr("%1; %2 loses the largest share (%3).") : tr("%1; %2 lose the largest share (%3)."))
        .arg(devices, who, share);
}

void OverheadView::selectGroup(const QString &name, bool add)
{
    Filter filter = currentFilter();
    QStringList *list = filterList(filter, m_grouping);
    if (!list || name.isEmpty())
        return;
    const QString what = inSentence(groupingLabel(m_grouping));
    QString text;
    switch (editSelection(*list, {name}, add)) {
    case SelectionEdit::Replaced: text = tr("Select %1 %2").arg(what, name); break;
    case SelectionEdit::Removed: text = tr("Take %1 %2 out of the selection").arg(what, name); break;
    case SelectionEdit::Added: text = tr("Add %1 %2 to the selection").arg(what, name); break;
    }
    if (filter == currentFilter())
        return;
    proposeFilter(filter, text);
}

void OverheadView::requestData()
{
    submitCompute(&OverheadView::showResult, computeOverheadAndParts, m_grouping, m_partsGrouping);
}

void OverheadView::showResult(std::shared_ptr<const OverheadAndParts> result)
{
    m_result = std::move(result);
    showCurrent();
}

void OverheadView::showCurrent()
{
    if (!m_result)
        return;
    const std::shared_ptr<const OverheadSummary> summary(m_result, &m_result->overhead);
    if (showsParts() != m_boxShowsParts)
        fillGroupingBox();
    if (!showsParts()) {
        m_stack->setCurrentWidget(chart());
        setQualityNote(0, 0);
        showSummary(summary, findingFor(*summary));
        return;
    }
    // The overhead chart keeps its numbers for when the split is switched back.
    chart()->setSummary(summary);
    const std::shared_ptr<const RunGroups> parts(m_result, &m_result->parts);
    QString finding = partsFindingFor(*parts, summary->totalRuns);
    m_partsChart->setGroupTitle(partsGroupingLabel(m_partsGrouping));
    m_partsChart->setEmptyText(finding);
    m_partsChart->setGroups(parts);
    m_partsChart->setAccessibleDescription(finding);
    m_stack->setCurrentWidget(m_partsChart);
    setFinding(finding);
    QStringList notes;
    if (m_split == Split::Overhead)
        notes << tr("No run in the filter has BUTTER-E's overhead split, so this shows how the energy of the runs "
                    "from other tools divides between CPU, GPU and RAM.");
    if (parts->configuredRuns > 0)
        notes << tr("BUTTER-E runs have no such split: %1 of them are not in this chart.")
                     .arg(QLocale().toString(qulonglong(parts->configuredRuns)));
    if (parts->runs > parts->runsWithParts)
        notes << tr("Runs without all three parts are left out of the shares: %1.")
                     .arg(QLocale().toString(qulonglong(parts->runs - parts->runsWithParts)));
    setMessage(notes.join(QLatin1Char(' ')));
    setQualityNote(parts->leftOutFailing, parts->leftOutFailing);
    setReady(true);
}

void OverheadView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    renderPlot(showsParts() ? static_cast<QCustomPlot *>(m_partsChart) : chart(), painter, rect, vector);
}

void OverheadView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("groupingLabel"), tr("Group by:"));
    setLabelText(QStringLiteral("splitLabel"), tr("Split:"));
    setChooserTexts(m_splitBox, {tr("Overhead and training"), tr("CPU, GPU and RAM")}, tr("Split"),
                    tr("Split BUTTER-E's energy into fixed overhead and training, or the energy of runs from other "
                       "tools (CodeCarbon) into CPU, GPU and RAM"));
    for (int i = 0; i < m_groupingBox->count(); ++i) {
        const QString key = m_groupingBox->itemData(i).toString();
        if (const auto g = overheadGroupingFromName(key))
            m_groupingBox->setItemText(i, groupingLabel(*g));
        else if (const auto by = runGroupByFromKey(key))
            m_groupingBox->setItemText(i, partsGroupingLabel(*by));
    }
    m_groupingBox->setAccessibleName(tr("Group by"));
    m_groupingBox->setToolTip(tr("What each bar stands for"));
    retranslateScaleChooser(tr("Energy"),
                            tr("Draw each group's total energy to scale, or every bar as 100% to compare the splits"));
    chart()->retranslate();
    updateChartNames();
    if (const auto summary = chart()->summary()) {
        chart()->setEmptyText(findingFor(*summary));
        setFinding(findingFor(*summary));
    }
    chart()->replot(QCustomPlot::rpQueuedReplot);
    m_partsChart->retranslate();
    showCurrent();
}

} // namespace wattprint
