import { crc32 } from 'node:zlib';

// Log record grammar (docs/DURABILITY-DESIGN.md). Little-endian: the byte order of the
// machines Node runs on; the wire's big-endian frames are a different format.
//   record        = length crc body
//   length        = u32le, the bytes of body
//   crc           = u32le, CRC-32 (ISO-HDLC, as zlib.crc32 and gzip) of body
//   body          = op seq time sender-length sender payload
//   op            = u8: 1 append, 2 update, 3 delete
//   seq           = u64le, the message's seq (1 to 2^53 - 1)
//   time          = u64le, ms since the epoch: stored (append), updated (update), deleted (delete)
//   sender-length = u8
//   sender        = sender-length bytes of UTF-8 (empty for update and delete)
//   payload       = the rest of body (empty for delete)

export const LOG_OPS = ['append', 'update', 'delete'] as const;
export type LogOp = (typeof LOG_OPS)[number];

/** One change to a ring, as the log keeps it. */
export interface LogRecord {
  readonly op: LogOp;
  readonly seq: number;
  readonly timeMs: number;
  readonly sender: string;
  readonly payload: Uint8Array;
}

export const RECORD_HEADER_BYTES = 8;
const FIXED_BODY_BYTES = 1 + 8 + 8 + 1;
const MAX_SENDER_BYTES = 0xff;
const TWO_TO_32 = 0x1_0000_0000;
const NO_BYTES = new Uint8Array(0);

/** The records of one batch as one buffer, ready for one write. */
export function encodeRecords(records: readonly LogRecord[]): Buffer {
  const buffer = Buffer.allocUnsafe(encodedBytes(records));
  encodeRecordsInto(records, buffer, 0);
  return buffer;
}

/** The bytes `records` take encoded; a RangeError when a sender does not fit a record. */
export function encodedBytes(records: readonly LogRecord[]): number {
  let total = 0;
  for (const record of records) {
    total += RECORD_HEADER_BYTES + FIXED_BODY_BYTES + senderUtf8(record.sender).length;
    total += record.payload.length;
  }
  return total;
}

/**
 * Encodes `records` into `buffer` from `offset` (room for `encodedBytes(records)` there);
 * returns where they end. A RangeError when a field does not fit, possibly after some bytes.
 */
export function encodeRecordsInto(
  records: readonly LogRecord[],
  buffer: Buffer,
  offset: number,
): number {
  for (const record of records) {
    const bodyStart = offset + RECORD_HEADER_BYTES;
    let cursor = bodyStart;
    buffer[cursor++] = LOG_OPS.indexOf(record.op) + 1;
    cursor = writeUint53(buffer, record.seq, cursor);
    cursor = writeUint53(buffer, record.timeMs, cursor);
    const sender = senderUtf8(record.sender);
    buffer[cursor++] = sender.length;
    buffer.set(sender, cursor);
    cursor += sender.length;
    buffer.set(record.payload, cursor);
    cursor += record.payload.length;
    buffer.writeUInt32LE(cursor - bodyStart, offset);
    // A plain view: cheaper to make than a Buffer's subarray, once per record.
    const body = new Uint8Array(buffer.buffer, buffer.byteOffset + bodyStart, cursor - bodyStart);
    buffer.writeUInt32LE(crc32(body), offset + 4);
    offset = cursor;
  }
  return offset;
}

/** The last sender encoded and its UTF-8 bytes: the appends of a step share their sender. */
let lastSender = '';
let lastSenderUtf8 = NO_BYTES;

/** The UTF-8 bytes of a sender, which must fit its one-byte length field. */
function senderUtf8(sender: string): Uint8Array {
  if (sender === '') return NO_BYTES;
  if (sender === lastSender) return lastSenderUtf8;
  const bytes = Buffer.from(sender, 'utf8');
  if (bytes.length > MAX_SENDER_BYTES) {
    throw new RangeError(`a sender of ${bytes.length} bytes does not fit a log record`);
  }
  lastSender = sender;
  lastSenderUtf8 = bytes;
  return bytes;
}

/** A record read back, with where the next one starts. Its payload is a view of the bytes read. */
export interface DecodedRecord extends LogRecord {
  readonly end: number;
}

