import { forEachFrameBody } from '../protocol/message-framing';

// What a server sends over WebSocket (RFC 6455, section 5.2), one message per frame body:
//   message = %x82 length body       FIN set, opcode 2 (binary), no mask (server to client)
//   length  = %x00-7D                 up to 125 bytes
//           / %x7E 2OCTET             up to 65,535 bytes, big-endian
//           / %x7F 8OCTET             beyond, big-endian (the top bit 0)

const FIN_BINARY = 0x82;
const LENGTH_16 = 126;
const LENGTH_64 = 127;

function headerBytes(bodyLength: number): number {
  if (bodyLength < LENGTH_16) return 2;
  return bodyLength <= 0xffff ? 4 : 10;
}

/**
 * Turns a batch of length-prefixed frames into one buffer of binary WebSocket messages, one
 * per frame, in order: a batch then leaves in one socket write, where ws's `send` would write
 * a header and a payload per message.
 */
export function toBinaryMessages(frames: Buffer): Buffer {
  let size = 0;
  forEachFrameBody(frames, (body) => {
    size += headerBytes(body.length) + body.length;
  });
  const messages = Buffer.allocUnsafe(size);
  let offset = 0;
  forEachFrameBody(frames, (body) => {
    messages[offset] = FIN_BINARY;
    if (body.length < LENGTH_16) {
      messages[offset + 1] = body.length;
    } else if (body.length <= 0xffff) {
      messages[offset + 1] = LENGTH_16;
      messages.writeUInt16BE(body.length, offset + 2);
    } else {
      messages[offset + 1] = LENGTH_64;
      messages.writeBigUInt64BE(BigInt(body.length), offset + 2);
    }
    offset += headerBytes(body.length);
    messages.set(body, offset);
    offset += body.length;
  });
  return messages;
}
