#!/usr/bin/env bash
# Builds the debug-asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, warnings as errors)
# and runs the whole test suite under it. A sanitizer report fails the test that triggers it:
# ASan aborts on its first report and UBSan is built with -fno-sanitize-recover. Leak checking is
# off (CMakePresets.json): Qt's plugin loader and fontconfig keep process-lifetime allocations.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh debug-asan
export QT_QPA_PLATFORM=offscreen
ctest --preset debug-asan "$@"
