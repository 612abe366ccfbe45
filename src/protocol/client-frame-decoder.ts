import { RingwireError } from '../errors';
import type { ClientFrame, v1 } from './codec';
import { MAX_RING_NAME_BYTES } from './ring-name';
import { bigIntToUint64, type WireUint64 } from './uint64';

// A strict decoder for ClientFrame, the only message a server reads from the network.
//
// Protobuf wire grammar (https://protobuf.dev/programming-guides/encoding/):
//   message = *field
//   field   = tag value;  tag = varint(field_number << 3 | wire_type), field_number >= 1
//   wire_type 0 = varint (at most 10 bytes), 1 = 8 bytes, 2 = varint length + bytes,
//   5 = 4 bytes; 3 and 4 (groups) are not used by proto3 and are refused here.
//
// protobufjs alone accepts varints longer than 10 bytes and silently skips a known field sent
// with the wrong wire type; this decoder refuses both, refuses invalid UTF-8 in strings, and
// turns every failure into a PROTOCOL_VIOLATION RingwireError. It is also the server's hot
// path: bytes fields are views into the frame (no copy), and uint64 fields are read into
// numbers, exact up to 2^53 - 1; larger values become Infinity, past any seq the server holds,
// except in the seq fields a reply may echo (from_seq, UPDATE's and DELETE's seq), which keep
// larger values exactly as a Long.
// Unknown fields are checked and skipped. Like any protobuf decoder, the last value of a
// repeated scalar wins, a repeated message field is merged, and a later oneof member
// replaces an earlier one.

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const EMPTY = new Uint8Array(0);

/** The read position; one decode at a time (the event loop runs one at a time). */
let buf: Uint8Array = EMPTY;
let pos = 0;

function violation(what: string): RingwireError {
  return new RingwireError('PROTOCOL_VIOLATION', `undecodable ClientFrame: ${what}`);
}

/** A varint as a number: exact up to 2^53 - 1, Infinity above. Refuses more than 64 bits. */
function readVarint(end: number): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw violation('truncated varint');
    const byte = buf[pos++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      if (i === 9 && byte > 1) throw violation('varint longer than 64 bits');
      return value > Number.MAX_SAFE_INTEGER ? Infinity : value;
    }
    scale *= 128;
  }
  throw violation('varint longer than 10 bytes');
}

/**
 * A uint64 field the server may echo (a seq): a number up to 2^53 - 1, above that the exact
 * value as an unsigned Long (rare, so read again the slow way).
 */
function readUint64(end: number): WireUint64 {
  const start = pos;
  const value = readVarint(end);
  if (value !== Infinity) return value;
  let exact = 0n;
  for (let i = pos - 1; i >= start; i--) exact = (exact << 7n) | BigInt(buf[i] & 0x7f);
  return bigIntToUint64(exact);
}

/** A varint field read as uint32/int32/enum: its low 32 bits, as protobuf truncates them. */
function readUint32(end: number): number {
  const start = pos;
  readVarint(end);
  let low = 0;
  for (let i = 0; i < 5 && start + i < pos; i++) low |= (buf[start + i] & 0x7f) << (7 * i);
  return low >>> 0;
}

/** The [start, end) of a length-delimited value. */
function readLength(end: number): number {
  const length = readVarint(end);
  if (length > end - pos) throw violation('length past the end of the frame');
  return pos + length;
}

function readBytes(end: number): Uint8Array {
  const valueEnd = readLength(end);
  // A plain Uint8Array view: a Buffer's subarray() goes through a subclass constructor, which
  // costs more on every SET payload.
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset + pos, valueEnd - pos);
  pos = valueEnd;
  return bytes;
}

function readString(end: number): string {
  const bytes = readBytes(end);
  try {
    return utf8.decode(bytes);
  } catch {
    throw violation('a string that is not valid UTF-8');
  }
}

/**
 * Ring names repeat on almost every request of a connection: the strings of recently read
 * names are kept, by a hash of their bytes, and handed out again when the same bytes come,
 * without a UTF-8 decode and a new string each time.
 */
