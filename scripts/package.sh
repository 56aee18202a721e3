#!/usr/bin/env bash
# Builds the Debian package, checks it (lintian: no errors; AppStream and desktop entry valid),
# installs it with apt, runs the installed binary (version, demo store, headless PDF report) and
# removes it again. Run after scripts/setup.sh (CI does both).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh release
cmake --build --preset release --target package_deb
deb=$(ls -t build/release/package/wattprint_*_amd64.deb | head -n1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

echo "package: lintian"
lintian --fail-on error "$deb"
echo "package: appstreamcli validate"
appstreamcli validate --no-net build/release/packaging/org.wattprint.Wattprint.metainfo.xml
desktop-file-validate packaging/org.wattprint.Wattprint.desktop

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "package: installing with apt"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb"
trap '$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq wattprint' EXIT
/usr/bin/wattprint --version
work=$(mktemp -d)
/usr/bin/wattprint demo --db "$work/demo.sqlite" --runs 5000
/usr/bin/wattprint report --db "$work/demo.sqlite" --out "$work/report.pdf"
test -s "$work/report.pdf"
head -c 5 "$work/report.pdf" | grep -q '%PDF-'
man -w wattprint >/dev/null 2>&1 || test -f /usr/share/man/man1/wattprint.1.gz
rm -rf "$work"
echo "package: installed binary ran; removing"
