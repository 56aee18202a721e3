#pragma once

#include "filter.h"

#include <runcolumns.h>

#include <atomic>

namespace wattprint {

// The runs a filter keeps, chosen in memory from columns that hold every run of a store
// (RunLoader::load with no filter). The result is what RunLoader::load(filter) would read: the
// same rows in the same (id) order, dictionaries re-numbered in order of first appearance, an
// expectation or parts column left empty when no kept run has one. A filter change then costs a
// pass over columns in memory instead of a query (docs/architecture.md, "Data flow").
// A run's device is read from isGpu: every importer derives runs.device from is_gpu.
// Returns false (leaving *out partly filled) only when cancelled.
bool filterRuns(const RunColumns &all, const Filter &filter, RunColumns *out, const std::atomic_bool *cancel = nullptr);

} // namespace wattprint