const RING_NAME_SLOTS = 64;
const ringNameBytes: (Uint8Array | undefined)[] = new Array(RING_NAME_SLOTS);
const ringNames: string[] = new Array(RING_NAME_SLOTS);

function readRingName(end: number): string {
  const start = pos;
  const valueEnd = readLength(end);
  const length = valueEnd - pos;
  // Longer values (invalid names, refused later) are decoded every time.
  if (length === 0 || length > MAX_RING_NAME_BYTES) {
    pos = start;
    return readString(end);
  }
  const slot = (length * 31 + buf[pos] * 7 + buf[valueEnd - 1]) % RING_NAME_SLOTS;
  const cached = ringNameBytes[slot];
  if (cached?.length === length && sameBytes(cached, pos)) {
    pos = valueEnd;
    return ringNames[slot];
  }
  // A copy (a Buffer's slice() is a view): the input's memory is reused after the read.
  const bytes = new Uint8Array(buf.subarray(pos, valueEnd));
  pos = start;
  const name = readString(end);
  ringNameBytes[slot] = bytes;
  ringNames[slot] = name;
  return name;
}

function sameBytes(bytes: Uint8Array, at: number): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== buf[at + i]) return false;
  return true;
}

/** Reads a tag; returns field_number * 8 + wire_type, as on the wire. */
function readTag(end: number): number {
  const start = pos;
  const tag = readVarint(end);
  if (tag < 8 || tag > 0xffff_ffff) throw violation('field number 0 or too large');
  // A tag is a uint32: protobuf decoders refuse one spread over more than 5 bytes.
  if (pos - start > 5) throw violation('tag longer than 5 bytes');
  return tag;
}

/** Checks and steps over a field this decoder does not know. */
function skipField(wireType: number, end: number): void {
  switch (wireType) {
    case VARINT:
      readVarint(end);
      return;
    case FIXED64:
      skipBytes(8, end);
      return;
    case LENGTH_DELIMITED:
      pos = readLength(end);
      return;
    case FIXED32:
      skipBytes(4, end);
      return;
    default:
      throw violation(`wire type ${wireType}`);
  }
}

function skipBytes(count: number, end: number): void {
  if (count > end - pos) throw violation('fixed-size value past the end of the frame');
  pos += count;
}

function expectWireType(wireType: number, expected: number, field: string): void {
  if (wireType !== expected) throw violation(`field ${field} sent with wire type ${wireType}`);
}

/** Reads one field of `target` if it knows `number`; false when it does not. */
type FieldReader<T> = (target: T, number: number, wireType: number, end: number) => boolean;

/**
 * Reads the fields of one message up to `end` into `target`, skipping those `read` does not
 * know. (Module-level readers, not closures: nothing is allocated per message but its object.)
 */
function readFields<T>(end: number, target: T, read: FieldReader<T>): void {
  while (pos < end) {
    const tag = readTag(end);
    const wireType = tag & 7;
    const number = Math.floor(tag / 8);
    if (!read(target, number, wireType, end)) skipField(wireType, end);
  }
}

const helloField: FieldReader<v1.Hello.$Properties> = (hello, number, wireType, end) => {
  switch (number) {
    case 1:
      expectWireType(wireType, VARINT, 'Hello.min_version');
      hello.minVersion = readUint32(end);
      return true;
    case 2:
      expectWireType(wireType, VARINT, 'Hello.max_version');
      hello.maxVersion = readUint32(end);
      return true;
    case 3:
      expectWireType(wireType, LENGTH_DELIMITED, 'Hello.client_name');
      hello.clientName = readString(end);
      return true;
    case 4:
      expectWireType(wireType, LENGTH_DELIMITED, 'Hello.client_nonce');
      hello.clientNonce = readBytes(end);
      return true;
  }
  return false;
};

