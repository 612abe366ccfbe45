import { RingwireError } from '../errors';
import { FRAME_HEADER_BYTES } from './framing';

// Wire grammar over WebSocket (docs/PROTOCOL.md, "WebSocket transport"):
//   message = body    one binary WebSocket message holds exactly one frame body, no length

/** Turns what a transport reads into frame bodies: a FrameDecoder for a byte stream. */
export interface InputDecoder {
  /** The largest body accepted; raised after the handshake. */
  maxFrameBytes: number;
  /** Bytes held for a frame that has not arrived completely. */
  readonly bufferedBytes: number;
  /** Calls `onFrame` with each complete body of `input`; throws a RingwireError on a bad one. */
  push(input: Buffer, onFrame: (body: Buffer) => void): void;
}

/** One message is one body: nothing is ever held between messages. */
export class MessageDecoder implements InputDecoder {
  maxFrameBytes: number;
  readonly bufferedBytes = 0;

  constructor(maxFrameBytes: number) {
    this.maxFrameBytes = maxFrameBytes;
  }

  push(message: Buffer, onFrame: (body: Buffer) => void): void {
    if (message.length > this.maxFrameBytes) {
      throw new RingwireError(
        'FRAME_TOO_LARGE',
        `message of ${message.length} bytes exceeds the limit of ${this.maxFrameBytes} bytes`,
      );
    }
    onFrame(message);
  }
}

/**
 * Calls `onBody` with a view of each body of length-prefixed `frames` (no copy). Plain
 * Uint8Array operations: in a browser, protobufjs encodes into Uint8Arrays, not Buffers.
 */
export function forEachFrameBody<T extends Uint8Array>(frames: T, onBody: (body: T) => void): void {
  for (let offset = 0; offset < frames.length;) {
    const length =
      ((frames[offset] << 24) |
        (frames[offset + 1] << 16) |
        (frames[offset + 2] << 8) |
        frames[offset + 3]) >>>
      0;
    const start = offset + FRAME_HEADER_BYTES;
    onBody(frames.subarray(start, start + length) as T);
    offset = start + length;
  }
}
