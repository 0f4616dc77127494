import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rehypeCodeClasses, { TEXT_PAIR, TOKEN_CLASSES } from './rehype-code-classes.mjs';
import { mdxFiles, renderMdx } from './render-mdx';

const css = readFileSync(join(process.cwd(), 'app', 'globals.css'), 'utf8');

/** The two custom properties a rule sets, as "LIGHT/DARK", or null when the selector has no rule. */
function pairIn(selector: string): string | null {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(css);
  if (!rule) return null;
  const light = /--shiki-light:\s*(#[0-9a-f]+)/i.exec(rule[1]!)?.[1];
  const dark = /--shiki-dark:\s*(#[0-9a-f]+)/i.exec(rule[1]!)?.[1];
  return light && dark ? `${light}/${dark}`.toUpperCase() : null;
}

describe('rehype-code-classes', () => {
  it('gives the code block the text colour and each class its own pair, in app/globals.css', () => {
    expect(pairIn('.prose pre code')).toBe(TEXT_PAIR);
    for (const [pair, name] of Object.entries(TOKEN_CLASSES)) expect(pairIn(`.prose pre code .${name}`)).toBe(pair);
  });

  it('replaces a known pair by its class, drops the text colour and the theme names, and keeps an unknown pair inline', async () => {
    const html = await renderMdx('```sql\nSELECT 1 -- one\n```\n', [rehypeCodeClasses]);
    expect(html).not.toContain('--shiki-');
    expect(html).not.toContain('data-theme');
    expect(html).toContain('class="tk-red"');
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'span', properties: { style: '--shiki-light:#123456;--shiki-dark:#654321' }, children: [] }] };
    rehypeCodeClasses()(tree as never);
    expect(tree.children[0]!.properties.style).toBe('--shiki-light:#123456;--shiki-dark:#654321');
  });

  it.each(mdxFiles)('leaves no colour inline in %s', async (file) => {
    const html = await renderMdx(readFileSync(join(process.cwd(), file), 'utf8'), [rehypeCodeClasses]);
    expect(html.match(/style="--shiki[^"]*"/g) ?? []).toEqual([]);
  }, 30_000);
});
