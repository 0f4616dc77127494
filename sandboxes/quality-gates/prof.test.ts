import { it } from 'vitest';
import { openNodeDuckDB } from '@/lib/engines/node';
import type { SqlEngine } from '@/lib/engines/sql';
import { runPipeline } from '@/sandboxes/quality-gates/pipeline';
import { defaultQualityGatesParams } from '@/sandboxes/quality-gates/model';

it('profile', async () => {
  const db = await openNodeDuckDB();
  let t = performance.now();
  for (let i = 0; i < 50; i++) db.query('SELECT 1 AS x');
  console.log('select1 x50', performance.now() - t);
  const times: [number, string][] = [];
  const wrap = <T,>(f: (sql: string, ...a: never[]) => T) => (sql: string, ...a: never[]) => { const t = performance.now(); const r = f(sql, ...a); times.push([performance.now() - t, sql.slice(0, 70).replace(/\s+/g, ' ')]); return r; };
  const proxy: SqlEngine = { ...db, kind: db.kind, version: db.version, exec: wrap(db.exec.bind(db)), query: wrap(db.query.bind(db)) as SqlEngine['query'], load: (t, c, d, o) => { const s = performance.now(); db.load(t, c, d, o); times.push([performance.now() - s, 'load ' + t]); }, close: () => db.close() };
  t = performance.now();
  runPipeline(proxy, { ...defaultQualityGatesParams, days: 6 }, () => {});
  console.log('total', performance.now() - t, 'queries', times.length);
  const agg = new Map<string, [number, number]>();
  for (const [ms, s] of times) { const a = agg.get(s) ?? [0, 0]; agg.set(s, [a[0] + ms, a[1] + 1]); }
  console.log([...agg.entries()].sort((a, b) => b[1][0] - a[1][0]).slice(0, 20).map(([s, [ms, n]]) => `${ms.toFixed(0)}ms x${n} ${s}`).join('\n'));
}, 120000);
