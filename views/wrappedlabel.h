#pragma once

#include <QLabel>

namespace wattprint {

// A word-wrapped label whose text changes with every result (a view's finding, its quality
// note). QLabel works out its size hints by laying its text out five times (at 80, 40 and 20
// average characters, on one line, one word per line) whenever the text changes, and a view's
// layout asks for them on each result: on the 63,527-run demo that was about a tenth of the GUI
// thread's time per filter change. This label's hints take no layout: a wrapped label gets its
// height from heightForWidth() at the width it is given, which QLabel computes as before.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    // About a line of 60 average characters wide; high enough for one line.
    QSize sizeHint() const override;
    // About 12 average characters wide, one line high.
    QSize minimumSizeHint() const override;
};

} // namespace wattprint
