import { describe, expect, it } from 'vitest';
import { checkSqlBlocks, sqlBlocks } from './mdx';

const cell = ['Text.', '', '<SqlCell dataset="orders">', '', '```sql', 'SELECT 1;', '```', '', '</SqlCell>'].join('\n');

describe('sqlBlocks', () => {
  it('reads a cell’s dataset and query, and a note after a block that cannot run', () => {
    const source = `${cell}\n\n\`\`\`sql\nCREATE TABLE t (a STRING) WITH ('connector' = 'kafka');\n\`\`\`\n\n<SqlNote>Flink SQL on a cluster.</SqlNote>\n`;
    const { blocks, problems } = sqlBlocks(source);
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { line: 5, sql: 'SELECT 1;', dataset: 'orders', note: null },
      { line: 11, sql: "CREATE TABLE t (a STRING) WITH ('connector' = 'kafka');", dataset: null, note: 'Flink SQL on a cluster.' },
    ]);
  });
});

describe('checkSqlBlocks', () => {
  it('passes a cell on a known dataset', () => {
    expect(checkSqlBlocks(cell, 'a.mdx')).toEqual([]);
  });
  it('refuses an unknown dataset, an empty cell and a block with no reason', () => {
    expect(checkSqlBlocks(cell.replace('orders', 'planets'), 'a.mdx')).toEqual(['a.mdx:5 runs SQL on dataset "planets", which lib/sql-cells/catalog.ts does not have.']);
    expect(checkSqlBlocks(cell.replace('SELECT 1;', ''), 'a.mdx')).toEqual(["a.mdx:5 is an empty SQL cell; give it the book's query."]);
    expect(checkSqlBlocks('```sql\nSELECT 1\n```\n\nMore text.\n', 'b.mdx')[0]).toMatch(/^b\.mdx:1 shows a ```sql block with neither/);
    expect(checkSqlBlocks('```sql\nSELECT 1\n```\n<SqlNote></SqlNote>\n', 'b.mdx')).toEqual(['b.mdx:1 has an empty <SqlNote>; say why the query cannot run here.']);
  });
  it('ignores other code blocks and a ```sql fence shown inside another fence', () => {
    expect(checkSqlBlocks('````md\n```sql\nSELECT 1\n```\n````\n\n```python\nx = 1\n```\n', 'c.mdx')).toEqual([]);
  });
});
