// zod's tree-shakable build, as in schema.ts: the progress store's schema travels with it.
import * as z from 'zod/mini';
import { storedParamsSchema } from '@/lib/sandbox/stored';
import { MAX_PREDICTIONS, PREDICTIONS_VERSION } from './predictionsBase';

/**
 * The progress store's `predictions` part: the reader's "predict first" guesses, each with the
 * settings and seed of the run it was compared with and what that run measured. It carries its own
 * version, apart from the store's, so it can change shape without touching the quiz and exercise
 * parts: `upgradePredictions` brings an older part up, one step per version, as migrate.ts does for
 * the whole record. A record without the part (written before it existed) simply has no predictions.
 *
 * - v1: `{ version: 1, entries }`, newest first, at most MAX_PREDICTIONS.
 */
export { addPrediction, MAX_PREDICTIONS, PREDICTIONS_VERSION } from './predictionsBase';

const idSchema = z.string().check(z.minLength(1), z.maxLength(120));
const valueSchema = z.union([z.number().check(z.refine(Number.isFinite, { message: 'a number' })), z.string().check(z.maxLength(200))]);

export const predictionEntrySchema = z.object({
  sandbox: idSchema,
  /** The sandbox's RESULTS_VERSION at the run: a later version may measure something else. */
  resultsVersion: z.int().check(z.minimum(1)),
  prediction: z.string().check(z.minLength(1), z.maxLength(60)),
  kind: z.enum(['number', 'choice']),
  /** The prompt as asked, and the guess and the measured value as shown (a choice by its label, a number with its unit). */
  prompt: z.string().check(z.maxLength(400)),
  guess: valueSchema,
  actual: valueSchema,
  guessText: z.string().check(z.maxLength(200)),
  actualText: z.string().check(z.maxLength(200)),
  params: storedParamsSchema,
  seed: z.int().check(z.minimum(0)),
  at: z.iso.datetime(),
});

export const predictionsPartSchema = z.object({
  version: z.literal(PREDICTIONS_VERSION),
  entries: z.array(predictionEntrySchema).check(z.maxLength(MAX_PREDICTIONS)),
});

export type PredictionEntry = z.infer<typeof predictionEntrySchema>;
export type PredictionsPart = z.infer<typeof predictionsPartSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** steps[n] takes the part from version n to n + 1 (v0 would be a bare list of entries; none was ever stored, but the chain starts there). */
const steps: ReadonlyArray<(part: Record<string, unknown>) => Record<string, unknown>> = [(v0) => ({ version: 1, entries: v0.entries ?? [] })];
if (steps.length !== PREDICTIONS_VERSION) throw new Error('predictions.ts: one step per version.');

/** Brings the record's `predictions` part to the current version; anything else (no part, a newer or unknown one) is left for the schema to judge. */
export function upgradePredictions(record: unknown): unknown {
  if (!isRecord(record) || record.predictions === undefined) return record;
  let part: unknown = Array.isArray(record.predictions) ? { version: 0, entries: record.predictions } : record.predictions;
  if (!isRecord(part)) return record;
  const from = part.version === undefined ? 0 : part.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0 || from >= PREDICTIONS_VERSION) return record;
  for (let version = from; version < PREDICTIONS_VERSION; version++) part = steps[version]!(part as Record<string, unknown>);
  return { ...record, predictions: part };
}

/** The readable entries of a stored part that is not readable whole, and the others to set aside. */
export function salvagePredictions(part: unknown): { part: PredictionsPart | undefined; dropped: unknown[] } {
  if (part === undefined) return { part: undefined, dropped: [] };
  const whole = predictionsPartSchema.safeParse(part);
  if (whole.success) return { part: whole.data, dropped: [] };
  if (!isRecord(part) || part.version !== PREDICTIONS_VERSION || !Array.isArray(part.entries)) return { part: undefined, dropped: [part] };
  const entries: PredictionEntry[] = [];
  const dropped: unknown[] = [];
  for (const entry of part.entries.slice(0, MAX_PREDICTIONS)) {
    const parsed = predictionEntrySchema.safeParse(entry);
    if (parsed.success) entries.push(parsed.data);
    else dropped.push(entry);
  }
  return { part: { version: PREDICTIONS_VERSION, entries }, dropped };
}
