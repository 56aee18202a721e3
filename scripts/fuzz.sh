#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, WATTPRINT_BUILD_FUZZ) with clang in build/fuzz and runs each
# for SECONDS (default 60) from a seed corpus made of tests/fixtures. An input that crashes a target
# (or trips a sanitizer) is kept as tests/fixtures/fuzz-regressions/<target>/<name>; the test suite
# replays every one of them (tst_fuzzregressions). Prints, per target, the executions and libFuzzer's
# coverage (cov: edges) and features (ft:). Exits non-zero if a target found anything.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets=(csv fields zip filter layout)

# python3 makes the zip seeds below.
if ! command -v clang++ >/dev/null || ! command -v /usr/bin/python3 >/dev/null ||
   ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev python3
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DWATTPRINT_BUILD_FUZZ=ON -DWATTPRINT_WERROR=OFF -DWATTPRINT_BUILD_TESTS=OFF -DWATTPRINT_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build build/fuzz -j2 --target "${targets[@]/#/fuzz_}"

# Seeds: the fixtures as they are, and zips made of them (stored and deflated members).
seeds=build/fuzz/seeds
rm -rf "$seeds"
for t in "${targets[@]}"; do mkdir -p "$seeds/$t"; done
cp tests/fixtures/butter-e/*.csv tests/fixtures/fuzz-seeds/csv/* "$seeds/csv/"
cp tests/fixtures/fuzz-seeds/fields/* "$seeds/fields/"
cp tests/fixtures/fuzz-seeds/filter/* "$seeds/filter/"
cp tests/fixtures/fuzz-seeds/layout/* "$seeds/layout/"
cp tests/fixtures/fuzz-seeds/zip/* "$seeds/zip/"
/usr/bin/python3 - "$seeds/zip" tests/fixtures/butter-e/node_sinfo_excerpt.csv tests/fixtures/fuzz-seeds/csv/* <<'PY'
import sys, zipfile, os
out, files = sys.argv[1], sys.argv[2:]
for i, path in enumerate(files):
    name = os.path.basename(path)
    member = "butter_e_energy/10512345.csv" if name.startswith("trace") else name
    for method, tag in ((zipfile.ZIP_STORED, "stored"), (zipfile.ZIP_DEFLATED, "deflated")):
        with zipfile.ZipFile(os.path.join(out, f"{i}-{tag}.zip"), "w", method) as z:
            z.write(path, member)
PY

status=0
summary=()
for t in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$t
  artifacts=build/fuzz/artifacts/$t
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  log=build/fuzz/$t.log
  set +e
  # -rss_limit_mb: the import path must stay within bounded memory whatever the bytes.
  ASAN_OPTIONS=detect_leaks=0 build/fuzz/bin/fuzz_$t -max_total_time="$seconds" -rss_limit_mb=2048 \
      -max_len=65536 -timeout=30 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$seeds/$t" \
      >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  line=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: [0-9]+' | tail -1)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$line")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$line")
  found=0
  # crash-, oom-, timeout- and leak- files are findings; slow-unit- files (over 10 s, which a
  # loaded machine's fsyncs can cause) are only reported.
  for f in "$artifacts"/crash-* "$artifacts"/oom-* "$artifacts"/timeout-* "$artifacts"/leak-*; do
    [ -e "$f" ] || continue
    mkdir -p "tests/fixtures/fuzz-regressions/$t"
    cp "$f" "tests/fixtures/fuzz-regressions/$t/$(basename "$f")"
    # On CI the working copy is thrown away: the log keeps the input, to be decoded into
    # tests/fixtures/fuzz-regressions/<target>/ and committed as a regression test.
    if [ "$(stat -c %s "$f")" -le 65536 ]; then
      echo "fuzz: $t: $(basename "$f") as base64:" >&2
      base64 -w 0 "$f" >&2
      echo >&2
    fi
    found=$((found + 1))
  done
  slow=$(find "$artifacts" -name 'slow-unit-*' | wc -l)
  summary+=("$(printf '%-7s %10s execs  cov %6s  ft %7s  exit %d  kept %d  slow %d' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$rc" "$found" "$slow")")
  if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
    status=1
    echo "fuzz: $t found a problem (log: $log); the input is kept in tests/fixtures/fuzz-regressions/$t/" >&2
    tail -40 "$log" >&2
  fi
done
echo "fuzz: ${seconds} s per target"
printf '%s\n' "${summary[@]}"
exit $status
