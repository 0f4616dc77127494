import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '@/lib/engines/node';
import type { SqlEngine } from '@/lib/engines/sql';
import { runWindows } from './compute';
import { defaultWindowsParams, windowsParamsSchema, type StreamEvent, type TypeResult, type WindowsParams } from './model';

/**
 * The same windows computed by DuckDB in SQL over the same events: tumbling by floor arithmetic,
 * hopping by unnesting each event's list of window starts. With a lateness no event can miss, or
 * with the update policy, the final count and sum of every (key, window) must agree.
 */
let db: SqlEngine;
beforeAll(async () => {
  db = await openNodeDuckDB();
  db.exec('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
}, 60_000);
afterAll(() => db?.close());

function load(events: readonly StreamEvent[]) {
  db.load(
    'events',
    [
      { name: 'key', type: 'text' },
      { name: 'event_time', type: 'int' },
      { name: 'value', type: 'int' },
    ],
    [events.map((e) => e.key), events.map((e) => e.eventTime), events.map((e) => e.value)],
  );
}

const tumblingSql = (size: number) => `
  SELECT key, (floor(event_time / ${size}) * ${size})::INTEGER AS start, count(*)::INTEGER AS n, sum(value)::INTEGER AS total
  FROM events GROUP BY ALL ORDER BY key, start`;

const hoppingSql = (size: number, slide: number) => `
  SELECT key, start::INTEGER AS start, count(*)::INTEGER AS n, sum(value)::INTEGER AS total
  FROM (
    SELECT key, value,
      unnest(generate_series(((floor((event_time - ${size}) / ${slide}) + 1) * ${slide})::BIGINT, (floor(event_time / ${slide}) * ${slide})::BIGINT, ${slide})) AS start
    FROM events
  )
  GROUP BY ALL ORDER BY key, start`;

const fromCompute = (type: TypeResult) =>
  type.windows
    .map((w) => ({ key: w.key, start: w.start, n: w.count, total: w.sum }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.start - b.start);

describe('tumbling and hopping windows agree with DuckDB', () => {
  const cases: Array<Partial<WindowsParams>> = [
    { events: 300, keys: 3, span: 120, size: 10, slide: 5, lateness: 200, policy: 'drop', seed: 1 },
    { events: 200, keys: 5, span: 60, size: 7, slide: 3, lateness: 0, policy: 'update', seed: 2 },
    { events: 500, keys: 2, span: 240, size: 12, slide: 1, lateness: 3, policy: 'update', lateShare: 40, maxDelay: 60, seed: 3 },
    { stream: 'chapter', size: 5, slide: 5, lateness: 0, policy: 'drop' },
    { stream: 'chapter', size: 10, slide: 5, lateness: 0, policy: 'drop', edits: [{ kind: 'move', event: 1, time: 0, arrival: 0 }, { kind: 'move', event: 6, time: 25, arrival: 40 }] },
  ];

  for (const overrides of cases) {
    it(JSON.stringify(overrides), () => {
      const params = windowsParamsSchema.parse({ ...defaultWindowsParams, ...overrides });
      const result = runWindows(params);
      load(result.events);
      expect(fromCompute(result.types.tumbling)).toEqual(db.query(tumblingSql(params.size)));
      expect(fromCompute(result.types.sliding)).toEqual(db.query(hoppingSql(params.size, params.slide)));
    });
  }

  it('and disagree exactly by the dropped events when the watermark closes windows too early', () => {
    const params = windowsParamsSchema.parse({ ...defaultWindowsParams, events: 300, lateShare: 40, maxDelay: 30, lateness: 0, policy: 'drop', seed: 5 });
    const result = runWindows(params);
    load(result.events);
    const sql = db.query(tumblingSql(params.size)) as Array<{ n: number }>;
    const sqlTotal = sql.reduce((s, r) => s + r.n, 0);
    const computed = result.types.tumbling.windows.reduce((s, w) => s + w.count, 0);
    expect(result.types.tumbling.droppedEvents).toBeGreaterThan(0);
    expect(sqlTotal - computed).toBe(result.types.tumbling.droppedEvents);
  });
});
