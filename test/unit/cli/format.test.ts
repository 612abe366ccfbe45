import type { Message } from '../../../src/client/client';
import { formatMessageJson, formatMessageLine, payloadText } from '../../../src/cli/format';

const message = (payload: Buffer, seq = 7n, sender = 'alice'): Message => ({
  seq,
  timestampMs: Date.UTC(2026, 10, 24, 1, 2, 3, 4),
  sender,
  payload,
});

describe('message formatting', () => {
  it('prints seq, ISO time, sender and text separated by tabs', () => {
    expect(formatMessageLine(message(Buffer.from('hello world')))).toBe(
      '7\t2026-11-24T01:02:03.004Z\talice\thello world',
    );
  });

  it('escapes control characters so one message stays one line', () => {
    expect(formatMessageLine(message(Buffer.from('a\nb\tc\\'), 1n, 'x\ty'))).toBe(
      '1\t2026-11-24T01:02:03.004Z\tx\\ty\ta\\nb\\tc\\\\',
    );
  });

  it('prints a payload that is not UTF-8 as base64', () => {
    expect(formatMessageLine(message(Buffer.from([0xff, 0xfe])))).toMatch(/\tbase64:\/\/4=$/);
    expect(payloadText(Buffer.from([0xc3]))).toBeUndefined();
  });

  it('prints NDJSON with exact seqs past 2^53', () => {
    const line = formatMessageJson(message(Buffer.from('hi "there"'), 2n ** 53n + 1n));
    expect(line).toBe(
      '{"seq":9007199254740993,"time":"2026-11-24T01:02:03.004Z","sender":"alice","text":"hi \\"there\\""}',
    );
    expect(JSON.parse(line).text).toBe('hi "there"');
  });

  it('adds payload_base64 and a null text when the payload is not UTF-8', () => {
    expect(JSON.parse(formatMessageJson(message(Buffer.from([0, 0xff]))))).toMatchObject({
      text: null,
      payload_base64: 'AP8=',
    });
  });
});
