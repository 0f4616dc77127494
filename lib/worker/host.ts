import {
  serializeError,
  toWorkerSchema,
  type ApiShape,
  type FromWorker,
  type Op,
  type ProgressOf,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export interface HandlerContext<P> {
  /** Reports progress to the page; also tells the page the worker is alive. */
  progress(progress: P): void;
}

/** The worker's handlers, typed by the same `Api` as the page's client. */
export type Handlers<Api extends ApiShape> = {
  [K in Op<Api>]: (
    request: RequestOf<Api, K>,
    context: HandlerContext<ProgressOf<Api, K>>,
  ) => ResponseOf<Api, K> | Promise<ResponseOf<Api, K>>;
};

/** What the host needs of `self` inside a worker; tests pass one end of an in-process pair. */
export interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Serves requests inside a worker: validates the envelope, calls the handler for its op, and posts
 * the result or the error (as plain `{ name, message, stack }`). A request's payload is validated by
 * the handler itself, against the sandbox's zod schema.
 */
export function serveWorker<Api extends ApiShape>(handlers: Handlers<Api>, scope: WorkerScope): void {
  scope.addEventListener('message', (event) => {
    const parsed = toWorkerSchema.safeParse(event.data);
    if (!parsed.success) {
      scope.postMessage({ type: 'log', level: 'warn', message: 'Ignored a message outside the protocol.' });
      return;
    }
    const { id, op, payload } = parsed.data;
    const handler = Object.prototype.hasOwnProperty.call(handlers, op) ? handlers[op as Op<Api>] : undefined;
    if (!handler) {
      scope.postMessage({ type: 'error', id, error: { name: 'UnknownOperationError', message: `This worker has no operation "${op}".` } });
      return;
    }
    const context = { progress: (progress: unknown) => scope.postMessage({ type: 'progress', id, progress }) };
    Promise.resolve()
      .then(() => handler(payload as never, context as never))
      .then(
        (result) => postResult(scope, id, result),
        (error: unknown) => scope.postMessage({ type: 'error', id, error: serializeError(error) }),
      );
  });
}

/** Buffers at least this large travel by transfer (moved, not copied); smaller ones are cheaper to copy. */
const TRANSFER_MIN_BYTES = 64 * 1024;

/**
 * The large ArrayBuffers inside a result, found by a bounded walk (objects and arrays of objects;
 * arrays of plain numbers are not walked element by element). A worker must not keep a result's
 * buffers for later: once posted, they belong to the page.
 */
export function transferables(value: unknown, budget = { nodes: 20_000 }): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number) => {
    if (v === null || typeof v !== 'object' || depth > 8 || budget.nodes-- <= 0) return;
    if (v instanceof ArrayBuffer) {
      if (v.byteLength >= TRANSFER_MIN_BYTES) found.add(v);
      return;
    }
    if (ArrayBuffer.isView(v)) {
      const buffer = v.buffer;
      // A view over part of a larger buffer would move the whole buffer: only whole-buffer views go.
      if (buffer instanceof ArrayBuffer && v.byteLength >= TRANSFER_MIN_BYTES && v.byteOffset === 0 && v.byteLength === buffer.byteLength) found.add(buffer);
      return;
    }
    if (Array.isArray(v)) {
      if (v.length > 0 && (v[0] === null || typeof v[0] !== 'object')) return;
      for (const item of v) visit(item, depth + 1);
      return;
    }
    if (v instanceof Map || v instanceof Set) return;
    for (const item of Object.values(v)) visit(item, depth + 1);
  };
  visit(value, 0);
  return [...found];
}

/**
 * Posts a result, moving its large buffers. A result that cannot be cloned (a function, a class
 * instance with private state) becomes an error the page gets at once, instead of a silence that
 * only the page's timeout would end.
 */
export function postResult(scope: WorkerScope, id: number, result: unknown): void {
  try {
    scope.postMessage({ type: 'result', id, result }, transferables(result));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', id, error: { name: 'ResultNotSendableError', message: `The sandbox computed a result but could not send it to the page (${detail}).` } });
  }
}
