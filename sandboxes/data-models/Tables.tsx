'use client';

import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import styles from './data-models.module.css';
import { money } from './explain';
import { describeRecords } from './judge';
import { CHAPTER_EXPECTS, MODEL_LABEL, MODELS, QUERIES, QUERY_LABEL, QUERY_SHORT, type Cell, type Judgement, type ModelId, type ModelsResult, type QueryId } from './model';

const VERDICT_CLASS: Record<Judgement, string> = { cheap: styles.cheap!, awkward: styles.awkward!, 'not expressible': styles.none! };

const cellOf = (result: ModelsResult, q: QueryId, m: ModelId) => result.cells.find((c) => c.query === q && c.model === m)!;

function Verdict({ cell }: { cell: Cell }) {
  return (
    <span className={`${styles.verdict} ${VERDICT_CLASS[cell.judgement]}`} data-verdict={cell.judgement}>
      {cell.judgement}
    </span>
  );
}

/** The headline: each question in each model, its verdict from the counts, and whether the chapter's table expects the same. */
export function VerdictMatrix({ result }: { result: ModelsResult }) {
  const agreed = QUERIES.every((q) => result.agreement[q]);
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Verdicts by question and model" tabIndex={0}>
        <table className={`results-table ${styles.matrix}`} data-matrix>
          <caption>Each question in each model: the verdict from the counts, records touched, median time, and whether the chapter’s comparison table leads you to expect the same</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {MODELS.map((m) => (
                <th key={m} scope="col">
                  {MODEL_LABEL[m]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {QUERIES.map((q) => (
              <tr key={q} data-query={q}>
                <th scope="row">
                  {QUERY_SHORT[q]}
                  <span className={styles.small}>{QUERY_LABEL[q]}</span>
                </th>
                {MODELS.map((m) => {
                  const c = cellOf(result, q, m);
                  const expected = CHAPTER_EXPECTS[q][m];
                  return (
                    <td key={m} data-cell={`${q}-${m}`} data-touched={c.touched} data-records={c.records}>
                      <Verdict cell={c} />
                      {c.expressible && (
                        <>
                          <span className={styles.figure}>{describeRecords(c)}</span>
                          <span className={styles.figure}>{c.timing ? formatMs(c.timing.medianMs) : '—'}</span>
                        </>
                      )}
                      <span className={`${styles.small} ${expected === c.judgement ? '' : styles.differs}`} data-expected={expected}>
                        {expected === c.judgement ? 'as the table says' : `the table says ${expected}`}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="results-note">
        Times are medians measured in this worker. DuckDB takes {formatMs(result.duckdbFloorMs)} here even for a statement that reads nothing, a floor under every relational time, so read
        the times within a column first.{' '}
        {agreed ? (
          <strong data-agreement="all">Every model that answers a question gives the same answer.</strong>
        ) : (
          <strong data-agreement="differs">The models disagree on {QUERIES.filter((q) => !result.agreement[q]).map((q) => QUERY_SHORT[q]).join(', ')}: this is a bug, please report it.</strong>
        )}
      </p>
    </>
  );
}

/** Per question, one table: how each model ran it, what it touched and where from, and the spread of its times (each question folds away). */
export function HowEachAnswered({ result }: { result: ModelsResult }) {
  return (
    <>
      <p className="sandbox-part">How each model answered, question by question</p>
      <div data-details>
        {QUERIES.map((q) => {
          const cheapest = result.cells.filter((c) => c.query === q && c.expressible).reduce((a, b) => (b.records < a.records ? b : a));
          return (
            <details key={q} className={styles.question} data-question={q}>
              <summary>
                {QUERY_LABEL[q]} <span className={styles.small}>fewest records: {MODEL_LABEL[cheapest.model]}, {describeRecords(cheapest)}</span>
              </summary>
              <div className="table-scroll" role="region" aria-label={`How each model answered: ${QUERY_SHORT[q]}`} tabIndex={0}>
                <table className="results-table">
                  <caption>{QUERY_LABEL[q]}: how each model ran it, records touched (and where from), median time (fastest–slowest sample), and the verdict’s reason</caption>
                  <thead>
                    <tr>
                      <th scope="col">Model</th>
                      <th scope="col">How</th>
                      <th scope="col">Records touched</th>
                      <th scope="col">Time</th>
                    </tr>
                  </thead>
                  <tbody>
                    {MODELS.map((m) => (
                      <HowRow key={m} cell={cellOf(result, q, m)} />
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          );
        })}
      </div>
      <p className="results-note">
        Relational rows are the rows DuckDB’s table scans handed on to its joins, as its profiler counts them, after its indexes, min/max zone maps and pushed-down filters have ruled the
        rest out. The tables also give the table rows each scan started from: DuckDB skips groups of 122,880 rows by their min/max but has no B-tree to jump straight to one user’s rows,
        which is why its times stay high on the small questions. Documents are read whole, so their verdict counts what is inside each. A verdict is “awkward” at 10× the records of the
        cheapest model for that question (and over 100 records).
      </p>
    </>
  );
}

function HowRow({ cell: c }: { cell: Cell }) {
  return (
    <tr data-row={`${c.query}-${c.model}`}>
      <th scope="row">
        {MODEL_LABEL[c.model]} <Verdict cell={c} />
        <span className={styles.small}>{c.reason}</span>
      </th>
      {c.expressible ? (
        <>
          <td>
            {c.how}
            <span className={styles.small}>
              {formatNumber(c.requests)} request{c.requests === 1 ? '' : 's'}
            </span>
          </td>
          <td>
            {describeRecords(c)}
            {c.breakdown.length > 1 && <span className={styles.small}>{c.breakdown.map((b) => `${b.what} ${formatNumber(b.count)}`).join(' · ')}</span>}
            {c.covered !== undefined && <span className={styles.small}>its scans started from {formatNumber(c.covered)} table rows</span>}
          </td>
          <td>
            {c.timing ? formatMs(c.timing.medianMs) : '—'}
            {c.timing && (
              <span className={styles.small}>
                {formatMs(c.timing.minMs)}–{formatMs(c.timing.maxMs)}
                {c.timing.runsPerSample > 1 ? `, ${formatNumber(c.timing.runsPerSample)} runs per sample` : ''}
              </span>
            )}
          </td>
        </>
      ) : (
        <td colSpan={3}>—</td>
      )}
    </tr>
  );
}

/** What was built: the shop's size in each model, and who the questions were about. */
export function ShopNote({ result }: { result: ModelsResult }) {
  const s = result.sizes;
  return (
    <p className="results-note">
      One shop: {formatNumber(s.users)} users, {formatNumber(s.follows)} follows, {formatNumber(s.products)} products, {formatNumber(s.orders)} orders ({formatNumber(s.giftOrders)} shipped as gifts) with{' '}
      {formatNumber(s.orderItems)} lines, {formatNumber(s.reviews)} reviews and {formatNumber(s.clicks)} clicks. Held as {formatNumber(s.relationalRows)} rows in 8 DuckDB {result.duckdbVersion} tables;{' '}
      {formatNumber(s.documents)} JSON documents ({formatBytes(s.documentBytes)}); {formatNumber(s.nodes)} nodes and {formatNumber(s.edges)} edges; {formatNumber(s.points)} points in {s.chunks} ten-minute chunks.
      Asking about user {formatNumber(result.queryUser)} and product {formatNumber(result.queryProduct)}, within {result.hops} hop{result.hops === 1 ? '' : 's'}. This worker’s clock ticks every{' '}
      {formatMs(result.clockTickMs)}; DuckDB runs in WebAssembly, while the other three models are plain JavaScript over memory.
    </p>
  );
}

export function Answers({ result }: { result: ModelsResult }) {
  const { profile, address } = result;
  const date = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
  return (
    <div data-answers>
      <p className="sandbox-part">What the questions returned (the same in every model)</p>
      <ul className={styles.answers}>
        <li>
          Profile page: {profile.user.name} ({profile.user.email}), {profile.user.street}, {profile.user.postcode} {profile.user.city}.{' '}
          {profile.orders.length === 0
            ? 'No orders.'
            : `Recent orders: ${profile.orders.map((o) => `#${o.orderId} on ${date(o.placedAt)} (${o.items.map((i) => `${i.qty}× ${i.name}`).join(', ')})`).join('; ')}.`}{' '}
          {profile.reviews.length === 0 ? 'No reviews.' : `Reviews: ${profile.reviews.map((r) => `${r.rating}★ ${r.productName}`).join('; ')}.`}
        </li>
        <li data-answer="fof">
          Within {result.hops} hop{result.hops === 1 ? '' : 's'}, bought product {result.queryProduct}:{' '}
          {result.fof.length === 0 ? 'nobody' : `${result.fof.length} (users ${result.fof.slice(0, 20).join(', ')}${result.fof.length > 20 ? ', …' : ''})`}.
        </li>
        <li>
          Average revenue per user, {date(result.quarterStartSeconds)} to now: {money(result.revenue.perUserCents)} ({money(result.revenue.revenueCents)} over {formatNumber(result.revenue.users)} users).
        </li>
        <li>Clicks in the last 5 minutes: {formatNumber(result.rolling.at(-1) ?? 0)}; the busiest 5 minutes of the hour: {formatNumber(Math.max(...result.rolling))}.</li>
        <li data-answer="address">
          Address change: “{address.before}” → “{address.after}”; {formatNumber(address.ordersShippedThere)} order{address.ordersShippedThere === 1 ? ' ships' : 's ship'} there. Copies rewritten:{' '}
          {MODELS.filter((m) => address.copiesRewritten[m] !== undefined)
            .map((m) => `${MODEL_LABEL[m]} ${formatNumber(address.copiesRewritten[m]!)}`)
            .join(', ')}
          . Stale copies left: {Object.values(address.staleCopies).reduce((a, b) => a + b, 0)}.
        </li>
      </ul>
    </div>
  );
}

/** The SQL DuckDB ran and the outline of the JavaScript each other model ran, question by question. */
export function CodeRan({ result }: { result: ModelsResult }) {
  return (
    <details>
      <summary>The code each model ran</summary>
      {QUERIES.map((q) => (
        <div key={q}>
          <p className="sandbox-part">{QUERY_LABEL[q]}</p>
          {MODELS.map((m) => {
            const c = cellOf(result, q, m);
            return c.expressible ? (
              <div key={m}>
                <p>{MODEL_LABEL[m]}</p>
                <pre className={styles.code} data-code={`${q}-${m}`} tabIndex={0}>
                  {c.code}
                </pre>
              </div>
            ) : null;
          })}
        </div>
      ))}
    </details>
  );
}
