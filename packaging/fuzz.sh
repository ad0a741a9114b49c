#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan, UBSan; core only) and runs every target for a
# bounded time on a scratch copy of its corpus (new inputs stay out of the tree):
#   bash packaging/fuzz.sh [SECONDS_PER_TARGET]     (15 by default; CI uses the default)
# A crash stops the run and leaves the input as build/fuzz/crash-*: copy it into
# tests/fuzz/corpus/<target>/ so that every later build replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for corpus in tests/fuzz/corpus/*/; do
  target="$(basename "$corpus")"
  mkdir -p "$scratch/$target"
  echo "=== fuzz_${target}: ${seconds} s"
  log="$scratch/$target.log"
  if ! (cd build/fuzz && ASAN_OPTIONS=detect_leaks=1 "./tests/fuzz/fuzz_${target}" -max_total_time="$seconds" \
          -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 "$scratch/$target" "../../$corpus" > "$log" 2>&1); then
    tail -n 40 "$log"
    echo "fuzz_${target} found a failing input: see build/fuzz/crash-* (or leak-, timeout-)"
    exit 1
  fi
  grep -E "^Done|stat::peak_rss_mb" "$log"
done
echo "ok: every fuzz target ran ${seconds} s without a crash"
