import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  cpuUs,
  freePort,
  rssBytes,
  runToEnd,
  SERVER_CPU,
  startProcess,
  stopProcess,
  waitForOutput,
} from './compare-processes';
import { connect } from '../client';
import { DEFAULT_SERVER_OPTIONS } from '../server/options';
import type { FanoutReport } from './fanout';
import { writeLoadgenFrames, type LoadgenRequest } from './frames';
import { runGrpcLoad } from './grpc';
import type { LoadReport } from './load';
import { RespConnection, STREAM_BOUND } from './redis-fanout';
import type { Measurement } from './rounds';

// What `make compare` runs: for each workload, its contestants (ringwire first, then the
// rival its ratios are taken against, then any reported for reference). Each contestant
// starts its own server, warms it up unmeasured, and then measures one run per round.

export interface Settings {
  /** Length of one measured run. */
  seconds: number;
  /** The built tools/frame-loadgen. */
  loadgen: string;
  /** Also measure the grpc-js service, for reference. */
  grpc: boolean;
}

export interface Contestant {
  readonly label: string;
  /** Starts its server, preloads and warms it up, sizes its runs; unmeasured. */
  prepare(): Promise<void>;
  run(): Promise<Measurement>;
  close(): Promise<void>;
}

export interface Workload {
  readonly id: string;
  readonly name: string;
  /** Part of `--quick`. */
  readonly quick: boolean;
  /** Rounds at most, for workloads whose single run is long and steady (memory, recovery). */
  readonly maxRounds?: number;
  contestants(settings: Settings): Contestant[];
}

const CLIENTS = 50;
const PAYLOAD_BYTES = 100;
const PAYLOAD = 'x'.repeat(PAYLOAD_BYTES);
/** Messages a ring (and a stream) holds in the throughput workloads; GETs find it full. */
const CAPACITY = STREAM_BOUND;
/** The data set of the memory and recovery workloads. */
const BIG_SET = 1_000_000;
/** A ring that holds all of BIG_SET: its byte bound too (the default, 16 MiB, would not). */
const BIG_RING = ['--capacity', String(BIG_SET), '--max-bytes', String(256 * 1024 * 1024)];
/** Redis's SET: a stream entry, the stream trimmed near `bound` entries. */
const xadd = (bound: number): string[] => [
  'XADD',
  's',
  'MAXLEN',
  '~',
  String(bound),
  '*',
  'f',
  PAYLOAD,
];
const XADD = xadd(CAPACITY);

/** Temporary directories (frames, data dirs, AOFs), removed when compare exits. */
const temporary: string[] = [];
function temporaryDirectory(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), `ringwire-compare-${prefix}-`));
  temporary.push(directory);
  return directory;
}
export function removeTemporaryDirectories(): void {
  for (const directory of temporary.splice(0)) rmSync(directory, { recursive: true, force: true });
}

// --- Servers ------------------------------------------------------------------------------

interface Server {
  pid: number;
  port: number;
  stop(): Promise<void>;
  /**
   * Error frames the server has sent so far, where it can tell (ringwire's STATS): the C load
   * generator counts replies, not what they say, so a run that drew errors must not count.
   */
  errorsSent?(): Promise<number>;
}

async function startRingwire(args: readonly string[]): Promise<Server> {
  const child = startProcess(SERVER_CPU, './server', ['--quiet', '--port', '0', ...args]);
  const port = Number((await waitForOutput(child, /listening on .*:(\d+)\n/))[1]);
  return {
    pid: child.pid as number,
    port,
    stop: () => stopProcess(child),
    async errorsSent() {
      const client = await connect({ port, name: 'compare' });
      try {
        const { errors } = await client.stats();
        return Object.values(errors).reduce((sum, count) => sum + count, 0);
      } finally {
        await client.close();
      }
    },
  };
}

function redisArgs(port: number, dir: string, persistence: readonly string[]): string[] {
  return [
    ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir],
    ...persistence,
  ];
}

