import { answerText, byRecent, minuteOf, rollingFromMinutes } from './answers';
import { addressLine, newAddressFor, type Shop } from './dataset';
import { checksum, stages, timeQuery, type Clock, type Measured } from './measure';
import { NOW_SECONDS, PROFILE_RECENT, QUARTER_START_SECONDS, ROLLING_MINUTES, ROLLING_START_SECONDS, type ProfileAnswer } from './model';
import type { Subjects } from './relational';

export const LABELS = ['User', 'Address', 'Product', 'Order', 'Review'] as const;
export type Label = (typeof LABELS)[number];
export const EDGE_TYPES = ['FOLLOWS', 'LIVES_AT', 'PLACED', 'CONTAINS', 'SHIPS_TO', 'WROTE', 'ABOUT', 'CLICKED'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

type Props = Record<string, string | number>;

/**
 * One labelled edge type as adjacency lists: the edges out of source node i are target[start[i]] …
 * target[start[i + 1] − 1], each with its properties at the same position. Nodes are numbered from 0
 * within their label (node i has id i + 1).
 */
export interface Adjacency {
  from: Label;
  to: Label;
  start: Int32Array;
  target: Int32Array;
  props: Record<string, Int32Array>;
}

/** Edges given as (source id, target id) pairs, grouped by source: a counting sort, stable within a source. */
export function adjacency(from: Label, to: Label, sources: number, source: ArrayLike<number>, target: ArrayLike<number>, props: Record<string, ArrayLike<number>> = {}): Adjacency {
  const start = new Int32Array(sources + 1);
  for (let e = 0; e < source.length; e++) start[source[e]!]!++;
  for (let i = 1; i <= sources; i++) start[i]! += start[i - 1]!;
  const fill = start.slice(0, sources);
  const out = new Int32Array(source.length);
  const outProps: Record<string, Int32Array> = {};
  for (const k of Object.keys(props)) outProps[k] = new Int32Array(source.length);
  for (let e = 0; e < source.length; e++) {
    const at = fill[source[e]! - 1]!++;
    out[at] = target[e]! - 1;
    for (const [k, v] of Object.entries(props)) outProps[k]![at] = v[e]!;
  }
  return { from, to, start, target: out, props: outProps };
}

/** A property graph: nodes with properties, edges in adjacency lists by type; counters say what a walk touched. */
export class Graph {
  readonly nodes: Record<Label, Props[]>;
  readonly edges: Record<EdgeType, Adjacency>;
  nodeVisits = {} as Record<Label, number>;
  edgeWalks = {} as Record<EdgeType, number>;

  constructor(nodes: Record<Label, Props[]>, edges: Record<EdgeType, Adjacency>) {
    this.nodes = nodes;
    this.edges = edges;
    this.resetCounters();
  }

  resetCounters(): void {
    for (const l of LABELS) this.nodeVisits[l] = 0;
    for (const t of EDGE_TYPES) this.edgeWalks[t] = 0;
  }

  nodeCount(): number {
    return LABELS.reduce((s, l) => s + this.nodes[l].length, 0);
  }
  edgeCount(): number {
    return EDGE_TYPES.reduce((s, t) => s + this.edges[t].target.length, 0);
  }

  /** Reads a node's properties. */
  node(label: Label, index: number): Props {
    this.nodeVisits[label]++;
    return this.nodes[label][index]!;
  }

  /** Walks the edges of one type out of a node: `visit(targetIndex, edgePosition)` for each. */
  walk(type: EdgeType, index: number, visit: (target: number, edge: number) => void): void {
    const adj = this.edges[type];
    const end = adj.start[index + 1]!;
    this.edgeWalks[type] += end - adj.start[index]!;
    for (let e = adj.start[index]!; e < end; e++) visit(adj.target[e]!, e);
  }
}

export function buildGraph(shop: Shop): Graph {
  const ids = (n: number) => Int32Array.from({ length: n }, (_, i) => i + 1);
  const users = shop.users;
  const orders = shop.orderUser.length;
  const reviews = shop.reviewUser.length;
  const nodes: Record<Label, Props[]> = {
    User: Array.from({ length: users }, (_, i) => ({ id: i + 1, name: shop.userName[i + 1]!, email: shop.userEmail[i + 1]! })),
    Address: Array.from({ length: users }, (_, i) => ({ street: shop.street[i + 1]!, city: shop.city[i + 1]!, postcode: shop.postcode[i + 1]! })),
    Product: Array.from({ length: shop.products }, (_, i) => ({ id: i + 1, name: shop.productName[i + 1]! })),
    Order: Array.from({ length: orders }, (_, i) => ({ id: i + 1, placed_at: shop.orderPlacedAt[i]! })),
    Review: Array.from({ length: reviews }, (_, i) => ({ id: i + 1, rating: shop.reviewRating[i]!, body: shop.reviewBody[i]!, created_at: shop.reviewCreatedAt[i]! })),
  };
  const edges: Record<EdgeType, Adjacency> = {
    FOLLOWS: adjacency('User', 'User', users, shop.follower, shop.followee),
    LIVES_AT: adjacency('User', 'Address', users, ids(users), ids(users)),
    PLACED: adjacency('User', 'Order', users, shop.orderUser, ids(orders)),
    CONTAINS: adjacency('Order', 'Product', orders, shop.itemOrder, shop.itemProduct, { qty: shop.itemQty, price_cents: shop.itemPriceCents }),
    SHIPS_TO: adjacency('Order', 'Address', orders, ids(orders), shop.orderShipAddress),
    WROTE: adjacency('User', 'Review', users, shop.reviewUser, ids(reviews)),
    ABOUT: adjacency('Review', 'Product', reviews, ids(reviews), shop.reviewProduct),
    CLICKED: adjacency('User', 'Product', users, shop.clickUser, shop.clickProduct, { ts: shop.clickTs }),
  };
  return new Graph(nodes, edges);
}

const line = (a: Props) => addressLine(String(a.street), String(a.city), String(a.postcode));
const only = (g: Graph, type: EdgeType, index: number) => {
  let t = -1;
  g.walk(type, index, (target) => (t = target));
  return t;
};

export function graphProfile(g: Graph, user: number): ProfileAnswer {
  const u = g.node('User', user - 1);
  const home = g.node('Address', only(g, 'LIVES_AT', user - 1));
  const placed: Array<{ index: number; props: Props }> = [];
  g.walk('PLACED', user - 1, (o) => placed.push({ index: o, props: g.node('Order', o) }));
  placed.sort(byRecent((o) => Number(o.props.placed_at), (o) => Number(o.props.id)));
  const orders = placed.slice(0, PROFILE_RECENT).map(({ index, props }) => {
    const items: ProfileAnswer['orders'][number]['items'] = [];
    const contains = g.edges.CONTAINS.props;
    g.walk('CONTAINS', index, (p, e) => items.push({ productId: p + 1, name: String(g.node('Product', p).name), qty: contains.qty![e]!, priceCents: contains.price_cents![e]! }));
    return { orderId: Number(props.id), placedAt: Number(props.placed_at), shipTo: line(g.node('Address', only(g, 'SHIPS_TO', index))), items };
  });
  const wrote: Array<{ index: number; props: Props }> = [];
  g.walk('WROTE', user - 1, (r) => wrote.push({ index: r, props: g.node('Review', r) }));
  wrote.sort(byRecent((r) => Number(r.props.created_at), (r) => Number(r.props.id)));
  const reviews = wrote.slice(0, PROFILE_RECENT).map(({ index, props }) => {
    const p = only(g, 'ABOUT', index);
    return { reviewId: Number(props.id), productId: p + 1, productName: String(g.node('Product', p).name), rating: Number(props.rating), createdAt: Number(props.created_at) };
  });
  return { user: { id: Number(u.id), name: String(u.name), email: String(u.email), street: String(home.street), city: String(home.city), postcode: String(home.postcode) }, orders, reviews };
}

/** (me)-[:FOLLOWS*1..hops]->(friend)-[:PLACED]->(order)-[:CONTAINS]->(product): a breadth-first walk. */
export function graphFriendsWhoBought(g: Graph, user: number, hops: number, product: number): number[] {
  const seen = new Set<number>([user - 1]);
  let frontier = [user - 1];
  const reached: number[] = [];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const next: number[] = [];
    for (const u of frontier) {
      g.node('User', u);
      g.walk('FOLLOWS', u, (f) => {
        if (!seen.has(f)) {
          seen.add(f);
          next.push(f);
        }
      });
    }
    reached.push(...next);
    frontier = next;
  }
  const buyers: number[] = [];
  for (const u of reached) {
    let bought = false;
    g.walk('PLACED', u, (o) => {
      if (!bought) g.walk('CONTAINS', o, (p) => (bought ||= p === product - 1));
    });
    if (bought) buyers.push(u + 1);
  }
  return buyers.sort((a, b) => a - b);
}

