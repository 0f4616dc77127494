'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { getProgressStore, type ProgressStore } from './store';

/** How long the load may wait for the page to be idle. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Reads the progress store from a component, loading it from localStorage once the page is idle.
 * Not at once: a store that changes while React is still hydrating the page (in slices, between
 * which effects like this one run) makes React redo the whole render synchronously, so it cannot
 * show two versions of the store at once, and a long page then blocks the main thread for one long
 * task. Waiting for an idle moment lets the hydration finish first.
 */
export function useProgress<T>(selector: (store: ProgressStore) => T): T {
  const store = getProgressStore();
  useEffect(() => {
    if (store.getState().loaded) return;
    const load = () => {
      if (!store.getState().loaded) void store.getState().load();
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(load, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [store]);
  return useStore(store, selector);
}
