import { randomFillSync } from 'node:crypto';
import { FRAME_HEADER_BYTES, writeFrameHeader } from './framing';

// One binary WebSocket message per frame body (RFC 6455, section 5.2):
//   message = %x82 length [mask-key] body   FIN set, opcode 2 (binary)
//   length  = mask-bit %x00-7D               up to 125 bytes
//           / mask-bit %x7E 2OCTET           up to 65,535 bytes, big-endian
//           / mask-bit %x7F 8OCTET           beyond, big-endian (the top bit 0)
// A server sends no mask (mask-bit 0); a client masks every message (mask-bit 1, section 5.3):
// a fresh random 4-byte key, the body XORed with it byte by byte.

const FIN_BINARY = 0x82;
const MASK_BIT = 0x80;
const LENGTH_16 = 126;
const LENGTH_64 = 127;
const MASK_KEY_BYTES = 4;

function lengthBytes(bodyLength: number): number {
  if (bodyLength < LENGTH_16) return 2;
  return bodyLength <= 0xffff ? 4 : 10;
}

/**
 * Turns a batch of length-prefixed frames into one buffer of binary WebSocket messages, one
 * per frame, in order: a batch then leaves in one socket write, where ws's `send` would write
 * a header and a payload per message. Unmasked: what a server sends.
 */
export function toBinaryMessages(frames: Buffer): Buffer {
  return frameMessages(frames, undefined);
}

/**
 * Mask keys drawn from a pool of random bytes refilled 8 KiB at a time, as ws's Sender draws
 * them: one randomFillSync per 2,048 messages, where one per message would cost more than the
 * masking.
 */
export class MaskKeyPool {
  static readonly #BYTES = 8 * 1024;
  readonly #fillRandom: (bytes: Buffer) => void;
  readonly #pool = Buffer.allocUnsafe(MaskKeyPool.#BYTES);
  #used = MaskKeyPool.#BYTES;

  /** `fillRandom`: crypto.randomFillSync unless a test fixes the keys. */
  constructor(fillRandom: (bytes: Buffer) => void = randomFillSync) {
    this.#fillRandom = fillRandom;
  }

  /** `count` fresh keys, 4 bytes each, valid until the next call. */
  take(count: number): Buffer {
    const bytes = count * MASK_KEY_BYTES;
    if (bytes > MaskKeyPool.#BYTES) {
      const keys = Buffer.allocUnsafe(bytes);
      this.#fillRandom(keys);
      return keys;
    }
    if (this.#used + bytes > MaskKeyPool.#BYTES) {
      this.#fillRandom(this.#pool);
      this.#used = 0;
    }
    this.#used += bytes;
    return this.#pool.subarray(this.#used - bytes, this.#used);
  }
}

const MASK_KEYS = new MaskKeyPool();

/** toBinaryMessages for a client: each message masked with its own key from `keys`. */
export function toMaskedBinaryMessages(frames: Buffer, keys = MASK_KEYS): Buffer {
  let count = 0;
  for (let at = 0; at < frames.length; at += FRAME_HEADER_BYTES + frames.readUInt32BE(at)) count++;
  return frameMessages(frames, keys.take(count));
}

/**
 * Writes `length` bytes of `source` from `sourceAt`, XORed with the 4-byte key at
 * `keys[keyAt]` (RFC 6455, section 5.3), to `target` from `targetAt`: masks and unmasks.
 */
function xorWithKey(
  source: Uint8Array,
  sourceAt: number,
  length: number,
  target: Buffer,
  targetAt: number,
  keys: Uint8Array,
  keyAt: number,
): void {
  const k0 = keys[keyAt];
  const k1 = keys[keyAt + 1];
  const k2 = keys[keyAt + 2];
  const k3 = keys[keyAt + 3];
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    target[targetAt + i] = source[sourceAt + i] ^ k0;
    target[targetAt + i + 1] = source[sourceAt + i + 1] ^ k1;
    target[targetAt + i + 2] = source[sourceAt + i + 2] ^ k2;
    target[targetAt + i + 3] = source[sourceAt + i + 3] ^ k3;
  }
  for (; i < length; i++) target[targetAt + i] = source[sourceAt + i] ^ keys[keyAt + (i & 3)];
}

