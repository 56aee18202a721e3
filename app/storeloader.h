#pragma once

#include <analysisservice.h>
#include <filter.h>

namespace wattprint {

class ViewPanel;

// The bridge the app hands to AnalysisService: loads the filtered runs of a store file on the
// calling (worker) thread, through its own connection, with models' RunLoader.
class StoreLoader
{
public:
    static AnalysisService::Loader make(const QString &dbPath, const Filter &filter);
    // Hands views that need more than the run columns (the anomaly timeline's run details and
    // watt-meter trace) a way to read them from the store file on their worker thread.
    static void connectViews(const QList<ViewPanel *> &views, const QString &dbPath);
};

} // namespace wattprint
