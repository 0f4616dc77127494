import { join } from 'node:path';
import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { prettyCodeOptions } from './lib/mdx/options.mjs';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  reactStrictMode: true,
  turbopack: {
    resolveAlias: {
      // DuckDB's synchronous browser build; the package exports it only under conditions Turbopack
      // does not pick for a browser worker. lib/engines/duckdb.ts imports it by this name.
      'duckdb-wasm-browser-blocking': './node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs',
    },
  },
};

// Under Turbopack, MDX plugins are named by package (options must be serialisable), not imported.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm'],
    rehypePlugins: [
      'rehype-slug',
      ['rehype-pretty-code', prettyCodeOptions],
      // Highlighted tokens get a short class instead of two colours inline (lib/mdx/rehype-code-classes.mjs).
      join(process.cwd(), 'lib', 'mdx', 'rehype-code-classes.mjs'),
      // Last: plain blocks of text become one HTML string each, so React hydrates far fewer elements
      // (lib/mdx/rehype-static-html.mjs says why). An absolute path: the loader resolves from each file.
      join(process.cwd(), 'lib', 'mdx', 'rehype-static-html.mjs'),
    ],
  },
});

export default withMDX(nextConfig);
