import { connect, RingwireError } from '../../src/client';
import { exitOf, spawnServer } from '../helpers/processes';

describe('./server on SIGTERM', () => {
  it('answers what it received, tells clients it is shutting down, and exits 0', async () => {
    const { child, port, stderr } = await spawnServer();
    try {
      const client = await connect({ port, name: 'draining' });
      const closed = client.closed;
      // Keep 50 SETs in flight at all times, before, during and after the signal.
      const results: PromiseSettledResult<bigint>[] = [];
      const writer = (async () => {
        for (let round = 0; round < 1000; round++) {
          const batch = await Promise.allSettled(
            Array.from({ length: 50 }, (_, i) => client.set(`r${round}-${i}`)),
          );
          results.push(...batch);
          if (batch.some((r) => r.status === 'rejected')) return;
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill('SIGTERM');
      await writer;

      const stored = results
        .filter((r) => r.status === 'fulfilled')
        .map((r) => (r as PromiseFulfilledResult<bigint>).value);
      expect(stored.length).toBeGreaterThan(50);
      // Everything the server received before it went away was answered: no gap in the seqs.
      expect(stored).toEqual(stored.map((_, i) => BigInt(i + 1)));
      const rejected = results.slice(stored.length);
      expect(rejected.length).toBeGreaterThan(0);
      for (const r of rejected) {
        expect(r.status).toBe('rejected');
        expect(['SHUTTING_DOWN', 'CONNECTION_CLOSED']).toContain(
          ((r as PromiseRejectedResult).reason as RingwireError).code,
        );
      }
      const reason = await closed;
      expect(reason?.code).toBe('SHUTTING_DOWN');
      expect(await exitOf(child, 8000)).toBe(0);
      expect(stderr()).toContain('SIGTERM: shutting down');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exits 0 within the shutdown timeout when a client never closes', async () => {
    const { child, port, stderr } = await spawnServer(['--shutdown-timeout-ms', '300']);
    const { Socket } = await import('node:net');
    const stubborn = new Socket();
    await new Promise<void>((resolve) => stubborn.connect(port, '127.0.0.1', resolve));
    stubborn.on('error', () => {});
    stubborn.on('end', () => {}); // allowHalfOpen is off, but we never call end ourselves
    stubborn.pause(); // reads nothing, so the server's FIN is never acted on
    const started = Date.now();
    child.kill('SIGTERM');
    expect([await exitOf(child, 8000), stderr()]).toEqual([
      0,
      expect.stringContaining('SIGTERM: shutting down'),
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
    stubborn.destroy();
  });
});
