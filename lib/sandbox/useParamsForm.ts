'use client';

import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { linkWithParams, readUrlParams } from './urlState';

type Scalar = number | boolean | string;
export type Draft<T> = { [K in keyof T]: T[K] extends boolean ? boolean : string };
export type Notice = { kind: 'ok' | 'refused' | 'copied'; message: string; link?: string } | null;

const toDraft = <T extends Record<string, Scalar>>(params: T): Draft<T> =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)])) as Draft<T>;

/**
 * A sandbox's controls as a form: text drafts the reader edits freely, validated by the sandbox's
 * zod schema only on Run, with each message beside its control. Settings can arrive in the page URL
 * (and leave it through "Copy link"); a link that does not validate is refused and the defaults kept.
 */
export function useParamsForm<T extends Record<string, Scalar>>(id: string, schema: z.ZodType<T>, defaults: T) {
  const [draft, setDraft] = useState<Draft<T>>(() => toDraft(defaults));
  const [errors, setErrors] = useState<Partial<Record<keyof T, string>>>({});
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    const read = readUrlParams(id, schema, defaults, window.location.search);
    if (read.kind === 'ok') {
      setDraft(toDraft(read.params));
      setNotice({ kind: 'ok', message: 'The settings from your link are filled in. Press Run to compute the result on your machine.' });
    } else if (read.kind === 'refused') setNotice({ kind: 'refused', message: read.message });
    // Read once, when the sandbox appears; later edits are the reader's.
  }, []);

  const setField = useCallback(<K extends keyof T>(key: K, value: Draft<T>[K]) => setDraft((d) => ({ ...d, [key]: value })), []);

  /** Fills in some settings at once (an exercise's suggested ones); the reader still presses Run. */
  const applySettings = useCallback((settings: Partial<T>) => setDraft((d) => ({ ...d, ...toDraft(settings as T) })), []);

  /** The params if every field is valid; otherwise null, with the messages set beside the controls. */
  const validate = useCallback((): T | null => {
    const values = Object.fromEntries(
      Object.entries(draft).map(([key, raw]) => [key, typeof defaults[key] === 'number' ? (String(raw).trim() === '' ? Number.NaN : Number(raw)) : raw]),
    );
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    const next: Partial<Record<keyof T, string>> = {};
    for (const issue of parsed.error.issues) next[issue.path[0] as keyof T] ??= issue.message;
    setErrors(next);
    return null;
  }, [draft, defaults, schema]);

  const copyLink = useCallback(async () => {
    const params = validate();
    if (!params) return;
    const link = linkWithParams(id, params, window.location.href);
    try {
      await navigator.clipboard.writeText(link);
      setNotice({ kind: 'copied', message: 'Link copied. Whoever opens it gets this sandbox with these settings.', link });
    } catch {
      setNotice({ kind: 'copied', message: 'Your browser did not allow copying. Copy this link by hand:', link });
    }
  }, [id, validate]);

  return { draft, setField, applySettings, errors, validate, notice, copyLink };
}
