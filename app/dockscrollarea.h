#pragma once

#include <QScrollArea>

class QLabel;

namespace wattprint {

class ViewPanel;

// What a view's dock holds: the view, in a frameless scroll area. The dock can then be made
// smaller than the view's minimum size (a small screen, a user's narrow column) without
// squeezing the view below it: the view keeps its minimum and scrolls instead of clipping, and
// the window's own minimum size no longer adds up every view's minimum.
//
// It can also cover the view with a notice ("Building the demo data... 40%") while there is
// nothing the view could show yet.
class DockScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit DockScrollArea(ViewPanel *view, QWidget *parent = nullptr);

    ViewPanel *view() const;

    // Shows `text` over the whole view; an empty text takes the notice away.
    void setNotice(const QString &text);
    QString notice() const;
    bool isNoticeShown() const;

    // The view's wish: the dock areas size their docks from it.
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_notice;
};

} // namespace wattprint
