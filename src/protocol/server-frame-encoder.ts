import { Writer } from 'protobufjs/minimal';
import { ringwire } from '../../generated/ringwire';
import { FRAME_HEADER_BYTES, writeFrameHeader } from './framing';

// Encodes the frames a server sends, many per buffer, for one socket write per batch.
//
// The replies on the hot path (SET and GET replies, pushed messages) are written by hand, in
// the field order protobufjs uses, so they are byte for byte what it would produce (a test
// checks this); everything else goes through the generated code. Wire grammar used here
// (tag = field number << 3 | wire type; proto3 leaves out fields at their default):
//   ServerFrame  1 id varint | 3 set SetReply | 4 get GetReply | 12 push Push
//   SetReply     1 seq varint | 2 timestamp_ms varint
//   GetReply     1 messages Message (repeated) | 2 lost | 3 oldest_seq | 4 next_seq |
//                5 truncated bool | 6 deleted          (all varints)
//   Push         1 message Message | 5 subscription_id varint   (protobufjs writes 5 last)
//   Message      1 seq varint | 2 timestamp_ms varint | 3 sender string | 4 payload bytes |
//                5 updated_ms varint

const TAG_ID = 0x08;
const TAG_SET = 0x1a;
const TAG_GET = 0x22;
const TAG_PUSH = 0x62;
const TAG_MESSAGES = 0x0a;
const TAG_PUSH_MESSAGE = 0x0a;
const TAG_SUBSCRIPTION_ID = 0x28;
const TAG_SEQ = 0x08;
const TAG_TIMESTAMP = 0x10;
const TAG_SENDER = 0x1a;
const TAG_PAYLOAD = 0x22;
const TAG_UPDATED = 0x28;
const TAG_LOST = 0x10;
const TAG_OLDEST = 0x18;
const TAG_NEXT = 0x20;
const TAG_TRUNCATED = 0x28;
const TAG_DELETED = 0x30;
/** The most a ServerFrame holding a GetReply takes before the reply's content: id, tag, length. */
const GET_REPLY_PREFIX_MAX_BYTES = 1 + 8 + 1 + 8;
const INITIAL_BUFFER_BYTES = 16 * 1024;

/** A stored message as the encoder needs it. */
export interface MessageFields {
  readonly seq: number;
  readonly timestampMs: number;
  readonly sender: string;
  readonly updatedMs: number;
  readonly payloadLength: number;
  copyPayloadTo(target: Uint8Array, offset: number): void;
}

/** A GetReply's fields other than its messages. */
interface GetReplyHead {
  readonly lost: number;
  readonly deleted: number;
  readonly oldestSeq: number;
  readonly nextSeq: number;
  /** Left out: false. */
  readonly truncated?: boolean;
}

export interface GetReplyFields extends GetReplyHead {
  readonly messages: readonly MessageFields[];
}

/**
 * A GetReply whose messages come by column, oldest first (a store's columnar read): message
 * i's payload is `payloadSources[i]` from `payloadStarts[i]` to `payloadEnds[i]`, and its
 * sender is UTF-8.
 */
export interface GetReplyColumns extends GetReplyHead {
  readonly count: number;
  readonly seqs: ArrayLike<number>;
  readonly timestamps: ArrayLike<number>;
  readonly updatedMs: ArrayLike<number>;
  readonly senders: readonly Uint8Array[];
  readonly payloadSources: readonly Uint8Array[];
  readonly payloadStarts: ArrayLike<number>;
  readonly payloadEnds: ArrayLike<number>;
}

/** Bytes a non-negative integer below 2^53 takes as a varint. */
export function varintBytes(value: number): number {
  if (value < 2 ** 7) return 1;
  if (value < 2 ** 14) return 2;
  if (value < 2 ** 21) return 3;
  if (value < 2 ** 28) return 4;
  if (value < 2 ** 35) return 5;
  if (value < 2 ** 42) return 6;
  if (value < 2 ** 49) return 7;
  return 8;
}

/** Bytes of a varint field (tag and value); 0 for a default value, which is not sent. */
function varintFieldBytes(value: number): number {
  return value === 0 ? 0 : 1 + varintBytes(value);
}

/** Bytes of a length-delimited field with `length` bytes of content; 0 when empty. */
function delimitedFieldBytes(length: number): number {
  return length === 0 ? 0 : 1 + varintBytes(length) + length;
}

