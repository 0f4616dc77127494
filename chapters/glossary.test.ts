import { describe, expect, it } from 'vitest';
import { glossary } from './glossary';

describe('glossary', () => {
  it('has 132 entries', () => {
    expect(glossary).toHaveLength(132);
  });

  it('uses unique ids made of lowercase letters, digits and hyphens', () => {
    const ids = glossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('is sorted by term, ignoring case', () => {
    for (let i = 1; i < glossary.length; i++) {
      const order = glossary[i - 1]!.term.localeCompare(glossary[i]!.term, undefined, { sensitivity: 'base' });
      expect(order, `${glossary[i - 1]!.term} before ${glossary[i]!.term}`).toBeLessThanOrEqual(0);
    }
  });

  it('gives every entry a term and a non-empty definition', () => {
    for (const e of glossary) {
      expect(e.term.trim()).not.toBe('');
      expect(e.definition.trim()).not.toBe('');
    }
  });

  it('only relates entries to ids that exist, never to themselves', () => {
    const ids = new Set(glossary.map((e) => e.id));
    for (const e of glossary) {
      for (const r of e.related ?? []) {
        expect(ids.has(r), `${e.id} -> ${r}`).toBe(true);
        expect(r).not.toBe(e.id);
      }
    }
  });
});
