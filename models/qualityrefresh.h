#pragma once

#include <QString>

#include <optional>

struct sqlite3;

namespace wattprint::qualityrefresh {

// Recomputes runs.quality from the stored columns with the rules of analysis/runquality.h, for
// every run (importId unset: the schema upgrade that adds the column) or the runs of one import.
// A filter_3 missing from the file is computed within (import, device, dataset, size) over the
// runs that lack it. Runs in the caller's transaction; returns false with `error` set on an SQL
// error.
bool refresh(sqlite3 *db, std::optional<qint64> importId, QString *error);

} // namespace wattprint::qualityrefresh
