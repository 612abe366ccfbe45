import { close, fstatSync, openSync, read } from 'node:fs';
import { join } from 'node:path';
import { open, readdir, rename, unlink, mkdir, type FileHandle } from 'node:fs/promises';

/** An open file of the log. Writes are positioned, so that a failed one can be cut back. */
export interface LogFile {
  readonly path: string;
  /** Writes `buffers` in order at `position`; resolves with the bytes written (may be fewer). */
  writev(buffers: readonly Uint8Array[], position: number): Promise<number>;
  /** Flushes the data (and the size) of the file to stable storage. */
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations the log uses, behind an interface so that tests can count them and
 * inject faults (ENOSPC on the Nth write, a slow fdatasync) into a log on real files.
 */
export interface LogFiles {
  /** `create` fails if the file exists; `write` opens an existing file for positioned writes. */
  open(path: string, mode: 'create' | 'write'): Promise<LogFile>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Names in `directory`; creates it (and its parents) first when `create` is set. */
  readdir(directory: string, options?: { create?: boolean }): Promise<string[]>;
  /** fsyncs a directory, so that files created, renamed or removed in it stay so after a crash. */
  syncDirectory(directory: string): Promise<void>;
}

class NodeLogFile implements LogFile {
  readonly path: string;
  readonly #handle: FileHandle;

  constructor(path: string, handle: FileHandle) {
    this.path = path;
    this.#handle = handle;
  }

  async writev(buffers: readonly Uint8Array[], position: number): Promise<number> {
    return (await this.#handle.writev(buffers, position)).bytesWritten;
  }

  datasync(): Promise<void> {
    return this.#handle.datasync();
  }

  truncate(length: number): Promise<void> {
    return this.#handle.truncate(length);
  }

  close(): Promise<void> {
    return this.#handle.close();
  }
}

/** The real files, through node:fs/promises. */
export const NODE_LOG_FILES: LogFiles = {
  async open(path, mode) {
    // Not O_APPEND: positioned writes must land where the log says, also after a truncate.
    return new NodeLogFile(path, await open(path, mode === 'create' ? 'wx' : 'r+'));
  },
  readFile: readWhole,
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async readdir(directory, options = {}) {
    if (options.create) await mkdir(directory, { recursive: true });
    return readdir(directory);
  },
  async syncDirectory(directory) {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/**
 * A whole file in one read issued at once: fs's readFile opens, stats and reads 512 KiB at a
 * time, each step waiting for a turn of the event loop, so a segment prefetched while the
 * replay keeps the thread busy would not even start. Opened and sized synchronously (two quick
 * system calls), the one read then runs on libuv's thread pool during the replay.
 */
function readWhole(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fd = openSync(path, 'r');
    const bytes = Buffer.allocUnsafeSlow(fstatSync(fd).size);
    const readFrom = (filled: number): void =>
      read(fd, bytes, filled, bytes.length - filled, filled, (error, bytesRead) => {
        if (!error && bytesRead > 0 && filled + bytesRead < bytes.length) {
          readFrom(filled + bytesRead);
          return;
        }
        close(fd, () => undefined);
        if (error) reject(error);
        else resolve(bytes.subarray(0, filled + bytesRead));
      });
    readFrom(0);
  });
}

/**
 * Replaces `directory/name` with `bytes` atomically (a temporary file, fdatasync, rename, fsync
 * of the directory): after a crash the file holds either its old bytes or these.
 */
export async function replaceFile(
  files: LogFiles,
  directory: string,
  name: string,
  bytes: Uint8Array,
): Promise<void> {
  const temporary = join(directory, `${name}.tmp`);
  await files.unlink(temporary).catch(() => undefined);
  const file = await files.open(temporary, 'create');
  try {
    if ((await file.writev([bytes], 0)) !== bytes.length) {
      throw new Error(`short write to ${temporary}`);
    }
    await file.datasync();
  } finally {
    await file.close();
  }
  await files.rename(temporary, join(directory, name));
  await files.syncDirectory(directory);
}
