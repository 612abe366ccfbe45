import { encodeCommand, parseResp, RespError } from '../../../src/bench/redis-fanout';

describe('the RESP replies the Redis fan-out readers parse', () => {
  // An XREAD reply: [[stream, [[id, [field, value]], [id, [field, value]]]]]
  const xread = Buffer.from(
    '*1\r\n*2\r\n$8\r\nfanout-0\r\n*2\r\n' +
      '*2\r\n$3\r\n1-0\r\n*2\r\n$1\r\nf\r\n$2\r\nhi\r\n' +
      '*2\r\n$3\r\n2-0\r\n*2\r\n$1\r\nf\r\n$0\r\n\r\n',
  );

  it('parses nested arrays of bulk strings, and where the next reply starts', () => {
    expect(parseResp(Buffer.concat([xread, Buffer.from('+PONG\r\n')]))).toEqual({
      value: [
        [
          'fanout-0',
          [
            ['1-0', ['f', 'hi']],
            ['2-0', ['f', '']],
          ],
        ],
      ],
      next: xread.length,
    });
  });

  it('waits for more at every cut of a reply', () => {
    for (let cut = 0; cut < xread.length; cut++)
      expect(parseResp(xread.subarray(0, cut))).toBeUndefined();
  });

  it('parses simple strings, errors, integers and nils', () => {
    expect(parseResp(Buffer.from('+PONG\r\n'))?.value).toBe('PONG');
    expect(parseResp(Buffer.from('-LOADING Redis is loading\r\n'))?.value).toEqual(
      new RespError('LOADING Redis is loading'),
    );
    expect(parseResp(Buffer.from(':42\r\n'))?.value).toBe(42);
    expect(parseResp(Buffer.from('$-1\r\n'))?.value).toBeNull();
    expect(() => parseResp(Buffer.from('?\r\n'))).toThrow(/not a RESP reply/);
  });

  it('encodes a command as an array of bulk strings, binary payloads included', () => {
    expect(encodeCommand(['XADD', 's', Buffer.from([0, 1])]).toString('latin1')).toBe(
      '*3\r\n$4\r\nXADD\r\n$1\r\ns\r\n$2\r\n\x00\x01\r\n',
    );
  });
});
