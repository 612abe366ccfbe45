import { Writer } from 'protobufjs/minimal';
import { ringwire } from '../../generated/ringwire';
import { RingwireError } from '../errors';
import { FRAME_HEADER_BYTES, writeFrameHeader } from './framing';
import { ServerFrameEncoder } from './server-frame-encoder';

export import v1 = ringwire.v1;
export type ClientFrame = v1.ClientFrame & v1.ClientFrame.$Shape;
export type ServerFrame = v1.ServerFrame & v1.ServerFrame.$Shape;

type Encode<T> = (message: T, writer: Writer) => Writer;
type Decode<T> = (body: Uint8Array) => T;

function guardedDecode<T>(decode: Decode<T>, what: string): Decode<T> {
  return (body) => {
    try {
      return decode(body);
    } catch (cause) {
      throw new RingwireError(
        'PROTOCOL_VIOLATION',
        `undecodable ${what}: ${(cause as Error).message}`,
        { cause },
      );
    }
  };
}

/**
 * Decodes a ClientFrame body strictly (see client-frame-decoder.ts); any failure is a
 * PROTOCOL_VIOLATION RingwireError.
 */
export {
  decodeClientFrameStrict as decodeClientFrame,
  detachClientFrame,
} from './client-frame-decoder';

/** Decodes a ServerFrame body; any decoding failure is a PROTOCOL_VIOLATION RingwireError. */
export const decodeServerFrame: Decode<ServerFrame> = guardedDecode(
  (body) => v1.ServerFrame.decode(body),
  'ServerFrame',
);

/**
 * Encodes many frames into one buffer, for one socket write (a client's requests; the
 * server's frames have their own encoder, ServerFrameEncoder).
 * One protobufjs Writer is reused; each frame's 4-byte header is reserved before its body and
 * patched with the big-endian body length once the body is written.
 */
export class FrameBatchEncoder<T> {
  readonly #encode: Encode<T>;
  readonly #writer = Writer.create();
  #count = 0;

  constructor(encode: Encode<T>) {
    this.#encode = encode;
  }

  /** Frames added since the last `take`. */
  get count(): number {
    return this.#count;
  }

  /** Bytes added since the last `take`, headers included. */
  get byteLength(): number {
    return this.#writer.pos;
  }

  add(message: T): void {
    const writer = this.#writer;
    const headerAt = writer.pos;
    writer.fixed32(0);
    this.#encode(message, writer);
    writeFrameHeader(writer.buf, headerAt, writer.pos - headerAt - FRAME_HEADER_BYTES);
    this.#count++;
  }

  /** The frames added so far, as one buffer the caller owns; the encoder starts over empty. */
  take(): Buffer {
    const bytes = this.#writer.finish() as Buffer;
    this.#writer.reset();
    this.#count = 0;
    return bytes;
  }
}

export const newClientFrameEncoder = (): FrameBatchEncoder<v1.ClientFrame.$Properties> =>
  new FrameBatchEncoder((m, w) => v1.ClientFrame.encode(m, w));

/** Encodes one server frame (header and body) into its own buffer. */
export function encodeServerFrame(frame: v1.ServerFrame.$Properties): Buffer {
  const encoder = new ServerFrameEncoder();
  encoder.add(frame);
  return encoder.take();
}
