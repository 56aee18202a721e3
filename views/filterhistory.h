#pragma once

#include <filter.h>

#include <QObject>

class QUndoStack;

namespace wattprint {

class FilterState;

// The filter's undo history: the one way the filter changes on the user's behalf (a view's
// selection, the filter bar, Edit > Clear filter). Every change is a step on its undo stack, so
// Ctrl+Z always puts the previous filter back (docs/architecture.md "Data flow").
class FilterHistory : public QObject
{
    Q_OBJECT
public:
    explicit FilterHistory(FilterState *state, QObject *parent = nullptr);

    FilterState *state() const { return m_state; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Puts `filter` in force as one undoable step named `text` ("Select GPU runs"). The filter
    // already in force adds no step; returns whether a step was added.
    bool apply(const Filter &filter, const QString &text);

private:
    FilterState *m_state;
    QUndoStack *m_undoStack;
};

} // namespace wattprint
