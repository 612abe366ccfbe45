import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CrcVerifier } from './crc-verifier';
import { StoreError } from './errors';
import { NODE_LOG_FILES, replaceFile, type LogFile, type LogFiles } from './log-files';
import {
  decodeRecord,
  encodedBytes,
  encodeRecordsInto,
  RecordDecoder,
  type LogRecord,
} from './record';

/**
 * When a committed batch counts as durable:
 * - `always`: after the fdatasync of its group (a crash of the machine loses nothing acknowledged);
 * - `interval`: once written to the OS (a crash of the process loses nothing), fdatasync at most
 *   every interval (a crash of the machine may lose the last interval);
 * - `none`: once written to the OS; flushing is left to it.
 */
export const FSYNC_POLICIES = ['always', 'interval', 'none'] as const;
export type FsyncPolicy = (typeof FSYNC_POLICIES)[number];

export const DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;
export const DEFAULT_FSYNC_INTERVAL_MS = 1000;
export const DEFAULT_CRC_WORKER_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Written by a clean close after its last fdatasync: the segments' names and sizes then. A start
 * that finds it takes those bytes as checked (the CRCs were right when written, and nothing
 * was torn); it removes the marker before anything else, since the log changes from then on.
 */
const CLEAN_FILE = 'CLEAN';

/** Segments are named by their first seq, zero-padded so that a directory listing sorts them. */
const SEGMENT_NAME = /^(\d{20})\.log$/;
const segmentName = (firstSeq: number): string => `${String(firstSeq).padStart(20, '0')}.log`;

export interface RingLogOptions {
  /** The ring's own directory (see DataDirectory); created when missing. */
  readonly directory: string;
  readonly fsync: FsyncPolicy;
  /** Told how long each fdatasync took (for /metrics). */
  readonly onFsync?: (seconds: number) => void;
  /** `interval`: the longest a write waits for its fdatasync. */
  readonly intervalMs?: number;
  /** A segment past this size is closed and a new one started (before the next batch). */
  readonly segmentBytes?: number;
  /** Drop a damaged record and everything after it instead of refusing to open. */
  readonly repair?: boolean;
  readonly files?: LogFiles;
  /**
   * A log whose first segment holds this many bytes has its CRCs checked on a worker thread
   * during the replay (see CrcVerifier), when the process may run on more than one CPU; smaller
   * ones are not worth the thread's start.
   */
  readonly crcWorkerMinBytes?: number;
  /**
   * Told every record kept, oldest first, before `open` resolves. The record (one object reused
   * for all) and its payload (a view of the bytes read) are valid during the call only. Appends carry their seqs, strictly increasing (a failed commit
   * leaves a gap); updates and deletes name seqs appended before them.
   */
  readonly replay: (record: LogRecord) => void;
}

/** What opening a log found; phase 2 logs it in one line and shows it in STATS. */
export interface RecoverySummary {
  readonly segments: number;
  /** Records replayed. */
  readonly records: number;
  /** Bytes of log replayed. */
  readonly bytes: number;
  /** The seq the ring's next message gets: never one a kept or dropped record used. */
  readonly nextSeq: number;
  /** Bytes cut off at the first damaged record (a torn tail, or what `repair` dropped). */
  readonly bytesDropped: number;
  /** The damaged record and the intact records found after it. */
  readonly recordsDropped: number;
  /** Where the dropped bytes began. */
  readonly droppedAt?: { readonly file: string; readonly offset: number };
  /** The last stop was clean (CLEAN_FILE): the CRCs of what it wrote were not checked again. */
  readonly afterCleanStop: boolean;
  readonly durationMs: number;
}

export interface RingLogStats {
  readonly bytesOnDisk: number;
  readonly segments: number;
  readonly fsyncs: number;
  readonly fsyncTotalMs: number;
  /** Wall-clock time of the last successful fdatasync, 0 before the first. */
  readonly lastFsyncMs: number;
  /** fdatasyncs of the `interval` timer that failed (the data stays written; retried). */
  readonly failedIntervalFsyncs: number;
  readonly recovery: RecoverySummary;
}

