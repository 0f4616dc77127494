import { isDatasetId } from './catalog';

/**
 * The ```sql blocks of a chapter's MDX source, each with what the reader gets beside it: a
 * `<SqlCell dataset="…">` around it (the reader can run it) or a `<SqlNote>` right after it (why it
 * cannot run here). Read line by line, as the content check reads the rest of a chapter.
 */
export interface SqlBlock {
  /** Line of the opening fence (1-based). */
  line: number;
  sql: string;
  /** The dataset its cell names, or null when the block is not in a cell. */
  dataset: string | null;
  /** The note's text after the block, or null when there is none. */
  note: string | null;
}

const OPEN_CELL = /^\s*<SqlCell\b([^>]*)>\s*$/;
const CLOSE_CELL = /^\s*<\/SqlCell>\s*$/;
const NOTE = /^\s*<SqlNote>([\s\S]*?)<\/SqlNote>\s*$/;

export function sqlBlocks(source: string): { blocks: SqlBlock[]; problems: Array<{ line: number; message: string }> } {
  const lines = source.split('\n');
  const blocks: SqlBlock[] = [];
  const problems: Array<{ line: number; message: string }> = [];
  let cell: { line: number; dataset: string | null; blocks: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const open = OPEN_CELL.exec(text);
    if (open) {
      if (cell) problems.push({ line: i + 1, message: 'opens a <SqlCell> inside another one.' });
      cell = { line: i + 1, dataset: /\bdataset="([^"]*)"/.exec(open[1]!)?.[1] ?? null, blocks: 0 };
      continue;
    }
    if (CLOSE_CELL.test(text)) {
      if (cell && cell.blocks !== 1) problems.push({ line: cell.line, message: `holds ${cell.blocks} \`\`\`sql blocks; a <SqlCell> holds exactly one.` });
      cell = null;
      continue;
    }
    const fence = /^\s{0,3}(`{3,})(\w*)/.exec(text);
    if (!fence) continue;
    const marker = fence[1]!;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(marker)) end++;
    if (fence[2] === 'sql') {
      const sql = lines.slice(i + 1, end).join('\n');
      let note: string | null = null;
      if (!cell) {
        let next = end + 1;
        while (next < lines.length && lines[next]!.trim() === '') next++;
        note = NOTE.exec(lines[next] ?? '')?.[1]?.trim() ?? null;
      } else cell.blocks++;
      blocks.push({ line: i + 1, sql, dataset: cell ? cell.dataset : null, note });
    }
    i = end;
  }
  if (cell) problems.push({ line: cell.line, message: 'opens a <SqlCell> that is never closed (</SqlCell> on a line of its own).' });
  return { blocks, problems };
}

/** What the content check reports about a file's SQL: unknown datasets, empty cells, and blocks with neither a cell nor a reason. */
export function checkSqlBlocks(source: string, file: string): string[] {
  const { blocks, problems } = sqlBlocks(source);
  const out = problems.map((p) => `${file}:${p.line} ${p.message}`);
  for (const b of blocks) {
    const at = `${file}:${b.line}`;
    if (b.dataset !== null) {
      if (!isDatasetId(b.dataset)) out.push(`${at} runs SQL on dataset "${b.dataset}", which lib/sql-cells/catalog.ts does not have.`);
      if (b.sql.trim() === '') out.push(`${at} is an empty SQL cell; give it the book's query.`);
    } else if (b.note === null) {
      out.push(`${at} shows a \`\`\`sql block with neither a <SqlCell dataset="…"> around it nor a <SqlNote> right after it saying why it cannot run here.`);
    } else if (b.note === '') {
      out.push(`${at} has an empty <SqlNote>; say why the query cannot run here.`);
    }
  }
  return out;
}
