/**
 * A reader's SQL split into statements, with what a SQL cell refuses to run. The split respects
 * quoted text ('…', "…", $$…$$) and comments, so a semicolon inside them does not end a statement
 * and a function named inside a comment or a string is not taken for a call.
 */
export interface Statement {
  /** The statement as written, without its semicolon. */
  text: string;
  /** Its first word in capitals (SELECT, UPDATE, BEGIN…), '' when it has none. */
  keyword: string;
  /** The statement with comments removed and quoted text emptied: what the guard reads. */
  code: string;
}

export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  let text = '';
  let code = '';
  const finish = () => {
    const keyword = /^\s*([a-z]+)/i.exec(code)?.[1]?.toUpperCase() ?? '';
    if (code.trim()) statements.push({ text: text.trim(), keyword, code: code.trim() });
    text = '';
    code = '';
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const two = sql.slice(i, i + 2);
    let end = i + 1;
    if (two === '--') {
      const nl = sql.indexOf('\n', i);
      end = nl < 0 ? sql.length : nl;
      code += ' ';
    } else if (two === '/*') {
      const close = sql.indexOf('*/', i + 2);
      end = close < 0 ? sql.length : close + 2;
      code += ' ';
    } else if (c === "'" || c === '"' || two === '$$') {
      const quote = two === '$$' ? '$$' : c;
      let j = i + quote.length;
      for (;;) {
        const k = sql.indexOf(quote, j);
        if (k < 0) {
          j = sql.length;
          break;
        }
        // A doubled quote ('it''s') stays inside the text.
        if (quote.length === 1 && sql[k + 1] === quote) {
          j = k + 2;
          continue;
        }
        j = k + quote.length;
        break;
      }
      end = j;
      code += `${quote}${c === "'" || quote === '$$' ? stringMark(sql.slice(i + quote.length, end - quote.length)) : sql.slice(i + 1, end - 1)}${quote}`;
    } else if (c === ';') {
      finish();
      i += 1;
      continue;
    } else {
      code += c;
    }
    text += sql.slice(i, end);
    i = end;
  }
  finish();
  return statements;
}

/** Quoted text as the guard sees it: only whether it names a URL or a file. */
function stringMark(inner: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(inner.trim())) return 'url';
  if (/\.(csv|tsv|parquet|json|ndjson|jsonl|xlsx|arrow|db|duckdb|sqlite|txt|gz|zst)$/i.test(inner.trim())) return 'file';
  return '';
}

const TRANSACTION = new Set(['BEGIN', 'START', 'COMMIT', 'END', 'ROLLBACK', 'ABORT']);
const REFUSED_STATEMENTS: Record<string, string> = {
  ATTACH: 'ATTACH opens another database file',
  DETACH: 'DETACH closes one of the attached databases the cells use',
  USE: 'USE switches to another database; each cell runs on the one its dataset names',
  COPY: 'COPY reads or writes files',
  EXPORT: 'EXPORT DATABASE writes files',
  IMPORT: 'IMPORT DATABASE reads files',
  INSTALL: 'INSTALL fetches an extension from the internet',
  LOAD: 'LOAD loads an extension, which would be fetched from the internet',
  FORCE: 'FORCE INSTALL fetches an extension from the internet',
};
const FILE_FUNCTIONS =
  /\b(read_csv(?:_auto)?|read_parquet|parquet_scan|parquet_metadata|parquet_schema|read_json(?:_auto|_objects(?:_auto)?)?|read_ndjson(?:_auto|_objects)?|read_text|read_blob|read_xlsx|glob|sniff_csv|iceberg_scan|delta_scan|st_read|sqlite_scan|postgres_scan)\s*\(/i;

export interface Refusal {
  statement: number;
  message: string;
}

const WHY = 'A SQL cell reads only the tables of its dataset, which live in this page’s memory: nothing is read from files or fetched from another host.';

/** Why the statements must not run (the first reason found), or null when they may. */
export function refusal(statements: readonly Statement[]): Refusal | null {
  for (const [index, s] of statements.entries()) {
    const where = statements.length > 1 ? `Statement ${index + 1}: ` : '';
    const refused = REFUSED_STATEMENTS[s.keyword];
    if (refused) return { statement: index, message: `${where}${refused}. ${WHY}` };
    const fn = FILE_FUNCTIONS.exec(s.code);
    if (fn) return { statement: index, message: `${where}${fn[1]!.toLowerCase()}() reads files or URLs. ${WHY} Query the dataset’s tables instead (see “Tables in this dataset”).` };
    if (/'url'/.test(s.code)) return { statement: index, message: `${where}a URL in the query would be fetched from another host. ${WHY}` };
    if (/\bfrom\s+'file'/i.test(s.code) || /\bjoin\s+'file'/i.test(s.code)) return { statement: index, message: `${where}a file name as a table would be read from disk. ${WHY}` };
  }
  return null;
}

/** True when the statements manage their own transaction (BEGIN … COMMIT). */
export const ownsTransaction = (statements: readonly Statement[]) => statements.some((s) => TRANSACTION.has(s.keyword));
