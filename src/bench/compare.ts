import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeFlags, parseFlags, UsageError, type Flag } from '../cli/flags';
import { runMain } from '../cli/main';
import { HAS_TASKSET, ROOT, stopAllProcesses } from './compare-processes';
import {
  removeTemporaryDirectories,
  WORKLOADS,
  type Settings,
  type Workload,
} from './compare-workloads';
import { interleave, METRICS, median, ratios, type Measurement, type RatioSummary } from './rounds';

// `make compare`: ringwire beside Redis (and NATS for fan-out) on this machine, workload by
// workload, in interleaved rounds: every contestant starts its own server, is warmed up
// unmeasured, and then the contestants take turns, one run each per round. What is reported
// is the median and the range of the per-round ratios, ringwire over its rival; the raw
// rounds go to a JSON file. Servers are pinned to CPU 0, load generators to CPU 1: the C
// frame-loadgen for ringwire's request workloads, redis-benchmark for Redis's.

const FLAGS: readonly Flag[] = [
  {
    name: 'rounds',
    type: 'integer',
    min: 1,
    max: 100,
    placeholder: 'N',
    help: 'rounds per workload (default 7; 3 with --quick)',
  },
  {
    name: 'seconds',
    type: 'integer',
    min: 1,
    max: 60,
    placeholder: 'S',
    help: 'length of each measured run (default 2; 1 with --quick)',
  },
  {
    name: 'quick',
    type: 'boolean',
    help: 'the request workloads only, 3 rounds of 1 s: the ratios in under a minute',
  },
  {
    name: 'only',
    type: 'string',
    placeholder: 'IDS',
    help: `run only these workloads (comma-separated): ${WORKLOADS.map((w) => w.id).join(', ')}`,
  },
  {
    name: 'grpc',
    type: 'boolean',
    help: 'add the grpc-js service to the request workloads, for reference',
  },
  {
    name: 'json',
    type: 'string',
    placeholder: 'FILE',
    help: 'where to write the raw rounds (default bench-results/compare-DATE.json)',
  },
  {
    name: 'loadgen',
    type: 'string',
    default: 'build/frame-loadgen',
    placeholder: 'PATH',
    help: 'the built tools/frame-loadgen (make builds it)',
  },
  { name: 'help', short: 'h', type: 'boolean', help: 'print this help and exit' },
];

const USAGE = `Usage: make compare [ARGS="options"]   (or node dist/src/bench/compare.js [options])

ringwire beside Redis 7 on this machine, in interleaved rounds; prints per workload the
median and the range (min-max) of the per-round ratios ringwire/rival, and writes every
round to a JSON file. Needs cc, redis-server, redis-tools and nats-server.

Options:
${describeFlags(FLAGS)}
`;

/** One workload's rounds and ratios, as written to the JSON file. */
export interface WorkloadResult {
  id: string;
  name: string;
  contestants: string[];
  /** Measurements by contestant label, one per round. */
  rounds: Record<string, Measurement[]>;
  /** Ratios of the first contestant over each other one, keyed `first / other`. */
  ratios: Record<string, RatioSummary>;
}

export interface CompareResults {
  date: string;
  machine: Record<string, string>;
  settings: { rounds: number; seconds: number; quick: boolean };
  workloads: WorkloadResult[];
}

/** Runs one workload: prepare every contestant, interleave their rounds, close them. */
async function runWorkload(
  workload: Workload,
  settings: Settings,
  rounds: number,
): Promise<WorkloadResult> {
  const contestants = workload.contestants(settings);
  try {
    for (const contestant of contestants) await contestant.prepare();
    const measured = await interleave(
      Math.min(rounds, workload.maxRounds ?? rounds),
      contestants,
      (contestant) => contestant.run(),
    );
    return resultOf(
      workload,
      contestants.map((c) => c.label),
      measured,
    );
  } finally {
    for (const contestant of contestants) await contestant.close();
  }
}

