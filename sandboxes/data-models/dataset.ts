import { createRng, type Rng } from '@/lib/random';
import { CLICK_SPAN_SECONDS, GIFT_SHARE, NOW_SECONDS, ORDER_SPAN_SECONDS, productCount } from './model';

const FIRST = ['Ada', 'Ben', 'Carla', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Mia', 'Noor', 'Omar', 'Pia', 'Quin', 'Rosa', 'Sam', 'Tess', 'Uma', 'Vik', 'Wen', 'Yara', 'Zeb'];
const LAST = ['Adler', 'Brandt', 'Costa', 'Dahl', 'Ekman', 'Fox', 'Gray', 'Holm', 'Ito', 'Jansen', 'Khan', 'Lund', 'Moreau', 'Novak', 'Ortiz', 'Park', 'Quist', 'Rossi', 'Silva', 'Tan'];
const STREETS = ['Elm Street', 'Mill Lane', 'Harbour Road', 'Station Road', 'Park Avenue', 'Church Street', 'Bridge Street', 'Garden Row', 'Hill Road', 'King Street'];
const CITIES = ['Leipzig', 'Porto', 'Lyon', 'Turin', 'Gdansk', 'Bergen', 'Ghent', 'Cork', 'Brno', 'Malmo', 'Utrecht', 'Bilbao'];
const ADJECTIVES = ['Trail', 'Rain', 'Camp', 'Travel', 'Desk', 'Wool', 'Linen', 'Cast-iron', 'Bamboo', 'Canvas', 'Steel', 'Cedar'];
const NOUNS = ['shoes', 'jacket', 'tent', 'lamp', 'mug', 'backpack', 'blanket', 'kettle', 'chair', 'bottle', 'scarf', 'stool', 'pan', 'towel', 'notebook'];
const REVIEW_WORDS = ['Great', 'Fine', 'Sturdy', 'Too small', 'Arrived late', 'Would buy again', 'Good value', 'Not as pictured'];

/**
 * The seeded shop as columns, every table in its key order (orders by user then time, items by order,
 * reviews by user, follows by follower, clicks by time). Each of the four models is built from this.
 * Ids start at 1; a user's home address has the user's id.
 */
export interface Shop {
  users: number;
  userName: string[];
  userEmail: string[];
  street: string[];
  city: string[];
  postcode: string[];
  /** follows[i] is (follower, followee), sorted by follower then followee. */
  follower: Int32Array;
  followee: Int32Array;
  products: number;
  productName: string[];
  productPriceCents: Int32Array;
  /** Order i has id i + 1. */
  orderUser: Int32Array;
  orderPlacedAt: Int32Array;
  orderShipAddress: Int32Array;
  itemOrder: Int32Array;
  itemProduct: Int32Array;
  itemQty: Int32Array;
  itemPriceCents: Int32Array;
  /** Review i has id i + 1. */
  reviewUser: Int32Array;
  reviewProduct: Int32Array;
  reviewRating: Int32Array;
  reviewCreatedAt: Int32Array;
  reviewBody: string[];
  clickTs: Int32Array;
  clickUser: Int32Array;
  clickProduct: Int32Array;
}

export interface ShopSize {
  users: number;
  followsPerUser: number;
  ordersPerUser: number;
  clicks: number;
  seed: number;
}

/** Index 0 is unused so that arrays read by id. Popular things get picked more often. */
function skewed(rng: Rng, count: number, power: number): number {
  return 1 + Math.min(count - 1, Math.floor(count * Math.pow(rng.next(), power)));
}

export function generateShop(size: ShopSize): Shop {
  const rng = createRng(`${size.seed}:shop`);
  const n = size.users;
  const userName = [''];
  const userEmail = [''];
  const street = [''];
  const city = [''];
  const postcode = [''];
  for (let id = 1; id <= n; id++) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    userName.push(`${first} ${last}`);
    userEmail.push(`${first.toLowerCase()}.${last.toLowerCase()}${id}@example.com`);
    street.push(`${rng.int(1, 180)} ${rng.pick(STREETS)}`);
    city.push(rng.pick(CITIES));
    // Unique per user, so two users never share an address by accident.
    postcode.push(String(100_000 + id));
  }

  const products = productCount(n);
  const productName = [''];
  const productPriceCents = new Int32Array(products + 1);
  for (let p = 1; p <= products; p++) {
    productName.push(`${ADJECTIVES[(p - 1) % ADJECTIVES.length]} ${NOUNS[Math.floor((p - 1) / ADJECTIVES.length) % NOUNS.length]} ${p}`);
    productPriceCents[p] = rng.int(5, 250) * 100 - 1;
  }

  // Follows: each user follows 0..2×average others, popular users more often.
  const followLists: number[][] = [[]];
  for (let id = 1; id <= n; id++) {
    const k = Math.min(n - 1, rng.int(0, 2 * size.followsPerUser));
    const chosen = new Set<number>();
    while (chosen.size < k) {
      const other = skewed(rng, n, 1.6);
      if (other !== id) chosen.add(other);
    }
    followLists.push([...chosen].sort((a, b) => a - b));
  }
  const follows = followLists.reduce((s, l) => s + l.length, 0);
  const follower = new Int32Array(follows);
  const followee = new Int32Array(follows);
  for (let id = 1, at = 0; id <= n; id++) {
    for (const f of followLists[id]!) {
      follower[at] = id;
      followee[at++] = f;
    }
  }

  // Orders: per user, in time order, so a user's orders sit together as they would under a key on (user_id, placed_at).
  const oUser: number[] = [];
  const oTime: number[] = [];
  const oShip: number[] = [];
  const iOrder: number[] = [];
  const iProduct: number[] = [];
  const iQty: number[] = [];
  const rUser: number[] = [];
  const rProduct: number[] = [];
  const rRating: number[] = [];
  const rTime: number[] = [];
  const rBody: string[] = [];
  for (let id = 1; id <= n; id++) {
    const k = rng.int(0, 2 * size.ordersPerUser);
    const times = Array.from({ length: k }, () => NOW_SECONDS - rng.int(1, ORDER_SPAN_SECONDS)).sort((a, b) => a - b);
    const friends = followLists[id]!;
    for (const placedAt of times) {
      const orderId = oUser.length + 1;
      oUser.push(id);
      oTime.push(placedAt);
      oShip.push(friends.length > 0 && rng.bernoulli(GIFT_SHARE) ? rng.pick(friends) : id);
      const lines = rng.int(1, 3);
      const inOrder = new Set<number>();
      while (inOrder.size < lines) inOrder.add(skewed(rng, products, 2));
      for (const product of [...inOrder].sort((a, b) => a - b)) {
        iOrder.push(orderId);
        iProduct.push(product);
        iQty.push(rng.int(1, 3));
        if (rng.bernoulli(0.3)) {
          rUser.push(id);
          rProduct.push(product);
          rRating.push(rng.int(1, 5));
          rTime.push(Math.min(NOW_SECONDS - 1, placedAt + rng.int(3_600, 14 * 86_400)));
          rBody.push(rng.pick(REVIEW_WORDS));
        }
      }
    }
  }
  const itemProduct = Int32Array.from(iProduct);

  // Clicks over the last day (noon to noon), busiest in the evening and quietest before dawn, in time order.
  const clickTs = new Int32Array(size.clicks);
  for (let i = 0; i < size.clicks; i++) {
    let offset: number;
    do offset = rng.int(0, CLICK_SPAN_SECONDS - 1);
    while (rng.next() > 0.55 + 0.45 * Math.sin((2 * Math.PI * offset) / CLICK_SPAN_SECONDS));
    clickTs[i] = NOW_SECONDS - CLICK_SPAN_SECONDS + offset;
  }
  clickTs.sort();
  const clickUser = new Int32Array(size.clicks);
  const clickProduct = new Int32Array(size.clicks);
  for (let i = 0; i < size.clicks; i++) {
    clickUser[i] = rng.int(1, n);
    clickProduct[i] = skewed(rng, products, 2);
  }

  return {
    users: n,
    userName,
    userEmail,
    street,
    city,
    postcode,
    follower,
    followee,
    products,
    productName,
    productPriceCents,
    orderUser: Int32Array.from(oUser),
    orderPlacedAt: Int32Array.from(oTime),
    orderShipAddress: Int32Array.from(oShip),
    itemOrder: Int32Array.from(iOrder),
    itemProduct,
    itemQty: Int32Array.from(iQty),
    itemPriceCents: Int32Array.from(itemProduct, (p) => productPriceCents[p]!),
    reviewUser: Int32Array.from(rUser),
    reviewProduct: Int32Array.from(rProduct),
    reviewRating: Int32Array.from(rRating),
    reviewCreatedAt: Int32Array.from(rTime),
    reviewBody: rBody,
    clickTs,
    clickUser,
    clickProduct,
  };
}

