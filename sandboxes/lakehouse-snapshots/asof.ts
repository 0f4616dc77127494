/** TIMESTAMP AS OF: the snapshot that was current at `ms` (the last one committed at or before it); null before the first commit. */
export function snapshotAt<T extends { timestampMs: number }>(log: readonly T[], ms: number): T | null {
  let found: T | null = null;
  for (const entry of log) if (entry.timestampMs <= ms) found = entry;
  return found;
}
