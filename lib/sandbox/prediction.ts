/**
 * "Predict first": a question a sandbox asks before its Run, answered with a number or a choice,
 * then compared with what the reader's own run measured. Declared in the sandbox's definition
 * (`predictions`), one or two of them, each about the trade-off the sandbox teaches; `actual` reads
 * the answer from the result the run returns, so it is always a value the run shows on screen.
 */
interface PredictionBase {
  /** Unique within the sandbox: 'scan-speedup'. */
  id: string;
  /** Answerable before running: it names the settings it is about. */
  prompt: string;
}

export interface NumberPrediction<P, R> extends PredictionBase {
  kind: 'number';
  /** Shown after the input ("× faster", "events"). */
  unit?: string;
  /** The range a guess must fall in (inclusive); 0 and a huge max when the sandbox has no better bound. */
  min: number;
  max: number;
  /** Whole numbers only (a count of events). */
  integer?: boolean;
  actual(result: R, params: P): number;
}

export interface PredictionChoice {
  value: string;
  label: string;
}

export interface ChoicePrediction<P, R> extends PredictionBase {
  kind: 'choice';
  choices: readonly PredictionChoice[];
  /** The value of the choice that came true in this run. */
  actual(result: R, params: P): string;
}

export type Prediction<P, R> = NumberPrediction<P, R> | ChoicePrediction<P, R>;

/** A prediction without its `actual`: what the frame's form and the progress page need. */
export type PredictionFace = Omit<NumberPrediction<unknown, unknown>, 'actual'> | Omit<ChoicePrediction<unknown, unknown>, 'actual'>;

export type Guess = number | string;

export const formatNumber = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 4 });

/** How a guess fared: `right`/`wrong` for a choice; for a number, `close` within 10 %, else `off`, with the ratio when both are positive. */
export interface Comparison {
  verdict: 'right' | 'wrong' | 'close' | 'off';
  /** actual ÷ guess, when both are positive numbers. */
  ratio: number | null;
  text: string;
}

export function compareGuess(kind: 'number' | 'choice', guess: Guess, actual: Guess): Comparison {
  if (kind === 'choice' || typeof guess !== 'number' || typeof actual !== 'number') {
    const right = guess === actual;
    return { verdict: right ? 'right' : 'wrong', ratio: null, text: right ? 'Right.' : 'Not this time.' };
  }
  if (guess === actual) return { verdict: 'close', ratio: guess > 0 ? 1 : null, text: 'Exactly right.' };
  if (guess > 0 && actual > 0) {
    const ratio = actual / guess;
    const spread = Math.max(ratio, 1 / ratio);
    if (spread <= 1.1) return { verdict: 'close', ratio, text: `Within 10 % (the run measured ${formatNumber(ratio)} × your guess).` };
    return {
      verdict: 'off',
      ratio,
      text: ratio > 1 ? `The run measured ${formatNumber(spread)} times your guess.` : `Your guess was ${formatNumber(spread)} times what the run measured.`,
    };
  }
  const difference = actual - guess;
  return { verdict: Math.abs(difference) < 0.5 ? 'close' : 'off', ratio: null, text: `Off by ${formatNumber(Math.abs(difference))} (${difference > 0 ? 'more' : 'fewer'} than you predicted).` };
}

/** The measured value, checked against the prediction's own kind; null when the run did not measure it. */
export function measure<P, R>(prediction: Prediction<P, R>, result: R, params: P): Guess | null {
  try {
    if (prediction.kind === 'number') {
      const value = prediction.actual(result, params);
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }
    const value = prediction.actual(result, params);
    return prediction.choices.some((c) => c.value === value) ? value : null;
  } catch {
    return null;
  }
}

/** A guess or a measured value as the reader reads it: a choice by its label, a number with its unit. */
export function describeValue(prediction: PredictionFace, value: Guess): string {
  if (prediction.kind === 'choice') return prediction.choices.find((c) => c.value === value)?.label ?? String(value);
  const number = typeof value === 'number' ? formatNumber(value) : value;
  return prediction.unit ? `${number} ${prediction.unit}` : number;
}

/** The same settings, whatever the order of their keys: a prediction is compared only with a run of the settings it was made for. */
export function sameSettings(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Drops `actual` (the frame's form and the progress page need only what the reader sees). */
export function faceOf<P, R>(prediction: Prediction<P, R>): PredictionFace {
  if (prediction.kind === 'number') {
    const { actual: _actual, ...face } = prediction;
    return face;
  }
  const { actual: _actual, ...face } = prediction;
  return face;
}
