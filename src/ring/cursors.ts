/** Where one reader is: it has received every message up to and including `position`. */
export class Cursor {
  #position: number;

  constructor(position: number) {
    this.#position = position;
  }

  get position(): number {
    return this.#position;
  }

  /** Moves forward only: a reader never un-receives a message. */
  advanceTo(position: number): void {
    if (position > this.#position) this.#position = position;
  }
}

/**
 * The cursors of all connected readers, for the lossless overflow policy: a message may be
 * overwritten only once every reader has received it.
 */
export class CursorSet {
  readonly #cursors = new Set<Cursor>();
  /** At most the lowest position: positions only grow, so it stays valid until a cursor opens. */
  #lowerBound = Infinity;

  get size(): number {
    return this.#cursors.size;
  }

  open(position: number): Cursor {
    const cursor = new Cursor(position);
    this.#cursors.add(cursor);
    this.#lowerBound = Math.min(this.#lowerBound, position);
    return cursor;
  }

  close(cursor: Cursor): void {
    this.#cursors.delete(cursor);
  }

  /** True when every reader has received every message up to `seq`. Amortised O(1). */
  allReceived(seq: number): boolean {
    if (this.#lowerBound >= seq) return true;
    let lowest = Infinity;
    for (const cursor of this.#cursors) lowest = Math.min(lowest, cursor.position);
    this.#lowerBound = lowest;
    return lowest >= seq;
  }
}
