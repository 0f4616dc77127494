import { describe, expect, it } from 'vitest';
import { isReady, sandboxCatalog, type SandboxId } from './catalog';
import { sandboxLoaders } from './loaders';

describe('sandbox catalog', () => {
  const ids = Object.keys(sandboxCatalog) as SandboxId[];

  it('has a loader for every built sandbox and none for a planned one', () => {
    for (const id of ids) expect(id in sandboxLoaders, id).toBe(isReady(id));
  });

  it('uses kebab-case ids and says in one line what each sandbox does', () => {
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(sandboxCatalog[id].summary.length).toBeGreaterThan(60);
    }
  });
});

describe('exercises', () => {
  it('every built sandbox declares at least two, with unique ids prefixed by the sandbox id', async () => {
    const { exercisesBySandbox, allExercises } = await import('./exercises');
    for (const [sandbox, list] of Object.entries(exercisesBySandbox)) {
      expect(list.length, sandbox).toBeGreaterThanOrEqual(2);
      for (const e of list) expect(e.id.startsWith(`${sandbox}-`), e.id).toBe(true);
    }
    const ids = allExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