const setField: FieldReader<v1.SetRequest.$Properties> = (set, number, wireType, end) => {
  switch (number) {
    case 1:
      expectWireType(wireType, LENGTH_DELIMITED, 'SetRequest.payload');
      set.payload = readBytes(end);
      return true;
    case 2:
      expectWireType(wireType, LENGTH_DELIMITED, 'SetRequest.ring');
      set.ring = readRingName(end);
      return true;
  }
  return false;
};

const getField: FieldReader<v1.GetRequest.$Properties> = (get, number, wireType, end) => {
  switch (number) {
    case 1:
      expectWireType(wireType, VARINT, 'GetRequest.count');
      get.count = readUint32(end);
      return true;
    case 2:
      expectWireType(wireType, VARINT, 'GetRequest.after_seq');
      get.afterSeq = readVarint(end);
      return true;
    case 3:
      expectWireType(wireType, VARINT, 'GetRequest.next');
      get.next = readVarint(end) !== 0;
      return true;
    case 4:
      expectWireType(wireType, VARINT, 'GetRequest.wait_ms');
      get.waitMs = readUint32(end);
      return true;
    case 5:
      expectWireType(wireType, LENGTH_DELIMITED, 'GetRequest.ring');
      get.ring = readRingName(end);
      return true;
  }
  return false;
};

const subscribeField: FieldReader<v1.SubscribeRequest.$Properties> = (
  subscribe,
  number,
  wireType,
  end,
) => {
  switch (number) {
    case 1:
      expectWireType(wireType, VARINT, 'SubscribeRequest.start');
      subscribe.start = readUint32(end) | 0;
      return true;
    case 2:
      expectWireType(wireType, VARINT, 'SubscribeRequest.from_seq');
      subscribe.fromSeq = readUint64(end);
      return true;
    case 3:
      expectWireType(wireType, LENGTH_DELIMITED, 'SubscribeRequest.ring');
      subscribe.ring = readRingName(end);
      return true;
  }
  return false;
};

const updateField: FieldReader<v1.UpdateRequest.$Properties> = (update, number, wireType, end) => {
  switch (number) {
    case 1:
      expectWireType(wireType, VARINT, 'UpdateRequest.seq');
      update.seq = readUint64(end);
      return true;
    case 2:
      expectWireType(wireType, LENGTH_DELIMITED, 'UpdateRequest.payload');
      update.payload = readBytes(end);
      return true;
    case 3:
      expectWireType(wireType, LENGTH_DELIMITED, 'UpdateRequest.ring');
      update.ring = readRingName(end);
      return true;
  }
  return false;
};

const deleteField: FieldReader<v1.DeleteRequest.$Properties> = (request, number, wireType, end) => {
  switch (number) {
    case 1:
      expectWireType(wireType, VARINT, 'DeleteRequest.seq');
      request.seq = readUint64(end);
      return true;
    case 2:
      expectWireType(wireType, LENGTH_DELIMITED, 'DeleteRequest.ring');
      request.ring = readRingName(end);
      return true;
  }
  return false;
};

const unsubscribeField: FieldReader<v1.UnsubscribeRequest.$Properties> = (
  unsubscribe,
  number,
  wireType,
  end,
) => {
  if (number !== 1) return false;
  expectWireType(wireType, VARINT, 'UnsubscribeRequest.subscription_id');
  unsubscribe.subscriptionId = readUint32(end);
  return true;
};

const listRingsField: FieldReader<v1.ListRingsRequest.$Properties> = (
  listRings,
  number,
  wireType,
  end,
) => {
  if (number !== 1) return false;
  expectWireType(wireType, LENGTH_DELIMITED, 'ListRingsRequest.after_name');
  listRings.afterName = readString(end);
  return true;
};

const authField: FieldReader<v1.AuthResponse.$Properties> = (auth, number, wireType, end) => {
  if (number !== 1) return false;
  expectWireType(wireType, LENGTH_DELIMITED, 'AuthResponse.client_proof');
  auth.clientProof = readBytes(end);
  return true;
};

/** Messages without fields of their own (ping, stats): unknown fields are checked. */
const noField: FieldReader<unknown> = () => false;

