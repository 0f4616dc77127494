import GithubSlugger from 'github-slugger';
import { joinOutlines, outline, type Heading, type Outline } from './outline';
import { chapterPath, pagePath } from './paths';

/**
 * A chapter's text is a folder of MDX files, one per page, read in file-name order:
 *
 *   index.mdx                          the overview's text (learning objectives, preview); optional
 *   NN-<section-id>.mdx                a `##` section, on a page of its own
 *   NN-00-<section-id>.mdx             the opening of a section long enough to be cut at its `###`s…
 *   NN-MM-<part-id>.mdx                …and each `###` part of it (MM = 01, 02, …), a page one level down
 *
 * Each file begins with its heading, whose id (the slug rehype-slug gives it) names the file and
 * the page. This module turns the files into the chapter's pages, the map from every anchor (heading
 * ids, `sandbox-<id>`, `figure-<id>`) to the page that holds it, and the figure numbers, which run
 * through the whole chapter. Pure: the loader (load.ts) reads the files.
 */
export interface SourceFile {
  /** The file's name in the chapter folder. */
  name: string;
  source: string;
}

export type PageKind = 'overview' | 'section' | 'part';

export interface ChapterPage {
  kind: PageKind;
  /** The file's name in the chapter folder; '' for an overview with no text of its own. */
  file: string;
  /** The page's heading id (the section's for a section, the part's for a part); '' for the overview. */
  id: string;
  /** The section the page belongs to: its own id for a section, its section's for a part. */
  section: string;
  title: string;
  path: string;
  /** This file's outline, with the ids its headings have in the whole chapter. */
  outline: Outline;
}

export interface ChapterIdentity {
  slug: string;
  number: number;
  title: string;
}

export interface ChapterModel extends ChapterIdentity {
  overview: ChapterPage;
  /** The overview, then every section and part in reading order. */
  pages: ChapterPage[];
  /** The whole chapter's outline, files joined in reading order. */
  outline: Outline;
  /** Anchor id → path of the page that holds it. */
  anchors: Record<string, string>;
  /** Figure id → its number in the chapter ("3.12"). */
  figureNumbers: Record<string, string>;
  /** What is wrong with the folder's files as pages (names, headings), for the content check. */
  problems: string[];
}

export const OVERVIEW_FILE = 'index.mdx';
const PAGE_FILE = /^(\d{2})(?:-(\d{2}))?-([a-z0-9-]+)\.mdx$/;

/** Ids the overview page gives its own generated headings; no chapter heading may take them. */
export const RESERVED_IDS = ['chapter-sections', 'chapter-sandboxes', 'learning-objectives'] as const;

