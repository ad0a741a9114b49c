#!/usr/bin/env bash
# Quick start 2: install what Banthuek needs, build it and run the whole test suite.
# Runs the suite twice: the dev build, then the ASan+UBSan build (BANTHUEK_SKIP_ASAN=1 skips it);
# then every fuzz target for a fixed number of inputs, about 15 s each (BANTHUEK_SKIP_FUZZ=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

presets=(dev)
if [ "${BANTHUEK_SKIP_ASAN:-0}" != "1" ]; then
  presets+=(asan-ubsan)
fi
for preset in "${presets[@]}"; do
  echo "=== ${preset}: configure, build, test ==="
  cmake --preset "$preset"
  cmake --build --preset "$preset"
  ctest --preset "$preset"
done
if [ "${BANTHUEK_SKIP_FUZZ:-0}" != "1" ]; then
  echo "=== fuzz: each target a fixed number of inputs from a fixed seed ==="
  bash packaging/fuzz.sh ci
fi
