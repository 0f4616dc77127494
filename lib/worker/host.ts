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
  postMessage(message: FromWorker): void;
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
        (result) => scope.postMessage({ type: 'result', id, result }),
        (error: unknown) => scope.postMessage({ type: 'error', id, error: serializeError(error) }),
      );
  });
}
