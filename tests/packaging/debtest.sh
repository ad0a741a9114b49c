#!/usr/bin/env bash
# The Debian package as an IT helper meets it: packed from this build, checked by lintian,
# desktop-file-validate and appstreamcli, installed into an empty root with dpkg, used there
# (version, a demo notebook, check, the manual, the file types), and removed without a trace.
#   debtest.sh BUILD_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/pack" > "$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/pack/banthuek_*.deb)"
version="$(dpkg-deb -f "$deb" Version)"
echo "package: $(basename "$deb"), version $version"
[ "$(dpkg-deb -f "$deb" Package)" = banthuek ] || fail "package name"

depends="$(dpkg-deb -f "$deb" Depends)"
for needed in libqt6widgets6 libsqlite3-0 libicu72 libsodium23 qt6-qpa-plugins fonts-thai-tlwg; do
  grep -q "$needed" <<< "$depends" || fail "Depends lacks $needed: $depends"
done
# Captured, not piped into grep -q: grep stops at its match and pipefail would count the
# writer's SIGPIPE as a failure when the machine is busy.
description="$(dpkg-deb -f "$deb" Description)"
grep -q "บันทึก" <<< "$description" || fail "the description has no Thai"

contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for file in ./usr/bin/banthuek ./usr/share/applications/org.banthuek.Banthuek.desktop \
            ./usr/share/metainfo/org.banthuek.Banthuek.metainfo.xml ./usr/share/mime/packages/banthuek.xml \
            ./usr/share/icons/hicolor/scalable/apps/banthuek.svg ./usr/share/icons/hicolor/48x48/apps/banthuek.png \
            ./usr/share/man/man1/banthuek.1.gz ./usr/share/doc/banthuek/copyright ./usr/share/doc/banthuek/changelog.gz; do
  grep -qx "$file" <<< "$contents" || fail "the package lacks $file"
done

# lintian: no errors (warnings are printed for the reader).
lintian --fail-on error --display-info "$deb" | tee "$work/lintian.log" || fail "lintian reports errors"

dpkg-deb -x "$deb" "$work/extract"
desktop-file-validate "$work/extract/usr/share/applications/org.banthuek.Banthuek.desktop" || fail "desktop file"
grep -q '^Name\[th\]=' "$work/extract/usr/share/applications/org.banthuek.Banthuek.desktop" || fail "no Thai name"
appstreamcli validate --no-net "$work/extract/usr/share/metainfo/org.banthuek.Banthuek.metainfo.xml" \
  || fail "AppStream metadata"

# Install into an empty root: dpkg's own database there, nothing of the host's touched.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-script-chrootless -i "$deb" > "$work/dpkg.log" 2>&1 \
  || { cat "$work/dpkg.log"; fail "dpkg -i"; }
dpkg --root="$root" --verify banthuek || fail "installed files differ from the package"
bin="$root/usr/bin/banthuek"
[ "$("$bin" --version)" = "banthuek $version" ] || fail "--version does not say $version"
(cd "$work" && "$bin" new x.banthuek --demo > /dev/null && "$bin" check x.banthuek > check.log) \
  || { cat "$work/check.log"; fail "new --demo and check in the installed program"; }
grep -q "The notebook is sound." "$work/check.log" || fail "check"
[ "$("$bin" list "$work/x.banthuek" --json | grep -c '"id"')" -gt 0 ] || fail "the demo notebook has no notes"

# The manual: renders without groff warnings and holds every command's help.
man --warnings -E UTF-8 -l "$root/usr/share/man/man1/banthuek.1.gz" > "$work/man.txt" 2> "$work/man.err" \
  || fail "man"
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "groff warnings in the manual"; }
grep -q "import-markdown" "$work/man.txt" || fail "the manual lacks import-markdown"

# The file types: shared-mime-info reads ours and knows both globs.
update-mime-database "$root/usr/share/mime" || fail "update-mime-database"
grep -q "application/x-banthuek-notebook:\*\.banthuek" "$root/usr/share/mime/globs2" || fail "notebook glob"
grep -q "application/x-banthuek-bundle:\*\.banthuek-bundle" "$root/usr/share/mime/globs2" || fail "bundle glob"
rm -rf "$root/usr/share/mime" # made by us, not the package: dpkg would leave it

dpkg --root="$root" -r banthuek > "$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg -r"; }
left="$(find "$root" -type f ! -path "$root/var/*" -print | head -n5)"
[ -z "$left" ] || fail "files left after removal: $left"
echo "ok: built, linted, installed, used and removed"
