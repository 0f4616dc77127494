'use client';

import { useEffect, useState } from 'react';

/**
 * False on the render that draws a result, true one task later (and again after `key` changes): a
 * view draws its first part at once and the rest on the next task, so a result's arrival is two
 * short main-thread tasks instead of one long one (the kit's rule: no task of 50 ms or more).
 */
export function useNextTask(key?: unknown): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, [key]);
  return ready;
}
