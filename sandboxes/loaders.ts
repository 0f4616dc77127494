import type { ComponentType } from 'react';
import type { ReadySandboxId } from './catalog';

/**
 * Each sandbox's view, loaded on demand so no sandbox code is in a chapter's first-load JavaScript.
 * Typed by the catalog's ready ids: a built sandbox missing here is a type error.
 */
export const sandboxLoaders: Record<ReadySandboxId, () => Promise<{ default: ComponentType }>> = {
  'sum-demo': () => import('./sum-demo/View'),
  layout: () => import('./layout/View'),
  formats: () => import('./formats/View'),
  'oltp-olap': () => import('./oltp-olap/View'),
  dataflow: () => import('./dataflow/View'),
  'batch-stream': () => import('./batch-stream/View'),
  windows: () => import('./windows/View'),
  'etl-elt': () => import('./etl-elt/View'),
  'data-models': () => import('./data-models/View'),
};
