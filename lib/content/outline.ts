import GithubSlugger from 'github-slugger';

/**
 * Reads what a chapter's MDX source declares — its headings, figures, sandboxes and the components
 * it uses — without compiling it. Slugs come from github-slugger, the same slugger rehype-slug uses
 * when it gives the rendered headings their ids, so the table of contents and the page agree.
 */
export interface Heading {
  depth: 2 | 3 | 4;
  text: string;
  id: string;
  line: number;
  /** The source file, when the outline was read with one (a chapter spans several files). */
  file?: string;
}

export interface ComponentUse {
  name: string;
  line: number;
  /** The value of its id="…" attribute, when it has one. */
  id?: string;
  /** Its string attributes, name="value". */
  attributes: Record<string, string>;
  file?: string;
}

/** A Markdown link into the book: `[text](/chapters/…)` or `[text](#id)`. */
export interface BookLink {
  href: string;
  line: number;
  file?: string;
}

export interface Outline {
  headings: Heading[];
  components: ComponentUse[];
  /** Figure ids in order of appearance: figure k of chapter c is numbered c.k. */
  figureIds: string[];
  sandboxIds: string[];
  /** Links to chapter pages and in-page anchors, which the build resolves to the page that holds them. */
  links: BookLink[];
}

export interface OutlineOptions {
  /** Names the file in every heading, component and link (for messages that point at a line). */
  file?: string;
  /**
   * One slugger shared across the files of a chapter, read in order, gives each heading the id it
   * would have in one long document: a heading whose text repeats in another file gets a -1 suffix,
   * which the content check reports (rehype-slug slugs each file alone, so the ids would collide).
   */
  slugger?: GithubSlugger;
}

/** Strips inline Markdown so a heading's text reads as it renders: `code`, *emphasis*, [links](…). */
export function plainHeadingText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

export function outline(source: string, options: OutlineOptions = {}): Outline {
  const slugger = options.slugger ?? new GithubSlugger();
  const where = options.file === undefined ? {} : { file: options.file };
  const headings: Heading[] = [];
  const components: ComponentUse[] = [];
  const links: BookLink[] = [];
  let fence: string | null = null;

  source.split('\n').forEach((rawLine, index) => {
    const line = index + 1;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;

    const heading = /^(#{1,6})\s+(.+?)\s*$/.exec(rawLine);
    if (heading) {
      const depth = (heading[1] as string).length;
      const text = plainHeadingText(heading[2] as string);
      const id = slugger.slug(text);
      if (depth >= 2 && depth <= 4) headings.push({ depth: depth as 2 | 3 | 4, text, id, line, ...where });
      return;
    }

    for (const match of rawLine.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)/g)) {
      const attributes = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/\b([a-zA-Z]+)=(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1] as string, (a[2] ?? a[3]) as string]),
      );
      const id = attributes.id;
      components.push({ name: match[1] as string, line, attributes, ...(id ? { id } : {}), ...where });
    }
    for (const match of rawLine.replace(/`[^`]*`/g, '').matchAll(/\]\(((?:\/chapters\/|#)[^)\s]*)\)/g)) {
      links.push({ href: match[1] as string, line, ...where });
    }
  });

  const idsOf = (name: string) => components.filter((c) => c.name === name && c.id).map((c) => c.id as string);
  return { headings, components, figureIds: idsOf('Figure'), sandboxIds: idsOf('Sandbox'), links };
}

/** The outlines of a chapter's files, in reading order, as one. */
export function joinOutlines(outlines: readonly Outline[]): Outline {
  return {
    headings: outlines.flatMap((o) => o.headings),
    components: outlines.flatMap((o) => o.components),
    figureIds: outlines.flatMap((o) => o.figureIds),
    sandboxIds: outlines.flatMap((o) => o.sandboxIds),
    links: outlines.flatMap((o) => o.links),
  };
}
