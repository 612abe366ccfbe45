import { RingwireError, isProtocolErrorCode, wireErrorCode } from '../errors';
import type { ClientFrame, v1 } from '../protocol/codec';
import {
  messageFieldBytes,
  type GetReplyFields,
  type ServerFrameEncoder,
} from '../protocol/server-frame-encoder';
import { MAX_CLIENT_NAME_BYTES } from '../protocol/constants';
import { uint64ToNumber, type WireUint64 } from '../protocol/uint64';
import type { Cursor } from '../ring/cursors';
import type { ReadResult } from '../ring/message-store';
import type { CursorStart, RingOps } from '../ring/ring';
import type { PushedSeqs } from './pushed-seqs';
import type { ServerCounters, ServerStats } from './stats';

/** What request handlers know and keep about the connection they serve. */
export interface Session {
  readonly clientName: string;
  readonly maxFrameBytes: number;
  readonly maxPayloadBytes: number;
  /** The connection's read cursor, created by its first GET next or SUBSCRIBE. */
  cursor: Cursor | undefined;
  /** Whether new messages are pushed to the connection as they are stored. */
  subscribed: boolean;
  /** What the current (or last) subscription pushed. */
  readonly pushed: PushedSeqs;
}

/** A GET (after or next mode) that found nothing new and waits up to its wait_ms for a message. */
export interface ParkedGet {
  readonly id: number;
  readonly request: v1.GetRequest.$Properties;
}

/** What a request may ask of its connection and server beyond the ring. */
export interface SessionHooks {
  /** `session.subscribed` changed: start or stop pushing. */
  subscriptionChanged(): void;
  /** False when the connection has max-parked-gets GETs waiting: answer this one at once. */
  canPark(): boolean;
  /** Answer this GET later, when a message arrives or it expires. */
  park(get: ParkedGet): void;
  serverStats(): ServerStats;
}

/** Everything one batch of requests shares while it runs under the ring's lock. */
export interface BatchContext {
  readonly ops: RingOps;
  readonly session: Session;
  readonly hooks: SessionHooks;
  readonly counters: ServerCounters;
  /** One clock reading for the whole batch. */
  readonly nowMs: number;
  /** Where the replies go. */
  readonly out: ServerFrameEncoder;
  /** Told of failures that are bugs or store faults; the client only sees INTERNAL. */
  readonly onInternalError: (error: unknown) => void;
}

/** The longest a GET may wait for a message. */
export const MAX_WAIT_MS = 300_000;

/**
 * Room for everything in a GET reply frame except its messages: the id, the `get` field header
 * and GetReply's lost/oldest/next/deleted/truncated fields, each at its largest.
 */
const GET_REPLY_FIXED_BYTES = 6 + 6 + 4 * 11 + 2;

/**
 * The most a Message adds to a reply besides its payload: its tag and length, seq,
 * timestamp and updated_ms at their largest, the payload's tag and length, and the longest
 * sender with its tag and length.
 */
const MESSAGE_OVERHEAD_BOUND = 1 + 5 + 3 * 11 + 1 + 5 + 1 + 2 + MAX_CLIENT_NAME_BYTES;

/** The Error frame for `error`, answering request `id` (0: not about one request). */
export function errorFrame(id: number, error: RingwireError): v1.ServerFrame.$Properties {
  const code = isProtocolErrorCode(error.code) ? error.code : 'INTERNAL';
  return { id, error: { code: wireErrorCode(code), message: error.message } };
}

/**
 * Answers one request of a ready connection. Runs inside the ring's lock; every failure
 * becomes an error reply, so it never throws.
 */
export function handleRequest(context: BatchContext, frame: ClientFrame): void {
  const { ops, session, out } = context;
  const id = frame.id;
  try {
    if (id === 0) throw new RingwireError('INVALID_ARGUMENT', 'request id must not be 0');
    if (frame.body) context.counters.request(frame.body);
    switch (frame.body) {
      case 'set': {
        const seq = ops.append(
          checkPayload(session, frame.set.payload),
          session.clientName,
          context.nowMs,
        );
        out.setReply(id, seq, context.nowMs);
        return;
      }
      case 'get':
        handleGet(context, id, frame.get);
        return;
      case 'subscribe':
        out.add({ id, subscribe: subscribe(context, frame.subscribe) });
        return;
      case 'unsubscribe': {
        // Not subscribed (never, or already unsubscribed): nothing was pushed to report.
        const lastSeq = session.subscribed ? session.pushed.last : 0;
        session.subscribed = false;
        context.hooks.subscriptionChanged();
        out.add({ id, unsubscribe: { lastSeq } });
        return;
      }
      case 'update': {
        const seq = uint64ToNumber(frame.update.seq);
        const message = ops.update(seq, checkPayload(session, frame.update.payload), context.nowMs);
        out.add({ id, update: { seq, updatedMs: message.updatedMs } });
        return;
      }
      case 'delete': {
        const seq = uint64ToNumber(frame.delete.seq);
        ops.delete(seq);
        out.add({ id, delete: { seq } });
        return;
      }
      case 'ping':
        out.add({ id, ping: { serverTimeMs: context.nowMs } });
        return;
      case 'stats':
        out.add({ id, stats: stats(ops, context.hooks.serverStats()) });
        return;
      case 'hello':
      case 'auth':
        throw new RingwireError('INVALID_ARGUMENT', 'the handshake is already done');
      case undefined:
        throw new RingwireError(
          'UNSUPPORTED_REQUEST',
          'the frame carries no request this server knows',
        );
    }
  } catch (error) {
    if (error instanceof RingwireError && error.code !== 'INTERNAL') {
      out.add(errorFrame(id, error));
      context.counters.error(error.code);
    } else {
      out.add(errorFrame(id, new RingwireError('INTERNAL', 'internal error')));
      context.counters.error('INTERNAL');
      context.onInternalError(error);
    }
  }
}

