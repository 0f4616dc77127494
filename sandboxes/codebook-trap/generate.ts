import type { ColumnSpec } from '@/lib/engines/sql';
import { createRng, type Rng } from '@/lib/random';
import type { CodebookTrapParams } from './model';

/**
 * Seeded yellow-taxi trips with the columns and codes of the TLC data dictionary, for one month
 * (June 2023). Every rate and distribution here is shown on screen (RATE_CARD, TRIP_MIX); where the
 * generator simplifies the real meter or the real data, SIMPLIFICATIONS says so.
 */

/** Dollar amounts from TLC's rule effective 19 December 2022 (initial $3.00, $0.70 a unit, flat JFK $70, …). */
export const RATE_CARD = {
  initial: 3.0,
  unit: 0.7,
  rush: 2.5,
  overnight: 1.0,
  improvement: 1.0,
  mtaTax: 0.5,
  jfkFlat: 70.0,
  jfkRush: 5.0,
  newark: 20.0,
  congestion: 2.5,
  /** The generator's choices, not from the rule above. */
  airportFee: 1.75,
  toll: 6.94,
} as const;

/** The true rate code of a trip (before any is recorded as 99), with its share of trips. */
export const TRIP_MIX: ReadonlyArray<{ code: number; share: number }> = [
  { code: 2, share: 0.035 },
  { code: 3, share: 0.004 },
  { code: 4, share: 0.003 },
  { code: 5, share: 0.006 },
  { code: 1, share: 0.952 },
];
/** What is left after card, cash and voided trips goes to no charge (3), dispute (4) and unknown (5) in these shares. */
export const OTHER_PAYMENT_SPLIT: ReadonlyArray<{ code: number; share: number }> = [
  { code: 3, share: 0.4 },
  { code: 4, share: 0.3 },
  { code: 5, share: 0.3 },
];
/** A tipping rider's choice on the card screen (as a fraction of fare + extra); "custom" is 10–20 %. */
export const TIP_CHOICES: ReadonlyArray<{ fraction: number | 'custom'; share: number }> = [
  { fraction: 0.2, share: 0.5 },
  { fraction: 0.25, share: 0.25 },
  { fraction: 0.3, share: 0.1 },
  { fraction: 'custom', share: 0.15 },
];
/** passenger_count as drivers enter it (0: not entered). */
export const PASSENGERS: ReadonlyArray<{ count: number; share: number }> = [
  { count: 1, share: 0.72 },
  { count: 2, share: 0.14 },
  { count: 3, share: 0.04 },
  { count: 4, share: 0.02 },
  { count: 5, share: 0.03 },
  { count: 6, share: 0.02 },
  { count: 0, share: 0.03 },
];
/** Trips started in each hour of the day, relative (night low, evening high). */
const HOUR_WEIGHTS = [3, 2, 1.5, 1, 1, 1.5, 3, 5, 6, 6, 6, 6.5, 7, 7, 7.5, 8, 8.5, 9, 9.5, 9, 8, 7, 6, 4.5];
/** Typical speed (mph) in each hour: fast at night, slow in the day. */
const HOUR_SPEED = [17, 18, 19, 19, 19, 17, 14, 11, 10, 10, 10, 10, 10, 10, 10, 9.5, 9, 9, 9.5, 10.5, 12, 13, 14, 15];
const MANHATTAN_ZONES = [161, 162, 163, 230, 236, 237, 186, 48, 170, 142, 239, 141, 68, 79, 234, 107, 90, 249, 100, 164];
export const JFK_ZONE = 132;
const NEWARK_ZONE = 1;
const OUTSIDE_ZONE = 265;
/** 1 June 2023 (a Thursday), in seconds since the Unix epoch; pick-ups fall in the 30 days from it. */
export const MONTH_START_S = Date.UTC(2023, 5, 1) / 1000;
const MONTH_DAYS = 30;

