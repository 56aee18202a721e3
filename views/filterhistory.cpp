#include "filterhistory.h"

#include "filtercommand.h"

#include <filterstate.h>

#include <QUndoStack>

namespace wattprint {

FilterHistory::FilterHistory(FilterState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_undoStack(new QUndoStack(this))
{}

bool FilterHistory::apply(const Filter &filter, const QString &text)
{
    if (!m_state || filter == m_state->filter())
        return false;
    m_undoStack->push(new FilterCommand(m_state, m_state->filter(), filter, text));
    return true;
}

} // namespace wattprint
