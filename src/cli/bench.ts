import {
  AFTER_SEQ_SPAN,
  OPERATIONS,
  TRANSPORTS,
  type LoadTransport,
  runLoad,
  type LoadOptions,
  type Operation,
  type RingwireLoadReport,
} from '../bench/load';
import {
  ringwireFanoutTarget,
  RINGS_FLAG,
  runFanout,
  SUBSCRIBERS_FLAG,
  type FanoutOptions,
  type FanoutReport,
} from '../bench/fanout';
import { runThreadedLoad } from '../bench/threads';
import { HELP_FLAG, SERVER_ADDRESS_FLAGS } from './common-flags';
import { MAX_CLIENT_NAME_BYTES } from '../protocol/constants';
import {
  describeFlags,
  parseFlags,
  UsageError,
  utf8Bytes,
  type Flag,
  type FlagValues,
} from './flags';
import { EXIT_OK, runMain } from './main';

const WORKLOADS = ['requests', 'fanout'] as const;

export const BENCH_FLAGS: readonly Flag[] = [
  ...SERVER_ADDRESS_FLAGS,
  {
    name: 'clients',
    short: 'c',
    type: 'integer',
    default: 50,
    min: 1,
    max: 10_000,
    placeholder: 'C',
    help: 'connections',
  },
  {
    name: 'pipeline',
    short: 'P',
    type: 'integer',
    default: 1,
    min: 1,
    max: 10_000,
    placeholder: 'P',
    help: 'requests in flight per connection',
  },
  {
    name: 'requests',
    short: 'n',
    type: 'integer',
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    placeholder: 'N',
    help: 'stop after N requests (default 100000 unless --duration)',
  },
  {
    name: 'duration',
    short: 'd',
    type: 'integer',
    min: 1,
    max: 86_400,
    placeholder: 'S',
    help: 'stop after S seconds instead',
  },
  {
    name: 'size',
    type: 'integer',
    default: 100,
    min: 0,
    max: 64 * 1024 * 1024,
    placeholder: 'BYTES',
    help: 'SET payload size',
  },
  {
    name: 'op',
    type: 'string',
    default: 'set',
    choices: OPERATIONS,
    placeholder: 'OP',
    help: 'set, get (latest --count), get-after (a cursor walking forward), or mixed',
  },
  {
    name: 'ratio',
    type: 'string',
    default: '0.5',
    placeholder: 'R',
    help: 'mixed: the share of SETs, 0 to 1',
  },
  {
    name: 'count',
    type: 'integer',
    default: 1,
    min: 1,
    max: 0xffff_ffff,
    placeholder: 'K',
    help: 'messages per GET',
  },
  {
    name: 'preload',
    type: 'integer',
    default: 0,
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    placeholder: 'N',
    help: `store N messages of --size before measuring (get-after walks the first ${AFTER_SEQ_SPAN} seqs)`,
  },
  {
    name: 'name',
    type: 'string',
    default: 'bench',
    placeholder: 'NAME',
    // Each connection appends -<index> (up to 5 bytes) to stay within the 255 the server takes.
    valid: utf8Bytes(1, MAX_CLIENT_NAME_BYTES - 6),
    help: 'client name prefix',
  },
  {
    ...RINGS_FLAG,
    help: 'spread the connections over K rings, bench-0 .. bench-(K-1), connection i on ring i mod K; 1: the ring default',
  },
  {
    name: 'transport',
    type: 'string',
    default: 'tcp',
    choices: TRANSPORTS,
    placeholder: 'T',
    help: "tcp, or ws: WebSocket to ws://HOST:PORT/ws, with --port the server's --http-port",
  },
  {
    name: 'threads',
    type: 'integer',
    default: 1,
    min: 1,
    max: 64,
    placeholder: 'N',
    help: 'split the connections (and --requests) over N worker threads; ops/s are summed, latencies merged',
  },
  {
    name: 'workload',
    type: 'string',
    default: 'requests',
    choices: WORKLOADS,
    placeholder: 'W',
    help: 'requests (--op), or fanout: one writer at --pipeline, --subscribers readers over --rings',
  },
  SUBSCRIBERS_FLAG,
  {
    name: 'writer-port',
    type: 'integer',
    min: 1,
    max: 65535,
    placeholder: 'PORT',
    help: 'fanout: the writer writes to the server on this port of --host (servers sharing rings through NATS JetStream), the subscribers follow --port; default: --port',
  },
  { name: 'json', type: 'boolean', help: 'print one JSON object instead of text' },
  HELP_FLAG,
];

