import type { Shop } from './dataset';
import { NOW_SECONDS, QUARTER_START_SECONDS, ROLLING_MINUTES } from './model';

/**
 * The chapter's graph slice as a shop small enough to answer by hand (for the tests):
 * Alice follows Bob and Dan, Bob follows Carol, Carol follows Eve. Bob bought the trail shoes; Carol the
 * shoes and the rain jacket (last quarter) and reviewed the jacket; Dan the tent; Eve the shoes. Alice sent
 * Bob a rain jacket as a gift, so her order holds a copy of Bob's address.
 */
export const HAND = {
  alice: 1,
  bob: 2,
  carol: 3,
  dan: 4,
  eve: 5,
  shoes: 1,
  jacket: 2,
  tent: 3,
  /** Revenue this quarter: Alice's jacket 120.00 + Bob's shoes 89.00 + Dan's tent 250.00 + Eve's two pairs 178.00. */
  revenueCents: 12_000 + 8_900 + 25_000 + 2 * 8_900,
  /** Click times relative to now, in seconds; the first two fall outside the 64 minutes the rolling count reads. */
  clickOffsets: [-3 * 3_600, -ROLLING_MINUTES * 60 - 1, -ROLLING_MINUTES * 60, -301, -300, -1],
};

export function handShop(): Shop {
  const inQuarter = QUARTER_START_SECONDS + 86_400;
  const i32 = (values: number[]) => Int32Array.from(values);
  return {
    users: 5,
    userName: ['', 'Alice Adler', 'Bob Brandt', 'Carol Costa', 'Dan Dahl', 'Eve Ekman'],
    userEmail: ['', 'alice@example.com', 'bob@example.com', 'carol@example.com', 'dan@example.com', 'eve@example.com'],
    street: ['', '1 Elm Street', '2 Mill Lane', '3 Harbour Road', '4 Station Road', '5 Park Avenue'],
    city: ['', 'Leipzig', 'Porto', 'Lyon', 'Turin', 'Ghent'],
    postcode: ['', '100001', '100002', '100003', '100004', '100005'],
    follower: i32([1, 1, 2, 3]),
    followee: i32([2, 4, 3, 5]),
    products: 3,
    productName: ['', 'Trail shoes', 'Rain jacket', 'Tent'],
    productPriceCents: i32([0, 8_900, 12_000, 25_000]),
    // Orders 1–5: Alice's gift to Bob, Bob's, Carol's (before the quarter), Dan's, Eve's.
    orderUser: i32([1, 2, 3, 4, 5]),
    orderPlacedAt: i32([inQuarter, inQuarter + 60, QUARTER_START_SECONDS - 86_400, inQuarter + 120, inQuarter + 180]),
    orderShipAddress: i32([2, 2, 3, 4, 5]),
    itemOrder: i32([1, 2, 3, 3, 4, 5]),
    itemProduct: i32([2, 1, 1, 2, 3, 1]),
    itemQty: i32([1, 1, 1, 1, 1, 2]),
    itemPriceCents: i32([12_000, 8_900, 8_900, 12_000, 25_000, 8_900]),
    reviewUser: i32([3]),
    reviewProduct: i32([2]),
    reviewRating: i32([5]),
    reviewCreatedAt: i32([QUARTER_START_SECONDS - 3_600]),
    reviewBody: ['Would buy again'],
    clickTs: i32(HAND.clickOffsets.map((o) => NOW_SECONDS + o)),
    clickUser: i32([1, 2, 3, 4, 5, 1]),
    clickProduct: i32([1, 1, 2, 3, 1, 2]),
  };
}
