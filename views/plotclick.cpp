#include "plotclick.h"

#include <qcustomplot.h>

namespace wattprint {

PlotClick::PlotClick(QCustomPlot *plot)
    : QObject(plot)
{
    connect(plot, &QCustomPlot::mousePress, this, &PlotClick::onPress);
    connect(plot, &QCustomPlot::mouseRelease, this, &PlotClick::onRelease);
}

void PlotClick::onPress(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier)
        m_pressPos = event->position();
}

void PlotClick::onRelease(QMouseEvent *event)
{
    if (!m_pressPos)
        return;
    const QPointF start = *m_pressPos;
    m_pressPos.reset();
    if (event->button() != Qt::LeftButton || (event->position() - start).manhattanLength() > 5)
        return;
    emit clicked(event->position());
}

} // namespace wattprint
