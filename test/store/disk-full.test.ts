import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreError } from '../../src/store/errors';
import type { RingLog } from '../../src/store/ring-log';
import { append, openLog } from './log-fixtures';

/** Mounts a tmpfs of `size` on a new directory; the reason when this machine refuses. */
function mountTmpfs(size: string): { directory: string } | { refused: string } {
  const directory = mkdtempSync(join(tmpdir(), 'ringwire-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', directory], {
      stdio: 'pipe',
    });
    return { directory };
  } catch (error) {
    rmdirSync(directory);
    return { refused: `cannot mount a tmpfs here (${(error as Error).message.trim()})` };
  }
}

const mounted = mountTmpfs('256k');
let log: RingLog | undefined;

afterAll(async () => {
  await log?.close().catch(() => undefined);
  if ('directory' in mounted) {
    execFileSync('umount', [mounted.directory]);
    rmdirSync(mounted.directory);
  }
});

if ('refused' in mounted) {
  console.warn(`skipping the disk-full test on a real filesystem: ${mounted.refused}`);
}

(('directory' in mounted ? it : it.skip) as jest.It)(
  'on a full filesystem, commits fail with UNAVAILABLE, nothing half-written stays, and writes resume once space is freed',
  async () => {
    if (!('directory' in mounted)) return;
    const directory = join(mounted.directory, 'ring');
    const opened = await openLog({ directory, segmentBytes: 32 * 1024 });
    log = opened.log;
    const payload = 'x'.repeat(3000);
    let seq = 0;
    let failure: unknown;
    while (!failure) {
      const batch = [append(seq + 1, payload), append(seq + 2, payload)];
      try {
        await log.commit(batch);
        seq += 2;
      } catch (error) {
        failure = error;
      }
      expect(seq).toBeLessThan(1000); // 256 KiB cannot hold this many
    }
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ failure: 'UNAVAILABLE' });
    expect((failure as Error).message).toMatch(/ENOSPC/);
    // Still full: the same batch is refused again (it was cut back, not left half-written).
    await expect(
      log.commit([append(seq + 1, payload), append(seq + 2, payload)]),
    ).rejects.toMatchObject({ failure: 'UNAVAILABLE' });

    // The window moves past the older segments; deleting them frees the space.
    await log.dropBefore(seq - 10);
    await log.commit([append(seq + 3, payload)]);
    await log.close();

    const reopened = await openLog({ directory });
    log = reopened.log;
    expect(reopened.log.stats.recovery.bytesDropped).toBe(0);
    const seqs = reopened.replayed.map((record) => record.seq);
    expect(seqs[seqs.length - 1]).toBe(seq + 3);
    expect(seqs.slice(0, -1)).toEqual(
      Array.from({ length: seqs.length - 1 }, (_, i) => seq - seqs.length + 2 + i),
    );
    expect(reopened.replayed.every((record) => record.payload.length === 3000)).toBe(true);
  },
);
