#pragma once

#include "filter.h"

#include <runcolumns.h>

#include <atomic>
#include <cstdint>

struct sqlite3;

namespace wattprint {

class Store;

// Turns the filtered runs into the plain columns analysis/ works on.
// Call from any thread with a Store opened on that thread.
class RunLoader
{
public:
    explicit RunLoader(Store *store);
    // On a connection without a Store (inside an import's transaction).
    explicit RunLoader(sqlite3 *db);
    // Returns false (and leaves *out partly filled) if cancelled or on an SQL error.
    bool load(const Filter &filter, RunColumns *out, const std::atomic_bool *cancel = nullptr,
              QString *error = nullptr) const;

    // Test hooks: the fewest ids a store needs to be read in two halves at once (50,000 unless
    // set; returns the previous value), and how many loads in this process were read that way.
    static std::int64_t setParallelLoadMinRuns(std::int64_t runs);
    static int halvedLoadCount();

private:
    Store *m_store = nullptr;
    sqlite3 *m_db = nullptr;
};

} // namespace wattprint
