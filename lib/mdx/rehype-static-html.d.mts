import type { Root } from 'hast';

/** Elements left to React because a component replaces them (see rehype-static-html.mjs). */
export const REPLACED: Set<string>;

/** See rehype-static-html.mjs. */
export default function rehypeStaticHtml(): (tree: Root) => void;
