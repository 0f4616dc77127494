import { z } from 'zod';

/**
 * What a sandbox's settings are made of. A setting is a scalar (a number, a choice, a switch) or a
 * script: an ordered list of actions on evolving state ("commit 500 rows", "delete where …",
 * "move event 7 to minute 12"). An action is a flat record of scalars with a `kind`, so every script
 * is small, bounded JSON that links, downloads, the progress store and submissions can all carry.
 */
export type Scalar = number | string | boolean;
export type Action = { readonly kind: string } & { readonly [field: string]: Scalar };
export type ParamValue = Scalar | readonly Action[];
export type SandboxParams = { readonly seed: number } & { readonly [key: string]: ParamValue };

export { MAX_ACTION_TEXT, MAX_SCRIPT_ACTIONS, storedActionSchema, storedParamsSchema, storedParamValueSchema } from './stored';

export function isScript(value: unknown): value is readonly Action[] {
  return Array.isArray(value);
}

/**
 * A script setting's schema: a list of one sandbox's actions (a zod union on `kind`), bounded.
 * The `version` travels with the script in links, so a script written for an older action shape
 * is recognised and refused with a message rather than misread.
 */
export function scriptSchema<A extends Action>(action: z.ZodType<A>, options: { max: number; what: string }) {
  return z.array(action).max(options.max, `At most ${options.max} ${options.what}.`);
}
