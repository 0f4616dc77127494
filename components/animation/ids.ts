/** The animations chapters can show; scenes.ts must draw each (TypeScript holds the lists equal). */
export const animationIds = ['batch-vs-stream', 'lambda', 'exactly-once'] as const;
export type AnimationId = (typeof animationIds)[number];
