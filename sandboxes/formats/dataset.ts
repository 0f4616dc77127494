import { createRng } from '@/lib/random';

/** The synthetic table every format stores: realistic columns, including the awkward ones. */
export interface Dataset {
  rows: number;
  id: Int32Array;
  user_id: Int32Array;
  /** Dollars with two decimals. */
  price: Float64Array;
  /** A full-precision double. */
  score: Float64Array;
  /** Low cardinality: a dozen country codes. */
  country: string[];
  /** High cardinality: a random 16-character hex token. */
  session: string[];
  created_at: Date[];
  is_member: boolean[];
  /** Null for about 30% of rows. */
  coupon: Array<string | null>;
  /** A code with leading zeros, like the US zip code 07053. */
  zip: string[];
}

export const columnNames = ['id', 'user_id', 'price', 'score', 'country', 'session', 'created_at', 'is_member', 'coupon', 'zip'] as const;
export type ColumnName = (typeof columnNames)[number];

const countries = ['US', 'DE', 'FR', 'GB', 'IN', 'BR', 'JP', 'NG', 'MX', 'CA', 'ES', 'KE'];
const coupons = ['SAVE10', 'WELCOME', 'FREESHIP', 'SPRING25'];
const START = Date.UTC(2026, 0, 1);

export function generateDataset(rows: number, seed: number): Dataset {
  const rng = createRng(seed);
  const data: Dataset = {
    rows,
    id: new Int32Array(rows),
    user_id: new Int32Array(rows),
    price: new Float64Array(rows),
    score: new Float64Array(rows),
    country: new Array<string>(rows),
    session: new Array<string>(rows),
    created_at: new Array<Date>(rows),
    is_member: new Array<boolean>(rows),
    coupon: new Array<string | null>(rows),
    zip: new Array<string>(rows),
  };
  for (let i = 0; i < rows; i++) {
    data.id[i] = i + 1;
    data.user_id[i] = rng.int(1, 100_000);
    data.price[i] = rng.int(99, 50_000) / 100;
    data.score[i] = rng.normal(0, 1);
    data.country[i] = rng.pick(countries);
    data.session[i] = rng.nextUint32().toString(16).padStart(8, '0') + rng.nextUint32().toString(16).padStart(8, '0');
    data.created_at[i] = new Date(START + rng.int(0, 180 * 86_400) * 1000);
    data.is_member[i] = rng.bernoulli(0.4);
    data.coupon[i] = rng.bernoulli(0.3) ? null : rng.pick(coupons);
    data.zip[i] = String(rng.int(0, 99_999)).padStart(5, '0');
  }
  return data;
}

export type Value = number | string | boolean | Date | null;

export function valueAt(data: Dataset, column: ColumnName, row: number): Value {
  return data[column][row] as Value;
}
