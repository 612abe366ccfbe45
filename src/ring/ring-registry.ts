import { RingwireError } from '../errors';
import { DEFAULT_RING, invalidRingName, isValidRingName } from '../protocol/ring-name';
import type { MessageStore } from './message-store';
import {
  Ring,
  type OverflowPolicy,
  type RingJournal,
  type RingListener,
  type RingReplica,
} from './ring';
import { RingBuffer } from './ring-buffer';

/** A ring's bounds and overflow policy. */
export interface RingSettings {
  readonly capacity: number;
  readonly maxBytes: number;
  readonly overflow: OverflowPolicy;
}

export interface RingRegistryOptions {
  /** Bounds of rings created on first use, and of `default` unless declared. */
  readonly defaults: RingSettings;
  /** Rings held at most, `default` included. */
  readonly maxRings: number;
  /** The sum of every ring's maxBytes may not pass this. */
  readonly maxTotalBytes: number;
  /** Create a ring the first time a SET, GET or SUBSCRIBE names it. */
  readonly autoCreate: boolean;
  /** See Ring: how long a reject-mode reader may hold writers back. */
  readonly maxReaderLagMs: number;
  /** The listener of a new ring. */
  listenerFor(name: string): RingListener;
  /** The store of `default`, when not an in-memory ring (tests). */
  readonly defaultStore?: MessageStore;
  /** Where a ring writes its changes (--data-dir); none keeps it in memory only. */
  journalFor?(name: string, settings: RingSettings): RingJournal;
  /** The shared stream a ring replicates (--store nats://); none keeps it on this server only. */
  replicaFor?(name: string, settings: RingSettings): RingReplica;
}

/** The name a request's `ring` field means: empty is `default`; anything invalid throws INVALID_ARGUMENT. */
export function ringName(field: string | null | undefined): string {
  if (!field) return DEFAULT_RING;
  if (isValidRingName(field)) return field;
  throw invalidRingName(field);
}

/**
 * Every ring of a server by name. Rings are created at start (declared) or on first use, each
 * checked against the server's limits before anything is allocated, and never removed. The
 * names are kept sorted (byte order: names are ASCII) for LIST_RINGS.
 */
export class RingRegistry {
  readonly #options: RingRegistryOptions;
  readonly #rings = new Map<string, Ring>();
  readonly #sortedNames: string[] = [];
  #totalMaxBytes = 0;

  /** `declared` rings first (a `default` among them gets its own bounds), then `default`. */
  constructor(
    options: RingRegistryOptions,
    declared: readonly (RingSettings & { readonly name: string })[] = [],
  ) {
    this.#options = options;
    for (const { name, ...settings } of declared) {
      if (this.#rings.has(name)) {
        throw new RingwireError('INVALID_ARGUMENT', `ring ${name} is declared twice`);
      }
      this.#create(ringName(name), settings);
    }
    if (!this.#rings.has(DEFAULT_RING)) this.#create(DEFAULT_RING, options.defaults);
  }

  get default(): Ring {
    return this.#rings.get(DEFAULT_RING) as Ring;
  }

  get size(): number {
    return this.#rings.size;
  }

  /** The sum of every ring's byte bound. */
  get totalMaxBytes(): number {
    return this.#totalMaxBytes;
  }

  /** Every ring, in byte order of name. */
  *[Symbol.iterator](): IterableIterator<Ring> {
    for (const name of this.#sortedNames) yield this.#rings.get(name) as Ring;
  }

  /** The rings whose names sort after `afterName`, in order. */
  *after(afterName: string): IterableIterator<Ring> {
    const names = this.#sortedNames;
    for (let i = upperBound(names, afterName); i < names.length; i++) {
      yield this.#rings.get(names[i]) as Ring;
    }
  }

  /**
   * The ring a SET, GET or SUBSCRIBE names, created on first use: RING_NOT_FOUND without
   * auto-create, RING_LIMIT past the server's limits.
   */
  use(field: string | null | undefined): Ring {
    // A name held is valid: the common case skips the check.
    const ring = this.#rings.get(field || DEFAULT_RING);
    if (ring) return ring;
    const name = ringName(field);
    if (!this.#options.autoCreate) throw ringNotFound(name);
    return this.#create(name, this.#options.defaults);
  }

  /**
   * A ring found in the data directory or the shared store at start: created like a ring on first use (with the
   * default bounds unless declared), whether or not auto-create is on.
   */
  restore(name: string): Ring {
    return this.#rings.get(name) ?? this.#create(ringName(name), this.#options.defaults);
  }

  /**
   * The ring an UPDATE or DELETE names; never created: a ring that does not exist holds no
   * seq (NOT_FOUND), or, without auto-create, is RING_NOT_FOUND.
   */
  existing(field: string | null | undefined, seq: number): Ring {
    const ring = this.#rings.get(field || DEFAULT_RING);
    if (ring) return ring;
    const name = ringName(field);
    if (!this.#options.autoCreate) throw ringNotFound(name);
    throw new RingwireError('NOT_FOUND', `seq ${seq} is not held: ring ${name} does not exist`);
  }

  #create(name: string, settings: RingSettings): Ring {
    const { maxRings, maxTotalBytes } = this.#options;
    if (this.#rings.size >= maxRings) {
      throw new RingwireError(
        'RING_LIMIT',
        `cannot create ring ${name}: the server holds its maximum of ${maxRings} rings`,
      );
    }
    if (this.#totalMaxBytes + settings.maxBytes > maxTotalBytes) {
      throw new RingwireError(
        'RING_LIMIT',
        `cannot create ring ${name}: its ${settings.maxBytes} bytes would take the rings' byte bounds past the server's total of ${maxTotalBytes}`,
      );
    }
    const store =
      name === DEFAULT_RING && this.#options.defaultStore
        ? this.#options.defaultStore
        : new RingBuffer(settings);
    const replica = this.#options.replicaFor?.(name, settings);
    const ring = new Ring(store, {
      name,
      overflow: settings.overflow,
      listener: this.#options.listenerFor(name),
      maxReaderLagMs: this.#options.maxReaderLagMs,
      journal: this.#options.journalFor?.(name, settings),
      replica,
    });
    replica?.serve(ring);
    this.#rings.set(name, ring);
    this.#sortedNames.splice(upperBound(this.#sortedNames, name), 0, name);
    this.#totalMaxBytes += settings.maxBytes;
    return ring;
  }
}

function ringNotFound(name: string): RingwireError {
  return new RingwireError(
    'RING_NOT_FOUND',
    `ring ${name} does not exist and this server creates no rings on first use`,
  );
}

/** The index of the first name that sorts after `name`. */
function upperBound(names: readonly string[], name: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle] <= name) low = middle + 1;
    else high = middle;
  }
  return low;
}
