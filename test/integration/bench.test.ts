import { connect } from '../../src/client';
import { exitOf, run, spawnServer } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';
import { waitFor } from '../helpers/wait';

afterEach(stopAllServers);

/** 100 requests from 2 clients. */
function shortRun(port: number, ...args: string[]): ReturnType<typeof run> {
  return run('bench', ['--port', String(port), '--clients', '2', '--requests', '100', ...args]);
}

describe('./bench (a smoke test: the tool must not rot; no timings are judged)', () => {
  it.each([
    ['set', ['--op', 'set', '--pipeline', '8']],
    ['get latest 10', ['--op', 'get', '--count', '10', '--pipeline', '4', '--preload', '100']],
    ['get-after', ['--op', 'get-after', '--count', '5', '--preload', '100']],
    ['mixed', ['--op', 'mixed', '--ratio', '0.3']],
  ])('runs %s and reports throughput, ordered percentiles and no errors', async (_, args) => {
    const { port } = await startServer({ capacity: 1000 });
    const result = await run('bench', [
      '--port',
      String(port),
      '--clients',
      '4',
      '--requests',
      '3000',
      '--json',
      ...args,
    ]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ requests: 3000, errors: 0, clients: 4 });
    expect(report.opsPerSec).toBeGreaterThan(0);
    const { p50, p90, p99, p999, max } = report.latencyMs;
    expect([p50, p90, p99, p999].every((v, i, all) => v > 0 && (i === 0 || v >= all[i - 1]))).toBe(
      true,
    );
    expect(max).toBeGreaterThanOrEqual(p999);
  });

  it('--transport ws loads the server over its /ws: every request lands in the ring', async () => {
    const { port, httpPort } = await startServer({ capacity: 5000 }, undefined, true);
    const result = await run('bench', [
      '--transport',
      'ws',
      '--port',
      String(httpPort),
      '--clients',
      '4',
      '--pipeline',
      '8',
      '--requests',
      '3000',
      '--json',
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ requests: 3000, errors: 0, transport: 'ws' });
    const client = await connect({ port });
    expect((await client.stats()).ringMessages).toBe(3000);
    await client.close();
  });

  it('counts the errors the server answers', async () => {
    const { port } = await startServer({ maxFrameBytes: 4096 });
    const result = await shortRun(port, '--size', '3500', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({
      requests: 100,
      errors: 100,
      errorCodes: { INVALID_ARGUMENT: 100 },
    });
  });

  it('prints a readable report without --json', async () => {
    const { port } = await startServer();
    const result = await run('bench', [
      '--port',
      String(port),
      '--clients',
      '2',
      '--requests',
      '500',
    ]);
    expect(result.stdout).toMatch(
      /^set \(100 B\), 2 clients, pipeline 1\n {2}500 requests in [\d.]+ s: \d+ ops\/s\n {2}latency ms: p50 /,
    );
  });

  it.each([
    [['--op', 'delete'], '--op must be one of set, get, get-after, mixed'],
    [['--requests', '10', '--duration', '1'], '--requests and --duration exclude each other'],
    [['--ratio', '2'], '--ratio must be a number from 0 to 1'],
    [['--clients', '0'], '--clients must be an integer from 1'],
    [['--clients', '4', '--rings', '5'], '--rings must be at most --clients'],
    [['--threads', '0'], '--threads must be an integer from 1'],
    [['--workload', 'fanout', '--requests', '5'], '--workload fanout runs for --duration'],
    [
      ['--workload', 'fanout', '--subscribers', '2', '--rings', '3'],
      '--rings must be at most --subscribers',
    ],
  ])('exits 2 with one line for %j', async (args, message) => {
    const result = await run('bench', args);
    expect([result.status, result.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(result.stderr).toContain(message);
  });

  it('stops with exit 1 and one line when the server closes a connection over a frame too large', async () => {
    const { port } = await startServer({ maxFrameBytes: 4096 });
    const result = await shortRun(port, '--size', '5000');
    expect([result.status, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toMatch(
      /^bench: the server closed a connection after 0 requests completed: .+ \(FRAME_TOO_LARGE\)\n$/,
    );
  });

  it('stops with exit 1 and one line when the server shuts down mid-run', async () => {
    const server = await spawnServer(['--quiet']);
    const bench = run(
      'bench',
      ['--port', String(server.port), '--clients', '2', '--duration', '60', '--json'],
      { timeoutMs: 30_000 },
    );
    const observer = await connect({ port: server.port, name: 'observer' });
    try {
      await waitFor(async () => ((await observer.stats()).requests.set ?? 0) > 0, 15_000);
    } finally {
      await observer.close();
    }
    server.child.kill('SIGTERM');
    const result = await bench;
    expect(await exitOf(server.child)).toBe(0);
    expect([result.status, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toMatch(
      /^bench: the server closed a connection after [1-9]\d* requests completed: .+ \(SHUTTING_DOWN\)\n$/,
    );
  });

  it('spreads SETs and GETs over --rings K rings, and the server holds each ring its share', async () => {
    const { port } = await startServer({ capacity: 10_000 });
    const flags = ['--port', String(port), '--clients', '8', '--pipeline', '4', '--rings', '4'];
    const sets = await run('bench', [...flags, '--requests', '4000', '--json']);
    expect(sets.status).toBe(0);
    const { requestsByRing, errors } = JSON.parse(sets.stdout);
    const names = ['bench-0', 'bench-1', 'bench-2', 'bench-3'];
    expect([Object.keys(requestsByRing).sort(), errors]).toEqual([names, 0]);
    const counts = names.map((name) => requestsByRing[name] as number);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(4000);
    const observer = await connect({ port, name: 'observer' });
    try {
      const held = new Map((await observer.rings()).map((ring) => [ring.name, ring]));
      // Each ring holds exactly the SETs its connections made, numbered from 1.
      for (const [i, name] of names.entries()) {
        expect(counts[i]).toBeGreaterThan(0);
        expect([held.get(name)?.messages, held.get(name)?.lastSeq]).toEqual([
          counts[i],
          BigInt(counts[i]),
        ]);
      }
      expect(held.get('default')?.messages).toBe(0);
    } finally {
      await observer.close();
    }
    const gets = await run('bench', [
      ...flags,
      '--op',
      'get',
      '--count',
      '5',
      '--requests',
      '400',
      '--json',
    ]);
    expect(JSON.parse(gets.stdout)).toMatchObject({ requests: 400, errors: 0 });
    expect(Object.keys(JSON.parse(gets.stdout).requestsByRing).sort()).toEqual(names);
  });

  it('--threads splits the connections and requests over threads and merges one report', async () => {
    const { port } = await startServer({ capacity: 10_000 });
    const result = await run('bench', [
      ...['--port', String(port), '--clients', '7', '--pipeline', '4', '--rings', '3'],
      ...['--threads', '3', '--requests', '3001', '--json'],
    ]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ requests: 3001, errors: 0, threads: 3, clients: 7 });
    expect(report.opsPerSec).toBeGreaterThan(0);
    const { p50, p99, max } = report.latencyMs;
    expect(0 < p50 && p50 <= p99 && p99 <= max).toBe(true);
    // Connection i still loads ring i mod 3, whichever thread runs it: three rings, and each
    // holds exactly what the merged report says it answered there.
    const observer = await connect({ port, name: 'observer' });
    try {
      const held = new Map((await observer.rings()).map((ring) => [ring.name, ring.messages]));
      expect(Object.keys(report.requestsByRing).sort()).toEqual(['bench-0', 'bench-1', 'bench-2']);
      for (const [name, answered] of Object.entries(report.requestsByRing))
        expect(held.get(name)).toBe(answered);
    } finally {
      await observer.close();
    }
  });

  it.each([1, 2])(
    '--workload fanout over %i ring(s): every subscriber receives every message of its ring',
    async (rings) => {
      const { port } = await startServer({ capacity: 100_000 });
      const result = await run(
        'bench',
        [
          ...['--port', String(port), '--workload', 'fanout', '--subscribers', '6'],
          ...['--rings', String(rings), '--pipeline', '4', '--duration', '1', '--json'],
        ],
        { timeoutMs: 15_000 },
      );
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({ subscribers: 6, rings, lost: 0, laggingSubscribers: 0 });
      expect(report.writes).toBeGreaterThan(0);
      // Each ring has 6 / rings subscribers, and each of them received all its ring's writes.
      expect(report.delivered).toBe((report.writes * 6) / rings);
      const observer = await connect({ port, name: 'observer' });
      try {
        const stored = (await observer.rings()).reduce((sum, ring) => sum + ring.messages, 0);
        expect(stored).toBe(report.writes);
      } finally {
        await observer.close();
      }
    },
  );

  it('exits 1 when no server listens', async () => {
    const result = await run('bench', ['--port', '1', '--requests', '10']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^bench: cannot connect to 127\.0\.0\.1:1: .*\(CONNECTION_FAILED\)\n$/,
    );
  });
});
