#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <optional>

class QCPItemRect;
class QCustomPlot;
class QMouseEvent;

namespace wattprint {

// Drag selection on a QCustomPlot, for every view that selects by dragging. A left press in the
// axis rect (for a span, also on the x axis below it) that the view accepts starts a drag; a
// dashed band follows the pointer, held inside the axis rect, and the release reports what was
// dragged over. A release within ClickDistance of its press is a click instead. A drag the view
// does not let select draws no band and leaves the plot to pan (its range drag), reporting only
// a click.
class RubberBandSelector : public QObject
{
    Q_OBJECT
public:
    enum class Shape {
        Span,      // an x range; the band spans the axis rect's height
        Rectangle, // a rectangle in pixels
    };
    static constexpr double ClickDistance = 4; // px

    RubberBandSelector(QCustomPlot *plot, Shape shape);

    // Which presses in the area start a drag (data shown, modifiers); default: all of them.
    void setStartCondition(std::function<bool(const QMouseEvent *)> starts);
    // Whether a started drag selects, else pans; default: every drag selects. A selecting drag
    // turns the plot's range drag off until its release.
    void setSelectCondition(std::function<bool(const QMouseEvent *)> selects);
    QCPItemRect *band() const { return m_band; }
    // A press is held: the moves belong to the drag (a view shows no tooltips meanwhile).
    bool isDragging() const { return m_start.has_value(); }

signals:
    // Span: the x range dragged over, in plot coordinates (lo < hi).
    void spanSelected(double lo, double hi);
    // Rectangle: what was dragged over, in pixels, normalised and inside the axis rect.
    void rectSelected(const QRectF &pixels);
    // Press and release within ClickDistance; `selecting` is what a drag from there would have done.
    void clicked(const QPointF &pos, bool selecting);

private:
    void onPress(QMouseEvent *event);
    void onMove(QMouseEvent *event);
    void onRelease(QMouseEvent *event);
    bool inStartArea(const QPointF &pos) const;
    QPointF clamped(const QPointF &pos) const;
    void placeBand(const QPointF &end);

    QCustomPlot *m_plot;
    Shape m_shape;
    QCPItemRect *m_band;
    std::function<bool(const QMouseEvent *)> m_starts;
    std::function<bool(const QMouseEvent *)> m_selects;
    std::optional<QPointF> m_start; // px, while a press is held
    bool m_selecting = false;
    bool m_restoreRangeDrag = false;
};

} // namespace wattprint
