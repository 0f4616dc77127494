/**
 * Every component a chapter may use, by the name it is written with in MDX. components/mdx.tsx
 * maps each name to its component and TypeScript holds the two lists equal; the content check
 * (scripts/check-content.ts) fails the build on any other capitalised tag.
 */
export const mdxComponentNames = ['Figure', 'Callout', 'Sandbox', 'Quiz', 'ChapterProgress', 'Animation', 'Term', 'Cite', 'SqlCell', 'SqlNote'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
