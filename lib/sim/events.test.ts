import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { EventQueue, Simulator } from './events';

describe('the event queue (a binary min-heap)', () => {
  it('pops 10,000 random times in sorted order', () => {
    const rng = createRng(7);
    const queue = new EventQueue<number>();
    const times = Array.from({ length: 10_000 }, () => Math.floor(rng.next() * 1000) / 10);
    times.forEach((t, i) => queue.push(t, i));
    const popped: number[] = [];
    for (let e = queue.pop(); e; e = queue.pop()) popped.push(e.time);
    expect(popped).toEqual([...times].sort((a, b) => a - b));
    expect(queue.size).toBe(0);
  });

  it('keeps events due at the same time in the order they were scheduled', () => {
    const queue = new EventQueue<string>();
    queue.push(5, 'b1');
    queue.push(1, 'a');
    queue.push(5, 'b2');
    queue.push(3, 'c');
    queue.push(5, 'b3');
    const order: string[] = [];
    for (let e = queue.pop(); e; e = queue.pop()) order.push(e.event);
    expect(order).toEqual(['a', 'c', 'b1', 'b2', 'b3']);
  });

  it('stays ordered when pushes and pops interleave', () => {
    const rng = createRng(11);
    const queue = new EventQueue<null>();
    let last = -Infinity;
    let clock = 0;
    for (let step = 0; step < 5000; step++) {
      if (queue.size === 0 || rng.next() < 0.55) queue.push(clock + rng.next() * 10, null);
      else {
        const e = queue.pop()!;
        expect(e.time).toBeGreaterThanOrEqual(last);
        last = e.time;
        clock = e.time; // like a simulation: later events are scheduled from the current time
      }
    }
    expect(queue.peekTime() === undefined || queue.peekTime()! >= last).toBe(true);
  });

  it('refuses an event without a time', () => {
    expect(() => new EventQueue<null>().push(Number.NaN, null)).toThrow(RangeError);
  });
});

describe('the simulator', () => {
  it('advances its clock from event to event, and handlers schedule further events', () => {
    const sim = new Simulator<{ name: string }>();
    const seen: Array<[number, string]> = [];
    sim.at(10, { name: 'first' });
    sim.run((event, s) => {
      seen.push([s.now, event.name]);
      if (event.name === 'first') {
        s.after(5, { name: 'second' });
        s.after(0, { name: 'same instant' });
      }
    });
    expect(seen).toEqual([
      [10, 'first'],
      [10, 'same instant'],
      [15, 'second'],
    ]);
    expect(sim.eventsHandled).toBe(3);
  });

  it('stops at `until`, leaving later events queued', () => {
    const sim = new Simulator<number>();
    for (const t of [1, 2, 3, 8, 9]) sim.at(t, t);
    const seen: number[] = [];
    sim.run((t) => seen.push(t), 5);
    expect(seen).toEqual([1, 2, 3]);
    expect(sim.now).toBe(5);
    expect(sim.pending).toBe(2);
    sim.run((t) => seen.push(t));
    expect(seen).toEqual([1, 2, 3, 8, 9]);
  });

  it('never lets an event be scheduled in the past', () => {
    const sim = new Simulator<null>();
    sim.at(10, null);
    sim.run(() => {
      expect(() => sim.at(9, null)).toThrow(/before the clock/);
      expect(() => sim.after(-1, null)).toThrow(RangeError);
    });
  });
});
