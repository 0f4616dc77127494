import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { cellOf } from './exercises';
import { describeRecords } from './judge';
import { CHAPTER_EXPECTS, MODEL_LABEL, QUERY_SHORT, type Cell, type ModelsResult } from './model';

/** Cents as an amount with two decimals, in the shop's (unnamed) currency. */
export const money = (cents: number) => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const ms = (c: Cell | undefined) => (c?.timing ? formatMs(c.timing.medianMs) : '—');
const ratio = (a: number, b: number) => {
  const r = a / Math.max(1, b);
  return r >= 10 ? `${formatNumber(Math.round(r))}×` : `${r.toFixed(1)}×`;
};

/** Why a verdict computed from this run can differ from the chapter's table, per cell where it can. */
const WHY_IT_DIFFERS: Partial<Record<string, (r: ModelsResult) => string>> = {
  'profile/relational': (r) => {
    const top = [...cellOf(r, 'profile', 'relational')!.breakdown].sort((a, b) => b.count - a.count)[0];
    return `DuckDB answered the page with hash joins, and read ${top ? `${formatNumber(top.count)} rows of ${top.what}` : 'whole tables'} where a handful were needed. A row store with B-tree indexes (SQLite, PostgreSQL) would read one row per key: the relational model is not what costs here, the column-store engine is — the storage engines section compares the two.`;
  },
  'fof/document': (r) =>
    `Each document was read whole to use its follows and its orders; at ${r.hops} hop${r.hops === 1 ? '' : 's'} that is still a small neighbourhood. Every extra hop multiplies the documents fetched by the follows per user — try 3 or 4 hops, or more follows.`,
  'revenue/document': (r) =>
    `Every order has to be read in any model; the documents bring their follows, reviews and addresses along (${formatBytes(r.sizes.documentBytes)} of JSON in all). The price shows in the time more than in the records.`,
  'revenue/graph': () =>
    'Every order has to be read in any model, so the records are close. What the chapter calls clumsy is the manner: one node and one edge at a time instead of whole columns. Compare the times, and remember this graph is an in-memory JavaScript structure, not a graph database reading records from its store.',
};

/** Sentences about this run, computed from it: what each model touched, and where the run agrees with the chapter's table. */
export function explainModels(r: ModelsResult): string[] {
  const out: string[] = [];
  const rel = (q: Cell['query']) => cellOf(r, q, 'relational')!;
  const doc = (q: Cell['query']) => cellOf(r, q, 'document')!;
  const graph = (q: Cell['query']) => cellOf(r, q, 'graph')!;
  const tables = rel('profile').breakdown.length;

  out.push(
    `Profile page of user ${formatNumber(r.queryUser)}: the document model read ${describeRecords(doc('profile'))}; the relational model read ${describeRecords(rel('profile'))} from ${tables} tables in 3 statements (${ms(rel('profile'))}), and the graph walked ${describeRecords(graph('profile'))}.`,
  );

  const follows = rel('fof').breakdown.find((b) => b.what === 'follows')?.count ?? 0;
  out.push(
    `Within ${r.hops} hop${r.hops === 1 ? '' : 's'} of user ${formatNumber(r.queryUser)}, ${r.fof.length === 0 ? 'nobody' : `${formatNumber(r.fof.length)} ${r.fof.length === 1 ? 'person' : 'people'}`} bought product ${formatNumber(r.queryProduct)}. The graph walked ${describeRecords(graph('fof'))}; the recursive SQL read ${describeRecords(rel('fof'))} — ${formatNumber(follows)} of them from follows, because each hop is a join against the whole table — ${ratio(rel('fof').records, graph('fof').records)} the walk. The document model fetched ${describeRecords(doc('fof'))}.`,
  );

  out.push(
    `Average revenue per user this quarter: ${money(r.revenue.perUserCents)} over ${formatNumber(r.revenue.users)} users (${formatNumber(r.revenue.buyers)} of them ordered). Relational ${describeRecords(rel('revenue'))} in ${ms(rel('revenue'))}; documents ${describeRecords(doc('revenue'))} in ${ms(doc('revenue'))}; graph ${describeRecords(graph('revenue'))} in ${ms(graph('revenue'))}.`,
  );

  const ts = cellOf(r, 'rolling', 'timeseries')!;
  out.push(
    `Clicks in the last hour: the time series read ${formatNumber(ts.touched)} of ${formatNumber(r.sizes.points)} points and skipped the rest by their chunks’ time range; the document model read all ${formatNumber(doc('rolling').touched)} click documents, the graph every CLICKED edge. DuckDB read ${describeRecords(rel('rolling'))}: the clicks table is stored in time order, so its min/max per row group let it skip the same way.`,
  );

  const a = r.address;
  out.push(
    `Moving user ${formatNumber(a.addressOwner)} from “${a.before}” to “${a.after}”: ${formatNumber(a.ordersShippedThere)} order${a.ordersShippedThere === 1 ? ' ships' : 's ship'} there. Relational rewrote ${a.copiesRewritten.relational} row and the graph ${a.copiesRewritten.graph} node, because orders point at the address; the document model rewrote ${formatNumber(a.copiesRewritten.document ?? 0)} copies and had to read ${formatNumber(doc('address').touched)} documents to find them, gifts included. Stale copies left: ${Object.values(a.staleCopies).every((n) => n === 0) ? 'none in any model' : 'SOME — this is a bug, please report it'}.`,
  );

  const differs = r.cells.filter((c) => c.judgement !== CHAPTER_EXPECTS[c.query][c.model]);
  out.push(
    differs.length === 0
      ? 'Every verdict in this run matches the chapter’s comparison table.'
      : `${20 - differs.length} of 20 verdicts match the chapter’s comparison table. Where this run differs:`,
  );
  for (const c of differs) {
    const why = WHY_IT_DIFFERS[`${c.query}/${c.model}`]?.(r) ?? c.reason;
    const reason = c.reason.charAt(0).toLowerCase() + c.reason.slice(1);
    out.push(`${QUERY_SHORT[c.query]}, ${MODEL_LABEL[c.model]}: the table leads you to expect “${CHAPTER_EXPECTS[c.query][c.model]}”; the counts say “${c.judgement}” — ${reason} ${why === c.reason ? '' : why}`.trim());
  }
  return out;
}
