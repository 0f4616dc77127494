import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { linkWithParams, MAX_SCRIPT_CODE_LENGTH, readUrlParams } from '@/lib/sandbox/urlState';
import { definition } from './definition';
import { defaultWindowsParams, MAX_EVENTS, MAX_TIME, SANDBOX_ID, windowsParamsSchema, type Move, type WindowsParams } from './model';
import { describeMove, lastMoveOf, withMove } from './moves';

const move = (event: number, time: number, arrival: number): Move => ({ kind: 'move', event, time, arrival });
const versions = { edits: definition.controls.edits.scriptVersion! };

describe('moving events from the timeline and the editor', () => {
  const original = { time: 5, arrival: 6 };

  it('adds a move at the end, replaces an event’s move where it stands, and drops it back at the generated times', () => {
    const script = [move(1, 2, 3), move(4, 9, 12)];
    expect(withMove(script, move(7, 1, 1), original)).toEqual([move(1, 2, 3), move(4, 9, 12), move(7, 1, 1)]);
    expect(withMove(script, move(1, 8, 9), original)).toEqual([move(1, 8, 9), move(4, 9, 12)]);
    expect(withMove(script, move(4, 5, 6), original)).toEqual([move(1, 2, 3)]);
    // A script written by hand may move an event twice: the timeline's move replaces both, at the first's place.
    expect(withMove([move(4, 1, 1), move(2, 2, 2), move(4, 3, 3)], move(4, 7, 8), original)).toEqual([move(4, 7, 8), move(2, 2, 2)]);
  });

  it('reads where the script leaves an event: its last move', () => {
    expect(lastMoveOf([move(4, 1, 1), move(2, 2, 2), move(4, 3, 3)], 4)).toEqual(move(4, 3, 3));
    expect(lastMoveOf([move(4, 1, 1)], 5)).toBeNull();
    expect(describeMove(move(7, 12, 15))).toBe('Move event 7 to minute 12, arriving at minute 15');
  });
});

describe('the moves in a link', () => {
  const read = (link: string) => readUrlParams(SANDBOX_ID, windowsParamsSchema, defaultWindowsParams, new URL(link).search, versions);

  it('round-trips 30 moves through one key', async () => {
    const edits = Array.from({ length: 30 }, (_, i) => move(i + 1, (i * 7) % 60, ((i * 7) % 60) + (i % 5)));
    const params: WindowsParams = { ...defaultWindowsParams, events: 60, span: 60, edits };
    const link = await linkWithParams(SANDBOX_ID, params, 'https://book.example/chapters/fundamentals/', versions);
    const value = new URL(link).searchParams.get('windows.edits')!;
    expect(value.startsWith('~')).toBe(true);
    expect([...new URL(link).searchParams.keys()].filter((k) => k.startsWith('windows.edits'))).toEqual(['windows.edits']);
    expect(await read(link)).toEqual({ kind: 'ok', params });
  });

  it('fits a move of every event, at random minutes, within the link limit', async () => {
    const rng = createRng(7);
    const edits = Array.from({ length: MAX_EVENTS }, (_, i) => {
      const time = rng.int(0, MAX_TIME - 20);
      return move(i + 1, time, time + rng.int(0, 20));
    });
    const params: WindowsParams = { ...defaultWindowsParams, events: MAX_EVENTS, edits };
    const link = await linkWithParams(SANDBOX_ID, params, 'https://book.example/', versions);
    expect(new URL(link).searchParams.get('windows.edits')!.length).toBeLessThan(MAX_SCRIPT_CODE_LENGTH);
    expect(await read(link)).toEqual({ kind: 'ok', params });
  });

  it('refuses a link whose moves the stream cannot take, naming the step', async () => {
    const link = await linkWithParams(SANDBOX_ID, { ...defaultWindowsParams, edits: [move(1, 2, 3), move(40, 1, 2)] }, 'https://book.example/', versions);
    expect(await read(link)).toMatchObject({ kind: 'refused', message: expect.stringContaining('edits.1: There is no event 40') });
  });
});
