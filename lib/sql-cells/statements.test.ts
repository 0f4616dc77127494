import { describe, expect, it } from 'vitest';
import { ownsTransaction, refusal, splitStatements } from './statements';

describe('splitStatements', () => {
  it('splits on semicolons outside quotes and comments', () => {
    const s = splitStatements(`SELECT 'a;b' AS x; -- a comment; still a comment\nSELECT "c;d" FROM t /* ; */ ;\n\n`);
    expect(s.map((x) => x.keyword)).toEqual(['SELECT', 'SELECT']);
    expect(s[0]!.text).toBe(`SELECT 'a;b' AS x`);
    expect(s[1]!.text).toBe(`-- a comment; still a comment\nSELECT "c;d" FROM t /* ; */`);
  });
  it('keeps a doubled quote inside the text and ignores statements that are only comments', () => {
    const s = splitStatements(`SELECT 'it''s; fine';\n-- nothing here;\n`);
    expect(s).toHaveLength(1);
    expect(s[0]!.text).toBe(`SELECT 'it''s; fine'`);
  });
  it('reads the first word after leading comments', () => {
    expect(splitStatements('-- note\n/* more */ update t set a = 1')[0]!.keyword).toBe('UPDATE');
  });
});

describe('refusal', () => {
  const why = (sql: string) => refusal(splitStatements(sql))?.message ?? null;
  it('refuses reading files and URLs, naming the function', () => {
    expect(why(`SELECT * FROM read_parquet('s3://lake/x/*.parquet')`)).toMatch(/^read_parquet\(\) reads files or URLs/);
    expect(why(`SELECT * FROM READ_CSV_AUTO('a.csv')`)).toMatch(/read_csv_auto\(\)/);
    expect(why(`SELECT * FROM 'trips.parquet'`)).toMatch(/file name as a table/);
    expect(why(`SELECT 'https://example.com/x' AS u`)).toMatch(/URL/);
  });
  it('refuses statements that reach outside the dataset, and says which statement', () => {
    expect(why(`SELECT 1; COPY orders TO 'out.csv'`)).toMatch(/^Statement 2: COPY reads or writes files/);
    expect(why(`ATTACH 'other.db'`)).toMatch(/^ATTACH/);
    expect(why(`INSTALL httpfs`)).toMatch(/^INSTALL/);
    expect(why(`USE ds_orders`)).toMatch(/^USE/);
  });
  it('lets a function named only in a comment or a string through', () => {
    expect(why(`-- read_parquet('x') would need the extension\nSELECT 'read_csv(' AS name`)).toBeNull();
  });
  it('knows when statements manage their own transaction', () => {
    expect(ownsTransaction(splitStatements('BEGIN; DELETE FROM t; COMMIT;'))).toBe(true);
    expect(ownsTransaction(splitStatements('SELECT 1'))).toBe(false);
  });
});
