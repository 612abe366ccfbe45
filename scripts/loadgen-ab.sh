#!/usr/bin/env bash
# Interleaved rounds of ringwire servers (two builds, say) and Redis, each driven by a C load
# generator that saturates it; prints one JSON line per run with the server's CPU time per
# request (utime + stime from /proc/PID/stat over the run), its minor page faults per 1000
# requests and the median latency as the load generator measured it. Compare the variants of one round (ratios), not rounds: a shared machine moves
# absolute figures by tens of percent between rounds.
#
# Usage: scripts/loadgen-ab.sh ROUNDS 'LABEL|SERVER|LOAD' ...
#   SERVER: a ringwire server file (dist/src/bin/server.js of some build) and its flags,
#           run as `node NODE_FLAGS FILE --port 0 --quiet --capacity 100000 FLAGS`, NODE_FLAGS
#           being those of ./server's first line (src/bin/server.ts);
#           leading NAME=VALUE words are the server's environment, node flags may precede FILE
#           ('trim|MALLOC_TRIM_THRESHOLD_=268435456 --max-semi-space-size=2 dist/src/bin/server.js');
#           or `redis` (redis-server --save '' --appendonly no).
#   LOAD:   CONNS PIPELINE REQUESTS then, for ringwire, the request: set | set10 (connection i
#           sets into ring bench-(i % 10)) | get1 | get10, and `ws` to load the server's /ws
#           instead of its TCP port (give the server --http-port 0); for Redis the command, with
#           PAYLOAD for 100 bytes.
#   A LABEL containing "scrape" fetches the server's /metrics every second during the run, on
#   one keep-alive connection as Prometheus does (give the server --http-port 0).
#   PRELOAD=N: N SETs of 100 bytes (XADD MAXLEN ~ 100000) first; WARMUP=N: N requests of the
#   run's own load first, both unmeasured.
# Examples (scripts/ab-ratios.js prints the per-round ratios to the first variant and their medians):
#   scripts/loadgen-ab.sh 5 'rw|dist/src/bin/server.js|50 16 1000000 set' \
#     'redis|redis|50 16 1000000 XADD s MAXLEN ~ 100000 * f PAYLOAD' | scripts/ab-ratios.js rw
#   scripts/loadgen-ab.sh 5 'tcp|dist/src/bin/server.js --http-port 0|50 16 2000000 set' \
#     'ws|dist/src/bin/server.js --http-port 0|50 16 2000000 set ws' | scripts/ab-ratios.js tcp
#   scripts/loadgen-ab.sh 8 'off|dist/src/bin/server.js|50 16 1500000 set' \
#     'scrape|dist/src/bin/server.js --http-port 0|50 16 1500000 set' | scripts/ab-ratios.js off
# Needs `make`, cc, taskset, curl (scrape), redis-server and redis-benchmark (redis); the server runs on CPU 0, the
# load (tools/frame-loadgen, which sends connection i the request file i mod their count) on CPU 1.
# `make compare` is the comparison with Redis; this script is for one build against another.
set -euo pipefail -f
cd "$(dirname "$0")/.."
rounds=$1
shift
work=$(mktemp -d)
pid=
scraper=
# A failed run leaves no server or scraper behind.
trap 'for p in $pid $scraper; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
make -s build/frame-loadgen
# The hello and request frames, dumped through the codec as make compare dumps them.
node -e '
  const { writeLoadgenFrames } = require("./dist/src/bench/frames.js");
  const directory = process.argv[1];
  const set = { op: "set", size: 100 };
  writeLoadgenFrames(directory, "set", [set]);
  const rings = Array.from({ length: 10 }, (_, r) => ({ ...set, ring: `bench-${r}` }));
  writeLoadgenFrames(directory, "set10", rings);
  writeLoadgenFrames(directory, "get1", [{ op: "get", count: 1 }]);
  writeLoadgenFrames(directory, "get10", [{ op: "get", count: 10 }]);
' "$work"
frames() {
  case $1 in
    set10) for r in {0..9}; do echo "$work/set10-$r.bin"; done ;;
    *) echo "$work/$1-0.bin" ;;
  esac
}
read -r -a node_flags <<<"$(sed -n '1s/^#!.* node //p' src/bin/server.ts)"
payload=$(head -c 100 /dev/zero | tr '\0' a)
stat_field() { awk -v f="$2" '{print $f}' "/proc/$1/stat"; }
cpu_ticks() { echo $(($(stat_field "$1" 14) + $(stat_field "$1" 15))); }

