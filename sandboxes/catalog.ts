/**
 * Every sandbox a chapter can embed with <Sandbox id="…" />, as plain data: what the page shows
 * before the sandbox's code has loaded, and what the content check validates ids against.
 * A `planned` sandbox has its place in the text but no code yet: its place says what it will let
 * the reader do. sandboxes/loaders.ts maps every other id to its lazily loaded view.
 */
export interface SandboxInfo {
  title: string;
  /** One line on what the sandbox shows; it is on the page before any sandbox code loads. */
  summary: string;
  planned?: true;
}

export const sandboxCatalog = {
  'sum-demo': {
    title: 'Scan one column of numbers',
    summary:
      'Fills an array of seeded random doubles in a Web Worker and sums it repeatedly, timing each pass, to show how many gigabytes per second your browser can stream through one column.',
  },
  layout: {
    title: 'Row-major or column-major?',
    summary:
      'Lay a table out row by row or column by column, step through the cells a query touches, then time point lookups and column scans on millions of rows in your browser and chart how the gap changes with the number of columns.',
  },
  formats: {
    title: 'JSON, CSV, Avro, Arrow and Parquet on the same data',
    summary:
      'Write one seeded table as JSON, NDJSON, CSV, Avro, Arrow and Parquet (six codecs) in your browser, then compare file sizes, write and read times, the time to sum one column, and what each format loses on the round trip.',
  },
  'data-models': {
    title: 'One domain, four data models',
    summary:
      'Hold the same e-commerce data as relational tables, documents, a graph and time series, then run the same questions against each and see which model makes each question easy or hard.',
  },
  'oltp-olap': {
    title: 'A row store and a column store under the same load',
    summary:
      'Load one orders table into SQLite (row store, B-tree) and DuckDB (columnar), run point lookups, updates and aggregations, and compare latency distributions, including what a long aggregation does to lookups beside it.',
  },
  dataflow: {
    title: 'Three modes of dataflow under failure',
    summary:
      'Simulate a service getting data through a shared database, a chain of RPC calls and a message bus, inject failures and outages, and find where one mode overtakes another in latency, errors and staleness.',
  },
  'etl-elt': {
    title: 'ETL against ELT on a real warehouse',
    summary:
      'Clean and aggregate a messy extract two ways: transform before loading, or load raw rows and transform with SQL inside the warehouse, and compare time, rows stored and what it takes to change your mind later.',
  },
  'batch-stream': {
    title: 'Batch, micro-batch and stream',
    summary:
      'Process one event stream in big batches, small batches and event by event, and chart end-to-end latency, throughput and how busy the processor stays as the window and the event rate change.',
  },
  windows: {
    title: 'Tumbling, sliding and session windows',
    summary:
      'Drop out-of-order and late events onto a timeline, choose a window type, a watermark and a late-event policy, and watch which windows each event joins and when each result is emitted.',
  },
  'codebook-trap': {
    title: 'Read the codebook first',
    summary:
      'Compute average taxi tips on realistic trip rows with and without the data dictionary, and see how a field recorded only for card payments changes the answer.',
    planned: true,
  },
  'lakehouse-snapshots': {
    title: 'Snapshots and time travel',
    summary:
      'Write to a small lakehouse-style table, watch each commit become a snapshot, and query the table as it was at an earlier version.',
    planned: true,
  },
  'incremental-loads': {
    title: 'Incremental loads with a watermark and a lookback window',
    summary:
      'Pull a changing source day by day with a full load, a watermark on the update time, and a lookback window over creation dates, and count the rows each copies, misses and duplicates.',
    planned: true,
  },
  'cdc-asof': {
    title: 'Replay CDC events into as-of training rows',
    summary:
      'Replay a stream of change events for food orders, build one training row per anchor time with an as-of join, and compare it with a join on each order\'s final row to see the leakage.',
    planned: true,
  },
  'quality-gates': {
    title: 'A quality-gated pipeline under injected faults',
    summary:
      'Run a small daily pipeline with checks at ingestion, after transforms and at use, inject faults such as an empty pull or a renamed column, and see which gate stops the run and what readers see.',
    planned: true,
  },
  'query-plans': {
    title: 'Query plans with and without pushdown',
    summary:
      'Run one query over a partitioned table with and without filter pushdown and column pruning, and compare the plans, the bytes read and the time taken.',
    planned: true,
  },
  'splits-leakage': {
    title: 'Random, time and group splits',
    summary:
      'Split one dataset at random, by time and by entity, train a simple model on each split, and see how leakage inflates the offline score against a later test period.',
    planned: true,
  },
} as const satisfies Record<string, SandboxInfo>;

export type SandboxId = keyof typeof sandboxCatalog;
/** Sandboxes whose code exists. */
export type ReadySandboxId = { [K in SandboxId]: (typeof sandboxCatalog)[K] extends { planned: true } ? never : K }[SandboxId];

export function isSandboxId(id: string): id is SandboxId {
  return Object.prototype.hasOwnProperty.call(sandboxCatalog, id);
}

export function isReady(id: SandboxId): id is ReadySandboxId {
  return !('planned' in sandboxCatalog[id]);
}
