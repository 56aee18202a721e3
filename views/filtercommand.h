#pragma once

#include <filter.h>

#include <QUndoCommand>

namespace wattprint {

class FilterState;

// One step of filter history: Ctrl+Z puts the previous filter back in force.
class FilterCommand : public QUndoCommand
{
public:
    FilterCommand(FilterState *state, Filter before, Filter after, const QString &text);

    void undo() override;
    void redo() override;

private:
    FilterState *m_state;
    Filter m_before;
    Filter m_after;
};

} // namespace wattprint
