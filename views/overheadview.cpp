#include "overheadview.h"

#include "filterstate.h"
#include "labelcase.h"
#include "selectionedit.h"

#include <units.h>

#include <QComboBox>
#include <QJsonObject>
#include <QLocale>
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

} // namespace

OverheadView::OverheadView(QWidget *parent)
    : OverheadPanel(QStringLiteral("overhead"), Qt::Horizontal, parent)
    , m_groupingBox(new QComboBox(this))
{
    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    for (OverheadGrouping g : Groupings)
        m_groupingBox->addItem(QString(), overheadGroupingName(g));
    selectData(m_groupingBox, overheadGroupingName(m_grouping));
    addLabelledControl(QStringLiteral("groupingLabel"), m_groupingBox);
    toolBar()->addSeparator();
    addScaleChooser();
    connect(m_groupingBox, &QComboBox::activated, this, [this](int index) {
        if (const auto g = overheadGroupingFromName(m_groupingBox->itemData(index).toString()))
            setGrouping(*g);
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
    setChartWidget(chart());
    retranslateUi();
}

QJsonObject OverheadView::saveState() const
{
    return QJsonObject{{QStringLiteral("grouping"), overheadGroupingName(m_grouping)},
                       {QStringLiteral("scale"), OverheadBarChart::scaleKey(chart()->scale())}};
}

void OverheadView::restoreState(const QJsonObject &state)
{
    const auto g = overheadGroupingFromName(state.value(QStringLiteral("grouping")).toString());
    if (g && *g != OverheadGrouping::Batch)
        setGrouping(*g);
    if (const auto scale = OverheadBarChart::scaleFromKey(state.value(QStringLiteral("scale")).toString()))
        setScale(*scale);
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
    submitCompute(&OverheadView::showResult, summarizeOverhead, m_grouping, OverheadOrder::ShareDescending);
}

void OverheadView::showResult(std::shared_ptr<const OverheadSummary> summary)
{
    showSummary(summary, findingFor(*summary));
}

void OverheadView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("groupingLabel"), tr("Group by:"));
    for (int i = 0; i < m_groupingBox->count(); ++i) {
        if (const auto g = overheadGroupingFromName(m_groupingBox->itemData(i).toString()))
            m_groupingBox->setItemText(i, groupingLabel(*g));
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
}

} // namespace wattprint