/** Walks the frames by their length prefixes, not by views of their bodies: no allocation. */
function frameMessages(frames: Buffer, keys: Buffer | undefined): Buffer {
  const keyBytes = keys ? MASK_KEY_BYTES : 0;
  let size = 0;
  for (let at = 0; at < frames.length;) {
    const length = frames.readUInt32BE(at);
    size += lengthBytes(length) + keyBytes + length;
    at += FRAME_HEADER_BYTES + length;
  }
  const messages = Buffer.allocUnsafe(size);
  const maskBit = keys ? MASK_BIT : 0;
  let offset = 0;
  let key = 0;
  for (let at = 0; at < frames.length;) {
    const length = frames.readUInt32BE(at);
    const bodyAt = at + FRAME_HEADER_BYTES;
    messages[offset] = FIN_BINARY;
    if (length < LENGTH_16) {
      messages[offset + 1] = maskBit | length;
    } else if (length <= 0xffff) {
      messages[offset + 1] = maskBit | LENGTH_16;
      messages.writeUInt16BE(length, offset + 2);
    } else {
      messages[offset + 1] = maskBit | LENGTH_64;
      messages.writeBigUInt64BE(BigInt(length), offset + 2);
    }
    offset += lengthBytes(length);
    if (keys) {
      keys.copy(messages, offset, key, key + MASK_KEY_BYTES);
      offset += MASK_KEY_BYTES;
      xorWithKey(frames, bodyAt, length, messages, offset, keys, key);
      key += MASK_KEY_BYTES;
    } else {
      frames.copy(messages, offset, bodyAt, bodyAt + length);
    }
    offset += length;
    at = bodyAt + length;
  }
  return messages;
}

// What a BinaryMessageReader reads (RFC 6455, section 5.2):
//   frame   = fin-rsv-opcode mask-length [2OCTET / 8OCTET] [mask-key] body
//   data    = %x82 ...      a whole binary message: FIN set, no reserved bit, opcode 2
//   control = %x88-8A ...   close, ping, pong: FIN set, body up to 125 bytes
// A client's frames are all masked, a server's never. Anything else (text, fragments, a frame
// masked the wrong way, a reserved bit, a message over the limit) is left to ws, which
// refuses it with its close code.

const FIRST_CONTROL_OPCODE = 0x8;
const MAX_CONTROL_BODY = 125;
const FIN_AND_RESERVED = 0xf0;
const FIN = 0x80;

/** What #readHeader found: a header read whole, one not whole yet, or a frame left to ws. */
type Header = 'whole' | 'partial' | 'foreign';

/** Where BinaryMessageReader sends what it reads, in the order it arrived. */
export interface MessageSink {
  /** Length-prefixed frames, one per binary message read in a row, unmasked. */
  messages(frames: Buffer): void;
  /** One whole control frame, as received; false: read no further (hand the rest over). */
  control(frame: Buffer): boolean;
  /** Every byte from here on, starting with a frame this reader does not take. */
  handOver(rest: Buffer): void;
}

/**
 * The data path of an open WebSocket without ws's per-message buffers: whole binary messages
 * become length-prefixed frames, unmasked into one buffer per read. A frame cut across reads
 * is held until it is whole. No I/O: readMessagesBeforeWs feeds it the socket's reads.
 */
export class BinaryMessageReader {
  readonly #maxMessageBytes: number;
  /** Reading a client's frames (masked), or a server's (not). */
  readonly #masked: boolean;
  /** Reads held because the frame at their start is not whole yet. */
  #held: Buffer[] = [];
  #heldBytes = 0;
  /** The bytes the held frame needs, as far as its header tells yet. */
  #neededBytes = 0;
  #handedOver = false;
  /** The last header read: where its body starts, its length, whether a control frame. */
  #bodyStart = 0;
  #bodyLength = 0;
  #control = false;

  /** `from`: whose frames these are; a client masks them, a server does not. */
  constructor(maxMessageBytes: number, from: 'client' | 'server') {
    this.#maxMessageBytes = maxMessageBytes;
    this.#masked = from === 'client';
  }

