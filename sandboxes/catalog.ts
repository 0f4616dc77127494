import type { ErasedSandbox, SandboxDefinition } from '@/lib/sandbox/define';
import type { SandboxParams } from '@/lib/sandbox/params';

/**
 * Every sandbox a chapter can embed with <Sandbox id="…" />: the one place a sandbox is registered.
 * An entry is its title and one-line summary (on the page before any sandbox code loads, and what
 * the frame shows) and where its code is. A sandbox's code is found by convention:
 * `sandboxes/<id>/definition.ts` and `sandboxes/<id>/View.tsx`, each loaded on demand through an
 * import whose path names the id, so the bundler makes one chunk per sandbox. This file imports
 * only types: the server renders from it, and a view reachable from the server's graph would land
 * in every page's first-load JavaScript. There are no placeholder entries: a
 * sandbox is listed when it runs. `npm run new-sandbox <id>` writes a folder that runs and adds its line.
 */
interface Entry {
  title: string;
  /** One line on what the sandbox shows; it is on the page before any sandbox code loads. */
  summary: string;
}
export interface ReadyEntry extends Entry {
  ready: true;
}

function ready(title: string, summary: string): ReadyEntry {
  return { title, summary, ready: true };
}

export const sandboxCatalog = {
  'sum-demo': ready('Scan one column of numbers', 'Fills an array of seeded random doubles in a Web Worker and sums it repeatedly, timing each pass, to show how many gigabytes per second your browser can stream through one column.'),
  layout: ready('Row-major or column-major?', 'Lay a table out row by row or column by column, step through the cells a query touches, then time point lookups and column scans on millions of rows in your browser and chart how the gap changes with the number of columns.'),
  formats: ready('JSON, CSV, Avro, Arrow and Parquet on the same data', 'Write one seeded table as JSON, NDJSON, CSV, Avro, Arrow and Parquet (six codecs) in your browser, then compare file sizes, write and read times, the time to sum one column, and what each format loses on the round trip.'),
  'data-models': ready('One domain, four data models', 'Hold the same e-commerce data as relational tables, documents, a graph and time series, then run the same questions against each and see which model makes each question easy or hard.'),
  'oltp-olap': ready('A row store and a column store under the same load', 'Load one orders table into SQLite (row store, B-tree) and DuckDB (columnar), run point lookups, updates and aggregations, and compare latency distributions, including what a long aggregation does to lookups beside it.'),
  dataflow: ready('Three modes of dataflow under failure', 'Simulate a service getting data through a shared database, a chain of RPC calls and a message bus, inject failures and outages, and find where one mode overtakes another in latency, errors and staleness.'),
  'etl-elt': ready('ETL against ELT on a real warehouse', 'Clean and aggregate a messy extract two ways: transform before loading, or load raw rows and transform with SQL inside the warehouse, and compare time, rows stored and what it takes to change your mind later.'),
  'batch-stream': ready('Batch, micro-batch and stream', 'Process one event stream in big batches, small batches and event by event, and chart end-to-end latency, throughput and how busy the processor stays as the window and the event rate change.'),
  windows: ready('Tumbling, sliding and session windows', 'Drop out-of-order and late events onto a timeline, choose a window type, a watermark and a late-event policy, and watch which windows each event joins and when each result is emitted.'),
  'codebook-trap': ready('Read the codebook first', 'Generate a month of yellow-taxi trips with the TLC data dictionary\'s codes, ask DuckDB for the average tip and the fare of a standard trip first naively and then as the dictionary says, and see how far apart the answers are and why.'),
  'lakehouse-snapshots': ready(
    'Snapshots and time travel',
    'Change a small Iceberg table with a script of commits, read it as of any snapshot or moment, watch a reader keep its snapshot, two writers race to commit, and expiry end time travel.',
  ),
  'incremental-loads': ready(
    'Incremental loads with a watermark and a lookback window',
    'Copy a changing SQLite table into DuckDB every day with a full reload, a watermark on the update time (> or ≥, with or without a margin) and a lookback over creation dates, script late commits, skewed clocks and deletes, and count the rows each copy misses, duplicates and reads.',
  ),
  'cdc-asof': ready(
    'Replay CDC events into as-of training rows',
    'Replay a stream of change events for food orders, build one training row per anchor time with an as-of join, and compare it with a join on each order\'s final row to see the leakage.',
  ),
  'quality-gates': ready('A quality-gated pipeline under injected faults', 'Run a small daily pipeline with checks at ingestion, after transforms and at use, inject faults such as an empty pull or a renamed column, and see which gate stops the run and what readers see.'),
  'query-plans': ready(
    'Query plans with and without pushdown',
    'Run one query over 14 daily Parquet files with partition pruning, row-group statistics and column pruning on or off, count the bytes each plan reads and the time it takes, compare with DuckDB’s EXPLAIN ANALYZE, and see skipping collapse when the rows are not sorted by the filter column.',
  ),
  'splits-leakage': ready(
    'Random, time and group splits',
    'Split one dataset of users observed over time at random, by time and by user, train a logistic regression on each split, and set its validation AUC beside a later period no split saw; count the users and copies on both sides and switch a feature computed with future rows on and off.',
  ),
  delivery: ready(
    'At most once, at least once, effectively once',
    'Send numbered messages through a partitioned topic, a consumer group and a sink, crash consumers before or after the commit or the write, poison a few messages, and check every message id against the sink: delivered once, duplicated, lost, parked in the dead-letter queue or dropped, under each delivery mode.',
  ),
  'schema-evolution': ready('Avro writer and reader schemas', 'Change an Avro schema step by step, write records with one version and read them with another through avsc, and see the verdicts a schema registry would give, who in a small deployment breaks, and which side must upgrade first.'),
  'lambda-kappa': ready('Lambda against Kappa: one stream, one bug fix', 'Run one keyed stream with late events through a Lambda and a Kappa architecture, deploy a fix to the aggregation halfway, and compare the answers each serves against the truth, the lag, the compute spent, the code paths changed and what a replay cannot recover when the log’s retention is shorter than the history.'),
} as const satisfies Record<string, ReadyEntry>;

export type SandboxId = keyof typeof sandboxCatalog;

export function isSandboxId(id: string): id is SandboxId {
  return Object.prototype.hasOwnProperty.call(sandboxCatalog, id);
}

export const sandboxIds = Object.keys(sandboxCatalog) as SandboxId[];

/**
 * A built sandbox's definition, with its types erased. By convention it is `sandboxes/<id>/definition.ts`;
 * the bundler makes one chunk per definition and loads only the one asked for.
 */
export async function loadDefinition(id: SandboxId): Promise<ErasedSandbox> {
  const [{ erase }, module] = await Promise.all([import('@/lib/sandbox/define'), import(`./${id}/definition.ts`) as Promise<{ definition: SandboxDefinition<SandboxParams, unknown, unknown> }>]);
  return erase(module.definition);
}

/** The built sandbox an exercise id belongs to: exercise ids start with their sandbox's id and a dash. */
export function sandboxOfExercise(exerciseId: string): SandboxId | undefined {
  return sandboxIds.filter((id) => exerciseId.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0];
}

/** Every built sandbox's definition, loaded (for the exercise lists and the contract tests). */
export async function loadAllDefinitions(): Promise<ErasedSandbox[]> {
  return Promise.all(sandboxIds.map((id) => loadDefinition(id)));
}
