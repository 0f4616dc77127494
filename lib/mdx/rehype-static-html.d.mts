import type { Root } from 'hast';

/** See rehype-static-html.mjs. */
export default function rehypeStaticHtml(): (tree: Root) => void;
