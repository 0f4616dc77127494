/**
 * Every sandbox a chapter can embed with <Sandbox id="…" />, as plain data: what the page shows
 * before the sandbox's code has loaded, and what the content check validates ids against.
 * sandboxes/loaders.ts maps the same ids to their lazily loaded views.
 */
export interface SandboxInfo {
  title: string;
  /** One line on what the sandbox shows; it is on the page before any sandbox code loads. */
  summary: string;
}

export const sandboxCatalog = {
  'sum-demo': {
    title: 'Scan one column of numbers',
    summary:
      'Fills an array of seeded random doubles in a Web Worker and sums it repeatedly, timing each pass, to show how many gigabytes per second your browser can stream through one column.',
  },
} as const satisfies Record<string, SandboxInfo>;

export type SandboxId = keyof typeof sandboxCatalog;

export function isSandboxId(id: string): id is SandboxId {
  return Object.prototype.hasOwnProperty.call(sandboxCatalog, id);
}
