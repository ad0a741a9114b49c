#!/usr/bin/env bash
# Builds Banthuek's Debian package from this tree: a release build with Debian's hardening
# flags, packed by CPack and checked by lintian.
#   bash packaging/deb.sh [BUILD_DIR]     (default build/deb; the .deb is written there)
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

build="${1:-build/deb}"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
export CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
export LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DBANTHUEK_BUILD_TESTS=OFF -DBANTHUEK_BUILD_BENCH=OFF -DBANTHUEK_WERROR=OFF
cmake --build "$build" -j2
(cd "$build" && cpack -G DEB)

deb=$(ls -t "$build"/banthuek_*.deb | head -n1)
lintian --fail-on error "$deb"
echo "Built $deb"
echo "Install it with: sudo apt install ./$deb"
