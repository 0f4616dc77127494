/**
 * For the MDX plugins' unit tests: a chapter file rendered to HTML the way the site compiles it (the
 * plugins of next.config.ts, chosen per test), with each component a plain element showing its props.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { MDXComponents } from 'mdx/types';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { prettyCodeOptions } from './options.mjs';

export const prettyCode = [rehypePrettyCode, prettyCodeOptions] as const;

/** Every MDX file the site compiles: the chapters' sections and the reading-kit page. */
export const mdxFiles = [
  ...['ingestion', 'fundamentals', 'data-systems'].flatMap((chapter) =>
    readdirSync(join(process.cwd(), 'chapters', chapter))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join('chapters', chapter, f)),
  ),
  join('components', 'kit', 'kit.mdx'),
];

/** The file's HTML with rehype-slug and rehype-pretty-code, then `after` (the plugins under test). */
export async function renderMdx(source: string, after: PluggableList): Promise<string> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, prettyCode as never, ...after],
  });
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
export function normalisedHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const visit = (node: { type: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (typeof node.properties?.style === 'string') node.properties.style = node.properties.style.replace(/\s+/g, '').replace(/;$/, '');
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return toHtml(tree);
}
