#pragma once

#include <QString>

#include <functional>

class QComboBox;

namespace wattprint {

// Makes a long combo box (the ~215 grid regions) usable from the keyboard: it becomes editable
// without inserting anything, and a completer offers every item whose text contains what was typed,
// case-insensitively. On Enter or when focus leaves, typed text that names an item selects it (as
// if picked: activated is emitted); `resolve` may map other text (a country code, say) to an item
// index, -1 for none. Text that names nothing goes back to the current item's.
void makeSearchable(QComboBox *box, std::function<int(const QString &)> resolve = {});

} // namespace wattprint
