#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan, UBSan; core only) and runs every target for a
# bounded time on a scratch copy of its corpus (new inputs stay out of the tree):
#   bash packaging/fuzz.sh [SECONDS_PER_TARGET]     (15 by default)
#   bash packaging/fuzz.sh ci                       (what the test command runs)
# "ci" runs each target a fixed number of inputs from a fixed seed (about 15 s each here), so a
# run that passed on one machine passes on every other: a find is never a matter of luck.
# A crash stops the run and leaves the input as build/fuzz/crash-*: copy it into
# tests/fuzz/corpus/<target>/ so that every later build replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
declare -A ciRuns=([bundle]=200000 [imports]=10000 [pages]=2000 [text]=50000 [damage]=40)
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for corpus in tests/fuzz/corpus/*/; do
  target="$(basename "$corpus")"
  mkdir -p "$scratch/$target"
  bound=(-max_total_time="$seconds")
  if [ "$seconds" = ci ]; then
    bound=(-seed=1 -runs="${ciRuns[$target]}" -max_total_time=300)
  fi
  echo "=== fuzz_${target}: ${bound[*]}"
  log="$scratch/$target.log"
  if ! (cd build/fuzz && ASAN_OPTIONS=detect_leaks=1 "./tests/fuzz/fuzz_${target}" "${bound[@]}" \
          -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 "$scratch/$target" "../../$corpus" > "$log" 2>&1); then
    tail -n 40 "$log"
    echo "fuzz_${target} found a failing input: see build/fuzz/crash-* (or leak-, timeout-)"
    exit 1
  fi
  grep -E "^Done|stat::peak_rss_mb" "$log"
done
echo "ok: every fuzz target ran (${seconds}) without a crash"
