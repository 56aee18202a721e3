#pragma once

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QProgressBar>

namespace wattprint {

// The thin bar a view shows while it waits for a result: a block sliding along it while the
// wait has no measure (range 0..0), a filled share once the job reports progress.
// QProgressBar's own busy animation (the Fusion style's stripes, redrawn 60 times a second per
// bar) took about 0.8 s of the GUI thread during a 3.5 s first load of a million runs with
// every view waiting: time the views' jobs then waited for on two cores. This one draws two
// rectangles, 25 times a second, and only while it is shown (docs/architecture.md, "Data flow").
class BusyBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit BusyBar(QWidget *parent = nullptr);

    static constexpr int FrameMs = 40;
    static constexpr int SweepMs = 1400; // one pass of the block along the bar

    // Shows a job's progress (0..1000) as a filled share. Only a change of a whole percent is
    // shown: QProgressBar repaints at once on every new value (this class paints for itself,
    // so QProgressBar's own check for a visible change never passes), and a job may report a
    // thousand steps.
    void setProgress(int permille);

    // Paints since construction (for the tests: the frame rate of the animation).
    int paintCount() const { return m_paints; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool indeterminate() const { return minimum() == maximum(); }

    QBasicTimer m_frames;
    QElapsedTimer m_clock;
    int m_paints = 0;
};

} // namespace wattprint
