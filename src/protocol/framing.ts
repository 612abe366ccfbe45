import { RingwireError } from '../errors';

// Wire grammar (docs/PROTOCOL.md, "Framing"):
//   frame  = length body
//   length = uint32, big-endian, the number of bytes in body (the header is not counted)
//   body   = one protobuf message (ClientFrame or ServerFrame)

export const FRAME_HEADER_BYTES = 4;
/** The largest body length a 4-byte header can announce. */
export const MAX_ENCODABLE_FRAME_BYTES = 0xffff_ffff;

const INITIAL_BUFFER_BYTES = 16 * 1024;
/** A working buffer grown past this for one large frame is released once that frame is out. */
const RETAINED_BUFFER_BYTES = 64 * 1024;

/**
 * Turns a byte stream cut into arbitrary chunks into frame bodies.
 *
 * Frames that lie whole inside a chunk are handed out as views of that chunk, without a copy.
 * Only the unfinished tail of a chunk is copied into a reused working buffer, where the rest of
 * its frame joins it. A body view is valid until the next `push`: a caller that keeps bytes
 * longer must copy them.
 */
export class FrameDecoder {
  #maxFrameBytes: number;
  #buffer: Buffer = Buffer.alloc(0);
  #start = 0;
  #end = 0;

  constructor(maxFrameBytes: number) {
    this.#maxFrameBytes = maxFrameBytes;
  }

  get maxFrameBytes(): number {
    return this.#maxFrameBytes;
  }

  /** Changes the limit for frames whose header has not yet been read (e.g. after a handshake). */
  set maxFrameBytes(limit: number) {
    this.#maxFrameBytes = limit;
  }

  /** Bytes held for a frame that has not arrived completely. */
  get bufferedBytes(): number {
    return this.#end - this.#start;
  }

  /**
   * Feeds one chunk; calls `onFrame` with each complete body, in order.
   * Throws a FRAME_TOO_LARGE RingwireError as soon as a header announces more than the limit,
   * before any of that frame's body is buffered.
   */
  push(chunk: Buffer, onFrame: (body: Buffer) => void): void {
    this.pushRanges(chunk, (source, start, end) => onFrame(source.subarray(start, end)));
  }

  /**
   * As `push`, but each body is handed over as where it lies, `source[start, end)`, without
   * making a view of it: the server's hot path reads bodies in place (a Buffer view costs an
   * object per frame). Only `chunk[0, length)` is read, and what is kept of it is copied.
   */
  pushRanges(
    chunk: Buffer,
    onFrame: (source: Buffer, start: number, end: number) => void,
    length = chunk.length,
  ): void {
    let source: Buffer;
    let offset: number;
    let end: number;
    if (this.#start === this.#end) {
      source = chunk;
      offset = 0;
      end = length;
    } else {
      this.#append(chunk, 0, length);
      source = this.#buffer;
      offset = this.#start;
      end = this.#end;
    }

    while (end - offset >= FRAME_HEADER_BYTES) {
      const bodyLength = source.readUInt32BE(offset);
      if (bodyLength > this.#maxFrameBytes) {
        this.#reset();
        throw new RingwireError(
          'FRAME_TOO_LARGE',
          `frame of ${bodyLength} bytes exceeds the limit of ${this.#maxFrameBytes} bytes`,
        );
      }
      const bodyEnd = offset + FRAME_HEADER_BYTES + bodyLength;
      if (bodyEnd > end) break;
      const bodyStart = offset + FRAME_HEADER_BYTES;
      offset = bodyEnd;
      if (source === this.#buffer) this.#start = offset;
      onFrame(source, bodyStart, bodyEnd);
    }

    if (source === chunk) {
      if (offset < end) this.#append(chunk, offset, end);
    } else if (offset === end) {
      this.#reset();
    } else {
      this.#start = offset;
    }
  }

  #reset(): void {
    this.#start = this.#end = 0;
    if (this.#buffer.length > RETAINED_BUFFER_BYTES) this.#buffer = Buffer.alloc(0);
  }

  /**
   * Copies `bytes[start, end)` behind the unfinished frame, sliding it to the front or growing
   * the buffer.
   */
  #append(bytes: Buffer, start: number, end: number): void {
    const length = end - start;
    const held = this.#end - this.#start;
    const needed = held + length;
    if (this.#end + length > this.#buffer.length) {
      if (needed <= this.#buffer.length) {
        this.#buffer.copy(this.#buffer, 0, this.#start, this.#end);
      } else {
        const grown = Buffer.allocUnsafe(
          Math.max(needed, this.#buffer.length * 2, INITIAL_BUFFER_BYTES),
        );
        this.#buffer.copy(grown, 0, this.#start, this.#end);
        this.#buffer = grown;
      }
      this.#start = 0;
      this.#end = held;
    }
    bytes.copy(this.#buffer, this.#end, start, end);
    this.#end += length;
  }
}

/** Writes a frame header for a body of `bodyLength` bytes at `offset`. */
export function writeFrameHeader(target: Uint8Array, offset: number, bodyLength: number): void {
  target[offset] = bodyLength >>> 24;
  target[offset + 1] = (bodyLength >>> 16) & 0xff;
  target[offset + 2] = (bodyLength >>> 8) & 0xff;
  target[offset + 3] = bodyLength & 0xff;
}