/** The overview file first, then the pages in file-name order. */
export function orderFiles<T extends { name: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => (a.name === OVERVIEW_FILE ? -1 : b.name === OVERVIEW_FILE ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const firstTextLine = (source: string) => source.split('\n').findIndex((line) => line.trim() !== '') + 1;

export function buildChapter(chapter: ChapterIdentity, files: readonly SourceFile[]): ChapterModel {
  const dir = `chapters/${chapter.slug}`;
  const slugger = new GithubSlugger();
  const problems: string[] = [];
  let overview: ChapterPage = {
    kind: 'overview',
    file: '',
    id: '',
    section: '',
    title: chapter.title,
    path: chapterPath(chapter.slug),
    outline: outline(''),
  };
  const pages: ChapterPage[] = [];
  let openSection: { number: string; id: string; cut: boolean } | null = null;

  for (const { name, source } of orderFiles(files)) {
    const file = `${dir}/${name}`;
    const fileOutline = outline(source, { file, slugger });
    if (name === OVERVIEW_FILE) {
      overview = { ...overview, file: name, outline: fileOutline };
      continue;
    }
    const match = PAGE_FILE.exec(name);
    if (!match) {
      problems.push(`${file}: a chapter file is named NN-<section-id>.mdx, or NN-00-<section-id>.mdx and NN-MM-<part-id>.mdx for a section cut into parts (index.mdx is the overview).`);
      continue;
    }
    const sectionNumber = match[1] ?? '';
    const partNumber = match[2];
    const nameId = match[3] ?? '';
    const first: Heading | undefined = fileOutline.headings[0];
    const isPart = partNumber !== undefined && partNumber !== '00';
    const depth = isPart ? 3 : 2;
    if (!first || first.line !== firstTextLine(source) || first.depth !== depth) {
      problems.push(`${file}:1 must begin with its ${'#'.repeat(depth)} heading: a file is one ${isPart ? 'part' : 'section'} and its page is named by that heading.`);
      continue;
    }
    if (first.id !== nameId) problems.push(`${file}:${first.line} is named for "${nameId}" but its heading's id is "${first.id}"; rename the file to match.`);
    for (const heading of fileOutline.headings.slice(1)) {
      if (heading.depth === 2) problems.push(`${file}:${heading.line} starts another section ("${heading.text}"); each section gets a file of its own.`);
      if (heading.depth === 3 && (isPart || partNumber === '00')) {
        problems.push(`${file}:${heading.line} starts another part ("${heading.text}") in a section cut into parts; each ### gets a file of its own (NN-MM-<id>.mdx).`);
      }
    }

    if (isPart) {
      if (!openSection || openSection.number !== sectionNumber || !openSection.cut) {
        problems.push(`${file} is a part of section ${sectionNumber}, but no ${sectionNumber}-00-<section-id>.mdx comes before it.`);
        continue;
      }
      pages.push({ kind: 'part', file: name, id: first.id, section: openSection.id, title: first.text, path: pagePath(chapter.slug, openSection.id, first.id), outline: fileOutline });
    } else {
      openSection = { number: sectionNumber, id: first.id, cut: partNumber === '00' };
      pages.push({ kind: 'section', file: name, id: first.id, section: first.id, title: first.text, path: pagePath(chapter.slug, first.id), outline: fileOutline });
    }
  }

  const all = [overview, ...pages];
  const anchors: Record<string, string> = {};
  const claim = (id: string, path: string) => {
    if (!(id in anchors)) anchors[id] = path;
  };
  // The overview lists the chapter's learning objectives from its quiz data (app/chapters/_view/views.tsx).
  claim('learning-objectives', overview.path);
  for (const page of all) {
    for (const heading of page.outline.headings) claim(heading.id, page.path);
    for (const id of page.outline.figureIds) claim(`figure-${id}`, page.path);
    for (const id of page.outline.sandboxIds) claim(`sandbox-${id}`, page.path);
  }
  const chapterOutline = joinOutlines(all.map((p) => p.outline));
  for (const heading of chapterOutline.headings) {
    if ((RESERVED_IDS as readonly string[]).includes(heading.id)) problems.push(`${heading.file}:${heading.line} takes the id "${heading.id}", which the overview page uses for its own lists.`);
  }
  const figureNumbers = Object.fromEntries(chapterOutline.figureIds.map((id, index) => [id, `${chapter.number}.${index + 1}`]));
  return { ...chapter, overview, pages: all, outline: chapterOutline, anchors, figureNumbers, problems };
}

/** A chapter's sections in order, each with its parts (empty unless it is cut into parts). */
export function sectionsOf(model: ChapterModel): Array<{ section: ChapterPage; parts: ChapterPage[] }> {
  return model.pages
    .filter((p) => p.kind === 'section')
    .map((section) => ({ section, parts: model.pages.filter((p) => p.kind === 'part' && p.section === section.id) }));
}

/** The page at a path, if the chapter has it. */
export function pageAt(model: ChapterModel, path: string): ChapterPage | undefined {
  return model.pages.find((p) => p.path === path);
}

export interface PageRef {
  path: string;
  title: string;
  kind: PageKind;
  chapter: ChapterIdentity;
}

/** Every chapter page of the book in reading order: each chapter's overview, then its sections and parts. */
export function readingOrder(models: readonly ChapterModel[]): PageRef[] {
  return models.flatMap((model) =>
    model.pages.map((page) => ({ path: page.path, title: page.title, kind: page.kind, chapter: { slug: model.slug, number: model.number, title: model.title } })),
  );
}

export function neighboursOf(order: readonly PageRef[], path: string): { previous?: PageRef; next?: PageRef } {
  const index = order.findIndex((p) => p.path === path);
  if (index < 0) return {};
  return { previous: order[index - 1], next: order[index + 1] };
}

/**
 * Where a link written in the text leads now. Authors link by heading id, as they always have —
 * `#id` within the chapter, `/chapters/<slug>/#id` across chapters — and the build points the link at
 * the page that holds the heading. Returns null when the anchor is nowhere in that chapter (the
 * content check reports it); other links come back as they are.
 */
export function resolveBookHref(href: string, from: { slug: string; path: string }, anchorsBySlug: Readonly<Record<string, Record<string, string>>>): string | null {
  const local = /^#(.+)$/.exec(href);
  const chapterLink = /^\/chapters\/([a-z0-9-]+)\/(?:#(.*))?$/.exec(href);
  const slug = local ? from.slug : chapterLink?.[1];
  const id = local ? local[1] : chapterLink?.[2];
  if (slug === undefined) return href;
  const anchors = anchorsBySlug[slug];
  if (!anchors) return null;
  if (!id) return chapterLink ? href : null;
  const path = anchors[decodeURIComponent(id)];
  if (!path) return null;
  return path === from.path ? `#${id}` : `${path}#${id}`;
}
