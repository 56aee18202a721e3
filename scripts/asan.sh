#!/usr/bin/env bash
# Builds the debug-asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, warnings as errors)
# and runs the whole test suite under it. A sanitizer report fails the test that triggers it:
# ASan aborts on its first report, LeakSanitizer fails a process that leaks at exit, and UBSan is
# built with -fno-sanitize-recover. Child processes the tests start (the command line) inherit
# the same checks.
#
# One failure is not ours: LeakSanitizer stops every thread at exit to scan their stacks, and its
# tracer thread itself can crash ("Tracer caught signal 11 ... LeakSanitizer has encountered a
# fatal error"), a sanitizer fault that no leak causes. Its known cause, libjpeg's dynamic TLS, is
# avoided by the tests' ASAN_OPTIONS (cmake/WattprintTesting.cmake). As a safety net, a test whose
# checks all passed and whose only fault is that crash is run once more; any other failure, a leak
# report included, fails at once (docs/architecture.md, "Tests and benchmarks").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh debug-asan
export QT_QPA_PLATFORM=offscreen
log=build/debug-asan/asan-ctest.log
if ctest --preset debug-asan --output-log "$log" "$@"; then
  exit 0
fi
failed=build/debug-asan/Testing/Temporary/LastTestsFailed.log
[ -s "$failed" ] || exit 1
while IFS=: read -r _ name; do
  # The test's own output follows its "***Failed" line until ctest's next progress line.
  output=$(awk -v name="$name" '
    $0 ~ ("Test +#[0-9]+: " name " ") && /\*\*\*Failed/ { inside = 1; next }
    inside && (/^ *Start +[0-9]+: / || /^[0-9]+\/[0-9]+ Test +#/) { inside = 0 }
    inside { print }' "$log")
  if ! grep -q 'Tracer caught signal' <<<"$output" \
    || ! grep -q 'LeakSanitizer has encountered a fatal error' <<<"$output" \
    || ! grep -Eq 'Totals: [0-9]+ passed, 0 failed' <<<"$output"; then
    echo "asan: $name failed for a reason of its own; not run again" >&2
    exit 1
  fi
  echo "asan: $name passed its checks, then LeakSanitizer's tracer crashed at exit; running it once more" >&2
done <"$failed"
ctest --preset debug-asan --rerun-failed
