import type { Writable } from 'node:stream';
import * as ws from 'ws';
import {
  BinaryMessageReader,
  MaskKeyPool,
  toBinaryMessages,
  toMaskedBinaryMessages,
} from '../../../src/protocol/websocket-framing';
import { FRAME_HEADER_BYTES, writeFrameHeader } from '../../../src/protocol/framing';

/** ws's own parser: ws exports it, @types/ws does not declare it. */
const { Receiver } = ws as unknown as {
  Receiver: new (options: { isServer: boolean; maxPayload?: number }) => Writable;
};

/** Length-prefixed frames with these bodies, as the server's encoder batches them. */
function framesOf(...bodies: Buffer[]): Buffer {
  const frames = Buffer.alloc(bodies.reduce((sum, b) => sum + FRAME_HEADER_BYTES + b.length, 0));
  let offset = 0;
  for (const body of bodies) {
    writeFrameHeader(frames, offset, body.length);
    body.copy(frames, offset + FRAME_HEADER_BYTES);
    offset += FRAME_HEADER_BYTES + body.length;
  }
  return frames;
}

/** The header toBinaryMessages wrote before a body of `length` bytes, as hex. */
function headerOf(length: number): string {
  const messages = toBinaryMessages(framesOf(Buffer.alloc(length, 0xab)));
  const headerBytes = messages.length - length;
  expect(messages.subarray(headerBytes).equals(Buffer.alloc(length, 0xab))).toBe(true);
  return messages.subarray(0, headerBytes).toString('hex');
}

describe('toBinaryMessages (RFC 6455 server frames)', () => {
  it.each([
    [0, '8200'],
    [1, '8201'],
    [125, '827d'],
    [126, '827e007e'],
    [65535, '827effff'],
    [65536, '827f0000000000010000'],
    [1 << 20, '827f0000000000100000'],
  ])('a body of %i bytes: FIN, binary, unmasked, header %s', (length, header) => {
    expect(headerOf(length)).toBe(header);
  });

  it('each frame of a batch becomes its own message, in order', () => {
    const bodies = [Buffer.from('one'), Buffer.alloc(300, 2), Buffer.alloc(0), Buffer.from('four')];
    const messages = toBinaryMessages(framesOf(...bodies));
    expect(messages.toString('hex')).toBe(
      '8203' +
        Buffer.from('one').toString('hex') +
        '827e012c' +
        '02'.repeat(300) +
        '8200' +
        '8204' +
        Buffer.from('four').toString('hex'),
    );
  });

  it('an empty batch is an empty buffer', () => {
    expect(toBinaryMessages(Buffer.alloc(0)).length).toBe(0);
  });
});

/** The messages ws's own server-side parser reads from `input` (it refuses unmasked ones). */
function readAsServer(input: Buffer): string[] {
  const receiver = new Receiver({ isServer: true });
  const messages: Buffer[] = [];
  receiver.on('message', (data: Buffer, isBinary: boolean) => {
    expect(isBinary).toBe(true);
    messages.push(data);
  });
  receiver.on('error', (error: Error) => {
    throw error;
  });
  receiver.write(input);
  return messages.map((message) => message.toString('hex'));
}

