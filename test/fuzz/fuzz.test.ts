import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { connect, type Client } from '../../src/client';
import { exitOf, spawnServer } from '../helpers/processes';
import { exercise, fuzzInput } from './inputs';

// The structure-aware fuzzer (`make fuzz`; `make test` runs it too): mutated sessions sent
// over real sockets to a real ./server on several connections, for FUZZ_SECONDS (60 unless
// set), while a canary client must keep getting answers. An input that crashes the server,
// draws an INTERNAL error, or starves the canary is saved under test/corpus/, which every
// test run replays (corpus.test.ts). FUZZ_SEED=<seed> repeats a run's inputs.

const FUZZ_SECONDS = Number(process.env.FUZZ_SECONDS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CONNECTIONS = 16;
const CORPUS = join(__dirname, '..', 'corpus');

jest.setTimeout((FUZZ_SECONDS + 60) * 1000);

let server: ChildProcess;
let port: number;
let canary: Client;
let canaryFailure: unknown;
let canaryTimer: NodeJS.Timeout;
let canaryRounds = 0;

beforeAll(async () => {
  ({ child: server, port } = await spawnServer(['--quiet', '--handshake-timeout-ms', '1000']));
  canary = await connect({ port, name: 'canary', timeoutMs: 5000 });
  canaryTimer = setInterval(() => {
    canary.set(`canary ${canaryRounds}`).then(
      () => canaryRounds++,
      (error: unknown) => (canaryFailure ??= error),
    );
  }, 100);
});

afterAll(async () => {
  clearInterval(canaryTimer);
  await canary?.close().catch(() => {});
  server.kill('SIGTERM');
  await exitOf(server);
});

/** Keeps a breaking input for every later test run, and describes it for this one. */
function keep(input: Uint8Array, why: string, index: number): string {
  const name = `fuzz-${createHash('sha256').update(input).digest('hex').slice(0, 12)}.bin`;
  writeFileSync(join(CORPUS, name), input);
  return `${why} (seed ${SEED}, input ${index}, saved as test/corpus/${name}): ${Buffer.from(input).toString('hex').slice(0, 2000)}`;
}

describe('fuzzing the server over real sockets', () => {
  it(`survives ${FUZZ_SECONDS} s of mutated sessions on ${CONNECTIONS} connections, the canary answered throughout`, async () => {
    const deadline = Date.now() + FUZZ_SECONDS * 1000;
    let next = 0;
    const worker = async (): Promise<number> => {
      let sent = 0;
      while (Date.now() < deadline) {
        const index = next++;
        const [input] = fc.sample(fuzzInput, { seed: SEED + index, numRuns: 1 });
        const result = await exercise(port, input, 100);
        sent++;
        if (result.codes.includes('INTERNAL'))
          throw new Error(keep(input, 'the server answered INTERNAL', index));
        if (server.exitCode !== null)
          throw new Error(keep(input, `the server exited with ${server.exitCode}`, index));
        if (canaryFailure)
          throw new Error(keep(input, `the canary failed: ${String(canaryFailure)}`, index));
      }
      return sent;
    };
    const sent = await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    process.stderr.write(`fuzz: ${sent.reduce((a, b) => a + b, 0)} inputs, seed ${SEED}\n`);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const roundsBefore = canaryRounds;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(canaryRounds).toBeGreaterThan(roundsBefore);
    expect(canaryFailure).toBeUndefined();
  });
});
