import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogRecord } from '../../src/store/record';
import { RingLog, type RingLogOptions } from '../../src/store/ring-log';

export const append = (seq: number, text = `message ${seq}`, sender = 'alice'): LogRecord => ({
  op: 'append',
  seq,
  timeMs: 1_790_000_000_000 + seq,
  sender,
  payload: Buffer.from(text),
});

export const update = (seq: number, text: string): LogRecord => ({
  op: 'update',
  seq,
  timeMs: 1_790_000_500_000 + seq,
  sender: '',
  payload: Buffer.from(text),
});

export const remove = (seq: number): LogRecord => ({
  op: 'delete',
  seq,
  timeMs: 1_790_000_900_000 + seq,
  sender: '',
  payload: Buffer.alloc(0),
});

/** A record as plain data (payload copied), to compare with toEqual. */
export function plain(record: LogRecord): LogRecord {
  const { op, seq, timeMs, sender, payload } = record;
  return { op, seq, timeMs, sender, payload: Buffer.from(payload) };
}

/** Opens a log and collects what it replays. */
export async function openLog(
  options: Partial<RingLogOptions> & { directory: string },
): Promise<{ log: RingLog; replayed: LogRecord[] }> {
  const replayed: LogRecord[] = [];
  const log = await RingLog.open({
    fsync: 'always',
    ...options,
    replay: (record) => replayed.push(plain(record)),
  });
  return { log, replayed };
}

/** Temporary directories, removed by `cleanUp` (call it in afterEach). */
export class TempDirectories {
  readonly #made: string[] = [];

  async make(): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), 'ringwire-store-'));
    this.#made.push(directory);
    return directory;
  }

  async cleanUp(): Promise<void> {
    for (const directory of this.#made.splice(0)) {
      await rm(directory, { recursive: true, force: true });
    }
  }
}

/**
 * Makes a cleanly closed log look as if its process had died after its last write: without
 * the clean-stop marker, the next open checks every CRC (what the damage tests need).
 */
export async function forgetCleanStop(directory: string): Promise<void> {
  await unlink(join(directory, 'CLEAN'));
}