describe('toMaskedBinaryMessages (RFC 6455 client frames)', () => {
  const fixedKeys = (keys: Buffer) => {
    for (let i = 0; i < keys.length; i++) keys[i] = i + 1;
  };

  it.each([
    [0, '8280'],
    [1, '8281'],
    [125, '82fd'],
    [126, '82fe007e'],
    [65535, '82feffff'],
    [65536, '82ff0000000000010000'],
  ])('a body of %i bytes: FIN, binary, mask bit set, header %s, then the key', (length, header) => {
    const body = Buffer.alloc(length, 0xab);
    const message = toMaskedBinaryMessages(framesOf(body), new MaskKeyPool(fixedKeys));
    expect(message.subarray(0, header.length / 2).toString('hex')).toBe(header);
    expect(message.subarray(header.length / 2, header.length / 2 + 4).toString('hex')).toBe(
      '01020304',
    );
    expect(message.length).toBe(header.length / 2 + 4 + length);
    expect(readAsServer(message)).toEqual([body.toString('hex')]);
  });

  it('masks each body with its own key: byte i XOR key[i mod 4]', () => {
    const messages = toMaskedBinaryMessages(
      framesOf(Buffer.from('abcde'), Buffer.from('xy')),
      new MaskKeyPool(fixedKeys),
    );
    // 'a' ^ 1 = 0x60, 'b' ^ 2 = 0x60, 'c' ^ 3 = 0x60, 'd' ^ 4 = 0x60, 'e' ^ 1 = 0x64
    // 'x' ^ 5 = 0x7d, 'y' ^ 6 = 0x7f
    expect(messages.toString('hex')).toBe(
      '8285' + '01020304' + '6060606064' + '8282' + '05060708' + '7d7f',
    );
  });

  it('draws keys from a pool refilled when a batch would pass its end', () => {
    let fills = 0;
    const pool = new MaskKeyPool((bytes) => bytes.fill(++fills));
    expect([...pool.take(2048)].every((byte) => byte === 1)).toBe(true); // the whole pool
    expect(pool.take(1).toString('hex')).toBe('02020202'); // refilled
    expect(pool.take(2047).length).toBe(8188); // the rest of that fill
    expect(fills).toBe(2);
    expect(pool.take(3000).length).toBe(12_000); // over the pool: drawn on its own
    expect(fills).toBe(3);
  });

  it('draws fresh random keys for every message and every batch', () => {
    const frames = framesOf(Buffer.alloc(8), Buffer.alloc(8));
    const keysOf = (messages: Buffer) => [
      messages.subarray(2, 6).toString('hex'),
      messages.subarray(16, 20).toString('hex'),
    ];
    const keys = [
      ...keysOf(toMaskedBinaryMessages(frames)),
      ...keysOf(toMaskedBinaryMessages(frames)),
    ];
    expect(new Set(keys).size).toBe(4);
  });

  it('a batch of bodies of every header length reads back whole, in order', () => {
    const bodies = [
      Buffer.from('one'),
      Buffer.alloc(300, 7),
      Buffer.alloc(0),
      Buffer.alloc(70_000, 9),
    ];
    expect(readAsServer(toMaskedBinaryMessages(framesOf(...bodies)))).toEqual(
      bodies.map((body) => body.toString('hex')),
    );
  });
});

const READER_LIMIT = 100_000;

/** What the reader hands its sink, in order, as hex strings tagged by kind. */
function read(from: 'client' | 'server', chunks: Buffer[], keepReading = true): string[] {
  const reader = new BinaryMessageReader(READER_LIMIT, from);
  const events: string[] = [];
  const sink = {
    messages: (frames: Buffer) => events.push(`messages ${frames.toString('hex')}`),
    control: (frame: Buffer) => {
      events.push(`control ${frame.toString('hex')}`);
      return keepReading;
    },
    handOver: (rest: Buffer) => events.push(`handOver ${rest.toString('hex')}`),
  };
  for (const chunk of chunks) reader.push(chunk, sink);
  return events;
}

/** Merges the adjacent `messages` events: how a cut spreads them over reads is free. */
function merged(events: string[]): string[] {
  const out: string[] = [];
  for (const event of events) {
    const last = out.at(-1);
    if (last?.startsWith('messages ') && event.startsWith('messages ')) {
      out[out.length - 1] = last + event.slice('messages '.length);
    } else out.push(event);
  }
  return out;
}