/** UTF-8 of sender names, which repeat on every message: the cache is cleared when full. */
const senderBytes = new Map<string, Buffer>();
const SENDER_CACHE_ENTRIES = 4096;

/** The last name asked for: messages read together mostly come from one sender. */
let lastSender = '';
let lastSenderBytes: Buffer = Buffer.alloc(0);

export function utf8Of(name: string): Buffer {
  if (name === lastSender) return lastSenderBytes;
  let bytes = senderBytes.get(name);
  if (!bytes) {
    if (senderBytes.size >= SENDER_CACHE_ENTRIES) senderBytes.clear();
    bytes = Buffer.from(name);
    senderBytes.set(name, bytes);
  }
  lastSender = name;
  lastSenderBytes = bytes;
  return bytes;
}

/** The encoded size of a Message's fields (without its own tag and length). */
function messageContentBytes(
  seq: number,
  timestampMs: number,
  senderBytes: number,
  payloadLength: number,
  updatedMs: number,
): number {
  return (
    varintFieldBytes(seq) +
    varintFieldBytes(timestampMs) +
    delimitedFieldBytes(senderBytes) +
    delimitedFieldBytes(payloadLength) +
    varintFieldBytes(updatedMs)
  );
}

function messageFieldsContentBytes(m: MessageFields, senderBytes: number): number {
  return messageContentBytes(m.seq, m.timestampMs, senderBytes, m.payloadLength, m.updatedMs);
}

/** The size of a Message inside a GetReply or Push: tag, length and fields. */
export function messageFieldBytes(m: MessageFields): number {
  const content = messageFieldsContentBytes(m, utf8Of(m.sender).length);
  return 1 + varintBytes(content) + content;
}

/** The size of a GetReply's fields other than its messages. */
function getReplyHeadBytes(reply: GetReplyHead): number {
  return (
    varintFieldBytes(reply.lost) +
    varintFieldBytes(reply.oldestSeq) +
    varintFieldBytes(reply.nextSeq) +
    (reply.truncated ? 2 : 0) +
    varintFieldBytes(reply.deleted)
  );
}

export class ServerFrameEncoder {
  #buf = Buffer.allocUnsafe(INITIAL_BUFFER_BYTES);
  #pos = 0;
  #count = 0;
  readonly #writer = Writer.create();
  /** Scratch for the messages of one reply: each one's encoded size and sender, found once. */
  readonly #contentSizes: number[] = [];
  readonly #senders: Buffer[] = [];

  /** Frames added since the last `take`. */
  get count(): number {
    return this.#count;
  }

  /** Bytes added since the last `take`, headers included. */
  get byteLength(): number {
    return this.#pos;
  }

  /** Any frame, through the generated encoder. */
  add(frame: ringwire.v1.ServerFrame.$Properties): void {
    const writer = this.#writer;
    writer.reset();
    ringwire.v1.ServerFrame.encode(frame, writer);
    const body = writer.finish(true);
    this.#header(body.length);
    this.#buf.set(body, this.#pos);
    this.#pos += body.length;
    this.#count++;
  }

  setReply(id: number, seq: number, timestampMs: number): void {
    const content = varintFieldBytes(seq) + varintFieldBytes(timestampMs);
    this.#header(varintFieldBytes(id) + 1 + varintBytes(content) + content);
    this.#varintField(TAG_ID, id);
    this.#buf[this.#pos++] = TAG_SET;
    this.#varint(content);
    this.#varintField(TAG_SEQ, seq);
    this.#varintField(TAG_TIMESTAMP, timestampMs);
    this.#count++;
  }

  getReply(id: number, reply: GetReplyFields): void {
    let content = getReplyHeadBytes(reply);
    const { messages } = reply;
    for (let i = 0; i < messages.length; i++) {
      const sender = utf8Of(messages[i].sender);
      const size = messageFieldsContentBytes(messages[i], sender.length);
      this.#senders[i] = sender;
      this.#contentSizes[i] = size;
      content += 1 + varintBytes(size) + size;
    }
    this.#getReplyStart(id, content);
    for (let i = 0; i < messages.length; i++) {
      this.#message(TAG_MESSAGES, messages[i], this.#contentSizes[i], this.#senders[i]);
    }
    this.#getReplyEnd(reply);
  }

