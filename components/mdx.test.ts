import { describe, expect, it } from 'vitest';
import { REPLACED } from '@/lib/mdx/rehype-static-html.mjs';
import { elementOverrides } from './mdx';

describe('the MDX registry and the static-HTML step', () => {
  it('leaves to React every element a component replaces, so no override is skipped by a block turned into HTML', () => {
    // `a` is replaced per page (links to headings are pointed at their section page in views.tsx).
    expect([...REPLACED].sort()).toEqual(['a', ...Object.keys(elementOverrides)].sort());
  });
});
