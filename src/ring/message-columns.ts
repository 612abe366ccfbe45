/**
 * A read of the latest messages laid out by column, oldest first: what a GET reply's encoder
 * needs, without an object per message. Message i's payload is `payloadSources[i]` from
 * `payloadStarts[i]` to `payloadEnds[i]`, a range of the store's own bytes, and its sender is
 * UTF-8. One instance is reused by every columnar read: it is valid until the next one.
 */
export class MessageColumns {
  count = 0;
  seqs = new Float64Array(INITIAL_ROWS);
  timestamps = new Float64Array(INITIAL_ROWS);
  /** 0 for a message never updated. */
  updatedMs = new Float64Array(INITIAL_ROWS);
  readonly senders: Uint8Array[] = [];
  readonly payloadSources: Uint8Array[] = [];
  payloadStarts = new Uint32Array(INITIAL_ROWS);
  payloadEnds = new Uint32Array(INITIAL_ROWS);
  /** As in ReadResult. A latest-N read loses nothing: `lost` is always 0. */
  readonly lost = 0;
  deleted = 0;
  oldestSeq = 0;
  nextSeq = 0;

  /** Empties the columns and makes room for `rows` messages. */
  reset(rows: number): void {
    this.count = 0;
    if (rows <= this.seqs.length) return;
    const length = Math.max(rows, this.seqs.length * 2);
    this.seqs = new Float64Array(length);
    this.timestamps = new Float64Array(length);
    this.updatedMs = new Float64Array(length);
    this.payloadStarts = new Uint32Array(length);
    this.payloadEnds = new Uint32Array(length);
  }

  push(
    seq: number,
    timestampMs: number,
    updatedMs: number,
    sender: Uint8Array,
    payloadSource: Uint8Array,
    payloadStart: number,
    payloadEnd: number,
  ): void {
    const row = this.count++;
    this.seqs[row] = seq;
    this.timestamps[row] = timestampMs;
    this.updatedMs[row] = updatedMs;
    this.senders[row] = sender;
    this.payloadSources[row] = payloadSource;
    this.payloadStarts[row] = payloadStart;
    this.payloadEnds[row] = payloadEnd;
  }

  /** Payload bytes of all rows. */
  payloadBytes(): number {
    let bytes = 0;
    for (let row = 0; row < this.count; row++)
      bytes += this.payloadEnds[row] - this.payloadStarts[row];
    return bytes;
  }
}

const INITIAL_ROWS = 64;
