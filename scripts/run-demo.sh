#!/usr/bin/env bash
# Set up a fresh Debian 12 machine and run the Caseport demo: installs the packages,
# builds caseportd and the client, starts caseportd on 127.0.0.1:8080 with the embedded
# SQLite store and the sample config (resources/caseportd.toml: demo accounts and users,
# every password "demo"), then opens the client connected to it. Closing the client
# stops the server; the demo data stays in demo-data/ for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/deps.sh
caseport_install_deps
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

cmake --preset release
cmake --build --preset release --target caseportd caseport

listen=${CASEPORT_LISTEN:-127.0.0.1:8080}
data_dir=${CASEPORT_DEMO_DATA:-$PWD/demo-data}
build/release/server/caseportd --config resources/caseportd.toml \
  --listen "$listen" --data-dir "$data_dir" > build/release/caseportd.out &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  grep -q "listening on" build/release/caseportd.out 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { echo "caseportd did not start" >&2; exit 1; }
  sleep 0.1
done
url=$(sed -n 's/^caseportd listening on //p' build/release/caseportd.out)
echo "caseportd is serving $url (data in $data_dir)"
echo "Log in as anna@acme.example (or bo@, cecilie@, erik@acme.example, dag@nordic.example,"
echo "staff@caseport.example) with the password: demo"

client=(build/release/client/app/caseport --server "$url" --user anna@acme.example)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: running the client on a virtual X server (xvfb-run)."
  xvfb-run -a -s "-screen 0 1280x800x24" "${client[@]}"
else
  "${client[@]}"
fi
