import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { answerText, rollingFromMinutes } from './answers';
import { runModels } from './compute';
import { addressLine, generateShop, newAddressFor } from './dataset';
import { buildDocuments, docCopiesOf, runDocuments } from './documents';
import { adjacency, buildGraph, graphFriendsWhoBought, runGraph } from './graph';
import { HAND, handShop } from './handShop';
import { defaultModelsParams, modelsParamsSchema, ROLLING_POINTS, type ModelsResult } from './model';
import { loadRelational, runRelational } from './relational';
import { buildSeries, runSeries } from './timeseries';

const clock = { now: () => performance.now() };
const quiet = () => undefined;
// As the worker does: DuckDB loaded once and kept warm, a clean database each time (no table left from the test before).
const env = nodeEnv();
const openDuckDB = () => env.engines.duckdb();
// Loading the engine is paid once, here, not by whichever test happens to run first (it is slow on a busy machine).
beforeAll(() => env.engines.preload('duckdb'), 120_000);

/** Every model on the hand-made shop, asked about `user` and `product`. */
async function onHandShop(user: number, product: number, hops: number) {
  const shop = handShop();
  const s = { user, product, hops, seed: 1 };
  const engine = await openDuckDB();
  try {
    loadRelational(engine, shop);
    const rel = runRelational(engine, shop, s, clock, 1, quiet);
    const doc = runDocuments(buildDocuments(shop), shop, s, clock, 1, quiet);
    const graph = runGraph(buildGraph(shop), shop, s, clock, 1, quiet);
    const series = runSeries(buildSeries(shop), clock, 1);
    return { rel, doc, graph, series };
  } finally {
    engine.close();
  }
}

describe('the hand-made shop (the chapter’s graph slice)', () => {
  it('finds the same friends-of-friends who bought the shoes in SQL, documents and the graph', async () => {
    const { rel, doc, graph } = await onHandShop(HAND.alice, HAND.shoes, 2);
    // Alice → Bob, Dan (1 hop) → Carol (2 hops). Bob and Carol bought the shoes; Eve did too, but she is 3 hops away.
    expect(rel.answers.fof).toEqual([HAND.bob, HAND.carol]);
    expect(doc.answers.fof).toEqual([HAND.bob, HAND.carol]);
    expect(graph.answers.fof).toEqual([HAND.bob, HAND.carol]);
    // Documents: Alice's, then Bob's and Dan's (for their follows), then Carol's (for her orders).
    expect(doc.cells.find((c) => c.query === 'fof')!.touched).toBe(4);
    // Graph: 3 user nodes expanded, 3 FOLLOWS edges, 3 PLACED edges, 4 CONTAINS edges (Carol's order has two lines).
    expect(graph.cells.find((c) => c.query === 'fof')!.touched).toBe(13);
  }, 30_000);

  it('reaches Eve at three hops, and nobody at one hop bought the jacket', async () => {
    expect((await onHandShop(HAND.alice, HAND.shoes, 3)).rel.answers.fof).toEqual([HAND.bob, HAND.carol, HAND.eve]);
    const oneHop = await onHandShop(HAND.alice, HAND.jacket, 1);
    expect([oneHop.rel.answers.fof, oneHop.doc.answers.fof, oneHop.graph.answers.fof]).toEqual([[], [], []]);
  }, 30_000);

  it('adds up this quarter’s revenue to the same cents in every model', async () => {
    const { rel, doc, graph } = await onHandShop(HAND.carol, HAND.shoes, 2);
    const expected = { revenueCents: HAND.revenueCents, users: 5, buyers: 4 }; // Carol's order was last quarter
    expect(rel.answers.revenue).toEqual(expected);
    expect(doc.answers.revenue).toEqual(expected);
    expect(graph.answers.revenue).toEqual(expected);
  }, 30_000);

  it('counts clicks in each 5-minute window exactly as worked out by hand', async () => {
    const { rel, doc, graph, series } = await onHandShop(HAND.alice, HAND.shoes, 2);
    // Clicks at minutes 0, 58, 59 and 63 of the 64 read; the window at mark j covers minutes j … j + 4.
    const expected = new Array<number>(ROLLING_POINTS).fill(0);
    expected[0] = 1;
    expected[54] = 1;
    for (const j of [55, 56, 57, 58, 59]) expected[j] = 2;
    for (const counts of [rel.answers.rolling, doc.answers.rolling, graph.answers.rolling, series.rolling]) expect(counts).toEqual(expected);
    // The time series opens only the chunks of the last 64 minutes: the click 3 hours ago stays unread.
    expect(series.cells.find((c) => c.query === 'rolling')!.touched).toBe(5);
    expect(doc.cells.find((c) => c.query === 'rolling')!.touched).toBe(6);
  }, 30_000);

  it('moves Bob everywhere: one row, one node, three document copies, and no stale copy anywhere', async () => {
    const { rel, doc, graph } = await onHandShop(HAND.bob, HAND.shoes, 2);
    const after = addressLine(newAddressFor(HAND.bob, 1).street, newAddressFor(HAND.bob, 1).city, newAddressFor(HAND.bob, 1).postcode);
    // Bob's own order and Alice's gift both ship to him.
    for (const a of [rel.answers.address, doc.answers.address, graph.answers.address]) expect(a).toMatchObject({ ordersShippedThere: 2, after, stale: 0 });
    expect(rel.answers.address.copiesRewritten).toBe(1);
    // DuckDB's scan returned the one row it updated, from a table of five it started from.
    expect(rel.cells.find((c) => c.query === 'address')).toMatchObject({ touched: 1, covered: 5, breakdown: [{ what: 'addresses', count: 1 }] });
    expect(graph.answers.address.copiesRewritten).toBe(1);
    // His profile's address, his order's shipping block, and the block in Alice's gift order.
    expect(doc.answers.address.copiesRewritten).toBe(3);
    const docCell = doc.cells.find((c) => c.query === 'address')!;
    expect(docCell.breakdown).toEqual([
      { what: 'user documents read', count: 5 },
      { what: 'user documents rewritten', count: 2 },
    ]);
  }, 30_000);

  it('leaves the old address in no document after the timed passes move Bob back and forth', () => {
    const shop = handShop();
    const store = buildDocuments(shop);
    runDocuments(store, shop, { user: HAND.bob, product: HAND.shoes, hops: 2, seed: 1 }, clock, 4, quiet);
    const old = { street: shop.street[HAND.bob]!, city: shop.city[HAND.bob]!, postcode: shop.postcode[HAND.bob]! };
    expect(docCopiesOf(store, old)).toEqual({ own: 0, shipping: 0 });
    expect(docCopiesOf(store, newAddressFor(HAND.bob, 1))).toEqual({ own: 1, shipping: 2 });
  });

  it('builds the same profile page from joins, from one document and from a walk', async () => {
    const { rel, doc, graph } = await onHandShop(HAND.carol, HAND.shoes, 2);
    expect(rel.answers.profile).toEqual({
      user: { id: 3, name: 'Carol Costa', email: 'carol@example.com', street: '3 Harbour Road', city: 'Lyon', postcode: '100003' },
      orders: [
        {
          orderId: 3,
          placedAt: handShop().orderPlacedAt[2],
          shipTo: '3 Harbour Road, 100003 Lyon',
          items: [
            { productId: 1, name: 'Trail shoes', qty: 1, priceCents: 8_900 },
            { productId: 2, name: 'Rain jacket', qty: 1, priceCents: 12_000 },
          ],
        },
      ],
      reviews: [{ reviewId: 1, productId: 2, productName: 'Rain jacket', rating: 5, createdAt: handShop().reviewCreatedAt[0] }],
    });
    expect(doc.answers.profile).toEqual(rel.answers.profile);
    expect(graph.answers.profile).toEqual(rel.answers.profile);
    expect(doc.cells.find((c) => c.query === 'profile')!.touched).toBe(1);
  }, 30_000);
});