/** redis-server without persistence unless `persistence` says otherwise, its files in `dir`. */
async function startRedis(
  dir: string,
  persistence: readonly string[] = ['--appendonly', 'no'],
  port?: number,
): Promise<Server> {
  const chosen = port ?? (await freePort());
  const child = startProcess(SERVER_CPU, 'redis-server', redisArgs(chosen, dir, persistence));
  await waitForOutput(child, /Ready to accept connections/);
  return { pid: child.pid as number, port: chosen, stop: () => stopProcess(child) };
}

/** Redis appending every write to its AOF, fsynced per `appendfsync`; never rewritten. */
const redisAof = (appendfsync: string): string[] => [
  ...['--appendonly', 'yes', '--appendfsync', appendfsync],
  ...['--auto-aof-rewrite-percentage', '0'],
];

async function startNats(): Promise<Server> {
  const port = await freePort();
  const child = startProcess(SERVER_CPU, 'nats-server', ['-a', '127.0.0.1', '-p', String(port)]);
  await waitForOutput(child, /Server is ready/);
  return { pid: child.pid as number, port, stop: () => stopProcess(child) };
}

async function startGrpc(): Promise<Server> {
  const child = startProcess(SERVER_CPU, process.execPath, [join(__dirname, 'grpc-server.js')]);
  const port = Number((await waitForOutput(child, /grpc listening on (\d+)\n/))[1]);
  return { pid: child.pid as number, port, stop: () => stopProcess(child) };
}

// --- Loads --------------------------------------------------------------------------------

/** A measured run without the server's CPU time, which `serverContestant` adds. */
type LoadResult = Measurement & { ops: number };

interface Load {
  /** Unmeasured: preload, warm up, and size the measured runs to --seconds. */
  warmUp(port: number): Promise<void>;
  run(port: number): Promise<LoadResult>;
}

/**
 * A load generator that runs a number of requests (frame-loadgen, redis-benchmark): a short
 * probe gives the rate, a warm-up of --seconds follows, and each measured run then asks for
 * about --seconds worth of requests.
 */
function countedLoad(
  settings: Settings,
  runRequests: (port: number, requests: number) => Promise<LoadResult>,
  preload?: (port: number) => Promise<unknown>,
): Load {
  let requests = 0;
  const sized = (r: LoadResult): number =>
    Math.max(1000, Math.round((r.opsPerSec ?? 0) * settings.seconds));
  return {
    async warmUp(port) {
      await preload?.(port);
      requests = sized(await runRequests(port, 5000));
      requests = sized(await runRequests(port, requests));
    },
    run: (port) => runRequests(port, requests),
  };
}

/** A load generator that runs for --seconds (./bench, the fan-out programs, gRPC). */
function timedLoad(
  settings: Settings,
  runFor: (port: number, seconds: number) => Promise<LoadResult>,
): Load {
  return {
    warmUp: async (port) => void (await runFor(port, 1)),
    run: (port) => runFor(port, settings.seconds),
  };
}

/** tools/frame-loadgen with dumped frames; connection i sends requests[i mod count]. */
function loadgen(
  settings: Settings,
  clients: number,
  pipeline: number,
  requests: readonly LoadgenRequest[],
): (port: number, total: number) => Promise<LoadResult> {
  const frames = writeLoadgenFrames(temporaryDirectory('frames'), 'request', requests);
  return async (port, total) => {
    const out = await runToEnd(settings.loadgen, [
      ...[String(port), String(clients), String(pipeline), String(total)],
      ...frames,
    ]);
    const r = JSON.parse(out) as { ops: number; ops_s: number; p50_us: number; p99_us: number };
    return { ops: r.ops, opsPerSec: r.ops_s, p50Ms: r.p50_us / 1000, p99Ms: r.p99_us / 1000 };
  };
}

