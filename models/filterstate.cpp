#include "filterstate.h"

namespace wattprint {

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{}

void FilterState::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    ++m_generation;
    emit changed();
}

} // namespace wattprint
