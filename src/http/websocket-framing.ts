import { randomFillSync } from 'node:crypto';
import { forEachFrameBody } from '../protocol/message-framing';

// One binary WebSocket message per frame body (RFC 6455, section 5.2):
//   message = %x82 length [mask-key] body   FIN set, opcode 2 (binary)
//   length  = mask-bit %x00-7D               up to 125 bytes
//           / mask-bit %x7E 2OCTET           up to 65,535 bytes, big-endian
//           / mask-bit %x7F 8OCTET           beyond, big-endian (the top bit 0)
// A server sends no mask (mask-bit 0); a client masks every message (mask-bit 1, section 5.3):
// a fresh random 4-byte key, the body XORed with it byte by byte.

const FIN_BINARY = 0x82;
const MASK_BIT = 0x80;
const LENGTH_16 = 126;
const LENGTH_64 = 127;
const MASK_KEY_BYTES = 4;

function lengthBytes(bodyLength: number): number {
  if (bodyLength < LENGTH_16) return 2;
  return bodyLength <= 0xffff ? 4 : 10;
}

/**
 * Turns a batch of length-prefixed frames into one buffer of binary WebSocket messages, one
 * per frame, in order: a batch then leaves in one socket write, where ws's `send` would write
 * a header and a payload per message. Unmasked: what a server sends.
 */
export function toBinaryMessages(frames: Buffer): Buffer {
  return frameMessages(frames, undefined);
}

/**
 * toBinaryMessages for a client: each message masked with its own key, the keys of the whole
 * batch drawn by one `fillRandom` call (crypto.randomFillSync unless a test fixes them).
 */
export function toMaskedBinaryMessages(
  frames: Uint8Array,
  fillRandom: (keys: Buffer) => void = randomFillSync,
): Buffer {
  let count = 0;
  forEachFrameBody(frames, () => count++);
  const keys = Buffer.allocUnsafe(count * MASK_KEY_BYTES);
  fillRandom(keys);
  return frameMessages(frames, keys);
}

function frameMessages(frames: Uint8Array, keys: Buffer | undefined): Buffer {
  const keyBytes = keys ? MASK_KEY_BYTES : 0;
  let size = 0;
  forEachFrameBody(frames, (body) => {
    size += lengthBytes(body.length) + keyBytes + body.length;
  });
  const messages = Buffer.allocUnsafe(size);
  let offset = 0;
  let key = 0;
  forEachFrameBody(frames, (body) => {
    const maskBit = keys ? MASK_BIT : 0;
    messages[offset] = FIN_BINARY;
    if (body.length < LENGTH_16) {
      messages[offset + 1] = maskBit | body.length;
    } else if (body.length <= 0xffff) {
      messages[offset + 1] = maskBit | LENGTH_16;
      messages.writeUInt16BE(body.length, offset + 2);
    } else {
      messages[offset + 1] = maskBit | LENGTH_64;
      messages.writeBigUInt64BE(BigInt(body.length), offset + 2);
    }
    offset += lengthBytes(body.length);
    if (keys) {
      keys.copy(messages, offset, key, key + MASK_KEY_BYTES);
      offset += MASK_KEY_BYTES;
      for (let i = 0; i < body.length; i++) messages[offset + i] = body[i] ^ keys[key + (i & 3)];
      key += MASK_KEY_BYTES;
    } else {
      messages.set(body, offset);
    }
    offset += body.length;
  });
  return messages;
}
