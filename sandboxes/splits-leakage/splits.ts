import { createRng } from '@/lib/random';
import type { Overlap, Row, Split } from './model';

/** Share of the development rows (random), users (group) or days (time) that validate. */
export const VALIDATE_SHARE = 0.2;

/** Rows shuffled with the seed; the first 80% train. Copies of one row land independently. */
export function randomSplit(rows: readonly Row[], seed: number): Split {
  const order = createRng(seed).shuffle(rows.map((_, i) => i));
  const cut = Math.round(order.length * (1 - VALIDATE_SHARE));
  return { train: order.slice(0, cut).sort((a, b) => a - b), validate: order.slice(cut).sort((a, b) => a - b) };
}

/** Rows on days before `cutDay` train; rows on `cutDay` or later validate. */
export function timeSplit(rows: readonly Row[], cutDay: number): Split {
  const split: Split = { train: [], validate: [] };
  rows.forEach((r, i) => (r.day < cutDay ? split.train : split.validate).push(i));
  return split;
}

/** Users shuffled with the seed; a fifth of them (all their rows) validate. */
export function groupSplit(rows: readonly Row[], seed: number): Split {
  const users = [...new Set(rows.map((r) => r.user))].sort((a, b) => a - b);
  const shuffled = createRng(seed).shuffle(users);
  const held = new Set(shuffled.slice(0, Math.round(users.length * VALIDATE_SHARE)));
  const split: Split = { train: [], validate: [] };
  rows.forEach((r, i) => (held.has(r.user) ? split.validate : split.train).push(i));
  return split;
}

/** Users and row ids that appear on both sides of a split. */
export function overlapOf(rows: readonly Row[], split: Split): Overlap {
  const trainUsers = new Set(split.train.map((i) => rows[i]!.user));
  const validateUsers = new Set(split.validate.map((i) => rows[i]!.user));
  const trainIds = new Set(split.train.map((i) => rows[i]!.id));
  const across = new Set(split.validate.map((i) => rows[i]!.id).filter((id) => trainIds.has(id)));
  let usersBoth = 0;
  for (const u of validateUsers) if (trainUsers.has(u)) usersBoth++;
  return {
    usersTrain: trainUsers.size,
    usersValidate: validateUsers.size,
    usersBoth,
    validateRowsSeenUser: split.validate.filter((i) => trainUsers.has(rows[i]!.user)).length,
    duplicatesAcross: across.size,
  };
}

/** Keeps the first row of each id. */
export function dedupe(rows: readonly Row[]): Row[] {
  const seen = new Set<number>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
