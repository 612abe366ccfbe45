import fc from 'fast-check';
import Long from 'long';
import { v1 } from '../../../src/protocol/codec';
import {
  messageFieldBytes,
  ServerFrameEncoder,
  varintBytes,
  type GetReplyColumns,
  type GetReplyFields,
  type MessageFields,
} from '../../../src/protocol/server-frame-encoder';
import { FC_PARAMETERS } from '../../helpers/fast-check';

/** What the generated code makes of the same frame: the reference bytes. */
function generic(frame: v1.ServerFrame.$Properties): Buffer {
  const encoder = new ServerFrameEncoder();
  encoder.add(frame);
  return encoder.take();
}

const safe = fc.oneof(
  fc.constantFrom(
    ...[0, 1, 127, 128, 16383, 16384, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 1],
    // Where the varint's split into 28 low bits and the rest shows, and millisecond times.
    ...[2 ** 28 - 1, 2 ** 28, 2 ** 28 + 1, 2 ** 35 - 1, 2 ** 35, 1_764_000_000_123, 2 ** 49 + 3],
  ),
  fc.maxSafeNat(),
);
type WithPayload = MessageFields & { readonly payload: Buffer };

/** A message with its payload both as bytes (for the generated code) and as the encoder reads it. */
function withPayload(
  fields: Omit<MessageFields, 'payloadLength' | 'copyPayloadTo'>,
  payload: Buffer,
): WithPayload {
  return {
    ...fields,
    payload,
    payloadLength: payload.length,
    copyPayloadTo: (target, offset) => target.set(payload, offset),
  };
}

const message: fc.Arbitrary<WithPayload> = fc
  .record({
    seq: safe,
    timestampMs: safe,
    sender: fc.string({ unit: 'grapheme', maxLength: 20 }),
    payload: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    updatedMs: fc.oneof(fc.constant(0), safe),
  })
  .map(({ payload, ...fields }) => withPayload(fields, payload));
const reply: fc.Arbitrary<GetReplyFields & { messages: WithPayload[] }> = fc.record({
  messages: fc.array(message, { maxLength: 6 }),
  lost: safe,
  deleted: safe,
  oldestSeq: safe,
  nextSeq: safe,
  truncated: fc.boolean(),
});
/**
 * The reply by column, as a store's read gives it: the payloads are ranges of one shared
 * buffer, `gap` bytes apart, so that no range starts at 0.
 */
function byColumn(
  { messages, ...head }: Omit<GetReplyFields, 'messages'> & { messages: readonly WithPayload[] },
  gap: number,
): GetReplyColumns {
  const payloadStarts: number[] = [];
  const payloadEnds: number[] = [];
  let offset = gap;
  for (const m of messages) {
    payloadStarts.push(offset);
    payloadEnds.push(offset + m.payload.length);
    offset += m.payload.length + gap;
  }
  const shared = Buffer.alloc(offset, 0xee);
  messages.forEach((m, i) => m.payload.copy(shared, payloadStarts[i]));
  return {
    ...head,
    count: messages.length,
    seqs: messages.map((m) => m.seq),
    timestamps: messages.map((m) => m.timestampMs),
    updatedMs: messages.map((m) => m.updatedMs),
    senders: messages.map((m) => Buffer.from(m.sender)),
    payloadSources: messages.map(() => shared),
    payloadStarts,
    payloadEnds,
  };
}
const id = fc.oneof(fc.constant(0), fc.nat({ max: 0xffffffff }));

