#pragma once

#include "overheadbarchart.h"
#include "viewpanel.h"

#include <overheadsummary.h>

#include <memory>

class QComboBox;

namespace wattprint {

// The base of the two overhead views (per group, per sweep batch): an OverheadBarChart of an
// OverheadSummary, its "Bars" chooser (energy to scale or shares) and the notes under the chart.
// Not a view itself: it has no row in the view table.
class OverheadPanel : public ViewPanel
{
    Q_OBJECT
public:
    OverheadBarChart::Scale scale() const { return m_chart->scale(); }
    void setScale(OverheadBarChart::Scale scale);
    std::shared_ptr<const OverheadSummary> result() const { return m_chart->summary(); }
    OverheadBarChart *chart() const { return m_chart; }

public slots:
    void resetZoom() override;

protected:
    OverheadPanel(const QString &viewId, Qt::Orientation orientation, QWidget *parent);

    // Makes the "Bars" chooser and puts it on the toolbar, where the view wants it (call it
    // once, in the constructor).
    void addScaleChooser();
    QComboBox *scaleBox() const { return m_scaleBox; }
    // Its texts: the label, `energyText` for the energy item and `toolTip`.
    void retranslateScaleChooser(const QString &energyText, const QString &toolTip);
    // Shows a new summary with the view's `finding`, and the notes on it under the chart.
    void showSummary(std::shared_ptr<const OverheadSummary> summary, const QString &finding);

private:
    OverheadBarChart *m_chart = nullptr;
    QComboBox *m_scaleBox = nullptr;
};

} // namespace wattprint
