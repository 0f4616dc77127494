/**
 * rehype-pretty-code's settings, shared by the build (next.config.ts) and the MDX plugins' unit tests
 * (render-mdx.ts), so the tests compile the chapters exactly as the site does. Plain data: Turbopack
 * passes MDX plugin options across a process boundary.
 */
export const prettyCodeOptions = {
  theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  keepBackground: false,
  defaultLang: 'plaintext',
};
