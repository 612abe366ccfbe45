import { run } from '../helpers/processes';

const MAX_UINT64 = '18446744073709551615';

// Every flag of ./client and ./bench (and a sample of ./server's, which shares the parser)
// given a bad value: exit 2 and one line naming the flag, what it allows and the value given.
describe.each([
  [
    'client',
    [
      [['--host', ''], '--host must be a host name or IP address, got ""'],
      [['--port', '0'], '--port must be an integer from 1 to 65535, got "0"'],
      [['--port', '65536'], '--port must be an integer from 1 to 65535, got "65536"'],
      [['--port', 'x'], '--port must be an integer from 1 to 65535, got "x"'],
      [['--port'], '--port needs a value (PORT)'],
      [['--name', ''], '--name must be 1 to 255 bytes of UTF-8, got ""'],
      [['--name', 'é'.repeat(128)], '--name must be 1 to 255 bytes of UTF-8, got "éé'],
      [['--timeout-ms', '-1'], '--timeout-ms must be an integer from 0 to 2147483647, got "-1"'],
      [['--timeout-ms', '1.5'], '--timeout-ms must be an integer from 0 to 2147483647, got "1.5"'],
      [['--secret-file', '/nonexistent'], 'cannot read --secret-file /nonexistent: ENOENT'],
      [['--tls-ca', '/nonexistent'], 'cannot read --tls-ca /nonexistent: ENOENT'],
      [['--tls-cert', '/nonexistent'], 'cannot read --tls-cert /nonexistent: ENOENT'],
      [['--tls-key', '/nonexistent'], 'cannot read --tls-key /nonexistent: ENOENT'],
      [['--tls-servername', ''], '--tls-servername must be a host name, got ""'],
      [['--tls=yes'], '--tls takes no value, got "yes"'],
      [['--nope'], 'unknown flag --nope'],
      [['get', '-n', '0'], '--count must be an integer from 1 to 4294967295, got "0"'],
      [['get', '--after', '-1'], `--after must be an integer from 0 to ${MAX_UINT64}, got "-1"`],
      [
        ['get', '--after', `${MAX_UINT64}0`],
        `--after must be an integer from 0 to ${MAX_UINT64}, got "${MAX_UINT64}0"`,
      ],
      [
        ['get', '--next', '--wait-ms', '300001'],
        '--wait-ms must be an integer from 0 to 300000, got "300001"',
      ],
      [['get', '--json=1'], '--json takes no value, got "1"'],
      [
        ['tail', '--from', '-5'],
        `--from must be oldest, now or an integer from 0 to ${MAX_UINT64}, got "-5"`,
      ],
      [['ping', '-c', '0'], '--count must be an integer from 1 to 1000000, got "0"'],
      [['delete', '1x'], `the seq must be an integer from 0 to ${MAX_UINT64}, got "1x"`],
      [['update', 'x', 'text'], `the seq must be an integer from 0 to ${MAX_UINT64}, got "x"`],
    ],
  ],
  [
    'bench',
    [
      [['--host', ''], '--host must be a host name or IP address, got ""'],
      [['--port', '-1'], '--port must be an integer from 1 to 65535, got "-1"'],
      [['--clients', '0'], '--clients must be an integer from 1 to 10000, got "0"'],
      [['--pipeline', '10001'], '--pipeline must be an integer from 1 to 10000, got "10001"'],
      [['--requests', '0'], '--requests must be an integer from 1 to 9007199254740991, got "0"'],
      [['--duration', '-2'], '--duration must be an integer from 1 to 86400, got "-2"'],
      [['--size', '-1'], '--size must be an integer from 0 to 67108864, got "-1"'],
      [['--op', 'delete'], '--op must be one of set, get, get-after, mixed, got "delete"'],
      [['--ratio', '-0.5'], '--ratio must be a number from 0 to 1, got "-0.5"'],
      [['--count', '0'], '--count must be an integer from 1 to 4294967295, got "0"'],
      [
        ['--preload', 'many'],
        '--preload must be an integer from 0 to 9007199254740991, got "many"',
      ],
      [['--name', ''], '--name must be 1 to 249 bytes of UTF-8, got ""'],
      [['--json=no'], '--json takes no value, got "no"'],
    ],
  ],
  [
    'server',
    [
      [['--capacity', '-1'], '--capacity must be an integer from 1'],
      [['--port', '-1'], '--port must be an integer from 0 to 65535, got "-1"'],
      [['--overflow', ''], '--overflow must be one of overwrite, reject, got ""'],
      [['--quiet=3'], '--quiet takes no value, got "3"'],
      [['--name', ''], '--name must be 1 to 255 bytes of UTF-8, got ""'],
      [['--max-parked-gets', '-3'], '--max-parked-gets must be an integer from 0 to 1000000'],
      [['--frame-timeout-ms', 'soon'], '--frame-timeout-ms must be an integer from'],
      [['--http-port', '65536'], '--http-port must be an integer from 0 to 65535, got "65536"'],
      [['--http-port', 'web'], '--http-port must be an integer from 0 to 65535, got "web"'],
      [['--log-format', 'xml'], '--log-format must be one of text, json, got "xml"'],
      [
        ['--log-level', 'trace'],
        '--log-level must be one of error, warn, info, debug, got "trace"',
      ],
    ],
  ],
] as const)('./%s', (program, cases) => {
  it.each(cases as unknown as [string[], string][])(
    'exits 2 with one line for %j',
    async (args, message) => {
      const result = await run(program, args);
      expect(result.stderr).toContain(`${program}: ${message}`);
      expect([result.status, result.stderr.trim().split('\n').length]).toEqual([2, 1]);
    },
  );
});

it('names the environment variable when its value is bad', async () => {
  const result = await run('client', ['get'], { env: { RINGWIRE_TLS: 'maybe' } });
  expect([result.status, result.stderr.trim()]).toEqual([
    2,
    expect.stringContaining('client: $RINGWIRE_TLS must be true or false, got "maybe"'),
  ]);
});
