#!/usr/bin/env bash
# The one list of Debian packages Caseport needs to build, test and run.
# Sourced by .ci/run and scripts/*; installs only what is missing.
set -euo pipefail
CASEPORT_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-charts-dev qt6-websockets-dev qt6-svg-dev qt6-translations-l10n
  qtkeychain-qt6-dev libpoco-dev libpq-dev libssl-dev libsqlite3-dev
  libargon2-dev nlohmann-json3-dev libtomlplusplus-dev
  xvfb xauth libxkbcommon-dev fonts-dejavu-core curl
)
caseport_install_deps() {
  local missing=()
  for p in "${CASEPORT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}
