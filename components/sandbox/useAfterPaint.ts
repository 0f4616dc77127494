'use client';

import { useEffect, useState } from 'react';

/** If the page draws no frame (a hidden tab), the rest is drawn after this long anyway. */
const NO_FRAME_MS = 100;

/**
 * False on the render that draws a result, true once the browser has painted it (and again after
 * `key` changes): a view draws its first part at once and the rest after the next frame. Deferring
 * by a task alone is not enough: both commits then land before one frame, and that frame's style,
 * layout and paint of everything is one long task. A task queued from a frame callback runs after
 * that frame is rendered, so each part gets its own script task and its own rendering (the kit's
 * rule: no main-thread task of 50 ms or more).
 */
export function useAfterPaint(key?: unknown): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(fallback);
      setReady(true);
    };
    // Where there are no frames at all (a test's DOM), the fallback alone draws the rest.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(done, 0))) : 0;
    const fallback = setTimeout(done, NO_FRAME_MS);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(fallback);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key]);
  return ready;
}