/**
 * The record at `offset`, or undefined when the bytes there are not a whole, intact record:
 * cut short, a length past the end, a wrong CRC, or fields no writer produces.
 */
export function decodeRecord(bytes: Buffer, offset: number): DecodedRecord | undefined {
  const decoder = new RecordDecoder();
  if (!decoder.read(bytes, offset)) return undefined;
  const { op, seq, timeMs, sender, payload, end } = decoder;
  return { op, seq, timeMs, sender, payload, end };
}

/**
 * Reads records one after another into itself, for the replay of a whole log: no object per
 * record, a plain Uint8Array view (cheaper than a Buffer's) for the payload, and the sender's
 * string kept while the next records carry the same bytes. Each record's fields are valid
 * until the next `read`.
 */
export class RecordDecoder implements DecodedRecord {
  op: LogOp = 'append';
  seq = 0;
  timeMs = 0;
  sender = '';
  payload: Uint8Array = new Uint8Array(0);
  end = 0;
  /** The UTF-8 bytes of `sender`. */
  #senderBytes: Buffer = Buffer.alloc(0);

  /**
   * Decodes the record at `offset`, as `decodeRecord` does; false when none is there. The CRC of
   * a record ending at or before `crcCheckedTo` is taken as checked already (see CrcVerifier).
   */
  read(bytes: Buffer, offset: number, crcCheckedTo = 0): boolean {
    if (offset + RECORD_HEADER_BYTES + FIXED_BODY_BYTES > bytes.length) return false;
    const length = bytes.readUInt32LE(offset);
    const bodyStart = offset + RECORD_HEADER_BYTES;
    const end = bodyStart + length;
    if (length < FIXED_BODY_BYTES || end > bytes.length) return false;
    const op = LOG_OPS[bytes[bodyStart] - 1];
    if (op === undefined) return false;
    if (end > crcCheckedTo && !crcMatches(bytes, offset)) return false;
    const seq = readUint53(bytes, bodyStart + 1);
    const timeMs = readUint53(bytes, bodyStart + 9);
    const senderStart = bodyStart + FIXED_BODY_BYTES;
    const senderEnd = senderStart + bytes[bodyStart + 17];
    if (seq < 1 || Number.isNaN(timeMs) || senderEnd > end) return false;
    if (op === 'delete' && senderEnd !== end) return false;
    this.op = op;
    this.seq = seq;
    this.timeMs = timeMs;
    if (!this.#sameSender(bytes, senderStart, senderEnd)) {
      this.#senderBytes = Buffer.from(bytes.subarray(senderStart, senderEnd));
      this.sender = this.#senderBytes.toString('utf8');
    }
    this.payload = new Uint8Array(bytes.buffer, bytes.byteOffset + senderEnd, end - senderEnd);
    this.end = end;
    return true;
  }

  #sameSender(bytes: Buffer, start: number, end: number): boolean {
    const known = this.#senderBytes;
    if (known.length !== end - start) return false;
    for (let i = 0; i < known.length; i++) if (known[i] !== bytes[start + i]) return false;
    return true;
  }
}

/** Whether the CRC of the record at `offset` (its length read already) matches its body. */
function crcMatches(bytes: Buffer, offset: number): boolean {
  const length = bytes.readUInt32LE(offset);
  const body = new Uint8Array(
    bytes.buffer,
    bytes.byteOffset + offset + RECORD_HEADER_BYTES,
    length,
  );
  return crc32(body) === bytes.readUInt32LE(offset + 4);
}

function writeUint53(buffer: Buffer, value: number, offset: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${value} does not fit a log record's u64 field`);
  }
  // Byte by byte: cheaper than two checked writeUInt32LE calls, twice per record.
  const low = value % TWO_TO_32;
  const high = (value - low) / TWO_TO_32;
  for (let i = 0; i < 4; i++) {
    buffer[offset + i] = low >>> (8 * i);
    buffer[offset + 4 + i] = high >>> (8 * i);
  }
  return offset + 8;
}

/** NaN for values past 2^53 - 1: no writer produces them. */
function readUint53(buffer: Buffer, offset: number): number {
  const high = buffer.readUInt32LE(offset + 4);
  if (high > 0x1f_ffff) return NaN;
  return high * TWO_TO_32 + buffer.readUInt32LE(offset);
}
