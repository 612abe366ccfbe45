import type { Message, RingInfo } from '../../../src/client';
import {
  formatEvent,
  formatMessageJson,
  formatMessageLine,
  formatStats,
  formatDuration,
  formatPingSummary,
  formatPong,
  formatRings,
  payloadText,
} from '../../../src/cli/format';

const message = (payload: Buffer, seq = 7n, sender = 'alice'): Message => ({
  seq,
  timestampMs: Date.UTC(2026, 10, 24, 1, 2, 3, 4),
  sender,
  payload,
  updatedMs: 0,
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

describe('subscription events and stats', () => {
  it('prints messages and updates on stdout and lost notes on stderr as text', () => {
    const m = message(Buffer.from('hi'));
    expect(formatEvent({ type: 'message', message: m }, false)).toEqual({
      stream: 'stdout',
      line: formatMessageLine(m),
    });
    expect(formatEvent({ type: 'updated', message: m }, false).line).toMatch(/\thi\t\(updated\)$/);
    expect(formatEvent({ type: 'deleted', seq: 9n }, false)).toEqual({
      stream: 'stdout',
      line: '9\t(deleted)',
    });
    expect(formatEvent({ type: 'lost', count: 3n, resumeSeq: 12n }, false)).toEqual({
      stream: 'stderr',
      line: 'note: 3 message(s) were overwritten before they could be pushed; resuming at seq 12',
    });
  });

  it('prints every event as one JSON object on stdout with --json', () => {
    const updated = { ...message(Buffer.from('v2')), updatedMs: Date.UTC(2026, 10, 24) };
    const lines = [
      formatEvent({ type: 'updated', message: updated }, true),
      formatEvent({ type: 'deleted', seq: 2n ** 60n }, true),
      formatEvent({ type: 'lost', count: 3n, resumeSeq: 12n }, true),
    ];
    expect(lines.every((l) => l.stream === 'stdout')).toBe(true);
    expect(JSON.parse(lines[0].line)).toMatchObject({
      seq: 7,
      event: 'updated',
      text: 'v2',
      updated_time: '2026-11-24T00:00:00.000Z',
    });
    expect(lines[1].line).toBe('{"event":"deleted","seq":1152921504606846976}');
    expect(JSON.parse(lines[2].line)).toEqual({ event: 'lost', count: 3, resume_seq: 12 });
    expect(lines.map((l) => Object.keys(JSON.parse(l.line)))).toEqual([
      ['event', 'seq', 'time', 'sender', 'text', 'updated_time'],
      ['event', 'seq'],
      ['event', 'count', 'resume_seq'],
    ]);
  });

  it.each([
    [0, '0s'],
    [1999, '1s'],
    [60_000, '1m 0s'],
    [(2 * 3600 + 3 * 60 + 4) * 1000, '2h 3m 4s'],
    [(86_400 + 5) * 1000, '1d 0h 0m 5s'],
  ])('writes an uptime of %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('sums up a ping run like ping(8), also when nothing came back', () => {
    expect(formatPingSummary('srv', 4, [1, 2, 3], false)).toBe(
      '--- srv ping statistics ---\n4 sent, 3 received, 25% loss, rtt min/avg/max = 1.000/2.000/3.000 ms',
    );
    expect(formatPingSummary('srv', 1, [], false)).toBe(
      '--- srv ping statistics ---\n1 sent, 0 received, 100% loss',
    );
    expect(JSON.parse(formatPingSummary('srv', 1, [], true))).toEqual({
      event: 'summary',
      sent: 1,
      received: 0,
      loss_percent: 100,
      min_ms: null,
      avg_ms: null,
      max_ms: null,
    });
    expect(formatPong('srv', 0.5, false)).toBe('pong from srv: 0.500 ms');
  });

  it('prints stats as name: value lines or one JSON object', () => {
    const stats = {
      uptimeMs: 1500,
      connections: 3,
      subscribers: 1,
      requests: { set: 10, get: 2 },
      errors: { NOT_FOUND: 1 },
      ringCapacity: 1024,
      ringMessages: 10,
      ringBytes: 400,
      firstSeq: 1n,
      lastSeq: 2n ** 53n + 1n,
      overflow: 'reject',
      rings: 3,
      totalMessages: 12,
      totalBytes: 480,
      dataDir: '',
      fsync: '',
      logBytes: 0,
      lastFsyncMs: 0,
      recovery: '',
    };
    const text = formatStats(stats, false);
    // In memory: no persistence lines; with a data dir, its figures.
    expect(text).not.toContain('data_dir');
    const durable = { ...stats, dataDir: '/var/ringwire', fsync: 'always', logBytes: 4096 };
    expect(formatStats(durable, false)).toContain(
      'total_bytes: 480\ndata_dir: /var/ringwire\nfsync: always\nlog_bytes: 4096\n',
    );
    expect(text.split('\n')[0]).toBe('uptime: 1s');
    expect(text).toContain('ring_messages: 10');
    expect(text).toContain('last_seq: 9007199254740993');
    expect(text.split('\n').slice(-3)).toEqual([
      'requests.get: 2',
      'requests.set: 10',
      'errors.NOT_FOUND: 1',
    ]);
    const json = formatStats(stats, true);
    expect(json).toContain('"last_seq":9007199254740993');
    expect(Object.keys(JSON.parse(json)).slice(8, 12)).toEqual([
      'overflow',
      'rings',
      'total_messages',
      'total_bytes',
    ]);
    expect(text).toContain('total_messages: 12');
    expect(JSON.parse(json)).toMatchObject({
      overflow: 'reject',
      rings: 3,
      requests: { set: 10, get: 2 },
      errors: { NOT_FOUND: 1 },
    });
  });
});

describe('ring formatting', () => {
  const ring = (name: string, messages: number, lastSeq: bigint): RingInfo => ({
    name,
    capacity: 1024,
    maxBytes: 16_777_216,
    overflow: name === 'jobs' ? 'reject' : 'overwrite',
    messages,
    bytes: messages * 10,
    firstSeq: messages ? 1n : 0n,
    lastSeq,
    nextSeq: lastSeq + 1n,
    subscribers: 2,
  });
  const rings = [ring('default', 0, 0n), ring('jobs', 12, 2n ** 53n + 1n)];

  it('prints rings as an aligned table under a header', () => {
    expect(formatRings(rings, false)).toEqual([
      'NAME     MESSAGES  BYTES  CAPACITY  MAX_BYTES  OVERFLOW   FIRST_SEQ          LAST_SEQ  SUBSCRIBERS',
      'default         0      0      1024   16777216  overwrite          0                 0            2',
      'jobs           12    120      1024   16777216  reject             1  9007199254740993            2',
    ]);
  });

  it('prints one JSON object per ring, keys in the documented order, seqs exact', () => {
    const [, jobs] = formatRings(rings, true);
    expect(jobs).toBe(
      '{"name":"jobs","messages":12,"bytes":120,"capacity":1024,"max_bytes":16777216,"overflow":"reject","first_seq":1,"last_seq":9007199254740993,"subscribers":2,"next_seq":9007199254740994}',
    );
  });

  it('names the ring of an event first when asked to', () => {
    const stored = message(Buffer.from('hi'), 3n);
    expect(formatEvent({ type: 'message', message: stored }, false, 'a').line).toBe(
      'a\t3\t2026-11-24T01:02:03.004Z\talice\thi',
    );
    expect(formatEvent({ type: 'deleted', seq: 3n }, false, 'a').line).toBe('a\t3\t(deleted)');
    expect(formatEvent({ type: 'message', message: stored }, true, 'a').line).toMatch(
      /^\{"ring":"a","seq":3,"time":/,
    );
    expect(formatEvent({ type: 'updated', message: stored }, true, 'a').line).toMatch(
      /^\{"event":"updated","ring":"a","seq":3,/,
    );
    expect(formatEvent({ type: 'deleted', seq: 3n }, true, 'a').line).toBe(
      '{"event":"deleted","ring":"a","seq":3}',
    );
    expect(formatEvent({ type: 'lost', count: 2n, resumeSeq: 9n }, true, 'a').line).toBe(
      '{"event":"lost","ring":"a","count":2,"resume_seq":9}',
    );
    expect(formatEvent({ type: 'lost', count: 2n, resumeSeq: 9n }, false, 'a')).toEqual({
      stream: 'stderr',
      line: 'note: ring a: 2 message(s) were overwritten before they could be pushed; resuming at seq 9',
    });
    // Without a ring, as before rings.
    expect(formatEvent({ type: 'deleted', seq: 3n }, true).line).toBe(
      '{"event":"deleted","seq":3}',
    );
  });
});
