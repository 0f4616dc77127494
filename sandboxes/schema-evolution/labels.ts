import type { UpgradeOrder } from './model';

export const orderLabel: Record<UpgradeOrder, string> = {
  either: 'either side first',
  'consumers-first': 'consumers first',
  'producers-first': 'producers first',
  none: 'no safe order',
};

export const list = (items: readonly number[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
