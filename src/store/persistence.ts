import type { Ring, RingJournal } from '../ring/ring';
import type { RingRegistry, RingSettings } from '../ring/ring-registry';
import { DataDirectory } from './data-directory';
import { StoreError } from './errors';
import { LoggedRing, type LogSettings, type RingRecovery } from './ring-journal';

export interface PersistenceOptions extends LogSettings {
  readonly dataDir: string;
}

/** What STATS shows of the data directory. */
export interface PersistenceFigures {
  readonly dataDir: string;
  readonly fsync: string;
  /** Bytes of every ring's log on disk. */
  readonly logBytes: number;
  /** When the last fdatasync of any log ended (ms since the epoch), 0 if none yet. */
  readonly lastFsyncMs: number;
  /** What the start recovered, in one line. */
  readonly recovery: string;
  /** How long the last start's replay took, in ms. */
  readonly recoveryMs: number;
  /** Each ring's log on disk and what the last start recovered of it. */
  readonly rings: readonly { name: string; logBytes: number; recoveredMessages: number }[];
}

/**
 * The rings' home on disk (--data-dir): the directory and its lock, and one LoggedRing per
 * ring. `journalFor` is the registry's hook, so every ring, declared, found on disk or
 * created at run time, writes its changes to its own log.
 */
export class Persistence {
  readonly options: PersistenceOptions;
  readonly #journals = new Map<string, LoggedRing>();
  readonly #onError: (error: unknown) => void;
  #directory: DataDirectory | undefined;
  #recovery = 'nothing recovered yet';
  #recoveryMs = 0;
  readonly #recovered = new Map<string, number>();

  constructor(options: PersistenceOptions, onError: (error: unknown) => void) {
    this.options = options;
    this.#onError = onError;
  }

  journalFor(name: string, settings: RingSettings): RingJournal {
    const journal = new LoggedRing(() => this.#opened, name, settings, this.options, this.#onError);
    this.#journals.set(name, journal);
    return journal;
  }

  /**
   * Takes the directory's lock and replays every ring found there into `rings` (creating the
   * ones not declared). What was dropped goes to `log.error`, one line each (an operator must
   * hear of it); the summary to `log.info`.
   */
  async open(
    rings: RingRegistry,
    log: { info(line: string): void; error(line: string): void },
  ): Promise<void> {
    const started = performance.now();
    const { dataDir } = this.options;
    try {
      this.#directory = await DataDirectory.open(dataDir, { files: this.options.files });
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError('UNAVAILABLE', `cannot use data dir ${dataDir}: ${String(error)}`, {
        cause: error,
      });
    }
    const recoveries: RingRecovery[] = [];
    for (const meta of await this.#directory.rings()) {
      const ring = restoreRing(rings, meta.name, 'the data dir');
      const journal = this.#journals.get(meta.name) as LoggedRing;
      const recovery = await ring.exclusive((ops) => journal.recover(ops.store, meta));
      recoveries.push(recovery);
      for (const line of recoveryLines(recovery)) log.error(line);
    }
    const messages = recoveries.reduce((sum, recovery) => sum + recovery.messages, 0);
    const records = recoveries.reduce((sum, recovery) => sum + recovery.records, 0);
    const ms = Math.round(performance.now() - started);
    this.#recoveryMs = ms;
    for (const recovery of recoveries) this.#recovered.set(recovery.name, recovery.messages);
    const checked = recoveries.filter((recovery) => !recovery.afterCleanStop).length;
    this.#recovery = `${recoveries.length} rings, ${records} log records, ${messages} messages recovered in ${ms} ms; ${checked} of them stopped uncleanly (every record's CRC checked)`;
    log.info(`storage: ${this.#recovery}`);
  }

  get figures(): PersistenceFigures {
    let logBytes = 0;
    let lastFsyncMs = 0;
    const rings: PersistenceFigures['rings'][number][] = [];
    for (const [name, journal] of this.#journals) {
      const stats = journal.stats;
      if (!stats) continue;
      logBytes += stats.bytesOnDisk;
      lastFsyncMs = Math.max(lastFsyncMs, stats.lastFsyncMs);
      const recoveredMessages = this.#recovered.get(name) ?? 0;
      rings.push({ name, logBytes: stats.bytesOnDisk, recoveredMessages });
    }
    return {
      dataDir: this.options.dataDir,
      fsync: this.options.fsync,
      logBytes,
      lastFsyncMs,
      recovery: this.#recovery,
      recoveryMs: this.#recoveryMs,
      rings,
    };
  }

  /** Writes what is pending, closes every log and releases the lock. */
  async close(): Promise<void> {
    const closing = await Promise.allSettled([...this.#journals.values()].map((j) => j.close()));
    await this.#directory?.close();
    for (const outcome of closing) if (outcome.status === 'rejected') this.#onError(outcome.reason);
  }

  get #opened(): DataDirectory {
    if (!this.#directory) throw new Error('the data directory is not open yet');
    return this.#directory;
  }
}

/**
 * A ring found in a store at start (`source`: the data dir, NATS JetStream): one that the
 * server's ring limits do not let in stops the start.
 */
export function restoreRing(rings: RingRegistry, name: string, source: string): Ring {
  try {
    return rings.restore(name);
  } catch (error) {
    throw new StoreError(
      'INVALID',
      `cannot restore ring ${name} from ${source}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** A torn tail, a repair and changed bounds each get a line: they lost something. */
function recoveryLines(recovery: RingRecovery): string[] {
  const lines: string[] = [];
  const { name, droppedAt, previousBounds } = recovery;
  if (droppedAt) {
    lines.push(
      `ring ${name}: the log ended in a damaged or torn record at ${droppedAt.file} byte ${droppedAt.offset}: dropped ${recovery.bytesDropped} bytes (${recovery.recordsDropped} records); recovered ${recovery.messages} messages`,
    );
  }
  if (previousBounds) {
    lines.push(
      `ring ${name}: bounds changed from capacity ${previousBounds.capacity}, max-bytes ${previousBounds.maxBytes}: ${recovery.droppedByBounds} older messages no longer fit and were dropped; ${recovery.messages} kept`,
    );
  }
  return lines;
}