describe('BinaryMessageReader of client frames (masked)', () => {
  /** A masked ping (opcode 9) with body "hi", key 01 02 03 04. */
  const PING = Buffer.from('8982' + '01020304' + '696b', 'hex');

  it.each([0, 1, 125, 126, 65535, 65536])(
    'a masked binary message of %i bytes becomes one length-prefixed frame, unmasked',
    (length) => {
      const body = Buffer.alloc(length, 0x5a);
      expect(read('client', [toMaskedBinaryMessages(framesOf(body))])).toEqual([
        `messages ${framesOf(body).toString('hex')}`,
      ]);
    },
  );

  it('two messages and a ping survive a cut at every byte, in order', () => {
    const one = Buffer.from('first');
    const two = Buffer.alloc(130, 3);
    const input = Buffer.concat([
      toMaskedBinaryMessages(framesOf(one)),
      PING,
      toMaskedBinaryMessages(framesOf(two)),
    ]);
    const expected = [
      `messages ${framesOf(one).toString('hex')}`,
      `control ${PING.toString('hex')}`,
      `messages ${framesOf(two).toString('hex')}`,
    ];
    for (let cut = 0; cut <= input.length; cut++) {
      expect(merged(read('client', [input.subarray(0, cut), input.subarray(cut)]))).toEqual(
        expected,
      );
    }
    const byteByByte = [...input].map((byte) => Buffer.of(byte));
    expect(merged(read('client', byteByByte))).toEqual(expected);
  });

  it.each([
    ['a text message', '8182' + '00000000' + '6869'],
    ['a first fragment (FIN clear)', '0282' + '00000000' + '6869'],
    ['a continuation frame', '8082' + '00000000' + '6869'],
    ['an unmasked binary message', '82026869'],
    ['a reserved bit set', 'c282' + '00000000' + '6869'],
    ['a fragmented ping', '0982' + '00000000' + '6869'],
    ['a message over the limit', '82ff' + '00000000000186a1' + '00000000'],
    ['a length over 2^32', '82ff' + '0000000100000000' + '00000000'],
  ])('%s, and all after it, is handed over (to ws) from its first byte', (_, hex) => {
    const before = Buffer.from('ok');
    const input = Buffer.concat([
      toMaskedBinaryMessages(framesOf(before)),
      Buffer.from(hex, 'hex'),
    ]);
    const later = toMaskedBinaryMessages(framesOf(Buffer.from('later')));
    expect(read('client', [input, later])).toEqual([
      `messages ${framesOf(before).toString('hex')}`,
      `handOver ${hex}`,
      `handOver ${later.toString('hex')}`,
    ]);
  });

  it('once its sink takes no more after a control frame (a close), hands the rest over', () => {
    const after = toMaskedBinaryMessages(framesOf(Buffer.from('after')));
    expect(read('client', [Buffer.concat([PING, after])], false)).toEqual([
      `control ${PING.toString('hex')}`,
      `handOver ${after.toString('hex')}`,
    ]);
  });

  it('gives up what it holds of an incomplete frame', () => {
    const message = toMaskedBinaryMessages(framesOf(Buffer.from('whole')));
    const reader = new BinaryMessageReader(READER_LIMIT, 'client');
    const sink = { messages: () => {}, control: () => true, handOver: () => {} };
    reader.push(message.subarray(0, 3), sink);
    reader.push(message.subarray(3, 7), sink);
    expect(reader.release().toString('hex')).toBe(message.subarray(0, 7).toString('hex'));
  });
});

describe('BinaryMessageReader of server frames (unmasked)', () => {
  /** An unmasked ping with body "hi". */
  const PING = Buffer.from('89026869', 'hex');

  it.each([0, 1, 125, 126, 65535, 65536])(
    'a binary message of %i bytes becomes one length-prefixed frame',
    (length) => {
      const body = Buffer.alloc(length, 0x5a);
      expect(read('server', [toBinaryMessages(framesOf(body))])).toEqual([
        `messages ${framesOf(body).toString('hex')}`,
      ]);
    },
  );

  it('empty messages, a ping and a longer message survive a cut at every byte, in order', () => {
    const empties = framesOf(Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(0));
    const long = framesOf(Buffer.alloc(200, 4));
    const input = Buffer.concat([toBinaryMessages(empties), PING, toBinaryMessages(long)]);
    const expected = [
      `messages ${empties.toString('hex')}`,
      `control ${PING.toString('hex')}`,
      `messages ${long.toString('hex')}`,
    ];
    for (let cut = 0; cut <= input.length; cut++) {
      expect(merged(read('server', [input.subarray(0, cut), input.subarray(cut)]))).toEqual(
        expected,
      );
    }
  });

  it.each([
    ['a masked message', toMaskedBinaryMessages(framesOf(Buffer.from('hi'))).toString('hex')],
    ['a text message', '81026869'],
  ])('%s is handed over (to ws) from its first byte', (_, hex) => {
    expect(read('server', [Buffer.from(hex, 'hex')])).toEqual([`handOver ${hex}`]);
  });
});
