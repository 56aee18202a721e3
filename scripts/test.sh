#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh release
export QT_QPA_PLATFORM=offscreen
ctest --preset release "$@"