function checkPayload(session: Session, payload: Uint8Array | null | undefined): Uint8Array {
  const bytes = payload ?? EMPTY;
  if (bytes.length > session.maxPayloadBytes) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `payload of ${bytes.length} bytes exceeds max_payload_bytes ${session.maxPayloadBytes}`,
    );
  }
  return bytes;
}

function handleGet(context: BatchContext, id: number, request: v1.GetRequest.$Properties): void {
  const waitMs = request.waitMs ?? 0;
  if (waitMs > MAX_WAIT_MS) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `wait_ms may be at most ${MAX_WAIT_MS}, got ${waitMs}`,
    );
  }
  if (request.next && request.afterSeq != null) {
    throw new RingwireError('INVALID_ARGUMENT', 'a GET takes after_seq or next, not both');
  }
  const mayWait = waitMs > 0 && context.hooks.canPark();
  const reply = answerGet(context.ops, context.session, request, mayWait);
  if (reply) context.out.getReply(id, reply);
  else context.hooks.park({ id, request });
}

/**
 * Reads what a GET asks for. With `mayWait`, a read in after or next mode that found nothing
 * new returns undefined instead of an empty reply, so the caller can wait and ask again.
 */
export function answerGet(
  ops: RingOps,
  session: Session,
  request: v1.GetRequest.$Properties,
  mayWait: boolean,
): GetReplyFields | undefined {
  const count = Math.min(Math.max(request.count ?? 0, 1), ops.store.capacity);
  const latest = !request.next && request.afterSeq == null;
  let read: ReadResult;
  if (latest) read = ops.readLatest(count);
  else if (request.next)
    read = ops.readAfter((session.cursor ??= ops.openCursor('oldest')).position, count);
  else read = ops.readAfter(uint64ToNumber(request.afterSeq), count);
  if (mayWait && !latest && read.messages.length === 0 && read.lost === 0) return undefined;

  const reply = fitInFrame(read, latest, session.maxFrameBytes);
  // The cursor moves past what this reply covers, not past what a longer read found.
  if (request.next) session.cursor?.advanceTo(reply.nextSeq - 1);
  return reply === read ? read : { ...reply, truncated: true };
}

/**
 * Drops messages that would push a reply past the frame limit: the oldest ones of a
 * latest-N read (the newest are what was asked for), the newest ones of an after-seq read
 * (next_seq then points at the first one dropped, so the reader continues there).
 */
function fitInFrame(read: ReadResult, latest: boolean, maxFrameBytes: number): ReadResult {
  const budget = maxFrameBytes - GET_REPLY_FIXED_BYTES;
  const { messages } = read;
  // Most replies are far below the limit: a cheap upper bound spares sizing each message.
  let bound = 0;
  for (const m of messages) bound += m.payloadLength + MESSAGE_OVERHEAD_BOUND;
  if (bound <= budget) return read;
  let used = 0;
  let kept = 0;
  for (; kept < messages.length; kept++) {
    const m = messages[latest ? messages.length - 1 - kept : kept];
    used += messageFieldBytes(m);
    if (used > budget) break;
  }
  if (kept === messages.length) return read;
  if (latest) return { ...read, messages: messages.slice(messages.length - kept) };
  return { ...read, messages: messages.slice(0, kept), nextSeq: messages[kept].seq };
}

function subscribe(
  context: BatchContext,
  request: v1.SubscribeRequest.$Properties,
): v1.SubscribeReply.$Properties {
  const { ops, session } = context;
  if (session.subscribed)
    throw new RingwireError('INVALID_ARGUMENT', 'already subscribed; unsubscribe first');
  const start = subscriptionStart(request);
  if (session.cursor) {
    ops.closeCursor(session.cursor);
  }
  session.cursor = ops.openCursor(start);
  session.subscribed = true;
  session.pushed.clear();
  context.hooks.subscriptionChanged();
  const startSeq = session.cursor.position + 1;
  // A from_seq past 2^53 - 1 is in the future and held as Infinity: echo the exact request.
  return { startSeq: Number.isFinite(startSeq) ? startSeq : (request.fromSeq as WireUint64) };
}

function subscriptionStart(request: v1.SubscribeRequest.$Properties): CursorStart {
  switch (request.start ?? 0) {
    case 0:
      return 'now';
    case 1:
      return 'oldest';
    case 2:
      return { seq: uint64ToNumber(request.fromSeq) };
    default:
      throw new RingwireError('INVALID_ARGUMENT', `unknown subscription start ${request.start}`);
  }
}

function stats(ops: RingOps, server: ServerStats): v1.StatsReply.$Properties {
  const { store } = ops;
  const held = store.messageCount > 0;
  return {
    uptimeMs: server.uptimeMs,
    connections: server.connections,
    subscribers: server.subscribers,
    requests: Object.fromEntries(server.requests),
    errors: Object.fromEntries(server.errors),
    ringCapacity: store.capacity,
    ringMessages: store.messageCount,
    ringBytes: store.payloadBytes,
    firstSeq: held ? (store.readAfter(0, 1).messages[0]?.seq ?? 0) : 0,
    lastSeq: held ? (store.readLatest(1).messages[0]?.seq ?? 0) : 0,
    overflow: ops.overflow,
  };
}

const EMPTY = new Uint8Array(0);
