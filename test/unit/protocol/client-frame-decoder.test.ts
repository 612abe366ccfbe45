import fc from 'fast-check';
import Long from 'long';
import * as protobuf from 'protobufjs';
import { RingwireError } from '../../../src/errors';
import { decodeClientFrameStrict } from '../../../src/protocol/client-frame-decoder';
import { v1 } from '../../../src/protocol/codec';
import { uint64ToBigInt } from '../../../src/protocol/uint64';
import { arbitraryMessage, messageType, normalize } from '../../helpers/proto-schema';

const ClientFrameType = messageType('ClientFrame');

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex');

function violation(bytes: Uint8Array): string | undefined {
  try {
    decodeClientFrameStrict(bytes);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(RingwireError);
    expect((error as RingwireError).code).toBe('PROTOCOL_VIOLATION');
    return (error as RingwireError).message;
  }
}

const normalizeFrame = (frame: unknown): Record<string, unknown> =>
  normalize(ClientFrameType, frame as Record<string, unknown>);

/** Every field of a message set to a value that is not its default, from the reflected schema. */
function filled(type: protobuf.Type, seed: number): Record<string, unknown> {
  const message: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    if (field.partOf && !field.options?.proto3_optional) continue; // oneof members: one at a time below
    message[field.name] = valueFor(field, seed);
  }
  return message;
}

function valueFor(field: protobuf.Field, seed: number): unknown {
  if (field.resolvedType instanceof protobuf.Type) return filled(field.resolvedType, seed + 1);
  if (field.resolvedType instanceof protobuf.Enum)
    return Object.values(field.resolvedType.values).at(-1);
  switch (field.type) {
    case 'string':
      return `name-${seed}-é`;
    case 'bytes':
      return Buffer.from([seed, 0, 255]);
    case 'bool':
      return true;
    case 'uint64':
      return Long.fromString('9007199254740993', true); // 2^53 + 1
    default:
      return 1000 + seed;
  }
}

describe('decodeClientFrameStrict against the schema', () => {
  const members = ClientFrameType.oneofs.body.fieldsArray;

  it.each(members.map((m) => [m.name, m]))(
    'reads every field of %s as protobufjs does',
    (_, member) => {
      const frame = { id: 7, [member.name]: valueFor(member, 3) };
      const bytes = v1.ClientFrame.encode(frame as v1.ClientFrame.$Properties).finish();
      const strict = decodeClientFrameStrict(bytes);
      expect(strict.body).toBe(member.name);
      expect(normalizeFrame(strict)).toEqual(normalizeFrame(v1.ClientFrame.decode(bytes)));
      // Every field really was set, so an unread new field would show up as a difference.
      const inner = normalizeFrame(strict)[member.name] as Record<string, unknown>;
      expect(Object.keys(inner).length).toBe(
        (member.resolvedType as protobuf.Type).fieldsArray.length,
      );
    },
  );
});

describe('decodeClientFrameStrict of a range', () => {
  it('reads only body[start, end), with bytes fields as plain Uint8Array views of it', () => {
    const frame = v1.ClientFrame.encode({
      id: 9,
      set: { payload: Buffer.from('abc'), ring: 'r' },
    }).finish();
    // Bytes before and after that would be a different frame, or an error, if read.
    const source = Buffer.concat([hex('08 05 ff'), frame, hex('ff 08')]);
    const decoded = decodeClientFrameStrict(source, 3, 3 + frame.length);
    expect(decoded).toEqual({ id: 9, body: 'set', set: { payload: expect.anything(), ring: 'r' } });
    const payload = decoded.set?.payload as Uint8Array;
    expect(Object.getPrototypeOf(payload)).toBe(Uint8Array.prototype);
    expect(Buffer.from(payload).toString()).toBe('abc');
    source[source.indexOf('abc')] = 0x41;
    expect(Buffer.from(payload).toString()).toBe('Abc');
  });

  it('lets a later member replace an earlier one and the same member merge', () => {
    const set = v1.ClientFrame.encode({ id: 1, set: { ring: 'a' } }).finish();
    const get = v1.ClientFrame.encode({ get: { count: 3 } }).finish();
    const getAgain = v1.ClientFrame.encode({ get: { ring: 'b' } }).finish();
    const bytes = Buffer.concat([set, get, getAgain]);
    expect(normalizeFrame(decodeClientFrameStrict(bytes))).toEqual(
      normalizeFrame(v1.ClientFrame.decode(bytes)),
    );
    expect(decodeClientFrameStrict(bytes)).toEqual({
      id: 1,
      body: 'get',
      get: { count: 3, ring: 'b' },
    });
  });
});

