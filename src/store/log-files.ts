import { open, readdir, rename, unlink, mkdir, readFile, type FileHandle } from 'node:fs/promises';

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
  readFile: (path) => readFile(path),
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