  /** The bytes held for an incomplete frame, given up: the caller hands them over. */
  release(): Buffer {
    const held = Buffer.concat(this.#held, this.#heldBytes);
    this.#held = [];
    this.#heldBytes = 0;
    return held;
  }

  push(chunk: Buffer, sink: MessageSink): void {
    if (this.#handedOver) return sink.handOver(chunk);
    let input = chunk;
    if (this.#heldBytes > 0) {
      this.#held.push(chunk);
      this.#heldBytes += chunk.length;
      if (this.#heldBytes < this.#neededBytes) return;
      input = this.release();
    }
    // Each message's 4-byte prefix replaces a header of 6 bytes or more when masked, of 2 or
    // more when not (at worst an empty message: 2 bytes become 4).
    const frames = Buffer.allocUnsafe(this.#masked ? input.length : 2 * input.length);
    let written = 0;
    let offset = 0;
    const flush = () => {
      if (written > 0) sink.messages(frames.subarray(0, written));
      written = 0;
    };
    while (offset < input.length) {
      const header = this.#readHeader(input, offset);
      if (header === 'foreign') {
        flush();
        this.#handedOver = true;
        return sink.handOver(input.subarray(offset));
      }
      const end = offset + this.#bodyStart + this.#bodyLength;
      if (header === 'partial' || end > input.length) {
        this.#hold(input.subarray(offset), header === 'partial' ? 0 : end - offset);
        break;
      }
      const bodyAt = offset + this.#bodyStart;
      if (this.#control) {
        flush();
        if (!sink.control(input.subarray(offset, end))) {
          this.#handedOver = true;
          if (end < input.length) sink.handOver(input.subarray(end));
          return;
        }
      } else {
        writeFrameHeader(frames, written, this.#bodyLength);
        written += FRAME_HEADER_BYTES;
        if (this.#masked) {
          const keyAt = bodyAt - MASK_KEY_BYTES;
          xorWithKey(input, bodyAt, this.#bodyLength, frames, written, input, keyAt);
        } else {
          input.copy(frames, written, bodyAt, end);
        }
        written += this.#bodyLength;
      }
      offset = end;
    }
    flush();
  }

  /**
   * Reads the header at `offset` into #bodyStart, #bodyLength and #control (fields, not a
   * returned object: nothing is allocated per message).
   */
  #readHeader(input: Buffer, offset: number): Header {
    const available = input.length - offset;
    if (available < 2) return 'partial';
    const first = input[offset];
    const second = input[offset + 1];
    if ((second & MASK_BIT) !== (this.#masked ? MASK_BIT : 0)) return 'foreign';
    const length7 = second & 0x7f;
    this.#control = (first & 0x0f) >= FIRST_CONTROL_OPCODE;
    this.#bodyStart = this.#masked ? 2 + MASK_KEY_BYTES : 2;
    this.#bodyLength = length7;
    if (this.#control) {
      const valid = (first & FIN_AND_RESERVED) === FIN && length7 <= MAX_CONTROL_BODY;
      return valid ? 'whole' : 'foreign';
    }
    if (first !== FIN_BINARY) return 'foreign';
    if (length7 === LENGTH_16) {
      if (available < 4) return 'partial';
      this.#bodyStart += 2;
      this.#bodyLength = input.readUInt16BE(offset + 2);
    } else if (length7 === LENGTH_64) {
      if (available < 10) return 'partial';
      // Over 2^32 is over any limit: ws refuses it.
      if (input.readUInt32BE(offset + 2) !== 0) return 'foreign';
      this.#bodyStart += 8;
      this.#bodyLength = input.readUInt32BE(offset + 6);
    }
    return this.#bodyLength > this.#maxMessageBytes ? 'foreign' : 'whole';
  }

  /** Keeps the start of a frame; `neededBytes` 0: its header is not whole yet. */
  #hold(start: Buffer, neededBytes: number): void {
    this.#held = [start];
    this.#heldBytes = start.length;
    this.#neededBytes = neededBytes || start.length + 1;
  }
}
