import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newClientFrameEncoder, type v1 } from '../protocol/codec';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';

// The frames that tools/frame-loadgen replays. It speaks no protocol of its own: it sends the
// hello frame, waits for one reply, then repeats one request frame (same id every time, which
// the server allows: ids are the client's business). Encoding them here, through the codec
// every client uses, keeps the C side free of protobuf.

/** What a dumped request frame asks: a SET of `size` bytes, or a GET of the latest `count`. */
export type LoadgenRequest =
  { op: 'set'; size: number; ring?: string } | { op: 'get'; count: number; ring?: string };

/** The hello frame, length prefix included, offering every protocol version this build speaks. */
export function helloFrame(clientName = 'frame-loadgen'): Buffer {
  return encodeOne({
    id: 1,
    hello: { minVersion: PROTOCOL_VERSION_MIN, maxVersion: PROTOCOL_VERSION_MAX, clientName },
  });
}

/** One request frame, length prefix included. */
export function requestFrame(request: LoadgenRequest): Buffer {
  const { ring } = request;
  return encodeOne(
    request.op === 'set'
      ? { id: 1, set: { payload: Buffer.alloc(request.size, 0x78), ring } }
      : { id: 1, get: { count: request.count, ring } },
  );
}

function encodeOne(frame: v1.ClientFrame.$Properties): Buffer {
  const encoder = newClientFrameEncoder();
  encoder.add(frame);
  return encoder.take();
}

/**
 * Writes the hello and the request frames into `directory` and returns the loadgen's frame
 * arguments: the hello file, then one request file per request (connection i replays
 * request i mod their count).
 */
export function writeLoadgenFrames(
  directory: string,
  name: string,
  requests: readonly LoadgenRequest[],
): string[] {
  mkdirSync(directory, { recursive: true });
  const hello = join(directory, 'hello.bin');
  writeFileSync(hello, helloFrame());
  const files = requests.map((request, i) => {
    const file = join(directory, `${name}-${i}.bin`);
    writeFileSync(file, requestFrame(request));
    return file;
  });
  return [hello, ...files];
}

// `node dist/src/bench/frames.js DIR`: the frames of the usual workloads, for running the
// loadgen by hand (tools/frame-loadgen/README.md).
if (require.main === module) {
  const directory = process.argv[2] ?? '.';
  writeLoadgenFrames(directory, 'set', [{ op: 'set', size: 100 }]);
  writeLoadgenFrames(directory, 'get-1', [{ op: 'get', count: 1 }]);
  writeLoadgenFrames(directory, 'get-10', [{ op: 'get', count: 10 }]);
  process.stdout.write(`wrote hello.bin, set-0.bin, get-1-0.bin, get-10-0.bin in ${directory}\n`);
}
