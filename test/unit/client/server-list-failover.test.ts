import { RingwireError } from '../../../src/errors';
import { parseServerAddress, parseServerList } from '../../../src/client';
import { formatServerAddress } from '../../../src/client/server-list';

describe('parseServerAddress', () => {
  it.each([
    ['a.example', { host: 'a.example', port: 7000 }],
    ['a.example:7878', { host: 'a.example', port: 7878 }],
    ['127.0.0.1:1', { host: '127.0.0.1', port: 1 }],
    [' b:65535 ', { host: 'b', port: 65535 }],
    ['[::1]', { host: '::1', port: 7000 }],
    ['[::1]:9000', { host: '::1', port: 9000 }],
    ['fe80::1', { host: 'fe80::1', port: 7000 }],
    [{ host: 'c' }, { host: 'c', port: 7000 }],
    [
      { host: 'c', port: 8 },
      { host: 'c', port: 8 },
    ],
  ])('reads %j', (text, expected) => {
    expect(parseServerAddress(text, 7000)).toEqual(expected);
  });

  it.each([
    ['', 'the host is empty'],
    [':7878', 'the host is empty'],
    ['[]:1', 'the host is empty'],
    ['a:', 'the port must be an integer from 1 to 65535'],
    ['a:0', 'the port must be an integer from 1 to 65535'],
    ['a:65536', 'the port must be an integer from 1 to 65535'],
    ['a:x', 'the port must be an integer from 1 to 65535'],
    ['a:-1', 'the port must be an integer from 1 to 65535'],
    ['a:1.5', 'the port must be an integer from 1 to 65535'],
    ['[::1]:', 'the port must be an integer from 1 to 65535'],
    ['[::1]x', 'an IPv6 address with a port is written [ADDRESS]:PORT'],
    ['::1]:80', 'an IPv6 address with a port is written [ADDRESS]:PORT'],
    [{ host: '' }, 'the host is empty'],
    [{ host: 'a', port: 0 }, 'the port must be an integer from 1 to 65535'],
    [{ host: 'a', port: 1.5 }, 'the port must be an integer from 1 to 65535'],
  ])('refuses %j with INVALID_ARGUMENT', (text, why) => {
    let thrown: unknown;
    try {
      parseServerAddress(text, 7000);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RingwireError);
    expect((thrown as RingwireError).code).toBe('INVALID_ARGUMENT');
    expect((thrown as RingwireError).message).toBe(
      `bad server address ${JSON.stringify(text)}: ${why}`,
    );
  });
});

describe('parseServerList', () => {
  it('reads a comma-separated list in order, the default port where none is given', () => {
    expect(parseServerList('a:1,b, [::1]:3', 7878)).toEqual([
      { host: 'a', port: 1 },
      { host: 'b', port: 7878 },
      { host: '::1', port: 3 },
    ]);
  });

  it.each(['a,', ',a', 'a,,b'])('refuses an empty entry in %j', (text) => {
    expect(() => parseServerList(text, 7878)).toThrow('the host is empty');
  });
});

it('formats an address back, IPv6 in brackets', () => {
  expect(formatServerAddress({ host: 'a', port: 1 })).toBe('a:1');
  expect(formatServerAddress({ host: '::1', port: 2 })).toBe('[::1]:2');
  for (const text of ['a:1', '[::1]:2'])
    expect(formatServerAddress(parseServerAddress(text, 9))).toBe(text);
});
