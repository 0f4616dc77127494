'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { getProgressStore, type ProgressStore } from './store';

/** Reads the progress store from a component, loading it from localStorage after the first render. */
export function useProgress<T>(selector: (store: ProgressStore) => T): T {
  const store = getProgressStore();
  useEffect(() => {
    if (!store.getState().loaded) void store.getState().load();
  }, [store]);
  return useStore(store, selector);
}
