// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

type Mermaid = (typeof import('mermaid'))['default'];
let mermaid: Mermaid;

beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, suppressErrorRendering: true });
});

const figureDirs = [
  ...readdirSync('chapters', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('chapters', entry.name, 'figures')),
  join('components', 'kit', 'figures'),
];
const figureFiles = figureDirs.flatMap((dir) => {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mmd'))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
});
const brokenOnPurpose = join('components', 'kit', 'figures', 'kit-broken.mmd');

describe('figure sources', () => {
  it.each(figureFiles.filter((file) => file !== brokenOnPurpose))('%s is valid mermaid', async (file) => {
    await expect(mermaid.parse(readFileSync(file, 'utf8'))).resolves.toBeTruthy();
  });

  it('the kit’s broken figure is still broken (so its error box stays tested)', async () => {
    await expect(mermaid.parse(readFileSync(brokenOnPurpose, 'utf8'))).rejects.toThrow(/Parse error/);
  });
});
