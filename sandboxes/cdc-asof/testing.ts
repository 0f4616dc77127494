import type { ChangeEvent, OrderRow, Status } from './model';

/** A hand-made order row for tests: placed at `placedAt`, everything else empty unless given. */
export function handRow(orderId: number, placedAt: number, patch: Partial<OrderRow> = {}): OrderRow {
  return {
    order_id: orderId, status: 'placed', restaurant_id: 1, distance_km: 2.5, items: 2, placed_at: placedAt,
    accepted_at: null, courier_id: null, reassignments: 0, picked_up_at: null, delivered_at: null, cancelled_at: null, ...patch,
  };
}

/** A hand-made event: `patch` applied to `before` (null for a create), or a delete when `patch` is 'delete'. */
export function handEvent(lsn: number, commitS: number, before: OrderRow | null, patch: Partial<OrderRow> & { status?: Status } | 'delete', orderId = before?.order_id ?? 0): ChangeEvent {
  if (patch === 'delete') return { op: 'd', before, after: null, lsn, commitS, orderId };
  const after = before ? { ...before, ...patch } : handRow(orderId, commitS, patch);
  return { op: before ? 'u' : 'c', before, after, lsn, commitS, orderId };
}

/**
 * Order 1 placed at 18:02 (64,920 s), accepted 18:05, courier 77 at 18:07, picked up 18:19,
 * delivered 18:53; order 2 placed 18:06 and cancelled 18:20, then deleted the next day.
 */
export function handLog(): ChangeEvent[] {
  const c1 = handEvent(100, 64_920, null, {}, 1);
  const a1 = handEvent(200, 65_100, c1.after, { status: 'accepted', accepted_at: 65_100 });
  const c2 = handEvent(250, 65_160, null, { distance_km: 6 }, 2);
  const k1 = handEvent(300, 65_220, a1.after, { courier_id: 77 });
  const p1 = handEvent(400, 65_940, k1.after, { status: 'picked_up', picked_up_at: 65_940 });
  const x2 = handEvent(450, 66_000, c2.after, { status: 'cancelled', cancelled_at: 66_000 });
  const d1 = handEvent(500, 67_980, p1.after, { status: 'delivered', delivered_at: 67_980 });
  const z2 = handEvent(600, 66_000 + 86_400, x2.after, 'delete');
  return [c1, a1, k1, c2, p1, x2, d1, z2].sort((a, b) => a.lsn - b.lsn);
}