export const TRIP_COLUMNS: readonly ColumnSpec[] = [
  { name: 'VendorID', type: 'int' },
  { name: 'pickup_s', type: 'int' },
  { name: 'dropoff_s', type: 'int' },
  { name: 'passenger_count', type: 'int' },
  { name: 'trip_distance', type: 'float' },
  { name: 'RatecodeID', type: 'int' },
  { name: 'store_and_fwd_flag', type: 'text' },
  { name: 'PULocationID', type: 'int' },
  { name: 'DOLocationID', type: 'int' },
  { name: 'payment_type', type: 'int' },
  { name: 'fare_amount', type: 'float' },
  { name: 'extra', type: 'float' },
  { name: 'mta_tax', type: 'float' },
  { name: 'tip_amount', type: 'float' },
  { name: 'tolls_amount', type: 'float' },
  { name: 'improvement_surcharge', type: 'float' },
  { name: 'total_amount', type: 'float' },
  { name: 'congestion_surcharge', type: 'float' },
  { name: 'airport_fee', type: 'float' },
];

/** What the generator knows and the table does not: the cash tips, and the rate code behind each 99. */
export interface Hidden {
  /** Sum and count of every tip riders gave, card and cash trips (the table records only the card ones). */
  tipSum: number;
  tippers: number;
  paying: number;
  /** Sum and count of fare_amount over completed (not voided) trips whose true rate code is 1. */
  standardFareSum: number;
  standardTrips: number;
  paymentCounts: Record<number, number>;
  rateCounts: Record<number, number>;
  hiddenRates: Record<number, number>;
}

export interface Trips {
  columns: (number | string)[][];
  hidden: Hidden;
}

type Knobs = Pick<CodebookTrapParams, 'trips' | 'cardPct' | 'cashPct' | 'voidedPct' | 'noTipPct' | 'cashTipPct' | 'unknownRatePct' | 'seed'>;

const cents = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function draw<T extends { share: number }>(rng: Rng, items: readonly T[]): T {
  let u = rng.next();
  for (const item of items) {
    if (u < item.share) return item;
    u -= item.share;
  }
  return items[items.length - 1]!;
}
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
const HOURS = HOUR_WEIGHTS.map((w, hour) => ({ hour, share: w / HOUR_TOTAL }));

/** The standard meter: $3.00, then $0.70 for each fifth of a mile and each minute below 12 mph, a started unit counted whole. */
export function meteredFare(miles: number, slowMinutes: number): number {
  return cents(RATE_CARD.initial + RATE_CARD.unit * Math.ceil(5 * miles + slowMinutes));
}

/** A rider's tip as a fraction of fare + extra: none with probability noTip, else a screen choice. */
export function tipFraction(rng: Rng, noTip: number): number {
  if (rng.next() < noTip) return 0;
  const choice = draw(rng, TIP_CHOICES).fraction;
  return choice === 'custom' ? 0.1 + 0.1 * rng.next() : choice;
}

function distanceFor(rng: Rng, rate: number): number {
  if (rate === 2) return clamp(rng.normal(17, 2.5), 10, 25);
  if (rate === 3) return clamp(rng.normal(18, 3), 10, 30);
  if (rate === 4) return clamp(rng.normal(20, 5), 8, 40);
  if (rate === 5) return clamp(rng.normal(15, 6), 2, 50);
  return clamp(1.8 * Math.exp(rng.normal(0, 0.75)), 0.1, 30);
}