interface Segment {
  readonly firstSeq: number;
  readonly path: string;
  bytes: number;
}

/** The smallest buffer a group's records are encoded into. */
const MIN_GROUP_BUFFER_BYTES = 16 * 1024;
const NO_BYTES = Buffer.alloc(0);

/** One commit waiting for its group to be written (its bytes are in the log's group buffer). */
interface PendingBatch {
  /** The seq after the batch's last append, 0 without appends. */
  readonly nextSeq: number;
  readonly resolve: () => void;
  readonly reject: (error: StoreError) => void;
}

/**
 * One ring's append-only log: segment files of records (see record.ts), written in the order
 * `commit` is called, replayed at open.
 *
 * The caller commits each locked step's records with one call, under the ring's lock, so the
 * log's order is the ring's order; it releases the lock at once and awaits the promise before
 * replies leave. Batches committed in one turn of the event loop, or while a write or
 * fdatasync is in flight, are written together with one writev and, with `always`, made
 * durable with one fdatasync: a group commit. A failed group fails every batch committed
 * before the failure is reported, too (see RingJournal).
 */
export class RingLog {
  readonly directory: string;
  readonly #files: LogFiles;
  readonly #fsync: FsyncPolicy;
  readonly #intervalMs: number;
  readonly #segmentBytes: number;
  readonly #onFsync: ((seconds: number) => void) | undefined;
  readonly #segments: Segment[];
  readonly #recovery: RecoverySummary;
  #file: LogFile;
  /** End of the last batch written whole: the next write goes here, and a failed one is cut back to it. */
  #offset: number;
  #nextSeq: number;
  /** A failed write could not be cut back: the tail must be truncated before the next write. */
  #damagedTail = false;
  #pending: PendingBatch[] = [];
  /** The records of `#pending`, encoded back to back: the next group's one write. */
  #group: Buffer = NO_BYTES;
  #groupBytes = 0;
  /** The size of the last group written: the first guess for the next one's buffer. */
  #lastGroupBytes = 0;
  #flushing: Promise<void> | undefined;
  #fsyncWanted = false;
  #fsyncTimer: NodeJS.Timeout | undefined;
  #maintenance: Promise<void> = Promise.resolve();
  #closed = false;
  #fsyncs = 0;
  #fsyncTotalMs = 0;
  #lastFsyncMs = 0;
  #failedIntervalFsyncs = 0;

  private constructor(options: RingLogOptions, files: LogFiles, opened: Opened) {
    this.directory = options.directory;
    this.#files = files;
    this.#fsync = options.fsync;
    this.#intervalMs = options.intervalMs ?? DEFAULT_FSYNC_INTERVAL_MS;
    this.#segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    this.#onFsync = options.onFsync;
    this.#segments = opened.segments;
    this.#file = opened.file;
    this.#offset = opened.segments[opened.segments.length - 1].bytes;
    this.#nextSeq = opened.recovery.nextSeq;
    this.#recovery = opened.recovery;
  }

  /** Replays the log (cutting off a torn tail) and opens it for appending. */
  static async open(options: RingLogOptions): Promise<RingLog> {
    const files = options.files ?? NODE_LOG_FILES;
    return new RingLog(options, files, await recover(options, files));
  }

  /** The seq after the last append written; the ring's next seq after a restart. */
  get nextSeq(): number {
    return this.#nextSeq;
  }

  get stats(): RingLogStats {
    return {
      bytesOnDisk: this.#segments.reduce((sum, segment) => sum + segment.bytes, 0),
      segments: this.#segments.length,
      fsyncs: this.#fsyncs,
      fsyncTotalMs: this.#fsyncTotalMs,
      lastFsyncMs: this.#lastFsyncMs,
      failedIntervalFsyncs: this.#failedIntervalFsyncs,
      recovery: this.#recovery,
    };
  }

