import type { ComponentType } from 'react';
import type { SandboxId } from './catalog';

/**
 * Each sandbox's view, loaded on demand so no sandbox code is in a chapter's first-load JavaScript.
 * Typed by the catalog's ids: a sandbox missing here is a type error.
 */
export const sandboxLoaders: Record<SandboxId, () => Promise<{ default: ComponentType }>> = {
  'sum-demo': () => import('./sum-demo/View'),
};
