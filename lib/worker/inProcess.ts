import type { WorkerLike } from './client';
import type { FromWorker, ToWorker } from './protocol';
import type { WorkerScope } from './host';

/**
 * A worker that runs in the same thread: messages are structured-cloned and delivered on a later
 * task, as a real worker's are. Unit tests drive the client and the host through it, and Node code
 * (benchmarks) can run a sandbox's worker code without a browser.
 */
export function createInProcessWorker(setup: (scope: WorkerScope) => void): WorkerLike & { crash(message: string): void } {
  const listeners: Array<(event: MessageEvent) => void> = [];
  let alive = true;
  const worker = {
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    onmessageerror: null as WorkerLike['onmessageerror'],
    postMessage(message: ToWorker) {
      if (!alive) return;
      const data = structuredClone(message);
      setTimeout(() => alive && listeners.forEach((listener) => listener({ data } as MessageEvent)), 0);
    },
    terminate() {
      alive = false;
    },
    crash(message: string) {
      if (!alive) return;
      alive = false;
      worker.onerror?.({ message } as ErrorEvent);
    },
  };
  const scope: WorkerScope = {
    postMessage(message: FromWorker, transfer?: Transferable[]) {
      if (!alive) return;
      // Cloned now, as a real worker's postMessage does: an uncloneable result throws here too.
      const data = structuredClone(message, transfer ? { transfer } : undefined);
      setTimeout(() => alive && worker.onmessage?.({ data } as MessageEvent), 0);
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
  setup(scope);
  return worker;
}
