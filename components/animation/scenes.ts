import { batchVsStream } from './batchVsStream';
import { exactlyOnce } from './exactlyOnce';
import { lambda } from './lambda';
import type { AnimationId } from './ids';
import type { AnimationScene } from './types';

/** Every animation a chapter can show with <Animation id="…" />. */
export const animationScenes = {
  'batch-vs-stream': batchVsStream,
  lambda,
  'exactly-once': exactlyOnce,
} satisfies Record<AnimationId, AnimationScene>;

export type { AnimationId };
