#include "batchoverheadview.h"

#include "filterstate.h"
#include "selectionedit.h"

#include <units.h>

#include <QComboBox>
#include <QJsonObject>
#include <QLocale>
#include <QToolBar>

namespace wattprint {

namespace {} // namespace

BatchOverheadView::BatchOverheadView(QWidget *parent)
    : OverheadPanel(QStringLiteral("batch-overhead"), Qt::Vertical, parent)
{
    addScaleChooser();
    chart()->setObjectName(QStringLiteral("batchOverheadPlot"));
    connect(chart(), &OverheadBarChart::groupClicked, this, [this](int group, Qt::KeyboardModifiers modifiers) {
        const auto summary = chart()->summary();
        if (summary && group >= 0 && group < int(summary->groups.size()))
            selectBatch(summary->groups[std::size_t(group)].name, modifiers & Qt::ControlModifier);
    });
    setChartWidget(chart());
    retranslateUi();
}

QJsonObject BatchOverheadView::saveState() const
{
    return QJsonObject{{QStringLiteral("scale"), OverheadBarChart::scaleKey(chart()->scale())}};
}

void BatchOverheadView::restoreState(const QJsonObject &state)
{
    if (const auto scale = OverheadBarChart::scaleFromKey(state.value(QStringLiteral("scale")).toString()))
        setScale(*scale);
}

QString BatchOverheadView::findingFor(const OverheadSummary &s)
{
    const QLocale locale;
    if (s.all.runs == 0) {
        if (s.totalRuns == 0)
            return tr("No runs match the filter.");
        return tr("None of the %1 runs in the filter has an overhead and a non-overhead energy to split.")
            .arg(locale.toString(qulonglong(s.totalRuns)));
    }
    const OverheadGroup *largest = nullptr;
    const OverheadGroup *smallest = nullptr;
    int withShare = 0;
    for (const OverheadGroup &g : s.groups) {
        const auto share = g.share();
        if (!share)
            continue;
        ++withShare;
        if (!largest || *share > *largest->share())
            largest = &g;
        if (!smallest || *share < *smallest->share())
            smallest = &g;
    }
    if (!largest)
        return tr("The runs in the filter have no positive standardised energy to split into overhead and training.");
    if (withShare == 1)
        return tr("Batch %1 spent %2 of its energy on overhead.").arg(largest->name, units::share(*largest->share()));
    return tr("Batch %1 spent the largest share on overhead (%2), batch %3 the smallest (%4).")
        .arg(largest->name, units::share(*largest->share()), smallest->name, units::share(*smallest->share()));
}

void BatchOverheadView::selectBatch(const QString &name, bool add)
{
    if (name.isEmpty())
        return;
    Filter filter = currentFilter();
    QString text;
    switch (editSelection(filter.batches, {name}, add)) {
    case SelectionEdit::Replaced: text = tr("Select batch %1").arg(name); break;
    case SelectionEdit::Removed: text = tr("Take batch %1 out of the selection").arg(name); break;
    case SelectionEdit::Added: text = tr("Add batch %1 to the selection").arg(name); break;
    }
    if (filter == currentFilter())
        return;
    proposeFilter(filter, text);
}

void BatchOverheadView::requestData()
{
    // One group per batch, by batch name.
    submitCompute(&BatchOverheadView::showResult, summarizeOverhead, OverheadGrouping::Batch, OverheadOrder::Name);
}

void BatchOverheadView::showResult(std::shared_ptr<const OverheadSummary> summary)
{
    showSummary(summary, findingFor(*summary));
}

void BatchOverheadView::retranslateUi()
{
    ViewPanel::retranslateUi();
    retranslateScaleChooser(tr("Total energy"),
                            tr("Draw each batch's total energy to scale, or every bar as 100% to compare the splits"));
    chart()->setGroupTitle(tr("Sweep batch"));
    chart()->retranslate();
    chart()->setAccessibleName(tr("Overhead and training energy per sweep batch"));
    if (const auto summary = chart()->summary()) {
        chart()->setEmptyText(findingFor(*summary));
        setFinding(findingFor(*summary));
    }
    chart()->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace wattprint
