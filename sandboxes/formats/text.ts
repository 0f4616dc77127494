import { columnNames, type Dataset, type Value } from './dataset';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Row objects, as a JSON writer sees them (a Date becomes its ISO text through toJSON). */
function record(data: Dataset, i: number): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const name of columnNames) out[name] = data[name][i] as Value;
  return out;
}

export function writeJson(data: Dataset): Uint8Array {
  const records = new Array(data.rows);
  for (let i = 0; i < data.rows; i++) records[i] = record(data, i);
  return encoder.encode(JSON.stringify(records));
}

export function writeNdjson(data: Dataset): Uint8Array {
  const lines = new Array<string>(data.rows);
  for (let i = 0; i < data.rows; i++) lines[i] = JSON.stringify(record(data, i));
  return encoder.encode(lines.join('\n') + '\n');
}

function csvField(value: Value): string {
  if (value === null) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(data: Dataset): Uint8Array {
  const lines = new Array<string>(data.rows + 1);
  lines[0] = columnNames.join(',');
  for (let i = 0; i < data.rows; i++) lines[i + 1] = columnNames.map((name) => csvField(data[name][i] as Value)).join(',');
  return encoder.encode(lines.join('\n') + '\n');
}

export type Rows = Array<Record<string, unknown>>;

export function readJson(bytes: Uint8Array): Rows {
  return JSON.parse(decoder.decode(bytes)) as Rows;
}

export function readNdjson(bytes: Uint8Array): Rows {
  const text = decoder.decode(bytes);
  const out: Rows = [];
  for (const line of text.split('\n')) if (line) out.push(JSON.parse(line) as Record<string, unknown>);
  return out;
}

/** Splits CSV text into records of fields (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return records;
}

const numeric = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads CSV the way a type-guessing reader does (spreadsheets, many dataframe loaders): what looks
 * like a number becomes a number, true/false become booleans, and an empty field stays "".
 */
export function guessType(text: string): string | number | boolean {
  if (numeric.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

export function readCsv(bytes: Uint8Array): Rows {
  const [header, ...records] = parseCsv(decoder.decode(bytes));
  if (!header) return [];
  return records.map((fields) => Object.fromEntries(header.map((name, j) => [name, guessType(fields[j] ?? '')])));
}
