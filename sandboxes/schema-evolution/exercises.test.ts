import { describe, expect, it } from 'vitest';
import { runSchemaEvolution } from './compute';
import { firstRefused, laggingConsumer, safeOrder } from './exercises';
import { explainRun } from './explain';
import { defaultSchemaEvolutionParams, type SchemaEvolutionParams } from './model';

const hooks = { now: () => 0, progress: () => {} };
const at = (more: Partial<SchemaEvolutionParams>) => {
  const params = { ...defaultSchemaEvolutionParams, ...more };
  return { params, result: runSchemaEvolution(params, hooks) };
};

describe('schema-evolution exercises', () => {
  it('first refused: version 8 under BACKWARD (country has no default), version 3 under FORWARD (long read as int)', () => {
    const backward = at({ mode: 'BACKWARD' });
    expect(firstRefused.check(backward.result, { version: '8' }, backward.params).pass).toBe(true);
    expect(firstRefused.check(backward.result, { version: '7' }, backward.params).pass).toBe(false);
    const forward = at({ mode: 'FORWARD' });
    expect(firstRefused.check(forward.result, { version: '3' }, forward.params).pass).toBe(true);
    const none = at({ mode: 'NONE' });
    expect(firstRefused.check(none.result, { version: '8' }, none.params).pass).toBe(false);
  });

  it('safe order: int to long is consumers first; the added default field either side', () => {
    const v3 = at({ reader: 3, writer: 2 });
    expect(safeOrder.check(v3.result, { order: 'consumers-first' }, v3.params).pass).toBe(true);
    expect(safeOrder.check(v3.result, { order: 'producers-first' }, v3.params).pass).toBe(false);
    const v2 = at({ reader: 2 });
    expect(safeOrder.check(v2.result, { order: 'either' }, v2.params).pass).toBe(true);
    const v1 = at({ reader: 1 });
    expect(safeOrder.check(v1.result, { order: 'either' }, v1.params).pass).toBe(false);
  });

  it('lagging consumer: under NONE the fraud scorer fails after the four backward-only changes (v3–v6)', () => {
    const none = at({ mode: 'NONE' });
    expect(laggingConsumer.check(none.result, { count: '4' }, none.params).pass).toBe(true);
    expect(laggingConsumer.check(none.result, { count: '5' }, none.params).pass).toBe(false);
  });

  it('explains the defaults from the run', () => {
    const { params, result } = at({});
    const text = explainRun(result, params);
    expect(text[0]).toMatch(/^Of your 7 changes, avsc resolves 2 both ways .*, 4 only from the new schema .*, 1 only from the old .* and 0 neither way\. Under BACKWARD the registry refuses version 8;/);
    expect(text[1]).toBe('Version 6 read 4 records written with version 1: device_type filled from its default.');
    expect(text[2]).toBe('After the last change (version 8) the web checkout, the feature pipeline and the backfill job stop working.');
  });
});
