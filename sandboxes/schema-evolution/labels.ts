import type { Mode, UpgradeOrder } from './model';

export const orderLabel: Record<UpgradeOrder, string> = {
  either: 'either side first',
  'consumers-first': 'consumers first',
  'producers-first': 'producers first',
  none: 'no safe order',
};

export const modeHint: Record<Mode, string> = {
  NONE: 'no check: every version is registered',
  BACKWARD: 'the new schema must read data written with the latest registered one',
  BACKWARD_TRANSITIVE: 'the new schema must read data written with every registered one',
  FORWARD: 'the latest registered schema must read data written with the new one',
  FORWARD_TRANSITIVE: 'every registered schema must read data written with the new one',
  FULL: 'both BACKWARD and FORWARD, against the latest registered one',
  FULL_TRANSITIVE: 'both, against every registered one',
};

export const list = (items: readonly number[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
