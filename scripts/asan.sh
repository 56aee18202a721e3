#!/usr/bin/env bash
# Builds the debug-asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, warnings as errors)
# and runs the whole test suite under it. A sanitizer report fails the test that triggers it:
# ASan aborts on its first report, LeakSanitizer fails a process that leaks at exit, and UBSan is
# built with -fno-sanitize-recover. Child processes the tests start (the command line) inherit
# the same checks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh debug-asan
export QT_QPA_PLATFORM=offscreen
ctest --preset debug-asan "$@"
