import { answerText, byRecent, minuteOf, rollingFromMinutes } from './answers';
import { addressLine, newAddressFor, type Shop } from './dataset';
import { checksum, stages, timeQuery, type Clock, type Measured } from './measure';
import { NOW_SECONDS, PROFILE_RECENT, QUARTER_START_SECONDS, ROLLING_MINUTES, ROLLING_START_SECONDS, type ProfileAnswer } from './model';
import type { Subjects } from './relational';

export interface Address {
  street: string;
  city: string;
  postcode: string;
}
/** A copy of the recipient's name and address, taken when the order was placed. */
export interface ShipTo extends Address {
  name: string;
}
export interface OrderDoc {
  order_id: number;
  placed_at: number;
  ship_to: ShipTo;
  /** The product's name is copied in, so the order reads without a join. */
  items: Array<{ product_id: number; name: string; qty: number; price_cents: number }>;
}
export interface UserDoc {
  _id: number;
  name: string;
  email: string;
  address: Address;
  follows: number[];
  orders: OrderDoc[];
  reviews: Array<{ review_id: number; product_id: number; product_name: string; rating: number; body: string; created_at: number }>;
}
export interface ClickDoc {
  user_id: number;
  product_id: number;
  ts: number;
}

/** What a document holds besides itself: its address, follows, orders, their items, and reviews. */
export function nestedRecords(doc: UserDoc): number {
  let n = 2 + doc.follows.length + doc.reviews.length;
  for (const o of doc.orders) n += 1 + o.items.length;
  return n;
}

/**
 * Two collections of JSON text, one document per user and one per click, as a document store keeps
 * them: a read parses a whole document, a write serialises a whole document. Counters say what a
 * query touched. Nothing is indexed but the _id.
 */
export class DocumentStore {
  private readonly users: string[];
  private readonly clicks: string[];
  documentsRead = 0;
  documentsWritten = 0;
  nestedRead = 0;
  requests = 0;

  constructor(users: string[], clicks: string[]) {
    this.users = users;
    this.clicks = clicks;
  }

  get userCount(): number {
    return this.users.length - 1;
  }
  get clickCount(): number {
    return this.clicks.length;
  }
  bytes(): number {
    let b = 0;
    for (const d of this.users) b += d.length;
    for (const d of this.clicks) b += d.length;
    return b;
  }

  resetCounters(): void {
    this.documentsRead = this.documentsWritten = this.nestedRead = this.requests = 0;
  }

  private parseUser(id: number): UserDoc {
    const doc = JSON.parse(this.users[id]!) as UserDoc;
    this.documentsRead++;
    this.nestedRead += 1 + nestedRecords(doc);
    return doc;
  }

  /** One request for a batch of ids (a find with `_id: {$in: [...]}`), each document read whole. */
  getMany(ids: readonly number[]): UserDoc[] {
    this.requests++;
    return ids.map((id) => this.parseUser(id));
  }

  put(doc: UserDoc): void {
    this.users[doc._id] = JSON.stringify(doc);
    this.documentsWritten++;
  }

  /** A collection scan: one request that reads every user document. */
  scanUsers(visit: (doc: UserDoc) => void): void {
    this.requests++;
    for (let id = 1; id < this.users.length; id++) visit(this.parseUser(id));
  }

  scanClicks(visit: (doc: ClickDoc) => void): void {
    this.requests++;
    for (const text of this.clicks) {
      visit(JSON.parse(text) as ClickDoc);
      this.documentsRead++;
      this.nestedRead++;
    }
  }
}

export function buildDocuments(shop: Shop): DocumentStore {
  const ordersOf: OrderDoc[][] = Array.from({ length: shop.users + 1 }, () => []);
  const itemStart = new Int32Array(shop.orderUser.length + 1);
  for (let i = 0; i < shop.itemOrder.length; i++) itemStart[shop.itemOrder[i]!]!++;
  for (let o = 1; o <= shop.orderUser.length; o++) itemStart[o]! += itemStart[o - 1]!;
  for (let o = 0; o < shop.orderUser.length; o++) {
    const to = shop.orderShipAddress[o]!;
    const items: OrderDoc['items'] = [];
    for (let i = itemStart[o]!; i < itemStart[o + 1]!; i++) items.push({ product_id: shop.itemProduct[i]!, name: shop.productName[shop.itemProduct[i]!]!, qty: shop.itemQty[i]!, price_cents: shop.itemPriceCents[i]! });
    ordersOf[shop.orderUser[o]!]!.push({ order_id: o + 1, placed_at: shop.orderPlacedAt[o]!, ship_to: { name: shop.userName[to]!, street: shop.street[to]!, city: shop.city[to]!, postcode: shop.postcode[to]! }, items });
  }
  const reviewsOf: UserDoc['reviews'][] = Array.from({ length: shop.users + 1 }, () => []);
  for (let r = 0; r < shop.reviewUser.length; r++)
    reviewsOf[shop.reviewUser[r]!]!.push({ review_id: r + 1, product_id: shop.reviewProduct[r]!, product_name: shop.productName[shop.reviewProduct[r]!]!, rating: shop.reviewRating[r]!, body: shop.reviewBody[r]!, created_at: shop.reviewCreatedAt[r]! });
  const followsOf: number[][] = Array.from({ length: shop.users + 1 }, () => []);
  for (let f = 0; f < shop.follower.length; f++) followsOf[shop.follower[f]!]!.push(shop.followee[f]!);

  const users = [''];
  for (let id = 1; id <= shop.users; id++) {
    const doc: UserDoc = { _id: id, name: shop.userName[id]!, email: shop.userEmail[id]!, address: { street: shop.street[id]!, city: shop.city[id]!, postcode: shop.postcode[id]! }, follows: followsOf[id]!, orders: ordersOf[id]!, reviews: reviewsOf[id]! };
    users.push(JSON.stringify(doc));
  }
  const clicks = Array.from(shop.clickTs, (ts, i) => JSON.stringify({ user_id: shop.clickUser[i]!, product_id: shop.clickProduct[i]!, ts } satisfies ClickDoc));
  return new DocumentStore(users, clicks);
}

