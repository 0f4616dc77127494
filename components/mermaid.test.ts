import { describe, expect, it } from 'vitest';
import { isLoadFailure } from './mermaid';

describe('isLoadFailure', () => {
  it('knows a failed code fetch, as bundlers and browsers word it', () => {
    const chunk = new Error('Failed to load chunk /_next/static/chunks/abc.js from module 123');
    chunk.name = 'ChunkLoadError';
    expect(isLoadFailure(chunk)).toBe(true);
    expect(isLoadFailure(new TypeError('Failed to fetch dynamically imported module: https://x/a.js'))).toBe(true);
    expect(isLoadFailure(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
  });

  it('leaves a diagram source error alone', () => {
    expect(isLoadFailure(new Error('Parse error on line 3: ... Expecting SEMI, got NEWLINE'))).toBe(false);
    expect(isLoadFailure('Failed to fetch')).toBe(false);
  });
});
