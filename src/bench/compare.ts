import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseFlags, UsageError, type Flag } from '../cli/flags';
import { runMain } from '../cli/main';
import { runGrpcLoad } from './grpc';
import type { LoadReport } from './load';

// `make compare`: ringwire, Redis and a gRPC service on this machine, in one run, on the same
// workloads (50 connections, 100-byte payloads). Each server is pinned to CPU 0 and each load
// generator to CPU 1 where taskset exists. For every workload: ops/s, p50/p99, the server's
// CPU time per op (utime + stime from /proc/<pid>/stat over the run, divided by the ops),
// and the ratios ringwire/Redis; the median of --runs runs. Then memory: RSS growth of
// ringwire holding 1,000,000 messages of 100 bytes against Redis's used_memory for the same
// stream. Everything it starts listens on 127.0.0.1 and is stopped by PID at the end.

const ROOT = join(__dirname, '..', '..', '..');
const PAYLOAD = 'x'.repeat(100);
const PRELOAD = 100_000;
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const HAS_TASKSET = existsSync('/usr/bin/taskset');

const FLAGS: readonly Flag[] = [
  {
    name: 'runs',
    type: 'integer',
    default: 3,
    min: 1,
    max: 20,
    placeholder: 'N',
    help: 'runs per workload; the median is reported',
  },
  {
    name: 'seconds',
    type: 'integer',
    default: 3,
    min: 1,
    max: 60,
    placeholder: 'S',
    help: 'length of each ringwire and gRPC run',
  },
  { name: 'skip-memory', type: 'boolean', help: 'leave out the memory comparison' },
  {
    name: 'json',
    type: 'string',
    placeholder: 'FILE',
    help: 'also write the results to FILE as JSON',
  },
  { name: 'help', short: 'h', type: 'boolean', help: 'print this help and exit' },
];

interface Measurement {
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerOp: number;
}

interface Row {
  workload: string;
  ringwire: Measurement;
  redis?: Measurement;
  grpc?: Measurement;
}

/** A command pinned to a CPU when taskset is there. */
function pinned(cpu: number, command: string, args: string[]): [string, string[]] {
  return HAS_TASKSET ? ['taskset', ['-c', String(cpu), command, ...args]] : [command, args];
}

const started: ChildProcess[] = [];

function start(cpu: number, command: string, args: string[]): ChildProcess {
  const [file, argv] = pinned(cpu, command, args);
  const child = spawn(file, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  return child;
}

function stopAll(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) resolve(match);
    });
    child.once('exit', (code) =>
      reject(new Error(`${child.spawnfile} exited with ${code} before printing ${pattern}`)),
    );
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
}

/** Runs `load` and measures the server's CPU time over it. */
async function measure(
  serverPid: number,
  load: () => Promise<{ ops: number; p50Ms: number; p99Ms: number; opsPerSec: number }>,
): Promise<Measurement> {
  const before = cpuTicks(serverPid);
  const result = await load();
  const cpuUs = ((cpuTicks(serverPid) - before) / TICKS_PER_SECOND) * 1e6;
  return {
    opsPerSec: result.opsPerSec,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    cpuUsPerOp: cpuUs / result.ops,
  };
}

