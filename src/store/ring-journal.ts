import type { MessageStore } from '../ring/message-store';
import type { RingJournal } from '../ring/ring';
import { RingBuffer } from '../ring/ring-buffer';
import type { RingSettings } from '../ring/ring-registry';
import type { DataDirectory, RingMeta } from './data-directory';
import { StoreError } from './errors';
import type { LogFiles } from './log-files';
import type { LogRecord } from './record';
import { RingLog, type FsyncPolicy, type RecoverySummary, type RingLogStats } from './ring-log';

export interface LogSettings {
  readonly fsync: FsyncPolicy;
  readonly intervalMs: number;
  readonly repair: boolean;
  readonly segmentBytes?: number;
  /** The real files unless a test injects faults. */
  readonly files?: LogFiles;
  /** Told how long each fdatasync took (for /metrics). */
  readonly onFsync?: (seconds: number) => void;
}

/** What replaying a ring's log at start found, for its log line and STATS. */
export interface RingRecovery extends RecoverySummary {
  readonly name: string;
  /** Messages held after the replay. */
  readonly messages: number;
  /** Bounds changed since the last run: messages the old bounds held and the new ones do not. */
  readonly droppedByBounds: number;
  readonly previousBounds?: { readonly capacity: number; readonly maxBytes: number };
}

/**
 * A ring's journal in the data directory: its meta and its RingLog. A ring found at start is
 * replayed by `recover`; a ring created at run time writes its meta and opens its log at its
 * first commit, so that its first write is acknowledged only once the ring exists on disk.
 */
export class LoggedRing implements RingJournal {
  readonly name: string;
  /** The data directory, once open (rings are created before its lock is taken). */
  readonly #directory: () => DataDirectory;
  readonly #meta: RingMeta;
  readonly #settings: LogSettings;
  readonly #onError: (error: unknown) => void;
  #log: RingLog | undefined;
  #opening: Promise<RingLog> | undefined;

  constructor(
    directory: () => DataDirectory,
    name: string,
    ring: RingSettings,
    settings: LogSettings,
    onError: (error: unknown) => void,
  ) {
    this.name = name;
    this.#directory = directory;
    this.#meta = { name, ...ring, createdMs: Date.now() };
    this.#settings = settings;
    this.#onError = onError;
  }

  get stats(): RingLogStats | undefined {
    return this.#log?.stats;
  }

  /**
   * Start-up: replays the log into `store`. When the ring's bounds changed since `previous`
   * was written, the log is replayed under the old bounds first, so that what the new bounds
   * drop can be counted, and the new bounds are recorded.
   */
  async recover(store: MessageStore, previous: RingMeta): Promise<RingRecovery> {
    const boundsChanged =
      previous.capacity !== store.capacity || previous.maxBytes !== store.maxBytes;
    const replayed = boundsChanged ? new RingBuffer(previous) : store;
    const log = await this.#openLog((record) => replay(replayed, record));
    replayed.skipTo(log.nextSeq, Date.now());
    if (boundsChanged) {
      copyMessages(replayed, store);
      await this.#directory().writeRing({ ...this.#meta, createdMs: previous.createdMs });
    }
    this.#log = log;
    return {
      ...log.stats.recovery,
      name: this.name,
      messages: store.messageCount,
      droppedByBounds: replayed.messageCount - store.messageCount,
      ...(boundsChanged ? { previousBounds: previous } : {}),
    };
  }

  commit(records: readonly LogRecord[]): Promise<void> {
    if (this.#log) return this.#log.commit(records);
    // The payloads are views of socket reads: copied before waiting for the log to open.
    const copies = records.map((record) => ({ ...record, payload: Buffer.from(record.payload) }));
    return this.#openNew().then((log) => log.commit(copies));
  }

  dropBefore(oldestSeq: number): void {
    this.#log?.dropBefore(oldestSeq).catch(this.#onError);
  }

  async close(): Promise<void> {
    await this.#opening?.catch(() => undefined);
    await this.#log?.close();
  }

  /** A ring created at run time: its meta first, then an empty log; tried again after a failure. */
  #openNew(): Promise<RingLog> {
    this.#opening ??= (async () => {
      try {
        await this.#directory().writeRing(this.#meta);
        this.#log = await this.#openLog(() => undefined);
        return this.#log;
      } catch (error) {
        this.#opening = undefined;
        if (error instanceof StoreError) throw error;
        throw new StoreError(
          'UNAVAILABLE',
          `cannot create ring ${this.name} on disk: ${String(error)}`,
          {
            cause: error,
          },
        );
      }
    })();
    return this.#opening;
  }

  #openLog(replayRecord: (record: LogRecord) => void): Promise<RingLog> {
    const { fsync, intervalMs, repair, segmentBytes, files, onFsync } = this.#settings;
    return RingLog.open({
      directory: this.#directory().ringDirectory(this.name),
      fsync,
      intervalMs,
      repair,
      segmentBytes,
      files,
      onFsync,
      replay: replayRecord,
    });
  }
}

/** Applies one record of the log to the in-memory ring (seqs, times and senders as logged). */
function replay(store: MessageStore, record: LogRecord): void {
  switch (record.op) {
    case 'append':
      store.skipTo(record.seq, record.timeMs);
      // A payload over a smaller byte bound leaves its seq a gap.
      if (record.payload.length <= store.maxBytes) {
        store.append(record.payload, record.sender, record.timeMs);
      }
      return;
    case 'update':
      if (store.get(record.seq)) store.update(record.seq, record.payload, record.timeMs);
      return;
    case 'delete':
      store.delete(record.seq);
  }
}

/** Every message of `from`, oldest first, into `to` (whose bounds keep the newest that fit). */
function copyMessages(from: MessageStore, to: MessageStore): void {
  const { messages } = from.readAfter(0, from.capacity);
  for (const message of messages) {
    if (message.payloadLength > to.maxBytes) continue;
    to.skipTo(message.seq, message.timestampMs);
    to.append(message.payload, message.sender, message.timestampMs);
    if (message.updatedMs > 0) to.update(message.seq, message.payload, message.updatedMs);
  }
  to.skipTo(from.nextSeq, Date.now());
}
