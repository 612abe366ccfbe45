import { sniffForeignProtocol } from '../../../src/server/sniff';

describe('sniffForeignProtocol', () => {
  it('recognises a TLS ClientHello record', () => {
    expect(sniffForeignProtocol(Buffer.from('160301020001', 'hex'))).toBe('tls');
  });

  it.each(['GET / HTTP/1.1', 'POST /x HTTP/1.1', 'HEAD / HTTP/1.0', 'OPTIONS * HTTP/1.1'])(
    'recognises HTTP: %s',
    (line) => {
      expect(sniffForeignProtocol(Buffer.from(`${line}\r\n`))).toBe('http');
    },
  );

  it('leaves ringwire frames alone, a Hello included', () => {
    expect(sniffForeignProtocol(Buffer.from('0000000c120a08011001', 'hex'))).toBeUndefined();
    expect(sniffForeignProtocol(Buffer.from('GETX'))).toBeUndefined();
    expect(sniffForeignProtocol(Buffer.from([0x16]))).toBeUndefined();
  });
});
