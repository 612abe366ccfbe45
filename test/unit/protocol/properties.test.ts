import fc from 'fast-check';
import { RingwireError } from '../../../src/errors';
import {
  decodeClientFrame,
  decodeServerFrame,
  newClientFrameEncoder,
  v1,
} from '../../../src/protocol/codec';
import { FrameDecoder } from '../../../src/protocol/framing';
import { ServerFrameEncoder } from '../../../src/protocol/server-frame-encoder';
import { FC_PARAMETERS } from '../../helpers/fast-check';
import { arbitraryMessage, messageType, normalize } from '../../helpers/proto-schema';

const ClientFrameType = messageType('ClientFrame');
const ServerFrameType = messageType('ServerFrame');
const MAX_FRAME = 64 * 1024;

/** Splits bytes at the given points (sorted, deduplicated, clamped). */
function split(bytes: Buffer, points: number[]): Buffer[] {
  const cuts = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(start, cut));
    start = cut;
  }
  return chunks;
}

describe('framing and codec properties', () => {
  it('any bytes in any chunks give frames or a RingwireError, never another exception', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (bytes, cuts) => {
          const decoder = new FrameDecoder(200);
          try {
            for (const chunk of split(Buffer.from(bytes), cuts)) {
              decoder.push(chunk, (body) => {
                try {
                  decodeClientFrame(body);
                  decodeServerFrame(body);
                } catch (error) {
                  expect(error).toBeInstanceOf(RingwireError);
                }
              });
            }
          } catch (error) {
            expect(error).toBeInstanceOf(RingwireError);
            expect((error as RingwireError).code).toBe('FRAME_TOO_LARGE');
          }
        },
      ),
      FC_PARAMETERS,
    );
  });

  it('splitting a valid stream anywhere yields the same frames', () => {
    const frames = fc.array(arbitraryMessage(ClientFrameType), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(frames, fc.array(fc.nat(), { maxLength: 10 }), (messages, cuts) => {
        const encoder = newClientFrameEncoder();
        for (const message of messages) encoder.add(message as v1.ClientFrame.$Properties);
        const whole = encoder.take();
        const decoded: Record<string, unknown>[] = [];
        const decoder = new FrameDecoder(MAX_FRAME);
        for (const chunk of split(whole, cuts)) {
          decoder.push(chunk, (body) =>
            decoded.push(normalize(ClientFrameType, decodeClientFrame(body) as never)),
          );
        }
        expect(decoded).toEqual(messages.map((m) => normalize(ClientFrameType, m)));
        expect(decoder.bufferedBytes).toBe(0);
      }),
      FC_PARAMETERS,
    );
  });

  it('round-trips every ServerFrame, every body and uint64 edge included', () => {
    fc.assert(
      fc.property(arbitraryMessage(ServerFrameType), (message) => {
        const encoder = new ServerFrameEncoder();
        encoder.add(message as v1.ServerFrame.$Properties);
        const bytes = encoder.take();
        expect(bytes.readUInt32BE(0)).toBe(bytes.length - 4);
        const decoded = decodeServerFrame(bytes.subarray(4));
        expect(normalize(ServerFrameType, decoded as never)).toEqual(
          normalize(ServerFrameType, message),
        );
      }),
      FC_PARAMETERS,
    );
  });
});
