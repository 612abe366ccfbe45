/**
 * The seqs one subscription has pushed, from the first to the last. Pushes go out in
 * increasing seq order, so two numbers say which messages the subscriber has: only those
 * are followed by `updated` and `deleted` pushes, and the last is UnsubscribeReply.last_seq.
 */
export class PushedSeqs {
  #first = 0;
  #last = 0;

  /** The last seq pushed; 0 when none was. */
  get last(): number {
    return this.#last;
  }

  /** Messages `first` to `last` (or some of them, the others deleted) were just pushed. */
  add(first: number, last: number): void {
    if (this.#first === 0) this.#first = first;
    this.#last = last;
  }

  includes(seq: number): boolean {
    return this.#first !== 0 && seq >= this.#first && seq <= this.#last;
  }

  /** A new subscription starts with nothing pushed. */
  clear(): void {
    this.#first = this.#last = 0;
  }
}
