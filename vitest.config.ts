import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['{lib,components,sandboxes,chapters,references,scripts,cells}/**/*.test.{ts,tsx}'],
    pool: 'forks',
    fileParallelism: false,
  },
});
