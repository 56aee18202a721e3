#!/usr/bin/env bash
# Sets everything up, then opens Wattprint. With no database yet, the app builds the
# embedded synthetic demo store on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh release
exec build/release/bin/wattprint "$@"
