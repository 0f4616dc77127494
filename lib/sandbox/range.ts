import { z } from 'zod';

/** Bounds past this are the schema's "any safe integer", not a limit a reader needs to know. */
const UNBOUNDED = 1e15;

/**
 * The whole range a number setting accepts, read from the sandbox's own schema (so the form never
 * states a range the check does not hold): both bounds, or null when the setting is not a number with
 * two finite bounds (a refusal then states the bound that was broken).
 */
export interface NumberRange {
  min: number;
  max: number;
  /** False for a bound the value must not reach ("more than 0"). */
  minIncluded: boolean;
  maxIncluded: boolean;
}

export function numberRange(schema: z.ZodType, key: string): NumberRange | null {
  if (!(schema instanceof z.ZodObject)) return null;
  let field: unknown = (schema.shape as Record<string, unknown>)[key];
  while (field instanceof z.ZodDefault || field instanceof z.ZodOptional) field = field.unwrap();
  if (!(field instanceof z.ZodNumber)) return null;
  const { minValue: min, maxValue: max } = field;
  if (min === null || max === null || Math.abs(min) >= UNBOUNDED || Math.abs(max) >= UNBOUNDED) return null;
  return { min, max, minIncluded: field.safeParse(min).success, maxIncluded: field.safeParse(max).success };
}

const number = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The hint names this number already ("1 to 4", "0–20 %"), as a number of its own (not inside 10 or 0.5). */
const statesNumber = (hint: string, x: number) => new RegExp(`(^|[^0-9.,])${escape(number(x))}(?![0-9]|[.,][0-9])`).test(hint);

/** A control's hint with the range it accepts after it ("Rows to generate. From 1,000 to 4,000,000."), unless the hint states it. */
export function hintWithRange(hint: string | undefined, range: NumberRange | null): string | undefined {
  if (range === null) return hint;
  const { min, max, minIncluded, maxIncluded } = range;
  if (hint !== undefined && statesNumber(hint, min) && statesNumber(hint, max)) return hint;
  const text =
    minIncluded && maxIncluded
      ? `From ${number(min)} to ${number(max)}.`
      : `${minIncluded ? 'At least' : 'More than'} ${number(min)} and ${maxIncluded ? 'at most' : 'less than'} ${number(max)}.`;
  return hint ? `${hint.trim().replace(/([^.!?])$/, '$1.')} ${text}` : text;
}