/** redis-benchmark running `command`; it counts requests, not seconds. */
function redisBenchmark(
  clients: number,
  pipeline: number,
  command: readonly string[],
): (port: number, requests: number) => Promise<LoadResult> {
  return async (port, requests) => {
    const csv = await runToEnd('redis-benchmark', [
      ...['-p', String(port), '-c', String(clients), '-P', String(pipeline)],
      ...['-n', String(requests), '--csv', ...command],
    ]);
    // "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms",...
    const row = csv.trim().split('\n').at(-1)?.split('","') ?? [];
    const number = (i: number): number => Number(row[i]?.replace(/"/g, ''));
    return { ops: requests, opsPerSec: number(1), p50Ms: number(4), p99Ms: number(6) };
  };
}

/** frame-loadgen's SETs at pipeline 16 over 50 connections: the load, the preloads, the fills. */
const ringwireSets = (
  settings: Settings,
): ((port: number, requests: number) => Promise<LoadResult>) =>
  loadgen(settings, CLIENTS, 16, [{ op: 'set', size: PAYLOAD_BYTES }]);

/** Redis holding the million of the memory and recovery workloads. */
const fillRedis = (port: number): Promise<LoadResult> =>
  redisBenchmark(CLIENTS, 16, xadd(BIG_SET))(port, BIG_SET);

/** ./bench, for the picture a user gets without a C load generator. */
function benchLoad(settings: Settings, args: readonly string[]): Load {
  return timedLoad(settings, async (port, seconds) => {
    const out = await runToEnd('./bench', [
      ...['--port', String(port), '--json', '--duration', String(seconds)],
      ...args,
    ]);
    const r = JSON.parse(out) as LoadReport;
    return {
      ops: r.requests,
      opsPerSec: r.opsPerSec,
      p50Ms: r.latencyMs.p50,
      p99Ms: r.latencyMs.p99,
    };
  });
}

/** The fan-out load: ./bench --workload fanout, or the same driver against Redis or NATS. */
function fanoutLoad(settings: Settings, who: 'ringwire' | 'redis' | 'nats', rings: number): Load {
  const shape = ['--subscribers', '100', '--rings', String(rings), '--pipeline', '16'];
  return timedLoad(settings, async (port, seconds) => {
    const duration = ['--duration', String(seconds)];
    const out =
      who === 'ringwire'
        ? await runToEnd('./bench', [
            '--workload',
            'fanout',
            '--port',
            String(port),
            '--json',
            ...shape,
            ...duration,
          ])
        : await runToEnd(process.execPath, [
            join(__dirname, 'fanout-rivals.js'),
            who,
            '--port',
            String(port),
            ...shape,
            ...duration,
          ]);
    const r = JSON.parse(out) as FanoutReport;
    return {
      ops: r.delivered,
      opsPerSec: r.deliveredPerSec,
      counts: {
        writes: r.writes,
        lost: r.lost,
        laggingSubscribers: r.laggingSubscribers,
        loadCpuPercent: Math.round(r.loadCpuShare * 100),
      },
    };
  });
}

function grpcLoad(settings: Settings, op: 'set' | 'get', count: number, inFlight: number): Load {
  return timedLoad(settings, async (port, seconds) => {
    const r = await runGrpcLoad({
      port,
      clients: CLIENTS,
      inFlight,
      durationMs: seconds * 1000,
      op,
      size: PAYLOAD_BYTES,
      count,
    });
    return {
      ops: r.requests,
      opsPerSec: r.opsPerSec,
      p50Ms: r.latencyMs.p50,
      p99Ms: r.latencyMs.p99,
    };
  });
}

// --- Contestants --------------------------------------------------------------------------

/** A server under a load, the server's CPU time per operation read around each run. */
function serverContestant(label: string, start: () => Promise<Server>, load: Load): Contestant {
  let server: Server | undefined;
  const started = (): Server => {
    if (!server) throw new Error(`${label}: run before prepare`);
    return server;
  };
  return {
    label,
    async prepare() {
      server = await start();
      await load.warmUp(server.port);
    },
    async run() {
      const { pid, port, errorsSent } = started();
      const errorsBefore = await errorsSent?.();
      const before = cpuUs(pid);
      const result = await load.run(port);
      const cpuUsPerOp = (cpuUs(pid) - before) / result.ops;
      const errors = (await errorsSent?.()) ?? 0;
      if (errors !== (errorsBefore ?? 0)) {
        throw new Error(
          `${label}: the server answered ${errors - (errorsBefore ?? 0)} requests of the run with errors`,
        );
      }
      return { ...result, cpuUsPerOp };
    },
    close: async () => server?.stop(),
  };
}

const ringwire =
  (args: readonly string[] = [], capacity = CAPACITY) =>
  () =>
    startRingwire(['--capacity', String(capacity), ...args]);
const redis = (persistence?: readonly string[]) => () =>
  startRedis(temporaryDirectory('redis'), persistence);
const dataDir = (fsync: string) => () =>
  startRingwire([
    ...['--capacity', String(CAPACITY), '--data-dir', join(temporaryDirectory('data'), 'data')],
    ...['--fsync', fsync],
  ]);

/** SET or GET at `pipeline`: frame-loadgen against ringwire, redis-benchmark against Redis. */
function requestContestants(
  settings: Settings,
  pipeline: number,
  request: LoadgenRequest,
  redisCommand: readonly string[],
  options: { clients?: number; grpc?: { op: 'set' | 'get'; count: number } } = {},
): Contestant[] {
  const clients = options.clients ?? CLIENTS;
  const preload = request.op === 'get';
  const contestants = [
    serverContestant(
      'ringwire',
      ringwire(),
      countedLoad(
        settings,
        loadgen(settings, clients, pipeline, [request]),
        preload ? (port) => ringwireSets(settings)(port, CAPACITY) : undefined,
      ),
    ),
    serverContestant(
      'Redis',
      redis(),
      countedLoad(
        settings,
        redisBenchmark(clients, pipeline, redisCommand),
        preload ? (port) => redisBenchmark(CLIENTS, 16, XADD)(port, CAPACITY) : undefined,
      ),
    ),
  ];
  if (settings.grpc && options.grpc) {
    const { op, count } = options.grpc;
    contestants.push(serverContestant('gRPC', startGrpc, grpcLoad(settings, op, count, pipeline)));
  }
  return contestants;
}

/** SET pipeline 16 into a durable ringwire and a Redis with its AOF. */
function durableContestants(settings: Settings, fsync: string, appendfsync: string): Contestant[] {
  return [
    serverContestant(
      `ringwire --fsync ${fsync}`,
      dataDir(fsync),
      countedLoad(settings, ringwireSets(settings)),
    ),
    serverContestant(
      `Redis appendfsync ${appendfsync}`,
      redis(redisAof(appendfsync)),
      countedLoad(settings, redisBenchmark(CLIENTS, 16, XADD)),
    ),
  ];
}

/** The memory and recovery figures are only worth something if the servers hold all of BIG_SET. */
async function expectHeld(who: 'ringwire' | 'Redis', port: number): Promise<void> {
  let held: number;
  if (who === 'ringwire') {
    const client = await connect({ port, name: 'compare' });
    held = await client
      .stats()
      .then((stats) => stats.ringMessages)
      .finally(() => client.close());
  } else {
    const connection = await RespConnection.open(port);
    held = Number(await connection.command(['XLEN', 's']).finally(() => connection.close()));
  }
  if (held !== BIG_SET) throw new Error(`${who} holds ${held} messages, not ${BIG_SET}`);
}

/** Memory held for 1M x 100 B: ringwire's RSS growth, Redis's used_memory growth. */
function memoryContestants(settings: Settings): Contestant[] {
  const usedMemory = async (port: number): Promise<number> => {
    const connection = await RespConnection.open(port);
    const info = String(await connection.command(['INFO', 'memory']));
    await connection.close();
    return Number(/used_memory:(\d+)/.exec(info)?.[1]);
  };
  const once = (label: string, measure: () => Promise<number>): Contestant => ({
    label,
    prepare: async () => {},
    run: async () => ({ ops: BIG_SET, bytes: await measure() }),
    close: async () => {},
  });
  return [
    once('ringwire', async () => {
      const server = await startRingwire(BIG_RING);
      const before = rssBytes(server.pid);
      await ringwireSets(settings)(server.port, BIG_SET);
      const grown = rssBytes(server.pid) - before;
      await expectHeld('ringwire', server.port);
      await server.stop();
      return grown;
    }),
    once('Redis', async () => {
      const server = await startRedis(temporaryDirectory('redis'));
      const before = await usedMemory(server.port);
      await fillRedis(server.port);
      const grown = (await usedMemory(server.port)) - before;
      await expectHeld('Redis', server.port);
      await server.stop();
      return grown;
    }),
  ];
}

/** Polls until `ready` resolves true; the milliseconds since `since`. */
async function msUntil(since: number, ready: () => Promise<boolean>): Promise<number> {
  for (;;) {
    if (await ready().catch(() => false)) return performance.now() - since;
    await sleep(2);
  }
}

/** Removes every ring's CLEAN marker from `dataDir`, as if the server had been killed. */
function forgetCleanStops(dataDir: string): void {
  for (const ring of readdirSync(join(dataDir, 'rings'))) {
    rmSync(join(dataDir, 'rings', ring, 'CLEAN'), { force: true });
  }
}

/**
 * Start-up with 1M x 100 B on disk: ringwire from process start until it listens (it replays
 * its log first), Redis from process start until PING answers PONG (it loads its AOF first;
 * while loading it answers LOADING).
 */
function recoveryContestants(settings: Settings, after: 'clean stop' | 'crash'): Contestant[] {
  const dataDir = join(temporaryDirectory('data'), 'data');
  const ringwireArgs = [...BIG_RING, ...['--data-dir', dataDir], ...['--fsync', 'none']];
  const redisDir = temporaryDirectory('redis');
  const redisPort = freePort();
  return [
    {
      label: `ringwire --data-dir, after a ${after}`,
      async prepare() {
        const server = await startRingwire(ringwireArgs);
        await ringwireSets(settings)(server.port, BIG_SET);
        await server.stop();
      },
      async run() {
        // What a crash leaves: no CLEAN marker, so every record's CRC is checked.
        if (after === 'crash') forgetCleanStops(dataDir);
        const started = performance.now();
        const server = await startRingwire(ringwireArgs);
        const readyMs = performance.now() - started;
        await expectHeld('ringwire', server.port);
        await server.stop();
        return { ops: BIG_SET, readyMs };
      },
      close: async () => {},
    },
    {
      label: 'Redis AOF',
      async prepare() {
        const server = await startRedis(redisDir, redisAof('no'), await redisPort);
        await fillRedis(server.port);
        await server.stop();
      },
      async run() {
        const port = await redisPort;
        const started = performance.now();
        const child = startProcess(
          SERVER_CPU,
          'redis-server',
          redisArgs(port, redisDir, redisAof('no')),
        );
        const readyMs = await msUntil(started, async () => {
          const connection = await RespConnection.open(port);
          try {
            return (await connection.command(['PING'])) === 'PONG';
          } finally {
            await connection.close();
          }
        });
        await expectHeld('Redis', port);
        await stopProcess(child);
        return { ops: BIG_SET, readyMs };
      },
      close: async () => {},
    },
  ];
}

export const WORKLOADS: readonly Workload[] = [
  ...[16, 1].map((pipeline): Workload => ({
    id: `set-p${pipeline}`,
    name: `SET, pipeline ${pipeline}`,
    quick: true,
    contestants: (s) =>
      requestContestants(s, pipeline, { op: 'set', size: PAYLOAD_BYTES }, XADD, {
        grpc: { op: 'set', count: 1 },
      }),
  })),
  ...[1, 10].map((count): Workload => ({
    id: `get${count}-p16`,
    name: `GET latest ${count}, pipeline 16`,
    quick: true,
    contestants: (s) =>
      requestContestants(
        s,
        16,
        { op: 'get', count },
        ['XREVRANGE', 's', '+', '-', 'COUNT', String(count)],
        { grpc: { op: 'get', count } },
      ),
  })),
  {
    id: 'one-connection',
    name: 'SET, 1 connection, no pipelining (p50 latency)',
    quick: true,
    contestants: (s) =>
      requestContestants(s, 1, { op: 'set', size: PAYLOAD_BYTES }, XADD, { clients: 1 }),
  },
  {
    id: 'set-p16-bench',
    name: 'SET, pipeline 16, ringwire loaded by ./bench (Node) instead of the C loadgen',
    quick: false,
    contestants: (s) => [
      serverContestant(
        'ringwire (./bench)',
        ringwire(),
        benchLoad(s, ['--clients', String(CLIENTS), '--pipeline', '16']),
      ),
      serverContestant('Redis', redis(), countedLoad(s, redisBenchmark(CLIENTS, 16, XADD))),
    ],
  },
  ...[CAPACITY, CAPACITY / 10].map((perRing): Workload => ({
    id: perRing === CAPACITY ? 'rings-10' : 'rings-10-same-total',
    name:
      perRing === CAPACITY
        ? 'SET, pipeline 16, over 10 named rings vs 1 ring (ringwire alone)'
        : // What naming rings costs, the data held the same: ten rings of a tenth of the
          // capacity and byte bound hold what one ring holds (ten rings of the defaults hold
          // ten times the bytes, and write them through ten arenas' worth of memory).
          'SET, pipeline 16, over 10 named rings of a tenth of the bounds vs 1 ring',
    quick: false,
    contestants: (s) => [
      serverContestant(
        '10 rings',
        ringwire(
          perRing === CAPACITY
            ? []
            : ['--max-bytes', String(Math.floor(DEFAULT_SERVER_OPTIONS.maxBytes / 10))],
          perRing,
        ),
        countedLoad(
          s,
          loadgen(
            s,
            CLIENTS,
            16,
            Array.from({ length: 10 }, (_, i) => ({
              op: 'set',
              size: PAYLOAD_BYTES,
              ring: `bench-${i}`,
            })),
          ),
        ),
      ),
      serverContestant(
        '1 ring',
        ringwire(),
        countedLoad(s, loadgen(s, CLIENTS, 16, [{ op: 'set', size: PAYLOAD_BYTES }])),
      ),
    ],
  })),
  ...[1, 10].map((rings): Workload => ({
    id: `fanout-${rings}`,
    name: `Fan-out: 1 writer at pipeline 16, 100 subscribers over ${rings} ring${rings > 1 ? 's' : ''}`,
    quick: false,
    contestants: (s) => [
      serverContestant('ringwire', ringwire(), fanoutLoad(s, 'ringwire', rings)),
      serverContestant('Redis XREAD', redis(), fanoutLoad(s, 'redis', rings)),
      serverContestant('NATS core', startNats, fanoutLoad(s, 'nats', rings)),
    ],
  })),
  {
    id: 'durable-interval',
    name: 'SET, pipeline 16, durable: --fsync interval vs appendfsync everysec',
    quick: false,
    contestants: (s) => durableContestants(s, 'interval', 'everysec'),
  },
  {
    id: 'durable-always',
    name: 'SET, pipeline 16, durable: --fsync always vs appendfsync always',
    quick: false,
    contestants: (s) => durableContestants(s, 'always', 'always'),
  },
  ...(['clean stop', 'crash'] as const).map((after): Workload => ({
    id: after === 'crash' ? 'recovery-crash' : 'recovery',
    name: `Recovery of 1M x 100 B after a ${after}: start until serving`,
    quick: false,
    // A round is two starts of about a second: as many as --rounds asks, unlike memory's fill.
    contestants: (s) => recoveryContestants(s, after),
  })),
  {
    id: 'memory',
    name: 'Memory for 1M x 100 B',
    quick: false,
    maxRounds: 1,
    contestants: memoryContestants,
  },
];
