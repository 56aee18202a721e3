#include "rubberbandselector.h"

#include <qcustomplot.h>

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace wattprint {

RubberBandSelector::RubberBandSelector(QCustomPlot *plot, Shape shape)
    : QObject(plot)
    , m_plot(plot)
    , m_shape(shape)
    , m_band(new QCPItemRect(plot))
{
    // Above the data, the legend and any region layers, and redrawn on its own.
    m_band->setLayer(QStringLiteral("overlay"));
    if (shape == Shape::Span) {
        m_band->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_band->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    } else {
        m_band->topLeft->setType(QCPItemPosition::ptAbsolute);
        m_band->bottomRight->setType(QCPItemPosition::ptAbsolute);
        m_band->setClipToAxisRect(false); // kept inside by clamping
    }
    m_band->setPen(QPen(QColor(0x40, 0x40, 0x40), 1, Qt::DashLine));
    m_band->setBrush(QColor(0x60, 0x60, 0x60, 40));
    m_band->setVisible(false);
    // The axis rect starts a pan right after these signals: a selecting press turns it off first.
    connect(plot, &QCustomPlot::mousePress, this, &RubberBandSelector::onPress);
    connect(plot, &QCustomPlot::mouseMove, this, &RubberBandSelector::onMove);
    connect(plot, &QCustomPlot::mouseRelease, this, &RubberBandSelector::onRelease);
}

void RubberBandSelector::setStartCondition(std::function<bool(const QMouseEvent *)> starts)
{
    m_starts = std::move(starts);
}

void RubberBandSelector::setSelectCondition(std::function<bool(const QMouseEvent *)> selects)
{
    m_selects = std::move(selects);
}

bool RubberBandSelector::inStartArea(const QPointF &pos) const
{
    const QRect inner = m_plot->axisRect()->rect();
    if (m_shape == Shape::Rectangle)
        return inner.contains(pos.toPoint());
    // The plot itself and the strip of the x axis below it.
    return pos.x() >= inner.left() && pos.x() <= inner.right() && pos.y() >= inner.top()
        && pos.y() <= m_plot->axisRect()->outerRect().bottom();
}

QPointF RubberBandSelector::clamped(const QPointF &pos) const
{
    const QRect inner = m_plot->axisRect()->rect();
    return {std::clamp(pos.x(), double(inner.left()), double(inner.right())),
            std::clamp(pos.y(), double(inner.top()), double(inner.bottom()))};
}

void RubberBandSelector::placeBand(const QPointF &end)
{
    if (m_shape == Shape::Span) {
        m_band->topLeft->setCoords(m_plot->xAxis->pixelToCoord(std::min(m_start->x(), end.x())), 0);
        m_band->bottomRight->setCoords(m_plot->xAxis->pixelToCoord(std::max(m_start->x(), end.x())), 1);
    } else {
        m_band->topLeft->setCoords(*m_start);
        m_band->bottomRight->setCoords(end);
    }
}

void RubberBandSelector::onPress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !inStartArea(event->position()) || (m_starts && !m_starts(event)))
        return;
    m_start = event->position();
    m_selecting = !m_selects || m_selects(event);
    m_restoreRangeDrag = m_selecting && m_plot->interactions().testFlag(QCP::iRangeDrag);
    if (m_restoreRangeDrag)
        m_plot->setInteraction(QCP::iRangeDrag, false);
    if (!m_selecting)
        return;
    placeBand(*m_start);
    m_band->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RubberBandSelector::onMove(QMouseEvent *event)
{
    if (!m_start || !m_selecting)
        return;
    placeBand(clamped(event->position()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RubberBandSelector::onRelease(QMouseEvent *event)
{
    if (!m_start)
        return;
    const QPointF start = *m_start;
    const bool selecting = m_selecting;
    m_start.reset();
    m_selecting = false;
    if (m_restoreRangeDrag)
        m_plot->setInteraction(QCP::iRangeDrag, true);
    m_restoreRangeDrag = false;
    if (selecting) {
        m_band->setVisible(false);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    const QPointF pos = event->position();
    if (QLineF(start, pos).length() < ClickDistance) {
        emit clicked(pos, selecting);
        return;
    }
    if (!selecting)
        return; // the plot panned
    const QPointF end = clamped(pos);
    if (m_shape == Shape::Span) {
        if (std::abs(end.x() - start.x()) >= ClickDistance)
            emit spanSelected(m_plot->xAxis->pixelToCoord(std::min(start.x(), end.x())),
                              m_plot->xAxis->pixelToCoord(std::max(start.x(), end.x())));
    } else if (QLineF(start, end).length() >= ClickDistance) {
        emit rectSelected(QRectF(start, end).normalized());
    }
}

} // namespace wattprint
