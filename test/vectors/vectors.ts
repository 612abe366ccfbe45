import * as protobuf from 'protobufjs';
import { clientProof, serverProof } from '../../src/protocol/auth';
import { newClientFrameEncoder, type v1 } from '../../src/protocol/codec';
import { ServerFrameEncoder, type MessageFields } from '../../src/protocol/server-frame-encoder';
import { bigIntToUint64 } from '../../src/protocol/uint64';
import { messageType } from '../helpers/proto-schema';

// Golden vectors: real frames from the real encoders (the client's, and the server's hand-
// written and generated ones), with every varying value fixed. docs/PROTOCOL.md shows them
// annotated; clients/python decodes and re-encodes each one byte for byte.

export interface Vector {
  readonly name: string;
  readonly description: string;
  /** Which envelope the body is. */
  readonly direction: 'client' | 'server';
  /** The message in the proto3 JSON mapping (camelCase names, uint64 as strings, bytes as base64). */
  readonly message: Record<string, unknown>;
  /** The whole frame: 4-byte header, then the body. */
  readonly hex: string;
}

/** The secret of the authentication example; its nonces are fixed too. */
export const EXAMPLE_SECRET = 'correct horse battery staple';
const CLIENT_NONCE = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
const SERVER_NONCE = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
const T0 = 1_764_000_000_000; // 2025-11-24T16:00:00Z

const ClientFrameType = messageType('ClientFrame');
const ServerFrameType = messageType('ServerFrame');

function stored(seq: number, timestampMs: number, sender: string, text: string): MessageFields {
  const payload = Buffer.from(text);
  return {
    seq,
    timestampMs,
    sender,
    updatedMs: 0,
    payloadLength: payload.length,
    copyPayloadTo: (t, o) => t.set(payload, o),
  };
}

function client(name: string, description: string, frame: v1.ClientFrame.$Properties): Vector {
  const encoder = newClientFrameEncoder();
  encoder.add(frame);
  return vector(name, description, 'client', encoder.take());
}

function server(
  name: string,
  description: string,
  write: (out: ServerFrameEncoder) => void,
): Vector {
  const out = new ServerFrameEncoder();
  write(out);
  return vector(name, description, 'server', out.take());
}

function vector(
  name: string,
  description: string,
  direction: Vector['direction'],
  frame: Buffer,
): Vector {
  const type = direction === 'client' ? ClientFrameType : ServerFrameType;
  const message = type.toObject(type.decode(frame.subarray(4)), {
    longs: String,
    enums: String,
    bytes: String,
  });
  return { name, description, direction, message, hex: frame.toString('hex') };
}

