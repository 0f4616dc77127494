import type { Rng } from '@/lib/random';
import type { Row, Step, WhereColumn } from './model';
import type { IcebergSchema } from './parquet';
import type { DataFile, IcebergTable, Snapshot } from './table';
import type { Operation } from './types';

/** A write prepared against one snapshot: its files are written, its metadata not yet committed. */
export interface Prepared {
  step: number;
  what: string;
  snapshotId: number;
  baseVersion: number;
  baseSnapshot: Snapshot | null;
  baseLastSeq: number;
  operation: Operation;
  added: DataFile[];
  removed: DataFile[];
  /** The manifest of the added files, written once (sequence numbers null) and reused on a retry. */
  addedManifest: string | null;
  /** A schema change (add a column): metadata only, no snapshot. */
  newSchema: IcebergSchema | null;
  /** For a retry: Iceberg's validation against what other writers committed since the base, or null when it may go on. */
  validate(added: DataFile[], removed: DataFile[]): string | null;
}

type Where = { column: WhereColumn; op: '=' | '<' | '>' | '!='; value: string };

const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
function parseValue(where: Where): number | string {
  return where.column === 'upload_date' ? where.value : Number(where.value);
}
export function matches(row: Row, where: Where): boolean {
  const cell = row[where.column];
  if (cell === null || cell === undefined) return false;
  const c = compare(cell, parseValue(where));
  return where.op === '=' ? c === 0 : where.op === '<' ? c < 0 : where.op === '>' ? c > 0 : c !== 0;
}
/** Whether a file could hold a matching row, judged as Iceberg judges it: from its column bounds, not its rows. */
export function couldMatch(file: DataFile, where: Where): boolean {
  const values = file.rows.map((r) => r[where.column]).filter((v): v is number | string => v !== null && v !== undefined);
  if (values.length === 0) return false;
  const sorted = [...values].sort(compare);
  const [lo, hi] = [sorted[0]!, sorted[sorted.length - 1]!];
  const v = parseValue(where);
  if (where.op === '=') return compare(lo, v) <= 0 && compare(hi, v) >= 0;
  if (where.op === '<') return compare(lo, v) < 0;
  if (where.op === '>') return compare(hi, v) > 0;
  return !(compare(lo, v) === 0 && compare(hi, v) === 0);
}

export const describeWhere = (w: Where) => `${w.column} ${w.op} ${w.column === 'upload_date' ? `'${w.value}'` : w.value}`;

export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'append':
      return `Append ${step.rows} row${step.rows === 1 ? '' : 's'} on ${step.date} (${step.user ? `user ${step.user}` : 'seeded users'})`;
    case 'overwrite':
      return `Overwrite partition ${step.date} with ${step.rows} row${step.rows === 1 ? '' : 's'}`;
    case 'delete':
      return `Delete where ${describeWhere(step)}`;
    case 'update':
      return `Update set ${step.set} = '${step.to}' where ${describeWhere(step)}`;
    case 'addColumn':
      return `Add column ${step.name} (string)`;
    case 'compact':
      return 'Compact small files (one file per partition)';
    case 'expire':
      return `Expire snapshots, keeping the newest ${step.keep}`;
    case 'reader':
      return 'A reader starts a long query';
    case 'together':
      return `The next two steps write at once; the ${step.winner} commits first`;
  }
}

const missing = (removed: DataFile[], gone: DataFile[]) => {
  const goneSet = new Set(gone.map((f) => f.path));
  const lost = removed.filter((f) => goneSet.has(f.path));
  return lost.length ? `Missing required files to delete: ${lost.map((f) => f.path.split('/').pop()).join(', ')} (another writer already replaced them).` : null;
};

