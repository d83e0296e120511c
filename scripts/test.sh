#!/usr/bin/env bash
# Set up a fresh Debian 12 machine and run every Caseport test:
# installs the packages from .ci/deps.sh, builds with the "ci" preset (warnings are
# errors), runs CTest, then builds and runs the suite again under ASan/UBSan
# (skip that with CASEPORT_SKIP_ASAN=1).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/deps.sh
caseport_install_deps

# Let ccache reuse objects compiled in another checkout of the same sources.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

run_preset() {
  local preset=$1
  echo "== configure and build ($preset)"
  cmake --preset "$preset"
  cmake --build --preset "$preset"
  echo "== test ($preset)"
  ctest --preset "$preset" --timeout 300
}

run_preset ci
if [ "${CASEPORT_SKIP_ASAN:-0}" != 1 ]; then
  run_preset asan
fi