for ((round = 1; round <= rounds; round++)); do
  for spec in "$@"; do
    IFS='|' read -r label server load <<<"$spec"
    server_env=
    while [[ "$server" =~ ^([A-Za-z_][A-Za-z0-9_]*=[^ ]*)\ (.*)$ ]]; do
      server_env+="${BASH_REMATCH[1]} "
      server=${BASH_REMATCH[2]}
    done
    read -r conns pipeline requests request transport <<<"$load"
    if [ "$server" = redis ]; then
      port=$((20000 + RANDOM % 20000))
      taskset -c 0 redis-server --port "$port" --save '' --appendonly no >/dev/null &
      pid=$!
      for _ in $(seq 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.05; done
      drive() { taskset -c 1 redis-benchmark -p "$port" -c "$1" -P "$2" -n "$3" --csv ${4//PAYLOAD/$payload} | tail -1; }
      preload() { drive 50 16 "$1" "XADD s MAXLEN ~ 100000 * f PAYLOAD" >/dev/null; }
      ops_of() { echo "$requests"; }
      ops_s_of() { cut -d, -f2 <<<"$1" | tr -d '"'; }
      p50_us_of() { node -pe 'Number(process.argv[1]) * 1000' "$(cut -d, -f5 <<<"$1" | tr -d '"')"; }
    else
      out="$work/server.out"
      # shellcheck disable=SC2086 # the server's flags are word-split on purpose
      taskset -c 0 env $server_env node "${node_flags[@]}" $server --port 0 --quiet --capacity 100000 >"$out" 2>/dev/null &
      pid=$!
      # The last line the server prints once it listens: `http on` with --http-port.
      ready='^storage:'
      if [[ "$server" == *--http-port* ]]; then ready='^https\{0,1\} on'; fi
      for _ in $(seq 200); do grep -qs "$ready" "$out" && break; sleep 0.1; done
      port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$out")
      http_port=$(sed -n 's/^https\{0,1\} on .*:\([0-9]*\)$/\1/p' "$out")
      if [ -z "$port" ]; then echo "$label: the server did not start" >&2 && exit 1; fi
      loadgen=(build/frame-loadgen "$port")
      if [ "${transport:-}" = ws ]; then loadgen=(build/frame-loadgen --ws "$http_port"); fi
      # shellcheck disable=SC2046
      drive() { taskset -c 1 "${loadgen[@]}" "$1" "$2" "$3" "$work/hello.bin" $(frames "$4"); }
      preload() { drive 50 16 "$1" set >/dev/null; }
      ops_of() { node -pe 'JSON.parse(process.argv[1]).ops' "$1"; }
      ops_s_of() { node -pe 'JSON.parse(process.argv[1]).ops_s' "$1"; }
      p50_us_of() { node -pe 'JSON.parse(process.argv[1]).p50_us' "$1"; }
    fi
    if [ -n "${PRELOAD:-}" ]; then preload "$PRELOAD"; fi
    if [ -n "${WARMUP:-}" ]; then drive "$conns" "$pipeline" "$WARMUP" "$request" >/dev/null; fi
    if [[ "$label" == *scrape* ]]; then
      # One curl on one keep-alive connection: a curl process started every second costs the
      # machine more than the scrape costs the server.
      curl -s --rate 1/s "http://127.0.0.1:$http_port/metrics?[1-100000]" >/dev/null &
      scraper=$!
    fi
    ticks=$(cpu_ticks $pid)
    faults=$(stat_field $pid 10)
    result=$(drive "$conns" "$pipeline" "$requests" "$request")
    ticks=$(($(cpu_ticks $pid) - ticks))
    faults=$(($(stat_field $pid 10) - faults))
    if [ -n "$scraper" ]; then
      kill "$scraper"
      scraper=
    fi
    kill -TERM $pid
    wait $pid 2>/dev/null || true
    node -e '
      const [round, label, ops, opsPerSec, ticks, tick, faults, p50Us] = process.argv.slice(1).map((v, i) => (i === 1 ? v : Number(v)));
      console.log(JSON.stringify({ round, label, opsPerSec: Math.round(opsPerSec), p50Us,
        serverCpuUsPerOp: +(((ticks / tick) * 1e6) / ops).toFixed(3),
        faultsPer1000: +((faults / ops) * 1000).toFixed(2) }));
    ' "$round" "$label" "$(ops_of "$result")" "$(ops_s_of "$result")" "$ticks" "$(getconf CLK_TCK)" "$faults" "$(p50_us_of "$result")"
  done
done
