import { createRng } from '@/lib/random';
import type { ColumnData, ColumnSpec } from '@/lib/engines/sql';

export const REGIONS = ['north', 'south', 'east', 'west', 'central', 'coast', 'mountain', 'islands'] as const;
export const STATUSES = ['placed', 'paid', 'shipped', 'delivered', 'returned'] as const;
const PRODUCTS = ['lamp', 'desk', 'chair', 'shelf', 'rug', 'mirror', 'sofa', 'stool', 'bench', 'clock', 'vase', 'bed'] as const;

/** 2025-01-01T00:00:00Z in seconds; orders span the year that follows. */
export const START_SECONDS = 1_735_689_600;
export const YEAR_SECONDS = 365 * 86_400;

export const ORDER_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', type: 'int' },
  { name: 'user_id', type: 'int' },
  { name: 'region', type: 'text' },
  { name: 'product', type: 'text' },
  { name: 'price', type: 'float' },
  { name: 'quantity', type: 'int' },
  { name: 'created_at', type: 'int' },
  { name: 'status', type: 'text' },
];

/** A seeded orders table, as columns: ids 1..rows in creation order, like an append-only shop. */
export function generateOrders(rows: number, seed: number): ColumnData {
  const rng = createRng(seed);
  const id = new Array<number>(rows);
  const user = new Array<number>(rows);
  const region = new Array<string>(rows);
  const product = new Array<string>(rows);
  const price = new Array<number>(rows);
  const quantity = new Array<number>(rows);
  const created = new Array<number>(rows);
  const status = new Array<string>(rows);
  const users = Math.max(100, Math.floor(rows / 5));
  for (let i = 0; i < rows; i++) {
    id[i] = i + 1;
    user[i] = rng.int(1, users);
    region[i] = REGIONS[rng.int(0, REGIONS.length - 1)]!;
    product[i] = PRODUCTS[rng.int(0, PRODUCTS.length - 1)]!;
    price[i] = Math.round((5 + rng.next() * 495) * 100) / 100;
    quantity[i] = rng.int(1, 5);
    created[i] = START_SECONDS + Math.floor(((i + rng.next()) / rows) * YEAR_SECONDS);
    status[i] = STATUSES[rng.int(0, STATUSES.length - 1)]!;
  }
  return [id, user, region, product, price, quantity, created, status];
}
