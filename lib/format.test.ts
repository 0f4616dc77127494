import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatNumber } from './format';

describe('format', () => {
  it('formats milliseconds by size', () => {
    expect(formatMs(0.012345)).toBe('0.0123 ms');
    expect(formatMs(4.561)).toBe('4.56 ms');
    expect(formatMs(789.4)).toBe('789 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatMs(Number.NaN)).toBe('—');
  });
  it('formats bytes in decimal units and numbers with separators', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(40_000_000)).toBe('40.0 MB');
    expect(formatNumber(20_000_000)).toBe('20,000,000');
  });
});
