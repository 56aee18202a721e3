#pragma once

#include <filter.h>

#include <QWidget>

class QHBoxLayout;

namespace wattprint {

// The active filter as removable chips ("dataset: mnist x"). Removing a chip proposes the
// filter without that part.
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChips(QWidget *parent = nullptr);
    void setFilter(const Filter &filter);

    // Each part of a filter as (chip text, the filter without it).
    static QList<QPair<QString, Filter>> parts(const Filter &filter);

signals:
    void filterEdited(const Filter &filter, const QString &description);

private:
    QHBoxLayout *m_layout;
};

} // namespace wattprint
