import fc from 'fast-check';
import { RingwireError } from '../../../src/errors';
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeServerFrame,
  FrameBatchEncoder,
  newClientFrameEncoder,
  v1,
} from '../../../src/protocol/codec';
import { FrameDecoder } from '../../../src/protocol/framing';
import { bigIntToUint64, uint64ToBigInt } from '../../../src/protocol/uint64';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('ClientFrame encoding', () => {
  it('matches the hand-assembled bytes of a SET frame', () => {
    // header 00000008 | id: 08 01 | set (field 3, LEN 4): 1a 04 | payload (field 1, "hi"): 0a 02 68 69
    const encoder = newClientFrameEncoder();
    encoder.add({ id: 1, set: { payload: Buffer.from('hi') } });
    expect(hex(encoder.take())).toBe('00000008' + '0801' + '1a04' + '0a026869');
  });

  it('decodes the same bytes back', () => {
    const frame = decodeClientFrame(Buffer.from('08011a040a026869', 'hex'));
    expect(frame.id).toBe(1);
    expect(frame.body).toBe('set');
    expect(Buffer.from(frame.set?.payload ?? []).toString()).toBe('hi');
  });

  it('tells a GET with after_seq = 0 from one without after_seq', () => {
    const withCursor = decodeClientFrame(
      v1.ClientFrame.encode({ id: 2, get: { count: 3, afterSeq: 0 } }).finish(),
    );
    const latest = decodeClientFrame(v1.ClientFrame.encode({ id: 2, get: { count: 3 } }).finish());
    expect(withCursor.get?.afterSeq).not.toBeNull();
    expect(uint64ToBigInt(withCursor.get?.afterSeq)).toBe(0n);
    expect(latest.get?.afterSeq ?? null).toBeNull();
  });
});

describe('ServerFrame decoding', () => {
  it('reads a uint64 seq past 2^53 exactly from hand-assembled bytes', () => {
    // id 7 | set (field 3): seq = 2^53 + 1, timestamp_ms = 1700000000000
    const frame = decodeServerFrame(Buffer.from('08071a100881808080808080101080d095ffbc31', 'hex'));
    expect(frame.body).toBe('set');
    expect(uint64ToBigInt(frame.set?.seq)).toBe(2n ** 53n + 1n);
    expect(uint64ToBigInt(frame.set?.timestampMs)).toBe(1_700_000_000_000n);
  });

  it('encodes 2^64 - 1 as a ten-byte varint', () => {
    const bytes = v1.Message.encode({ seq: bigIntToUint64(2n ** 64n - 1n) }).finish();
    expect(hex(bytes)).toBe('08ffffffffffffffffff01');
    expect(uint64ToBigInt(v1.Message.decode(bytes).seq)).toBe(2n ** 64n - 1n);
  });

  it.each([
    ['a truncated varint', '0880'],
    ['wire type 7', '0f'],
    ['a length past the end', '1a05'],
    ['field number 0', '0001'],
  ])('turns %s into a PROTOCOL_VIOLATION', (_, bytes) => {
    let thrown: unknown;
    try {
      decodeClientFrame(Buffer.from(bytes, 'hex'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RingwireError);
    expect((thrown as RingwireError).code).toBe('PROTOCOL_VIOLATION');
  });

  it('decodes any bytes to a frame or a RingwireError, never another exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeClientFrame(bytes);
          decodeServerFrame(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(RingwireError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('FrameBatchEncoder', () => {
  it('writes each frame behind a big-endian header and starts over after take()', () => {
    const encoder = newClientFrameEncoder();
    const frames = Array.from({ length: 50 }, (_, i) => ({
      id: i + 1,
      set: { payload: Buffer.alloc(i * 7, i) },
    }));
    for (const frame of frames) encoder.add(frame);
    expect(encoder.count).toBe(50);
    const bytes = encoder.take();
    expect(encoder.count).toBe(0);
    expect(encoder.byteLength).toBe(0);

    const decoded: number[] = [];
    new FrameDecoder(1 << 20).push(bytes, (body) => {
      const frame = decodeClientFrame(body);
      expect(Buffer.from(frame.set?.payload ?? []).equals(frames[frame.id - 1].set.payload)).toBe(
        true,
      );
      decoded.push(frame.id);
    });
    expect(decoded).toEqual(frames.map((f) => f.id));
  });

  it('hands out buffers that later batches do not overwrite', () => {
    const encoder = new FrameBatchEncoder<v1.ServerFrame.$Properties>((m, w) =>
      v1.ServerFrame.encode(m, w),
    );
    encoder.add({ id: 1, error: { code: 5, message: 'first' } });
    const first = encoder.take();
    const copy = Buffer.from(first);
    encoder.add({ id: 2, error: { code: 6, message: 'second, and longer' } });
    encoder.take();
    expect(first.equals(copy)).toBe(true);
  });

  it('encodes a lone frame like a batch of one', () => {
    const frame = { id: 3, set: { seq: 9, timestampMs: 10 } };
    const encoder = new FrameBatchEncoder<v1.ServerFrame.$Properties>((m, w) =>
      v1.ServerFrame.encode(m, w),
    );
    encoder.add(frame);
    expect(hex(encodeServerFrame(frame))).toBe(hex(encoder.take()));
  });
});
