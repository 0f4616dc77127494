'use client';

import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { Controls } from './define';
import { isScript, type Action, type SandboxParams } from './params';
import { linkWithParams, readUrlParams } from './urlState';

/** What the reader edits: numbers and choices as typed text, switches as booleans, scripts as their actions. */
export type Draft<T> = { [K in keyof T]: T[K] extends boolean ? boolean : T[K] extends readonly Action[] ? T[K] : string };
export type Notice = { kind: 'ok' | 'refused' | 'copied'; message: string; link?: string } | null;
export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export function toDraft<T extends SandboxParams>(params: Partial<T>): Partial<Draft<T>> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'boolean' || isScript(v) ? v : String(v)])) as Partial<Draft<T>>;
}

/** The draft as values the schema can judge: typed text back to numbers where the setting is a number. */
export function fromDraft<T extends SandboxParams>(draft: Draft<T>, defaults: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(draft).map(([key, raw]) => [key, typeof defaults[key] === 'number' ? (String(raw).trim() === '' ? Number.NaN : Number(raw)) : raw]),
  );
}

/** Messages by setting; a message about one action of a script goes to the script's control, naming the action. */
export function fieldErrors<T>(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): FieldErrors<T> {
  const out: FieldErrors<T> = {};
  for (const issue of issues) {
    const [key, index] = issue.path;
    const message = typeof index === 'number' ? `Step ${index + 1}: ${issue.message}` : issue.message;
    out[key as keyof T] ??= message;
  }
  return out;
}

/** What the form reads of a sandbox's definition. */
export interface FormSpec<T extends SandboxParams> {
  id: string;
  schema: z.ZodType<T>;
  defaults: T;
  controls: Controls<T>;
}

/** The version of each script setting's actions, which links carry with the script. */
export function scriptVersionsOf<T>(controls: Controls<T>): Record<string, number> {
  const versions: Record<string, number> = {};
  for (const key in controls) {
    const { scriptVersion } = controls[key];
    if (scriptVersion !== undefined) versions[key] = scriptVersion;
  }
  return versions;
}

/**
 * A sandbox's controls as a form: drafts the reader edits freely, validated by the sandbox's zod
 * schema only on Run, with each message beside its control. Settings can arrive in the page URL (and
 * leave it through "Copy link"); a link that does not validate is refused and the defaults kept.
 * `spec` is the sandbox's definition, made once at module level: the link is read when the form
 * appears (and again only for another sandbox), so later edits stay the reader's.
 */
export function useParamsForm<T extends SandboxParams>(spec: FormSpec<T>) {
  const [draft, setDraft] = useState<Draft<T>>(() => toDraft(spec.defaults) as Draft<T>);
  const [errors, setErrors] = useState<FieldErrors<T>>({});
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    let live = true;
    void readUrlParams(spec.id, spec.schema, spec.defaults, window.location.search, scriptVersionsOf(spec.controls)).then((read) => {
      if (!live) return;
      if (read.kind === 'ok') {
        setDraft(toDraft(read.params) as Draft<T>);
        setNotice({ kind: 'ok', message: 'The settings from your link are filled in. Press Run to compute the result on your machine.' });
      } else if (read.kind === 'refused') setNotice({ kind: 'refused', message: read.message });
    });
    return () => {
      live = false;
    };
  }, [spec]);

  const setField = useCallback(<K extends keyof T>(key: K, value: Draft<T>[K]) => setDraft((d) => ({ ...d, [key]: value })), []);

  /** Fills in some settings at once (an exercise's suggested ones); the reader still presses Run. */
  const applySettings = useCallback((settings: Partial<T>) => setDraft((d) => ({ ...d, ...toDraft(settings) })), []);

  /** The params if every field is valid; otherwise null, with the messages set beside the controls. */
  const validate = useCallback((): T | null => {
    const parsed = spec.schema.safeParse(fromDraft(draft, spec.defaults));
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(fieldErrors<T>(parsed.error.issues));
    return null;
  }, [draft, spec]);

  const copyLink = useCallback(async () => {
    const params = validate();
    if (!params) return;
    const link = await linkWithParams(spec.id, params, window.location.href, scriptVersionsOf(spec.controls));
    try {
      await navigator.clipboard.writeText(link);
      setNotice({ kind: 'copied', message: 'Link copied. Whoever opens it gets this sandbox with these settings.', link });
    } catch {
      setNotice({ kind: 'copied', message: 'Your browser did not allow copying. Copy this link by hand:', link });
    }
  }, [spec, validate]);

  return { draft, setField, applySettings, errors, validate, notice, copyLink };
}

export type ParamsForm<T extends SandboxParams> = ReturnType<typeof useParamsForm<T>>;
