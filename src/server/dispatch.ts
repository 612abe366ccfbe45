import { RingwireError, isProtocolErrorCode, wireErrorCode } from '../errors';
import { storedMessageFieldBytes, type ClientFrame, type v1 } from '../protocol/codec';
import type { MessageStore, ReadResult } from '../ring/message-store';
import { uint64ToNumber } from '../protocol/uint64';

/** What a request handler needs to know about the connection it serves. */
export interface Session {
  readonly clientName: string;
  readonly maxFrameBytes: number;
  readonly maxPayloadBytes: number;
}

/** Everything one batch of requests shares while it runs under the store's lock. */
export interface BatchContext {
  readonly store: MessageStore;
  readonly session: Session;
  /** One clock reading for the whole batch. */
  readonly nowMs: number;
  readonly reply: (frame: v1.ServerFrame.$Properties) => void;
  /** Told of failures that are bugs or store faults; the client only sees INTERNAL. */
  readonly onInternalError: (error: unknown) => void;
}

/**
 * Room for everything in a GET reply frame except its messages: the id, the `get` field header
 * and GetReply's lost/oldest/next/truncated fields, each at its largest.
 */
const GET_REPLY_FIXED_BYTES = 6 + 6 + 3 * 11 + 2;

/** The Error frame for `error`, answering request `id` (0: not about one request). */
export function errorFrame(id: number, error: RingwireError): v1.ServerFrame.$Properties {
  const code = isProtocolErrorCode(error.code) ? error.code : 'INTERNAL';
  return { id, error: { code: wireErrorCode(code), message: error.message } };
}

/**
 * Answers one request of a ready connection. Runs inside the store's lock; every failure
 * becomes an error reply, so it never throws.
 */
export function handleRequest(context: BatchContext, frame: ClientFrame): void {
  const { store, session, reply } = context;
  const id = frame.id;
  try {
    if (id === 0) throw new RingwireError('INVALID_ARGUMENT', 'request id must not be 0');
    switch (frame.body) {
      case 'set':
        reply({ id, set: handleSet(store, session, frame.set, context.nowMs) });
        return;
      case 'get':
        reply({ id, get: handleGet(store, session, frame.get) });
        return;
      case 'hello':
        throw new RingwireError('INVALID_ARGUMENT', 'the handshake is already done');
      case undefined:
        throw new RingwireError(
          'UNSUPPORTED_REQUEST',
          'the frame carries no request this server knows',
        );
    }
  } catch (error) {
    if (error instanceof RingwireError && error.code !== 'INTERNAL') {
      reply(errorFrame(id, error));
    } else {
      reply(errorFrame(id, new RingwireError('INTERNAL', 'internal error')));
      context.onInternalError(error);
    }
  }
}

function handleSet(
  store: MessageStore,
  session: Session,
  request: v1.SetRequest.$Properties,
  nowMs: number,
): v1.SetReply.$Properties {
  const payload = request.payload ?? EMPTY;
  if (payload.length > session.maxPayloadBytes) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `payload of ${payload.length} bytes exceeds max_payload_bytes ${session.maxPayloadBytes}`,
    );
  }
  const seq = store.append(payload, session.clientName, nowMs);
  return { seq, timestampMs: nowMs };
}

function handleGet(
  store: MessageStore,
  session: Session,
  request: v1.GetRequest.$Properties,
): v1.GetReply.$Properties {
  const count = Math.min(Math.max(request.count ?? 0, 1), store.capacity);
  const latest = request.afterSeq == null;
  const read = latest
    ? store.readLatest(count)
    : store.readAfter(uint64ToNumber(request.afterSeq), count);
  const fitting = fitInFrame(read, latest, session.maxFrameBytes - GET_REPLY_FIXED_BYTES);
  return {
    messages: fitting.messages.map((m) => ({
      seq: m.seq,
      timestampMs: m.timestampMs,
      sender: m.sender,
      payload: m.payload,
    })),
    lost: fitting.lost,
    oldestSeq: fitting.oldestSeq,
    nextSeq: fitting.nextSeq,
    truncated: fitting.messages.length < read.messages.length,
  };
}

/**
 * Drops messages that would push the reply past the frame limit: the oldest ones of a latest-N
 * read (the newest are what was asked for), the newest ones of an after-seq read (next_seq then
 * points at the first one dropped, so the reader continues there).
 */
function fitInFrame(read: ReadResult, latest: boolean, budget: number): ReadResult {
  const { messages } = read;
  let used = 0;
  let kept = 0;
  for (; kept < messages.length; kept++) {
    const m = messages[latest ? messages.length - 1 - kept : kept];
    used += storedMessageFieldBytes(
      m.seq,
      m.timestampMs,
      Buffer.byteLength(m.sender),
      m.payload.length,
    );
    if (used > budget) break;
  }
  if (kept === messages.length) return read;
  if (latest) return { ...read, messages: messages.slice(messages.length - kept) };
  return { ...read, messages: messages.slice(0, kept), nextSeq: messages[kept].seq };
}

const EMPTY = new Uint8Array(0);
