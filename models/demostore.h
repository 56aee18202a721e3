#pragma once

#include "demogenerator.h"
#include "importer.h"

namespace wattprint {

class Store;

// Fills a store with the synthetic demo through the normal importer (one transaction,
// marked synthetic), so the demo exercises the same code path as real files.
class DemoStore
{
public:
    static ImportReport build(Store *store, const DemoOptions &options = {},
                              std::function<void(qint64, qint64)> progress = {});
    // The label every window, summary and export shows for demo data.
    static QString label();
};

} // namespace wattprint
