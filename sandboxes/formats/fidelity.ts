import { columnNames, type ColumnName, type Dataset, type Value } from './dataset';
import type { FidelityFinding } from './model';

/** What went wrong with one value on the round trip, or null if it came back the same, type and all. */
export function classify(before: Value, after: unknown): string | null {
  if (before === null) return after === null ? null : after === '' ? 'missing values came back as empty strings' : 'a missing value came back as a value';
  if (before instanceof Date) {
    if (after instanceof Date) return after.getTime() === before.getTime() ? null : 'timestamps changed';
    return typeof after === 'string' ? 'timestamps came back as text' : 'timestamps changed type';
  }
  if (typeof before === 'string') {
    if (after === before) return null;
    if (typeof after === 'number') {
      if (/e/i.test(before)) return Number.isFinite(after) ? 'text read as a number in scientific notation' : 'text read as scientific notation: overflowed to Infinity';
      if (/^0\d/.test(before)) return 'text read as a number: leading zeros lost';
      if (String(after) !== before) return 'text read as a number: digits changed (too long for a double)';
      return 'text read as a number';
    }
    return 'text changed';
  }
  if (typeof before === 'number') {
    if (typeof after === 'number') return after === before ? null : 'numbers changed (precision)';
    return typeof after === 'string' ? 'numbers came back as text' : 'numbers changed type';
  }
  if (after === before) return null;
  return typeof after === 'string' ? 'booleans came back as text' : 'booleans changed';
}

const show = (value: unknown): string => {
  if (value === null) return 'null';
  if (value instanceof Date) return `Date ${value.toISOString()}`;
  if (typeof value === 'string' || typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
};

/** Compares every value of every column with what a format gave back; one finding per column and kind of change. */
export function compare(data: Dataset, restored: (column: ColumnName, row: number) => unknown): FidelityFinding[] {
  const findings: FidelityFinding[] = [];
  for (const column of columnNames) {
    const byKind = new Map<string, FidelityFinding>();
    for (let i = 0; i < data.rows; i++) {
      const before = data[column][i] as Value;
      const after = restored(column, i);
      const kind = classify(before, after);
      if (!kind) continue;
      const finding = byKind.get(kind);
      if (finding) finding.changed++;
      else byKind.set(kind, { column, changed: 1, what: kind, example: { before: show(before), after: show(after) } });
    }
    findings.push(...byKind.values());
  }
  return findings;
}
