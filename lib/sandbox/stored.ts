import * as z from 'zod/mini';

/**
 * Any sandbox's settings as stored data: what the progress store, downloads and submissions accept
 * before a sandbox's own schema judges them. Written with zod's tree-shakable build because the
 * progress store, and so this file, is in every page's first load (see README, "Design notes").
 */

/** The longest script any sandbox takes; a sandbox's own schema sets its own, lower bound. */
export const MAX_SCRIPT_ACTIONS = 1000;
/** A text field inside an action (a WHERE clause, a column name) is at most this long. */
export const MAX_ACTION_TEXT = 200;

const fieldName = z.string().check(z.minLength(1), z.maxLength(60));
const scalar = z.union([z.number(), z.string().check(z.maxLength(MAX_ACTION_TEXT)), z.boolean()]);
/** Any action: a flat record of scalars with a string `kind`. */
export const storedActionSchema = z.record(fieldName, scalar).check(z.refine((a) => typeof a.kind === 'string', { message: 'an action has a kind' }));
export const storedParamValueSchema = z.union([scalar, z.readonly(z.array(storedActionSchema).check(z.maxLength(MAX_SCRIPT_ACTIONS)))]);
export const storedParamsSchema = z.record(fieldName, storedParamValueSchema);
