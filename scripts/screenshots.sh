#!/usr/bin/env bash
# Renders the screenshot used by the README and the in-app guide from the real app, headless, on
# the synthetic demo data. Run after a build; then rebuild so the guide picks it up.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${WATTPRINT_BIN:-build/release/bin/wattprint}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" demo --db "$work/demo.sqlite"
"$bin" screenshot --db "$work/demo.sqlite" --out resources/guide/main-window.png --size 1500x950
echo "wrote resources/guide/main-window.png"
