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
import type { CursorStart, HeldReply, Ring, RingFigures, RingOps } from '../ring/ring';
import type { RingRegistry } from '../ring/ring-registry';
import type { PersistenceFigures } from '../store/persistence';
import type { RingReader } from './reader';
import { REQUEST_NAMES, type ServerCounters, type ServerStats } from './stats';

/** What request handlers know and keep about the connection they serve. */
export interface Session {
  readonly clientName: string;
  readonly maxFrameBytes: number;
  readonly maxPayloadBytes: number;
  /** Open subscriptions by id. */
  readonly subscriptions: Map<number, RingReader>;
  /** The id of the next subscription: per connection, from 1, never reused. */
  nextSubscriptionId: number;
}

/** A GET (after or next mode) that found nothing new and waits up to its wait_ms for a message. */
export interface ParkedGet {
  readonly id: number;
  readonly request: v1.GetRequest.$Properties;
}

/** A ring as LIST_RINGS describes it. */
export interface RingListing extends RingFigures {
  readonly name: string;
  readonly subscribers: number;
}

/** What a request may ask of its connection and server beyond the ring. */
export interface SessionHooks {
  /**
   * The connection's reader of `ring` (its cursor, subscription and parked GETs there),
   * created on first need: RING_LIMIT when the connection already reads max-rings-per-connection rings.
   */
  readerOf(ring: Ring): RingReader;
  /** False when the connection has max-parked-gets GETs waiting: answer this one at once. */
  canPark(): boolean;
  serverStats(): ServerStats;
  /** The rings whose names sort after `afterName`, in order. */
  ringsAfter(afterName: string): Iterable<RingListing>;
}