/** Every user node, every PLACED edge, every order node: the walk has no shortcut to "all orders this quarter". */
export function graphRevenue(g: Graph): { revenueCents: number; users: number; buyers: number } {
  let revenueCents = 0;
  let buyers = 0;
  const users = g.nodes.User.length;
  const { qty, price_cents: price } = g.edges.CONTAINS.props;
  for (let u = 0; u < users; u++) {
    g.node('User', u);
    let bought = false;
    g.walk('PLACED', u, (o) => {
      const placed = Number(g.node('Order', o).placed_at);
      if (placed < QUARTER_START_SECONDS || placed >= NOW_SECONDS) return;
      bought = true;
      g.walk('CONTAINS', o, (_, e) => (revenueCents += qty![e]! * price![e]!));
    });
    if (bought) buyers++;
  }
  return { revenueCents, users, buyers };
}

/** Clicks are CLICKED edges with a timestamp: the only way to all of them is through every user. */
export function graphRolling(g: Graph): number[] {
  const perMinute = new Int32Array(ROLLING_MINUTES);
  const ts = g.edges.CLICKED.props.ts!;
  for (let u = 0; u < g.nodes.User.length; u++) {
    g.node('User', u);
    g.walk('CLICKED', u, (_, e) => {
      const m = minuteOf(ts[e]!, ROLLING_START_SECONDS);
      if (m >= 0) perMinute[m]!++;
    });
  }
  return rollingFromMinutes(perMinute);
}

