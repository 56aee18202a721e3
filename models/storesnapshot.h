#pragma once

#include "filter.h"

#include <loadonce.h>
#include <runcolumns.h>

#include <QString>

#include <atomic>
#include <memory>

namespace wattprint {

// Every run of one store in memory, read once (RunLoader, no filter) by the first thread that
// asks, and the runs each filter keeps chosen from it (filterRuns) without a query. Make a new
// one whenever the store's runs change: an instance never reloads. Thread-safe; the copy in
// memory is shared read-only (docs/architecture.md, "Data flow").
class StoreSnapshot
{
public:
    explicit StoreSnapshot(QString storePath);
    ~StoreSnapshot();
    StoreSnapshot(const StoreSnapshot &) = delete;
    StoreSnapshot &operator=(const StoreSnapshot &) = delete;

    // The runs `filter` keeps. With no filter, the whole copy itself (no second copy). Null with
    // *error set when the store could not be read, null with an empty *error when `cancel` was
    // set first: the one read goes on for whoever asks next, only abandon() stops it.
    std::shared_ptr<const RunColumns> select(const Filter &filter, const std::atomic_bool *cancel, QString *error);
    // Stops a read under way (the store is being replaced); later calls fail.
    void abandon();
    QString storePath() const { return m_storePath; }

private:
    std::shared_ptr<const RunColumns> all(const std::atomic_bool *cancel, QString *error);

    const QString m_storePath;
    std::atomic_bool m_abandoned{false};
    LoadOnce<RunColumns> m_all;
};

} // namespace wattprint
