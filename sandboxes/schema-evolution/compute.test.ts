import { describe, expect, it } from 'vitest';
import { runSchemaEvolution } from './compute';
import { defaultSchemaEvolutionParams, schemaEvolutionParamsSchema, type Mode, type SchemaEvolutionParams, type Step } from './model';

const hooks = { now: () => 0, progress: () => {} };
const run = (steps: Step[], more: Partial<SchemaEvolutionParams> = {}) => runSchemaEvolution({ ...defaultSchemaEvolutionParams, writer: 1, reader: 1, steps, ...more }, hooks);
/** Reader version r reading data written with version w, through avsc. */
const reads = (steps: Step[], r: number, w: number) => run(steps).matrix[r - 1]![w - 1]!;

const addDevice: Step = { kind: 'add', field: 'device_type', type: 'string', withDefault: true, default: 'unknown' };

describe('avsc resolution, one rule at a time', () => {
  it('a field added with a default: the new reader fills the default, the old reader skips the field', () => {
    const r = run([addDevice], { writer: 1, reader: 2 });
    expect(r.decoded.ok).toBe(true);
    expect(r.decoded.rows.map((row) => row[r.decoded.columns.indexOf('device_type')])).toEqual(['"unknown"', '"unknown"', '"unknown"', '"unknown"']);
    expect(run([addDevice], { writer: 2, reader: 1 }).decoded.skipped).toEqual(['device_type']);
    expect(reads([addDevice], 1, 2).ok).toBe(true);
  });

  it('a field removed: the new reader skips what old writers wrote; an old reader needs a default for it', () => {
    const removeAmount: Step = { kind: 'remove', field: 'amount' };
    expect(reads([removeAmount], 2, 1).ok).toBe(true);
    expect(reads([removeAmount], 1, 2).error).toBe('no matching field for default-less com.example.fraud.Payment.amount');
    expect(reads([{ kind: 'remove', field: 'promo' }], 1, 2).ok).toBe(true); // promo has the default null
  });

  it('a rename: matched through the reader field’s alias, refused without it', () => {
    const withAlias = run([{ kind: 'rename', field: 'amount', to: 'amount_eur', alias: true }], { writer: 1, reader: 2 });
    const written = run([], { writer: 1, reader: 1 });
    expect(withAlias.decoded.ok).toBe(true);
    expect(withAlias.decoded.rows.map((row) => row[2])).toEqual(written.decoded.rows.map((row) => row[2]));
    expect(withAlias.decoded.fields[2]).toEqual({ reader: 'amount_eur', writer: 'amount', how: 'through the alias amount; same type' });
    expect(reads([{ kind: 'rename', field: 'amount', to: 'amount_eur', alias: false }], 2, 1).error).toBe('no matching field for default-less com.example.fraud.Payment.amount_eur');
  });

  it('int promoted to long, and not back', () => {
    const steps: Step[] = [{ kind: 'retype', field: 'user_id', type: 'long' }];
    const r = run(steps, { writer: 1, reader: 2 });
    expect(r.decoded.rows.map((row) => row[1])).toEqual(run([], { writer: 1, reader: 1 }).decoded.rows.map((row) => row[1]));
    expect(reads(steps, 1, 2).error).toBe('cannot read "long" as "int"');
    expect(reads([{ kind: 'retype', field: 'user_id', type: 'string' }], 2, 1).ok).toBe(false);
  });

  it('an enum symbol added: readable by the new schema, not by the old one', () => {
    const steps: Step[] = [{ kind: 'enum-add', field: 'currency', symbol: 'CHF' }];
    expect(reads(steps, 2, 1).ok).toBe(true);
    expect(reads(steps, 1, 2).error).toBe('cannot read "com.example.fraud.Currency" as "com.example.fraud.Currency"');
  });

  it('a union widened: the wider union reads the narrower, not the other way', () => {
    const steps: Step[] = [{ kind: 'union-add', field: 'promo', type: 'long' }];
    expect(reads(steps, 2, 1).ok).toBe(true);
    expect(reads(steps, 1, 2).error).toBe('cannot read "long" as ["null","string"]');
  });

  it('a failure: a field added without a default cannot be read from old data, and avsc says why', () => {
    const steps: Step[] = [{ kind: 'add', field: 'country', type: 'string', withDefault: false, default: '' }];
    const r = run(steps, { writer: 1, reader: 2 });
    expect(r.decoded.ok).toBe(false);
    expect(r.decoded.error).toBe('no matching field for default-less com.example.fraud.Payment.country');
    expect(r.decoded.rows).toEqual([]);
    expect(reads(steps, 1, 2).ok).toBe(true);
  });

  it('a default that does not fit its type is refused by avsc itself', () => {
    const r = run([{ kind: 'add', field: 'n', type: 'int', withDefault: true, default: '1.5' }]);
    expect(r.versions[1]!.invalid).toMatch(/incompatible field default/);
    expect(r.registry[1]!.accepted).toBe(false);
  });
});

