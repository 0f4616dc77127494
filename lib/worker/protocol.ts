import { z } from 'zod';

/**
 * The typed request/response protocol every worker speaks.
 *
 * An `Api` maps an operation name to its request, response and progress types. The page-side
 * client (client.ts) and the worker-side host (host.ts) are both typed by the same `Api`, so the
 * two sides cannot drift apart.
 */
export type OpShape = { request: unknown; response: unknown; progress: unknown };
export type ApiShape = Record<string, OpShape>;

export type Op<Api extends ApiShape> = Extract<keyof Api, string>;
export type RequestOf<Api extends ApiShape, K extends Op<Api>> = Api[K]['request'];
export type ResponseOf<Api extends ApiShape, K extends Op<Api>> = Api[K]['response'];
export type ProgressOf<Api extends ApiShape, K extends Op<Api>> = Api[K]['progress'];

/** An error as it crosses the worker boundary: plain data, never an Error instance. */
export const serializedErrorSchema = z.object({
  name: z.string(),
  message: z.string(),
  stack: z.string().optional(),
});
export type SerializedError = z.infer<typeof serializedErrorSchema>;

const engineIdSchema = z.enum(['sqlite', 'duckdb', 'parquet']);
export const engineStatusSchema = z.discriminatedUnion('state', [
  z.object({ engine: engineIdSchema, state: z.literal('idle') }),
  z.object({ engine: engineIdSchema, state: z.literal('loading'), loaded: z.number().nonnegative(), total: z.number().nonnegative().nullable() }),
  z.object({ engine: engineIdSchema, state: z.literal('ready'), ms: z.number().nonnegative() }),
  z.object({ engine: engineIdSchema, state: z.literal('error'), message: z.string() }),
]);

/** Page → worker. */
export const toWorkerSchema = z.object({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  op: z.string().min(1),
  payload: z.unknown(),
});
export type ToWorker = z.infer<typeof toWorkerSchema>;

/**
 * Worker → page. Progress carries its request id (unlike duckdb-wasm's global progress) so a
 * worker serving several requests routes each report to the run that asked for it.
 */
export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), id: z.number().int(), progress: z.unknown() }),
  z.object({ type: z.literal('result'), id: z.number().int(), result: z.unknown() }),
  z.object({ type: z.literal('error'), id: z.number().int(), error: serializedErrorSchema }),
  z.object({ type: z.literal('log'), level: z.enum(['info', 'warn']), message: z.string() }),
  /** An engine's load status (loading with bytes so far, ready, failed): not tied to a request, and not a sign of life for one. */
  z.object({ type: z.literal('engine'), status: engineStatusSchema }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;

export function serializeError(thrown: unknown): SerializedError {
  if (thrown instanceof Error) {
    return { name: thrown.name, message: thrown.message, ...(thrown.stack ? { stack: thrown.stack } : {}) };
  }
  return { name: 'Error', message: typeof thrown === 'string' ? thrown : safeString(thrown) };
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** An error thrown inside the worker, rebuilt on the page with the worker's name, message and stack. */
export class RemoteError extends Error {
  readonly remote = true;
  constructor(serialized: SerializedError) {
    super(serialized.message);
    this.name = serialized.name;
    if (serialized.stack) this.stack = serialized.stack;
  }
}

/** The worker died (uncaught error, failed to load) or was found hung; every pending request gets this. */
export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashedError';
}

export class WorkerTimeoutError extends Error {
  override name = 'WorkerTimeoutError';
}

/** Another request on the same worker was cancelled, and cancelling means restarting the worker. */
export class WorkerRestartedError extends Error {
  override name = 'WorkerRestartedError';
}

/** The worker's result could not be sent to the page (it held a function, a class instance, …). */
export class ResultNotSendableError extends Error {
  override name = 'ResultNotSendableError';
}

export function abortError(message = 'The run was cancelled.'): DOMException {
  return new DOMException(message, 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
