#include "selectionedit.h"

#include <algorithm>

namespace wattprint {

SelectionEdit editSelection(QStringList &list, const QStringList &names, bool add)
{
    if (!add) {
        list = names;
        return SelectionEdit::Replaced;
    }
    if (std::all_of(names.cbegin(), names.cend(), [&](const QString &s) { return list.contains(s); })) {
        for (const QString &s : names)
            list.removeAll(s);
        return SelectionEdit::Removed;
    }
    for (const QString &s : names) {
        if (!list.contains(s))
            list.append(s);
    }
    return SelectionEdit::Added;
}

QList<qint64> runIdsOfRows(const std::vector<std::int64_t> &ids, const std::vector<std::size_t> &rows)
{
    QList<qint64> out;
    out.reserve(qsizetype(rows.size()));
    for (std::size_t i : rows)
        out.append(ids[i]);
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> runIdsOfFlagged(const std::vector<std::int64_t> &ids, const std::vector<std::uint8_t> &flags)
{
    QList<qint64> out;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (flags[i])
            out.append(ids[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace wattprint