/** The address as one line, the form every model's answer uses. */
export function addressLine(street: string, city: string, postcode: string): string {
  return `${street}, ${postcode} ${city}`;
}

/** The new address the change writes: a street no generated address uses. */
export function newAddressFor(userId: number, seed: number): { street: string; city: string; postcode: string } {
  const rng = createRng(`${seed}:move:${userId}`);
  return { street: `${rng.int(1, 99)} New Quay`, city: rng.pick(CITIES), postcode: String(900_000 + userId) };
}

/**
 * Who and what the questions ask about: the chosen ids, or, for 0, a user picked by the seed among those
 * who follow someone and ordered something, and a product bought by someone in their network (so the
 * friends question has an answer to agree on).
 */
export function pickSubjects(shop: Shop, hops: number, queryUser: number, queryProduct: number, seed: number): { user: number; product: number } {
  const rng = createRng(`${seed}:pick`);
  const followStart = new Int32Array(shop.users + 2);
  for (let i = 0; i < shop.follower.length; i++) followStart[shop.follower[i]! + 1]!++;
  for (let id = 1; id <= shop.users + 1; id++) followStart[id]! += followStart[id - 1]!;
  const ordersOf = new Int32Array(shop.users + 1);
  for (let i = 0; i < shop.orderUser.length; i++) ordersOf[shop.orderUser[i]!]!++;

  let user = queryUser;
  for (let tries = 0; user === 0 && tries < 1_000; tries++) {
    const candidate = rng.int(1, shop.users);
    if (followStart[candidate + 1]! > followStart[candidate]! && ordersOf[candidate]! > 0) user = candidate;
  }
  if (user === 0) user = rng.int(1, shop.users);
  if (queryProduct > 0) return { user, product: queryProduct };

  // Everyone within `hops` follows of the user.
  const seen = new Set<number>([user]);
  let frontier = [user];
  for (let h = 0; h < hops; h++) {
    const next: number[] = [];
    for (const u of frontier) for (let e = followStart[u]!; e < followStart[u + 1]!; e++) {
      const f = shop.followee[e]!;
      if (!seen.has(f)) {
        seen.add(f);
        next.push(f);
      }
    }
    frontier = next;
  }
  seen.delete(user);
  const bought = new Set<number>();
  for (let i = 0; i < shop.itemOrder.length; i++) if (seen.has(shop.orderUser[shop.itemOrder[i]! - 1]!)) bought.add(shop.itemProduct[i]!);
  const choices = [...bought].sort((a, b) => a - b);
  return { user, product: choices.length > 0 ? rng.pick(choices) : skewed(rng, shop.products, 2) };
}
