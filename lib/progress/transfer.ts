import { jsonTextWithin } from '@/lib/codec/bounds';
import { EXPORT_KIND, exportFileSchema, type ProgressState } from './schema';
import { parseStored } from './storage';

export function exportProgress(state: ProgressState, now: Date): string {
  return JSON.stringify({ kind: EXPORT_KIND, exportedAt: now.toISOString(), progress: state }, null, 2);
}

export type ImportResult = { ok: true; state: ProgressState } | { ok: false; message: string };

/** Validates an imported file completely before anything is replaced. */
export function parseImport(text: string): ImportResult {
  if (!jsonTextWithin(text)) return { ok: false, message: 'This file nests data far deeper than any progress file, so it was not read. Nothing was changed.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it cannot be a progress file. Nothing was changed.' };
  }
  const envelope = exportFileSchema.safeParse(data);
  if (!envelope.success) {
    return {
      ok: false,
      message: 'This is not a progress file exported from this book (its "kind" or "exportedAt" is missing or different). Nothing was changed.',
    };
  }
  const inner = parseStored(JSON.stringify(envelope.data.progress), false);
  if (!inner.ok) return { ok: false, message: `This progress file cannot be used: ${inner.reason}. Nothing was changed.` };
  return { ok: true, state: inner.state };
}
