import { describe, expect, it } from 'vitest';
import { announce, decodeEntities, excerptParts, pageDataSchema, toSearchPage } from './results';

describe('excerptParts', () => {
  it('splits an excerpt into text and marked words, decoding entities', () => {
    expect(excerptParts('a <mark>watermark</mark> says &lt;late&gt; &amp; <mark>on time</mark>.')).toEqual([
      { text: 'a ', mark: false },
      { text: 'watermark', mark: true },
      { text: ' says <late> & ', mark: false },
      { text: 'on time', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('drops any tag other than mark, so nothing in an excerpt is ever HTML', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe <mark><b>word</b></mark>')).toEqual([
      { text: 'safe ', mark: false },
      { text: 'word', mark: true },
    ]);
  });

  it('returns no parts for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&quot;x&quot; &#39;y&#x27; &bogus; &#0;')).toBe('"x" \'y\' &bogus; &#0;');
  });
});

describe('toSearchPage', () => {
  const data = pageDataSchema.parse({
    url: '/chapters/ingestion/batch-vs-streaming-ingestion/',
    excerpt: 'top',
    meta: { title: 'Batch vs streaming ingestion', place: 'Chapter 1 · Data Ingestion', image: 'x' },
    sub_results: [
      { title: 'Batch vs streaming ingestion', url: '/chapters/ingestion/batch-vs-streaming-ingestion/', excerpt: 'before any heading' },
      { title: 'Watermarks', url: '/chapters/ingestion/batch-vs-streaming-ingestion/#watermarks', excerpt: 'a <mark>watermark</mark>', anchor: { element: 'h3', id: 'watermarks', text: 'Watermarks' } },
      { title: 'A', url: '/a/#a', excerpt: '', anchor: { element: 'h2', id: 'a' } },
      { title: 'B', url: '/a/#b', excerpt: '', anchor: { element: 'h2', id: 'b' } },
    ],
  });
  const scored = (title: string, scores: number[]) => ({
    title,
    url: `/p/#${title}`,
    excerpt: '',
    anchor: { element: 'h3', id: title },
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  it('shows the best-matching hits first, and keeps page order among equals', () => {
    const page = toSearchPage(
      pageDataSchema.parse({ url: '/p/', excerpt: '', meta: { title: 'P' }, sub_results: [scored('a', [1]), scored('b', [2, 9]), scored('c', [3]), scored('d', [3]), scored('e', [])] }),
    );
    expect(page.hits.map((h) => h.heading)).toEqual(['b', 'c', 'd']);
  });

  it('keeps the title and place, and three hits with their headings and anchors', () => {
    const page = toSearchPage(data);
    expect(page.title).toBe('Batch vs streaming ingestion');
    expect(page.place).toBe('Chapter 1 · Data Ingestion');
    expect(page.hits).toEqual([
      { heading: 'Batch vs streaming ingestion', url: '/chapters/ingestion/batch-vs-streaming-ingestion/', excerpt: 'before any heading' },
      { heading: 'Watermarks', url: '/chapters/ingestion/batch-vs-streaming-ingestion/#watermarks', excerpt: 'a <mark>watermark</mark>' },
      { heading: 'A', url: '/a/#a', excerpt: '' },
    ]);
  });

  it('falls back to the page itself when Pagefind gives no sub-results, and to the URL for a page without a title', () => {
    const page = toSearchPage(pageDataSchema.parse({ url: '/glossary/', excerpt: 'e', meta: {} }));
    expect(page).toEqual({ title: '/glossary/', place: null, url: '/glossary/', hits: [{ heading: '/glossary/', url: '/glossary/', excerpt: 'e' }] });
  });

  it('refuses data whose links leave the site', () => {
    expect(pageDataSchema.safeParse({ url: 'https://elsewhere.example/', excerpt: '', meta: {} }).success).toBe(false);
  });
});

describe('announce', () => {
  it('says how many pages match, and how many are shown when not all', () => {
    expect(announce('zorp', 0, 0)).toBe('No pages match “zorp”.');
    expect(announce('parquet', 1, 1)).toBe('1 page matches “parquet”.');
    expect(announce('data', 30, 8)).toBe('30 pages match “data”; the first 8 are shown.');
  });
});
