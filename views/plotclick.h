#pragma once

#include <QObject>
#include <QPointF>

#include <optional>

class QCustomPlot;
class QMouseEvent;

namespace wattprint {

// Reports the plain left clicks on a plot: pressed without a modifier and released within 5 px,
// so a drag that pans or a modified click selects nothing. Owned by the plot.
class PlotClick : public QObject
{
    Q_OBJECT
public:
    explicit PlotClick(QCustomPlot *plot);

signals:
    void clicked(const QPointF &pos);

private:
    void onPress(QMouseEvent *event);
    void onRelease(QMouseEvent *event);

    std::optional<QPointF> m_pressPos;
};

} // namespace wattprint
