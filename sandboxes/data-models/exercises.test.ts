import { describe, expect, it } from 'vitest';
import { addressCopies, friendsFactor, lastHourSkipped, modelsExercises, profileFewest, revenueSlowest } from './exercises';
import { judge } from './judge';
import type { Measured } from './measure';
import { defaultModelsParams, MODELS, QUERIES, type ModelId, type ModelsResult, type QueryId } from './model';

/** touched, records and median ms per cell; absent = not expressible. */
const TABLE: Partial<Record<`${QueryId}/${ModelId}`, [number, number, number]>> = {
  'profile/relational': [23, 23, 4],
  'profile/document': [1, 30, 0.01],
  'profile/graph': [31, 31, 0.005],
  'fof/relational': [47_000, 47_000, 25],
  'fof/document': [42, 1_045, 2],
  'fof/graph': [500, 500, 0.02],
  'revenue/relational': [47_000, 47_000, 8],
  'revenue/document': [5_000, 137_000, 150],
  'revenue/graph': [50_000, 50_000, 1],
  'rolling/relational': [3_900, 3_900, 20],
  'rolling/document': [100_000, 100_000, 70],
  'rolling/graph': [105_000, 105_000, 1],
  'rolling/timeseries': [4_250, 4_250, 0.03],
  'address/relational': [1, 1, 3],
  'address/document': [5_000, 137_000, 200],
  'address/graph': [1, 1, 0.001],
};

function fakeResult(): ModelsResult {
  const cells: Measured[] = MODELS.flatMap((model) =>
    QUERIES.map((query) => {
      const row = TABLE[`${query}/${model}`];
      const breakdown =
        query === 'profile' && model === 'relational'
          ? [{ what: 'users', count: 1 }, { what: 'orders', count: 5 }, { what: 'order_items', count: 12 }, { what: 'reviews', count: 5 }]
          : query === 'address' && model === 'document'
            ? [{ what: 'user documents read', count: 5_000 }, { what: 'user documents rewritten', count: 3 }]
            : [];
      return {
        query,
        model,
        expressible: Boolean(row),
        how: row ? '' : 'Not expressible: no such data.',
        code: '',
        touched: row?.[0] ?? 0,
        records: row?.[1] ?? 0,
        breakdown,
        requests: 1,
        timing: row ? { medianMs: row[2], minMs: row[2], maxMs: row[2], samples: [row[2]], runsPerSample: 1 } : null,
        answer: '',
      };
    }),
  );
  const sizes = { users: 5_000, follows: 50_000, products: 250, orders: 20_000, orderItems: 40_000, reviews: 12_000, clicks: 100_000, giftOrders: 2_000, relationalRows: 0, documents: 0, documentBytes: 0, nestedRecords: 0, nodes: 0, edges: 0, points: 100_000, chunks: 144 };
  return {
    sizes,
    queryUser: 7,
    queryProduct: 3,
    hops: 2,
    nowSeconds: 0,
    quarterStartSeconds: 0,
    clockTickMs: 0.1,
    duckdbVersion: 'v1',
    duckdbFloorMs: 0.5,
    buildMs: { relational: 1, document: 1, graph: 1, timeseries: 1 },
    cells: judge(cells),
    profile: { user: { id: 7, name: '', email: '', street: '', city: '', postcode: '' }, orders: [], reviews: [] },
    fof: [],
    revenue: { revenueCents: 0, users: 5_000, buyers: 0, perUserCents: 0 },
    rolling: [],
    address: { addressOwner: 7, before: 'a', after: 'b', ordersShippedThere: 2, copiesRewritten: { relational: 1, document: 3, graph: 1 }, staleCopies: { relational: 0, document: 0, graph: 0 } },
    agreement: { profile: true, fof: true, revenue: true, rolling: true, address: true },
  };
}

const p = defaultModelsParams;

