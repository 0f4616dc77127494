import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { readParquet, readParquetColumns, restoredColumn, toArrowTable, writeArrow, readArrow, writeParquet, type ParquetModule } from './columnar';
import { readAvro, writeAvro } from './avro';
import { runFormats } from './compute';
import { generateDataset } from './dataset';
import { classify } from './fidelity';
import { formatsParamsSchema, type FormatResult } from './model';
import { guessType, parseCsv, readCsv, writeCsv, writeJson } from './text';

/** parquet-wasm as the handler gets it: through the Node engine cache (the same module the worker's cache loads). */
let pq: ParquetModule;
beforeAll(async () => {
  pq = await nodeEnv().engines.parquet();
});

describe('the dataset', () => {
  it('is the same for the same seed and has its awkward columns', () => {
    const a = generateDataset(2000, 7);
    expect(generateDataset(2000, 7)).toEqual(a);
    expect(a.zip.some((z) => z.startsWith('0'))).toBe(true);
    expect(a.coupon.filter((c) => c === null).length).toBeGreaterThan(400); // about 30% of 2,000
    expect(a.session.every((s) => /^[0-9a-f]{16}$/.test(s))).toBe(true);
  });
});

describe('text formats', () => {
  const tiny = generateDataset(2, 1);
  tiny.zip = ['07053', '10001'];
  tiny.coupon = [null, 'SAVE10'];

  it('writes exact, hand-checkable CSV', () => {
    const lines = new TextDecoder().decode(writeCsv(tiny)).split('\n');
    expect(lines[0]).toBe('id,user_id,price,score,country,session,created_at,is_member,coupon,zip');
    expect(lines[1]).toMatch(/^1,\d+,[\d.]+,-?[\d.e-]+,[A-Z]{2},[0-9a-f]{16},2026-\d\d-\d\dT[\d:.]+Z,(true|false),,07053$/);
    expect(lines).toHaveLength(4); // header, 2 rows, and the final newline
  });

  it('writes exact bytes for a one-row table checked by hand', () => {
    const one = {
      rows: 1,
      id: Int32Array.from([1]),
      user_id: Int32Array.from([42]),
      price: Float64Array.from([9.99]),
      score: Float64Array.from([0.5]),
      country: ['US'],
      session: ['abcdef0123456789'],
      created_at: [new Date('2026-01-02T03:04:05.000Z')],
      is_member: [true],
      coupon: [null],
      zip: ['07053'],
    };
    const csv = 'id,user_id,price,score,country,session,created_at,is_member,coupon,zip\n1,42,9.99,0.5,US,abcdef0123456789,2026-01-02T03:04:05.000Z,true,,07053\n';
    const json = '[{"id":1,"user_id":42,"price":9.99,"score":0.5,"country":"US","session":"abcdef0123456789","created_at":"2026-01-02T03:04:05.000Z","is_member":true,"coupon":null,"zip":"07053"}]';
    expect(new TextDecoder().decode(writeCsv(one))).toBe(csv);
    expect(writeCsv(one).length).toBe(142);
    expect(new TextDecoder().decode(writeJson(one))).toBe(json);
    expect(writeJson(one).length).toBe(177);
  });

  it('parses quoted CSV and guesses types like a spreadsheet', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"']]);
    expect(guessType('07053')).toBe(7053);
    expect(guessType('true')).toBe(true);
    expect(guessType('')).toBe('');
    expect(guessType('SAVE10')).toBe('SAVE10');
    const row = readCsv(writeCsv(tiny))[0]!;
    expect(row.zip).toBe(7053);
    expect(row.coupon).toBe('');
  });
});

describe('fidelity', () => {
  it('names what a round trip lost', () => {
    expect(classify('07053', 7053)).toBe('text read as a number: leading zeros lost');
    expect(classify(null, '')).toBe('missing values came back as empty strings');
    expect(classify('0159436e36771253', Number('0159436e36771253'))).toBe('text read as scientific notation: overflowed to Infinity');
    expect(classify('12e3', 12000)).toBe('text read as a number in scientific notation');
    expect(classify('9685241847361231', Number('9685241847361231'))).toBe('text read as a number: digits changed (too long for a double)');
    expect(classify('12345', 12345)).toBe('text read as a number');
    expect(classify(new Date(0), '1970-01-01T00:00:00.000Z')).toBe('timestamps came back as text');
    expect(classify(new Date(5), new Date(5))).toBeNull();
    expect(classify(0.1, 0.1)).toBeNull();
    expect(classify(true, 'true')).toBe('booleans came back as text');
  });
});