/** The address is one node that orders point at: one write. */
export function graphChangeAddress(g: Graph, owner: number, to: { street: string; city: string; postcode: string }): number {
  Object.assign(g.node('Address', owner - 1), to);
  return 1;
}

export interface GraphAnswers {
  profile: ProfileAnswer;
  fof: number[];
  revenue: { revenueCents: number; users: number; buyers: number };
  rolling: number[];
  address: { ordersShippedThere: number; after: string; copiesRewritten: number; stale: number };
}

export function runGraph(g: Graph, shop: Shop, s: Subjects, clock: Clock, repeats: number, step: (name: string, fraction: number) => void): { cells: Measured[]; answers: GraphAnswers } {
  const cells: Measured[] = [];
  const stage = stages(step);
  const counted = <T>(query: Measured['query'], how: string, code: string, run: () => T, pass: () => number, answer: (t: T) => string): T => {
    g.resetCounters();
    const value = run();
    const breakdown = [
      ...LABELS.filter((l) => g.nodeVisits[l] > 0).map((l) => ({ what: `${l} nodes`, count: g.nodeVisits[l] })),
      ...EDGE_TYPES.filter((t) => g.edgeWalks[t] > 0).map((t) => ({ what: `${t} edges`, count: g.edgeWalks[t] })),
    ];
    const touched = breakdown.reduce((n, b) => n + b.count, 0);
    const timing = timeQuery(pass, clock, repeats, stage.sample);
    cells.push({ query, model: 'graph', expressible: true, how, code, touched, records: touched, breakdown, requests: 1, timing, answer: answer(value) });
    return value;
  };

  stage.begin('profile page', 0);
  const profile = counted('profile', 'walk out from the user node', CODE.profile, () => graphProfile(g, s.user), () => graphProfile(g, s.user).orders.length, answerText.profile);
  stage.begin('people within reach who bought the product', 1);
  const fof = counted('fof', `walk FOLLOWS ${s.hops} hop${s.hops === 1 ? '' : 's'}, then PLACED → CONTAINS`, CODE.fof, () => graphFriendsWhoBought(g, s.user, s.hops, s.product), () => checksum(graphFriendsWhoBought(g, s.user, s.hops, s.product)), answerText.fof);
  stage.begin('revenue per user', 2);
  const revenue = counted('revenue', 'visit every user node and walk its orders', CODE.revenue, () => graphRevenue(g), () => graphRevenue(g).revenueCents % 1_000_000_007, answerText.revenue);
  stage.begin('rolling clicks', 3);
  const rolling = counted('rolling', 'walk every CLICKED edge of every user', CODE.rolling, () => graphRolling(g), () => checksum(graphRolling(g)), answerText.rolling);

  stage.begin('address change', 4);
  const before = { street: shop.street[s.user]!, city: shop.city[s.user]!, postcode: shop.postcode[s.user]! };
  const after = newAddressFor(s.user, s.seed);
  let moved = false;
  const copiesRewritten = counted(
    'address',
    'set the properties of one Address node',
    CODE.address,
    () => ((moved = true), graphChangeAddress(g, s.user, after)),
    () => ((moved = !moved), graphChangeAddress(g, s.user, moved ? after : before)),
    () => '',
  );
  if (!moved) graphChangeAddress(g, s.user, after);
  // Read back (not counted): every order shipped to this node now reads the new address, and no node holds the old one.
  let ordersShippedThere = 0;
  const ships = g.edges.SHIPS_TO.target;
  for (let e = 0; e < ships.length; e++) if (ships[e] === s.user - 1 && line(g.nodes.Address[ships[e]!]!) === addressLine(after.street, after.city, after.postcode)) ordersShippedThere++;
  const stale = g.nodes.Address.filter((a) => line(a) === addressLine(before.street, before.city, before.postcode)).length;
  const address = { ordersShippedThere, after: addressLine(after.street, after.city, after.postcode), copiesRewritten, stale };
  cells.at(-1)!.answer = answerText.address(address);
  return { cells, answers: { profile, fof, revenue, rolling, address } };
}

