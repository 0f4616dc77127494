import { z } from 'zod';

/**
 * What Pagefind's browser API hands back, checked before the dialog shows any of it (the index is
 * a file fetched from the network, so it is an edge like any other). Only the fields shown are
 * required; Pagefind adds others (word counts, locations) that are let through unchecked.
 */
const anchorSchema = z.object({ element: z.string(), id: z.string(), text: z.string().optional() });

const subResultSchema = z.object({
  title: z.string(),
  url: z.string().startsWith('/'),
  excerpt: z.string(),
  anchor: anchorSchema.optional(),
  weighted_locations: z.array(z.object({ balanced_score: z.number() })).default([]),
});

export const pageDataSchema = z.object({
  url: z.string().startsWith('/'),
  excerpt: z.string(),
  meta: z.object({ title: z.string().optional(), place: z.string().optional() }).catchall(z.string()),
  sub_results: z.array(subResultSchema).default([]),
});
export type PageData = z.infer<typeof pageDataSchema>;

const isFunction = (value: unknown) => typeof value === 'function';

export const searchResponseSchema = z.object({
  results: z.array(z.object({ id: z.string(), data: z.custom<() => Promise<unknown>>(isFunction, 'a result without data()') })),
});

/** The part of Pagefind's module the dialog calls: pagefind.js exports these functions. */
export const pagefindModuleSchema = z.object({
  options: z.custom<(options: Record<string, unknown>) => Promise<void>>(isFunction, 'pagefind.js has no options()'),
  init: z.custom<() => Promise<void>>(isFunction, 'pagefind.js has no init()'),
  search: z.custom<(query: string) => Promise<unknown>>(isFunction, 'pagefind.js has no search()'),
});
export type PagefindModule = z.infer<typeof pagefindModuleSchema>;

/** One place on a page that matches: the heading it falls under, a link to that heading, and the words around the match. */
export interface SearchHit {
  heading: string;
  url: string;
  excerpt: string;
}

/** One page that matches: its title, where it sits in the book, and its best hits. */
export interface SearchPage {
  title: string;
  place: string | null;
  url: string;
  hits: SearchHit[];
}

/** Hits shown per page: the headings whose text matches best. */
export const HITS_PER_PAGE = 3;

/** How well a stretch of the page matches: Pagefind's score of each matching word there, summed (a heading's words weigh more). */
const scoreOf = (sub: { weighted_locations?: { balanced_score: number }[] }) => (sub.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0);

/**
 * A page's result as the dialog shows it. Pagefind lists a page's sub-results in page order; the
 * dialog shows the best-matching first. A hit before the page's first linkable heading links to the
 * page itself and is named after the page; a glossary entry or a reference is a hit of its own.
 */
export function toSearchPage(data: PageData): SearchPage {
  const title = data.meta.title?.trim() || data.url;
  const subs = data.sub_results.length > 0 ? data.sub_results : [{ title, url: data.url, excerpt: data.excerpt, weighted_locations: [] }];
  const ranked = subs.map((sub, order) => ({ sub, order, score: scoreOf(sub) })).sort((a, b) => b.score - a.score || a.order - b.order);
  const hits = ranked.slice(0, HITS_PER_PAGE).map(({ sub }) => ({
    heading: 'anchor' in sub && sub.anchor ? sub.title.trim() || title : title,
    url: sub.url,
    excerpt: sub.excerpt,
  }));
  return { title, place: data.meta.place?.trim() || null, url: data.url, hits };
}

/** A stretch of an excerpt's text, marked when it is one of the words searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts (it escapes the page's text, then adds <mark>). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * An excerpt as text and marks, so the dialog renders it as React text (never as HTML): any tag
 * other than <mark> is dropped, entities are decoded.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (raw: string, mark: boolean) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (text.length === 0) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const pattern = /<mark>([\s\S]*?)<\/mark>/gi;
  let at = 0;
  for (const match of excerpt.matchAll(pattern)) {
    push(excerpt.slice(at, match.index), false);
    push(match[1] ?? '', true);
    at = match.index + match[0].length;
  }
  push(excerpt.slice(at), false);
  return parts;
}

/** What the live region says once a search has answered. */
export function announce(query: string, pages: number, shown: number): string {
  if (pages === 0) return `No pages match “${query}”.`;
  const count = pages === 1 ? '1 page matches' : `${pages} pages match`;
  return shown < pages ? `${count} “${query}”; the first ${shown} are shown.` : `${count} “${query}”.`;
}
