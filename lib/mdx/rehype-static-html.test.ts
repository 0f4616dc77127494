import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, evaluate } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { MDXComponents } from 'mdx/types';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import rehypeStaticHtml from './rehype-static-html.mjs';

/**
 * The plugin may change how React holds the text, never the HTML a reader gets: each chapter file
 * renders to the same markup with and without it, while React is handed far fewer elements.
 */
const pretty = [rehypePrettyCode, { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, keepBackground: false, defaultLang: 'plaintext' }] as const;

async function render(source: string, withPlugin: boolean): Promise<string> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, pretty as never, ...(withPlugin ? [rehypeStaticHtml] : [])],
  });
  // Every component a file names becomes a plain element that keeps its props and children in view.
  const names = new Set([...source.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]!));
  const stub = (name: string) =>
    function Stub(props: Record<string, unknown>) {
      const { children, ...rest } = props;
      return createElement(`x-${name.toLowerCase()}`, { 'data-props': JSON.stringify(rest) }, children as ReactNode);
    };
  const components: MDXComponents = Object.fromEntries([...names].map((n) => [n, stub(n)]));
  return renderToStaticMarkup(createElement(Content, { components }));
}

/** The same markup whichever way it was written: parsed, style attributes normalised, printed one way. */
function normalised(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const visit = (node: { type: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (typeof node.properties?.style === 'string') node.properties.style = node.properties.style.replace(/\s+/g, '').replace(/;$/, '');
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return toHtml(tree);
}

const files = [
  ...['ingestion', 'fundamentals', 'data-systems'].flatMap((chapter) =>
    readdirSync(join(process.cwd(), 'chapters', chapter))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join('chapters', chapter, f)),
  ),
  join('components', 'kit', 'kit.mdx'),
];

describe('rehype-static-html', () => {
  it('turns a plain paragraph, list or code block into one element holding its HTML, and leaves links, tables, components and SqlCell alone', async () => {
    const source = [
      'A **bold** word and *emphasis*.',
      '',
      'A [link](#somewhere) and <Term id="x">a term</Term> with *emphasis*.',
      '',
      '- one **1**',
      '- two',
      '',
      '| a | b |',
      '|---|---|',
      '| **1** | 2 |',
      '',
      '<SqlCell dataset="orders">',
      '',
      '```sql',
      'SELECT 1;',
      '```',
      '',
      '</SqlCell>',
    ].join('\n');
    const compiled = String(await compile(source, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, pretty as never, rehypeStaticHtml] }));
    const inner = [...compiled.matchAll(/__html: "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(inner).toEqual(['A <strong>bold</strong> word and <em>emphasis</em>.', '\n<li>one <strong>1</strong></li>\n<li>two</li>\n']);
    expect(compiled).toContain('href: "#somewhere"');
    expect(compiled).toContain('_components.table');
    expect(compiled).toMatch(/SqlCell[\s\S]*SELECT/);
  });

  it.each(files)('leaves the HTML of %s unchanged, element for element', async (file) => {
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    const [plain, flattened] = await Promise.all([render(source, false), render(source, true)]);
    // Written differently (entities, spacing in style attributes), the same once parsed.
    expect(normalised(flattened)).toBe(normalised(plain));
  }, 30_000);
});
