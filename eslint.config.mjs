// Lint: TypeScript rules that read types, React's rules of hooks, and the module boundaries below.
// `npm run lint` runs it (and `npm test` runs that first). Inline `eslint-disable` comments are
// ignored (noInlineConfig): a finding is fixed in the code, or a rule is changed here, for everyone.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaryRule } from './scripts/lint-boundaries.mjs';
import { workerZone } from './scripts/worker-zone.mjs';

/**
 * Module boundaries, one lint rule each (boundaries/<name>), checked on imports, re-exports and
 * dynamic import()s, relative or `@/`. Type-only imports pass only where `allowTypeImports` is set.
 *
 *   app/        the pages, the top layer: nothing outside app/ imports from it          (boundaries/app)
 *   components/, sandboxes/, chapters/, scripts/, tests/: in between
 *   lib/        the bottom layer: imports nothing from app/, components/, sandboxes/ or chapters/  (boundaries/lib)
 *   worker zone the files that run in a sandbox's Web Worker (scripts/worker-zone.mjs: its entry
 *               points and all they import): no React, react-dom, recharts, mermaid, next,
 *               components/ or app/; type-only imports allowed                        (boundaries/worker)
 */
const worker = workerZone(); // file → the file that imports it into the zone (null for an entry point)
const zones = {
  lib: {
    files: ['lib/**'],
    folders: ['app', 'components', 'sandboxes', 'chapters'],
    message: 'lib/ is the layer under app/, components/, sandboxes/ and chapters/ and imports none of them (move the shared part into lib/).',
  },
  worker: {
    files: [...worker.keys()],
    folders: ['app', 'components'],
    packages: ['react', 'react-dom', 'recharts', 'mermaid', 'next', '@mdx-js/react'],
    allowTypeImports: true,
    message: 'this file runs in a sandbox Web Worker, which has no DOM, and whatever it imports is bundled into the worker. Keep UI code in View.tsx and its components.',
    why: (file) => (worker.get(file) ? ` (it is in the worker because ${worker.get(file)} imports it; \`node scripts/worker-zone.mjs\` shows the whole zone)` : ''),
  },
  app: {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['app/**'],
    folders: ['app'],
    message: 'app/ holds the pages and is the top layer: nothing outside it imports from it.',
  },
};
const boundaries = { rules: Object.fromEntries(Object.entries(zones).map(([name, zone]) => [name, boundaryRule(zone)])) };

export default defineConfig(
  globalIgnores(['out/', '.next/', 'node_modules/', 'next-env.d.ts', 'public/', 'test-results/', 'playwright-report/', 'coverage/', '*.tmp.mjs']),
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Interfaces here declare callbacks as methods (`now(): number`) and pass them around as plain
      // functions (`{ now: env.now }`); none of them uses `this`, so every finding was noise.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests read JSON (downloads, stored progress) and use vitest's asymmetric matchers, both typed
    // `any`; their assertions check the shape at run time. Writing `any` is still an error.
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // The two classic hooks rules. The plugin's React Compiler rules (set-state-in-effect, refs,
    // static-components, …) are left off: the book does not use the compiler, they took a third of
    // the lint time, and what they flagged here was the read-after-hydration pattern of a static
    // export and a lazy() cached per sandbox, both intended.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  ...Object.entries(zones).map(([name, zone]) => ({
    name: `boundaries/${name}`,
    files: zone.files,
    ...(zone.ignores ? { ignores: zone.ignores } : {}),
    plugins: { boundaries },
    rules: { [`boundaries/${name}`]: 'error' },
  })),
);
