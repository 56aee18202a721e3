// RubberBandSelector on a bare QCustomPlot: a drag gives the x range or the rectangle dragged
// over (held inside the axis rect), the band follows the drag and goes, a short drag is a click,
// the view's conditions decide which presses start and whether a drag selects or pans.
#include <rubberbandselector.h>

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wattprint;

namespace {

void send(QWidget *w, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(w, &e);
}

// Press at `from`, three moves, release at `to`.
void drag(QWidget *w, const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    send(w, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int k = 1; k <= 3; ++k)
        send(w, QEvent::MouseMove, from + (to - from) * (k / 3.0), Qt::LeftButton, modifiers);
    send(w, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

} // namespace

class TestRubberBandSelector : public QObject
{
    Q_OBJECT

private:
    QRect inner() const { return m_plot->axisRect()->rect(); }
    // The pixel of x = `value` (0..100) and y = `level` (0..10).
    QPointF at(double value, double level) const
    {
        return {m_plot->xAxis->coordToPixel(value), m_plot->yAxis->coordToPixel(level)};
    }

    std::unique_ptr<QCustomPlot> m_plot;

private slots:
    void init();
    void cleanup();
    void spanDragGivesTheRange();
    void spanHeldInsideTheAxisRect();
    void spanStartsOnTheAxisStrip();
    void rectangleDragGivesTheRectangle();
    void shortDragIsAClick();
    void startConditionDecides();
    void panningDragSelectsNothing();
};

void TestRubberBandSelector::init()
{
    m_plot = std::make_unique<QCustomPlot>();
    m_plot->resize(600, 400);
    m_plot->xAxis->setRange(0, 100);
    m_plot->yAxis->setRange(0, 10);
    m_plot->setInteractions(QCP::iRangeDrag);
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot.get()));
    m_plot->replot();
    QVERIFY(inner().width() > 400);
}

void TestRubberBandSelector::cleanup()
{
    m_plot.reset();
}

void TestRubberBandSelector::spanDragGivesTheRange()
{
    auto *selector = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Span);
    QSignalSpy spans(selector, &RubberBandSelector::spanSelected);
    QSignalSpy clicks(selector, &RubberBandSelector::clicked);
    const QPointF from = at(60, 5), to = at(20, 3); // right to left
    send(m_plot.get(), QEvent::MouseButtonPress, from, Qt::LeftButton);
    QVERIFY(selector->isDragging());
    QVERIFY(selector->band()->visible());
    send(m_plot.get(), QEvent::MouseMove, to, Qt::LeftButton);
    // The band covers the range so far over the whole height.
    QCOMPARE(selector->band()->topLeft->coords().x(), m_plot->xAxis->pixelToCoord(to.x()));
    QCOMPARE(selector->band()->bottomRight->coords().x(), m_plot->xAxis->pixelToCoord(from.x()));
    QCOMPARE(selector->band()->topLeft->coords().y(), 0.0);
    QCOMPARE(selector->band()->bottomRight->coords().y(), 1.0);
    QVERIFY(!m_plot->interactions().testFlag(QCP::iRangeDrag)); // no pan under a selection
    send(m_plot.get(), QEvent::MouseButtonRelease, to, Qt::NoButton);
    QVERIFY(!selector->isDragging());
    QVERIFY(!selector->band()->visible());
    QVERIFY(m_plot->interactions().testFlag(QCP::iRangeDrag));
    QCOMPARE(clicks.count(), 0);
    QCOMPARE(spans.count(), 1);
    const double lo = spans.at(0).at(0).toDouble(), hi = spans.at(0).at(1).toDouble();
    QVERIFY2(std::abs(lo - 20) < 0.25 && std::abs(hi - 60) < 0.25,
             qPrintable(QStringLiteral("%1..%2").arg(lo).arg(hi)));
    QCOMPARE(m_plot->xAxis->range().lower, 0.0); // the plot did not pan
}

void TestRubberBandSelector::spanHeldInsideTheAxisRect()
{
    auto *selector = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Span);
    QSignalSpy spans(selector, &RubberBandSelector::spanSelected);
    // From x = 50 to far beyond the right edge: the range ends at the axis rect's edge.
    drag(m_plot.get(), at(50, 5), QPointF(m_plot->width() - 2, at(50, 5).y()));
    QCOMPARE(spans.count(), 1);
    QVERIFY(std::abs(spans.at(0).at(0).toDouble() - 50) < 0.25);
    QCOMPARE(spans.at(0).at(1).toDouble(), m_plot->xAxis->pixelToCoord(inner().right()));
}

void TestRubberBandSelector::spanStartsOnTheAxisStrip()
{
    auto *selector = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Span);
    QSignalSpy spans(selector, &RubberBandSelector::spanSelected);
    // On the tick labels below the plot: still a span.
    const double y = (inner().bottom() + m_plot->axisRect()->outerRect().bottom()) / 2.0;
    drag(m_plot.get(), QPointF(at(10, 0).x(), y), QPointF(at(30, 0).x(), y));
    QCOMPARE(spans.count(), 1);
    QVERIFY(std::abs(spans.at(0).at(0).toDouble() - 10) < 0.25);
    QVERIFY(std::abs(spans.at(0).at(1).toDouble() - 30) < 0.25);
    // Left of the plot (the y axis): no drag at all.
    drag(m_plot.get(), QPointF(inner().left() - 10, at(0, 5).y()), at(40, 5));
    QCOMPARE(spans.count(), 1);
}

