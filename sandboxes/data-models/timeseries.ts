import { answerText, minuteOf, rollingFromMinutes } from './answers';
import type { Shop } from './dataset';
import { checksum, notExpressible, timeQuery, type Clock, type Measured } from './measure';
import { CLICK_SPAN_SECONDS, NOW_SECONDS, ROLLING_MINUTES, ROLLING_START_SECONDS } from './model';

/** Points are kept in chunks of ten minutes each, as a time-series engine partitions by time. */
export const CHUNK_SECONDS = 600;
/** The first chunk starts at the beginning of the clicks' day. */
export const ORIGIN_SECONDS = NOW_SECONDS - CLICK_SPAN_SECONDS;

/**
 * Click points, one per event: a timestamp, the series it belongs to (the product clicked) and a tag
 * (the user), appended in time order into fixed ten-minute chunks. A range query opens only the chunks
 * that overlap the range and reads every point in them.
 */
export class SeriesStore {
  readonly ts: Int32Array;
  readonly series: Int32Array;
  readonly user: Int32Array;
  /** Points of chunk c are chunkStart[c] … chunkStart[c + 1] − 1. */
  readonly chunkStart: Int32Array;
  pointsRead = 0;
  chunksOpened = 0;

  constructor(ts: Int32Array, series: Int32Array, user: Int32Array) {
    this.ts = ts;
    this.series = series;
    this.user = user;
    const chunks = Math.ceil(CLICK_SPAN_SECONDS / CHUNK_SECONDS);
    this.chunkStart = new Int32Array(chunks + 1);
    for (let i = 0; i < ts.length; i++) this.chunkStart[Math.floor((ts[i]! - ORIGIN_SECONDS) / CHUNK_SECONDS) + 1]!++;
    for (let c = 1; c <= chunks; c++) this.chunkStart[c]! += this.chunkStart[c - 1]!;
  }

  get chunks(): number {
    return this.chunkStart.length - 1;
  }

  resetCounters(): void {
    this.pointsRead = this.chunksOpened = 0;
  }

  /** Visits every point in the chunks that overlap [from, to); the caller drops those outside. */
  range(from: number, to: number, visit: (ts: number, point: number) => void): void {
    const first = Math.max(0, Math.floor((from - ORIGIN_SECONDS) / CHUNK_SECONDS));
    const last = Math.min(this.chunks - 1, Math.floor((to - 1 - ORIGIN_SECONDS) / CHUNK_SECONDS));
    for (let c = first; c <= last; c++) {
      this.chunksOpened++;
      const end = this.chunkStart[c + 1]!;
      this.pointsRead += end - this.chunkStart[c]!;
      for (let p = this.chunkStart[c]!; p < end; p++) visit(this.ts[p]!, p);
    }
  }
}

export function buildSeries(shop: Shop): SeriesStore {
  // The shop's clicks are already in time order, as appends would be.
  return new SeriesStore(shop.clickTs, shop.clickProduct, shop.clickUser);
}

export function seriesRolling(store: SeriesStore): number[] {
  const perMinute = new Int32Array(ROLLING_MINUTES);
  store.range(ROLLING_START_SECONDS, NOW_SECONDS, (ts) => {
    const m = minuteOf(ts, ROLLING_START_SECONDS);
    if (m >= 0) perMinute[m]!++;
  });
  return rollingFromMinutes(perMinute);
}

export const CODE = {
  rolling: `// SELECT time_bucket('1 minute', ts), count(*) … WHERE ts >= now() - INTERVAL '64 minutes'
for (const chunk of chunksOverlapping(now - 64 min, now))   // 10-minute chunks
  for (const point of chunk) perMinute[minuteOf(point.ts)]++
rolling[j] = perMinute[j] + … + perMinute[j + 4]`,
};

export function runSeries(store: SeriesStore, clock: Clock, repeats: number): { cells: Measured[]; rolling: number[] } {
  store.resetCounters();
  const rolling = seriesRolling(store);
  const { pointsRead, chunksOpened } = store;
  const timing = timeQuery(() => checksum(seriesRolling(store)), clock, repeats);
  const cells: Measured[] = [
    notExpressible('profile', 'timeseries', 'Not expressible: the series hold click points (time, product, user); there is no profile, order or review in them.'),
    notExpressible('fof', 'timeseries', 'Not expressible: points have no relationships to follow; who follows whom is not a time series.'),
    notExpressible('revenue', 'timeseries', 'Not expressible: the series hold clicks, not orders. A revenue series would make this a range sum, but still not know how many users there are.'),
    {
      query: 'rolling',
      model: 'timeseries',
      expressible: true,
      how: `open the ${chunksOpened} ten-minute chunks (of ${store.chunks}) that overlap the last ${ROLLING_MINUTES} minutes`,
      code: CODE.rolling,
      touched: pointsRead,
      records: pointsRead,
      breakdown: [{ what: `points in ${chunksOpened} chunks`, count: pointsRead }],
      requests: 1,
      timing,
      answer: answerText.rolling(rolling),
    },
    notExpressible('address', 'timeseries', 'Not expressible: no addresses are stored in the series, so there is nothing to change.'),
  ];
  return { cells, rolling };
}
