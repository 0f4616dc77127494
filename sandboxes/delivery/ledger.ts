import type { Mode } from './model';

/** At most this many exact ids are kept per outcome; the rest are counted. */
export const MAX_IDS = 40;

export interface IdList {
  ids: number[];
  /** Ids of this outcome beyond the ones listed. */
  more: number;
}

/** What happened to every message the producer meant to send, judged against the ground truth m-1 … m-N. */
export interface Reconciliation {
  once: number;
  duplicated: IdList;
  lost: IdList;
  dlq: IdList;
  dropped: IdList;
  /** Rows in the sink beyond one per message (the cost of duplicates). */
  extraRows: number;
  /** Writes that found the id already there and changed nothing (idempotent sink only). */
  absorbed: number;
  /** Messages in the sink exactly once that also sit in the DLQ (processed twice, once failing). */
  onceAndInDlq: number;
}

/**
 * The sink and its ground truth. An append sink adds a row for every write; the idempotent sink
 * upserts by message id, so a repeated write finds its row and changes nothing. The offsets-in-the-sink
 * mode stages writes in a transaction that commits with the offsets or not at all.
 */
export class Ledger {
  readonly rows: Int32Array;
  readonly writes: Int32Array;
  readonly dlqCount: Int32Array;
  readonly dropped: Uint8Array;
  /** Each consumer's open sink transaction (transactional mode): ids, negative when replayed. */
  private readonly pending = new Map<number, number[]>();
  totalRows = 0;
  /** Rows added by a replayed write for a message already in the sink. */
  extraFromReplay = 0;

  constructor(
    readonly messages: number,
    private readonly mode: Mode,
  ) {
    this.rows = new Int32Array(messages + 1);
    this.writes = new Int32Array(messages + 1);
    this.dlqCount = new Int32Array(messages + 1);
    this.dropped = new Uint8Array(messages + 1);
  }

  /** A successful sink write (staged until the transaction commits in the transactional mode). */
  write(id: number, replayed: boolean, consumer: number): void {
    if (this.mode !== 'transactional') return this.apply(id, replayed);
    const open = this.pending.get(consumer) ?? [];
    open.push(replayed ? -id : id);
    this.pending.set(consumer, open);
  }

  private apply(id: number, replayed: boolean): void {
    this.writes[id]! += 1;
    if (this.mode === 'idempotent' && this.rows[id]! > 0) return;
    if (replayed && this.rows[id]! > 0) this.extraFromReplay++;
    this.rows[id]! += 1;
    this.totalRows++;
  }

  /** The sink transaction commits (with the offsets, in the caller). */
  commitPending(consumer: number): void {
    for (const signed of this.pending.get(consumer) ?? []) this.apply(Math.abs(signed), signed < 0);
    this.pending.delete(consumer);
  }

  /** The sink transaction is rolled back (a crash, or a fenced zombie); returns the writes undone. */
  abortPending(consumer: number): number {
    const n = this.pending.get(consumer)?.length ?? 0;
    this.pending.delete(consumer);
    return n;
  }

  reconcile(): Reconciliation {
    const lists = { duplicated: [] as number[], lost: [] as number[], dlq: [] as number[], dropped: [] as number[] };
    const counts = { duplicated: 0, lost: 0, dlq: 0, dropped: 0 };
    const push = (kind: keyof typeof lists, id: number) => {
      counts[kind]++;
      if (lists[kind].length < MAX_IDS) lists[kind].push(id);
    };
    let once = 0;
    let extraRows = 0;
    let absorbed = 0;
    let onceAndInDlq = 0;
    for (let id = 1; id <= this.messages; id++) {
      const rows = this.rows[id]!;
      absorbed += this.writes[id]! - rows;
      if (rows === 1) {
        once++;
        if (this.dlqCount[id]! > 0) onceAndInDlq++;
      } else if (rows > 1) {
        push('duplicated', id);
        extraRows += rows - 1;
      } else if (this.dropped[id]) push('dropped', id);
      else if (this.dlqCount[id]! > 0) push('dlq', id);
      else push('lost', id);
    }
    const list = (kind: keyof typeof lists): IdList => ({ ids: lists[kind], more: counts[kind] - lists[kind].length });
    return { once, duplicated: list('duplicated'), lost: list('lost'), dlq: list('dlq'), dropped: list('dropped'), extraRows, absorbed, onceAndInDlq };
  }
}

export const countOf = (list: IdList) => list.ids.length + list.more;
