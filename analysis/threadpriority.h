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
inline void setThreadNice(int nice)
{
#ifdef __linux__
    static thread_local int current = 0;
    // Going back down needs privileges a user lacks: then the thread keeps its higher value.
    if (current != nice && setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), nice) == 0)
        current = nice;
#else
    (void)nice;
#endif
}

inline void yieldToGuiThread()
{
    setThreadNice(10);
}

// For work nobody waits on (the store's counts for the status bar): it takes what the views'
// jobs leave (nice 19 weighs about a seventh of nice 10 on Linux).
inline void yieldToEveryone()
{
    setThreadNice(19);
}

} // namespace wattprint