  /** `getReply` for messages by column: each payload is copied from where it is held. */
  getReplyColumns(id: number, reply: GetReplyColumns): void {
    const { count, seqs, timestamps, updatedMs, senders } = reply;
    const { payloadSources, payloadStarts, payloadEnds } = reply;
    let content = getReplyHeadBytes(reply);
    // Payloads that follow each other in one buffer of the store (a latest-N read, mostly)
    // are staged past the frame with one copy and then moved into place: a move within the
    // encoder's buffer costs less than a view of the store's buffer per message.
    let staged = count > 1;
    for (let i = 0; i < count; i++) {
      const payloadLength = payloadEnds[i] - payloadStarts[i];
      const size = messageContentBytes(
        seqs[i],
        timestamps[i],
        senders[i].length,
        payloadLength,
        updatedMs[i],
      );
      this.#contentSizes[i] = size;
      content += 1 + varintBytes(size) + size;
      if (
        i > 0 &&
        (payloadSources[i] !== payloadSources[0] || payloadStarts[i] !== payloadEnds[i - 1])
      ) {
        staged = false;
      }
    }
    // Byte `offset` of the store's buffer is staged at `stagedAt + offset`, past the frame's
    // end (counted at its largest), so a move never overwrites bytes still to be moved.
    let stagedAt = 0;
    if (staged) {
      const first = payloadStarts[0];
      const last = payloadEnds[count - 1];
      const frameBytes = FRAME_HEADER_BYTES + GET_REPLY_PREFIX_MAX_BYTES + content;
      this.#reserve(frameBytes + last - first);
      stagedAt = this.#pos + frameBytes - first;
      this.#buf.set(payloadSources[0].subarray(first, last), stagedAt + first);
    }
    this.#getReplyStart(id, content);
    const buf = this.#buf;
    for (let i = 0; i < count; i++) {
      const start = payloadStarts[i];
      const end = payloadEnds[i];
      this.#messageStart(TAG_MESSAGES, this.#contentSizes[i], seqs[i], timestamps[i], senders[i]);
      if (end > start) {
        this.#payloadHead(end - start);
        if (staged) buf.copyWithin(this.#pos, stagedAt + start, stagedAt + end);
        else buf.set(payloadSources[i].subarray(start, end), this.#pos);
        this.#pos += end - start;
      }
      this.#varintField(TAG_UPDATED, updatedMs[i]);
    }
    this.#getReplyEnd(reply);
  }

  /** The frame header, id and GetReply tag and length, before the messages. */
  #getReplyStart(id: number, content: number): void {
    this.#header(varintFieldBytes(id) + 1 + varintBytes(content) + content);
    this.#varintField(TAG_ID, id);
    this.#buf[this.#pos++] = TAG_GET;
    this.#varint(content);
  }

  /** The GetReply fields after the messages. */
  #getReplyEnd(reply: GetReplyHead): void {
    this.#varintField(TAG_LOST, reply.lost);
    this.#varintField(TAG_OLDEST, reply.oldestSeq);
    this.#varintField(TAG_NEXT, reply.nextSeq);
    if (reply.truncated) {
      this.#buf[this.#pos++] = TAG_TRUNCATED;
      this.#buf[this.#pos++] = 1;
    }
    this.#varintField(TAG_DELETED, reply.deleted);
    this.#count++;
  }

  /** A pushed message: ServerFrame {id 0, push: {message, subscription_id}}. */
  pushMessage(message: MessageFields, subscriptionId: number): void {
    const sender = utf8Of(message.sender);
    const size = messageFieldsContentBytes(message, sender.length);
    const content = 1 + varintBytes(size) + size + varintFieldBytes(subscriptionId);
    this.#header(1 + varintBytes(content) + content);
    this.#buf[this.#pos++] = TAG_PUSH;
    this.#varint(content);
    this.#message(TAG_PUSH_MESSAGE, message, size, sender);
    this.#varintField(TAG_SUBSCRIPTION_ID, subscriptionId);
    this.#count++;
  }

  /**
   * Hands the frames added so far to `write` as a view of the encoder's own buffer (no copy),
   * and starts over empty. `write` answers whether the view is free again once it returns
   * (the bytes are in the kernel): if not, the encoder leaves that buffer to it and writes
   * into a new one.
   */
  writeTo(write: (frames: Buffer) => boolean): void {
    const frames = this.#buf.subarray(0, this.#pos);
    this.#pos = 0;
    this.#count = 0;
    // Sized for a batch like this one: a small one then comes from Node's buffer pool, as a
    // TLS socket (which keeps every write until it is encrypted and sent) needs each time.
    if (!write(frames)) this.#buf = Buffer.allocUnsafe(Math.max(frames.length, 1024));
  }

