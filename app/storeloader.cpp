#include "storeloader.h"

#include <runloader.h>
#include <store.h>
#include <tracequery.h>

#include <QCoreApplication>

namespace wattprint {

AnalysisService::Loader StoreLoader::make(const QString &dbPath, const Filter &filter)
{
    return [dbPath, filter](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
        Store store(dbPath);
        if (!store.open(error))
            return false;
        if (!RunLoader(&store).load(filter, out, cancel, error)) {
            if (error && error->isEmpty())
                *error = QCoreApplication::translate("StoreLoader", "loading was cancelled");
            return false;
        }
        return true;
    };
}

ViewPanel::DetailsProvider StoreLoader::details(const QString &dbPath)
{
    return [dbPath](qint64 runRowId) {
        Store store(dbPath); // opened on the worker thread, per call
        QString error;
        if (!store.open(&error)) {
            TraceDetails details;
            details.runRowId = runRowId;
            details.error = error;
            return details;
        }
        return TraceQuery(&store).details(runRowId);
    };
}

} // namespace wattprint
