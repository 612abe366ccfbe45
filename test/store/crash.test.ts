import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RingLog, type FsyncPolicy } from '../../src/store/ring-log';
import { ROOT, exitOf } from '../helpers/processes';
import { TempDirectories } from './log-fixtures';

const COMPILED_LOG = join(ROOT, 'dist', 'src', 'store', 'ring-log.js');

/**
 * The child: four writers share one log and one seq counter, commit batches of appends as
 * fast as they can, and print `first last` for each batch once its commit resolved. Small
 * segments, so that kills also land around segment rotations.
 */
const CHILD = `
const { RingLog } = require(${JSON.stringify(COMPILED_LOG)});
const [directory, fsync] = process.argv.slice(1);
const payload = (seq) => Buffer.from(\`payload of \${seq};\`.repeat((seq % 13) + 1));
(async () => {
  const log = await RingLog.open({ directory, fsync, segmentBytes: 64 * 1024, replay() {} });
  let next = log.nextSeq;
  const writer = async () => {
    for (;;) {
      const first = next;
      const batch = [];
      for (let i = (first % 7) + 1; i > 0; i--) {
        const seq = next++;
        batch.push({ op: 'append', seq, timeMs: seq, sender: 'crash', payload: payload(seq) });
      }
      const last = next - 1;
      await log.commit(batch);
      process.stdout.write(\`\${first} \${last}\\n\`);
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
})();
`;

const payload = (seq: number): Buffer => Buffer.from(`payload of ${seq};`.repeat((seq % 13) + 1));

const temp = new TempDirectories();
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exitOf(child);
  }
  child = undefined;
  await temp.cleanUp();
});

/** Runs the child until it acknowledged something and a random moment later; kills it with SIGKILL. */
async function crashRound(directory: string, fsync: FsyncPolicy): Promise<Set<number>> {
  const acknowledged = new Set<number>();
  child = spawn(process.execPath, ['-e', CHILD, directory, fsync], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  const firstAck = new Promise<void>((resolve, reject) => {
    child?.stdout?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [first, last] = line.split(' ').map(Number);
        for (let seq = first; seq <= last; seq++) acknowledged.add(seq);
      }
      resolve();
    });
    child?.once('exit', (status) => reject(new Error(`the child exited with ${status}`)));
  });
  await firstAck;
  await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
  child.kill('SIGKILL');
  await exitOf(child);
  return acknowledged;
}

describe('a process killed with SIGKILL', () => {
  beforeAll(() => {
    if (!existsSync(COMPILED_LOG)) {
      throw new Error(`${COMPILED_LOG} is missing: run \`make\` (make test builds it)`);
    }
  });

  it.each([
    ['always', 10],
    ['interval', 5],
  ] as const)(
    'loses nothing it acknowledged (fsync %s, %i rounds)',
    async (fsync, rounds) => {
      const directory = await temp.make();
      const everAcknowledged = new Set<number>();
      let nextSeq = 1;
      for (let round = 0; round < rounds; round++) {
        const acknowledged = await crashRound(directory, fsync);
        expect(acknowledged.size).toBeGreaterThan(0);
        // Never a seq given before, acknowledged or not.
        expect(Math.min(...acknowledged)).toBeGreaterThanOrEqual(nextSeq);
        for (const seq of acknowledged) everAcknowledged.add(seq);

        const present = new Set<number>();
        let wrong = 0;
        const log = await RingLog.open({
          directory,
          fsync,
          replay(record) {
            const intact =
              record.op === 'append' &&
              record.sender === 'crash' &&
              record.timeMs === record.seq &&
              Buffer.compare(record.payload, payload(record.seq)) === 0 &&
              !present.has(record.seq);
            if (!intact) wrong++;
            present.add(record.seq);
          },
        });
        nextSeq = log.nextSeq;
        await log.close();
        expect(wrong).toBe(0);
        const missing = [...everAcknowledged].filter((seq) => !present.has(seq));
        expect(missing).toEqual([]);
        expect(nextSeq).toBeGreaterThan(Math.max(...everAcknowledged));
      }
    },
    60_000,
  );
});
