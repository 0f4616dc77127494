'use client';

import { lazy, Suspense } from 'react';
import { NumberField, SandboxFrame } from '@/components/SandboxFrame';
import { Exercises } from '@/components/sandbox/Exercises';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog } from '../catalog';
import styles from './data-models.module.css';
import { explainModels, money } from './explain';
import { modelsExercises } from './exercises';
import { runner } from './runner';
import { describeRecords } from './judge';
import {
  CHAPTER_EXPECTS,
  defaultModelsParams,
  MODEL_LABEL,
  MODELS,
  modelsParamsSchema,
  QUERIES,
  QUERY_LABEL,
  QUERY_SHORT,
  RESULTS_VERSION,
  SANDBOX_ID,
  type Cell,
  type Judgement,
  type ModelsApi,
  type ModelsParams,
  type ModelsResult,
} from './model';

const ModelsCharts = lazy(() => import('./Charts').then((m) => ({ default: m.ModelsCharts })));
const { spawn } = runner;

const LABELS: Record<keyof ModelsParams, string> = {
  users: 'Users',
  followsPerUser: 'Follows per user',
  ordersPerUser: 'Orders per user',
  clicks: 'Click events',
  hops: 'Hops for the friends question',
  queryUser: 'User to ask about',
  queryProduct: 'Product to ask about',
  repeats: 'Timed samples',
  seed: 'Seed',
};

const HINTS: Record<keyof ModelsParams, string> = {
  users: '100 to 200,000.',
  followsPerUser: 'On average; popular users are followed more.',
  ordersPerUser: 'On average, over the past year; 1–3 lines each.',
  clicks: 'Over the last day, busier in the evening.',
  hops: '2 is friends-of-friends; 1 to 4.',
  queryUser: '0 picks one by the seed.',
  queryProduct: '0 picks one the user’s network bought.',
  repeats: 'Per question and model; the median is shown.',
  seed: 'Chooses the shop and, for 0, the user and product.',
};

const VERDICT_CLASS: Record<Judgement, string> = { cheap: styles.cheap!, awkward: styles.awkward!, 'not expressible': styles.none! };

export default function DataModelsView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run, frame } = useSandbox<ModelsApi, 'run', ModelsParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: modelsParamsSchema,
    defaults: defaultModelsParams,
    spawn,
    op: 'run',
    // Loading 200,000 users' tables into DuckDB, or one pass over their documents, is one long call.
    silenceTimeoutMs: 120_000,
  });
  const { draft, errors } = form;
  const p = run.progress;
  const progress = p ? { fraction: p.fraction, label: p.model === 'data' ? `Data: ${p.step}…` : `${MODEL_LABEL[p.model]}: ${p.step} ${Math.round(p.fraction * 100)}%` } : null;

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={progress}
      controls={(Object.keys(LABELS) as Array<keyof ModelsParams>).map((key) => (
        <NumberField key={key} label={LABELS[key]} hint={HINTS[key]} error={errors[key]} value={draft[key]} onChange={(v) => form.setField(key, v)} />
      ))}
      results={run.result ? <ModelsResults result={run.result} params={run.resultRequest} onExplore={form.applySettings} /> : null}
    />
  );
}

function Verdict({ cell }: { cell: Cell }) {
  return (
    <span className={`${styles.verdict} ${VERDICT_CLASS[cell.judgement]}`} data-verdict={cell.judgement}>
      {cell.judgement}
    </span>
  );
}