export function buildVectors(): Vector[] {
  const hello = { minVersion: 1, maxVersion: 1, clientName: 'alice', clientNonce: CLIENT_NONCE };
  const messages = [stored(1, T0, 'alice', 'hello'), stored(2, T0 + 1, 'alice', '')];
  const nonces = { clientNonce: CLIENT_NONCE, serverNonce: SERVER_NONCE, clientName: 'alice' };
  const secret = Buffer.from(EXAMPLE_SECRET);
  const welcome = {
    version: 1,
    serverName: 'example',
    serverVersion: '0.1.0',
    sessionId: '0123456789abcdef',
    maxFrameBytes: 1_048_576,
    maxPayloadBytes: 1_047_552,
    ringCapacity: 1024,
    nextSeq: 1,
    idleTimeoutMs: 300_000,
  };
  return [
    client(
      'hello',
      'The first frame of a connection: versions 1..1, the client name and a nonce.',
      { id: 1, hello },
    ),
    server(
      'welcome',
      'The server accepts version 1 and announces its limits (no secret configured).',
      (out) => out.add({ id: 1, welcome }),
    ),
    client('set', 'Store "hello".', { id: 2, set: { payload: Buffer.from('hello') } }),
    server('set-reply', 'Stored as seq 1 at the given server time.', (out) =>
      out.setReply(2, 1, T0),
    ),
    server(
      'set-reply-large-seq',
      'A seq past 2^53, as a long-lived server may hand out: clients must read uint64 exactly.',
      (out) => out.add({ id: 2, set: { seq: bigIntToUint64(2n ** 53n + 1n), timestampMs: T0 } }),
    ),
    client('set-empty', 'Store an empty payload: the payload field is left out entirely.', {
      id: 3,
      set: {},
    }),
    server('set-empty-reply', 'Stored as seq 2.', (out) => out.setReply(3, 2, T0 + 1)),
    client('get-latest', 'The latest 10 messages.', { id: 4, get: { count: 10 } }),
    server(
      'get-latest-reply',
      'Both messages held, oldest first; next_seq 3 continues after them.',
      (out) =>
        out.getReply(4, {
          messages,
          lost: 0,
          deleted: 0,
          oldestSeq: 1,
          nextSeq: 3,
          truncated: false,
        }),
    ),
    client('get-after', 'Up to 2 messages after seq 0: after_seq is present even though it is 0.', {
      id: 5,
      get: { count: 2, afterSeq: 0 },
    }),
    server('get-after-reply', 'The two messages after seq 0.', (out) =>
      out.getReply(5, {
        messages,
        lost: 0,
        deleted: 0,
        oldestSeq: 1,
        nextSeq: 3,
        truncated: false,
      }),
    ),
    client(
      'get-after-future',
      'A cursor from the future, past 2^53: uint64 values must be read exactly.',
      {
        id: 6,
        get: { afterSeq: bigIntToUint64(2n ** 64n - 1n) },
      },
    ),
    server(
      'get-after-future-reply',
      "Nothing newer: no messages, and the server's real next_seq.",
      (out) =>
        out.getReply(6, {
          messages: [],
          lost: 0,
          deleted: 0,
          oldestSeq: 1,
          nextSeq: 3,
          truncated: false,
        }),
    ),
    server(
      'get-lost-reply',
      'After a wrap-around: 4 messages were overwritten before this reader got them.',
      (out) =>
        out.getReply(7, {
          messages: [stored(9, T0 + 8, 'bob', 'nine')],
          lost: 4,
          deleted: 0,
          oldestSeq: 9,
          nextSeq: 10,
          truncated: false,
        }),
    ),
    client('update-missing', 'Update a seq the ring does not hold.', {
      id: 8,
      update: { seq: 99, payload: Buffer.from('x') },
    }),
    server(
      'error-not-found',
      'A request-level error: it answers request 8; the connection stays open.',
      (out) =>
        out.add({
          id: 8,
          error: { code: 9, message: 'seq 99 is not held (overwritten, deleted, or never stored)' },
        }),
    ),
    client('subscribe', 'Push every message from the oldest held on.', {
      id: 9,
      subscribe: { start: 1 },
    }),
    server('subscribe-reply', 'Pushes start at seq 1.', (out) =>
      out.add({ id: 9, subscribe: { startSeq: 1 } }),
    ),
    server('push-message', 'A pushed message: id 0, the push body.', (out) =>
      out.pushMessage(messages[0], 0),
    ),
    server('error-stream', 'A stream-level error (id 0): the server closes after it.', (out) =>
      out.add({
        id: 0,
        error: { code: 4, message: 'frame of 2097152 bytes exceeds the limit of 1048576 bytes' },
      }),
    ),
    client(
      'auth-hello',
      `Authentication, step 1: a Hello with a 32-byte client nonce (secret "${EXAMPLE_SECRET}").`,
      {
        id: 1,
        hello,
      },
    ),
    server('auth-challenge', 'Step 2: the server answers the Hello with its nonce.', (out) =>
      out.add({ id: 1, challenge: { serverNonce: SERVER_NONCE } }),
    ),
    client(
      'auth-response',
      'Step 3: HMAC-SHA256(secret, "ringwire-v1 client" 0x00 server_nonce client_nonce "alice").',
      {
        id: 2,
        auth: { clientProof: clientProof(secret, nonces) },
      },
    ),
    server(
      'auth-welcome',
      'Step 4: the Welcome answers the AuthResponse, with HMAC-SHA256(secret, "ringwire-v1 server" 0x00 client_nonce server_nonce "alice").',
      (out) =>
        out.add({
          id: 2,
          welcome: { ...welcome, serverProof: serverProof(secret, nonces) },
        }),
    ),
    ...ringVectors(hello, welcome, messages),
  ];
}

