import { z } from 'zod';

/**
 * The works a chapter cites (issue #23, item 16): papers, datasets, reports and standards, each with
 * its authors, title, venue, year and a DOI or a stable address. The chapter's text cites one with
 * <Cite id="…" />; the chapter's references page lists them in order of first citation, each with the
 * places it is cited. Links are plain anchors: nothing is fetched from another site until the reader
 * follows one.
 */
export const referenceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** As the work lists them; "and others" after the first few of a long list. */
    authors: z.string().min(1),
    /** True when the author is an organization: cited by its whole name. */
    corporate: z.boolean().optional(),
    title: z.string().min(1),
    /** Journal with volume and pages, publisher, site or conference. */
    venue: z.string().min(1),
    year: z.number().int().min(1900).max(2100),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/)
      .optional(),
    url: z.string().url().startsWith('https://').optional(),
    /** For pages that change (a dataset's page, a specification): the date the book's facts were read there. */
    accessed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .refine((r) => r.doi !== undefined || r.url !== undefined, { message: 'a reference needs a DOI or a stable address' });

export type Reference = z.infer<typeof referenceSchema>;

export const chapterReferencesSchema = z.array(referenceSchema);

/** Where a reference's link goes: its DOI resolved at doi.org, else its address. */
export function referenceHref(ref: Reference): string {
  return ref.doi !== undefined ? `https://doi.org/${ref.doi}` : ref.url!;
}

/** The first author's family name: the last word before the first comma or " and ". */
function firstFamilyName(authors: string): string {
  const first = authors.split(/,| and /)[0]!.trim();
  const words = first.split(/\s+/);
  return words[words.length - 1]!;
}

/** A short label for a citation: "Ginsberg et al., 2009", "Hughes and Salathé, 2015", "Federal Trade Commission, 2021". */
export function shortCitation(ref: Reference): string {
  if (ref.corporate === true) return `${ref.authors}, ${ref.year}`;
  const names = ref.authors.split(/,\s*| and /).map((n) => n.trim()).filter(Boolean);
  if (names.length === 1) return `${firstFamilyName(names[0]!)}, ${ref.year}`;
  if (names.length === 2) return `${firstFamilyName(names[0]!)} and ${firstFamilyName(names[1]!)}, ${ref.year}`;
  return `${firstFamilyName(ref.authors)} et al., ${ref.year}`;
}

/** The anchor id of a reference's entry on its chapter's references page. */
export const referenceAnchor = (id: string) => `ref-${id}`;
/** The anchor id of the n-th (1-based) citation of a reference in the chapter. */
export const citationAnchor = (id: string, n: number) => `cite-${id}-${n}`;