function run(file: string, args: string[]): Promise<string> {
  const [command, argv] = pinned(1, file, args);
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${file} ${args.join(' ')} exited with ${code}: ${err}`)),
    );
  });
}

/** ./bench against ringwire. */
async function ringwireLoad(port: number, args: string[], seconds: number) {
  const report = JSON.parse(
    await run('./bench', [
      '--port',
      String(port),
      '--json',
      '--duration',
      String(seconds),
      ...args,
    ]),
  ) as LoadReport;
  return {
    ops: report.requests,
    opsPerSec: report.opsPerSec,
    p50Ms: report.latencyMs.p50,
    p99Ms: report.latencyMs.p99,
  };
}

/** redis-benchmark against Redis; it counts requests, not seconds. */
async function redisLoad(
  port: number,
  clients: number,
  pipeline: number,
  requests: number,
  command: string[],
) {
  const csv = await run('redis-benchmark', [
    '-p',
    String(port),
    '-c',
    String(clients),
    '-P',
    String(pipeline),
    '-n',
    String(requests),
    '--csv',
    ...command,
  ]);
  const row = csv.trim().split('\n').at(-1)?.split('","') ?? [];
  const number = (i: number): number => Number(row[i]?.replace(/"/g, ''));
  return { ops: requests, opsPerSec: number(1), p50Ms: number(4), p99Ms: number(6) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medianOf(runs: Measurement[]): Measurement {
  return {
    opsPerSec: median(runs.map((r) => r.opsPerSec)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    cpuUsPerOp: median(runs.map((r) => r.cpuUsPerOp)),
  };
}

async function repeat(times: number, once: () => Promise<Measurement>): Promise<Measurement> {
  const runs: Measurement[] = [];
  for (let i = 0; i < times; i++) runs.push(await once());
  return medianOf(runs);
}

interface Workload {
  name: string;
  clients: number;
  pipeline: number;
  ringwire: string[];
  redis?: { requests: number; command: string[] };
  grpc?: { op: 'set' | 'get'; count: number };
}

const XADD = ['XADD', 's', 'MAXLEN', '~', String(PRELOAD), '*', 'f', PAYLOAD];

const WORKLOADS: Workload[] = [
  {
    name: 'SET, pipeline 16',
    clients: 50,
    pipeline: 16,
    ringwire: ['--op', 'set'],
    redis: {
      requests: 2_000_000,
      command: XADD,
    },
    grpc: { op: 'set', count: 1 },
  },
  {
    name: 'SET, pipeline 1',
    clients: 50,
    pipeline: 1,
    ringwire: ['--op', 'set'],
    redis: {
      requests: 300_000,
      command: XADD,
    },
    grpc: { op: 'set', count: 1 },
  },
  {
    name: 'GET latest 1, pipeline 16',
    clients: 50,
    pipeline: 16,
    ringwire: ['--op', 'get', '--count', '1'],
    redis: { requests: 2_000_000, command: ['XREVRANGE', 's', '+', '-', 'COUNT', '1'] },
    grpc: { op: 'get', count: 1 },
  },
  {
    name: 'GET latest 10, pipeline 16',
    clients: 50,
    pipeline: 16,
    ringwire: ['--op', 'get', '--count', '10'],
    redis: { requests: 800_000, command: ['XREVRANGE', 's', '+', '-', 'COUNT', '10'] },
    grpc: { op: 'get', count: 10 },
  },
  {
    name: 'SET, 1 connection, no pipelining',
    clients: 1,
    pipeline: 1,
    ringwire: ['--op', 'set'],
    redis: {
      requests: 50_000,
      command: XADD,
    },
  },
];

async function main(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, FLAGS, {});
  if (values.help) {
    process.stdout.write(
      'Usage: make compare [ARGS="--runs N --seconds S --skip-memory --json FILE"]\n',
    );
    return 0;
  }
  for (const tool of ['redis-server', 'redis-benchmark', 'redis-cli']) {
    try {
      execFileSync('which', [tool], { stdio: 'ignore' });
    } catch {
      throw new UsageError(`${tool} is missing: apt-get install -y redis-server redis-tools`);
    }
  }
  const runs = values.runs as number;
  const seconds = values.seconds as number;
  process.on('exit', stopAll);
  process.on('SIGINT', () => process.exit(130));

  const ringwire = start(0, './server', ['--quiet', '--port', '0', '--capacity', String(PRELOAD)]);
  const ringwirePort = Number((await waitForLine(ringwire, /listening on .*:(\d+)\n/))[1]);
  const redisPort = await freePort();
  const redis = start(0, 'redis-server', [
    '--port',
    String(redisPort),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitForLine(redis, /Ready to accept connections/);
  const grpcServer = start(0, process.execPath, [join(__dirname, 'grpc-server.js')]);
  const grpcPort = Number((await waitForLine(grpcServer, /grpc listening on (\d+)\n/))[1]);

  // Warm up and preload: both rings hold PRELOAD messages before the GETs.
  await run('./bench', [
    '--port',
    String(ringwirePort),
    '--op',
    'set',
    '--pipeline',
    '16',
    '--requests',
    String(PRELOAD * 3),
  ]);
  await redisLoad(redisPort, 50, 16, PRELOAD * 3, XADD);

  const rows: Row[] = [];
  for (const w of WORKLOADS) {
    process.stderr.write(`${w.name}...\n`);
    const shape = ['--clients', String(w.clients), '--pipeline', String(w.pipeline)];
    const row: Row = {
      workload: w.name,
      ringwire: await repeat(runs, () =>
        measure(ringwire.pid as number, () =>
          ringwireLoad(ringwirePort, [...w.ringwire, ...shape], seconds),
        ),
      ),
    };
    if (w.redis) {
      const { requests, command } = w.redis;
      row.redis = await repeat(runs, () =>
        measure(redis.pid as number, () =>
          redisLoad(redisPort, w.clients, w.pipeline, requests, command),
        ),
      );
    }
    if (w.grpc) {
      const { op, count } = w.grpc;
      row.grpc = await repeat(runs, () =>
        measure(grpcServer.pid as number, async () => {
          const r = await runGrpcLoad({
            port: grpcPort,
            clients: w.clients,
            inFlight: w.pipeline,
            durationMs: seconds * 1000,
            op,
            size: 100,
            count,
          });
          return {
            ops: r.requests,
            opsPerSec: r.opsPerSec,
            p50Ms: r.latencyMs.p50,
            p99Ms: r.latencyMs.p99,
          };
        }),
      );
    }
    rows.push(row);
  }
  stopAll();
  const memory = values['skip-memory'] ? undefined : await compareMemory();
  const results = { machine: machine(), runs, seconds, rows, memory };
  process.stdout.write(formatResults(results));
  if (values.json) writeFileSync(values.json as string, `${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

/** RSS growth of ringwire holding 1M x 100 B, against Redis's used_memory growth for the same. */
async function compareMemory(): Promise<{ ringwireBytes: number; redisBytes: number }> {
  const messages = 1_000_000;
  process.stderr.write('memory...\n');
  const ringwire = start(0, './server', ['--quiet', '--port', '0', '--capacity', String(messages)]);
  const port = Number((await waitForLine(ringwire, /listening on .*:(\d+)\n/))[1]);
  const rss = (): number =>
    Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${ringwire.pid}/status`, 'utf8'))?.[1]) *
    1024;
  const before = rss();
  await run('./bench', [
    '--port',
    String(port),
    '--op',
    'set',
    '--clients',
    '10',
    '--pipeline',
    '100',
    '--requests',
    String(messages),
  ]);
  const ringwireBytes = rss() - before;
  ringwire.kill('SIGTERM');

  const redisPort = await freePort();
  const redis = start(0, 'redis-server', [
    '--port',
    String(redisPort),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitForLine(redis, /Ready to accept connections/);
  const usedMemory = async (): Promise<number> =>
    Number(
      /used_memory:(\d+)/.exec(
        await run('redis-cli', ['-p', String(redisPort), 'info', 'memory']),
      )?.[1],
    );
  const redisBefore = await usedMemory();
  await redisLoad(redisPort, 10, 100, messages, [
    'XADD',
    's',
    'MAXLEN',
    '~',
    String(messages),
    '*',
    'f',
    PAYLOAD,
  ]);
  const redisBytes = (await usedMemory()) - redisBefore;
  redis.kill('SIGTERM');
  return { ringwireBytes, redisBytes };
}

function machine(): Record<string, string> {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const redis = execFileSync('redis-server', ['--version']).toString().trim();
  return {
    cpu,
    cpus: execFileSync('nproc').toString().trim(),
    node: process.version,
    redis,
    pinned: String(HAS_TASKSET),
  };
}

function formatResults(results: {
  machine: Record<string, string>;
  runs: number;
  seconds: number;
  rows: Row[];
  memory?: { ringwireBytes: number; redisBytes: number };
}): string {
  const cell = (m?: Measurement): string =>
    m
      ? `${Math.round(m.opsPerSec).toLocaleString('en')} | ${m.p50Ms.toFixed(3)} / ${m.p99Ms.toFixed(3)} | ${m.cpuUsPerOp.toFixed(2)}`
      : '- | - | -';
  const ratio = (a?: number, b?: number): string => (a && b ? `${(a / b).toFixed(2)}x` : '-');
  const lines = [
    `Machine: ${results.machine.cpu}, ${results.machine.cpus} CPUs, Node ${results.machine.node}, ${results.machine.redis}; pinned: ${results.machine.pinned}; median of ${results.runs} runs`,
    '',
    '| Workload | ringwire ops/s | p50 / p99 ms | CPU us/op | Redis ops/s | p50 / p99 ms | CPU us/op | gRPC ops/s | p50 / p99 ms | CPU us/op | ops/s ringwire/Redis | CPU ringwire/Redis | ops/s ringwire/gRPC |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.rows.map(
      (r) =>
        `| ${r.workload} | ${cell(r.ringwire)} | ${cell(r.redis)} | ${cell(r.grpc)} | ${ratio(r.ringwire.opsPerSec, r.redis?.opsPerSec)} | ${ratio(r.ringwire.cpuUsPerOp, r.redis?.cpuUsPerOp)} | ${ratio(r.ringwire.opsPerSec, r.grpc?.opsPerSec)} |`,
    ),
  ];
  if (results.memory) {
    const { ringwireBytes, redisBytes } = results.memory;
    const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
    lines.push(
      '',
      `Memory for 1,000,000 x 100 B: ringwire RSS growth ${mb(ringwireBytes)}, Redis used_memory growth ${mb(redisBytes)}, ratio ${ratio(ringwireBytes, redisBytes)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

runMain('compare', main);
