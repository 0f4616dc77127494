import { describe, expect, it } from 'vitest';
import { loadAllDefinitions, sandboxIds, sandboxCatalog, sandboxOfExercise, type SandboxId } from './catalog';

describe('sandbox catalog', () => {
  const ids = Object.keys(sandboxCatalog) as SandboxId[];

  it('uses kebab-case ids and says in one line what each sandbox does', () => {
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(sandboxCatalog[id].summary.length).toBeGreaterThan(60);
    }
  });

  it('gives every listed sandbox a definition under its own id', async () => {
    const definitions = await loadAllDefinitions();
    expect(definitions.map((d) => d.id)).toEqual(sandboxIds);
  });
});

describe('exercises', () => {
  it('every built sandbox declares at least two, with unique ids prefixed by the sandbox id, found again by that prefix', async () => {
    const definitions = await loadAllDefinitions();
    for (const d of definitions) {
      expect(d.exercises.length, d.id).toBeGreaterThanOrEqual(2);
      for (const e of d.exercises) {
        expect(e.id.startsWith(`${d.id}-`), e.id).toBe(true);
        expect(sandboxOfExercise(e.id)).toBe(d.id);
      }
    }
    const all = definitions.flatMap((d) => d.exercises.map((e) => e.id));
    expect(new Set(all).size).toBe(all.length);
  });
});
