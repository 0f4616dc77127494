/**
 * The book's addresses for chapter pages. A chapter's own address is its overview; each `##` section
 * of its text is a page one level down, named by the section heading's id, and a section long enough
 * to be cut at its `###` headings has those parts one level further down:
 *
 *   /chapters/data-systems/                                   overview
 *   /chapters/data-systems/types-of-data/                     section
 *   /chapters/data-systems/data-pipelines/etl-and-elt/        part of a section
 *
 * Safe on the client: no file system here.
 */
export const chapterPath = (slug: string): string => `/chapters/${slug}/`;

export const pagePath = (slug: string, section: string, part?: string): string =>
  part === undefined ? `/chapters/${slug}/${section}/` : `/chapters/${slug}/${section}/${part}/`;

/** The static JSON file that maps a chapter's anchors (heading ids, sandbox-…, figure-…) to their pages. */
export const anchorsPath = (slug: string): string => `/chapters/${slug}/anchors.json`;