describe('a generated shop in all four models', () => {
  let result: ModelsResult;
  const params = modelsParamsSchema.parse({ ...defaultModelsParams, users: 600, followsPerUser: 8, ordersPerUser: 3, clicks: 20_000, hops: 2, repeats: 1, seed: 11 });

  it('gives the same answer to every question in every model that can express it', async () => {
    result = await runModels(params, openDuckDB, { ...clock, progress: quiet });
    expect(result.agreement).toEqual({ profile: true, fof: true, revenue: true, rolling: true, address: true });
    expect(result.fof.length).toBeGreaterThan(0); // the picked product was bought within reach
    expect(Object.values(result.address.staleCopies)).toEqual([0, 0, 0]);
    expect(result.address.copiesRewritten.relational).toBe(1);
    expect(result.address.copiesRewritten.document).toBe(1 + result.address.ordersShippedThere);
    expect(result.cells).toHaveLength(20);
  }, 60_000);

  it('judges from the counts: one table scan per hop is awkward beside the walk; the clicks scans beside the chunks', () => {
    const verdict = (q: string, m: string) => result.cells.find((c) => c.query === q && c.model === m)!.judgement;
    expect(verdict('fof', 'relational')).toBe('awkward');
    expect(verdict('fof', 'graph')).toBe('cheap');
    expect(verdict('rolling', 'timeseries')).toBe('cheap');
    expect(verdict('rolling', 'document')).toBe('awkward');
    expect(verdict('rolling', 'graph')).toBe('awkward');
    expect(verdict('address', 'document')).toBe('awkward');
    expect(verdict('address', 'relational')).toBe('cheap');
    expect(verdict('profile', 'timeseries')).toBe('not expressible');
    // Documents and clicks: every document was read; the time series read the last hour's chunks only.
    const docRolling = result.cells.find((c) => c.query === 'rolling' && c.model === 'document')!;
    expect(docRolling.touched).toBe(20_000);
    expect(result.cells.find((c) => c.query === 'rolling' && c.model === 'timeseries')!.touched).toBeLessThan(20_000 / 10);
  });

  it('counts the same records for the same seed, and different ones for another seed', async () => {
    const again = await runModels(params, openDuckDB, { ...clock, progress: quiet });
    const counts = (r: ModelsResult) => r.cells.map((c) => `${c.query}/${c.model}:${c.touched}:${c.records}:${c.judgement}`);
    expect(counts(again)).toEqual(counts(result));
    expect(again.queryUser).toBe(result.queryUser);
    const other = await runModels({ ...params, seed: 12 }, openDuckDB, { ...clock, progress: quiet });
    expect(counts(other)).not.toEqual(counts(result));
  }, 90_000);
});

