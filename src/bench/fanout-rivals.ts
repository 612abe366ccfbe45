import { HELP_FLAG } from '../cli/common-flags';
import { describeFlags, parseFlags, UsageError, type Flag } from '../cli/flags';
import { runMain } from '../cli/main';
import { RINGS_FLAG, runFanout, SUBSCRIBERS_FLAG, type FanoutOptions } from './fanout';
import { natsFanoutTarget } from './nats-fanout';
import { redisFanoutTarget } from './redis-fanout';

// `node dist/src/bench/fanout-rivals.js redis|nats --port P ...`: the fan-out load of
// `./bench --workload fanout` against Redis streams or NATS core pub/sub, in its own process
// so that `make compare` pins it like every other load generator. Prints one JSON line.

const FLAGS: readonly Flag[] = [
  { name: 'port', type: 'integer', min: 1, max: 65535, placeholder: 'PORT', help: 'server port' },
  SUBSCRIBERS_FLAG,
  { ...RINGS_FLAG, help: 'streams or subjects' },
  {
    name: 'pipeline',
    type: 'integer',
    default: 16,
    min: 1,
    max: 10_000,
    placeholder: 'P',
    help: 'writes in flight',
  },
  {
    name: 'duration',
    type: 'integer',
    default: 5,
    min: 1,
    max: 3600,
    placeholder: 'S',
    help: 'seconds of writing',
  },
  {
    name: 'size',
    type: 'integer',
    default: 100,
    min: 0,
    max: 1_000_000,
    placeholder: 'BYTES',
    help: 'payload bytes',
  },
  HELP_FLAG,
];

const USAGE = `Usage: fanout-rivals redis|nats --port PORT [options]

The fan-out load of ./bench --workload fanout against Redis streams (subscribers loop on XREAD
BLOCK) or NATS core pub/sub, for make compare. Prints one JSON line.

Options:
${describeFlags(FLAGS)}
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [rival] = positionals;
  if (rival !== 'redis' && rival !== 'nats') throw new UsageError('name the rival: redis or nats');
  if (values.port === undefined) throw new UsageError('--port is required');
  const port = values.port as number;
  const options: FanoutOptions = {
    subscribers: values.subscribers as number,
    rings: values.rings as number,
    pipeline: values.pipeline as number,
    durationMs: (values.duration as number) * 1000,
    size: values.size as number,
  };
  const target =
    rival === 'redis' ? await redisFanoutTarget(port, options) : natsFanoutTarget(port, options);
  process.stdout.write(`${JSON.stringify(await runFanout(target, options))}\n`);
  return 0;
}

runMain('fanout-rivals', main);