export function generateTrips(p: Knobs, onProgress: (fraction: number) => void = () => undefined): Trips {
  const rng = createRng(`codebook-trap:${p.seed}`);
  const n = p.trips;
  const columns: (number | string)[][] = TRIP_COLUMNS.map(() => new Array<number | string>(n));
  const hidden: Hidden = { tipSum: 0, tippers: 0, paying: 0, standardFareSum: 0, standardTrips: 0, paymentCounts: {}, rateCounts: {}, hiddenRates: {} };
  const card = p.cardPct / 100;
  const cash = p.cashPct / 100;
  const voided = p.voidedPct / 100;
  const chunk = Math.max(10_000, Math.ceil(n / 20));
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % chunk === 0) onProgress(i / n);
    const u = rng.next();
    const payment = u < card ? 1 : u < card + cash ? 2 : u < card + cash + voided ? 6 : draw(rng, OTHER_PAYMENT_SPLIT).code;
    const trueRate = payment === 6 ? 1 : draw(rng, TRIP_MIX).code;
    const recordedRate = rng.next() < p.unknownRatePct / 100 ? 99 : trueRate;
    const day = rng.int(0, MONTH_DAYS - 1);
    const hour = draw(rng, HOURS).hour;
    const pickup = MONTH_START_S + day * 86_400 + hour * 3600 + rng.int(0, 3599);
    const weekday = (4 + day) % 7 >= 1 && (4 + day) % 7 <= 5;
    const rush = weekday && hour >= 16 && hour < 20;
    const night = hour >= 20 || hour < 6;

    let miles: number;
    let minutes: number;
    let fare: number;
    let extra = 0;
    let tolls = 0;
    let pu = rng.pick(MANHATTAN_ZONES);
    let dropoffZone = rng.pick(MANHATTAN_ZONES);
    if (payment === 6) {
      // Voided: the meter was started and voided at once (the generator's assumption: the initial charge stays in fare_amount, nothing else).
      miles = cents(0.2 * rng.next());
      minutes = 2 * rng.next();
      fare = RATE_CARD.initial;
    } else {
      miles = cents(distanceFor(rng, trueRate));
      const speed = HOUR_SPEED[hour]! * (trueRate === 1 ? 1 : 1.6) * Math.exp(rng.normal(0, 0.25));
      minutes = Math.max(1, (miles / speed) * 60);
      const slowShare = clamp(0.6 - speed / 40, 0.05, 0.6);
      const metered = meteredFare(miles, minutes * slowShare);
      if (trueRate === 2) {
        fare = RATE_CARD.jfkFlat;
        if (rush) extra += RATE_CARD.jfkRush;
        if (rng.bernoulli(0.5)) pu = JFK_ZONE;
        else dropoffZone = JFK_ZONE;
      } else if (trueRate === 3) {
        fare = metered;
        extra += RATE_CARD.newark;
        dropoffZone = NEWARK_ZONE;
      } else if (trueRate === 4) {
        // Double the meter for the half of the trip beyond the city line.
        fare = cents(metered + (RATE_CARD.unit * 5 * miles) / 2);
        dropoffZone = OUTSIDE_ZONE;
      } else if (trueRate === 5) {
        fare = Math.round((10 + 3 * miles) / 5) * 5;
        dropoffZone = OUTSIDE_ZONE;
      } else fare = metered;
      if (trueRate !== 2) {
        if (rush) extra += RATE_CARD.rush;
        if (night) extra += RATE_CARD.overnight;
      }
      if (rng.bernoulli(trueRate === 1 ? 0.02 : 0.4)) tolls = RATE_CARD.toll;
    }
    const done = payment !== 6;
    const mta = done ? RATE_CARD.mtaTax : 0;
    const improvement = done ? RATE_CARD.improvement : 0;
    const congestion = done && rng.bernoulli(0.88) ? RATE_CARD.congestion : 0;
    const airportFee = done && pu === JFK_ZONE ? RATE_CARD.airportFee : 0;
    // Every rider draws a tip; the table records it only when paid by card.
    const fraction = tipFraction(rng, p.noTipPct / 100) * (payment === 2 ? p.cashTipPct / 100 : 1);
    const givenTip = payment === 1 || payment === 2 ? cents((fare + extra) * fraction) : 0;
    const tip = payment === 1 ? givenTip : 0;
    if (payment === 1 || payment === 2) {
      hidden.paying++;
      hidden.tipSum += givenTip;
      if (givenTip > 0) hidden.tippers++;
    }
    if (done && trueRate === 1) {
      hidden.standardTrips++;
      hidden.standardFareSum += fare;
    }
    hidden.paymentCounts[payment] = (hidden.paymentCounts[payment] ?? 0) + 1;
    hidden.rateCounts[recordedRate] = (hidden.rateCounts[recordedRate] ?? 0) + 1;
    if (recordedRate === 99) hidden.hiddenRates[trueRate] = (hidden.hiddenRates[trueRate] ?? 0) + 1;

    const passengers = draw(rng, PASSENGERS).count;
    const values = [
      rng.bernoulli(0.3) ? 1 : 2,
      pickup,
      pickup + Math.round(minutes * 60),
      passengers,
      miles,
      recordedRate,
      rng.bernoulli(0.005) ? 'Y' : 'N',
      pu,
      dropoffZone,
      payment,
      fare,
      cents(extra),
      mta,
      tip,
      tolls,
      improvement,
      cents(fare + extra + mta + tip + tolls + improvement + congestion + airportFee),
      congestion,
      airportFee,
    ];
    for (let c = 0; c < values.length; c++) columns[c]![i] = values[c]!;
  }
  onProgress(1);
  return { columns, hidden };
}

