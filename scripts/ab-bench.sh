#!/usr/bin/env bash
# Alternating A/B rounds of ./bench, each against a fresh ./server, for comparisons that the
# noise of a shared machine would otherwise swamp: the variants of one round run back to back,
# so compare them round by round (ratios), not across rounds. Prints one JSON line per run:
# its ops/s (from ./bench) and the server's CPU time per operation (from /proc/PID/stat).
#
# Usage: scripts/ab-bench.sh ROUNDS 'LABEL|SERVER ARGS|BENCH ARGS' ['LABEL|...' ...]
#   HTTPPORT in BENCH ARGS is replaced by the server's HTTP port (start it with --http-port 0);
#   a LABEL containing "scrape" fetches /metrics every second during the run.
#   WARMUP=S first runs the same load for S seconds, unmeasured: a fresh server's first pass
#   over its ring arenas pays a page fault per 4 KiB, which is not what a server in service pays.
# Example: scripts/ab-bench.sh 5 'one|| -P 16 -d 4' 'ten|| -P 16 -d 4 --rings 10'
# Needs `make` first (./server, ./bench) and curl for scraping.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1
shift
tick=$(getconf CLK_TCK)
for ((round = 1; round <= rounds; round++)); do
  for spec in "$@"; do
    IFS='|' read -r label server_args bench_args <<<"$spec"
    out=$(mktemp)
    # shellcheck disable=SC2086 # the argument strings are word-split on purpose
    ./server --port 0 --quiet $server_args >"$out" 2>/dev/null &
    pid=$!
    for _ in $(seq 100); do grep -q 'listening on' "$out" && break; sleep 0.1; done
    port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$out")
    http_port=$(sed -n 's/^https\{0,1\} on .*:\([0-9]*\)$/\1/p' "$out")
    bench_args=${bench_args//HTTPPORT/$http_port}
    scraper=
    if [[ "$label" == *scrape* ]]; then
      # One curl on one keep-alive connection, as Prometheus scrapes: a curl started every
      # second costs the machine more than the scrape costs the server.
      curl -s --rate 1/s "http://127.0.0.1:$http_port/metrics?[1-100000]" >/dev/null &
      scraper=$!
    fi
    if [ -n "${WARMUP:-}" ]; then
      # shellcheck disable=SC2086
      ./bench --port "$port" --json $bench_args --duration "$WARMUP" >/dev/null
    fi
    read -r user system < <(awk '{print $14, $15}' "/proc/$pid/stat")
    # shellcheck disable=SC2086
    json=$(./bench --port "$port" --json $bench_args)
    read -r user2 system2 < <(awk '{print $14, $15}' "/proc/$pid/stat")
    if [ -n "$scraper" ]; then kill "$scraper"; fi
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$out"
    node -e '
      const [json, ticks, tick, round, label] = process.argv.slice(1);
      const run = JSON.parse(json);
      const cpuUs = (Number(ticks) / Number(tick)) * 1e6;
      console.log(JSON.stringify({ round: Number(round), label,
        opsPerSec: Math.round(run.opsPerSec), serverCpuUsPerOp: +(cpuUs / run.requests).toFixed(3) }));
    ' "$json" "$((user2 + system2 - user - system))" "$tick" "$round" "$label"
  done
done
