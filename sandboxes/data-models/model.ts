import { z } from 'zod';

export const SANDBOX_ID = 'data-models';
export const RESULTS_VERSION = 1;

/** The shop's clock stands still at 2025-11-15 12:00 UTC: "now", "this quarter" and "the last hour" are fixed. */
export const NOW_SECONDS = 1_763_208_000;
/** 2025-10-01 00:00 UTC, the start of the quarter that contains NOW_SECONDS. */
export const QUARTER_START_SECONDS = 1_759_276_800;
/** Orders fall in the year before now; clicks in the day before now. */
export const ORDER_SPAN_SECONDS = 365 * 86_400;
export const CLICK_SPAN_SECONDS = 86_400;
/** The rolling count: a 5-minute window, read at every minute of the last hour. */
export const WINDOW_MINUTES = 5;
export const ROLLING_POINTS = 60;
/** Minutes the rolling count reads: the last hour plus the 4 minutes before its first window. */
export const ROLLING_MINUTES = ROLLING_POINTS + WINDOW_MINUTES - 1;
export const ROLLING_START_SECONDS = NOW_SECONDS - ROLLING_MINUTES * 60;
/** How many recent orders and reviews the profile page shows. */
export const PROFILE_RECENT = 5;
/** Share of orders shipped as a gift to someone the buyer follows: the buyer's document then holds a copy of another user's address. */
export const GIFT_SHARE = 0.1;

const MAX_ORDERS = 400_000;
const MAX_FOLLOWS = 4_000_000;