describe('data-models exercises', () => {
  const r = fakeResult();

  it('have unique ids prefixed by the sandbox id, and say honestly which are deterministic', () => {
    expect(new Set(modelsExercises.map((e) => e.id)).size).toBe(modelsExercises.length);
    expect(modelsExercises.every((e) => e.id.startsWith('data-models-'))).toBe(true);
    expect(modelsExercises.filter((e) => e.deterministic).map((e) => e.id)).toEqual(['data-models-profile-fewest', 'data-models-last-hour-skipped', 'data-models-address-copies', 'data-models-friends-factor']);
  });

  it('profile: the document model, and the relational rows exactly', () => {
    expect(profileFewest.check(r, { model: 'document', rows: '23' }, p).pass).toBe(true);
    expect(profileFewest.check(r, { model: 'graph', rows: '23' }, p).feedback).toContain('Not yet');
    expect(profileFewest.check(r, { model: 'document', rows: '5' }, p).feedback).toContain('add up the relational breakdown');
  });

  it('last hour: documents read minus points read', () => {
    expect(lastHourSkipped.check(r, { skipped: '95,750' }, p).pass).toBe(true);
    expect(lastHourSkipped.check(r, { skipped: '4250' }, p).pass).toBe(false);
  });

  it('address: copies and documents read', () => {
    expect(addressCopies.check(r, { copies: '3', documents: '5000' }, p).pass).toBe(true);
    expect(addressCopies.check(r, { copies: '1', documents: '5000' }, p).feedback).toContain('every order shipped');
    expect(addressCopies.check(r, { copies: '3', documents: '3' }, p).feedback).toContain('copies are right');
  });

  it('friends: relational over graph within 5%', () => {
    expect(friendsFactor.check(r, { factor: '94' }, p).pass).toBe(true);
    expect(friendsFactor.check(r, { factor: '10' }, p).pass).toBe(false);
  });

  it('revenue: the slowest model by median and its factor over the fastest', () => {
    expect(revenueSlowest.check(r, { model: 'document', factor: '150' }, p).pass).toBe(true);
    expect(revenueSlowest.check(r, { model: 'graph', factor: '150' }, p).pass).toBe(false);
    expect(revenueSlowest.check(r, { model: 'document', factor: '2' }, p).feedback).toContain('divide');
  });
});

describe('the verdicts', () => {
  const r = fakeResult();
  const cell = (q: QueryId, m: ModelId) => r.cells.find((c) => c.query === q && c.model === m)!;

  it('call a model awkward at 10× the cheapest model’s records, never under 100 records', () => {
    expect(cell('fof', 'relational')).toMatchObject({ judgement: 'awkward', reason: '94× the records of the cheapest model (Graph: 500 nodes + edges).' });
    expect(cell('fof', 'document')).toMatchObject({ judgement: 'cheap', reason: 'Within 10× of the cheapest model (2.1×; Graph: 500 nodes + edges).' });
    expect(cell('rolling', 'graph').judgement).toBe('awkward');
    expect(cell('rolling', 'timeseries').judgement).toBe('cheap');
    expect(cell('address', 'document').reason).toBe('137,000× the records of the cheapest model (Relational (DuckDB): 1 row).');
    expect(cell('profile', 'graph').judgement).toBe('cheap');
    expect(cell('profile', 'relational').reason).toBe('The fewest records of any model: 23 rows.');
    expect(cell('revenue', 'timeseries')).toMatchObject({ judgement: 'not expressible', reason: 'Not expressible: no such data.' });
  });

  it('forgive a large factor on a handful of records', () => {
    const tiny = judge([
      { ...r.cells[0]!, model: 'relational', records: 2, touched: 2 },
      { ...r.cells[0]!, model: 'graph', records: 60, touched: 60 },
    ]);
    expect(tiny[1]).toMatchObject({ judgement: 'cheap', reason: '30× the cheapest, but only 60 records in all.' });
  });
});

describe('the explanation', () => {
  it('says what each model touched and lists where the run differs from the chapter’s table, with why', async () => {
    const { explainModels } = await import('./explain');
    const lines = explainModels(fakeResult());
    expect(lines[0]).toContain('the document model read 1 document (30 records inside)');
    expect(lines[1]).toContain('94×');
    expect(lines[4]).toContain('Stale copies left: none in any model');
    // The fake run differs from the table on documents and the graph for friends and revenue.
    expect(lines[5]).toBe('17 of 20 verdicts match the chapter’s comparison table. Where this run differs:');
    expect(lines.slice(6).map((l) => l.split(':')[0])).toEqual(['Friends who bought, Document', 'Revenue per user, Document', 'Revenue per user, Graph']);
    expect(lines[8]).toContain('in-memory JavaScript structure');
  });
});

describe('the explanation when DuckDB reads a whole table for the profile page', () => {
  it('names the table and the rows, and says a row store would read one row per key', async () => {
    const { explainModels } = await import('./explain');
    const r = fakeResult();
    const profile = r.cells.find((c) => c.query === 'profile' && c.model === 'relational')!;
    Object.assign(profile, { judgement: 'awkward', reason: '223× the records of the cheapest model.', breakdown: [{ what: 'users', count: 1 }, { what: 'products', count: 2_003 }] });
    const line = explainModels(r).find((l) => l.startsWith('Profile page, Relational'))!;
    expect(line).toContain('the table leads you to expect “cheap”; the counts say “awkward” — 223× the records');
    expect(line).toContain('read 2,003 rows of products');
    expect(line).toContain('one row per key');
  });
});
