import { createRng } from '@/lib/random';
import type { SandboxTemplateParams, SandboxTemplateProgress, SandboxTemplateResult } from './model';

/** True when the point (x, y) of the unit square lies inside the quarter circle of radius 1. */
export function insideQuarterCircle(x: number, y: number): boolean {
  return x * x + y * y <= 1;
}

export interface ComputeHooks {
  now(): number;
  progress(progress: SandboxTemplateProgress): void;
}

/** Points thrown between two progress reports. */
const CHUNK = 250_000;

/**
 * Throws seeded random points at the unit square and counts those inside the quarter circle:
 * 4 × inside / points estimates π. The same seed throws the same points on every machine.
 */
export function estimatePi(params: SandboxTemplateParams, hooks: ComputeHooks): SandboxTemplateResult {
  const { points, seed } = params;
  const start = hooks.now();
  const rng = createRng(seed);
  let inside = 0;
  for (let thrown = 0; thrown < points; ) {
    const end = Math.min(points, thrown + CHUNK);
    for (; thrown < end; thrown++) if (insideQuarterCircle(rng.next(), rng.next())) inside++;
    hooks.progress({ fraction: thrown / points });
  }
  const estimate = (4 * inside) / points;
  const p = Math.PI / 4;
  return { points, inside, estimate, error: estimate - Math.PI, standardError: 4 * Math.sqrt((p * (1 - p)) / points), ms: hooks.now() - start };
}
