#include "filtercommand.h"

#include <filterstate.h>

namespace wattprint {

FilterCommand::FilterCommand(FilterState *state, Filter before, Filter after, const QString &text)
    : QUndoCommand(text)
    , m_state(state)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void FilterCommand::undo()
{
    m_state->setFilter(m_before);
}

void FilterCommand::redo()
{
    m_state->setFilter(m_after);
}

} // namespace wattprint
