import type { PredictionEntry, PredictionsPart } from './predictions';

/**
 * What the store needs to add a prediction, kept apart from predictions.ts (which validates with
 * zod) so that zod stays out of every page's first load, as base.ts does for the rest of the store.
 */
export const PREDICTIONS_VERSION = 1;
/** Entries kept at most; the oldest go first. */
export const MAX_PREDICTIONS = 200;

/** The part with a new entry first, the oldest dropped beyond MAX_PREDICTIONS. */
export function addPrediction(part: PredictionsPart | undefined, entry: PredictionEntry): PredictionsPart {
  return { version: PREDICTIONS_VERSION, entries: [entry, ...(part?.entries ?? [])].slice(0, MAX_PREDICTIONS) };
}