type Body = NonNullable<ClientFrame['body']>;

/** Makes the frame of one body member, as an object literal: one shape per member, made whole. */
type FrameOf = (id: number, member: never) => unknown;

/** The body members: field number, name, the reader of the message's fields, the frame maker. */
const BODIES: readonly (readonly [number, Body, FieldReader<never>, FrameOf])[] = [
  [2, 'hello', helloField, (id, hello) => ({ id, body: 'hello', hello })],
  [3, 'set', setField, (id, set) => ({ id, body: 'set', set })],
  [4, 'get', getField, (id, get) => ({ id, body: 'get', get })],
  [5, 'subscribe', subscribeField, (id, subscribe) => ({ id, body: 'subscribe', subscribe })],
  [
    6,
    'unsubscribe',
    unsubscribeField,
    (id, unsubscribe) => ({ id, body: 'unsubscribe', unsubscribe }),
  ],
  [7, 'update', updateField, (id, update) => ({ id, body: 'update', update })],
  [8, 'delete', deleteField, (id, request) => ({ id, body: 'delete', delete: request })],
  [9, 'ping', noField, (id, ping) => ({ id, body: 'ping', ping })],
  [10, 'stats', noField, (id, stats) => ({ id, body: 'stats', stats })],
  [11, 'auth', authField, (id, auth) => ({ id, body: 'auth', auth })],
  [12, 'listRings', listRingsField, (id, listRings) => ({ id, body: 'listRings', listRings })],
];
const BODY_BY_NUMBER = new Map(BODIES.map((entry) => [entry[0], entry]));

/** The frame being read: its id, and its body member (read into `member`). */
let frameId = 0;
let body: (typeof BODIES)[number] | undefined;
let member: object | undefined;

const frameField: FieldReader<null> = (_, number, wireType, end) => {
  if (number === 1) {
    expectWireType(wireType, VARINT, 'ClientFrame.id');
    frameId = readUint32(end);
    return true;
  }
  const entry = BODY_BY_NUMBER.get(number);
  if (!entry) return false;
  expectWireType(wireType, LENGTH_DELIMITED, `ClientFrame.${entry[1]}`);
  const messageEnd = readLength(end);
  // The same member again merges into it; another member replaces the body.
  if (body !== entry) {
    body = entry;
    member = {};
  }
  readFields(messageEnd, member as never, entry[2]);
  return true;
};

/**
 * Decodes one ClientFrame body, `bytes[start, end)`; anything that is not a well-formed
 * ClientFrame throws PROTOCOL_VIOLATION. Bytes fields are views of `bytes`.
 */
export function decodeClientFrameStrict(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
): ClientFrame {
  buf = bytes;
  pos = start;
  frameId = 0;
  body = undefined;
  member = undefined;
  try {
    readFields(end, null, frameField);
    // (Set by frameField, which the compiler does not see.)
    const read = body as (typeof BODIES)[number] | undefined;
    return (read ? read[3](frameId, member as never) : { id: frameId }) as ClientFrame;
  } finally {
    buf = EMPTY;
    body = undefined;
    member = undefined;
  }
}

/**
 * Gives `frame` copies of the bytes it views in the input it was decoded from (payloads,
 * nonces, proofs): a frame that is kept past the read it came in, once that read's memory is
 * reused.
 */
export function detachClientFrame(frame: ClientFrame): void {
  switch (frame.body) {
    case 'hello':
      if (frame.hello.clientNonce)
        frame.hello.clientNonce = new Uint8Array(frame.hello.clientNonce);
      break;
    case 'set':
      if (frame.set.payload) frame.set.payload = new Uint8Array(frame.set.payload);
      break;
    case 'update':
      if (frame.update.payload) frame.update.payload = new Uint8Array(frame.update.payload);
      break;
    case 'auth':
      if (frame.auth.clientProof) frame.auth.clientProof = new Uint8Array(frame.auth.clientProof);
      break;
  }
}