describe('compatibility verdicts over a hand history', () => {
  // Known from the rules, not from running: v2 adds a field with a default (full), v3 widens int to
  // long (backward only), v4 adds a field without a default (forward only), v5 takes the default off
  // device_type (backward with v4, whose data has it; not with v1–v3, whose data lacks it).
  const history: Step[] = [
    addDevice,
    { kind: 'retype', field: 'user_id', type: 'long' },
    { kind: 'add', field: 'country', type: 'string', withDefault: false, default: '' },
    { kind: 'set-default', field: 'device_type', withDefault: false, default: '' },
  ];
  const r = run(history);
  const row = (k: number) => r.verdicts.find((v) => v.version === k)!;

  it('gives each version its six verdicts and a safe order', () => {
    const table = r.verdicts.map((v) => [v.version, v.backward, v.forward, v.full, v.backwardTransitive, v.forwardTransitive, v.fullTransitive, v.order]);
    expect(table).toEqual([
      [2, true, true, true, true, true, true, 'either'],
      [3, true, false, false, true, false, false, 'consumers-first'],
      [4, false, true, false, false, false, false, 'producers-first'],
      [5, true, true, true, false, false, false, 'either'],
    ]);
    expect(row(5).unreadable).toEqual([1, 2, 3]);
    expect(row(4).unreadableBy).toEqual([1, 2]);
  });

  it('the registry checks against what it registered: the latest, or all for _TRANSITIVE', () => {
    const accepted = (mode: Mode) => runSchemaEvolution({ ...defaultSchemaEvolutionParams, reader: 1, steps: history, mode }, hooks).registry.filter((s) => s.accepted).map((s) => s.version);
    expect(accepted('NONE')).toEqual([1, 2, 3, 4, 5]);
    expect(accepted('BACKWARD')).toEqual([1, 2, 3]); // v4 is refused, so v5 is checked against v3, whose data lacks country too
    expect(accepted('FORWARD')).toEqual([1, 2]); // after v3 is refused, v4 and v5 carry its long user_id, which v2 cannot read
    expect(accepted('FULL_TRANSITIVE')).toEqual([1, 2]);
    expect(accepted('BACKWARD_TRANSITIVE')).toEqual([1, 2, 3]);
  });

  it('a small deployment: after the int-to-long change the lagging consumer fails, the rest keep working', () => {
    const after3 = r.deployment.find((d) => d.version === 3)!;
    expect(after3.components.map((c) => [c.name, c.version, c.ok])).toEqual([
      ['Web checkout', 3, true],
      ['Mobile app', 2, true],
      ['Feature pipeline', 3, true],
      ['Fraud scorer', 2, false],
      ['Backfill job', 3, true],
    ]);
  });
});

describe('the defaults and the schema', () => {
  it('runs the prepared history the same way for the same seed', () => {
    const a = runSchemaEvolution(defaultSchemaEvolutionParams, hooks);
    expect(a.versions).toHaveLength(8);
    expect(a.decoded.ok).toBe(true);
    expect(a).toEqual(runSchemaEvolution(defaultSchemaEvolutionParams, hooks));
  });

  it('refuses a step that does not fit the schema, naming the step', () => {
    const bad = schemaEvolutionParamsSchema.safeParse({ ...defaultSchemaEvolutionParams, steps: [{ kind: 'remove', field: 'nope' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/^Step 1: There is no field nope/);
    expect(bad.error?.issues[0]?.path).toEqual(['steps', 0]);
    expect(schemaEvolutionParamsSchema.safeParse({ ...defaultSchemaEvolutionParams, reader: 9 }).success).toBe(false);
    expect(schemaEvolutionParamsSchema.safeParse({ ...defaultSchemaEvolutionParams, steps: [{ ...addDevice, field: '9x' }] }).success).toBe(false);
  });
});
