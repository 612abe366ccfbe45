import { RingwireError } from '../../../src/errors';
import { FrameDecoder, writeFrameHeader } from '../../../src/protocol/framing';

const frame = (body: string): Buffer => {
  const bytes = Buffer.from(body);
  const out = Buffer.alloc(4 + bytes.length);
  writeFrameHeader(out, 0, bytes.length);
  bytes.copy(out, 4);
  return out;
};

/** Feeds chunks and returns each body as a string, copied at once (views die on the next push). */
const decodeAll = (decoder: FrameDecoder, chunks: Buffer[]): string[] => {
  const bodies: string[] = [];
  for (const chunk of chunks) decoder.push(chunk, (body) => bodies.push(body.toString()));
  return bodies;
};

describe('writeFrameHeader', () => {
  it('writes the body length as 4 bytes, big-endian', () => {
    const out = Buffer.alloc(4);
    writeFrameHeader(out, 0, 0x01020304);
    expect(out.toString('hex')).toBe('01020304');
    writeFrameHeader(out, 0, 0xffffffff);
    expect(out.toString('hex')).toBe('ffffffff');
  });
});

describe('FrameDecoder', () => {
  it('decodes a frame cut at every byte into two chunks', () => {
    const bytes = frame('hello, frames');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new FrameDecoder(1024);
      expect(decodeAll(decoder, [bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([
        'hello, frames',
      ]);
      expect(decoder.bufferedBytes).toBe(0);
    }
  });

  it('decodes two frames back to back cut at every pair of bytes into three chunks', () => {
    const bytes = Buffer.concat([frame('first'), frame('second frame')]);
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b++) {
        const decoder = new FrameDecoder(1024);
        const chunks = [bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)];
        expect(decodeAll(decoder, chunks)).toEqual(['first', 'second frame']);
        expect(decoder.bufferedBytes).toBe(0);
      }
    }
  });

  it('decodes a stream fed one byte at a time', () => {
    const bytes = Buffer.concat([frame('a'), frame(''), frame('bc')]);
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    expect(decodeAll(new FrameDecoder(16), chunks)).toEqual(['a', '', 'bc']);
  });

  it('hands out every frame of one chunk, in order', () => {
    const bodies = Array.from({ length: 100 }, (_, i) => `frame ${i}`);
    const chunk = Buffer.concat(bodies.map(frame));
    expect(decodeAll(new FrameDecoder(1024), [chunk])).toEqual(bodies);
  });

  it('returns views into the chunk for whole frames, without copying', () => {
    const chunk = frame('zero copy');
    let view: Buffer | undefined;
    new FrameDecoder(1024).push(chunk, (body) => (view = body));
    expect(view?.buffer).toBe(chunk.buffer);
  });

  it('hands out ranges of the chunk for whole frames, and of its buffer for a frame cut in two', () => {
    const chunk = Buffer.concat([frame('first'), frame('second')]);
    const decoder = new FrameDecoder(1024);
    const seen: [Buffer, string][] = [];
    const collect = (source: Buffer, start: number, end: number): void => {
      seen.push([source, source.toString('utf8', start, end)]);
    };
    decoder.pushRanges(chunk.subarray(0, 12), collect);
    decoder.pushRanges(chunk.subarray(12), collect);
    expect(seen.map(([, body]) => body)).toEqual(['first', 'second']);
    expect(seen[0][0].buffer).toBe(chunk.buffer);
    expect(seen[1][0].buffer).not.toBe(chunk.buffer);
  });

  it('accepts a frame of exactly the limit and rejects one byte more from the header alone', () => {
    const decoder = new FrameDecoder(8);
    expect(decodeAll(decoder, [frame('12345678')])).toEqual(['12345678']);
    const header = Buffer.alloc(4);
    writeFrameHeader(header, 0, 9);
    expect(() => decodeAll(decoder, [header])).toThrow(
      expect.objectContaining({ code: 'FRAME_TOO_LARGE' }),
    );
  });

  it('rejects a 4 GiB length before any body byte arrives', () => {
    const decoder = new FrameDecoder(1024 * 1024);
    let thrown: unknown;
    try {
      decoder.push(Buffer.from('ffffffff', 'hex'), () => {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RingwireError);
    expect((thrown as RingwireError).code).toBe('FRAME_TOO_LARGE');
    expect(decoder.bufferedBytes).toBe(0);
  });

  it('applies a raised limit to the next header in the same chunk', () => {
    const decoder = new FrameDecoder(4);
    const bodies: string[] = [];
    decoder.push(Buffer.concat([frame('ab'), frame('longer body')]), (body) => {
      bodies.push(body.toString());
      decoder.maxFrameBytes = 64;
    });
    expect(bodies).toEqual(['ab', 'longer body']);
  });

  it('keeps only the unfinished frame and releases a large buffer once it is out', () => {
    const decoder = new FrameDecoder(1024 * 1024);
    const big = frame('x'.repeat(200_000));
    decodeAll(decoder, [big.subarray(0, 100_000)]);
    expect(decoder.bufferedBytes).toBe(100_000);
    expect(decodeAll(decoder, [big.subarray(100_000)])).toHaveLength(1);
    expect(decoder.bufferedBytes).toBe(0);
  });
});
