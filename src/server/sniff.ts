// A client of another protocol on our port shows itself in its first bytes. Answering in
// its own protocol gives its user a clear error instead of a silent close.

export type ForeignProtocol = 'tls' | 'http';

const HTTP_METHODS = /^(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH|CONNECT|TRACE) /;

/** What the first bytes of a connection say, when they are not ringwire. */
export function sniffForeignProtocol(firstBytes: Uint8Array): ForeignProtocol | undefined {
  // A TLS handshake record: content type 22, protocol major version 3.
  if (firstBytes.length >= 2 && firstBytes[0] === 0x16 && firstBytes[1] === 0x03) return 'tls';
  if (HTTP_METHODS.test(Buffer.from(firstBytes.subarray(0, 8)).toString('latin1'))) return 'http';
  return undefined;
}

/** A fatal TLS alert record, handshake_failure (40): TLS libraries report it clearly. */
export const TLS_HANDSHAKE_FAILURE_ALERT = Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28]);

const HTTP_BODY = 'This is a ringwire server: a binary protocol, not HTTP. See docs/PROTOCOL.md.\n';
export const HTTP_BAD_REQUEST = Buffer.from(
  'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n' +
    `Content-Length: ${HTTP_BODY.length}\r\n\r\n${HTTP_BODY}`,
);
