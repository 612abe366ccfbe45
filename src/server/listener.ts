import { createServer, Socket, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { RingwireError } from '../errors';
import { encodeServerFrame } from '../protocol/codec';
import { errorFrame } from './dispatch';
import type { Logger } from './logger';
import type { TlsServerOptions } from './options';
import type { ServerCounters } from './stats';

/** A TLS ClientHello starts with a handshake record: content type 22. */
const TLS_HANDSHAKE_RECORD = 0x16;
const PLAIN_CLIENT_ON_TLS_PORT = encodeServerFrame(
  errorFrame(
    0,
    new RingwireError(
      'PROTOCOL_VIOLATION',
      'this server requires TLS: connect with TLS (client --tls)',
    ),
  ),
);

export interface ListenerSettings {
  readonly tls: TlsServerOptions | undefined;
  /** Bounds the TLS handshake too (Node's own default is 120 s). */
  readonly handshakeTimeoutMs: number;
  readonly logger: Logger;
  readonly counters: ServerCounters;
}

/**
 * The TCP listener. Plain: every accepted socket goes to `onSocket`. TLS: each connection's
 * first byte decides: a TLS handshake goes through Node's TLS server (certificates, client
 * certificates, handshake timeout) and reaches `onSocket` once secure; anything else is a
 * plain client on a TLS port and gets a plain ringwire error frame saying so. `onWire` gets
 * the socket that carries each connection's bytes, as soon as it is accepted (for byte counts,
 * and to destroy what is left at shutdown).
 */
export function createListener(
  settings: ListenerSettings,
  onSocket: (socket: Socket) => void,
  onWire: (socket: Socket) => void,
): Server {
  // Half-open allowed: a client may send its requests, end its side, and still read replies.
  if (!settings.tls) {
    return createServer({ allowHalfOpen: true, pauseOnConnect: true }, (accepted) => {
      let socket = adoptWithSharedReadBuffer(accepted);
      if (!socket) {
        socket = accepted;
        accepted.resume();
      }
      onWire(socket);
      onSocket(socket);
    });
  }

  const { cert, key, ca } = settings.tls;
  const tlsServer = createTlsServer(
    {
      cert,
      key,
      ca,
      requestCert: ca !== undefined,
      rejectUnauthorized: ca !== undefined,
      handshakeTimeout: settings.handshakeTimeoutMs,
      allowHalfOpen: true,
    },
    (socket) => {
      // Client-initiated renegotiation (TLS 1.2) costs the server a handshake each time: refused.
      socket.disableRenegotiation();
      onSocket(socket);
    },
  );
  tlsServer.on('tlsClientError', (error, socket) => {
    const peer = `${socket.remoteAddress}:${socket.remotePort}`;
    settings.logger.connection(`TLS handshake failed ${peer}: ${error.message}`, {
      event: 'refused',
      peer,
      reason: `TLS handshake failed: ${error.message}`,
    });
    settings.counters.handshakeFailures++;
    socket.destroy();
  });
  return createServer({ allowHalfOpen: true }, (raw) => {
    onWire(raw);
    raw.once('error', () => raw.destroy());
    // Nothing yet: a silent client is cut off like one that stalls in the TLS handshake.
    const silence = setTimeout(() => raw.destroy(), settings.handshakeTimeoutMs).unref();
    raw.once('data', (chunk: Buffer) => {
      clearTimeout(silence);
      raw.pause();
      if (chunk[0] === TLS_HANDSHAKE_RECORD) {
        raw.unshift(chunk);
        tlsServer.emit('connection', raw);
        return;
      }
      const peer = `${raw.remoteAddress}:${raw.remotePort}`;
      const reason = 'a plain client on a TLS port';
      settings.logger.connection(`refused ${peer}: ${reason}`, { event: 'refused', peer, reason });
      settings.counters.error('PROTOCOL_VIOLATION');
      settings.counters.handshakeFailures++;
      raw.resume(); // read to the client's FIN, so the socket closes as soon as it leaves
      raw.end(PLAIN_CLIENT_ON_TLS_PORT);
      setTimeout(() => raw.destroy(), 2000).unref();
    });
  });
}

/** Where every plain TCP connection reads: one read at a time, copied out before the next. */
const SHARED_READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/** What adoptWithSharedReadBuffer reaches into: net.Socket's handle and its server. */
interface SocketInternals {
  _handle: object | null;
  _server?: unknown;
  server?: unknown;
}

/**
 * A Socket that reads through `onread` and counts those reads' bytes itself (Node counts only
 * the reads it hands to 'data'). A class rather than a property defined on each socket: an
 * accessor of its own gives every socket its own hidden class, and every load from a socket
 * in Node's stream code then went through the megamorphic inline cache.
 */
export class SharedReadBufferSocket extends Socket {
  #bytesRead = 0;
  #lendTo: ((input: Buffer, length: number) => void) | undefined;

  static {
    // Socket's bytesRead is a getter on its prototype, which its typings declare as a field.
    Object.defineProperty(SharedReadBufferSocket.prototype, 'bytesRead', {
      get(this: SharedReadBufferSocket): number {
        return this.#bytesRead;
      },
    });
  }

  /**
   * From now on, each read is lent to `reader` in place (see TransportEvents.lent) rather
   * than emitted as 'data', a copy: the connection copies only what it keeps.
   */
  lendReadsTo(reader: (input: Buffer, length: number) => void): void {
    this.#lendTo = reader;
  }

  /**
   * Hands on `bytes` bytes read into `buffer`: lent, or as a copy of their own. The copy comes
   * from Node's buffer pool when it is small (allocUnsafe): an ArrayBuffer of its own per read
   * cost a malloc, a free and the collector's sweep of it (docs/BENCHMARKS.md).
   */
  received(bytes: number, buffer: Buffer): void {
    this.#bytesRead += bytes;
    if (this.#lendTo) return this.#lendTo(buffer, bytes);
    const chunk = Buffer.allocUnsafe(bytes);
    buffer.copy(chunk, 0, 0, bytes);
    this.emit('data', chunk);
  }
}

/**
 * The socket `accepted` (paused: pauseOnConnect) again, as a Socket that reads into one buffer
 * shared by every connection (Node's `onread`, which net.Server's sockets cannot be given),
 * and lends each read to its connection or emits it as a copy. A read otherwise costs a
 * 64 KiB allocation that the garbage collector frees later, and a pass through the stream
 * machinery: this takes about 10 % of the server's CPU per request off (docs/BENCHMARKS.md).
 * Undefined when the socket's internals are not what this expects (the caller uses `accepted`
 * as it is); a test checks that Node 20's are.
 */
export function adoptWithSharedReadBuffer(accepted: Socket): Socket | undefined {
  const internals = accepted as unknown as SocketInternals;
  const handle = internals._handle;
  if (!handle || !('readStart' in handle)) return undefined;
  internals._handle = null;
  const socket: SharedReadBufferSocket = new SharedReadBufferSocket({
    handle,
    allowHalfOpen: true,
    onread: {
      buffer: SHARED_READ_BUFFER,
      callback: (bytes: number, buffer: Buffer) => socket.received(bytes, buffer),
    },
  } as ConstructorParameters<typeof Socket>[0]);
  // The server counts the connection until this socket closes (its close() waits for that).
  const adopted = socket as unknown as SocketInternals;
  adopted._server = internals._server;
  adopted.server = internals.server;
  return socket;
}