  /** The frames added so far, as one buffer the caller owns; the encoder starts over empty. */
  take(): Buffer {
    const bytes = Buffer.allocUnsafe(this.#pos);
    this.#buf.copy(bytes, 0, 0, this.#pos);
    this.#pos = 0;
    this.#count = 0;
    return bytes;
  }

  /**
   * Replaces the one frame added from byte `start` to `end` (offsets of `byteLength` since the
   * last `take`) with `frame`: a reply taken back before it left (a durable write that failed).
   */
  replace(start: number, end: number, frame: ringwire.v1.ServerFrame.$Properties): void {
    const later = Buffer.from(this.#buf.subarray(end, this.#pos));
    this.#pos = start;
    this.#count--;
    this.add(frame);
    this.#reserve(later.length);
    this.#buf.set(later, this.#pos);
    this.#pos += later.length;
  }

  /** Writes a frame header for a body of `bodyLength` bytes, making room for the whole frame. */
  #header(bodyLength: number): void {
    this.#reserve(FRAME_HEADER_BYTES + bodyLength);
    writeFrameHeader(this.#buf, this.#pos, bodyLength);
    this.#pos += FRAME_HEADER_BYTES;
  }

  #reserve(bytes: number): void {
    const needed = this.#pos + bytes;
    if (needed > this.#buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.#buf.length * 2));
      this.#buf.copy(grown, 0, 0, this.#pos);
      this.#buf = grown;
    }
  }

  #message(tag: number, m: MessageFields, contentSize: number, sender: Buffer): void {
    this.#messageStart(tag, contentSize, m.seq, m.timestampMs, sender);
    const payloadLength = m.payloadLength;
    if (payloadLength > 0) {
      this.#payloadHead(payloadLength);
      m.copyPayloadTo(this.#buf, this.#pos);
      this.#pos += payloadLength;
    }
    this.#varintField(TAG_UPDATED, m.updatedMs);
  }

  /** A Message's tag and length and its fields before the payload. */
  #messageStart(
    tag: number,
    contentSize: number,
    seq: number,
    timestampMs: number,
    sender: Uint8Array,
  ): void {
    // One local cursor: this runs for every message of every GET reply.
    const buf = this.#buf;
    let pos = this.#pos;
    buf[pos++] = tag;
    pos = writeVarint(buf, pos, contentSize);
    if (seq !== 0) {
      buf[pos++] = TAG_SEQ;
      pos = writeVarint(buf, pos, seq);
    }
    if (timestampMs !== 0) {
      buf[pos++] = TAG_TIMESTAMP;
      pos = writeVarint(buf, pos, timestampMs);
    }
    if (sender.length > 0) {
      buf[pos++] = TAG_SENDER;
      pos = writeVarint(buf, pos, sender.length);
      // Names are short: a loop costs less than set()'s call.
      for (let i = 0; i < sender.length; i++) buf[pos++] = sender[i];
    }
    this.#pos = pos;
  }

  #payloadHead(payloadLength: number): void {
    this.#buf[this.#pos++] = TAG_PAYLOAD;
    this.#varint(payloadLength);
  }

  #varintField(tag: number, value: number): void {
    if (value === 0) return;
    this.#buf[this.#pos++] = tag;
    this.#varint(value);
  }

  #varint(value: number): void {
    this.#pos = writeVarint(this.#buf, this.#pos, value);
  }
}

/**
 * Writes a varint of a non-negative integer below 2^53 at `pos` and returns where it ends,
 * with 32-bit integer arithmetic only: millisecond timestamps (41 bits) are on the hot path.
 */
function writeVarint(buf: Buffer, pos: number, value: number): number {
  if (value >= 2 ** 28) {
    // The low 28 bits as four 7-bit groups, then the rest (below 2^25) as usual. Split by a
    // division by a power of two, which is exact: `%` on a double is a call to fmod.
    const high = Math.floor(value / 2 ** 28);
    const low = value - high * 2 ** 28;
    buf[pos++] = (low & 0x7f) | 0x80;
    buf[pos++] = ((low >>> 7) & 0x7f) | 0x80;
    buf[pos++] = ((low >>> 14) & 0x7f) | 0x80;
    buf[pos++] = ((low >>> 21) & 0x7f) | 0x80;
    value = high;
  }
  while (value >= 0x80) {
    buf[pos++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  buf[pos++] = value;
  return pos;
}
