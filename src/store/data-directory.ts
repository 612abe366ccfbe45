import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OVERFLOW_POLICIES, type OverflowPolicy } from '../ring/ring';
import { StoreError } from './errors';
import { NODE_LOG_FILES, replaceFile, type LogFiles } from './log-files';

// Layout of a data directory:
//   DIR/LOCK                      the PID of the server using DIR
//   DIR/rings/<ring dir>/meta.json  the ring's name, bounds and creation time (RingMeta)
//   DIR/rings/<ring dir>/<20-digit first seq>.log  its log segments (see ring-log.ts)

/** What a ring is, kept beside its log so that a ring created at run time exists after a restart. */
export interface RingMeta {
  readonly name: string;
  readonly capacity: number;
  readonly maxBytes: number;
  readonly overflow: OverflowPolicy;
  readonly createdMs: number;
}

const META_FILE = 'meta.json';
const LOCK_FILE = 'LOCK';

/**
 * The directory of a ring: `r-` then its name with each capital letter written as `^` and the
 * letter in lower case. The prefix makes `.` and `..` ordinary names (`r-.`, `r-..`), and no
 * two names share a directory on a case-insensitive filesystem. `^` is not a ring-name
 * character, so the mapping is one to one.
 */
export function ringDirectoryName(name: string): string {
  return `r-${name.replace(/[A-Z]/g, (capital) => `^${capital.toLowerCase()}`)}`;
}

/**
 * A data directory held by this process: its LOCK is taken at open and removed at close, so
 * a second server on the same directory refuses to start.
 */
export class DataDirectory {
  readonly path: string;
  readonly #files: LogFiles;
  readonly #rings: string;

  private constructor(path: string, files: LogFiles) {
    this.path = path;
    this.#files = files;
    this.#rings = join(path, 'rings');
  }

  /** Creates the directory when missing and takes its lock; LOCKED when a live process has it. */
  static async open(path: string, options: { files?: LogFiles } = {}): Promise<DataDirectory> {
    const directory = new DataDirectory(path, options.files ?? NODE_LOG_FILES);
    await directory.#files.readdir(directory.#rings, { create: true });
    await takeLock(path);
    return directory;
  }

  /** Where the log of ring `name` lives (the directory given to RingLog.open). */
  ringDirectory(name: string): string {
    return join(this.#rings, ringDirectoryName(name));
  }

  /** Every ring created here before (a ring directory whose meta was never written holds nothing). */
  async rings(): Promise<RingMeta[]> {
    const metas: RingMeta[] = [];
    for (const entry of (await this.#files.readdir(this.#rings)).sort()) {
      let text: string;
      try {
        text = (await this.#files.readFile(join(this.#rings, entry, META_FILE))).toString();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      metas.push(parseMeta(text, join(this.#rings, entry, META_FILE), entry));
    }
    return metas;
  }

  /**
   * Writes a ring's meta atomically (a temporary file, fdatasync, rename, fsync of the
   * directory): after a crash the ring either exists with these bounds or not at all.
   * Also used to record new bounds.
   */
  async writeRing(meta: RingMeta): Promise<void> {
    const directory = this.ringDirectory(meta.name);
    await this.#files.readdir(directory, { create: true });
    await this.#files.syncDirectory(this.#rings);
    await replaceFile(this.#files, directory, META_FILE, Buffer.from(`${JSON.stringify(meta)}\n`));
  }

  /** Releases the lock. */
  async close(): Promise<void> {
    await unlink(join(this.path, LOCK_FILE));
  }
}

function parseMeta(text: string, path: string, entry: string): RingMeta {
  let meta: Partial<RingMeta>;
  try {
    meta = JSON.parse(text) as Partial<RingMeta>;
  } catch (error) {
    throw new StoreError('INVALID', `${path} is not valid JSON`, { cause: error });
  }
  const valid =
    typeof meta.name === 'string' &&
    ringDirectoryName(meta.name) === entry &&
    Number.isSafeInteger(meta.capacity) &&
    Number.isSafeInteger(meta.maxBytes) &&
    OVERFLOW_POLICIES.includes(meta.overflow as OverflowPolicy) &&
    Number.isFinite(meta.createdMs);
  if (!valid) throw new StoreError('INVALID', `${path} does not describe ring ${entry}: ${text}`);
  return meta as RingMeta;
}

/**
 * Takes DIR/LOCK: the PID goes into a file of our own first, which is then hard-linked as LOCK
 * (atomic, and never seen empty). A LOCK whose process is gone (killed with -9) is stale and
 * taken over.
 */
async function takeLock(directory: string): Promise<void> {
  const lock = join(directory, LOCK_FILE);
  const ours = join(directory, `${LOCK_FILE}.${process.pid}`);
  await writeFile(ours, `${process.pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(ours, lock);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (attempt === 0 && !isAlive(holder)) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
      throw new StoreError(
        'LOCKED',
        `data dir ${directory} is in use by process ${holder} (${lock}): stop that server first, or delete ${lock} if no ringwire server uses it`,
      );
    }
  } finally {
    await unlink(ours);
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