/** Version 2: frames that name rings, subscriptions by id, LIST_RINGS and the ring errors. */
function ringVectors(
  hello: v1.Hello.$Properties,
  welcome: v1.Welcome.$Properties,
  messages: readonly MessageFields[],
): Vector[] {
  const ringInfo = {
    capacity: 1024,
    maxBytes: 16_777_216,
    overflow: 'overwrite',
    subscribers: 0,
  };
  return [
    client('hello-v2', 'Version 2 (named rings): the client offers versions 1..2.', {
      id: 1,
      hello: { ...hello, maxVersion: 2 },
    }),
    server(
      'welcome-v2',
      'The server picks version 2. ring_capacity and next_seq describe the ring "default".',
      (out) => out.add({ id: 1, welcome: { ...welcome, version: 2 } }),
    ),
    client('set-ring', 'Store "hello" in the ring "logs": SetRequest field 2.', {
      id: 2,
      set: { payload: Buffer.from('hello'), ring: 'logs' },
    }),
    server(
      'set-ring-reply',
      'Each ring numbers its own seqs: the first message of "logs".',
      (out) => out.setReply(2, 1, T0),
    ),
    client(
      'get-next-ring',
      'Up to 10 messages of "logs" this connection has not read yet: its cursor in that ring.',
      { id: 3, get: { count: 10, next: true, ring: 'logs' } },
    ),
    client('subscribe-ring', 'Push every message of "logs" from the oldest held on.', {
      id: 4,
      subscribe: { start: 1, ring: 'logs' },
    }),
    server(
      'subscribe-ring-reply',
      'Pushes start at seq 1; this is subscription 1 of the connection.',
      (out) => out.add({ id: 4, subscribe: { startSeq: 1, subscriptionId: 1 } }),
    ),
    server(
      'push-message-ring',
      'A pushed message of subscription 1 (so of "logs"); protobuf encoders write subscription_id (field 5) after the event.',
      (out) => out.pushMessage(messages[0], 1),
    ),
    client('unsubscribe-id', 'End subscription 1 (0 means the connection’s only subscription).', {
      id: 5,
      unsubscribe: { subscriptionId: 1 },
    }),
    server('unsubscribe-reply', 'The last seq subscription 1 pushed.', (out) =>
      out.add({ id: 5, unsubscribe: { lastSeq: 1 } }),
    ),
    client('update-ring', 'Replace the payload of seq 1 of "logs".', {
      id: 6,
      update: { seq: 1, payload: Buffer.from('HELLO'), ring: 'logs' },
    }),
    client('delete-ring', 'Delete seq 1 of "logs".', { id: 7, delete: { seq: 1, ring: 'logs' } }),
    client('list-rings', 'Describe the rings, from the first name on.', {
      id: 8,
      listRings: {},
    }),
    server(
      'list-rings-reply',
      'Every ring in byte order of name; not truncated (fields at their default are left out).',
      (out) =>
        out.add({
          id: 8,
          listRings: {
            rings: [
              {
                name: 'default',
                ...ringInfo,
                messages: 2,
                bytes: 5,
                firstSeq: 1,
                lastSeq: 2,
                nextSeq: 3,
              },
              { name: 'logs', ...ringInfo, nextSeq: 2 },
            ],
          },
        }),
    ),
    client('list-rings-after', 'The next page: rings whose names sort after "default".', {
      id: 9,
      listRings: { afterName: 'default' },
    }),
    server(
      'error-ring-not-found',
      'A SET naming a ring that does not exist on a server started with --no-auto-create; the connection stays open.',
      (out) =>
        out.add({
          id: 10,
          error: {
            code: 15,
            message: 'ring metrics does not exist and this server creates no rings on first use',
          },
        }),
    ),
    server(
      'error-ring-limit',
      'A SET naming a new ring on a server that holds --max-rings rings already; nothing was created.',
      (out) =>
        out.add({
          id: 11,
          error: {
            code: 16,
            message: 'cannot create ring metrics: the server holds its maximum of 1024 rings',
          },
        }),
    ),
    server(
      'error-store-unavailable',
      'A SET the data dir could not take (the disk is full); nothing of it is kept, the connection stays open.',
      (out) =>
        out.add({
          id: 12,
          error: {
            code: 17,
            message: 'cannot write the log in DIR/rings/r-default: ENOSPC: no space left on device',
          },
        }),
    ),
  ];
}

