/**
 * The extract travels as CSV, as most exports from a source system do. An empty unquoted field is a
 * missing value (null); a quoted "" is an empty string. A field with a comma, a quote or a line
 * break is quoted, quotes doubled (RFC 4180).
 */
export type CsvValue = string | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (value === '' || /[",\n\r]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

const COMMA = 44;
const QUOTE = 34;
const NL = 10;
const CR = 13;

/**
 * Parses CSV text into columns (one array per header field), checking the header. Lines are
 * counted from 1 after the header; a line with the wrong number of fields is an error, named by line.
 */
export function parseCsv(text: string, header: readonly string[]): CsvValue[][] {
  const firstBreak = text.indexOf('\n');
  const head = (firstBreak < 0 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  if (head !== header.join(',')) throw new Error(`The extract's header is "${head}", expected "${header.join(',')}".`);
  const columns: CsvValue[][] = header.map(() => []);
  const width = header.length;
  let i = firstBreak < 0 ? text.length : firstBreak + 1;
  let line = 1;
  const n = text.length;
  while (i < n) {
    let field = 0;
    for (;;) {
      let value: CsvValue;
      if (text.charCodeAt(i) === QUOTE) {
        let out = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) throw new Error(`Line ${line}: a quoted field never ends.`);
          out += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            out += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        value = out;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === NL || c === CR) break;
          j++;
        }
        value = j === i ? null : text.slice(i, j);
        i = j;
      }
      if (field >= width) throw new Error(`Line ${line} has more than ${width} fields.`);
      columns[field]!.push(value);
      field++;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) i++;
      if (i < n && text.charCodeAt(i) !== NL) throw new Error(`Line ${line}: unexpected text after a quoted field.`);
      i++;
      break;
    }
    if (field !== width) throw new Error(`Line ${line} has ${field} fields, expected ${width}.`);
    line++;
  }
  return columns;
}
