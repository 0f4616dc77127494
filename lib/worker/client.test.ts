import { describe, expect, it, vi } from 'vitest';
import { WorkerClient } from './client';
import { serveWorker, transferables, type Handlers } from './host';
import { createInProcessWorker } from './inProcess';
import { isAbortError, RemoteError, WorkerCrashedError, WorkerRestartedError, WorkerTimeoutError } from './protocol';

type TestApi = {
  double: { request: { value: number }; response: number; progress: never };
  count: { request: { to: number }; response: string; progress: { done: number } };
  fail: { request: null; response: never; progress: never };
  forever: { request: null; response: never; progress: never };
};

const handlers: Handlers<TestApi> = {
  double: ({ value }) => value * 2,
  count: async ({ to }, { progress }) => {
    for (let done = 1; done <= to; done++) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      progress({ done });
    }
    return `counted to ${to}`;
  },
  fail: () => {
    throw new RangeError('size is out of range');
  },
  forever: () => new Promise<never>(() => {}),
};

function makeClient() {
  const spawned: Array<ReturnType<typeof createInProcessWorker>> = [];
  const client = new WorkerClient<TestApi>(() => {
    const worker = createInProcessWorker((scope) => serveWorker(handlers, scope));
    spawned.push(worker);
    return worker;
  });
  return { client, spawned };
}

describe('WorkerClient with serveWorker', () => {
  it('correlates concurrent requests by id', async () => {
    const { client } = makeClient();
    const results = await Promise.all([1, 2, 3].map((value) => client.run('double', { value })));
    expect(results).toEqual([2, 4, 6]);
    expect(client.pendingCount).toBe(0);
  });

  it('routes progress to the request that asked for it, in order', async () => {
    const { client } = makeClient();
    const seenA: number[] = [];
    const seenB: number[] = [];
    const [a, b] = await Promise.all([
      client.run('count', { to: 3 }, { onProgress: (p) => seenA.push(p.done) }),
      client.run('count', { to: 2 }, { onProgress: (p) => seenB.push(p.done) }),
    ]);
    expect([a, b]).toEqual(['counted to 3', 'counted to 2']);
    expect(seenA).toEqual([1, 2, 3]);
    expect(seenB).toEqual([1, 2]);
  });

  it('rebuilds a thrown error with its name, message and stack', async () => {
    const { client } = makeClient();
    const error = await client.run('fail', null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ name: 'RangeError', message: 'size is out of range', remote: true });
    expect((error as Error).stack).toContain('size is out of range');
  });

  it('rejects an unknown operation with a clear error', async () => {
    const { client } = makeClient();
    const error = await (client as unknown as WorkerClient<{ nope: TestApi['double'] }>)
      .run('nope', { value: 1 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UnknownOperationError' });
  });

  it('cancels by terminating the worker, and the next run gets a fresh one', async () => {
    const { client, spawned } = makeClient();
    const controller = new AbortController();
    const other = client.run('forever', null).catch((e: unknown) => e);
    const run = client.run('count', { to: 1000 }, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(isAbortError(await run)).toBe(true);
    expect(await other).toBeInstanceOf(WorkerRestartedError);
    expect(client.pendingCount).toBe(0);
    expect(await client.run('double', { value: 21 })).toBe(42);
    expect(spawned).toHaveLength(2);
  });

  it('rejects at once when the signal is already aborted, without spawning', async () => {
    const { client, spawned } = makeClient();
    const controller = new AbortController();
    controller.abort();
    const error = await client.run('double', { value: 1 }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(spawned).toHaveLength(0);
  });

  it('rejects every pending request when the worker dies', async () => {
    const { client, spawned } = makeClient();
    const first = client.run('forever', null).catch((e: unknown) => e);
    const second = client.run('forever', null).catch((e: unknown) => e);
    spawned[0]!.crash('out of memory');
    const errors = await Promise.all([first, second]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(WorkerCrashedError);
      expect((error as Error).message).toContain('out of memory');
    }
    expect(client.pendingCount).toBe(0);
    expect(await client.run('double', { value: 2 })).toBe(4);
  });

  it('treats a silent worker as hung; progress keeps a slow one alive', async () => {
    vi.useFakeTimers();
    try {
      const { client } = makeClient();
      const hung = client.run('forever', null, { silenceTimeoutMs: 1000 }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(1001);
      expect(await hung).toBeInstanceOf(WorkerTimeoutError);

      const slow = client.run('count', { to: 50 }, { silenceTimeoutMs: 20 });
      await vi.advanceTimersByTimeAsync(200);
      await expect(slow).resolves.toBe('counted to 50');
    } finally {
      vi.useRealTimers();
    }
  });

  it('restarts the worker when it sends a message outside the protocol', async () => {
    let scopeRef: { postMessage(m: unknown): void } | undefined;
    const client = new WorkerClient<TestApi>(() =>
      createInProcessWorker((scope) => {
        scopeRef = scope;
        serveWorker(handlers, scope);
      }),
    );
    const pending = client.run('forever', null).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 5));
    scopeRef!.postMessage({ type: 'result', id: 'not-a-number' });
    expect(await pending).toBeInstanceOf(WorkerCrashedError);
  });
});

describe('the worker seam', () => {
  type SeamApi = {
    unsendable: { request: null; response: unknown; progress: never };
    buffers: { request: { bytes: number }; response: { big: Float64Array; small: Uint8Array; nested: Array<{ data: ArrayBuffer }> }; progress: never };
  };
  const seam: Handlers<SeamApi> = {
    unsendable: () => ({ ok: 1, compute: () => 42 }),
    buffers: ({ bytes }) => ({ big: new Float64Array(bytes / 8), small: new Uint8Array(16), nested: [{ data: new ArrayBuffer(bytes) }] }),
  };

  it('rejects at once with the clone error when a result cannot be posted, instead of waiting out the silence timeout', async () => {
    const client = new WorkerClient<SeamApi>(() => createInProcessWorker((scope) => serveWorker(seam, scope)));
    const started = Date.now();
    const error = await client.run('unsendable', null, { silenceTimeoutMs: 30_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as Error).name).toBe('ResultNotSendableError');
    expect((error as Error).message).toMatch(/could not send it to the page/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('moves large buffers by transfer and copies small ones', () => {
    const result = { big: new Float64Array(20_000), small: new Uint8Array(16), nested: [{ data: new ArrayBuffer(100_000) }], part: new Uint8Array(new ArrayBuffer(200_000), 8, 100_000) };
    const moved = transferables(result);
    expect(moved).toHaveLength(2);
    expect(moved).toContain(result.big.buffer);
    expect(moved).toContain(result.nested[0]!.data);
  });

  it('delivers transferred buffers whole', async () => {
    const client = new WorkerClient<SeamApi>(() => createInProcessWorker((scope) => serveWorker(seam, scope)));
    const result = await client.run('buffers', { bytes: 1 << 20 });
    expect(result.big.length).toBe((1 << 20) / 8);
    expect(result.nested[0]!.data.byteLength).toBe(1 << 20);
    expect(result.small.length).toBe(16);
  });
});
