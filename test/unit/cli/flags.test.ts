import { describeFlags, parseFlags, UsageError, type Flag } from '../../../src/cli/flags';

const FLAGS: Flag[] = [
  {
    name: 'port',
    type: 'integer',
    env: 'T_PORT',
    default: 7878,
    min: 0,
    max: 65535,
    placeholder: 'PORT',
    help: 'port',
  },
  {
    name: 'host',
    type: 'string',
    env: 'T_HOST',
    default: 'localhost',
    placeholder: 'HOST',
    help: 'host',
  },
  { name: 'quiet', short: 'q', type: 'boolean', env: 'T_QUIET', help: 'quiet' },
];

describe('parseFlags', () => {
  it('takes the flag, then the environment, then the default', () => {
    expect(parseFlags(['--port', '1'], FLAGS, { T_PORT: '2' }).values.port).toBe(1);
    expect(parseFlags([], FLAGS, { T_PORT: '2' }).values.port).toBe(2);
    expect(parseFlags([], FLAGS, {}).values.port).toBe(7878);
    expect(parseFlags(['--port=0'], FLAGS, {}).values.port).toBe(0);
  });

  it('reads booleans from flags and from the environment', () => {
    expect(parseFlags(['-q'], FLAGS, {}).values.quiet).toBe(true);
    expect(parseFlags([], FLAGS, { T_QUIET: 'yes' }).values.quiet).toBe(true);
    expect(parseFlags([], FLAGS, { T_QUIET: '0' }).values.quiet).toBe(false);
    expect(() => parseFlags([], FLAGS, { T_QUIET: 'maybe' })).toThrow(
      '$T_QUIET must be true or false',
    );
  });

  it('records which flags were given and keeps positionals', () => {
    const parsed = parseFlags(['set', '--host', 'h', 'hello', '--', '--not-a-flag'], FLAGS, {});
    expect([...parsed.given]).toEqual(['host']);
    expect(parsed.positionals).toEqual(['set', 'hello', '--not-a-flag']);
  });

  it.each([
    [['--port', 'abc'], '--port must be an integer from 0 to 65535, got "abc"'],
    [['--port', '65536'], '--port must be an integer from 0 to 65535, got "65536"'],
    [['--port', '1.5'], '--port must be an integer'],
    [['--bogus'], 'unknown flag --bogus'],
    [['-x'], 'unknown flag -x'],
    [['--port'], '--port needs a value (PORT)'],
    [['--port', '-1'], '--port must be an integer from 0 to 65535, got "-1"'],
    [['--quiet=yes'], '--quiet takes no value, got "yes"'],
  ])('turns %j into a one-line UsageError', (argv, message) => {
    let thrown: unknown;
    try {
      parseFlags(argv, FLAGS, {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toContain(message);
    expect((thrown as Error).message).not.toContain('\n');
  });

  it('names the environment variable when its value is bad', () => {
    expect(() => parseFlags([], FLAGS, { T_PORT: '-1' })).toThrow('$T_PORT must be an integer');
  });

  it('describes every flag with its default and variable', () => {
    const help = describeFlags(FLAGS);
    expect(help).toContain('--port PORT');
    expect(help).toContain('(default 7878; env T_PORT)');
    expect(help).toContain('-q, --quiet');
  });

  it('collects a repeatable flag into a list, each value checked, the environment as a list of one', () => {
    const rings: Flag = {
      name: 'ring',
      type: 'string',
      env: 'T_RING',
      placeholder: 'NAME',
      repeatable: true,
      valid: { test: (name) => /^[a-z]+$/.test(name), allowed: 'lower-case letters' },
      help: 'ring',
    };
    expect(parseFlags(['--ring', 'a', '--ring=b'], [rings], { T_RING: 'c' }).values.ring).toEqual([
      'a',
      'b',
    ]);
    expect(parseFlags([], [rings], { T_RING: 'c' }).values.ring).toEqual(['c']);
    expect(parseFlags([], [rings], {}).values.ring).toEqual([]);
    expect(() => parseFlags(['--ring', 'a', '--ring', 'B'], [rings], {})).toThrow(
      '--ring must be lower-case letters, got "B"',
    );
    expect(describeFlags([rings])).toContain('(env T_RING; repeatable)');
    // A flag that is not repeatable, given twice, takes the last value.
    expect(parseFlags(['--host', 'a', '--host', 'b'], FLAGS, {}).values.host).toBe('b');
  });
});
