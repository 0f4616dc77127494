import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import rehypeCodeClasses from './rehype-code-classes.mjs';
import rehypeStaticHtml from './rehype-static-html.mjs';
import { mdxFiles, normalisedHtml, prettyCode, renderMdx } from './render-mdx';

/**
 * The plugin may change how React holds the text, never the HTML a reader gets: each chapter file
 * renders to the same markup with and without it.
 */
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
    const compiled = String(await compile(source, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, prettyCode as never, rehypeStaticHtml] }));
    const inner = [...compiled.matchAll(/__html: "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(inner).toEqual(['A <strong>bold</strong> word and <em>emphasis</em>.', '\n<li>one <strong>1</strong></li>\n<li>two</li>\n']);
    expect(compiled).toContain('href: "#somewhere"');
    expect(compiled).toContain('_components.table');
    expect(compiled).toMatch(/SqlCell[\s\S]*SELECT/);
  });

  it.each(mdxFiles)('leaves the HTML of %s unchanged, element for element', async (file) => {
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    const [plain, flattened] = await Promise.all([renderMdx(source, [rehypeCodeClasses]), renderMdx(source, [rehypeCodeClasses, rehypeStaticHtml])]);
    // Written differently (entities, spacing in style attributes), the same once parsed.
    expect(normalisedHtml(flattened)).toBe(normalisedHtml(plain));
  }, 30_000);
});