function ModelsResults({ result, params, onExplore }: { result: ModelsResult; params: ModelsParams | null; onExplore: (s: Partial<ModelsParams>) => void }) {
  const s = result.sizes;
  const cell = (q: Cell['query'], m: Cell['model']) => result.cells.find((c) => c.query === q && c.model === m)!;
  const agreed = QUERIES.every((q) => result.agreement[q]);
  return (
    <>
      <p className="results-note">
        One shop: {formatNumber(s.users)} users, {formatNumber(s.follows)} follows, {formatNumber(s.products)} products, {formatNumber(s.orders)} orders ({formatNumber(s.giftOrders)} shipped as gifts) with{' '}
        {formatNumber(s.orderItems)} lines, {formatNumber(s.reviews)} reviews and {formatNumber(s.clicks)} clicks. Held as {formatNumber(s.relationalRows)} rows in 8 DuckDB {result.duckdbVersion} tables;{' '}
        {formatNumber(s.documents)} JSON documents ({formatBytes(s.documentBytes)}); {formatNumber(s.nodes)} nodes and {formatNumber(s.edges)} edges; {formatNumber(s.points)} points in {s.chunks} ten-minute chunks.
        Asking about user {formatNumber(result.queryUser)} and product {formatNumber(result.queryProduct)}, within {result.hops} hop{result.hops === 1 ? '' : 's'}. Times are medians measured in this worker (its clock ticks
        every {formatMs(result.clockTickMs)}). DuckDB runs in WebAssembly: even a statement that reads nothing takes {formatMs(result.duckdbFloorMs)} here, a floor under
        every relational time, while the other three models are plain JavaScript over memory — so read the times within a column first.{' '}
        {agreed ? (
          <strong data-agreement="all">Every model that answers a question gives the same answer.</strong>
        ) : (
          <strong data-agreement="differs">The models disagree on {QUERIES.filter((q) => !result.agreement[q]).map((q) => QUERY_SHORT[q]).join(', ')}: this is a bug, please report it.</strong>
        )}
      </p>

      <div className="table-scroll" role="region" aria-label="Verdicts by question and model" tabIndex={0}>
        <table className={`results-table ${styles.matrix}`} data-matrix>
          <caption>
            Each question in each model: the verdict from the counts, records touched, median time, and whether the chapter’s comparison table leads you to expect the same. Questions in full: {QUERIES.map((q) => QUERY_LABEL[q]).join('; ')}.
          </caption>
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
                <th scope="row">{QUERY_SHORT[q]}</th>
                {MODELS.map((m) => {
                  const c = cell(q, m);
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

      <details className={styles.more}>
        <summary>How each model answered, where its records came from, and the spread of its times</summary>
        <div className="table-scroll" role="region" aria-label="How each model answered" tabIndex={0}>
          <table className="results-table" data-details>
            <caption>Per question and model: how it ran, records touched (and where from), median time (fastest–slowest sample), and the verdict’s reason</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">How</th>
                <th scope="col">Records touched</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            {QUERIES.map((q) => (
              <tbody key={q}>
                <tr>
                  <th scope="colgroup" colSpan={4} className={styles.group}>
                    {QUERY_LABEL[q]}
                  </th>
                </tr>
                {MODELS.map((m) => {
                  const c = cell(q, m);
                  return (
                    <tr key={m} data-row={`${q}-${m}`}>
                      <th scope="row">
                        {MODEL_LABEL[m]} <Verdict cell={c} />
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
                })}
              </tbody>
            ))}
          </table>
        </div>
      </details>
      <p className="results-note">
        Relational rows are the rows DuckDB’s table scans handed on to its joins, as its profiler counts them, after its indexes, min/max zone maps and pushed-down filters have
        ruled the rest out. The details also give the table rows each scan started from: DuckDB skips groups of 122,880 rows by their min/max but has no B-tree to jump straight to one
        user’s rows, which is why its times stay high on the small questions. Documents are read whole, so their verdict counts what is inside each. A verdict is “awkward” at 10×
        the records of the cheapest model for that question (and over 100 records).
      </p>

      <Suspense fallback={<p className="results-note">Loading charts…</p>}>
        <ModelsCharts result={result} />
      </Suspense>

      <Answers result={result} />

      <div className="explain" data-explain>
        <p className="sandbox-part">What your run shows</p>
        {explainModels(result).map((line) => (
          <p key={line}>{line}</p>
        ))}
        <details>
          <summary>The code each model ran</summary>
          {QUERIES.map((q) => (
            <div key={q}>
              <p className="sandbox-part">{QUERY_LABEL[q]}</p>
              {MODELS.map((m) => {
                const c = cell(q, m);
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
      </div>
      <Exercises exercises={modelsExercises} result={result} params={params} onExplore={onExplore} labels={LABELS} />
    </>
  );
}

function Answers({ result }: { result: ModelsResult }) {
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
          Within {result.hops} hop{result.hops === 1 ? '' : 's'}, bought product {result.queryProduct}: {result.fof.length === 0 ? 'nobody' : `${result.fof.length} (users ${result.fof.slice(0, 20).join(', ')}${result.fof.length > 20 ? ', …' : ''})`}.
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
