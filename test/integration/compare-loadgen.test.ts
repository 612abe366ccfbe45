import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeLoadgenFrames, type LoadgenRequest } from '../../src/bench/frames';
import { connect } from '../../src/client';
import { ROOT } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';

// tools/frame-loadgen, built by the Makefile rule `make compare` uses, against a real server:
// it must complete the handshake with the dumped hello, and every reply it counts must be a
// request the server really handled. No timing is judged.

const HAS_CC = spawnSync('sh', ['-c', 'command -v cc'], { stdio: 'ignore' }).status === 0;
const withCc = HAS_CC ? it : it.skip;
const LOADGEN = join(ROOT, 'build', 'frame-loadgen');

let directory: string;
beforeAll(() => {
  if (HAS_CC) execFileSync('make', ['-s', '-C', ROOT, 'build/frame-loadgen'], { stdio: 'ignore' });
});
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'ringwire-loadgen-'));
});
afterEach(async () => {
  await stopAllServers();
  rmSync(directory, { recursive: true, force: true });
});

/** Runs the loadgen to its end (asynchronously: the server runs in this process); its JSON line. */
async function loadgen(
  port: number | { webSocketPort: number },
  connections: number,
  pipeline: number,
  total: number,
  requests: LoadgenRequest[],
): Promise<{ ops: number; ops_s: number; p50_us: number }> {
  const frames = writeLoadgenFrames(directory, 'request', requests);
  const { stdout } = await promisify(execFile)(
    LOADGEN,
    [
      ...(typeof port === 'number' ? [String(port)] : ['--ws', String(port.webSocketPort)]),
      String(connections),
      String(pipeline),
      String(total),
      ...frames,
    ],
    { timeout: 30_000 },
  );
  return JSON.parse(stdout);
}

async function ringMessages(port: number): Promise<Map<string, number>> {
  const observer = await connect({ port, name: 'observer' });
  try {
    return new Map((await observer.rings()).map((ring) => [ring.name, ring.messages]));
  } finally {
    await observer.close();
  }
}

describe('frame-loadgen against a real server (no timings judged)', () => {
  withCc('counts one reply per SET the server stored', async () => {
    const { port } = await startServer({ capacity: 10_000 });
    const result = await loadgen(port, 4, 8, 1000, [{ op: 'set', size: 100 }]);
    expect(result.ops).toBe(1000);
    expect(result.ops_s).toBeGreaterThan(0);
    expect((await ringMessages(port)).get('default')).toBe(1000);
  });

  withCc(
    'replays request file i mod their count on connection i: one process loads several rings',
    async () => {
      const { port } = await startServer({ capacity: 10_000 });
      const result = await loadgen(port, 4, 16, 2000, [
        { op: 'set', size: 10, ring: 'bench-0' },
        { op: 'set', size: 10, ring: 'bench-1' },
      ]);
      expect(result.ops).toBe(2000);
      const held = await ringMessages(port);
      expect([held.get('bench-0'), held.get('bench-1'), held.get('default')]).toEqual([
        1000, 1000, 0,
      ]);
    },
  );

  withCc('--ws: loads /ws with masked binary messages and counts the replies', async () => {
    const { port, httpPort } = await startServer({ capacity: 10_000 }, undefined, true);
    const result = await loadgen({ webSocketPort: httpPort as number }, 4, 8, 1000, [
      { op: 'set', size: 100 },
    ]);
    expect(result.ops).toBe(1000);
    expect((await ringMessages(port)).get('default')).toBe(1000);
  });

  withCc('counts GET replies of ten messages each', async () => {
    const { port } = await startServer({ capacity: 100 });
    await loadgen(port, 1, 1, 100, [{ op: 'set', size: 100 }]);
    const result = await loadgen(port, 2, 4, 400, [{ op: 'get', count: 10 }]);
    expect(result.ops).toBe(400);
    const observer = await connect({ port, name: 'observer' });
    try {
      expect((await observer.stats()).requests.get).toBe(400);
    } finally {
      await observer.close();
    }
  });
});
