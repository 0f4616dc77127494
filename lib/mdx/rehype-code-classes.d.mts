import type { Root } from 'hast';

/** See rehype-code-classes.mjs. */
export const TEXT_PAIR: string;
export const TOKEN_CLASSES: Record<string, string>;
export default function rehypeCodeClasses(): (tree: Root) => void;
