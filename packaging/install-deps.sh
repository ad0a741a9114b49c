#!/usr/bin/env bash
# Installs every Debian 12 package Banthuek needs to build, test and run.
# Run as root (or with sudo available). Safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config dpkg-dev file git clang-format clang-tidy clang-14 libclang-rt-14-dev
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev qt6-svg-dev
  qt6-translations-l10n
  libsqlite3-dev libicu-dev catch2 nlohmann-json3-dev libcli11-dev uuid-dev libgl-dev
  libhunspell-dev hunspell-th hunspell-en-us
  libsodium-dev libzstd-dev libexif-dev libmagic-dev libmagic-mgc libxml2-dev libyaml-dev libmd4c-dev libmd4c-html0-dev qt6-image-formats-plugins
  fonts-thai-tlwg fonts-noto-core chromium
  xvfb xauth poppler-utils imagemagick appstream desktop-file-utils lintian fakeroot
)

missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
