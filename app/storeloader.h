#pragma once

#include <analysisservice.h>
#include <filter.h>

namespace wattprint {

// The bridge the app hands to AnalysisService: loads the filtered runs of a store file on the
// calling (worker) thread, through its own connection, with models' RunLoader.
class StoreLoader
{
public:
    static AnalysisService::Loader make(const QString &dbPath, const Filter &filter);
};

} // namespace wattprint
