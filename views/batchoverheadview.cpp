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

QString BatchOverheadView::nugget() const
{
    return tr("Which sweep batches wasted most of their energy on overhead?");
}

QString BatchOverheadView::howToRead() const
{
    return tr("<p>The sweep ran in batches: <i>energy_1</i> on GPU nodes, <i>energy_2_cpu</i> on CPU nodes, and "
              "batches that added depths or shapes later. Each bar is one batch. Its "
              "<span style='color:#b0508a'><b>purple part</b></span> is the <b>fixed overhead</b> its runs paid "
              "(NREL's estimate per run: about 14 kJ on a CPU node, 272 kJ on a GPU node, whatever the network) and "
              "its <span style='color:#007a59'><b>green part</b></span> the <b>non-overhead energy</b> that went to "
              "training, both summed over the batch's runs in the filter.</p>"
              "<p>The text above each bar gives the overhead's share of the batch's energy, the overhead itself and "
              "the batch's total. Energies are standardised to the reference node type (cpu1 or gpu1) as in "
              "NREL's table: overhead plus non-overhead energy is the standardised energy, which differs a little "
              "from the energy measured on other node types.</p>"
              "<p><i>Bars</i>: <i>Total energy</i> draws each batch's energy to scale (in Wh, kWh, MWh or GWh); "
              "<i>Share</i> stretches every bar to 100% to compare the splits. A batch of many small networks "
              "spends a large share on overhead even when its total is small.</p>"
              "<p><b>Select</b>: click a bar or its name to keep only that batch; Ctrl+click adds it to the batches "
              "already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes "
              "a selection back.</p>");
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
    const auto job = [](const RunColumns &columns, JobContext &context) {
        return summarizeOverhead(columns, OverheadGrouping::Batch, OverheadOrder::Name,
                                 [&context] { return context.isCancelled(); });
    };
    submit(job, &BatchOverheadView::showResult);
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
