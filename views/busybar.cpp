#include "busybar.h"

#include <QPainter>
#include <QTimerEvent>

#include <algorithm>

namespace wattprint {

BusyBar::BusyBar(QWidget *parent)
    : QProgressBar(parent)
{
    setTextVisible(false);
    m_clock.start();
}

void BusyBar::setProgress(int permille)
{
    if (maximum() == 1000 && permille / 10 == value() / 10)
        return;
    setRange(0, 1000);
    setValue(permille);
}

void BusyBar::paintEvent(QPaintEvent *)
{
    ++m_paints;
    QPainter painter(this);
    const QRect area = rect();
    const QPalette &p = palette();
    painter.fillRect(area, p.color(QPalette::Midlight));
    const QColor fill = p.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Highlight);
    if (indeterminate()) {
        // The next frame is asked for here, so the animation runs only while the bar is painted
        // (shown, and busy); a range set after the bar went busy ends it on the next frame.
        if (!m_frames.isActive())
            m_frames.start(FrameMs, Qt::CoarseTimer, this);
        const int block = std::max(12, area.width() / 4);
        const double phase = double(m_clock.elapsed() % SweepMs) / SweepMs;
        const int x = area.left() - block + int(phase * (area.width() + block));
        painter.fillRect(QRect(x, area.top(), block, area.height()).intersected(area), fill);
        return;
    }
    m_frames.stop();
    const double span = double(maximum()) - double(minimum());
    const double share = span > 0 ? std::clamp((double(value()) - double(minimum())) / span, 0.0, 1.0) : 0.0;
    painter.fillRect(QRect(area.left(), area.top(), int(share * area.width()), area.height()), fill);
}

void BusyBar::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_frames.timerId()) {
        QProgressBar::timerEvent(event);
        return;
    }
    if (!isVisible() || !indeterminate()) {
        m_frames.stop();
        return;
    }
    update();
}

void BusyBar::hideEvent(QHideEvent *event)
{
    m_frames.stop();
    QProgressBar::hideEvent(event);
}

} // namespace wattprint
