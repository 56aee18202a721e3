#include "storesnapshot.h"

#include "filterruns.h"
#include "runloader.h"
#include "store.h"

#include <QCoreApplication>

namespace wattprint {

StoreSnapshot::StoreSnapshot(QString storePath)
    : m_storePath(std::move(storePath))
{}

StoreSnapshot::~StoreSnapshot() = default;

void StoreSnapshot::abandon()
{
    m_abandoned = true;
}

std::shared_ptr<const RunColumns> StoreSnapshot::all(const std::atomic_bool *cancel, QString *error)
{
    return m_all.get(
        [this](QString *message) -> std::shared_ptr<const RunColumns> {
            auto fresh = std::make_shared<RunColumns>();
            Store store(m_storePath);
            if (store.open(message) && RunLoader(&store).load(Filter(), fresh.get(), &m_abandoned, message))
                return fresh;
            if (m_abandoned.load() || message->isEmpty())
                *message = QCoreApplication::translate("StoreLoader", "loading was cancelled"); // the app's words
            return nullptr;
        },
        cancel, error);
}

std::shared_ptr<const RunColumns> StoreSnapshot::select(const Filter &filter, const std::atomic_bool *cancel,
                                                        QString *error)
{
    std::shared_ptr<const RunColumns> everything = all(cancel, error);
    if (!everything || filter.isEmpty())
        return everything;
    auto kept = std::make_shared<RunColumns>();
    if (!filterRuns(*everything, filter, kept.get(), cancel))
        return nullptr;
    return kept;
}

} // namespace wattprint