describe('decodeClientFrameStrict refuses what protobufjs lets through', () => {
  it.each([
    ['a varint longer than 10 bytes', '08 ffffffffffffffffffff01'],
    ['a varint past 64 bits', '08 ffffffffffffffffff02'],
    ['a truncated varint', '08 80'],
    ['a known field with the wrong wire type (set as a varint)', '0801 1801'],
    ['id sent length-delimited', '0a0101'],
    ['a tag longer than 5 bytes (protobufjs refuses it too)', 'a88080808100 00'],
    ['field number 0', '0001'],
    ['wire type 3 (a group)', '0b'],
    ['wire type 7', '0f'],
    ['a length past the end', '1a05 0a02'],
    ['a truncated fixed64 unknown field', 'f906 0102'],
    ['a client name that is not UTF-8', '1204 1a02c328'],
    ['a nested length past its message', '1a03 0a0568'],
  ])('%s', (_, bytes) => {
    expect(violation(hex(bytes))).toMatch(/^undecodable ClientFrame: /);
  });

  it('accepts and ignores unknown fields of every wire type', () => {
    // id 5; field 99 varint; field 100 fixed64; field 101 bytes; field 102 fixed32; then ping {}
    const bytes = hex('0805 980601 a1060102030405060708 aa0602abcd b50601020304 4a00');
    const frame = decodeClientFrameStrict(bytes);
    expect([frame.id, frame.body]).toEqual([5, 'ping']);
  });

  it('reads the low 32 bits of an over-long uint32, like protobuf', () => {
    expect(decodeClientFrameStrict(hex('08ffffffff0f')).id).toBe(0xffffffff);
    expect(decodeClientFrameStrict(hex('08 ffffffffffffffffff01')).id).toBe(0xffffffff);
  });

  it('keeps seqs a reply may echo exact past 2^53 - 1, and reads after_seq as Infinity there', () => {
    // subscribe {from_seq: 2^64 - 1}; update {seq: 2^53}; delete {seq: 2^63}; get {after_seq: 2^53}
    const echoed = [
      decodeClientFrameStrict(hex('2a0b 10ffffffffffffffffff01')).subscribe?.fromSeq,
      decodeClientFrameStrict(hex('3a09 0880808080808080 10')).update?.seq,
      decodeClientFrameStrict(hex('420b 08808080808080808080 01')).delete?.seq,
    ];
    expect(echoed.map((value) => uint64ToBigInt(value))).toEqual([
      2n ** 64n - 1n,
      2n ** 53n,
      2n ** 63n,
    ]);
    expect(decodeClientFrameStrict(hex('2209 1080808080808080 10')).get?.afterSeq).toBe(Infinity);
    expect(decodeClientFrameStrict(hex('3a09 08ffffffffffffff0f')).update?.seq).toBe(2 ** 53 - 1);
  });

  it('keeps the last oneof member, and merges a repeated one', () => {
    const setThenGet = decodeClientFrameStrict(hex('1a030a0161 2202080a'));
    expect([setThenGet.body, setThenGet.set, setThenGet.get?.count]).toEqual([
      'get',
      undefined,
      10,
    ]);
    const getTwice = decodeClientFrameStrict(hex('2202080a 22021801'));
    expect([getTwice.get?.count, getTwice.get?.next]).toEqual([10, true]);
  });

  it('hands out payloads as views of the frame, without a copy', () => {
    const bytes = hex('1a050a03616263');
    expect((decodeClientFrameStrict(bytes).set?.payload as Buffer).buffer).toBe(bytes.buffer);
  });
});

describe('decodeClientFrameStrict properties', () => {
  const frame = arbitraryMessage(ClientFrameType);

  it('decodes every ClientFrame protobufjs encodes to what protobufjs decodes', () => {
    fc.assert(
      fc.property(frame, (message) => {
        const encoded = v1.ClientFrame.encode(message as v1.ClientFrame.$Properties).finish();
        expect(normalizeFrame(decodeClientFrameStrict(encoded))).toEqual(
          normalizeFrame(v1.ClientFrame.decode(encoded)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes a ClientFrame in place, between any other bytes, as protobufjs decodes it alone', () => {
    const around = fc.uint8Array({ maxLength: 20 });
    fc.assert(
      fc.property(frame, around, around, (message, before, after) => {
        const encoded = v1.ClientFrame.encode(message as v1.ClientFrame.$Properties).finish();
        const source = Buffer.concat([before, encoded, after]);
        const strict = decodeClientFrameStrict(
          source,
          before.length,
          before.length + encoded.length,
        );
        expect(normalizeFrame(strict)).toEqual(normalizeFrame(v1.ClientFrame.decode(encoded)));
      }),
      { numRuns: 2000 },
    );
  });

  it('on any bytes, throws only PROTOCOL_VIOLATION, and accepts only what protobufjs reads the same way', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let strict: unknown;
        try {
          strict = decodeClientFrameStrict(input);
        } catch (error) {
          expect(error).toBeInstanceOf(RingwireError);
          expect((error as RingwireError).code).toBe('PROTOCOL_VIOLATION');
          return;
        }
        expect(normalizeFrame(strict)).toEqual(normalizeFrame(v1.ClientFrame.decode(input)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads back every ring name as sent, however names repeat or share a slot of its cache of recent names', () => {
    const name = fc.oneof(
      fc.constantFrom('a', 'b', 'ab', 'ba', 'bench-0', 'bench-1'),
      fc.string({ maxLength: 70, unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 40 }), (names) => {
        for (const ring of names) {
          const frame = decodeClientFrameStrict(
            v1.ClientFrame.encode({ id: 1, get: { ring } }).finish(),
          );
          expect(frame.get?.ring ?? '').toBe(ring);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a ring name that is not UTF-8 even right after a valid one of the same length', () => {
    const good = v1.ClientFrame.encode({ id: 1, set: { ring: 'ab' } }).finish();
    decodeClientFrameStrict(good);
    const bad = Buffer.from(good);
    bad[bad.length - 1] = 0xff;
    expect(violation(bad)).toMatch(/UTF-8/);
  });
});
