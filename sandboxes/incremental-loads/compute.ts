import type { SqlEngine } from '@/lib/engines/sql';
import { generateOps, type Op } from './changes';
import { createCopies, loadDay, SOURCE_DDL, wrongRows, type LoadSettings, type LoadState } from './loads';
import {
  DAY,
  strategies,
  type DayChanges,
  type DayResult,
  type IncrementalLoadsParams,
  type IncrementalLoadsProgress,
  type IncrementalLoadsResult,
  type StrategyId,
  type StrategySummary,
  type WrongRow,
} from './model';

export interface Engines {
  sqlite(): Promise<SqlEngine>;
  duckdb(): Promise<SqlEngine>;
}

export interface RunSettings extends LoadSettings {
  days: number;
}

/** Examples of wrong rows kept per strategy. */
export const EXAMPLES = 8;

/** What the source's log knows about a row's latest version. */
interface RowInfo {
  createdAt: number;
  version: number;
  stamp: number;
  commit: number;
  skew: number;
}

const emptyChanges = (): DayChanges => ({ inserts: 0, updates: 0, softDeletes: 0, hardDeletes: 0, lateCommits: 0, skewed: 0 });

/** What happened on each day, by the writers' clock: counts of each kind, late commits and skewed stamps. */
export function changesByDay(ops: readonly Op[], days: number): DayChanges[] {
  const out = Array.from({ length: days }, emptyChanges);
  const key = { insert: 'inserts', update: 'updates', softDelete: 'softDeletes', hardDelete: 'hardDeletes' } as const;
  for (const op of ops) {
    const day = Math.floor(op.time / DAY) + 1;
    const c = out[day - 1];
    if (!c) continue;
    c[key[op.kind]]++;
    if (op.commit >= day * DAY) c.lateCommits++;
    if (op.skew !== 0 && op.kind !== 'hardDelete') c.skewed++;
  }
  return out;
}

/**
 * Replays `ops` into the source (SQLite) in commit order, and at the end of every day runs each
 * strategy's load into its copy (DuckDB) and compares every copy with the source as it stands.
 */
export async function runOps(changes: readonly Op[], settings: RunSettings, engines: Engines, progress: (p: IncrementalLoadsProgress) => void = () => undefined) {
  // In commit order (a stable sort keeps the writers' order among changes committed together).
  const ops = [...changes].sort((a, b) => a.commit - b.commit);
  const source = await engines.sqlite();
  const duck = await engines.duckdb();
  try {
    source.exec(SOURCE_DDL);
    createCopies(duck);
    const insert = source.prepare('INSERT INTO requests (id, created_at, updated_at, version, deleted) VALUES (?, ?, ?, 1, 0)');
    const update = source.prepare('UPDATE requests SET updated_at = ?, version = version + 1 WHERE id = ?');
    const softDelete = source.prepare('UPDATE requests SET updated_at = ?, version = version + 1, deleted = 1 WHERE id = ?');
    const hardDelete = source.prepare('DELETE FROM requests WHERE id = ?');
    const info = new Map<number, RowInfo>();
    const apply = (op: Op) => {
      const row = info.get(op.id);
      if (op.kind === 'insert') {
        insert.run([op.id, op.stamp, op.stamp]);
        info.set(op.id, { createdAt: op.stamp, version: 1, stamp: op.stamp, commit: op.commit, skew: op.skew });
      } else if (op.kind === 'hardDelete') {
        hardDelete.run([op.id]);
        if (row) row.commit = op.commit;
      } else {
        (op.kind === 'update' ? update : softDelete).run([op.stamp, op.id]);
        if (row) Object.assign(row, { version: row.version + 1, stamp: op.stamp, commit: op.commit, skew: op.skew });
      }
    };

    const states = perStrategy((): LoadState => ({ watermark: null }));
    const lastQuery = perStrategy(() => '');
    const perDay = changesByDay(ops, settings.days);
    const days: DayResult[] = [];
    let next = 0;
    progress({ day: 0, days: settings.days });
    for (let day = 1; day <= settings.days; day++) {
      const at = day * DAY;
      source.exec('BEGIN');
      while (next < ops.length && ops[next]!.commit < at) apply(ops[next++]!);
      source.exec('COMMIT');
      const loaded = loadDay(day, states, settings, source, duck);
      Object.assign(lastQuery, loaded.queries);
      const { sourceRows, liveRows, byStrategy } = loaded;
      days.push({ day, at, changes: perDay[day - 1]!, sourceRows, liveRows, byStrategy });
      // Every re-render of the page costs its main thread; a few reports suffice (a default run takes seconds).
      if (day === settings.days || day % 3 === 0) progress({ day, days: settings.days });
    }
    for (const p of [insert, update, softDelete, hardDelete]) p.close();

    const wrongByStrategy = wrongRows(duck, EXAMPLES);
    const summaries: StrategySummary[] = strategies.map((strategy) => {
      const last = days[days.length - 1]!.byStrategy[strategy];
      const wrongAtEnd = last.missing + last.stale + last.softKept + last.hardKept;
        const examples: WrongRow[] = wrongByStrategy.filter((w) => w.strategy === strategy).map((w) => {
        const row = info.get(w.id)!;
        return { id: w.id, problem: w.problem, heldVersion: w.heldVersion, createdAt: row.createdAt, updatedAt: row.stamp, committedAt: row.commit, skew: row.skew, version: row.version };
      });
      const firstWrong = days.find((d) => {
        const s = d.byStrategy[strategy];
        return s.missing + s.stale + s.softKept + s.hardKept > 0;
      });
      return {
        strategy,
        totalRead: days.reduce((n, d) => n + d.byStrategy[strategy].read, 0),
        totalAlreadyHeld: days.reduce((n, d) => n + d.byStrategy[strategy].alreadyHeld, 0),
        wrongAtEnd,
        firstWrongDay: firstWrong?.day ?? null,
        examples,
        moreExamples: Math.max(0, wrongAtEnd - examples.length),
        lastQuery: lastQuery[strategy],
      };
    });
    return { days, summaries, engines: { sqlite: source.version, duckdb: duck.version } };
  } finally {
    source.close();
    duck.close();
  }
}

/** One value per strategy, made in the results' order. */
export function perStrategy<T>(make: (s: StrategyId) => T): Record<StrategyId, T> {
  return { full: make('full'), gt: make('gt'), ge: make('ge'), overlap: make('overlap'), lookback: make('lookback') };
}

export async function runIncrementalLoads(params: IncrementalLoadsParams, engines: Engines, progress: (p: IncrementalLoadsProgress) => void): Promise<IncrementalLoadsResult> {
  const { ops, skipped } = generateOps(params);
  const run = await runOps(ops, { days: params.days, margin: params.margin, lookback: params.lookback }, engines, progress);
  return { ...run, skippedChanges: skipped };
}
