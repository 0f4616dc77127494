import { describe, expect, it } from 'vitest';
import { depthWithin, jsonTextWithin, MAX_JSON_DEPTH, utf8Text } from './bounds';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('input bounds', () => {
  it('measures nesting in JSON text without parsing it, skipping brackets inside strings', () => {
    expect(jsonTextWithin(nested(MAX_JSON_DEPTH))).toBe(true);
    expect(jsonTextWithin(nested(MAX_JSON_DEPTH + 1))).toBe(false);
    expect(jsonTextWithin(nested(100_000))).toBe(false); // no stack overflow on the way
    expect(jsonTextWithin(JSON.stringify({ a: '[[[[[[', b: 'quote \\" [[[' }), 2)).toBe(true);
  });

  it('measures nesting in parsed values iteratively', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(depthWithin(deep)).toBe(false);
    expect(depthWithin({ a: [{ b: 1 }] }, 3)).toBe(true);
    expect(depthWithin({ a: [{ b: 1 }] }, 2)).toBe(false);
    expect(depthWithin('text', 0)).toBe(true);
  });

  it('reads UTF-8 and refuses UTF-16, invalid bytes and oversize files, each with its reason', () => {
    expect(utf8Text(new TextEncoder().encode('{"a":"é"}'), 100)).toEqual({ ok: true, text: '{"a":"é"}' });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(utf8Text(utf16, 100)).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-16') });
    expect(utf8Text(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 100)).toMatchObject({ ok: false, reason: 'it is not UTF-8 text' });
    expect(utf8Text(new Uint8Array(200), 100)).toMatchObject({ ok: false, reason: expect.stringContaining('larger') });
  });
});
