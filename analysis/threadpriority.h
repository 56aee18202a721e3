#pragma once

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace wattprint {

// Lets the calling worker thread yield to the GUI thread. On two cores two busy analysis jobs
// (and the parallel view's rasterising) otherwise left the GUI thread a third of a core, and a
// result that takes 50 ms of CPU to show kept it away from its events for 300-400 ms (measured
// at a million runs). A nice value of 10 is per thread on Linux, and stays with the thread; elsewhere
// this does nothing.
inline void yieldToGuiThread()
{
#ifdef __linux__
    static thread_local bool done = false;
    if (!done) {
        done = true;
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
    }
#endif
}

} // namespace wattprint