/** The walks in outline, with the Cypher a graph database would take for each. */
export const CODE = {
  profile: `// MATCH (u:User {id: $user})-[:PLACED]->(o:Order)-[:CONTAINS]->(p:Product) …
const u = node(User, userId)
walk(u, PLACED) → orders, newest 5 → walk(order, CONTAINS) → products, walk(order, SHIPS_TO) → address
walk(u, WROTE) → reviews, newest 5 → walk(review, ABOUT) → product`,
  fof: `// MATCH (me:User {id: $user})-[:FOLLOWS*1..$hops]->(f:User)-[:PLACED]->()-[:CONTAINS]->(:Product {id: $product})
let frontier = [me]
for (let hop = 0; hop < hops; hop++) frontier = frontier.flatMap(u => walk(u, FOLLOWS)).filter(notSeen)
reached.filter(u => walk(u, PLACED).some(o => walk(o, CONTAINS).includes(product)))`,
  revenue: `// MATCH (u:User) OPTIONAL MATCH (u)-[:PLACED]->(o:Order)-[c:CONTAINS]->() WHERE o.placed_at >= $quarter …
for (const u of allNodes(User))
  for (const o of walk(u, PLACED))
    if (o.placed_at in thisQuarter) for (const c of walk(o, CONTAINS)) revenue += c.qty * c.price_cents`,
  rolling: `// MATCH (:User)-[c:CLICKED]->(:Product) WHERE c.ts >= $from …
for (const u of allNodes(User))
  for (const c of walk(u, CLICKED)) perMinute[minuteOf(c.ts)]++`,
  address: `// MATCH (u:User {id: $user})-[:LIVES_AT]->(a:Address) SET a += $newAddress
Object.assign(node(Address, addressId), newAddress)   // orders reach it through SHIPS_TO`,
};
