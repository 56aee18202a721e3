#include "axislabelfitter.h"

#include <qcustomplot.h>

#include <QFontMetricsF>

namespace wattprint {

AxisLabelFitter::AxisLabelFitter(QCustomPlot *plot)
    : QObject(plot)
    , m_plot(plot)
{
    connect(plot, &QCustomPlot::afterLayout, this, &AxisLabelFitter::fit);
}

AxisLabelFitter *AxisLabelFitter::of(QCustomPlot *plot)
{
    if (auto *fitter = plot->findChild<AxisLabelFitter *>(QString(), Qt::FindDirectChildrenOnly))
        return fitter;
    return new AxisLabelFitter(plot);
}

void AxisLabelFitter::setLabels(QCPAxis *axis, const QStringList &labels)
{
    m_labels.insert(axis, labels);
    if (!labels.isEmpty())
        axis->setLabel(labels.first());
}

void AxisLabelFitter::fit()
{
    bool changed = false;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QCPAxis *axis = it.key();
        const QStringList &labels = it.value();
        if (labels.isEmpty() || !axis->axisRect())
            continue;
        const QRect rect = axis->axisRect()->rect();
        const bool vertical = axis->orientation() == Qt::Vertical;
        const qreal room = (vertical ? rect.height() : rect.width()) - 4;
        const QFontMetricsF fm(axis->labelFont());
        QString chosen;
        for (const QString &label : labels) {
            if (fm.horizontalAdvance(label) <= room) {
                chosen = label;
                break;
            }
        }
        if (chosen.isEmpty())
            chosen = fm.elidedText(labels.last(), Qt::ElideRight, std::max<qreal>(room, 0));
        if (chosen != axis->label()) {
            axis->setLabel(chosen);
            changed = true;
        }
    }
    // A title's length changes only the margins beside it: lay out again within this replot.
    if (changed) {
        m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
        m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
    }
}

} // namespace wattprint
