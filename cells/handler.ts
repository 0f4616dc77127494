import type { SqlEngine } from '@/lib/engines/sql';
import type { SandboxEnv } from '@/lib/sandbox/serve';
import type { DatasetId } from '@/lib/sql-cells/catalog';
import { cellRequestSchema, EARLIER_MAX, EARLIER_ROW_CAP, REFUSED_ERROR, ROW_CAP, type CellApi, type CellResult, type EarlierResult } from '@/lib/sql-cells/protocol';
import { ownsTransaction, refusal, splitStatements, type Statement } from '@/lib/sql-cells/statements';
import type { Handlers } from '@/lib/worker/host';

export class SqlCellRefusedError extends Error {
  override name = REFUSED_ERROR;
}

/** Statements that change the session itself (settings), which a rollback does not undo. */
const SESSION = new Set(['SET', 'RESET', 'PRAGMA']);

/**
 * The SQL cells' worker side. One DuckDB database serves every cell on the page: each dataset is
 * built once, on first use, into its own attached in-memory database and kept warm. A run switches
 * to its dataset and runs inside a transaction that is rolled back, so an UPDATE or a CREATE in one
 * cell never changes what another cell (or the next run) sees. Statements that manage their own
 * transaction or change settings run as written, and the database is rebuilt before the next run.
 * Runs take turns: the engine is synchronous, but building a dataset awaits its generator's code.
 */
export function cellHandlers(env: SandboxEnv): Handlers<CellApi> {
  let engine: SqlEngine | null = null;
  const built = new Set<DatasetId>();
  let turn: Promise<unknown> = Promise.resolve();

  const reset = () => {
    try {
      engine?.close();
    } finally {
      engine = null;
      built.clear();
    }
  };

  const run = async (dataset: DatasetId, statements: Statement[], progress: (p: { stage: 'dataset' | 'running'; dataset: DatasetId }) => void): Promise<CellResult> => {
    const db = engine ?? (engine = await env.engines.duckdb());
    let buildMs: number | null = null;
    if (!built.has(dataset)) {
      progress({ stage: 'dataset', dataset });
      const started = env.now();
      const { buildDataset } = await import('./datasets');
      buildDataset(db, dataset);
      built.add(dataset);
      buildMs = env.now() - started;
    }
    progress({ stage: 'running', dataset });
    db.exec(`USE ds_${dataset}`);
    const asWritten = ownsTransaction(statements) || statements.some((s) => SESSION.has(s.keyword));
    if (!asWritten) db.exec('BEGIN TRANSACTION');
    const started = env.now();
    let result: CellResult;
    try {
      const last = statements.length - 1;
      // Earlier statements run in order; what the ones that return rows return is shown above the last one's.
      const earlier: EarlierResult[] = [];
      statements.slice(0, last).forEach((s, i) => {
        const rows = numbered(() => db.preview!(s.text, EARLIER_ROW_CAP), i, statements.length);
        if (rows.columns.length > 0 && !isCountOnly(rows.columns) && earlier.length < EARLIER_MAX) earlier.push({ statement: i + 1, ...rows });
      });
      const preview = numbered(() => db.preview!(statements[last]!.text, ROW_CAP), last, statements.length);
      result = { ...preview, ms: env.now() - started, statements: statements.length, earlier, buildMs };
    } catch (error) {
      endRun(db, asWritten);
      throw error;
    }
    // A rollback that fails leaves the database in doubt: it is rebuilt, and the reader sees why.
    endRun(db, asWritten, true);
    return result;
  };

  /** Undoes a run: rolls it back, or rebuilds the database when the run managed its own transaction or settings. */
  const endRun = (db: SqlEngine, asWritten: boolean, strict = false) => {
    if (asWritten) return reset();
    try {
      db.exec('ROLLBACK');
    } catch (error) {
      reset();
      if (strict) throw error;
    }
  };

  return {
    warm: async () => {
      await env.engines.preload('duckdb');
      return { engines: ['duckdb'] };
    },
    query: (request, { progress }) => {
      const { dataset, sql } = cellRequestSchema.parse(request);
      const statements = splitStatements(sql);
      if (statements.length === 0) throw new SqlCellRefusedError('The editor holds only comments: write a statement to run.');
      const refused = refusal(statements);
      if (refused) throw new SqlCellRefusedError(refused.message);
      const next = turn.then(() => run(dataset, statements, progress));
      turn = next.catch(() => undefined);
      return next;
    },
  };
}

/** DuckDB answers a write (INSERT, UPDATE, DELETE, CREATE … AS) with one "Count" column: nothing to show before the last result. */
function isCountOnly(columns: readonly { name: string }[]): boolean {
  return columns.length === 1 && columns[0]!.name === 'Count';
}

/** Runs one statement of several; its error says which one failed (DuckDB's own message kept whole). */
function numbered<T>(call: () => T, index: number, count: number): T {
  try {
    return call();
  } catch (error) {
    if (count === 1 || !(error instanceof Error)) throw error;
    error.message = `Statement ${index + 1} of ${count}: ${error.message}`;
    throw error;
  }
}
