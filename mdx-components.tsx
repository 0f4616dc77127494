import type { MDXComponents } from 'mdx/types';
import { bookComponents, elementOverrides } from '@/components/mdx';

// Required by @next/mdx under the App Router; the registry itself lives in components/mdx.tsx.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...elementOverrides, ...bookComponents };
}
