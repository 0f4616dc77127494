import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { formatNumber } from '@/lib/format';
import { unitOf } from './judge';
import { MODEL_LABEL, MODELS, type Cell, type ModelId, type ModelsParams, type ModelsResult, type QueryId } from './model';

type ModelsExercise = Exercise<ModelsParams, ModelsResult>;

/** What a re-run must reproduce: every count and answer, none of the timings beside them. */
const counts = (r: ModelsResult) => ({
  sizes: r.sizes,
  cells: r.cells.map(({ query, model, expressible, touched, records, breakdown, requests, answer }) => ({ query, model, expressible, touched, records, breakdown, requests, answer })),
  address: r.address,
  agreement: r.agreement,
});

export function cellOf(result: ModelsResult, query: QueryId, model: ModelId): Cell | undefined {
  return result.cells.find((c) => c.query === query && c.model === model);
}

const modelChoice = (name: string, label: string) =>
  ({ name, kind: 'choice', label, options: MODELS.map((m) => ({ value: m, label: MODEL_LABEL[m] })) }) as const;

export const profileFewest: ModelsExercise = {
  id: 'data-models-profile-fewest',
  prompt: 'Which model reads the fewest records, in its own unit, to build the profile page? And how many rows does the relational model read for the same page?',
  fields: [modelChoice('model', 'Fewest records'), { name: 'rows', kind: 'number', label: 'Relational rows' }],
  deterministic: true,
  evidence: counts,
  check(result, answers) {
    const expressible = result.cells.filter((c) => c.query === 'profile' && c.expressible);
    const fewest = expressible.reduce((a, b) => (b.touched < a.touched ? b : a));
    const rows = cellOf(result, 'profile', 'relational')?.touched ?? Number.NaN;
    if (answers.model !== fewest.model) return { pass: false, feedback: 'Not yet: compare the “touched” column of the profile row, model by model — each in its own unit.' };
    if (numberAnswer(answers, 'rows') !== rows) return { pass: false, feedback: `The model is right. For the rows, add up the relational breakdown under Tables: it reads from several tables.` };
    return {
      pass: true,
      feedback: `Yes: ${formatNumber(fewest.touched)} ${unitOf(fewest.model, fewest.touched)} for the ${MODEL_LABEL[fewest.model]} model, against ${formatNumber(rows)} rows from ${cellOf(result, 'profile', 'relational')!.breakdown.length} tables joined back together. One fetch returns everything the screen needs: read locality.`,
    };
  },
};

export const lastHourSkipped: ModelsExercise = {
  id: 'data-models-last-hour-skipped',
  prompt: 'For the last-hour clicks question, how many click records does the time-series model leave unread that the document model reads?',
  fields: [{ name: 'skipped', kind: 'number', label: 'Records skipped' }],
  deterministic: true,
  evidence: counts,
  check(result, answers) {
    const doc = cellOf(result, 'rolling', 'document')!.touched;
    const ts = cellOf(result, 'rolling', 'timeseries')!.touched;
    if (numberAnswer(answers, 'skipped') !== doc - ts) return { pass: false, feedback: 'Not yet: subtract the time series’ points from the documents read, both in the “Clicks, last hour” row.' };
    return {
      pass: true,
      feedback: `Yes: ${formatNumber(doc - ts)} of ${formatNumber(doc)} clicks (${(((doc - ts) / doc) * 100).toFixed(1)}%) are never opened, because the series is cut into ten-minute chunks and only those overlapping the last hour are read. The document store has no order by time to skip by.`,
    };
  },
};

