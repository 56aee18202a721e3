#pragma once

#include <QJsonObject>
#include <QString>

#include <runcolumns.h>

#include <functional>

struct sqlite3;

namespace wattprint {

class Store;

// Keeps each run's expected energy (table run_expectations) and the fitted energy model
// (energy_model) up to date: the model is fitted on every run of the store, so a run's expectation
// does not depend on the filter a view applies. Call inside the transaction that changed the runs,
// so that the runs and their expectations are written together or not at all.
class ExpectedEnergyStore
{
public:
    // Refits and rewrites. Returns false with a message on an SQL error (the caller rolls back).
    static bool refresh(sqlite3 *db, QString *error);
    // The same, running `meanwhile` on this thread while the model is fitted on another (the fit
    // is computation on loaded columns; the connection stays this thread's): an import builds its
    // indexes there. What `meanwhile` throws propagates once the fit is done.
    static bool refresh(sqlite3 *db, QString *error, const std::function<void()> &meanwhile);
    // The same on columns the caller already holds: exactly what RunLoader would read for the
    // store's BUTTER-E runs (an import into a store that had none keeps them as it inserts).
    static bool refresh(sqlite3 *db, QString *error, const std::function<void()> &meanwhile, RunColumns runs);
    // True when the store has runs but no fitted model (a store from before the model existed).
    static bool needsRefresh(sqlite3 *db);
    // The model as expectedEnergyJson() wrote it, with "fitted_at" and "runs"; empty if none.
    static QJsonObject model(sqlite3 *db);

    // The same on a Store of either engine: an SQLite store goes through its handle (the functions
    // above); a server store is read through RunLoader, fitted the same way and written in batches
    // (docs/postgresql.md). refresh neither begins nor commits: it writes in the caller's transaction
    // on store->database().
    static bool refresh(Store *store, QString *error);
    static bool needsRefresh(Store *store);
    static QJsonObject model(Store *store);
};

} // namespace wattprint
