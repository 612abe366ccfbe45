import { Worker } from 'node:worker_threads';
import { RECORD_HEADER_BYTES } from './record';

/**
 * The worker's code, as a string so that it runs the same from dist/ and under ts-jest. It walks
 * each segment's records by their length fields (record.ts: `length crc body`, u32le each, the
 * header's size handed over as `headerBytes`) and
 * publishes, per segment, the end of the intact prefix it has checked so far; it stops a segment
 * at its first record cut short or with a wrong CRC, and never publishes past it.
 */
const VERIFIER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { crc32 } = require('node:zlib');
const { headerBytes } = workerData;
const verifiedEnds = new Int32Array(workerData.verifiedEnds);
workerData.paths.forEach((path, index) => {
  const bytes = readFileSync(path);
  for (let offset = 0; offset + headerBytes <= bytes.length; ) {
    const end = offset + headerBytes + bytes.readUInt32LE(offset);
    if (end > bytes.length || end > 0x7fffffff) break;
    const bodyStart = offset + headerBytes;
    const body = new Uint8Array(bytes.buffer, bytes.byteOffset + bodyStart, end - bodyStart);
    if (crc32(body) !== bytes.readUInt32LE(offset + 4)) break;
    Atomics.store(verifiedEnds, index, end);
    offset = end;
  }
});
`;

/**
 * Checks the CRCs of a log's segments on another thread while the replay reads the same files:
 * the replay skips the CRC of a record that ends within `verifiedEnd(segment)` and checks the
 * others itself, so a damaged record is always found by the replay's own check, as without it.
 * Sound because the data directory's lock keeps the files unchanged while they are replayed.
 */
export class CrcVerifier {
  readonly #worker: Worker;
  readonly #verifiedEnds: Int32Array;

  constructor(paths: readonly string[]) {
    this.#verifiedEnds = new Int32Array(new SharedArrayBuffer(4 * paths.length));
    this.#worker = new Worker(VERIFIER_SOURCE, {
      eval: true,
      workerData: {
        paths,
        verifiedEnds: this.#verifiedEnds.buffer,
        headerBytes: RECORD_HEADER_BYTES,
      },
    });
    // A worker that fails (a file it cannot read) just stops helping: the replay checks the rest.
    this.#worker.on('error', () => undefined);
    this.#worker.unref();
  }

  /** Where the intact records checked so far in segment `index` end (0 before any). */
  verifiedEnd(index: number): number {
    return Atomics.load(this.#verifiedEnds, index);
  }

  stop(): void {
    void this.#worker.terminate();
  }
}
