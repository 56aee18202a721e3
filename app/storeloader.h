#pragma once

#include <analysisservice.h>
#include <filter.h>
#include <viewpanel.h>

namespace wattprint {

// The bridge the app hands to AnalysisService: loads the filtered runs of a store file on the
// calling (worker) thread, through its own connection, with models' RunLoader.
class StoreLoader
{
public:
    static AnalysisService::Loader make(const QString &dbPath, const Filter &filter);
    // Reads one run's details and watt-meter trace (models' TraceQuery) from the store file, for
    // views that show more than the run columns; also on the worker thread, a connection per call.
    static ViewPanel::DetailsProvider details(const QString &dbPath);
};

} // namespace wattprint