  /**
   * Writes the records of one step, in call order, and resolves when they are durable as the
   * fsync policy says. Rejects with a StoreError (UNAVAILABLE) when the disk refuses, or when
   * an earlier batch failed before this one was written; nothing of it then stays in the log,
   * and later commits try again.
   */
  commit(records: readonly LogRecord[]): Promise<void> {
    if (this.#closed) return Promise.reject(new StoreError('UNAVAILABLE', 'the log is closed'));
    try {
      // Encoded now, once: the payloads are views of socket reads. Bytes of a batch that
      // fails to encode lie past #groupBytes, where the next batch overwrites them.
      this.#reserve(encodedBytes(records));
      this.#groupBytes = encodeRecordsInto(records, this.#group, this.#groupBytes);
    } catch (error) {
      return Promise.reject(error);
    }
    let nextSeq = 0;
    for (const record of records) if (record.op === 'append') nextSeq = record.seq + 1;
    return new Promise((resolve, reject) => {
      this.#pending.push({ nextSeq, resolve, reject });
      this.#flushing ??= this.#flush();
    });
  }

  /** Room for `bytes` more in the group buffer. */
  #reserve(bytes: number): void {
    const needed = this.#groupBytes + bytes;
    if (needed <= this.#group.length) return;
    const grown = Buffer.allocUnsafe(
      Math.max(needed, 2 * this.#group.length, this.#lastGroupBytes, MIN_GROUP_BUFFER_BYTES),
    );
    this.#group.copy(grown, 0, 0, this.#groupBytes);
    this.#group = grown;
  }

  /**
   * Deletes the segments whose appends all have seqs below `oldestSeq` (the ring's window has
   * moved past them); the segment being written is kept. Call it after a step moved the window.
   */
  dropBefore(oldestSeq: number): Promise<void> {
    const doomed: Segment[] = [];
    while (this.#segments.length > 1 && this.#segments[1].firstSeq <= oldestSeq) {
      doomed.push(this.#segments.shift() as Segment);
    }
    if (doomed.length === 0) return Promise.resolve();
    const deletion = this.#maintenance.then(async () => {
      try {
        for (const segment of doomed) await this.#files.unlink(segment.path);
        await this.#files.syncDirectory(this.directory);
      } catch (error) {
        // The files left behind hold only seqs the window has left: a restart replays and drops them.
        throw storeUnavailable(`cannot delete an old segment in ${this.directory}`, error);
      }
    });
    this.#maintenance = deletion.catch(() => undefined);
    return deletion;
  }

  /**
   * Writes what is pending, fdatasyncs (whatever the policy, as Redis does with its AOF at
   * shutdown), closes the file and marks the log as cleanly stopped.
   */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#flushing) await this.#flushing;
    clearTimeout(this.#fsyncTimer);
    try {
      await this.#datasync();
    } finally {
      await this.#file.close();
      await this.#maintenance;
    }
    if (this.#damagedTail) return;
    const sizes = Object.fromEntries(
      this.#segments.map(({ path, bytes }) => [basename(path), bytes]),
    );
    await replaceFile(this.#files, this.directory, CLEAN_FILE, Buffer.from(JSON.stringify(sizes)));
  }

  async #flush(): Promise<void> {
    // Wait for the end of this turn of the event loop: the steps of every connection whose
    // requests arrived in it join one group.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      for (;;) {
        if (this.#fsyncWanted) await this.#intervalFsync();
        const group = this.#pending;
        if (group.length === 0) return;
        // The group's bytes are written from this buffer; the next group gets a new one.
        const bytes = this.#group.subarray(0, this.#groupBytes);
        this.#pending = [];
        this.#group = NO_BYTES;
        this.#groupBytes = 0;
        this.#lastGroupBytes = bytes.length;
        try {
          await this.#writeGroup(group, bytes);
        } catch (error) {
          // The batches committed meanwhile may build on the failed ones (an update of a seq
          // they appended): they fail too, in commit order, before any other commit is made.
          const failure = storeUnavailable(`cannot write the log in ${this.directory}`, error);
          const failed = group.concat(this.#pending);
          this.#pending = [];
          this.#groupBytes = 0;
          for (const batch of failed) batch.reject(failure);
          continue;
        }
        for (const batch of group) batch.resolve();
      }
    } finally {
      // Synchronously after the last check of #pending: a commit from now on starts a new loop.
      this.#flushing = undefined;
    }
  }

  async #writeGroup(group: PendingBatch[], bytes: Buffer): Promise<void> {
    if (this.#damagedTail) {
      await this.#file.truncate(this.#offset);
      this.#damagedTail = false;
    }
    if (this.#offset >= this.#segmentBytes) await this.#rotate();
    const start = this.#offset;

    try {
      const end = await writeAll(this.#file, [bytes], start);
      if (this.#fsync === 'always') await this.#datasync();
      this.#offset = end;
    } catch (error) {
      await this.#file.truncate(start).catch(() => (this.#damagedTail = true));
      throw error;
    }
    this.#segments[this.#segments.length - 1].bytes = this.#offset;
    for (const batch of group) if (batch.nextSeq > 0) this.#nextSeq = batch.nextSeq;
    if (this.#fsync === 'interval') this.#fsyncTimer ??= this.#scheduleFsync();
  }

  /** Starts a segment named by the next seq. Only past an append: the name must be new. */
  async #rotate(): Promise<void> {
    const active = this.#segments[this.#segments.length - 1];
    if (active.firstSeq === this.#nextSeq) return;
    if (this.#fsync !== 'none') await this.#datasync();
    const segment = await createSegment(this.#files, this.directory, this.#nextSeq);
    await this.#file.close();
    this.#file = segment.file;
    this.#segments.push(segment.segment);
    this.#offset = 0;
  }

  #scheduleFsync(): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#fsyncTimer = undefined;
      if (this.#closed) return; // close() fdatasyncs last
      this.#fsyncWanted = true;
      this.#flushing ??= this.#flush();
    }, this.#intervalMs);
    timer.unref();
    return timer;
  }

  /** Acknowledged writes stay written when this fails: count it and try again next interval. */
  async #intervalFsync(): Promise<void> {
    this.#fsyncWanted = false;
    try {
      await this.#datasync();
    } catch {
      this.#failedIntervalFsyncs++;
      this.#fsyncTimer ??= this.#scheduleFsync();
    }
  }

  async #datasync(): Promise<void> {
    const started = performance.now();
    await this.#file.datasync();
    const ms = performance.now() - started;
    this.#fsyncs++;
    this.#fsyncTotalMs += ms;
    this.#onFsync?.(ms / 1000);
    this.#lastFsyncMs = Date.now();
  }
}

/** Writes `buffers` whole at `position`, going on after short writes; resolves with the end. */
async function writeAll(file: LogFile, buffers: Uint8Array[], position: number): Promise<number> {
  let remaining = buffers;
  for (;;) {
    const written = await file.writev(remaining, position);
    position += written;
    remaining = skipBytes(remaining, written);
    if (remaining.length === 0) return position;
  }
}

function skipBytes(buffers: Uint8Array[], count: number): Uint8Array[] {
  let index = 0;
  while (index < buffers.length && count >= buffers[index].length) count -= buffers[index++].length;
  const rest = buffers.slice(index);
  if (count > 0) rest[0] = rest[0].subarray(count);
  return rest;
}

function storeUnavailable(what: string, cause: unknown): StoreError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new StoreError('UNAVAILABLE', `${what}: ${code ? `${code}: ` : ''}${reason}`, { cause });
}

async function createSegment(
  files: LogFiles,
  directory: string,
  firstSeq: number,
): Promise<{ segment: Segment; file: LogFile }> {
  const path = join(directory, segmentName(firstSeq));
  const file = await files.open(path, 'create');
  await files.syncDirectory(directory);
  return { segment: { firstSeq, path, bytes: 0 }, file };
}

interface Opened {
  readonly segments: Segment[];
  readonly file: LogFile;
  readonly recovery: RecoverySummary;
}

/** Intact records found in `bytes` from `start` on, resynchronising byte by byte past damage. */
function intactRecordsFrom(bytes: Buffer, start: number): { count: number; lastSeq: number } {
  let count = 0;
  let lastSeq = 0;
  for (let offset = start; offset < bytes.length;) {
    const record = decodeRecord(bytes, offset);
    if (!record) {
      offset++;
      continue;
    }
    count++;
    lastSeq = Math.max(lastSeq, record.seq);
    offset = record.end;
  }
  return { count, lastSeq };
}

/** An intact record that also fits the log's order: appends move forward, changes look back. */
function fitsOrder(record: LogRecord, nextSeq: number): boolean {
  return record.op === 'append' ? record.seq >= nextSeq : record.seq < nextSeq;
}

/** The segment sizes of the last clean stop (none after a crash), the marker removed for good. */
async function takeCleanMarker(files: LogFiles, directory: string): Promise<Map<string, number>> {
  const path = join(directory, CLEAN_FILE);
  let text: string;
  try {
    text = (await files.readFile(path)).toString();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  await files.unlink(path);
  await files.syncDirectory(directory);
  let sizes: unknown;
  try {
    sizes = JSON.parse(text);
  } catch {
    return new Map();
  }
  if (typeof sizes !== 'object' || sizes === null) return new Map();
  const valid = Object.entries(sizes).filter(
    (entry): entry is [string, number] =>
      SEGMENT_NAME.test(entry[0]) && Number.isSafeInteger(entry[1]),
  );
  return new Map(valid);
}

/** A read begun now and awaited later; a replay that stops at damage never awaits it. */
function prefetch(files: LogFiles, path: string): Promise<Buffer> {
  const reading = files.readFile(path);
  reading.catch(() => undefined);
  return reading;
}

interface Dropped {
  readonly bytes: number;
  readonly records: number;
  readonly at: { readonly file: string; readonly offset: number };
  /** Past every seq the dropped records and segments used. */
  readonly nextSeq: number;
}

/**
 * Cuts the log at a damaged record: the rest of its segment and every later segment go.
 * Refused (CORRUPT) when intact records would go too, unless `repair` is set.
 */
async function dropFromDamage(
  options: RingLogOptions,
  files: LogFiles,
  segments: Segment[],
  damage: { index: number; offset: number; bytes: Buffer },
): Promise<Dropped> {
  const segment = segments[damage.index];
  const later = segments.slice(damage.index + 1);
  let bytes = damage.bytes.length - damage.offset;
  let { count: intactRecords, lastSeq } = intactRecordsFrom(damage.bytes, damage.offset + 1);
  let nextSeq = 0;
  for (const laterSegment of later) {
    const laterBytes = await files.readFile(laterSegment.path);
    const found = intactRecordsFrom(laterBytes, 0);
    bytes += laterBytes.length;
    intactRecords += found.count;
    lastSeq = Math.max(lastSeq, found.lastSeq);
    nextSeq = Math.max(nextSeq, laterSegment.firstSeq);
  }
  if (intactRecords > 0 && !options.repair) {
    throw new StoreError(
      'CORRUPT',
      `ring log ${segment.path} is damaged at byte ${damage.offset} and ${intactRecords} intact records follow: refusing to skip them. ` +
        `To keep what precedes the damage and drop the rest, start with --repair (copy ${options.directory} away first to keep it).`,
    );
  }
  const file = await files.open(segment.path, 'write');
  try {
    await file.truncate(damage.offset);
    await file.datasync();
  } finally {
    await file.close();
  }
  for (const laterSegment of later) await files.unlink(laterSegment.path);
  await files.syncDirectory(options.directory);
  segments.splice(damage.index + 1);
  return {
    bytes,
    records: 1 + intactRecords,
    at: { file: segment.path, offset: damage.offset },
    nextSeq: Math.max(nextSeq, lastSeq + 1),
  };
}

/**
 * Replays every segment from the oldest. The first damaged record ends the log when nothing
 * intact follows it (a torn tail: cut off, reported); when intact records follow, the log
 * refuses to open unless `repair` is set.
 */
async function recover(options: RingLogOptions, files: LogFiles): Promise<Opened> {
  const started = performance.now();
  const { directory, replay } = options;
  const names = (await files.readdir(directory, { create: true }))
    .filter((name) => SEGMENT_NAME.test(name))
    .sort();
  const segments: Segment[] = names.map((name) => ({
    firstSeq: Number(name.slice(0, 20)),
    path: join(directory, name),
    bytes: 0,
  }));
  let nextSeq = 1;
  let records = 0;
  let bytesReplayed = 0;
  let damage: { index: number; offset: number; bytes: Buffer } | undefined;
  const record = new RecordDecoder();
  const cleanSizes = await takeCleanMarker(files, directory);
  // On one CPU (a process pinned to it, too) the worker would only take turns with the replay.
  const crcWorkerMinBytes =
    availableParallelism() > 1
      ? (options.crcWorkerMinBytes ?? DEFAULT_CRC_WORKER_MIN_BYTES)
      : Number.POSITIVE_INFINITY;
  const paths = segments.map(({ path }) => path);
  // Started before the first read, to be ahead of the replay sooner, when the log is known to be
  // large: a segment is closed once past segmentBytes.
  const segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
  const workerWanted = cleanSizes.size === 0;
  let verifier =
    workerWanted && segments.length > 1 && segmentBytes >= crcWorkerMinBytes
      ? new CrcVerifier(paths)
      : undefined;
  // Each segment is read whole while the one before it is replayed.
  let reading = segments.length > 0 ? prefetch(files, segments[0].path) : undefined;
  try {
    for (let index = 0; index < segments.length && !damage; index++) {
      const segment = segments[index];
      const bytes = await (reading as Promise<Buffer>);
      reading = index + 1 < segments.length ? prefetch(files, segments[index + 1].path) : undefined;
      if (workerWanted && !verifier && bytes.length >= crcWorkerMinBytes) {
        verifier = new CrcVerifier(paths);
      }
      nextSeq = Math.max(nextSeq, segment.firstSeq);
      let offset = 0;
      // A segment that changed after the clean stop (it cannot, under the lock) is checked.
      let crcCheckedTo = cleanSizes.get(names[index]) === bytes.length ? bytes.length : 0;
      for (; offset < bytes.length; offset = record.end) {
        // Asked again only once the replay has caught up with it: an atomic load costs.
        if (verifier && offset >= crcCheckedTo) crcCheckedTo = verifier.verifiedEnd(index);
        if (!record.read(bytes, offset, crcCheckedTo) || !fitsOrder(record, nextSeq)) break;
        replay(record);
        records++;
        if (record.op === 'append') nextSeq = record.seq + 1;
      }
      segment.bytes = offset;
      bytesReplayed += offset;
      if (offset < bytes.length) damage = { index, offset, bytes };
    }
  } finally {
    verifier?.stop();
  }

  let dropped: Dropped | undefined;
  const keptNextSeq = nextSeq;
  if (damage) {
    dropped = await dropFromDamage(options, files, segments, damage);
    nextSeq = Math.max(nextSeq, dropped.nextSeq);
  }

  const last = segments[segments.length - 1];
  let file: LogFile;
  if (last && nextSeq === keptNextSeq) {
    file = await files.open(last.path, 'write');
  } else {
    // A new segment's name keeps the next seq when no record left does.
    const created = await createSegment(files, directory, nextSeq);
    segments.push(created.segment);
    file = created.file;
  }
  return {
    segments,
    file,
    recovery: {
      segments: segments.length,
      records,
      bytes: bytesReplayed,
      nextSeq,
      bytesDropped: dropped?.bytes ?? 0,
      recordsDropped: dropped?.records ?? 0,
      ...(dropped ? { droppedAt: dropped.at } : {}),
      afterCleanStop: cleanSizes.size > 0,
      durationMs: performance.now() - started,
    },
  };
}
