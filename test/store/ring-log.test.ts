import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../../src/store/errors';
import type { LogRecord } from '../../src/store/record';
import type { RingLog } from '../../src/store/ring-log';
import { waitFor } from '../helpers/wait';
import { FaultyFiles } from './faulty-files';
import { TempDirectories, append, openLog, plain, remove, update } from './log-fixtures';

const temp = new TempDirectories();
const logs: RingLog[] = [];

afterEach(async () => {
  for (const log of logs.splice(0)) await log.close().catch(() => undefined);
  await temp.cleanUp();
});

async function open(options: Parameters<typeof openLog>[0]) {
  const opened = await openLog(options);
  logs.push(opened.log);
  return opened;
}

async function reopen(log: RingLog, options: Partial<Parameters<typeof openLog>[0]> = {}) {
  await log.close();
  logs.splice(logs.indexOf(log), 1);
  return open({ directory: log.directory, ...options });
}

async function diskBytes(directory: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(directory)) total += (await stat(join(directory, name))).size;
  return total;
}

describe('RingLog', () => {
  it('replays appends, updates and deletes in order after close and reopen', async () => {
    const directory = await temp.make();
    const { log, replayed } = await open({ directory });
    expect(replayed).toEqual([]);
    expect(log.nextSeq).toBe(1);
    const batches: LogRecord[][] = [
      [append(1), append(2, 'ü€ bytes', 'bob'), append(3, '')],
      [update(2, 'changed'), remove(1)],
      [append(4, 'x'.repeat(70_000))],
    ];
    for (const batch of batches) await log.commit(batch);
    expect(log.nextSeq).toBe(5);

    const again = await reopen(log);
    expect(again.replayed).toEqual(batches.flat().map(plain));
    expect(again.log.nextSeq).toBe(5);
    expect(again.log.stats.recovery).toMatchObject({
      records: 6,
      nextSeq: 5,
      bytesDropped: 0,
      recordsDropped: 0,
    });
    await again.log.commit([append(5)]);
    const third = await reopen(again.log);
    expect(third.replayed.map((record) => record.seq)).toEqual([1, 2, 3, 2, 1, 4, 5]);
  });

  it('keeps the next seq in a segment name when no record left holds it', async () => {
    const directory = await temp.make();
    // Every batch after an append starts a new segment, named by the next seq.
    const { log } = await open({ directory, segmentBytes: 1 });
    for (let seq = 1; seq <= 30; seq++) await log.commit([append(seq)]);
    await log.commit([remove(30)]);
    await log.commit([remove(29)]);
    await log.dropBefore(31);
    expect(log.stats.segments).toBe(1);

    const again = await reopen(log, { segmentBytes: 1 });
    expect(again.replayed).toEqual([plain(remove(30)), plain(remove(29))]);
    expect(again.log.nextSeq).toBe(31);
    await again.log.commit([append(31)]);
  });

  it('rotates segments and deletes those the window left: disk stays bounded', async () => {
    const directory = await temp.make();
    const segmentBytes = 4096;
    const window = 100;
    const { log } = await open({ directory, segmentBytes });
    const recordBytes = 8 + 18 + 'alice'.length + 100;
    let maxDisk = 0;
    let seq = 0;
    for (let batch = 0; batch < 200; batch++) {
      const records = Array.from({ length: 16 }, () => append(++seq, 'p'.repeat(100)));
      await log.commit(records);
      await log.dropBefore(seq + 1 - window);
      maxDisk = Math.max(maxDisk, await diskBytes(directory));
      expect(log.stats.bytesOnDisk).toBe(await diskBytes(directory));
    }
    // The window's records, plus one segment, plus the batch that overfilled it.
    expect(maxDisk).toBeLessThanOrEqual(window * recordBytes + segmentBytes + 16 * recordBytes);
    expect(log.stats.segments).toBeGreaterThan(1);

    const again = await reopen(log, { segmentBytes });
    const seqs = again.replayed.map((record) => record.seq);
    expect(seqs[seqs.length - 1]).toBe(seq);
    expect(seqs[0]).toBeLessThanOrEqual(seq + 1 - window);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0] + i));
    expect(again.log.nextSeq).toBe(seq + 1);
  });

  it('group-commits: concurrent commits during a slow fdatasync share the next one', async () => {
    const directory = await temp.make();
    const files = new FaultyFiles();
    const { log } = await open({ directory, files });
    files.datasyncDelayMs = 20;
    const syncsBefore = files.datasyncs;
    const commits = Array.from({ length: 300 }, (_, i) => log.commit([append(i + 1)]));
    await Promise.all(commits);
    const syncs = files.datasyncs - syncsBefore;
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(log.stats.fsyncs).toBe(syncs);

    // Commits arriving one by one while each fdatasync is in flight still share them.
    const spread: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) {
      spread.push(log.commit([append(301 + i)]));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(spread);
    expect(files.datasyncs - syncsBefore - syncs).toBeLessThan(50);
    files.datasyncDelayMs = 0;
    const again = await reopen(log);
    expect(again.replayed.map((record) => record.seq)).toEqual(
      Array.from({ length: 400 }, (_, i) => i + 1),
    );
  });

  it('the logs of several rings fdatasync in parallel', async () => {
    const files = new FaultyFiles();
    const rings = await Promise.all(
      [1, 2, 3].map(async () => (await open({ directory: await temp.make(), files })).log),
    );
    files.datasyncDelayMs = 300; // long enough for all three writes to come in, even on a busy machine
    await Promise.all(rings.map((log) => log.commit([append(1)])));
    expect(files.maxConcurrentDatasyncs).toBe(3);
  });

  it('interval: commits resolve before any fdatasync, which a timer issues at most every interval', async () => {
    const directory = await temp.make();
    const files = new FaultyFiles();
    const { log } = await open({ directory, files, fsync: 'interval', intervalMs: 100 });
    files.datasyncDelayMs = 10_000; // a commit that waited for one would time the test out
    await log.commit([append(1)]);
    expect(files.datasyncs).toBe(0);
    files.datasyncDelayMs = 0;
    const started = Date.now();
    for (let seq = 2; Date.now() - started < 500; seq++) {
      await log.commit([append(seq)]);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(() => files.datasyncs > 0);
    // 500 ms at most one per 100 ms: far fewer than the commits, with room for a slow machine.
    expect(files.datasyncs).toBeLessThanOrEqual(7);
    expect(log.stats.lastFsyncMs).toBeGreaterThan(0);
  });

  it('none: never fdatasyncs while it runs; its close does, as Redis does at shutdown', async () => {
    const directory = await temp.make();
    const files = new FaultyFiles();
    const { log } = await open({ directory, files, fsync: 'none', segmentBytes: 100 });
    for (let seq = 1; seq <= 20; seq++) await log.commit([append(seq)]);
    expect(files.datasyncs).toBe(0);
    await reopen(log);
    expect(files.datasyncs).toBeGreaterThan(0);
  });

  it('a failed write (ENOSPC) rejects its batch, leaves nothing of it, and later writes work', async () => {
    const directory = await temp.make();
    const files = new FaultyFiles();
    const { log } = await open({ directory, files });
    await log.commit([append(1), append(2)]);
    const before = await diskBytes(directory);

    files.fail('writev', 'ENOSPC');
    const failed = log.commit([append(3, 'x'.repeat(1000)), append(4)]);
    await expect(failed).rejects.toThrow(StoreError);
    await expect(failed).rejects.toMatchObject({ failure: 'UNAVAILABLE' });
    await expect(failed).rejects.toThrow(/ENOSPC/);
    expect(await diskBytes(directory)).toBe(before);

    await log.commit([append(5)]);
    const again = await reopen(log);
    expect(again.replayed.map((record) => record.seq)).toEqual([1, 2, 5]);
    expect(again.log.stats.recovery.bytesDropped).toBe(0);
    expect(again.log.nextSeq).toBe(6);
  });

  it('a failed fdatasync (EIO) rejects its group; a failed cut-back is done before the next write', async () => {
    const directory = await temp.make();
    const files = new FaultyFiles();
    const { log } = await open({ directory, files });
    await log.commit([append(1)]);
    files.fail('datasync', 'EIO');
    await expect(log.commit([append(2)])).rejects.toThrow(/EIO/);

    files.fail('writev', 'ENOSPC');
    files.fail('truncate', 'EIO');
    await expect(log.commit([append(3, 'y'.repeat(500))])).rejects.toThrow(/ENOSPC/);
    await log.commit([append(4)]);
    const again = await reopen(log);
    expect(again.replayed.map((record) => record.seq)).toEqual([1, 4]);
    expect(again.log.stats.recovery.bytesDropped).toBe(0);
  });

  it('refuses commits after close', async () => {
    const directory = await temp.make();
    const { log } = await open({ directory });
    await log.close();
    logs.splice(0);
    await expect(log.commit([append(1)])).rejects.toMatchObject({ failure: 'UNAVAILABLE' });
  });
});
