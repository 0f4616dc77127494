import {
  abortError,
  fromWorkerSchema,
  RemoteError,
  WorkerCrashedError,
  WorkerRestartedError,
  WorkerTimeoutError,
  type ApiShape,
  type Op,
  type ProgressOf,
  type RequestOf,
  type ResponseOf,
  type ToWorker,
} from './protocol';
import type { EngineStatus } from '@/lib/engines/kinds';

/** The part of the DOM `Worker` the client needs; tests pass an in-process fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface RunOptions<P> {
  signal?: AbortSignal;
  onProgress?: (progress: P) => void;
  /**
   * A run that hears nothing from the worker (no progress, no result) for this long is taken as
   * hung: the worker is terminated and every pending request rejects. Progress resets the clock.
   */
  silenceTimeoutMs?: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  onProgress?: (progress: unknown) => void;
  silenceTimeoutMs?: number;
  timer?: ReturnType<typeof setTimeout>;
  detachAbort?: () => void;
}

/**
 * Page-side correlator for one worker. Every path out of it settles its promise: a result, a
 * remote error, an abort, a crash, or a hang. A synchronous WASM or JS loop in the worker cannot be
 * interrupted by a message, so cancelling terminates the worker; the next run spawns a fresh one.
 */
export class WorkerClient<Api extends ApiShape> {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly onLog?: (level: 'info' | 'warn', message: string) => void,
    private readonly onEngine?: (status: EngineStatus) => void,
  ) {}

  /** True while a worker is alive (it keeps its engines warm between runs). */
  get alive(): boolean {
    return this.worker !== null;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Starts the worker ahead of the first request, so fetching and compiling its code is done by then. */
  start(): void {
    this.ensureWorker();
  }

  run<K extends Op<Api>>(
    op: K,
    request: RequestOf<Api, K>,
    options: RunOptions<ProgressOf<Api, K>> = {},
  ): Promise<ResponseOf<Api, K>> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const id = this.nextId++;
    return new Promise<ResponseOf<Api, K>>((resolve, reject) => {
      const entry: Pending = {
        resolve: resolve,
        reject,
        onProgress: options.onProgress,
        silenceTimeoutMs: options.silenceTimeoutMs,
      };
      if (signal) {
        const onAbort = () => this.cancel(id);
        signal.addEventListener('abort', onAbort, { once: true });
        entry.detachAbort = () => signal.removeEventListener('abort', onAbort);
      }
      this.pending.set(id, entry);
      this.armTimer(id, entry);
      try {
        this.ensureWorker().postMessage({ type: 'request', id, op, payload: request });
      } catch (error) {
        this.settle(id)?.reject(error);
      }
    });
  }

  /** Terminates the worker and rejects everything still pending. */
  terminate(reason: Error = new WorkerRestartedError('The worker was shut down.')): void {
    this.worker?.terminate();
    this.worker = null;
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(reason);
  }

  private cancel(id: number): void {
    const entry = this.settle(id);
    if (!entry) return;
    entry.reject(abortError());
    this.terminate(new WorkerRestartedError('Another run on this worker was cancelled.'));
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event) => this.receive(worker, event.data);
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      const detail = typeof event.message === 'string' && event.message ? `: ${event.message}` : '';
      this.terminate(new WorkerCrashedError(`The worker stopped unexpectedly${detail}.`));
    };
    worker.onmessageerror = () => {
      if (worker !== this.worker) return;
      this.terminate(new WorkerCrashedError('The worker sent a message that could not be read.'));
    };
    this.worker = worker;
    return worker;
  }

  private receive(from: WorkerLike, data: unknown): void {
    if (from !== this.worker) return; // a message from a worker we already terminated
    const parsed = fromWorkerSchema.safeParse(data);
    if (!parsed.success) {
      this.terminate(new WorkerCrashedError('The worker sent a message outside the protocol.'));
      return;
    }
    const message = parsed.data;
    if (message.type === 'log') {
      this.onLog?.(message.level, message.message);
      return;
    }
    if (message.type === 'engine') {
      this.onEngine?.(message.status);
      return;
    }
    const entry = this.pending.get(message.id);
    if (!entry) return;
    switch (message.type) {
      case 'progress':
        this.armTimer(message.id, entry);
        entry.onProgress?.(message.progress);
        return;
      case 'result':
        this.settle(message.id)?.resolve(message.result);
        return;
      case 'error':
        this.settle(message.id)?.reject(new RemoteError(message.error));
        return;
    }
  }

  private armTimer(id: number, entry: Pending): void {
    if (entry.timer) clearTimeout(entry.timer);
    if (!entry.silenceTimeoutMs) return;
    const ms = entry.silenceTimeoutMs;
    entry.timer = setTimeout(() => {
      if (!this.pending.has(id)) return;
      this.terminate(new WorkerTimeoutError(`The worker did not answer for ${ms} ms and was restarted.`));
    }, ms);
  }

  /** Removes a pending entry and its timer and abort listener; returns it so the caller settles it once. */
  private settle(id: number): Pending | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    if (entry.timer) clearTimeout(entry.timer);
    entry.detachAbort?.();
    return entry;
  }
}
