import { NODE_LOG_FILES, type LogFile, type LogFiles } from '../../src/store/log-files';

/** A filesystem error as node:fs raises it. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/**
 * The real files, with counters and faults: the next writes or fdatasyncs fail with an error
 * code (a failing write first writes half its bytes, as a disk filling up does), and
 * fdatasync can be slowed down.
 */
export class FaultyFiles implements LogFiles {
  writes = 0;
  datasyncs = 0;
  datasyncDelayMs = 0;
  /** While set, every fdatasync waits for it before it runs (see `holdDatasyncs`). */
  #datasyncGate: Promise<void> | undefined;
  /** The most fdatasyncs that were in flight at once (over every file opened through this). */
  maxConcurrentDatasyncs = 0;
  #datasyncsInFlight = 0;
  readonly #faults = { writev: [] as string[], datasync: [] as string[], truncate: [] as string[] };

  /** The next `count` calls of `operation` fail with `code`. */
  fail(operation: 'writev' | 'datasync' | 'truncate', code: string, count = 1): void {
    this.#faults[operation].push(...Array<string>(count).fill(code));
  }

  /** fdatasyncs wait from now until the returned function is called. */
  holdDatasyncs(): () => void {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.#datasyncGate = gate;
    return () => {
      if (this.#datasyncGate === gate) this.#datasyncGate = undefined;
      release();
    };
  }

  async open(path: string, mode: 'create' | 'write'): Promise<LogFile> {
    const file = await NODE_LOG_FILES.open(path, mode);
    return {
      path,
      writev: async (buffers, position) => {
        this.writes++;
        const code = this.#faults.writev.shift();
        if (!code) return file.writev(buffers, position);
        const first = buffers[0];
        await file.writev([first.subarray(0, Math.ceil(first.length / 2))], position);
        throw fsError(code);
      },
      datasync: async () => {
        this.datasyncs++;
        this.maxConcurrentDatasyncs = Math.max(
          this.maxConcurrentDatasyncs,
          ++this.#datasyncsInFlight,
        );
        try {
          await this.#datasyncGate;
          if (this.datasyncDelayMs > 0) {
            await new Promise((resolve) => setTimeout(resolve, this.datasyncDelayMs));
          }
          const code = this.#faults.datasync.shift();
          if (code) throw fsError(code);
          await file.datasync();
        } finally {
          this.#datasyncsInFlight--;
        }
      },
      truncate: async (length) => {
        const code = this.#faults.truncate.shift();
        if (code) throw fsError(code);
        return file.truncate(length);
      },
      close: () => file.close(),
    };
  }

  readFile = NODE_LOG_FILES.readFile;
  rename = NODE_LOG_FILES.rename;
  unlink = NODE_LOG_FILES.unlink;
  readdir = NODE_LOG_FILES.readdir;
  syncDirectory = NODE_LOG_FILES.syncDirectory;
}
