import { describe, expect, it } from 'vitest';
import { chapterReferencesSchema } from '@/lib/content/references';
import { chapters } from '@/chapters/catalog';
import { chapterReferences } from './works';

describe('the book’s references', () => {
  it('belong to chapters that exist and pass the schema', () => {
    for (const [slug, refs] of Object.entries(chapterReferences)) {
      expect(chapters.some((c) => c.slug === slug), slug).toBe(true);
      const parsed = chapterReferencesSchema.safeParse(refs);
      expect(parsed.success, parsed.success ? slug : JSON.stringify(parsed.error.issues)).toBe(true);
    }
  });

  it('have ids unique across the book (a citation finds its chapter by id)', () => {
    const ids = Object.values(chapterReferences).flatMap((refs) => refs.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('include the cases the chapters tell (flu trends, survivorship, the loan memo, PlantVillage, the X-rays, HAM10000, hiring, care cost, the TLC dictionary)', () => {
    const ids = Object.values(chapterReferences).flatMap((refs) => refs.map((r) => r.id));
    for (const id of ['lazer-2014', 'brown-1992', 'joshi-2021', 'hughes-2015', 'roberts-2021', 'tschandl-2018', 'meyer-2018', 'obermeyer-2019', 'tlc-2023']) expect(ids).toContain(id);
  });
});
