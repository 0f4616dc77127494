import { performance } from 'node:perf_hooks';
import { openNodeDuckDB } from '../../lib/engines/node';
import { runModels } from '../../sandboxes/data-models/compute';
import { defaultModelsParams, MODEL_LABEL, MODELS, modelsParamsSchema, QUERIES, QUERY_SHORT } from '../../sandboxes/data-models/model';
import { printTable } from './table';

/** The data-models sandbox's own code on one shop: median ms and records touched per question and model, and each model's time over the fastest. */
export async function benchDataModels(users = 50_000): Promise<void> {
  const params = modelsParamsSchema.parse({ ...defaultModelsParams, users, clicks: Math.min(2_000_000, users * 10), repeats: 5 });
  console.log(
    `data-models: ${users.toLocaleString('en-US')} users, ${params.followsPerUser} follows and ${params.ordersPerUser} orders each on average, ${params.clicks.toLocaleString('en-US')} clicks; DuckDB (wasm, in Node) and plain JavaScript; median of ${params.repeats}`,
  );
  const started = performance.now();
  const r = await runModels(params, openNodeDuckDB, { now: () => performance.now(), progress: () => {} });
  const cell = (q: (typeof QUERIES)[number], m: (typeof MODELS)[number]) => r.cells.find((c) => c.query === q && c.model === m)!;
  const timeRows = QUERIES.map((q) => {
    const times = MODELS.map((m) => cell(q, m).timing?.medianMs ?? null);
    const fastest = Math.min(...times.filter((t): t is number => t !== null));
    return [QUERY_SHORT[q], ...times.map((t) => (t === null ? '—' : `${t < 1 ? t.toPrecision(3) : t.toFixed(2)} (${(t / fastest).toFixed(t / fastest >= 10 ? 0 : 1)}×)`))];
  });
  printTable(['median ms (× fastest)', ...MODELS.map((m) => MODEL_LABEL[m])], timeRows);
  console.log('');
  const countRows = QUERIES.map((q) => [QUERY_SHORT[q], ...MODELS.map((m) => (cell(q, m).expressible ? `${cell(q, m).records.toLocaleString('en-US')} ${cell(q, m).judgement}` : '—'))]);
  printTable(['records touched, verdict', ...MODELS.map((m) => MODEL_LABEL[m])], countRows);
  const build = MODELS.map((m) => `${MODEL_LABEL[m]} ${r.buildMs[m].toFixed(0)} ms`).join(', ');
  console.log(`  build: ${build}; DuckDB's floor per statement ${r.duckdbFloorMs.toFixed(3)} ms; all models agree: ${Object.values(r.agreement).every(Boolean) ? 'yes' : 'NO'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
