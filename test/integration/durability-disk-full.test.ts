import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwireError, connect } from '../../src/client';
import { exitOf, spawnServer } from '../helpers/processes';
import { TempDirectories } from '../store/log-fixtures';

// A data dir on a full filesystem (a 1 MiB tmpfs): writes get STORE_UNAVAILABLE and nothing
// of them is served, reads go on, the server keeps running, and writes resume once space is freed.

const temp = new TempDirectories();
let server: ChildProcess | undefined;
let mounted: string | undefined;

afterEach(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill('SIGKILL');
    await exitOf(server);
  }
  server = undefined;
  if (mounted) execFileSync('umount', [mounted]);
  mounted = undefined;
  await temp.cleanUp();
});

/** A 1 MiB tmpfs, or undefined (with the reason printed) where mounting is not allowed. */
async function smallFilesystem(): Promise<string | undefined> {
  const mountPoint = join(await temp.make(), 'small');
  await mkdir(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    console.log(`skipped: cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  mounted = mountPoint;
  return mountPoint;
}

/** Fills the filesystem: the file is written until ENOSPC. */
async function fill(path: string): Promise<void> {
  await expect(writeFile(path, Buffer.alloc(4 * 1024 * 1024, 1))).rejects.toThrow(/ENOSPC/);
}

test('a full disk answers STORE_UNAVAILABLE, serves reads, and takes writes again once space is freed', async () => {
  const filesystem = await smallFilesystem();
  if (!filesystem) return;
  const dataDir = join(filesystem, 'data');
  const args = ['--data-dir', dataDir, '--fsync', 'always'];
  let started = await spawnServer(args);
  server = started.child;
  const big = (text: string): Buffer => Buffer.concat([Buffer.from(text), Buffer.alloc(16 * 1024)]);
  const client = await connect({ port: started.port, name: 'writer' });
  try {
    expect(await client.set(big('kept 1'))).toBe(1n);
    expect(await client.set(big('kept 2'))).toBe(2n);

    const filler = join(filesystem, 'filler');
    await fill(filler);
    const refused = await Promise.allSettled([
      client.set(big('refused 1')),
      client.set(big('refused 2')),
      client.update(1, big('refused update')),
    ]);
    for (const outcome of refused) {
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as RingwireError;
      expect([error.code, error.message]).toEqual([
        'STORE_UNAVAILABLE',
        expect.stringMatching(/ENOSPC/),
      ]);
    }
    // A GET pipelined behind a refused SET never shows it: refused too, or without it.
    const [setBehind, getBehind] = await Promise.allSettled([
      client.set(big('refused 3')),
      client.get({ count: 10 }),
    ]);
    expect(setBehind.status).toBe('rejected');
    if (getBehind.status === 'rejected') {
      expect((getBehind.reason as RingwireError).code).toBe('STORE_UNAVAILABLE');
    } else {
      expect(getBehind.value.messages.map((m) => m.payload.subarray(0, 6).toString())).toEqual([
        'kept 1',
        'kept 2',
      ]);
    }
    // Nothing of the refused writes is served; the connection is still open for reads.
    const read = await client.get({ count: 10 });
    expect(read.messages.map((m) => m.payload.subarray(0, 6).toString())).toEqual([
      'kept 1',
      'kept 2',
    ]);
    expect(read.messages[0].updatedMs).toBe(0);

    await rm(filler);
    const resumed = await client.set(big('after'));
    expect(resumed).toBeGreaterThan(2n);
    const stats = await client.stats();
    expect(stats.errors.STORE_UNAVAILABLE).toBeGreaterThanOrEqual(4);
    expect(stats).toMatchObject({
      dataDir,
      fsync: 'always',
      recovery: expect.stringMatching(/^0 rings/),
    });
    expect(stats.logBytes).toBeGreaterThan(3 * 16 * 1024);
    expect(stats.lastFsyncMs).toBeGreaterThan(Date.now() - 60_000);
  } finally {
    await client.close();
  }

  // After a restart: the acknowledged writes, nothing of the refused ones.
  server.kill('SIGTERM');
  await exitOf(server);
  started = await spawnServer(args);
  server = started.child;
  const reader = await connect({ port: started.port, name: 'reader' });
  try {
    const read = await reader.get({ count: 10 });
    expect(read.messages.map((m) => m.payload.subarray(0, 6).toString())).toEqual([
      'kept 1',
      'kept 2',
      'after\0',
    ]);
  } finally {
    await reader.close();
  }
}, 30_000);
