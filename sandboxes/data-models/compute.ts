import type { SqlEngine } from '@/lib/engines/sql';
import { addressLine, generateShop, newAddressFor, pickSubjects } from './dataset';
import { buildDocuments, nestedRecords, runDocuments, type UserDoc } from './documents';
import { buildGraph, runGraph } from './graph';
import { judge } from './judge';
import { clockResolution } from '@/lib/timing';
import { type Clock, type Measured } from './measure';
import { MODELS, NOW_SECONDS, QUARTER_START_SECONDS, QUERIES, type ModelId, type ModelsParams, type ModelsProgress, type ModelsResult, type QueryId } from './model';
import { loadRelational, runRelational } from './relational';
import { buildSeries, runSeries } from './timeseries';

export interface ModelsHooks extends Clock {
  progress(p: ModelsProgress): void;
}

/**
 * Generates the shop, then holds it in each model in turn — DuckDB tables, JSON documents, a property
 * graph, chunked time series — and runs the five questions on each, counting what each touched and
 * timing it here, in this worker. One model at a time: each is dropped before the next is built.
 */
export async function runModels(params: ModelsParams, openDuckDB: () => Promise<SqlEngine>, hooks: ModelsHooks): Promise<ModelsResult> {
  hooks.progress({ model: 'data', step: 'generating the shop', fraction: 0 });
  const shop = generateShop(params);
  const { user, product } = pickSubjects(shop, params.hops, params.queryUser, params.queryProduct, params.seed);
  const subjects = { user, product, hops: params.hops, seed: params.seed };
  const tickMs = clockResolution(hooks);
  const cells: Measured[] = [];
  const buildMs = {} as Record<ModelId, number>;
  const stepper = (model: ModelId) => (step: string, fraction: number) => hooks.progress({ model, step, fraction });

  hooks.progress({ model: 'relational', step: 'starting DuckDB', fraction: 0 });
  const engine = await openDuckDB();
  let relationalRows: number;
  let rel: ReturnType<typeof runRelational>;
  const duckdbVersion = engine.version;
  try {
    hooks.progress({ model: 'relational', step: 'loading eight tables', fraction: 0 });
    const t0 = hooks.now();
    relationalRows = loadRelational(engine, shop);
    buildMs.relational = hooks.now() - t0;
    rel = runRelational(engine, shop, subjects, hooks, params.repeats, stepper('relational'));
    cells.push(...rel.cells);
  } finally {
    engine.close();
  }

  hooks.progress({ model: 'document', step: 'writing one JSON document per user and per click', fraction: 0 });
  let t0 = hooks.now();
  let docs: ReturnType<typeof buildDocuments> | null = buildDocuments(shop);
  buildMs.document = hooks.now() - t0;
  const documentBytes = docs.bytes();
  let nested = 0;
  docs.scanUsers((d: UserDoc) => void (nested += 1 + nestedRecords(d)));
  nested += docs.clickCount;
  const documents = docs.userCount + docs.clickCount;
  const doc = runDocuments(docs, shop, subjects, hooks, params.repeats, stepper('document'));
  cells.push(...doc.cells);
  docs = null;

  hooks.progress({ model: 'graph', step: 'building nodes and adjacency lists', fraction: 0 });
  t0 = hooks.now();
  let graph: ReturnType<typeof buildGraph> | null = buildGraph(shop);
  buildMs.graph = hooks.now() - t0;
  const nodes = graph.nodeCount();
  const edges = graph.edgeCount();
  const gr = runGraph(graph, shop, subjects, hooks, params.repeats, stepper('graph'));
  cells.push(...gr.cells);
  graph = null;

  hooks.progress({ model: 'timeseries', step: 'chunking the click points', fraction: 0 });
  t0 = hooks.now();
  const series = buildSeries(shop);
  buildMs.timeseries = hooks.now() - t0;
  const ts = runSeries(series, hooks, params.repeats);
  cells.push(...ts.cells);

  const agreement = {} as Record<QueryId, boolean>;
  for (const q of QUERIES) {
    const answers = cells.filter((c) => c.query === q && c.expressible).map((c) => c.answer);
    agreement[q] = answers.length > 0 && answers.every((a) => a === answers[0]);
  }
  const after = newAddressFor(user, params.seed);
  const revenue = rel.answers.revenue;
  const ordered = MODELS.flatMap((m) => QUERIES.map((q) => cells.find((c) => c.model === m && c.query === q)!));

  return {
    sizes: {
      users: shop.users,
      follows: shop.follower.length,
      products: shop.products,
      orders: shop.orderUser.length,
      orderItems: shop.itemOrder.length,
      reviews: shop.reviewUser.length,
      clicks: shop.clickTs.length,
      giftOrders: shop.orderShipAddress.reduce((n, to, o) => n + (to !== shop.orderUser[o] ? 1 : 0), 0),
      relationalRows,
      documents,
      documentBytes,
      nestedRecords: nested,
      nodes,
      edges,
      points: series.ts.length,
      chunks: series.chunks,
    },
    queryUser: user,
    queryProduct: product,
    hops: params.hops,
    nowSeconds: NOW_SECONDS,
    quarterStartSeconds: QUARTER_START_SECONDS,
    clockTickMs: tickMs,
    duckdbVersion,
    duckdbFloorMs: rel.statementFloorMs,
    buildMs,
    cells: judge(ordered),
    profile: rel.answers.profile,
    fof: rel.answers.fof,
    revenue: { ...revenue, perUserCents: revenue.users > 0 ? revenue.revenueCents / revenue.users : 0 },
    rolling: ts.rolling,
    address: {
      addressOwner: user,
      before: rel.answers.address.before,
      after: addressLine(after.street, after.city, after.postcode),
      ordersShippedThere: rel.answers.address.ordersShippedThere,
      copiesRewritten: { relational: rel.answers.address.copiesRewritten, document: doc.answers.address.copiesRewritten, graph: gr.answers.address.copiesRewritten },
      staleCopies: { relational: rel.answers.address.stale, document: doc.answers.address.stale, graph: gr.answers.address.stale },
    },
    agreement,
  };
}
