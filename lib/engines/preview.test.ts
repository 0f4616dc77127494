import { describe, expect, it } from 'vitest';
import { dateText } from './preview';

describe('dateText', () => {
  it('prints milliseconds since the epoch as SQL prints dates and timestamps, in UTC', () => {
    expect(dateText(Date.UTC(2026, 0, 12), 'date')).toBe('2026-01-12');
    expect(dateText(Date.UTC(2026, 0, 12, 8, 5, 9), 'timestamp')).toBe('2026-01-12 08:05:09');
    expect(dateText(Date.UTC(2026, 0, 12, 8, 5, 9, 250), 'timestamp')).toBe('2026-01-12 08:05:09.250');
  });
});