/** The worked-examples section of docs/PROTOCOL.md: every vector as an annotated hex dump. */
export function renderVectors(vectors: readonly Vector[]): string {
  const parts = vectors.map((v) => {
    const frame = Buffer.from(v.hex, 'hex');
    const type = v.direction === 'client' ? ClientFrameType : ServerFrameType;
    const arrow = v.direction === 'client' ? 'client → server' : 'server → client';
    const lines = [
      `${hexOf(frame.subarray(0, 4))}  length ${frame.length - 4}`,
      ...annotate(type, frame.subarray(4), ''),
    ];
    return `**${v.name}** (${arrow}, ${type.name}): ${v.description}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\``;
  });
  return parts.join('\n\n');
}

const hexOf = (bytes: Uint8Array): string =>
  Buffer.from(bytes)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');

/** One line per field: its bytes, then number, name and value; nested messages indented. */
function annotate(type: protobuf.Type, bytes: Uint8Array, indent: string): string[] {
  const reader = protobuf.Reader.create(bytes);
  const lines: string[] = [];
  while (reader.pos < reader.len) {
    const start = reader.pos;
    const tag = reader.uint32();
    const number = tag >>> 3;
    const field = type.fieldsById[number];
    // The proto's own spelling, as client authors see it in proto/ringwire.proto.
    const name = field ? field.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : 'unknown';
    const afterTag = reader.pos;
    if ((tag & 7) === 0) {
      const value = reader.uint64();
      const shown =
        field?.resolvedType instanceof protobuf.Enum
          ? `${value.toString()} (${field.resolvedType.valuesById[Number(value)]})`
          : value.toString();
      lines.push(
        `${indent}${hexOf(bytes.subarray(start, reader.pos))}  ${number} ${name} = ${shown}`,
      );
      continue;
    }
    const length = reader.uint32();
    const content = bytes.subarray(reader.pos, reader.pos + length);
    reader.skip(length);
    const head = `${indent}${hexOf(bytes.subarray(start, afterTag + (reader.pos - afterTag - length)))}`;
    if (field?.resolvedType instanceof protobuf.Type) {
      lines.push(`${head}  ${number} ${name}: ${field.resolvedType.name}, ${length} bytes`);
      lines.push(...annotate(field.resolvedType, content, `${indent}   `));
    } else {
      const printable = length > 0 && content.every((byte) => byte >= 0x20 && byte < 0x7f);
      const asText = JSON.stringify(Buffer.from(content).toString());
      const text =
        field?.type === 'string' ? asText : `${length} bytes${printable ? `, ${asText}` : ''}`;
      lines.push(`${head} ${hexOf(content)}  ${number} ${name} = ${text}`);
    }
  }
  return lines;
}