const whole = (what: string) => z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`);

export const modelsParamsSchema = z
  .object({
    users: whole('users').min(100, 'Use at least 100 users.').max(200_000, 'At most 200,000 users.'),
    followsPerUser: whole('follows').min(0, 'Follows per user cannot be negative.').max(50, 'At most 50 follows per user on average.'),
    ordersPerUser: whole('orders').min(0, 'Orders per user cannot be negative.').max(20, 'At most 20 orders per user on average.'),
    clicks: whole('click events').min(1_000, 'Use at least 1,000 click events.').max(2_000_000, 'At most 2,000,000 click events.'),
    /** 2 is friends-of-friends; the chapter's Cypher walks FOLLOWS*1..2. */
    hops: whole('hops').min(1, 'Walk at least 1 hop.').max(4, 'At most 4 hops.'),
    /** 0 picks one at random (by the seed). */
    queryUser: whole('a user id').min(0, 'The user is 0 (pick at random) or a user id from 1 up.'),
    /** 0 picks one at random (by the seed) among the products the user's network bought. */
    queryProduct: whole('a product id').min(0, 'The product is 0 (pick at random) or a product id from 1 up.'),
    repeats: whole('samples').min(1, 'Take at least 1 timed sample.').max(15, 'At most 15 timed samples.'),
    seed: whole('seed').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, ctx) => {
    if (p.queryUser > p.users) ctx.addIssue({ code: 'custom', path: ['queryUser'], message: `There are only ${p.users.toLocaleString('en-US')} users: enter 1 to ${p.users.toLocaleString('en-US')}, or 0 to pick one at random.` });
    const products = productCount(p.users);
    if (p.queryProduct > products) ctx.addIssue({ code: 'custom', path: ['queryProduct'], message: `This shop has ${products.toLocaleString('en-US')} products (one per 20 users, 20 to 2,000): enter 1 to ${products.toLocaleString('en-US')}, or 0.` });
    if (p.followsPerUser * 2 > p.users - 1) ctx.addIssue({ code: 'custom', path: ['followsPerUser'], message: `With ${p.users.toLocaleString('en-US')} users, follows per user can be at most ${Math.floor((p.users - 1) / 2)} (each user follows up to twice the average, never themselves).` });
    if (p.users * p.followsPerUser > MAX_FOLLOWS) ctx.addIssue({ code: 'custom', path: ['followsPerUser'], message: `Users × follows per user must not exceed ${MAX_FOLLOWS.toLocaleString('en-US')} follows; use fewer of either.` });
    if (p.users * p.ordersPerUser > MAX_ORDERS) ctx.addIssue({ code: 'custom', path: ['ordersPerUser'], message: `Users × orders per user must not exceed ${MAX_ORDERS.toLocaleString('en-US')} orders (each is held four ways in this tab); use fewer of either.` });
  });
export type ModelsParams = z.infer<typeof modelsParamsSchema>;

export const defaultModelsParams: ModelsParams = {
  users: 2_000,
  followsPerUser: 10,
  ordersPerUser: 4,
  clicks: 40_000,
  hops: 2,
  queryUser: 0,
  queryProduct: 0,
  repeats: 3,
  seed: 7,
};

/** One product per 20 users, at least 20 and at most 2,000. */
export function productCount(users: number): number {
  return Math.max(20, Math.min(2_000, Math.round(users / 20)));
}

export type ModelId = 'relational' | 'document' | 'graph' | 'timeseries';
export const MODELS: readonly ModelId[] = ['relational', 'document', 'graph', 'timeseries'];
export const MODEL_LABEL: Record<ModelId, string> = {
  relational: 'Relational (DuckDB)',
  document: 'Document',
  graph: 'Graph',
  timeseries: 'Time series',
};
/** What one touched record is in each model. */
export const MODEL_UNIT: Record<ModelId, string> = {
  relational: 'rows',
  document: 'documents',
  graph: 'nodes + edges',
  timeseries: 'points',
};

export type QueryId = 'profile' | 'fof' | 'revenue' | 'rolling' | 'address';
export const QUERIES: readonly QueryId[] = ['profile', 'fof', 'revenue', 'rolling', 'address'];
export const QUERY_LABEL: Record<QueryId, string> = {
  profile: 'Profile page: a user, recent orders and reviews',
  fof: 'People within N hops who bought a product',
  revenue: 'Average revenue per user this quarter',
  rolling: '5-minute rolling count of clicks, last hour',
  address: 'Change an address everywhere it is stored',
};
export const QUERY_SHORT: Record<QueryId, string> = {
  profile: 'Profile page',
  fof: 'Friends who bought',
  revenue: 'Revenue per user',
  rolling: 'Clicks, last hour',
  address: 'Address change',
};

export type Judgement = 'cheap' | 'awkward' | 'not expressible';

/** The chapter's comparison table, read for these five questions: what it leads a reader to expect. */
export const CHAPTER_EXPECTS: Record<QueryId, Record<ModelId, Judgement>> = {
  profile: { relational: 'cheap', document: 'cheap', graph: 'cheap', timeseries: 'not expressible' },
  fof: { relational: 'awkward', document: 'awkward', graph: 'cheap', timeseries: 'not expressible' },
  revenue: { relational: 'cheap', document: 'awkward', graph: 'awkward', timeseries: 'not expressible' },
  rolling: { relational: 'cheap', document: 'awkward', graph: 'awkward', timeseries: 'cheap' },
  address: { relational: 'cheap', document: 'awkward', graph: 'cheap', timeseries: 'not expressible' },
};

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** One entry per timed sample: ms per run of the query. */
  samples: number[];
  /** Runs batched into one sample when one run is below the clock's resolution. */
  runsPerSample: number;
}

export interface Cell {
  query: QueryId;
  model: ModelId;
  expressible: boolean;
  /** How the model answers it, in a few words ("recursive CTE, then two joins"). */
  how: string;
  /** The code that ran: SQL for DuckDB, the JavaScript's outline for the others. */
  code: string;
  /** Records touched in the model's own unit (rows, documents, nodes + edges, points); 0 when not expressible. */
  touched: number;
  /** Records touched, counting what is nested in each document read (its orders, items, reviews, follows); equals `touched` elsewhere. */
  records: number;
  /** Where the touched records came from: table by table, collection by collection, label by label. */
  breakdown: Array<{ what: string; count: number }>;
  /** Relational only: table rows DuckDB's scans started from (its profiler's count, before zone maps skip row groups). */
  covered?: number;
  /** Separate reads or writes the model was asked for (statements, document fetches, traversals). */
  requests: number;
  timing: Timing | null;
  /** A canonical text of the answer: every model that answers must produce the same. */
  answer: string;
  judgement: Judgement;
  /** Why, computed from the counts. */
  reason: string;
}

export interface ProfileAnswer {
  user: { id: number; name: string; email: string; street: string; city: string; postcode: string };
  orders: Array<{ orderId: number; placedAt: number; shipTo: string; items: Array<{ productId: number; name: string; qty: number; priceCents: number }> }>;
  reviews: Array<{ reviewId: number; productId: number; productName: string; rating: number; createdAt: number }>;
}

export interface AddressChange {
  addressOwner: number;
  before: string;
  after: string;
  /** Orders whose shipping address is this one (the user's own and gifts from people who follow them). */
  ordersShippedThere: number;
  /** Stored copies of the address each model had to rewrite. */
  copiesRewritten: Partial<Record<ModelId, number>>;
  /** Copies of the old address left anywhere after the change (must be 0). */
  staleCopies: Partial<Record<ModelId, number>>;
}

export interface StoreSizes {
  users: number;
  follows: number;
  products: number;
  orders: number;
  orderItems: number;
  reviews: number;
  clicks: number;
  giftOrders: number;
  relationalRows: number;
  documents: number;
  documentBytes: number;
  nestedRecords: number;
  nodes: number;
  edges: number;
  points: number;
  chunks: number;
}

export interface ModelsResult {
  sizes: StoreSizes;
  queryUser: number;
  queryProduct: number;
  hops: number;
  nowSeconds: number;
  quarterStartSeconds: number;
  clockTickMs: number;
  duckdbVersion: string;
  /** Median time of DuckDB running a statement that reads nothing (SELECT 1): the floor under every relational time. */
  duckdbFloorMs: number;
  /** Time to build each model from the generated shop (ms). */
  buildMs: Record<ModelId, number>;
  cells: Cell[];
  profile: ProfileAnswer;
  fof: number[];
  revenue: { revenueCents: number; users: number; buyers: number; perUserCents: number };
  /** Clicks in the 5 minutes up to each of the last 60 minute marks, oldest first. */
  rolling: number[];
  address: AddressChange;
  /** Whether every model that answers a question gave the same answer. */
  agreement: Record<QueryId, boolean>;
}

export interface ModelsProgress {
  model: ModelId | 'data';
  step: string;
  fraction: number;
}
