import { DataType, Type, type Field, type Table } from 'apache-arrow';
import type { Row } from './sql';

/** A result column as a reader sees it: its name and a short SQL type name. */
export interface PreviewColumn {
  name: string;
  type: string;
}

/**
 * The first rows of a result and how many there were in all: a SQL cell shows a page of rows and
 * never sends a whole large result to the page. Dates and timestamps arrive as text
 * (2026-01-12, 2026-01-12 08:30:00), booleans as true/false, so a reader sees what SQL would print.
 */
export interface Preview {
  columns: PreviewColumn[];
  rows: Array<Array<number | string | null>>;
  total: number;
}

function typeName(field: Field): string {
  const t: DataType = field.type as DataType;
  if (DataType.isTimestamp(t)) return 'timestamp';
  if (DataType.isDate(t)) return 'date';
  if (DataType.isInt(t)) return t.bitWidth === 64 ? 'bigint' : 'integer';
  if (DataType.isFloat(t)) return 'double';
  if (DataType.isDecimal(t)) return `decimal(${t.precision},${t.scale})`;
  if (DataType.isUtf8(t) || DataType.isLargeUtf8(t)) return 'text';
  if (DataType.isBool(t)) return 'boolean';
  if (DataType.isInterval(t)) return 'interval';
  return (Type[t.typeId] ?? 'unknown').toLowerCase();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Milliseconds since the epoch as SQL prints a date or a timestamp (UTC: the datasets hold no zones). */
export function dateText(ms: number, kind: 'date' | 'timestamp'): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (kind === 'date') return day;
  const millis = d.getUTCMilliseconds();
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${millis ? `.${String(millis).padStart(3, '0')}` : ''}`;
}

/** The first `maxRows` rows of an Arrow result, converted by `toRows` (the engine's own conversion), and the total. */
export function previewOf(table: Table, maxRows: number, toRows: (table: Table) => Row[]): Preview {
  const columns = table.schema.fields.map((field) => ({ name: field.name, type: typeName(field) }));
  const rows = toRows(table.slice(0, Math.max(0, maxRows))).map((row) =>
    columns.map(({ name, type }) => {
      const value = row[name] ?? null;
      if (value === null) return null;
      if ((type === 'date' || type === 'timestamp') && typeof value === 'number') return dateText(value, type);
      if (type === 'boolean' && typeof value === 'number') return value ? 'true' : 'false';
      return value;
    }),
  );
  return { columns, rows, total: table.numRows };
}
