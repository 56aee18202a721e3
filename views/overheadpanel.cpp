#include "overheadpanel.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace wattprint {

OverheadPanel::OverheadPanel(const QString &viewId, Qt::Orientation orientation, QWidget *parent)
    : ViewPanel(viewId, parent)
    , m_chart(new OverheadBarChart(orientation))
{}

void OverheadPanel::setScale(OverheadBarChart::Scale scale)
{
    selectData(m_scaleBox, OverheadBarChart::scaleKey(scale));
    if (m_chart->setScale(scale)) // the same numbers drawn another way: no new job
        emit stateChanged();
}

void OverheadPanel::resetZoom()
{
    m_chart->resetRanges();
}

void OverheadPanel::addScaleChooser()
{
    m_scaleBox = new QComboBox(this);
    m_scaleBox->setObjectName(QStringLiteral("scaleBox"));
    OverheadBarChart::addScaleItems(m_scaleBox);
    addLabelledControl(QStringLiteral("scaleLabel"), m_scaleBox);
    connect(m_scaleBox, &QComboBox::activated, this, [this](int index) {
        if (const auto scale = OverheadBarChart::scaleFromKey(m_scaleBox->itemData(index).toString()))
            setScale(*scale);
    });
}

// The texts both views share keep the overhead view's translation context.
void OverheadPanel::retranslateScaleChooser(const QString &energyText, const QString &toolTip)
{
    setLabelText(QStringLiteral("scaleLabel"), QCoreApplication::translate("wattprint::OverheadView", "Bars:"));
    setChooserTexts(m_scaleBox, {energyText, QCoreApplication::translate("wattprint::OverheadView", "Share (%)")},
                    QCoreApplication::translate("wattprint::OverheadView", "Bar length"), toolTip);
}

void OverheadPanel::showSummary(std::shared_ptr<const OverheadSummary> summary, const QString &finding)
{
    m_chart->setEmptyText(finding);
    m_chart->setSummary(summary);
    m_chart->setAccessibleDescription(finding);
    setFinding(finding);
    QStringList notes;
    if (summary->all.runs == 0)
        notes << finding;
    // The counts are worked out before the translate() calls: lupdate 6.4 hangs on a template
    // argument list inside a translate() call's arguments.
    const int skipped = int(std::min<std::size_t>(summary->skippedRuns, INT_MAX));
    const int negative = int(std::min<std::size_t>(summary->all.negativeCoreRuns, INT_MAX));
    if (skipped > 0)
        notes << QCoreApplication::translate("wattprint::OverheadView",
                                             "%n run(s) without an overhead or non-overhead energy are left out.",
                                             nullptr, skipped);
    if (negative > 0)
        notes << QCoreApplication::translate(
            "wattprint::OverheadView",
            "%n run(s) used less standardised energy than the fixed overhead; their negative non-overhead "
            "energy is included in the sums.",
            nullptr, negative);
    setMessage(notes.join(QLatin1Char(' ')));
    setReady(true);
}

} // namespace wattprint