describe('ServerFrameEncoder fast paths', () => {
  it('encode SET replies byte for byte as the generated code does', () => {
    fc.assert(
      fc.property(id, safe, safe, (frameId, seq, timestampMs) => {
        const fast = new ServerFrameEncoder();
        fast.setReply(frameId, seq, timestampMs);
        expect(fast.take().toString('hex')).toBe(
          generic({ id: frameId, set: { seq, timestampMs } }).toString('hex'),
        );
      }),
      FC_PARAMETERS,
    );
  });

  it('encode GET replies byte for byte as the generated code does', () => {
    fc.assert(
      fc.property(id, reply, (frameId, fields) => {
        const fast = new ServerFrameEncoder();
        fast.getReply(frameId, fields);
        expect(fast.take().toString('hex')).toBe(
          generic({ id: frameId, get: { ...fields, messages: [...fields.messages] } }).toString(
            'hex',
          ),
        );
      }),
      FC_PARAMETERS,
    );
  });

  it('encode GET replies given by column byte for byte as the generated code does', () => {
    // A gap of 0: payloads back to back in one buffer, which the encoder copies at once.
    const gaps = fc.oneof(fc.constant(0), fc.nat({ max: 50 }));
    fc.assert(
      fc.property(id, reply, gaps, (frameId, fields, gap) => {
        const fast = new ServerFrameEncoder();
        fast.getReplyColumns(frameId, byColumn(fields, gap));
        expect(fast.take().toString('hex')).toBe(
          generic({ id: frameId, get: { ...fields, messages: [...fields.messages] } }).toString(
            'hex',
          ),
        );
      }),
      FC_PARAMETERS,
    );
  });

  it('encode a GET reply by column larger than its buffer, after other frames', () => {
    const encoder = new ServerFrameEncoder();
    encoder.setReply(1, 1, 1);
    const messages = Array.from({ length: 60 }, (_, i) =>
      withPayload(
        { seq: i + 1, timestampMs: 1_764_000_000_000 + i, sender: 'writer', updatedMs: 0 },
        Buffer.alloc(300, i),
      ),
    );
    const fields = { messages, lost: 0, deleted: 0, oldestSeq: 1, nextSeq: 61 };
    encoder.getReplyColumns(2, byColumn(fields, 0));
    const expected = Buffer.concat([
      generic({ id: 1, set: { seq: 1, timestampMs: 1 } }),
      generic({ id: 2, get: fields }),
    ]);
    expect(encoder.take().equals(expected)).toBe(true);
  });

  it('encode pushed messages, with their subscription id, byte for byte as the generated code does', () => {
    fc.assert(
      fc.property(message, fc.nat({ max: 0xffff_ffff }), (m, subscriptionId) => {
        const fast = new ServerFrameEncoder();
        fast.pushMessage(m, subscriptionId);
        expect(fast.take().toString('hex')).toBe(
          generic({ id: 0, push: { message: m, subscriptionId } }).toString('hex'),
        );
      }),
      FC_PARAMETERS,
    );
  });

  it('put many frames of every kind back to back, growing its buffer as needed', () => {
    const encoder = new ServerFrameEncoder();
    const expected: Buffer[] = [];
    const big = withPayload(
      { seq: 9, timestampMs: 1, sender: 's', updatedMs: 0 },
      Buffer.alloc(100_000, 7),
    );
    for (let i = 1; i <= 50; i++) {
      encoder.setReply(i, i, 1000 + i);
      expected.push(generic({ id: i, set: { seq: i, timestampMs: 1000 + i } }));
      encoder.pushMessage(big, i);
      expected.push(generic({ id: 0, push: { message: big, subscriptionId: i } }));
      encoder.add({ id: i, ping: { serverTimeMs: 5 } });
      expected.push(generic({ id: i, ping: { serverTimeMs: 5 } }));
    }
    expect(encoder.count).toBe(150);
    expect(encoder.take().equals(Buffer.concat(expected))).toBe(true);
    expect([encoder.count, encoder.byteLength]).toEqual([0, 0]);
  });

  it('hand their frames over without a copy, and never write over a view still held', () => {
    const encoder = new ServerFrameEncoder();
    const handed: Buffer[] = [];
    const writeKeeping = (frames: Buffer): boolean => {
      handed.push(frames);
      return false; // as a socket that could not write it all at once
    };
    encoder.setReply(1, 1, 1001);
    encoder.writeTo(writeKeeping);
    encoder.setReply(2, 2, 1002);
    encoder.writeTo(writeKeeping);
    expect(handed[0]).toEqual(generic({ id: 1, set: { seq: 1, timestampMs: 1001 } }));
    expect(handed[1]).toEqual(generic({ id: 2, set: { seq: 2, timestampMs: 1002 } }));
    expect([encoder.count, encoder.byteLength]).toEqual([0, 0]);

    // A view given back is written over: the next frames reuse the same bytes.
    const reused: Buffer[] = [];
    const writeReleasing = (frames: Buffer): boolean => reused.push(frames) > 0;
    encoder.setReply(3, 3, 1003);
    encoder.writeTo(writeReleasing);
    encoder.setReply(4, 4, 1004);
    encoder.writeTo(writeReleasing);
    expect(reused[0].buffer).toBe(reused[1].buffer);
    expect(reused[1]).toEqual(generic({ id: 4, set: { seq: 4, timestampMs: 1004 } }));
  });
});

describe('size arithmetic', () => {
  it('varintBytes matches protobufjs for numbers up to 2^53', () => {
    fc.assert(
      fc.property(safe, (n) => {
        const encoded = v1.SetReply.encode({ seq: Long.fromNumber(n, true) }).finish();
        expect(varintBytes(n)).toBe(n === 0 ? encoded.length + 1 : encoded.length - 1);
      }),
      FC_PARAMETERS,
    );
  });

  it('messageFieldBytes is the exact size of a Message inside a GetReply', () => {
    fc.assert(
      fc.property(message, (m) => {
        expect(messageFieldBytes(m)).toBe(v1.GetReply.encode({ messages: [m] }).finish().length);
      }),
      FC_PARAMETERS,
    );
  });
});
