#include "storesnapshot.h"

#include "filterruns.h"
#include "runloader.h"
#include "store.h"

#include <QCoreApplication>

#include <chrono>

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
    std::unique_lock lock(m_mutex);
    for (;;) {
        switch (m_state) {
        case State::Ready: return m_all;
        case State::Failed:
            if (error)
                *error = m_error;
            return nullptr;
        case State::Loading:
            // Poll so a cancelled caller stops waiting; the read goes on for the others.
            m_loaded.wait_for(lock, std::chrono::milliseconds(20));
            if (cancel && cancel->load() && m_state == State::Loading)
                return nullptr;
            break;
        case State::Empty: {
            m_state = State::Loading;
            lock.unlock();
            auto fresh = std::make_shared<RunColumns>();
            QString message;
            bool ok = false;
            {
                Store store(m_storePath);
                ok = store.open(&message) && RunLoader(&store).load(Filter(), fresh.get(), &m_abandoned, &message);
            }
            lock.lock();
            if (ok) {
                m_all = std::move(fresh);
                m_state = State::Ready;
            } else {
                m_state = State::Failed;
                m_error = m_abandoned.load() || message.isEmpty()
                    ? QCoreApplication::translate("StoreLoader", "loading was cancelled") // the app's words for it
                    : message;
            }
            m_loaded.notify_all();
            break;
        }
        }
    }
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
