import type { ReactNode } from 'react';

/** A stepped SVG animation: each step is a state of the picture, with a caption that says what happens. */
export interface AnimationScene {
  title: string;
  /** The whole animation in words, for readers who do not see it. */
  description: string;
  viewBox: string;
  steps: readonly string[];
  /** Draws the picture at a step; elements keep their keys across steps so CSS can glide them. */
  render(step: number): ReactNode;
}