/** The JSON form of a workload's rounds, with the ratios of the first contestant over the others. */
export function resultOf(
  workload: Pick<Workload, 'id' | 'name'>,
  labels: readonly string[],
  measured: readonly Measurement[][],
): WorkloadResult {
  const result: WorkloadResult = {
    id: workload.id,
    name: workload.name,
    contestants: [...labels],
    rounds: {},
    ratios: {},
  };
  labels.forEach((label, i) => (result.rounds[label] = [...measured[i]]));
  for (let i = 1; i < labels.length; i++)
    result.ratios[`${labels[0]} / ${labels[i]}`] = ratios(measured[0], measured[i]);
  return result;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS, {});
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const quick = values.quick === true;
  const loadgen = resolve(ROOT, values.loadgen as string);
  if (!existsSync(loadgen))
    throw new UsageError(
      `${values.loadgen} is missing: build it with \`make build/frame-loadgen\``,
    );
  const settings: Settings = {
    seconds: (values.seconds as number | undefined) ?? (quick ? 1 : 2),
    loadgen,
    grpc: values.grpc === true,
  };
  const rounds = (values.rounds as number | undefined) ?? (quick ? 3 : 7);
  const only = values.only === undefined ? undefined : String(values.only).split(',');
  const unknown = only?.find((id) => !WORKLOADS.some((w) => w.id === id));
  if (unknown) throw new UsageError(`--only: no workload ${JSON.stringify(unknown)}`);
  const workloads = WORKLOADS.filter((w) => (only ? only.includes(w.id) : !quick || w.quick));
  process.on('exit', () => {
    stopAllProcesses();
    removeTemporaryDirectories();
  });
  process.on('SIGINT', () => process.exit(130));

  const date = new Date().toISOString();
  const jsonFile = resolve(
    ROOT,
    (values.json as string | undefined) ??
      join('bench-results', `compare-${date.replace(/[:.]/g, '-')}.json`),
  );
  const results: CompareResults = {
    date,
    machine: machine(),
    settings: { rounds, seconds: settings.seconds, quick },
    workloads: [],
  };
  for (const workload of workloads) {
    process.stderr.write(`${workload.name}...\n`);
    results.workloads.push(await runWorkload(workload, settings, rounds));
    // Written after every workload, so that an interrupted run keeps what it measured.
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  }
  process.stdout.write(formatResults(results));
  process.stdout.write(`\nRaw rounds: ${jsonFile}\n`);
  return 0;
}

function machine(): Record<string, string> {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const version = (command: string, args: string[]): string => {
    try {
      return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return 'missing';
    }
  };
  return {
    cpu,
    cpus: version('nproc', []),
    node: process.version,
    redis: version('redis-server', ['--version']),
    nats: version('nats-server', ['--version']),
    pinned: HAS_TASKSET ? 'servers on CPU 0, load generators on CPU 1' : 'no (taskset missing)',
  };
}

const RATIO_COLUMNS = [
  ['opsPerSec', 'ops/s'],
  ['cpuUsPerOp', 'CPU/op'],
  ['p50Ms', 'p50'],
  ['readyMs', 'start-up'],
  ['bytes', 'memory'],
] as const;

/** `0.89x (0.71-0.99)`, or `-` when the metric was not measured by both. */
function ratioCell(summary: RatioSummary, metric: keyof RatioSummary): string {
  const s = summary[metric];
  return s ? `${s.median.toFixed(2)}x (${s.min.toFixed(2)}-${s.max.toFixed(2)})` : '-';
}

/** The medians of one contestant's rounds, in words. */
export function describeMedians(rounds: readonly Measurement[]): string {
  const of = (metric: (typeof METRICS)[number]): number | undefined => {
    const values = rounds.flatMap((r) => (r[metric] === undefined ? [] : [r[metric] as number]));
    return values.length ? median(values) : undefined;
  };
  const parts: string[] = [];
  const opsPerSec = of('opsPerSec');
  if (opsPerSec !== undefined) parts.push(`${Math.round(opsPerSec).toLocaleString('en')}/s`);
  const cpu = of('cpuUsPerOp');
  if (cpu !== undefined) parts.push(`${cpu.toFixed(2)} us/op`);
  const p50 = of('p50Ms');
  if (p50 !== undefined) parts.push(`p50 ${p50.toFixed(3)} ms`);
  const ready = of('readyMs');
  if (ready !== undefined) parts.push(`ready in ${Math.round(ready)} ms`);
  const bytes = of('bytes');
  if (bytes !== undefined) parts.push(`${(bytes / 1e6).toFixed(1)} MB`);
  // Counts: the worst round (lost pushes and lagging subscribers must be 0 in every one).
  const counts: Record<string, number> = {};
  for (const r of rounds)
    for (const [key, n] of Object.entries(r.counts ?? {}))
      counts[key] = Math.max(counts[key] ?? 0, n);
  for (const [key, n] of Object.entries(counts)) parts.push(`${key} <= ${n}`);
  return parts.join(', ');
}

export function formatResults(results: CompareResults): string {
  const m = results.machine;
  const lines = [
    `${results.date}: ${m.cpu}, ${m.cpus} CPUs, Node ${m.node}, ${m.redis}; pinned: ${m.pinned}`,
    `${results.settings.rounds} interleaved rounds of ${results.settings.seconds} s per workload; ratios ringwire/rival: median (min-max) of the per-round ratios`,
    '',
    `| Workload | Against | Rounds | ${RATIO_COLUMNS.map(([, title]) => `${title} ratio`).join(' | ')} |`,
    `| --- | --- | ---: | ${RATIO_COLUMNS.map(() => '---:').join(' | ')} |`,
  ];
  for (const w of results.workloads) {
    for (const [against, summary] of Object.entries(w.ratios)) {
      const rounds = w.rounds[w.contestants[0]].length;
      const cells = RATIO_COLUMNS.map(([metric]) => ratioCell(summary, metric));
      lines.push(`| ${w.name} | ${against} | ${rounds} | ${cells.join(' | ')} |`);
    }
  }
  lines.push('', 'Medians of each contestant:');
  for (const w of results.workloads) {
    lines.push(`- ${w.name}`);
    for (const label of w.contestants)
      lines.push(`  - ${label}: ${describeMedians(w.rounds[label])}`);
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) runMain('compare', main);
