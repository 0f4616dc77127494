/**
 * The core of a discrete-event simulation: a binary min-heap of timestamped events, and a clock
 * that jumps from one event to the next. Nothing waits in real time; a simulated second costs only
 * the events that happen in it.
 *
 * Events due at the same instant come out in the order they were scheduled (a sequence number
 * breaks the tie), so a seeded run replays identically in every browser and in Node.
 */

interface Entry<T> {
  time: number;
  seq: number;
  event: T;
}

const before = <T>(a: Entry<T>, b: Entry<T>) => a.time < b.time || (a.time === b.time && a.seq < b.seq);

export class EventQueue<T> {
  private readonly heap: Array<Entry<T>> = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, event: T): void {
    if (Number.isNaN(time)) throw new RangeError('An event needs a time, not NaN.');
    const heap = this.heap;
    const entry = { time, seq: this.nextSeq++, event };
    // Sift up: move the new entry's parent down until the entry fits.
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] as Entry<T>;
      if (!before(entry, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = entry;
  }

  /** The time of the earliest event, without removing it. */
  peekTime(): number | undefined {
    return this.heap[0]?.time;
  }

  pop(): { time: number; event: T } | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined) return undefined;
    const last = heap.pop() as Entry<T>;
    if (heap.length > 0) {
      // Sift down: move the last entry from the root to where both children come after it.
      let i = 0;
      const n = heap.length;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && before(heap[right] as Entry<T>, heap[left] as Entry<T>) ? right : left;
        if (!before(heap[child] as Entry<T>, last)) break;
        heap[i] = heap[child] as Entry<T>;
        i = child;
      }
      heap[i] = last;
    }
    return { time: top.time, event: top.event };
  }
}

/** A simulated clock over an event queue. Handlers schedule further events; the clock never runs backwards. */
export class Simulator<T> {
  private readonly queue = new EventQueue<T>();
  private clock = 0;
  private handled = 0;

  /** Simulated time of the event being handled (or of the last one). */
  get now(): number {
    return this.clock;
  }

  /** Events handled so far. */
  get eventsHandled(): number {
    return this.handled;
  }

  get pending(): number {
    return this.queue.size;
  }

  at(time: number, event: T): void {
    if (!(time >= this.clock)) throw new RangeError(`Cannot schedule an event at ${time}, before the clock (${this.clock}).`);
    this.queue.push(time, event);
  }

  after(delay: number, event: T): void {
    if (!(delay >= 0)) throw new RangeError(`A delay must be 0 or more, not ${delay}.`);
    this.queue.push(this.clock + delay, event);
  }

  /**
   * Handles events in time order until none are left, or until the next one is due after `until`
   * (it stays queued, and the clock stops at `until`).
   */
  run(handle: (event: T, sim: Simulator<T>) => void, until = Number.POSITIVE_INFINITY): void {
    for (;;) {
      const next = this.queue.peekTime();
      if (next === undefined) return;
      if (next > until) {
        this.clock = until;
        return;
      }
      const { time, event } = this.queue.pop()!;
      this.clock = time;
      this.handled++;
      handle(event, this);
    }
  }
}
