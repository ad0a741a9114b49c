#!/usr/bin/env bash
# Quick start 1: install what Banthuek needs, build it (release) and open it on your notebook.
# The first start creates a notebook in $XDG_DATA_HOME/banthuek/ (~/.local/share/banthuek/).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Banthuek in a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s '-screen 0 1280x800x24' build/release/app/banthuek "$@"
fi
exec build/release/app/banthuek "$@"
