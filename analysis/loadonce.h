#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace wattprint {

// A value the first caller makes and every other caller shares: they wait for it, each polling
// its own cancel flag so it can stop waiting while the making goes on for the rest. A failure is
// kept with its message and given to every later caller. Thread-safe.
template<class T>
class LoadOnce
{
public:
    // `make` returns the value, or null with *error set; it runs without the lock held. Returns
    // the value; null with *error set when the making failed; null with *error untouched when
    // `cancel` was set while another caller was making it. *made tells the caller that made it.
    std::shared_ptr<const T> get(const std::function<std::shared_ptr<const T>(QString *error)> &make,
                                 const std::atomic_bool *cancel, QString *error, bool *made = nullptr)
    {
        if (made)
            *made = false;
        std::unique_lock lock(m_mutex);
        for (;;) {
            switch (m_state) {
            case State::Ready: return m_value;
            case State::Failed:
                if (error)
                    *error = m_error;
                return nullptr;
            case State::Loading:
                m_done.wait_for(lock, std::chrono::milliseconds(20));
                if (cancel && cancel->load() && m_state == State::Loading)
                    return nullptr;
                break;
            case State::Empty: {
                m_state = State::Loading;
                lock.unlock();
                QString message;
                std::shared_ptr<const T> fresh = make(&message);
                lock.lock();
                m_value = std::move(fresh);
                m_state = m_value ? State::Ready : State::Failed;
                m_error = message;
                if (made)
                    *made = true;
                m_done.notify_all();
                break;
            }
            }
        }
    }

    // The value once made, else null.
    std::shared_ptr<const T> value() const
    {
        std::lock_guard lock(m_mutex);
        return m_state == State::Ready ? m_value : nullptr;
    }

private:
    enum class State { Empty, Loading, Ready, Failed };
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    State m_state = State::Empty;
    std::shared_ptr<const T> m_value;
    QString m_error;
};

} // namespace wattprint