const sameAddress = (a: Address, b: Address) => a.street === b.street && a.city === b.city && a.postcode === b.postcode;

export function profileOf(doc: UserDoc): ProfileAnswer {
  const orders = [...doc.orders].sort(byRecent((o) => o.placed_at, (o) => o.order_id)).slice(0, PROFILE_RECENT);
  const reviews = [...doc.reviews].sort(byRecent((r) => r.created_at, (r) => r.review_id)).slice(0, PROFILE_RECENT);
  return {
    user: { id: doc._id, name: doc.name, email: doc.email, ...doc.address },
    orders: orders.map((o) => ({ orderId: o.order_id, placedAt: o.placed_at, shipTo: addressLine(o.ship_to.street, o.ship_to.city, o.ship_to.postcode), items: o.items.map((i) => ({ productId: i.product_id, name: i.name, qty: i.qty, priceCents: i.price_cents })) })),
    reviews: reviews.map((r) => ({ reviewId: r.review_id, productId: r.product_id, productName: r.product_name, rating: r.rating, createdAt: r.created_at })),
  };
}

/** Friends, then their friends…: every hop fetches the documents of the users just reached, to read their follows. */
export function docFriendsWhoBought(store: DocumentStore, user: number, hops: number, product: number): number[] {
  const seen = new Set<number>([user]);
  let frontier = [user];
  const reached: UserDoc[] = [];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const docs = store.getMany(frontier);
    if (h > 0) reached.push(...docs);
    const next: number[] = [];
    for (const doc of docs) for (const f of doc.follows) if (!seen.has(f)) {
          seen.add(f);
          next.push(f);
        }
    frontier = next;
  }
  // The last hop's users were never fetched: their orders say whether they bought it.
  if (frontier.length > 0) reached.push(...store.getMany(frontier));
  return reached
    .filter((d) => d.orders.some((o) => o.items.some((i) => i.product_id === product)))
    .map((d) => d._id)
    .sort((a, b) => a - b);
}

export function docRevenue(store: DocumentStore): { revenueCents: number; users: number; buyers: number } {
  let revenueCents = 0;
  let users = 0;
  let buyers = 0;
  store.scanUsers((doc) => {
    users++;
    let bought = false;
    for (const o of doc.orders) {
      if (o.placed_at < QUARTER_START_SECONDS || o.placed_at >= NOW_SECONDS) continue;
      bought = true;
      for (const i of o.items) revenueCents += i.qty * i.price_cents;
    }
    if (bought) buyers++;
  });
  return { revenueCents, users, buyers };
}

export function docRolling(store: DocumentStore): number[] {
  const perMinute = new Int32Array(ROLLING_MINUTES);
  store.scanClicks((c) => {
    const m = minuteOf(c.ts, ROLLING_START_SECONDS);
    if (m >= 0) perMinute[m]!++;
  });
  return rollingFromMinutes(perMinute);
}

/**
 * Moves a user: their own document's address, and every order's shipping block that copied it —
 * in their own document and, for gifts, in the documents of the people who sent them. Nothing indexes
 * the shipping blocks, so finding the copies means reading every document. Returns the copies rewritten.
 */
export function docChangeAddress(store: DocumentStore, owner: number, from: Address, to: Address): number {
  let copies = 0;
  store.scanUsers((doc) => {
    let changed = false;
    if (doc._id === owner && sameAddress(doc.address, from)) {
      doc.address = { ...to };
      copies++;
      changed = true;
    }
    for (const o of doc.orders) {
      if (sameAddress(o.ship_to, from)) {
        o.ship_to = { name: o.ship_to.name, ...to };
        copies++;
        changed = true;
      }
    }
    if (changed) store.put(doc);
  });
  return copies;
}

/** Copies of an address anywhere in the collection: users' own and every shipping block. */
export function docCopiesOf(store: DocumentStore, address: Address): { own: number; shipping: number } {
  let own = 0;
  let shipping = 0;
  store.scanUsers((doc) => {
    if (sameAddress(doc.address, address)) own++;
    for (const o of doc.orders) if (sameAddress(o.ship_to, address)) shipping++;
  });
  return { own, shipping };
}

