#pragma once

#include <filter.h>

#include <QWidget>

class QToolButton;

namespace wattprint {

// The active filter as removable chips ("dataset: mnist x"). Removing a chip proposes the
// filter without that part. The chips flow onto further rows when one row is too narrow, so
// a long filter never widens the window.
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChips(QWidget *parent = nullptr);
    void setFilter(const Filter &filter);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Each part of a filter as (chip text, the filter without it).
    static QList<QPair<QString, Filter>> parts(const Filter &filter);

signals:
    void filterEdited(const Filter &filter, const QString &description);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int Spacing = 4;
    int rowHeight() const;
    // The height the chips take when they flow in `width`.
    int heightFor(int width) const;
    void arrange();

    QList<QToolButton *> m_chips;
    int m_rows = 0;
};

} // namespace wattprint