void TestRubberBandSelector::rectangleDragGivesTheRectangle()
{
    auto *selector = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Rectangle);
    QSignalSpy rects(selector, &RubberBandSelector::rectSelected);
    const QPointF from = at(70, 2), to = at(30, 8);
    send(m_plot.get(), QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(m_plot.get(), QEvent::MouseMove, to, Qt::LeftButton);
    QCOMPARE(selector->band()->topLeft->pixelPosition(), from);
    QCOMPARE(selector->band()->bottomRight->pixelPosition(), to);
    send(m_plot.get(), QEvent::MouseButtonRelease, to, Qt::NoButton);
    QCOMPARE(rects.count(), 1);
    const QRectF r = rects.at(0).at(0).toRectF();
    QCOMPARE(r, QRectF(to.x(), to.y(), from.x() - to.x(), from.y() - to.y())); // normalised
    // Past the top-right corner: held at the corner.
    drag(m_plot.get(), at(50, 5), QPointF(m_plot->width() - 1, 1));
    QCOMPARE(rects.count(), 2);
    const QRectF held = rects.at(1).at(0).toRectF();
    QCOMPARE(held.right(), double(inner().right()));
    QCOMPARE(held.top(), double(inner().top()));
    QCOMPARE(held.bottomLeft(), at(50, 5));
}

void TestRubberBandSelector::shortDragIsAClick()
{
    auto *selector = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Rectangle);
    QSignalSpy rects(selector, &RubberBandSelector::rectSelected);
    QSignalSpy clicks(selector, &RubberBandSelector::clicked);
    const QPointF p = at(40, 4);
    drag(m_plot.get(), p, p + QPointF(2, 2));
    QCOMPARE(rects.count(), 0);
    QCOMPARE(clicks.count(), 1);
    QCOMPARE(clicks.at(0).at(0).toPointF(), p + QPointF(2, 2));
    QCOMPARE(clicks.at(0).at(1).toBool(), true);
    QVERIFY(!selector->band()->visible());
    // A span narrower than a click is no selection either, however far the pointer went.
    auto *span = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Span);
    QSignalSpy spans(span, &RubberBandSelector::spanSelected);
    drag(m_plot.get(), at(40, 2), at(40, 8));
    QCOMPARE(spans.count(), 0);
}

void TestRubberBandSelector::startConditionDecides()
{
    m_plot->setInteractions(QCP::Interactions()); // refused drags must not pan the plot away
    auto *selector = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Span);
    bool hasData = false;
    selector->setStartCondition(
        [&hasData](const QMouseEvent *event) { return hasData && event->modifiers() == Qt::NoModifier; });
    QSignalSpy spans(selector, &RubberBandSelector::spanSelected);
    QSignalSpy clicks(selector, &RubberBandSelector::clicked);
    drag(m_plot.get(), at(20, 5), at(60, 5));
    QVERIFY(!selector->band()->visible());
    hasData = true;
    drag(m_plot.get(), at(20, 5), at(60, 5), Qt::ControlModifier);
    QCOMPARE(spans.count(), 0);
    QCOMPARE(clicks.count(), 0);
    drag(m_plot.get(), at(20, 5), at(60, 5));
    QCOMPARE(spans.count(), 1);
}

void TestRubberBandSelector::panningDragSelectsNothing()
{
    auto *selector = new RubberBandSelector(m_plot.get(), RubberBandSelector::Shape::Rectangle);
    selector->setSelectCondition(
        [](const QMouseEvent *event) { return event->modifiers().testFlag(Qt::ShiftModifier); });
    QSignalSpy rects(selector, &RubberBandSelector::rectSelected);
    QSignalSpy clicks(selector, &RubberBandSelector::clicked);
    // Plain: the plot pans, no band, nothing selected.
    send(m_plot.get(), QEvent::MouseButtonPress, at(50, 5), Qt::LeftButton);
    QVERIFY(selector->isDragging());
    QVERIFY(!selector->band()->visible());
    send(m_plot.get(), QEvent::MouseMove, at(30, 5), Qt::LeftButton);
    send(m_plot.get(), QEvent::MouseButtonRelease, at(30, 5), Qt::NoButton);
    QVERIFY(m_plot->xAxis->range().lower > 10);
    QCOMPARE(rects.count(), 0);
    QCOMPARE(clicks.count(), 0);
    // A plain click reports that it would not have selected.
    const QPointF p = at(50, 5);
    drag(m_plot.get(), p, p);
    QCOMPARE(clicks.count(), 1);
    QCOMPARE(clicks.at(0).at(1).toBool(), false);
    // With Shift: a selection, and no pan.
    const QCPRange before = m_plot->xAxis->range();
    drag(m_plot.get(), at(before.lower + 20, 2), at(before.lower + 60, 8), Qt::ShiftModifier);
    QCOMPARE(rects.count(), 1);
    QCOMPARE(m_plot->xAxis->range().lower, before.lower);
}

QTEST_MAIN(TestRubberBandSelector)
#include "tst_rubberbandselector.moc"