/** Everything one batch of requests shares while it runs under its rings' locks. */
export interface BatchContext {
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

/**
 * The ring a request names, created if it is a SET, GET or SUBSCRIBE of a new ring (see
 * RingRegistry); undefined for requests of no ring; the error to answer when the name is
 * invalid or the ring cannot be had.
 */
export function ringOf(
  registry: RingRegistry,
  frame: ClientFrame,
): Ring | RingwireError | undefined {
  try {
    switch (frame.body) {
      case 'set':
        return registry.use(frame.set.ring);
      case 'get':
        return registry.use(frame.get.ring);
      case 'subscribe':
        return registry.use(frame.subscribe.ring);
      case 'update':
        return registry.existing(frame.update.ring, uint64ToNumber(frame.update.seq));
      case 'delete':
        return registry.existing(frame.delete.ring, uint64ToNumber(frame.delete.seq));
      default:
        return undefined;
    }
  } catch (error) {
    if (error instanceof RingwireError) return error;
    throw error;
  }
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
 * Answers one request of a ready connection. `ring` is what `ringOf` found for it; the batch
 * holds that ring's lock. Every failure becomes an error reply, so it never throws.
 */
export function handleRequest(
  context: BatchContext,
  frame: ClientFrame,
  ring: Ring | RingwireError | undefined,
): void {
  const { session, out } = context;
  const id = frame.id;
  try {
    if (id === 0) throw new RingwireError('INVALID_ARGUMENT', 'request id must not be 0');
    if (frame.body) context.counters.request(REQUEST_NAMES[frame.body]);
    if (ring instanceof RingwireError) throw ring;
    const replyStart = out.byteLength;
    switch (frame.body) {
      case 'set': {
        const ops = opsOf(ring);
        const payload = checkPayload(session, frame.set.payload);
        if (ops.replicated) {
          // A stand-in: the seq comes with the stream's ack (see settleSetReply).
          out.setReply(id, 0, context.nowMs);
          ops.publish(payload, session.clientName, context.nowMs, {
            ...heldReply(context, id, replyStart),
            settle: settleSetReply,
          });
          return;
        }
        const seq = ops.append(payload, session.clientName, context.nowMs);
        out.setReply(id, seq, context.nowMs);
        takeBackOnCommitFailure(context, ops, id, replyStart);
        return;
      }
      case 'get': {
        handleGet(context, id, frame.get, ring as Ring);
        // A read of latest messages or after a seq may show writes whose commit is in flight:
        // it stands or falls with them. (GET next reads committed messages only; a parked
        // GET wrote nothing yet.)
        if (out.byteLength > replyStart && !frame.get.next)
          takeBackOnCommitFailure(context, opsOf(ring), id, replyStart);
        return;
      }
      case 'subscribe':
        out.add({ id, subscribe: subscribe(context, frame.subscribe, ring as Ring) });
        return;
      case 'unsubscribe':
        out.add({ id, unsubscribe: { lastSeq: unsubscribe(session, frame.unsubscribe) } });
        return;
      case 'update': {
        const seq = uint64ToNumber(frame.update.seq);
        const payload = checkPayload(session, frame.update.payload);
        const ops = opsOf(ring);
        if (ops.replicated) {
          ops.checkChange(seq, payload);
          out.add({ id, update: { seq, updatedMs: context.nowMs } });
          ops.publishChange(seq, payload, context.nowMs, heldReply(context, id, replyStart));
          return;
        }
        const message = ops.update(seq, payload, context.nowMs);
        out.add({ id, update: { seq, updatedMs: message.updatedMs } });
        takeBackOnCommitFailure(context, ops, id, replyStart);
        return;
      }
      case 'delete': {
        const seq = uint64ToNumber(frame.delete.seq);
        const ops = opsOf(ring);
        if (ops.replicated) {
          ops.checkChange(seq, undefined);
          out.add({ id, delete: { seq } });
          ops.publishChange(seq, undefined, context.nowMs, heldReply(context, id, replyStart));
          return;
        }
        ops.delete(seq);
        out.add({ id, delete: { seq } });
        takeBackOnCommitFailure(context, ops, id, replyStart);
        return;
      }
      case 'ping':
        out.add({ id, ping: { serverTimeMs: context.nowMs } });
        return;
      case 'stats':
        out.add({ id, stats: stats(context.hooks.serverStats()) });
        return;
      case 'listRings':
        out.add({ id, listRings: listRings(context, frame.listRings.afterName ?? '') });
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

/**
 * A durable ring's write (or a read that may show writes in flight) is answered before its
 * commit settles; the reply leaves only after it (the connection holds its output until the
 * batch's commits settle). If the commit fails, the reply, which began at `start`, becomes
 * STORE_UNAVAILABLE. An in-memory ring's replies stand as they are.
 */
function takeBackOnCommitFailure(
  context: BatchContext,
  ops: RingOps,
  id: number,
  start: number,
): void {
  if (ops.durable) ops.onCommitFailure(context, takeBackReply, start, context.out.byteLength, id);
}

function takeBackReply(
  context: BatchContext,
  start: number,
  end: number,
  id: number,
  error: RingwireError,
): void {
  context.out.replace(start, end, errorFrame(id, error));
  context.counters.error(error.code);
}

/** A replicated ring's SET reply gets its seq, or becomes the error, once the publish settles. */
function settleSetReply(
  context: BatchContext,
  start: number,
  end: number,
  id: number,
  outcome: number | RingwireError,
): void {
  if (outcome instanceof RingwireError) return takeBackReply(context, start, end, id, outcome);
  context.out.replace(start, end, { id, set: { seq: outcome, timestampMs: context.nowMs } });
}

/**
 * The reply to request `id` just added from `start`, held until its replicated write settles:
 * it stands as written, or becomes the error.
 */
function heldReply(context: BatchContext, id: number, start: number): HeldReply<BatchContext> {
  return { target: context, settle: takeBackOnFailure, start, end: context.out.byteLength, id };
}

function takeBackOnFailure(
  context: BatchContext,
  start: number,
  end: number,
  id: number,
  outcome: number | RingwireError,
): void {
  if (outcome instanceof RingwireError) takeBackReply(context, start, end, id, outcome);
}

function opsOf(ring: Ring | undefined): RingOps {
  return (ring as Ring).ops;
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

function handleGet(
  context: BatchContext,
  id: number,
  request: v1.GetRequest.$Properties,
  ring: Ring,
): void {
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
  if (
    !request.next &&
    request.afterSeq == null &&
    answerLatestByColumns(context, id, request, ring)
  ) {
    return;
  }
  const { hooks } = context;
  const mayWait = waitMs > 0 && hooks.canPark();
  const reader = request.next ? hooks.readerOf(ring) : undefined;
  const reply = answerGet(ring.ops, context.session, reader, request, mayWait);
  if (reply) context.out.getReply(id, reply);
  else (reader ?? hooks.readerOf(ring)).park({ id, request });
}

/**
 * Reads what a GET asks for; next mode reads from (and moves) the cursor of `reader`. With
 * `mayWait`, a read in after or next mode that found nothing new returns undefined instead
 * of an empty reply, so the caller can wait and ask again.
 */
export function answerGet(
  ops: RingOps,
  session: Session,
  reader: { cursor: Cursor | undefined } | undefined,
  request: v1.GetRequest.$Properties,
  mayWait: boolean,
): GetReplyFields | undefined {
  const count = getCount(request, ops);
  const latest = !request.next && request.afterSeq == null;
  let cursor: Cursor | undefined;
  let read: ReadResult;
  if (latest) read = ops.readLatest(count);
  else if (request.next && reader) {
    cursor = reader.cursor ??= ops.openCursor('oldest');
    read = ops.readAfter(cursor.position, count);
  } else {
    // A request's read may show writes in flight (its reply waits for them); a parked GET,
    // answered later from its reader, shows committed messages only.
    read = ops.readAfter(uint64ToNumber(request.afterSeq), count, reader === undefined);
  }
  if (mayWait && !latest && read.messages.length === 0 && read.lost === 0) return undefined;

  const reply = fitInFrame(read, latest, session.maxFrameBytes);
  // The cursor moves past what this reply covers, not past what a longer read found.
  cursor?.advanceTo(reply.nextSeq - 1);
  return reply === read ? read : { ...reply, truncated: true };
}

/**
 * Answers a latest-N GET from a columnar read, without an object per message, unless the
 * reply could pass the frame limit: false then, and `answerGet` reads and trims it.
 */
function answerLatestByColumns(
  context: BatchContext,
  id: number,
  request: v1.GetRequest.$Properties,
  ring: Ring,
): boolean {
  const read = ring.ops.readLatestColumns(getCount(request, ring.ops));
  const bound = read.payloadBytes() + read.count * MESSAGE_OVERHEAD_BOUND;
  if (bound > context.session.maxFrameBytes - GET_REPLY_FIXED_BYTES) return false;
  context.out.getReplyColumns(id, read);
  return true;
}

/** The messages a GET asks for: at least 1, at most what the ring holds. */
function getCount(request: v1.GetRequest.$Properties, ops: RingOps): number {
  return Math.min(Math.max(request.count ?? 0, 1), ops.store.capacity);
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
  ring: Ring,
): v1.SubscribeReply.$Properties {
  const { session } = context;
  const start = subscriptionStart(request);
  const reader = context.hooks.readerOf(ring);
  if (reader.subscribed) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `already subscribed to ring ${ring.name}; unsubscribe first`,
    );
  }
  const { ops } = ring;
  if (reader.cursor) ops.closeCursor(reader.cursor);
  reader.cursor = ops.openCursor(start);
  reader.subscriptionId = session.nextSubscriptionId++;
  session.subscriptions.set(reader.subscriptionId, reader);
  reader.pushed.clear();
  reader.subscriptionChanged();
  const startSeq = reader.cursor.position + 1;
  return {
    // A from_seq past 2^53 - 1 is in the future and held as Infinity: echo the exact request.
    startSeq: Number.isFinite(startSeq) ? startSeq : (request.fromSeq as WireUint64),
    subscriptionId: reader.subscriptionId,
  };
}

/**
 * Ends a subscription and returns the last seq it pushed. Id 0 means the connection's only
 * subscription (version 1): none is no error (0), several must be named.
 */
function unsubscribe(session: Session, request: v1.UnsubscribeRequest.$Properties): number {
  const { subscriptions } = session;
  const id = request.subscriptionId ?? 0;
  let reader: RingReader | undefined;
  if (id !== 0) {
    reader = subscriptions.get(id);
    if (!reader) throw new RingwireError('NOT_FOUND', `no open subscription ${id}`);
  } else if (subscriptions.size > 1) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `name the subscription: this connection has ${subscriptions.size}`,
    );
  } else {
    reader = subscriptions.values().next().value;
    if (!reader) return 0;
  }
  subscriptions.delete(reader.subscriptionId);
  reader.subscriptionId = 0;
  reader.subscriptionChanged();
  return reader.pushed.last;
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

function stats(server: ServerStats): v1.StatsReply.$Properties {
  const ring = server.defaultRing;
  return {
    uptimeMs: server.uptimeMs,
    connections: server.connections,
    subscribers: server.subscribers,
    requests: Object.fromEntries(server.requests),
    errors: Object.fromEntries(server.errors),
    ringCapacity: ring.capacity,
    ringMessages: ring.messages,
    ringBytes: ring.bytes,
    firstSeq: ring.firstSeq,
    lastSeq: ring.lastSeq,
    overflow: ring.overflow,
    rings: server.rings,
    totalMessages: server.totalMessages,
    totalBytes: server.totalBytes,
    ...(server.persistence && persistenceStats(server.persistence)),
  };
}

/** What STATS says of the data dir (the per-ring figures are /metrics's). */
function persistenceStats(figures: PersistenceFigures) {
  const { dataDir, fsync, logBytes, lastFsyncMs, recovery } = figures;
  return { dataDir, fsync, logBytes, lastFsyncMs, recovery };
}

/**
 * The most one RingInfo adds to a reply: its tag and length, a name of 64 bytes, and every
 * number field at its largest, and "overwrite".
 */
const RING_INFO_BOUND = 1 + 2 + (2 + 64) + 6 + 11 + (2 + 9) + 11 + 11 + 11 + 11 + 6 + 11;
/** The id, the `list_rings` field's tag and length, and `truncated`. */
const LIST_RINGS_FIXED_BYTES = 6 + 6 + 2;

/** As many rings after `afterName` as surely fit in one frame; `truncated` when more follow. */
function listRings(context: BatchContext, afterName: string): v1.ListRingsReply.$Properties {
  const room = Math.floor(
    (context.session.maxFrameBytes - LIST_RINGS_FIXED_BYTES) / RING_INFO_BOUND,
  );
  const rings: v1.RingInfo.$Properties[] = [];
  for (const ring of context.hooks.ringsAfter(afterName)) {
    if (rings.length === room) return { rings, truncated: true };
    rings.push(ring);
  }
  return { rings, truncated: false };
}

const EMPTY = new Uint8Array(0);