export const addressCopies: ModelsExercise = {
  id: 'data-models-address-copies',
  prompt: 'The address change: how many stored copies of the address did the document model rewrite, and how many documents did it read to find them?',
  fields: [
    { name: 'copies', kind: 'number', label: 'Copies rewritten' },
    { name: 'documents', kind: 'number', label: 'Documents read' },
  ],
  deterministic: true,
  evidence: counts,
  check(result, answers) {
    const copies = result.address.copiesRewritten.document ?? Number.NaN;
    const read = cellOf(result, 'address', 'document')!.breakdown.find((b) => b.what.endsWith('read'))?.count ?? Number.NaN;
    if (numberAnswer(answers, 'copies') !== copies) return { pass: false, feedback: 'Not yet: the copies are the user’s own address plus every order shipped to it — the address change is under Details.' };
    if (numberAnswer(answers, 'documents') !== read) return { pass: false, feedback: 'The copies are right. The documents read are in the “touched” column of the document model’s address row.' };
    return {
      pass: true,
      feedback: `Yes: ${formatNumber(copies)} copies, found by reading all ${formatNumber(read)} user documents — gift orders put the address into other people’s documents, and nothing indexes the shipping blocks. The relational and graph models changed 1 row and 1 node.`,
    };
  },
};

export const friendsFactor: ModelsExercise = {
  id: 'data-models-friends-factor',
  prompt:
    'For the friends question, how many times more records does the relational model touch than the graph? (Then double the users, keep the rest, and run again: see which of the two counts grows.)',
  explore: { users: 10_000, queryUser: 0 },
  fields: [{ name: 'factor', kind: 'number', label: 'Relational ÷ graph', unit: '×' }],
  deterministic: true,
  evidence: counts,
  check(result, answers) {
    const rel = cellOf(result, 'fof', 'relational')!.records;
    const graph = cellOf(result, 'fof', 'graph')!.records;
    const factor = rel / Math.max(1, graph);
    if (!near(numberAnswer(answers, 'factor'), factor, 0.05)) return { pass: false, feedback: 'Not yet: divide the relational rows by the graph’s nodes and edges in the “Friends who bought” row.' };
    return {
      pass: true,
      feedback: `Yes: about ${factor.toFixed(0)}×. Each hop of the recursive query joins against the whole follows table (${formatNumber(result.sizes.follows)} rows), so its count grows with the shop; the walk reads only the edges out of the people it reaches, whatever the shop’s size.`,
    };
  },
};

export const revenueSlowest: ModelsExercise = {
  id: 'data-models-revenue-slowest',
  prompt: 'Which model was slowest at average revenue per user in your run, and by how many times the fastest (slowest median ÷ fastest median)?',
  fields: [modelChoice('model', 'Slowest'), { name: 'factor', kind: 'number', label: 'Slowest ÷ fastest', unit: '×' }],
  deterministic: false,
  check(result, answers) {
    const timed = result.cells.filter((c) => c.query === 'revenue' && c.timing);
    if (timed.length === 0) return { pass: false, feedback: 'Run the sandbox first.' };
    const slowest = timed.reduce((a, b) => (b.timing!.medianMs > a.timing!.medianMs ? b : a));
    const fastest = timed.reduce((a, b) => (b.timing!.medianMs < a.timing!.medianMs ? b : a));
    const factor = slowest.timing!.medianMs / fastest.timing!.medianMs;
    if (answers.model !== slowest.model) return { pass: false, feedback: 'Not yet: compare the median times in the “Revenue per user” row.' };
    if (!near(numberAnswer(answers, 'factor'), factor, 0.15)) return { pass: false, feedback: 'The model is right. For the factor, divide its median by the fastest median in that row.' };
    return {
      pass: true,
      feedback: `Yes: ${MODEL_LABEL[slowest.model]}, ${factor.toFixed(1)}× the ${MODEL_LABEL[fastest.model]} model. ${slowest.model === 'document' ? 'A question that cuts across documents reads every one of them whole — profiles, follows, reviews — to use a few numbers in each.' : 'Every order has to be read in every model; what differs is how much else comes with it and how it is laid out.'}`,
    };
  },
};

export const modelsExercises: readonly ModelsExercise[] = [profileFewest, lastHourSkipped, addressCopies, friendsFactor, revenueSlowest];
