import { z } from 'zod';
import { formatNumber, type Guess, type PredictionFace } from './prediction';

/**
 * The guesses the reader types into "Predict first", checked with zod when Run is pressed. Apart
 * from prediction.ts so that the progress page, which only compares stored guesses, loads no zod.
 */
/** The zod schema for a guess typed into the prediction's field; every refusal is a sentence for beside the field. */
export function guessSchema(prediction: PredictionFace): z.ZodType<Guess, string> {
  if (prediction.kind === 'choice') {
    const values = prediction.choices.map((c) => c.value);
    return z.string().refine((value) => values.includes(value), { message: 'Choose one of the options, or leave it empty to skip.' });
  }
  const { min, max, integer } = prediction;
  return z
    .string()
    .trim()
    .transform((text) => Number(text.replace(/,/g, '')))
    .pipe(
      z
        .number({ error: 'Enter a number, or leave it empty to skip.' })
        .refine((n) => Number.isFinite(n), { message: 'Enter a number, or leave it empty to skip.' })
        .refine((n) => !integer || Number.isInteger(n), { message: 'Enter a whole number.' })
        .refine((n) => n >= min && n <= max, { message: `Enter a number from ${formatNumber(min)} to ${formatNumber(max)}.` }),
    );
}

export type ParsedGuesses = { ok: true; guesses: Record<string, Guess> } | { ok: false; errors: Record<string, string> };

/** Reads the typed guesses: empty fields are skipped, the rest must be valid; errors are keyed by prediction id. */
export function parseGuesses(predictions: readonly PredictionFace[], drafts: Readonly<Record<string, string>>): ParsedGuesses {
  const guesses: Record<string, Guess> = {};
  const errors: Record<string, string> = {};
  for (const prediction of predictions) {
    const raw = drafts[prediction.id] ?? '';
    if (raw.trim() === '') continue;
    const parsed = guessSchema(prediction).safeParse(raw);
    if (parsed.success) guesses[prediction.id] = parsed.data;
    else errors[prediction.id] = parsed.error.issues[0]?.message ?? 'Not a valid prediction.';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, guesses };
}
