#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-packages.txt (only the missing ones),
# then configures and builds the given CMake preset (default: release). Safe to run again:
# nothing is reinstalled and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}

mapfile -t wanted < <(grep -vE '^\s*(#|$)' packaging/debian-packages.txt | awk '{print $1}')
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${#missing[@]} Debian package(s): ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f "build/$preset/CMakeCache.txt" ]; then
  cmake --preset "$preset"
fi
cmake --build --preset "$preset"
