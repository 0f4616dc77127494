// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceWorkerHost } from './ServiceWorkerHost';

/** A stand-in for the browser's service worker container, recording what the page asked of it. */
function fakeContainer() {
  const unregister = vi.fn(() => Promise.resolve(true));
  const registration = { waiting: null, installing: null, addEventListener: vi.fn(), update: vi.fn(() => Promise.resolve()) };
  const container = {
    controller: null,
    ready: new Promise<never>(() => undefined), // never active here: nothing is handed to a worker
    register: vi.fn(() => Promise.resolve(registration)),
    getRegistrations: vi.fn(() => Promise.resolve([{ unregister }])),
    addEventListener: vi.fn(),
  };
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { container, unregister };
}

/** Mounts the host and waits until the page has asked the container for something (the module is imported lazily). */
async function mount(asked: () => boolean) {
  const root = createRoot(document.createElement('div'));
  await act(async () => {
    root.render(<ServiceWorkerHost />);
    await Promise.resolve();
  });
  await vi.waitFor(() => expect(asked()).toBe(true), { timeout: 10_000 });
  await act(async () => {
    root.unmount();
    await Promise.resolve();
  });
}

afterEach(() => vi.unstubAllEnvs());

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('starting the service worker', () => {
  it('registers /sw.js for the whole site in a production build', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { container } = fakeContainer();
    await mount(() => container.register.mock.calls.length > 0 || container.getRegistrations.mock.calls.length > 0);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/', updateViaCache: 'none' });
  });

  it('never registers under the development server, and removes a worker a production build left', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { container, unregister } = fakeContainer();
    await mount(() => unregister.mock.calls.length > 0 || container.register.mock.calls.length > 0);
    expect(container.register).not.toHaveBeenCalled();
    expect(unregister).toHaveBeenCalledOnce();
  });
});
