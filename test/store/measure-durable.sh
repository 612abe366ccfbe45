#!/usr/bin/env bash
# Measures --data-dir against the in-memory server and Redis AOF on this machine (a benchmark,
# not a test), in interleaved rounds: compare the variants of one round (ratios), not rounds.
#
#   test/store/measure-durable.sh set ROUNDS VARIANT...   SET p16, 50 connections, 100 B
#     VARIANT: mem | interval | always (./server), redis-everysec | redis-always, or
#     NAME=SERVER:MODE for another build's launcher, e.g. main=/tmp/main/server:interval.
#     One JSON line per run: ops/s and the server's CPU time per op (utime+stime from
#     /proc/PID/stat over the measured load). ringwire is loaded by the C frame-loadgen (it
#     must not be the bottleneck), Redis by redis-benchmark (XADD s MAXLEN ~ 100000 * f <100 B>,
#     as make compare). Server on CPU 0, load on CPU 1 (taskset). 200,000 unmeasured requests
#     first; then TOTAL (1,000,000) or, for always, TOTAL_ALWAYS (300,000).
#   test/store/measure-durable.sh startup ROUNDS [SERVER...]   start-up with 1,000,000 x 100 B
#     From spawn to accepting connections: ./server (and each SERVER given) on a data dir of
#     1,000,000 SETs, Redis on an AOF of the same 1,000,000 XADDs (no rewrite, no RDB preamble);
#     not pinned.
#
# Needs `make build`, cc, taskset, redis-server, redis-benchmark and redis-cli; the C load
# generator's source is tools/frame-loadgen/frame-loadgen.c, or FRAME_LOADGEN_C. Data lives in
# MEASURE_DIR (default /tmp: use a real disk, not a tmpfs, for fsync to mean anything).
set -euo pipefail
cd "$(dirname "$0")/../.."
command=$1
rounds=$2
shift 2
work=$(mktemp -d "${MEASURE_DIR:-/tmp}/ringwire-measure-XXXX")
children=()
cleanup() {
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
tick=$(getconf CLK_TCK)
# Servers run on CPU 0 while a load runs on CPU 1; a start-up alone runs anywhere.
on_server_cpu=(taskset -c 0)
payload=$(printf 'x%.0s' $(seq 100))

loadgen=$work/frame-loadgen
cc -O2 -o "$loadgen" "${FRAME_LOADGEN_C:-tools/frame-loadgen/frame-loadgen.c}"
node -e '
  const { newClientFrameEncoder } = require("./dist/src/protocol/codec.js");
  const { PROTOCOL_VERSION_MIN: minVersion, PROTOCOL_VERSION_MAX: maxVersion } = require("./dist/src/protocol/constants.js");
  const frame = (body) => { const e = newClientFrameEncoder(); e.add(body); return e.take(); };
  const [dir] = process.argv.slice(1);
  require("fs").writeFileSync(`${dir}/hello.bin`, frame({ id: 1, hello: { minVersion, maxVersion, clientName: "loadgen" } }));
  require("fs").writeFileSync(`${dir}/set.bin`, frame({ id: 7, set: { payload: Buffer.alloc(100, 120) } }));
' "$work"

free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Starts ./server-like $1 with the rest as arguments on CPU 0; sets pid and port.
start_ringwire() {
  local out=$work/stdout
  "${on_server_cpu[@]}" "$@" --port 0 --quiet >"$out" 2>/dev/null &
  pid=$!
  children+=("$pid")
  for _ in $(seq 3000); do grep -q 'listening on' "$out" && break; sleep 0.005; done
  port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$out")
}

start_redis() {
  port=$(free_port)
  "${on_server_cpu[@]}" redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly yes \
    --auto-aof-rewrite-percentage 0 --aof-use-rdb-preamble no "$@" >/dev/null &
  pid=$!
  children+=("$pid")
  until redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; do sleep 0.005; done
}

stop() {
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

ringwire_load() {
  taskset -c 1 "$loadgen" "$port" 50 16 "$1" "$work/hello.bin" "$work/set.bin" |
    node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).ops_s))'
}

redis_load() {
  taskset -c 1 redis-benchmark -p "$port" -c 50 -P 16 -n "$1" --csv \
    XADD s MAXLEN '~' 100000 '*' f "$payload" | tail -1 | cut -d, -f2 | tr -d '"'
}

measure_set() {
  local variant=$1 data=$work/data total=${TOTAL:-1000000} load=ringwire_load
  rm -rf "$data"
  mkdir -p "$data"
  case $variant in
    redis-*)
      start_redis --appendfsync "${variant#redis-}" --dir "$data"
      load=redis_load
      ;;
    *)
      local server=./server mode=$variant
      if [[ $variant == *=* ]]; then
        server=${variant#*=}
        mode=${server##*:}
        server=${server%:*}
      fi
      local args=(--capacity 100000)
      [ "$mode" != mem ] && args+=(--data-dir "$data/d" --fsync "$mode")
      start_ringwire "$server" "${args[@]}"
      ;;
  esac
  [[ $variant == *always ]] && total=${TOTAL_ALWAYS:-300000}
  $load 200000 >/dev/null
  local before ops after
  before=$(cpu_ticks "$pid")
  ops=$($load "$total")
  after=$(cpu_ticks "$pid")
  stop
  node -e '
    const [round, label, ops, ticks, tick, total] = process.argv.slice(1);
    console.log(JSON.stringify({ round: +round, label, opsPerSec: Math.round(+ops),
      serverCpuUsPerOp: +(((ticks / tick) * 1e6) / total).toFixed(3) }));
  ' "$round" "$variant" "$ops" "$((after - before))" "$tick" "$total"
}

# Milliseconds from spawn to accepting connections ("listening on" printed, PING answered).
startup_ms() {
  local started ended
  started=$(date +%s%N)
  "$@"
  ended=$(date +%s%N)
  stop
  echo $(((ended - started) / 1000000))
}

measure_startup() {
  local ringwire_dir=$work/ringwire-1m redis_dir=$work/redis-1m
  local bounds=(--capacity 1000000 --max-bytes 200000000)
  mkdir -p "$redis_dir"
  start_ringwire ./server "${bounds[@]}" --data-dir "$ringwire_dir" --fsync none
  ringwire_load 1000000 >/dev/null
  stop
  start_redis --appendfsync no --dir "$redis_dir"
  redis_load 1000000 >/dev/null
  stop
  on_server_cpu=()
  for ((round = 1; round <= rounds; round++)); do
    for server in ./server "$@"; do
      echo "{\"round\":$round,\"label\":\"$server\",\"startupMs\":$(startup_ms start_ringwire "$server" "${bounds[@]}" --data-dir "$ringwire_dir")}"
    done
    echo "{\"round\":$round,\"label\":\"redis\",\"startupMs\":$(startup_ms start_redis --dir "$redis_dir")}"
  done
}

case $command in
  set)
    for ((round = 1; round <= rounds; round++)); do
      for variant in "$@"; do measure_set "$variant"; done
    done
    ;;
  startup) measure_startup "$@" ;;
  *)
    echo "usage: $0 set|startup ROUNDS ..." >&2
    exit 2
    ;;
esac
