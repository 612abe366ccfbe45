import { parseRingSpec, parseRingsFile } from '../../../src/server/ring-specs';

describe('ring specs (--ring, --rings-file)', () => {
  it('read NAME[:capacity[:max-bytes[:overflow]]], empty parts taking the defaults', () => {
    expect(parseRingSpec('logs')).toEqual({ name: 'logs' });
    expect(parseRingSpec('logs:100')).toEqual({ name: 'logs', capacity: 100 });
    expect(parseRingSpec('logs::2000000:reject')).toEqual({
      name: 'logs',
      maxBytes: 2_000_000,
      overflow: 'reject',
    });
    expect(parseRingSpec('a:1:4096:overwrite')).toEqual({
      name: 'a',
      capacity: 1,
      maxBytes: 4096,
      overflow: 'overwrite',
    });
  });

  it('refuse a bad name, number, policy or part count with the rule and the value', () => {
    for (const [spec, rule] of [
      ['', /NAME must be 1 to 64 characters from A-Z/],
      ['bad name', /NAME must be/],
      ['x'.repeat(65), /NAME must be/],
      ['a:0', /capacity must be an integer from 1 to 100000000/],
      ['a:-1', /capacity must be/],
      ['a:1.5', /capacity must be/],
      ['a::x', /max-bytes must be an integer from 1 to 4294967295/],
      ['a:::drop', /overflow must be one of overwrite, reject/],
      ['a:1:2:reject:5', /at most 4 parts/],
    ] as const) {
      expect(() => parseRingSpec(spec)).toThrow(rule);
      expect(() => parseRingSpec(spec)).toThrow(JSON.stringify(spec));
    }
  });

  it('read a file of specs, skipping blank lines and # comments, naming the line of an error', () => {
    const text = '# rings\nlogs:100\n\n  metrics::2000000   # big\nalerts:::reject\n';
    expect(parseRingsFile(text, 'rings.txt')).toEqual([
      { name: 'logs', capacity: 100 },
      { name: 'metrics', maxBytes: 2_000_000 },
      { name: 'alerts', overflow: 'reject' },
    ]);
    expect(() => parseRingsFile('ok\n\nbad:x\n', 'rings.txt')).toThrow(/^rings.txt:3: /);
  });
});
