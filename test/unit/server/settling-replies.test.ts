import { RingwireError } from '../../../src/errors';
import { decodeServerFrame } from '../../../src/protocol/codec';
import { ServerFrameEncoder } from '../../../src/protocol/server-frame-encoder';
import {
  MAX_SETTLING_BATCHES,
  MAX_SETTLING_INPUT_BYTES,
  SettlingReplies,
} from '../../../src/server/settling-replies';

/** The ids of the frames written, in order (each write is one or more whole frames). */
function idsOf(writes: Buffer[]): number[] {
  const ids: number[] = [];
  for (const bytes of writes) {
    for (let at = 0; at < bytes.length;) {
      const length = bytes.readUInt32BE(at);
      ids.push(Number(decodeServerFrame(bytes.subarray(at + 4, at + 4 + length)).id));
      at += 4 + length;
    }
  }
  return ids;
}

function encoderWith(...ids: number[]): ServerFrameEncoder {
  const out = new ServerFrameEncoder();
  for (const id of ids) out.setReply(id, id, 1);
  return out;
}

test('held batches leave oldest first, and only as far as they have settled', () => {
  const settling = new SettlingReplies();
  const first = settling.hold(encoderWith(1, 2), 10);
  const second = settling.hold(encoderWith(3), 10);
  const third = settling.hold(encoderWith(4), 10);
  expect(settling.bytes).toBeGreaterThan(0);
  const writes: Buffer[] = [];
  const write = (frames: Buffer): boolean => {
    writes.push(Buffer.from(frames));
    return true;
  };

  second.settle(undefined);
  expect(settling.writeSettled(write)).toBeUndefined();
  expect(writes).toEqual([]);
  first.settle(undefined);
  expect(settling.writeSettled(write)).toBeUndefined();
  expect(idsOf(writes)).toEqual([1, 2, 3]);
  expect(settling.length).toBe(1);
  third.settle(undefined);
  settling.writeSettled(write);
  expect(idsOf(writes)).toEqual([1, 2, 3, 4]);
  expect(settling.length).toBe(0);
  expect(settling.bytes).toBe(0);
});

test('a batch that failed leaves its replies, then stops the writing with its failure', () => {
  const settling = new SettlingReplies();
  const failure = new RingwireError('SLOW_CONSUMER', 'too much output');
  settling.hold(encoderWith(1), 10).settle(failure);
  settling.hold(encoderWith(2), 10).settle(undefined);
  const writes: Buffer[] = [];
  expect(settling.writeSettled((frames) => writes.push(Buffer.from(frames)) > 0)).toBe(failure);
  expect(idsOf(writes)).toEqual([1]);
  expect(settling.clear()).toBe(true);
  expect(settling.clear()).toBe(false);
});

test(`it is full at ${MAX_SETTLING_BATCHES} batches, and each hold hands out an empty encoder`, () => {
  const settling = new SettlingReplies();
  for (let i = 0; i < MAX_SETTLING_BATCHES; i++) {
    expect(settling.full).toBe(false);
    expect(settling.hold(encoderWith(i + 1), 10).next.count).toBe(0);
  }
  expect(settling.full).toBe(true);
});

test(`it is full once the batches held come from ${MAX_SETTLING_INPUT_BYTES} bytes of input, and not after they left`, () => {
  const settling = new SettlingReplies();
  const first = settling.hold(encoderWith(1), MAX_SETTLING_INPUT_BYTES / 2);
  expect(settling.full).toBe(false);
  settling.hold(encoderWith(2), MAX_SETTLING_INPUT_BYTES / 2);
  expect(settling.full).toBe(true);
  first.settle(undefined);
  settling.writeSettled(() => true);
  expect(settling.full).toBe(false);
});
