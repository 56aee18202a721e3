#pragma once

#include <QString>

#include <optional>

struct sqlite3;

namespace wattprint {
class Store;
}

namespace wattprint::qualityrefresh {

// Recomputes runs.quality from the stored columns with the rules of analysis/runquality.h, for
// every run (importId unset: the schema upgrade that adds the column) or the runs of one import.
// A filter_3 missing from the file is computed within (import, device, dataset, size) over the
// runs that lack it. Runs in the caller's transaction; returns false with `error` set on an SQL
// error.
bool refresh(sqlite3 *db, std::optional<qint64> importId, QString *error);
// The same on a Store of either engine: SQLite through its handle (above), a server through QtSql
// with the changed rows written in batches (docs/postgresql.md). Neither begins nor commits: it
// writes in the caller's transaction on store->database().
bool refresh(Store *store, std::optional<qint64> importId, QString *error);

} // namespace wattprint::qualityrefresh
