#!/usr/bin/env bash
# The one command for Caseport's benchmarks (see bench/README.md):
#
#   bash bench/run.sh            # 100,000 cases, 300,000 posts, 50 accounts
#   bash bench/run.sh --quick    # 10,000 cases, 30,000 posts: a smoke run, not a result
#   bash bench/run.sh --blobs    # only blob_bench: a 1 GiB file up and down (on a small
#                                # store of its own; BLOB_MIB=… for another size)
#
# Builds the release preset (configures it first if needed), generates the store once
# into $CASEPORT_BENCH_DIR (default build/bench; kept between runs, regenerated when
# missing or made with other sizes), copies it to a scratch store so every run starts
# from the same data, runs sync_bench and push_bench against the real caseportd, and
# prints a Markdown table with the machine, the date and the load. Results are also
# appended to $CASEPORT_BENCH_DIR/results.jsonl and the table saved next to it.
# Not run by CI: performance is measured, not asserted (DESIGN §9).
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=100000 POSTS=300000 ACCOUNTS=50 INCREMENTAL=30 ROUNDS=20 CLIENTS=1000
BLOBS_ONLY=0 BLOB_MIB=${BLOB_MIB:-1024}
for arg in "$@"; do
  case "$arg" in
    --quick) CASES=10000 POSTS=30000 INCREMENTAL=10 ROUNDS=5 ;;
    --blobs) BLOBS_ONLY=1 CASES=1000 POSTS=1000 ACCOUNTS=2 ;; # the store's size does not matter
    *) echo "usage: bash bench/run.sh [--quick] [--blobs]" >&2; exit 2 ;;
  esac
done
BUILD=build/release
DIR=${CASEPORT_BENCH_DIR:-build/bench}
# v2: the generator also runs the mail planner to the log's head (stores without it made
# the first caseportd catch up during the first sync)
PRISTINE=$DIR/store-v2-$CASES-$POSTS-$ACCOUNTS
WORK=$DIR/work
mkdir -p "$DIR"

export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake --preset release >/dev/null
fi
echo "== build ($BUILD)" >&2
cmake --build "$BUILD" -j2 --target caseportd caseport-bench-generate caseport-bench-sync \
  caseport-bench-push caseport-bench-blob >&2

if [ ! -f "$PRISTINE/bench.json" ]; then
  echo "== generate $CASES cases, $POSTS posts, $ACCOUNTS accounts into $PRISTINE" >&2
  rm -rf "$PRISTINE"
  "$BUILD/bench/generate" --out "$PRISTINE" --cases "$CASES" --posts "$POSTS" \
    --accounts "$ACCOUNTS" >&2
  "$BUILD/server/caseportd" --check-config --config "$PRISTINE/caseportd.toml" >&2
fi
echo "== scratch copy of the store ($WORK)" >&2
rm -rf "$WORK"
cp -a "$PRISTINE" "$WORK"

CASEPORTD=$BUILD/server/caseportd
RESULTS=$DIR/results.jsonl
ROWS=$(mktemp)
trap 'rm -f "$ROWS"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_START=$(load)

run() { # a benchmark, its rows into $ROWS; a failure is reported, the rest still runs
  echo "== $* (load $(load))" >&2
  if ! "$@" --results "$RESULTS" >>"$ROWS"; then
    echo "| $(basename "$1") failed | $* | see the output above | | **failed** |" >>"$ROWS"
  fi
}
if [ "$BLOBS_ONLY" = 1 ]; then
  run "$BUILD/bench/blob_bench" --caseportd "$CASEPORTD" --dir "$WORK" --size-mib "$BLOB_MIB" \
    --chunk-mib 8
else
run "$BUILD/bench/sync_bench" --caseportd "$CASEPORTD" --dir "$WORK" --user staff \
  --page-size 500 --incremental "$INCREMENTAL"
run "$BUILD/bench/sync_bench" --caseportd "$CASEPORTD" --dir "$WORK" --user staff \
  --page-size 5000 --incremental 0
run "$BUILD/bench/sync_bench" --caseportd "$CASEPORTD" --dir "$WORK" --user full \
  --page-size 500 --incremental "$INCREMENTAL"
run "$BUILD/bench/push_bench" --caseportd "$CASEPORTD" --dir "$WORK" --clients "$CLIENTS" \
  --per-token 20 --audience staff --rounds "$ROUNDS"
run "$BUILD/bench/push_bench" --caseportd "$CASEPORTD" --dir "$WORK" --clients "$CLIENTS" \
  --per-token 20 --audience accounts --rounds "$ROUNDS"
fi

TABLE=$DIR/results-$(date -u +%Y%m%dT%H%M%SZ).md
{
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores," \
    "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "Store: $CASES cases, $POSTS posts, $ACCOUNTS accounts; git $(git rev-parse --short HEAD)"
  echo "Load average (1/5/15 min): $LOAD_START at the start, $(load) at the end"
  echo
  echo "| measure | scenario | measured | target | verdict |"
  echo "|---|---|---|---|---|"
  cat "$ROWS"
} | tee "$TABLE"
echo "(saved in $TABLE; raw figures in $RESULTS)" >&2