describe('pieces', () => {
  it('rolls 5 one-minute counts into each window', () => {
    const perMinute = Array.from({ length: 64 }, (_, m) => m);
    const rolling = rollingFromMinutes(perMinute);
    expect(rolling).toHaveLength(60);
    expect(rolling[0]).toBe(0 + 1 + 2 + 3 + 4);
    expect(rolling[59]).toBe(59 + 60 + 61 + 62 + 63);
  });

  it('groups edges by source in adjacency lists, keeping each source’s edges in order', () => {
    const adj = adjacency('User', 'User', 3, [2, 1, 2, 3], [3, 2, 1, 1], { w: [20, 10, 21, 30] });
    expect(Array.from(adj.start)).toEqual([0, 1, 3, 4]);
    expect(Array.from(adj.target)).toEqual([1, 2, 0, 0]); // 0-based targets
    expect(Array.from(adj.props.w!)).toEqual([10, 20, 21, 30]);
  });

  it('walks a generated graph to the same people as SQL would, independent of hop order', () => {
    const shop = generateShop({ users: 300, followsPerUser: 5, ordersPerUser: 2, clicks: 1_000, seed: 3 });
    const g = buildGraph(shop);
    const two = graphFriendsWhoBought(g, 1, 2, 1);
    const three = graphFriendsWhoBought(g, 1, 3, 1);
    expect(two.every((u) => three.includes(u))).toBe(true);
    expect(answerText.fof(two)).toMatch(/^\d+ users/);
  });

  it('generates the same shop for the same seed, keys in order and every gift to someone followed', () => {
    const a = generateShop({ users: 400, followsPerUser: 6, ordersPerUser: 3, clicks: 5_000, seed: 9 });
    expect(generateShop({ users: 400, followsPerUser: 6, ordersPerUser: 3, clicks: 5_000, seed: 9 })).toEqual(a);
    const sorted = (x: Int32Array) => x.every((v, i) => i === 0 || v >= x[i - 1]!);
    expect([a.follower, a.orderUser, a.itemOrder, a.reviewUser, a.clickTs].every(sorted)).toBe(true);
    for (let o = 0; o < a.orderUser.length; o++) {
      const buyer = a.orderUser[o]!;
      const to = a.orderShipAddress[o]!;
      if (to !== buyer) {
        const follows = Array.from(a.followee.subarray(a.follower.indexOf(buyer), a.follower.lastIndexOf(buyer) + 1));
        expect(follows).toContain(to);
      }
    }
    expect(new Set(a.postcode).size).toBe(401); // every address unique (and the unused slot 0)
  });
});

describe('params', () => {
  it('refuses bad sizes and ids with messages a reader can act on', () => {
    const bad = modelsParamsSchema.safeParse({ ...defaultModelsParams, users: 50, hops: 9, repeats: 0 });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message).join(' ');
    expect(messages).toContain('at least 100 users');
    expect(messages).toContain('At most 4 hops');
    expect(messages).toContain('at least 1 timed sample');

    const cross = modelsParamsSchema.safeParse({ ...defaultModelsParams, users: 1_000, queryUser: 1_001, queryProduct: 51, followsPerUser: 10 });
    expect(cross.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['queryUser', 'There are only 1,000 users: enter 1 to 1,000, or 0 to pick one at random.'],
      ['queryProduct', 'This shop has 50 products (one per 20 users, 20 to 2,000): enter 1 to 50, or 0.'],
    ]);
    const tooMany = modelsParamsSchema.safeParse({ ...defaultModelsParams, users: 200_000, ordersPerUser: 5 });
    expect(tooMany.error!.issues[0]).toMatchObject({ path: ['ordersPerUser'], message: expect.stringContaining('400,000 orders') });
    expect(modelsParamsSchema.safeParse({ ...defaultModelsParams, users: 100, followsPerUser: 50 }).error!.issues[0]!.message).toContain('at most 49');
    expect(modelsParamsSchema.safeParse({ ...defaultModelsParams, users: 1.5 }).error!.issues[0]!.message).toBe('Enter a whole number of users.');
  });

  it('accepts the defaults', () => {
    expect(modelsParamsSchema.parse(defaultModelsParams)).toEqual(defaultModelsParams);
  });
});
