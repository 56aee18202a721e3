// One libFuzzer executable per target: WATTPRINT_FUZZ_TARGET names the harness function
// (fuzzharness.h); the build makes fuzz_csv, fuzz_fields, fuzz_zip, fuzz_filter, fuzz_layout.
#include "fuzzharness.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QtSql finds its SQLite driver through the application; nothing else needs it.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return wattprint::fuzz::WATTPRINT_FUZZ_TARGET(data, size);
}