/** Rows for an append or an overwrite: ids continue from the table's last, file ids and object paths follow from the id. */
export function newRows(count: number, date: string, user: number, nextId: () => number, rng: Rng): Row[] {
  return Array.from({ length: count }, () => {
    const id = nextId();
    const fileId = `f_${(0x98a0 + id - 100).toString(16)}`;
    return { upload_id: id, upload_date: date, user_id: user || rng.int(1, 999), file_id: fileId, object_store_processed: `s3://processed/${fileId}.jpg`, object_store_raw: `s3://raw/${fileId}.jpg` };
  });
}

/**
 * Prepares one write against the table's current snapshot, as an engine would: reads which files it
 * touches, writes the new data files and the manifest of added files. Null when it changes nothing.
 */
export function prepare(table: IcebergTable, step: Step, index: number, nextId: () => number, rng: Rng): Prepared | null {
  const base = table.current;
  const live = base?.files ?? [];
  const schema = table.schema;
  const common = { step: index, what: describeStep(step), snapshotId: table.newSnapshotId(), baseVersion: table.version, baseSnapshot: base, baseLastSeq: table.lastSeq, newSchema: null, addedManifest: null };
  const finish = (p: Omit<Prepared, 'addedManifest'>): Prepared => ({
    ...p,
    addedManifest: p.added.length ? table.writeManifest(p.snapshotId, p.added.map((file) => ({ file, status: 1 as const })), schema) : null,
  });
  switch (step.kind) {
    case 'append':
    case 'overwrite': {
      const file = table.writeData(step.date, newRows(step.rows, step.date, step.user, nextId, rng), schema);
      const removed = step.kind === 'overwrite' ? live.filter((f) => f.date === step.date) : [];
      return finish({
        ...common,
        operation: step.kind,
        added: [file],
        removed,
        validate:
          step.kind === 'append'
            ? () => null
            : (added, gone) =>
                missing(removed, gone) ??
                (added.some((f) => f.date === step.date) ? `Found conflicting files in partition ${step.date}: another writer added data there after this overwrite read the table.` : null),
      });
    }
    case 'delete':
    case 'update': {
      const touched = live.filter((f) => f.rows.some((r) => matches(r, step)));
      if (touched.length === 0) return null;
      const added: DataFile[] = [];
      for (const f of touched) {
        const rows = step.kind === 'delete' ? f.rows.filter((r) => !matches(r, step)) : f.rows.map((r) => (matches(r, step) ? { ...r, [step.set]: step.set === 'user_id' ? Number(step.to) : step.to } : r));
        if (rows.length) added.push(table.writeData(f.date, rows, schema));
      }
      return finish({
        ...common,
        operation: added.length ? 'overwrite' : 'delete',
        added,
        removed: touched,
        validate: (newFiles, gone) => {
          const conflict = newFiles.filter((f) => couldMatch(f, step));
          return (
            missing(touched, gone) ??
            (conflict.length ? `Found conflicting files that can contain records matching ${describeWhere(step)}: ${conflict.map((f) => f.path.split('/').pop()).join(', ')} (serializable isolation).` : null)
          );
        },
      });
    }
    case 'compact': {
      const byDate = new Map<string, DataFile[]>();
      for (const f of live) byDate.set(f.date, [...(byDate.get(f.date) ?? []), f]);
      const groups = [...byDate.values()].filter((g) => g.length > 1);
      if (groups.length === 0) return null;
      const removed = groups.flat();
      const added = groups.map((g) => table.writeData(g[0]!.date, g.flatMap((f) => f.rows), schema));
      return finish({ ...common, operation: 'replace', added, removed, validate: (_added, gone) => missing(removed, gone) });
    }
    case 'addColumn': {
      const id = table.lastColumnId + 1;
      const newSchema: IcebergSchema = { type: 'struct', 'schema-id': Math.max(...table.schemas.map((s) => s['schema-id'])) + 1, fields: [...schema.fields, { id, name: step.name, required: false, type: 'string' }] };
      return { ...common, operation: 'append', added: [], removed: [], newSchema, validate: () => null };
    }
    default:
      return null;
  }
}
