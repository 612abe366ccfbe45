import { Receiver } from 'ws';
import { toBinaryMessages, toMaskedBinaryMessages } from '../../../src/http/websocket-framing';
import { FRAME_HEADER_BYTES, writeFrameHeader } from '../../../src/protocol/framing';

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
  receiver.on('error', (error) => {
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
    const message = toMaskedBinaryMessages(framesOf(body), fixedKeys);
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
      fixedKeys,
    );
    // 'a' ^ 1 = 0x60, 'b' ^ 2 = 0x60, 'c' ^ 3 = 0x60, 'd' ^ 4 = 0x60, 'e' ^ 1 = 0x64
    // 'x' ^ 5 = 0x7d, 'y' ^ 6 = 0x7f
    expect(messages.toString('hex')).toBe(
      '8285' + '01020304' + '6060606064' + '8282' + '05060708' + '7d7f',
    );
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
