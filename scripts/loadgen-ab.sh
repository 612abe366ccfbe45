#!/usr/bin/env bash
# scripts/ab-bench.sh with the C load generator (scripts/ws-loadgen.c) instead of ./bench, which
# does not saturate the server, least of all over WebSocket: alternating rounds of SET (100-byte
# payloads), each run against a fresh ./server on CPU 0 with the load on CPU 1. Prints one JSON
# line per run: its ops/s and the server's CPU time per operation (from /proc/PID/stat).
#
# Usage: scripts/loadgen-ab.sh ROUNDS 'LABEL|SERVER ARGS|tcp or ws[|SERVER]' ['LABEL|...' ...]
#   `ws` loads the server's /ws instead of its TCP port (give it --http-port 0). SERVER is the
#   program to start (default ./server; another build's, to compare two builds). A LABEL
#   containing "scrape" fetches /metrics every second during the run (one connection).
#   TOTAL SETs per run (default 2000000), CONNS (50), PIPELINE (16); WARMUP=N first sends N
#   SETs, unmeasured.
# Examples: scripts/loadgen-ab.sh 5 'tcp|--http-port 0|tcp' 'ws|--http-port 0|ws' | scripts/ab-ratios.js tcp
#           scripts/loadgen-ab.sh 10 'off||tcp' 'scrape|--http-port 0|tcp' | scripts/ab-ratios.js off
# Needs `make` first, cc, taskset and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1
shift
work=$(mktemp -d)
pid=
scraper=
# A failed run leaves no server or scraper behind.
trap 'for p in $pid $scraper; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
cc -O2 -o "$work/ws-loadgen" scripts/ws-loadgen.c
node -e '
  const { newClientFrameEncoder } = require("./dist/src/protocol/codec.js");
  const { PROTOCOL_VERSION_MIN, PROTOCOL_VERSION_MAX } = require("./dist/src/protocol/constants.js");
  const { writeFileSync } = require("node:fs");
  const dump = (file, frame) => { const e = newClientFrameEncoder(); e.add(frame); writeFileSync(file, e.take()); };
  dump(process.argv[1] + "/hello.bin",
    { id: 1, hello: { minVersion: PROTOCOL_VERSION_MIN, maxVersion: PROTOCOL_VERSION_MAX, clientName: "loadgen" } });
  dump(process.argv[1] + "/set.bin", { id: 2, set: { payload: Buffer.alloc(100, 0x78) } });
' "$work"
tick=$(getconf CLK_TCK)
for ((round = 1; round <= rounds; round++)); do
  for spec in "$@"; do
    IFS='|' read -r label server_args transport server <<<"$spec"
    out="$work/server.out"
    rm -f "$out" # the new server's lines only, not the last one's
    # shellcheck disable=SC2086 # the argument string is word-split on purpose
    taskset -c 0 "${server:-./server}" --port 0 --quiet $server_args >"$out" 2>/dev/null &
    pid=$!
    # The last line the server prints once it listens: `http on` with --http-port.
    ready='^storage:'
    if [[ "$server_args" == *--http-port* ]]; then ready='^https\{0,1\} on'; fi
    for _ in $(seq 300); do grep -qs "$ready" "$out" && break; sleep 0.1; done
    if ! grep -qs "$ready" "$out"; then echo "the server did not start: $(cat "$out")" >&2; exit 1; fi
    port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$out")
    http_port=$(sed -n 's/^https\{0,1\} on .*:\([0-9]*\)$/\1/p' "$out")
    if [ "$transport" = ws ]; then port=$http_port; fi
    load() {
      taskset -c 1 "$work/ws-loadgen" "$port" "${CONNS:-50}" "${PIPELINE:-16}" "$1" \
        "$work/hello.bin" "$work/set.bin" "$transport"
    }
    if [ -n "${WARMUP:-}" ]; then load "$WARMUP" >/dev/null; fi
    if [[ "$label" == *scrape* ]]; then
      # One curl on one keep-alive connection, as Prometheus scrapes: a curl process started
      # every second costs the machine more than the scrape costs the server.
      curl -s --rate 1/s "http://127.0.0.1:$http_port/metrics?[1-100000]" >/dev/null &
      scraper=$!
    fi
    read -r user system < <(awk '{print $14, $15}' "/proc/$pid/stat")
    json=$(load "${TOTAL:-2000000}")
    read -r user2 system2 < <(awk '{print $14, $15}' "/proc/$pid/stat")
    if [ -n "$scraper" ]; then
      kill "$scraper"
      scraper=
    fi
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
    node -e '
      const [json, ticks, tick, round, label] = process.argv.slice(1);
      const run = JSON.parse(json);
      const cpuUs = (Number(ticks) / Number(tick)) * 1e6;
      console.log(JSON.stringify({ round: Number(round), label, opsPerSec: run.ops_s,
        serverCpuUsPerOp: +(cpuUs / run.ops).toFixed(3), p50Us: run.p50_us }));
    ' "$json" "$((user2 + system2 - user - system))" "$tick" "$round" "$label"
  done
done
