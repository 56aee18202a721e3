#pragma once

#include <QList>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace wattprint {

// What a click did to one of the filter's selection lists (see editSelection).
enum class SelectionEdit { Replaced, Removed, Added };

// A click on `names` (a bar, a band) edits a selection list of the filter: a plain click
// replaces the list with them; with `add` (Ctrl) they are taken out when all are in, else the
// missing ones are added.
SelectionEdit editSelection(QStringList &list, const QStringList &names, bool add);

// The runs.id of `rows` of a result's id column, ascending (for ViewPanel::proposeRunSelection).
QList<qint64> runIdsOfRows(const std::vector<std::int64_t> &ids, const std::vector<std::size_t> &rows);
// The runs.id of the rows whose flag is set, ascending.
QList<qint64> runIdsOfFlagged(const std::vector<std::int64_t> &ids, const std::vector<std::uint8_t> &flags);

} // namespace wattprint
