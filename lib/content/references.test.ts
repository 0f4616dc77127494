import { describe, expect, it } from 'vitest';
import { referenceHref, referenceSchema, shortCitation, type Reference } from './references';

const base = { id: 'x', title: 'T', venue: 'V', year: 2020, doi: '10.1000/xyz' } satisfies Omit<Reference, 'authors'>;

describe('references', () => {
  it('labels a citation by its authors as a reader expects', () => {
    expect(shortCitation({ ...base, authors: 'Benj Edwards' })).toBe('Edwards, 2020');
    expect(shortCitation({ ...base, authors: 'David P. Hughes and Marcel Salathé' })).toBe('Hughes and Salathé, 2020');
    expect(shortCitation({ ...base, authors: 'Mark Ziemann, Yotam Eren and Assam El-Osta' })).toBe('Ziemann et al., 2020');
    expect(shortCitation({ ...base, authors: 'Michael Roberts, Derek Driggs, Matthew Thorpe and others' })).toBe('Roberts et al., 2020');
    expect(shortCitation({ ...base, authors: 'Federal Trade Commission', corporate: true })).toBe('Federal Trade Commission, 2020');
  });

  it('links a DOI through doi.org and otherwise the address', () => {
    expect(referenceHref({ ...base, authors: 'A B' })).toBe('https://doi.org/10.1000/xyz');
    expect(referenceHref({ id: 'y', authors: 'A B', title: 'T', venue: 'V', year: 2020, url: 'https://example.org/a' })).toBe('https://example.org/a');
  });

  it('refuses an entry without a DOI or an address, a malformed DOI, and a plain-http address', () => {
    expect(referenceSchema.safeParse({ id: 'y', authors: 'A', title: 'T', venue: 'V', year: 2020 }).success).toBe(false);
    expect(referenceSchema.safeParse({ ...base, authors: 'A', doi: 'doi:10.1/x' }).success).toBe(false);
    expect(referenceSchema.safeParse({ id: 'y', authors: 'A', title: 'T', venue: 'V', year: 2020, url: 'http://example.org' }).success).toBe(false);
  });
});
