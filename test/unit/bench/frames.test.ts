import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helloFrame, requestFrame, writeLoadgenFrames } from '../../../src/bench/frames';
import { decodeClientFrame, newClientFrameEncoder } from '../../../src/protocol/codec';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../../../src/protocol/constants';

/** The body of a whole frame, after checking that its length prefix counts exactly the body. */
function bodyOf(frame: Buffer): Buffer {
  expect(frame.readUInt32BE(0)).toBe(frame.length - 4);
  return frame.subarray(4);
}

describe('frames dumped for frame-loadgen', () => {
  it('a hello the server decodes, offering every protocol version', () => {
    const frame = decodeClientFrame(bodyOf(helloFrame('loadgen')));
    expect(frame.body).toBe('hello');
    expect(frame.hello).toMatchObject({
      minVersion: PROTOCOL_VERSION_MIN,
      maxVersion: PROTOCOL_VERSION_MAX,
      clientName: 'loadgen',
    });
  });

  it('a SET of `size` bytes to the named ring, byte for byte what the client encoder makes', () => {
    const frame = requestFrame({ op: 'set', size: 100, ring: 'bench-3' });
    const decoded = decodeClientFrame(bodyOf(frame));
    expect(decoded.set?.payload).toHaveLength(100);
    expect(decoded.set?.ring).toBe('bench-3');
    const encoder = newClientFrameEncoder();
    encoder.add({ id: 1, set: { payload: Buffer.alloc(100, 0x78), ring: 'bench-3' } });
    expect(frame.equals(encoder.take())).toBe(true);
  });

  it('a GET of the latest `count` on the ring default', () => {
    const decoded = decodeClientFrame(bodyOf(requestFrame({ op: 'get', count: 10 })));
    expect(decoded.body).toBe('get');
    expect(decoded.get?.count).toBe(10);
    expect(decoded.get?.ring ?? '').toBe('');
  });

  it('writes the hello and one file per request, in the order the loadgen takes them', () => {
    const directory = mkdtempSync(join(tmpdir(), 'ringwire-frames-'));
    try {
      const files = writeLoadgenFrames(directory, 'set', [
        { op: 'set', size: 1, ring: 'a' },
        { op: 'set', size: 1, ring: 'b' },
      ]);
      expect(files.map((f) => f.slice(directory.length + 1))).toEqual([
        'hello.bin',
        'set-0.bin',
        'set-1.bin',
      ]);
      expect(readFileSync(files[0]).equals(helloFrame())).toBe(true);
      expect(decodeClientFrame(bodyOf(readFileSync(files[2]))).set?.ring).toBe('b');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
