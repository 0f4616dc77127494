import type { ColumnSpec } from '@/lib/engines/sql';
import { createRng, type Rng } from '@/lib/random';
import type { Fault } from './model';

/**
 * The source: service requests in the style of NYC 311, generated day by day from the seed. Each
 * day's requests depend only on the seed and the day, so the same day looks the same in every run.
 * The real 311 dataset has a closed_date; this feed gives the hours to close directly, so that a unit
 * change has a number to change.
 */
export const COMPLAINTS: ReadonlyArray<{ type: string; agency: string; weight: number }> = [
  { type: 'Noise - Residential', agency: 'NYPD', weight: 0.22 },
  { type: 'Illegal Parking', agency: 'NYPD', weight: 0.16 },
  { type: 'HEAT/HOT WATER', agency: 'HPD', weight: 0.15 },
  { type: 'Blocked Driveway', agency: 'NYPD', weight: 0.09 },
  { type: 'Noise - Street/Sidewalk', agency: 'NYPD', weight: 0.07 },
  { type: 'Street Condition', agency: 'DOT', weight: 0.07 },
  { type: 'Water System', agency: 'DEP', weight: 0.06 },
  { type: 'Dirty Condition', agency: 'DSNY', weight: 0.06 },
  { type: 'Missed Collection', agency: 'DSNY', weight: 0.05 },
  { type: 'Rodent', agency: 'DOHMH', weight: 0.04 },
  { type: 'Sewer', agency: 'DEP', weight: 0.03 },
];
/** The reference table the relationships test points into. */
export const AGENCIES: ReadonlyArray<{ agency: string; name: string; medianHours: number }> = [
  { agency: 'NYPD', name: 'New York City Police Department', medianHours: 2 },
  { agency: 'HPD', name: 'Department of Housing Preservation and Development', medianHours: 60 },
  { agency: 'DOT', name: 'Department of Transportation', medianHours: 30 },
  { agency: 'DEP', name: 'Department of Environmental Protection', medianHours: 40 },
  { agency: 'DSNY', name: 'Department of Sanitation', medianHours: 20 },
  { agency: 'DOHMH', name: 'Department of Health and Mental Hygiene', medianHours: 150 },
];
export const BOROUGHS: ReadonlyArray<{ name: string; weight: number }> = [
  { name: 'BROOKLYN', weight: 0.31 },
  { name: 'QUEENS', weight: 0.25 },
  { name: 'MANHATTAN', weight: 0.2 },
  { name: 'BRONX', weight: 0.19 },
  { name: 'STATEN ISLAND', weight: 0.04 },
  { name: 'Unspecified', weight: 0.01 },
];
export const STATUSES = ['Open', 'In Progress', 'Closed'] as const;
/** Requests by hour of the day, relative: quiet at night, busy from mid-morning. */
const HOUR_WEIGHTS = [1, 0.7, 0.5, 0.4, 0.4, 0.5, 1, 1.8, 2.6, 3, 3.1, 3.1, 3, 2.9, 2.8, 2.7, 2.6, 2.5, 2.4, 2.3, 2.2, 2, 1.7, 1.3];
/** Late data: the source's export stalls at this hour, and the rest of the day comes with the next pull. */
export const LATE_FROM_HOUR = 17;
/** A burst of nulls covers requests created in these hours. */
export const NULL_HOURS = [9, 12] as const;
/** Day 1 is this date; the warm-up days come before it. */
const DAY_ONE = Date.UTC(2026, 0, 5);

export const RAW_COLUMNS: readonly ColumnSpec[] = [
  { name: 'unique_key', type: 'text' },
  { name: 'created_date', type: 'text' },
  { name: 'agency', type: 'text' },
  { name: 'complaint_type', type: 'text' },
  { name: 'borough', type: 'text' },
  { name: 'status', type: 'text' },
  { name: 'hours_to_close', type: 'float' },
];
export const REQUIRED_COLUMNS = RAW_COLUMNS.map((c) => c.name);

export interface SourceRow {
  key: string;
  day: number;
  hour: number;
  created: string;
  agency: string;
  complaint: string;
  borough: string;
  status: string;
  hours: number | null;
}

export function dateOf(day: number): string {
  return new Date(DAY_ONE + (day - 1) * 86_400_000).toISOString().slice(0, 10);
}

function weighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let draw = rng.next() * total;
  for (const item of items) {
    draw -= item.weight;
    if (draw < 0) return item;
  }
  return items[items.length - 1]!;
}

