#include "wrappedlabel.h"

namespace wattprint {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrappedLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return {fm.averageCharWidth() * 60 + m.left() + m.right() + 2 * margin(),
            fm.height() + m.top() + m.bottom() + 2 * margin()};
}

QSize WrappedLabel::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return {fm.averageCharWidth() * 12 + m.left() + m.right() + 2 * margin(),
            fm.height() + m.top() + m.bottom() + 2 * margin()};
}

} // namespace wattprint