export interface DocumentAnswers {
  profile: ProfileAnswer;
  fof: number[];
  revenue: { revenueCents: number; users: number; buyers: number };
  rolling: number[];
  address: { ordersShippedThere: number; after: string; copiesRewritten: number; stale: number };
}

/** Runs the five questions over the two collections, counting documents read and timing each. */
export function runDocuments(store: DocumentStore, shop: Shop, s: Subjects, clock: Clock, repeats: number, step: (name: string, fraction: number) => void): { cells: Measured[]; answers: DocumentAnswers } {
  const cells: Measured[] = [];
  const stage = stages(step);
  // Counts come from one untimed run of each question, from zeroed counters.
  const counted = <T>(query: Measured['query'], how: string, code: string, run: () => T, pass: () => number, answer: (t: T) => string, collection: string): T => {
    store.resetCounters();
    const value = run();
    const { documentsRead, documentsWritten, nestedRead, requests } = store;
    const breakdown = [{ what: `${collection} read`, count: documentsRead }];
    if (documentsWritten > 0) breakdown.push({ what: `${collection} rewritten`, count: documentsWritten });
    const timing = timeQuery(pass, clock, repeats, stage.sample);
    cells.push({ query, model: 'document', expressible: true, how, code, touched: documentsRead, records: nestedRead, breakdown, requests, timing, answer: answer(value) });
    return value;
  };

  stage.begin('profile page', 0);
  const profile = counted('profile', 'one document, fetched by _id', CODE.profile, () => profileOf(store.getMany([s.user])[0]!), () => profileOf(store.getMany([s.user])[0]!).orders.length, answerText.profile, 'user documents');
  stage.begin('people within reach who bought the product', 1);
  const fof = counted('fof', `fetch documents hop by hop (${s.hops}), join in the application`, CODE.fof, () => docFriendsWhoBought(store, s.user, s.hops, s.product), () => checksum(docFriendsWhoBought(store, s.user, s.hops, s.product)), answerText.fof, 'user documents');
  stage.begin('revenue per user', 2);
  const revenue = counted('revenue', 'scan every user document', CODE.revenue, () => docRevenue(store), () => docRevenue(store).revenueCents % 1_000_000_007, answerText.revenue, 'user documents');
  stage.begin('rolling clicks', 3);
  const rolling = counted('rolling', 'scan every click document', CODE.rolling, () => docRolling(store), () => checksum(docRolling(store)), answerText.rolling, 'click documents');

  stage.begin('address change', 4);
  const before = { street: shop.street[s.user]!, city: shop.city[s.user]!, postcode: shop.postcode[s.user]! };
  const after = newAddressFor(s.user, s.seed);
  let moved = false;
  const copiesRewritten = counted(
    'address',
    'scan every user document for copies, rewrite each one that holds one',
    CODE.address,
    () => ((moved = true), docChangeAddress(store, s.user, before, after)),
    () => {
      const copies = moved ? docChangeAddress(store, s.user, after, before) : docChangeAddress(store, s.user, before, after);
      moved = !moved;
      return copies;
    },
    () => '',
    'user documents',
  );
  if (!moved) docChangeAddress(store, s.user, before, after);
  const stale = docCopiesOf(store, before);
  const now = docCopiesOf(store, after);
  const address = { ordersShippedThere: now.shipping, after: addressLine(after.street, after.city, after.postcode), copiesRewritten, stale: stale.own + stale.shipping };
  cells.at(-1)!.answer = answerText.address(address);
  return { cells, answers: { profile, fof, revenue, rolling, address } };
}

/** The JavaScript each question runs, in outline, for the view's "code" disclosure. */
export const CODE = {
  profile: `const [doc] = users.find({ _id: userId })       // one document, parsed whole
doc.orders.sort(recentFirst).slice(0, 5)
doc.reviews.sort(recentFirst).slice(0, 5)`,
  fof: `let frontier = [userId]
for (let hop = 0; hop < hops; hop++) {
  const docs = users.find({ _id: { $in: frontier } })   // every document, whole
  frontier = docs.flatMap(d => d.follows).filter(notSeen)
}
// then fetch the last hop's documents and look through their orders for the product`,
  revenue: `for (const doc of users.find({}))                  // every user document
  for (const order of doc.orders)
    if (order.placed_at in thisQuarter) revenue += sum(order.items, i => i.qty * i.price_cents)
revenue / users.count()`,
  rolling: `for (const click of clicks.find({}))               // no index on ts
  perMinute[minuteOf(click.ts)]++
rolling[j] = perMinute[j] + … + perMinute[j + 4]`,
  address: `for (const doc of users.find({})) {                // nothing indexes ship_to
  if (doc._id === userId) doc.address = newAddress
  for (const order of doc.orders)
    if (sameAddress(order.ship_to, oldAddress)) order.ship_to = { ...order.ship_to, ...newAddress }
  if (changed) users.replaceOne({ _id: doc._id }, doc)
}`,
};