const two = (n: number) => String(n).padStart(2, '0');
const HOURS = HOUR_WEIGHTS.map((weight, hour) => ({ hour, weight }));

/** The requests created on `day`: about `rows` of them (fewer at weekends), ordered by creation time. */
export function requestsOf(seed: number, day: number, rows: number): SourceRow[] {
  const rng = createRng(`${seed}:311:${day}`);
  const weekday = new Date(DAY_ONE + (day - 1) * 86_400_000).getUTCDay();
  const scale = weekday === 0 || weekday === 6 ? 0.8 : 1;
  const n = Math.max(1, Math.round(rows * scale * (1 + 0.06 * rng.normal())));
  const date = dateOf(day);
  const times = Array.from({ length: n }, () => weighted(rng, HOURS).hour * 3600 + rng.int(0, 3599)).sort((a, b) => a - b);
  return times.map((t, i) => {
    const complaint = weighted(rng, COMPLAINTS);
    const agency = AGENCIES.find((a) => a.agency === complaint.agency)!;
    const state = rng.next();
    const status = state < 0.85 ? 'Closed' : state < 0.95 ? 'In Progress' : 'Open';
    const hours = status === 'Closed' ? Math.round(agency.medianHours * Math.exp(rng.normal()) * 100) / 100 : null;
    const hour = Math.floor(t / 3600);
    return {
      key: String(60_000_000 + (day + 100) * 100_000 + i),
      day,
      hour,
      created: `${date} ${two(hour)}:${two(Math.floor((t % 3600) / 60))}:${two(t % 60)}`,
      agency: complaint.agency,
      complaint: complaint.type,
      borough: weighted(rng, BOROUGHS).name,
      status,
      hours,
    };
  });
}

export type RawValue = string | number | null;
export interface Pull {
  columns: ColumnSpec[];
  rows: RawValue[][];
  /** How many times the load writes the batch: 2 when a timed-out write is retried and both land. */
  writes: number;
}

const asRaw = (r: SourceRow): RawValue[] => [r.key, r.created, r.agency, r.complaint, r.borough, r.status, r.hours];
const hasFault = (faults: readonly Fault[], day: number, kind: Fault['kind']) => faults.some((f) => f.day === day && f.kind === kind);

/**
 * What the day's pull brings: the day's requests (without those held back by late data, and with any
 * held back the day before), then the day's faults applied in script order. `clean` is the pull a
 * backfill makes once the cause is fixed: the whole day, no faults.
 */
export function pullOf(requests: (day: number) => SourceRow[], day: number, faults: readonly Fault[], clean = false): Pull {
  const lateYesterday = hasFault(faults, day - 1, 'late') ? requests(day - 1).filter((r) => r.hour >= LATE_FROM_HOUR) : [];
  const today = requests(day);
  const held = !clean && hasFault(faults, day, 'late');
  let rows = [...lateYesterday, ...(held ? today.filter((r) => r.hour < LATE_FROM_HOUR) : today)].map(asRaw);
  const columns = RAW_COLUMNS.map((c) => ({ ...c }));
  let writes = 1;
  if (clean) return { columns, rows, writes };
  const todays = new Set(today.map((r) => r.key));
  for (const fault of faults.filter((f) => f.day === day)) {
    if (fault.kind === 'empty') rows = [];
    else if (fault.kind === 'rename') columns[3] = { name: 'problem_type', type: 'text' };
    else if (fault.kind === 'duplicate') writes = 2;
    else if (fault.kind === 'unit') rows = rows.map((r) => (r[6] === null ? r : with6(r, Math.round(Number(r[6]) * 60 * 100) / 100)));
    else if (fault.kind === 'nulls') rows = rows.map((r) => (todays.has(String(r[0])) && inNullBurst(String(r[1])) ? withAt(r, 3, null) : r));
    else if (fault.kind === 'borough') rows = rows.map((r) => withAt(r, 4, titleCase(String(r[4]))));
    else if (fault.kind === 'agency') rows = rows.map((r) => (r[2] === 'DSNY' ? withAt(r, 2, 'SANIT') : r));
  }
  return { columns, rows, writes };
}

const withAt = (row: RawValue[], index: number, value: RawValue) => row.map((v, i) => (i === index ? value : v));
const with6 = (row: RawValue[], value: number) => withAt(row, 6, value);
const inNullBurst = (created: string) => {
  const hour = Number(created.slice(11, 13));
  return hour >= NULL_HOURS[0] && hour <= NULL_HOURS[1];
};
export const titleCase = (text: string) => text.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
