import { connect, type Socket } from 'node:net';
import fc from 'fast-check';
import { errorCodeFromWire, type ErrorCode } from '../../src/errors';
import { decodeServerFrame, newClientFrameEncoder, v1 } from '../../src/protocol/codec';
import { FrameDecoder } from '../../src/protocol/framing';
import { helloFor } from '../helpers/raw-connection';
import { arbitraryMessage, messageType } from '../helpers/proto-schema';

// Structure-aware fuzz inputs: a valid session (a Hello, then random frames built from the
// schema), then mutations of the kinds that break parsers.

const frame = arbitraryMessage(messageType('ClientFrame'));

/** A well-formed connection's bytes: a Hello and up to 8 random ClientFrames. */
export const validSession = fc.array(frame, { maxLength: 8 }).map((frames) => {
  const encoder = newClientFrameEncoder();
  encoder.add({ id: 1, hello: helloFor('fuzz') });
  for (const f of frames) encoder.add(f as v1.ClientFrame.$Properties);
  return encoder.take();
});

type Mutation = (bytes: Buffer) => Buffer;

const bitFlips = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 7 })), { minLength: 1, maxLength: 8 })
  .map((flips): Mutation => (bytes) => {
    const out = Buffer.from(bytes);
    for (const [at, bit] of flips) if (out.length) out[at % out.length] ^= 1 << bit;
    return out;
  });

const truncation = fc.nat().map(
  (at): Mutation =>
    (bytes) =>
      bytes.subarray(0, at % (bytes.length + 1)),
);

/** An 11-byte varint spliced in where a tag or value could start. */
const overlongVarint = fc.nat().map((at): Mutation => (bytes) => {
  const cut = at % (bytes.length + 1);
  return Buffer.concat([
    bytes.subarray(0, cut),
    Buffer.from('ffffffffffffffffffff01', 'hex'),
    bytes.subarray(cut),
  ]);
});

/** A frame header rewritten with another length (shorter, longer, or huge). */
const falseLength = fc
  .tuple(fc.nat(), fc.oneof(fc.nat({ max: 64 }), fc.nat(), fc.constant(0xffffffff)))
  .map(([at, length]): Mutation => (bytes) => {
    const out = Buffer.from(bytes);
    if (out.length >= 4) out.writeUInt32BE(length >>> 0, (at % (out.length - 3)) & ~0);
    return out;
  });

/** The low three bits of a byte (a tag's wire type, if it is a tag) replaced. */
const wrongWireType = fc
  .tuple(fc.nat(), fc.nat({ max: 7 }))
  .map(([at, wireType]): Mutation => (bytes) => {
    const out = Buffer.from(bytes);
    if (out.length) out[at % out.length] = (out[at % out.length] & ~7) | wireType;
    return out;
  });

const mutation = fc.oneof(bitFlips, truncation, overlongVarint, falseLength, wrongWireType);

/** What the fuzzer sends on one connection: a mutated valid session, sometimes mutated twice. */
export const fuzzInput = fc
  .tuple(validSession, fc.array(mutation, { minLength: 1, maxLength: 2 }))
  .map(([session, mutations]) => mutations.reduce((bytes, mutate) => mutate(bytes), session));

export interface ExerciseResult {
  /** Error codes the server sent. */
  readonly codes: ErrorCode[];
  readonly frames: number;
}

/**
 * Sends `bytes` on a fresh connection and reads what the server answers, until it closes the
 * connection, stays quiet for `quietMs`, or `maxMs` have passed (a subscription keeps
 * talking). Throws if the server sends bytes that are not frames.
 */
export function exercise(
  port: number,
  bytes: Uint8Array,
  quietMs = 300,
  maxMs = 2000,
): Promise<ExerciseResult> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    const decoder = new FrameDecoder(64 * 1024 * 1024);
    const codes: ErrorCode[] = [];
    let frames = 0;
    const quiet = setTimeout(() => socket.destroy(), quietMs);
    const enough = setTimeout(() => socket.destroy(), maxMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => {
      quiet.refresh();
      try {
        decoder.push(chunk, (body) => {
          frames++;
          const reply = decodeServerFrame(body);
          if (reply.body === 'error') codes.push(errorCodeFromWire(reply.error?.code ?? 0));
        });
      } catch (error) {
        socket.destroy();
        reject(error);
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(quiet);
      clearTimeout(enough);
      resolve({ codes, frames });
    });
  });
}
