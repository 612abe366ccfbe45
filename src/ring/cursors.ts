/** Where one reader is: it has received every message up to and including `position`. */
export class Cursor {
  #position: number;
  /** Reject mode: when this cursor first held a write back; cleared when it moves. */
  heldBackSince: number | undefined;

  constructor(position: number) {
    this.#position = position;
  }

  get position(): number {
    return this.#position;
  }

  /** Moves forward only: a reader never un-receives a message. */
  advanceTo(position: number): void {
    if (position <= this.#position) return;
    this.#position = position;
    this.heldBackSince = undefined;
  }
}

/**
 * The cursors of all connected readers, for the lossless overflow policy: a message may be
 * overwritten only once every reader has received it, or once a reader has held writers back
 * for longer than the ring allows (it is then released: see releaseStalled).
 */
export class CursorSet {
  readonly #cursors = new Set<Cursor>();
  /** Cursors let go by releaseStalled; they rejoin when their reader reads on. */
  readonly #released = new Set<Cursor>();
  /** At most the lowest position: positions only grow, so it stays valid until a cursor joins. */
  #lowerBound = Infinity;

  get size(): number {
    return this.#cursors.size;
  }

  open(position: number): Cursor {
    const cursor = new Cursor(position);
    this.#join(cursor);
    return cursor;
  }

  close(cursor: Cursor): void {
    this.#cursors.delete(cursor);
    this.#released.delete(cursor);
  }

  /** True when every reader has received every message up to `seq`. Amortised O(1). */
  allReceived(seq: number): boolean {
    if (this.#released.size > 0) this.#rejoinMoved();
    if (this.#lowerBound >= seq) return true;
    let lowest = Infinity;
    for (const cursor of this.#cursors) lowest = Math.min(lowest, cursor.position);
    this.#lowerBound = lowest;
    return lowest >= seq;
  }

  /**
   * Called when writing past `seq` is refused: cursors behind it start their clock, and those
   * that have held writers back for `maxLagMs` without moving are released. A released
   * reader no longer holds writers back; when it reads on it learns what it lost (the read
   * reports it) and rejoins from there.
   */
  releaseStalled(seq: number, nowMs: number, maxLagMs: number): void {
    for (const cursor of this.#cursors) {
      if (cursor.position >= seq) continue;
      cursor.heldBackSince ??= nowMs;
      if (nowMs - cursor.heldBackSince < maxLagMs) continue;
      this.#cursors.delete(cursor);
      this.#released.add(cursor);
    }
  }

  #join(cursor: Cursor): void {
    this.#cursors.add(cursor);
    this.#lowerBound = Math.min(this.#lowerBound, cursor.position);
  }

  /** A released cursor that moved (its reader read on, learning what it lost) is protected again. */
  #rejoinMoved(): void {
    for (const cursor of this.#released) {
      if (cursor.heldBackSince !== undefined) continue;
      this.#released.delete(cursor);
      this.#join(cursor);
    }
  }
}
