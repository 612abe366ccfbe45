import { toBinaryMessages } from '../../../src/http/websocket-framing';
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
