#pragma once

#include "filter.h"

#include <QObject>

namespace wattprint {

// The shared, current filter. Views never change it directly but through the app's
// undo stack, which calls setFilter(); every listener re-queries on changed().
class FilterState : public QObject
{
    Q_OBJECT
public:
    explicit FilterState(QObject *parent = nullptr);

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    // Bumped on every change; results computed for an older generation are stale.
    quint64 generation() const { return m_generation; }

signals:
    void changed();

private:
    Filter m_filter;
    quint64 m_generation = 0;
};

} // namespace wattprint
