import type { SqlEngine } from '@/lib/engines/sql';
import { ingestSql, partitionSql, rowTests, sharesSql } from './checks';
import { worstError } from './labels';
import type { FaultSummary, QualityGatesParams, QualityGatesProgress, QualityGatesResult } from './model';
import { runPipeline } from './pipeline';

export interface ComputeHooks {
  now(): number;
  progress(p: QualityGatesProgress): void;
}

/** Runs the pipeline on a clean in-memory database and sums up, fault by fault, which gate caught it and what it cost. */
export async function runQualityGates(params: QualityGatesParams, open: () => Promise<SqlEngine>, hooks: ComputeHooks): Promise<QualityGatesResult> {
  const started = hooks.now();
  const db = await open();
  try {
    const run = runPipeline(db, params, (day) => hooks.progress({ day, days: params.days }));
    const faults: FaultSummary[] = params.faults.map((fault) => {
      const day = run.days[fault.day - 1]!;
      return {
        day: fault.day,
        kind: fault.kind,
        caughtBy: day.checks.filter((c) => !c.passed).map((c) => c.check),
        stoppedBy: day.stoppedBy,
        readers: day.readers,
        worst: day.reported ? worstError(day.errors) : null,
        slipped: worstError(day.slipped),
        final: run.final[fault.day - 1]!,
      };
    });
    const last = params.days;
    return {
      days: run.days,
      faults,
      final: run.final,
      quarantineRows: run.quarantineRows,
      sql: [
        { check: 'schema', sql: ingestSql.schema },
        { check: 'row_count', sql: ingestSql.rowCount },
        { check: 'freshness', sql: ingestSql.freshness(last) },
        ...rowTests().map((t) => ({ check: t.check, sql: t.shown })),
        { check: 'partition', sql: partitionSql(last) },
        { check: 'shift_mix', sql: sharesSql(last) },
      ],
      engineVersion: db.version,
      ms: hooks.now() - started,
    };
  } finally {
    db.close();
  }
}
