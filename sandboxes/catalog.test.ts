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

describe('predictions', () => {
  it('every built sandbox asks one or two, each with a unique id, a prompt, and a range or choices a guess can meet', async () => {
    const definitions = await loadAllDefinitions();
    for (const d of definitions) {
      expect(d.predictions.length, d.id).toBeGreaterThanOrEqual(1);
      expect(d.predictions.length, d.id).toBeLessThanOrEqual(2);
      expect(new Set(d.predictions.map((p) => p.id)).size, d.id).toBe(d.predictions.length);
      for (const p of d.predictions) {
        expect(p.id, d.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(p.prompt.length, `${d.id} ${p.id}`).toBeGreaterThan(20);
        expect(p.prompt.endsWith('?') || p.prompt.endsWith('.)'), `${d.id} ${p.id}: a question`).toBe(true);
        if (p.kind === 'number') expect(p.min, `${d.id} ${p.id}`).toBeLessThan(p.max);
        else {
          expect(p.choices.length, `${d.id} ${p.id}`).toBeGreaterThanOrEqual(2);
          expect(new Set(p.choices.map((c) => c.value)).size, `${d.id} ${p.id}`).toBe(p.choices.length);
        }
      }
    }
  });
});
