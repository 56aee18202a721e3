#include "dockscrollarea.h"

#include <viewpanel.h>

#include <QLabel>

namespace wattprint {

DockScrollArea::DockScrollArea(ViewPanel *view, QWidget *parent)
    : QScrollArea(parent)
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("scroll-") + view->viewId());
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    // The frame around a view is not a stop of its own for Tab or Ctrl+Tab; focusing a control
    // inside scrolls it into sight.
    setFocusPolicy(Qt::NoFocus);
    setWidget(view);
    m_notice->setObjectName(QStringLiteral("viewNotice"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(12);
    QFont font = m_notice->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_notice->setFont(font);
    m_notice->hide();
}

ViewPanel *DockScrollArea::view() const
{
    return qobject_cast<ViewPanel *>(widget());
}

void DockScrollArea::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setGeometry(rect());
    m_notice->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_notice->raise();
}

QString DockScrollArea::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

bool DockScrollArea::isNoticeShown() const
{
    return !m_notice->isHidden();
}

QSize DockScrollArea::sizeHint() const
{
    // QScrollArea caps its hint at a few dozen lines of text; a chart wants what it asks for.
    if (QWidget *w = widget())
        return w->sizeHint().expandedTo(w->minimumSizeHint());
    return QScrollArea::sizeHint();
}

void DockScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    m_notice->setGeometry(rect());
    if (!m_notice->isHidden())
        m_notice->raise(); // over the scroll bars too, which the area lays out again
}

} // namespace wattprint
