import { describe, expect, it } from 'vitest';
import { isReady, loadAllDefinitions, readySandboxIds, sandboxCatalog, sandboxOfExercise, type SandboxId } from './catalog';

describe('sandbox catalog', () => {
  const ids = Object.keys(sandboxCatalog) as SandboxId[];

  it('uses kebab-case ids and says in one line what each sandbox does', () => {
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(sandboxCatalog[id].summary.length).toBeGreaterThan(60);
    }
  });

  it('gives every built sandbox a definition under its own id, and none to a planned one', async () => {
    const definitions = await loadAllDefinitions();
    expect(definitions.map((d) => d.id)).toEqual(readySandboxIds);
    for (const id of ids) expect('ready' in sandboxCatalog[id], id).toBe(isReady(id));
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