describe('columnar formats round-trip every value and type', () => {
  const data = generateDataset(3000, 3);
  const table = toArrowTable(data);

  it('Arrow IPC', () => {
    const back = readArrow(writeArrow(table));
    expect(restoredColumn(back, 'zip')).toEqual(data.zip);
    expect(restoredColumn(back, 'coupon')).toEqual(data.coupon);
    expect(restoredColumn(back, 'created_at')).toEqual(data.created_at);
  });

  it.each(['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'LZ4_RAW', 'ZSTD'] as const)('Parquet, %s', async (codec) => {
    const bytes = writeParquet(pq, table, codec);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    const back = readParquet(pq, bytes);
    expect(back.numRows).toBe(3000);
    for (const name of ['id', 'price', 'score', 'zip', 'coupon', 'is_member', 'created_at'] as const) {
      expect(restoredColumn(back, name)).toEqual(name === 'id' || name === 'price' || name === 'score' ? [...data[name]] : data[name]);
    }
    const onlyPrice = await readParquetColumns(pq, bytes, ['price']);
    expect(onlyPrice.schema.fields.map((f) => f.name)).toEqual(['price']);
  });
});

describe('Avro container files', () => {
  const data = generateDataset(9000, 4); // three blocks of 4,096 rows and a short one

  it('round-trip every value, with the timestamp type carried by the embedded schema', () => {
    const rows = readAvro(writeAvro(data, 4));
    expect(rows).toHaveLength(9000);
    expect(rows.map((r) => r.zip)).toEqual(data.zip);
    expect(rows.map((r) => r.coupon)).toEqual(data.coupon);
    expect(rows.map((r) => r.created_at)).toEqual(data.created_at);
    expect(rows.map((r) => r.price)).toEqual([...data.price]);
  });

  it('are read by avsc’s own stream decoder too (the framing follows the specification)', async () => {
    const avro = await import('avsc');
    const bytes = writeAvro(generateDataset(5000, 5), 5);
    const decoded: Array<Record<string, unknown>> = [];
    let schemaName = '';
    await new Promise<void>((resolve, reject) => {
      const decoder = new avro.streams.BlockDecoder();
      decoder.on('metadata', (type: { name?: string }) => (schemaName = type.name ?? ''));
      decoder.on('data', (record: Record<string, unknown>) => decoded.push(record));
      decoder.on('end', () => resolve());
      decoder.on('error', reject);
      decoder.end(Buffer.from(bytes));
    });
    expect(schemaName).toBe('Row');
    expect(decoded).toHaveLength(5000);
    expect(decoded[0]).toMatchObject({ id: 1 });
  });

  it('is the same file for the same seed', () => {
    const data2 = generateDataset(100, 6);
    expect(writeAvro(data2, 6)).toEqual(writeAvro(data2, 6));
  });
});

describe('runFormats', () => {
  it('measures every format, agrees on the price total, and reports what each lost', async () => {
    let clock = 0;
    const result = await runFormats({ rows: 2000, repeats: 1, seed: 9 }, pq, { now: () => (clock += 5), progress: () => {} });
    const byId = Object.fromEntries(result.formats.map((f) => [f.format, f])) as Record<string, FormatResult>;
    expect(Object.keys(byId)).toEqual(['json', 'ndjson', 'csv', 'avro', 'arrow', 'parquet-uncompressed', 'parquet-snappy', 'parquet-gzip', 'parquet-brotli', 'parquet-lz4_raw', 'parquet-zstd']);
    const lost = (id: string) => byId[id]!.fidelity.map((f) => `${f.column}: ${f.what}`);
    expect(lost('json')).toEqual(['created_at: timestamps came back as text']);
    expect(lost('csv')).toEqual(expect.arrayContaining(['created_at: timestamps came back as text', 'coupon: missing values came back as empty strings', 'zip: text read as a number: leading zeros lost']));
    expect(lost('arrow')).toEqual([]);
    expect(lost('avro')).toEqual([]);
    expect(lost('parquet-zstd')).toEqual([]);
    expect(byId['parquet-zstd']!.bytes).toBeLessThan(byId['parquet-uncompressed']!.bytes);
    expect(byId.csv!.bytes).toBeLessThan(byId.json!.bytes);
    expect(byId.json!.file).toBeInstanceOf(Uint8Array);
  }, 30_000); // about a second on an idle machine; eleven formats' first (unoptimised) passes take longer on a busy one

  it('refuses bad sizes', () => {
    for (const rows of [0, -5, 1e12, Number.NaN, 1.5]) expect(formatsParamsSchema.safeParse({ rows, repeats: 3, seed: 1 }).success).toBe(false);
  });
});