const USAGE = `Usage: bench [options]

Loads a ringwire server and reports throughput, latency percentiles (p50, p90, p99, p99.9,
max; request to reply) and errors, like redis-benchmark. A progress bar shows on a terminal.
With --json, "requestsByRing" gives the requests answered in each ring ("default" without
--rings); with --rings K over 1, the text report adds the fewest and most requests of a ring.

--workload fanout: one writer keeps --pipeline SETs in flight (request i to ring i mod
--rings) for --duration seconds (default 5) while --subscribers follow the rings; it reports
the messages delivered per second over all subscribers, the pushes reported lost, and the
subscribers that had not caught up 5 s after the writer stopped.

Options:
${describeFlags(BENCH_FLAGS)}
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, BENCH_FLAGS);
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (values.requests !== undefined && values.duration !== undefined) {
    throw new UsageError('--requests and --duration exclude each other');
  }
  if (values.workload !== 'fanout' && values['writer-port'] !== undefined) {
    throw new UsageError('--writer-port is for --workload fanout');
  }
  if (values.workload === 'fanout') return fanout(values);
  if ((values.rings as number) > (values.clients as number)) {
    throw new UsageError('--rings must be at most --clients: each ring needs a connection');
  }
  const ratio = Number(values.ratio);
  if (!(ratio >= 0 && ratio <= 1))
    throw new UsageError(
      `--ratio must be a number from 0 to 1, got ${JSON.stringify(values.ratio)}`,
    );
  const options: LoadOptions = {
    host: values.host as string,
    port: values.port as number,
    transport: values.transport as LoadTransport,
    clients: values.clients as number,
    pipeline: values.pipeline as number,
    size: values.size as number,
    op: values.op as Operation,
    ratio,
    count: values.count as number,
    name: values.name as string,
    rings: values.rings as number,
  };
  const preload = values.preload as number;
  if (preload > 0) await runLoad({ ...options, op: 'set', requests: preload });
  const duration = values.duration as number | undefined;
  const measured: LoadOptions = {
    ...options,
    ...(duration !== undefined
      ? { durationMs: duration * 1000 }
      : { requests: (values.requests as number | undefined) ?? 100_000 }),
  };
  const threads = values.threads as number;
  // Threads report only at their end: no progress bar.
  const showProgress = process.stderr.isTTY && !values.json && threads === 1;
  const report = await (
    threads > 1
      ? runThreadedLoad(measured, threads)
      : runLoad({ ...measured, onProgress: showProgress ? drawProgress : undefined })
  ).finally(() => showProgress && process.stderr.write('\r\x1b[2K'));
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ ...options, threads, ...report })}\n`
      : formatReport(options, report),
  );
  return EXIT_OK;
}

async function fanout(values: FlagValues): Promise<number> {
  if (values.requests !== undefined) throw new UsageError('--workload fanout runs for --duration');
  if ((values.rings as number) > (values.subscribers as number)) {
    throw new UsageError('--rings must be at most --subscribers: each ring needs a reader');
  }
  const options: FanoutOptions = {
    subscribers: values.subscribers as number,
    rings: values.rings as number,
    pipeline: values.pipeline as number,
    durationMs: ((values.duration as number | undefined) ?? 5) * 1000,
    size: values.size as number,
  };
  const target = ringwireFanoutTarget(
    values.host as string,
    values.port as number,
    options,
    values['writer-port'] as number | undefined,
  );
  const report = await runFanout(target, options);
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatFanout(report));
  return EXIT_OK;
}

function formatFanout(report: FanoutReport): string {
  return [
    `fanout: 1 writer, ${report.subscribers} subscribers over ${report.rings} ring(s)`,
    `  ${report.writes} messages written, ${report.delivered} delivered in ${(report.durationMs / 1000).toFixed(2)} s: ${Math.round(report.deliveredPerSec)} deliveries/s`,
    `  lost: ${report.lost}; subscribers behind at the end: ${report.laggingSubscribers}`,
    `  load generator CPU: ${(report.loadCpuShare * 100).toFixed(0)} % of a core`,
    '',
  ].join('\n');
}

function drawProgress(done: number, opsPerSec: number): void {
  const width = 30;
  const filled = Math.round(done * width);
  const bar = `${'#'.repeat(filled)}${' '.repeat(width - filled)}`;
  process.stderr.write(
    `\r[${bar}] ${(done * 100).toFixed(0).padStart(3)}%  ${Math.round(opsPerSec)} ops/s`,
  );
}

function formatReport(options: LoadOptions, report: RingwireLoadReport): string {
  const { latencyMs: l } = report;
  const what = options.op === 'set' ? `${options.size} B` : `count ${options.count}`;
  const errors = Object.entries(report.errorCodes)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const perRing = Object.values(report.requestsByRing);
  const rings =
    options.rings > 1
      ? [
          `  ${perRing.length} rings: ${Math.min(...perRing)} to ${Math.max(...perRing)} requests each`,
        ]
      : [];
  return [
    `${options.op} (${what}), ${options.clients} clients, pipeline ${options.pipeline}`,
    `  ${report.requests} requests in ${(report.durationMs / 1000).toFixed(2)} s: ${Math.round(report.opsPerSec)} ops/s`,
    `  latency ms: p50 ${l.p50.toFixed(3)}  p90 ${l.p90.toFixed(3)}  p99 ${l.p99.toFixed(3)}  p99.9 ${l.p999.toFixed(3)}  max ${l.max.toFixed(3)}`,
    `  errors: ${report.errors}${errors ? ` (${errors})` : ''}`,
    ...rings,
    '',
  ].join('\n');
}

runMain('bench', main);
