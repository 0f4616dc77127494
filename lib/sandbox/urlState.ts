import type { z } from 'zod';

/**
 * A sandbox's params in the page URL, namespaced and versioned: ?layout.v=1&layout.rows=20000.
 * Everything read from a URL goes through the sandbox's zod schema; a link that is unknown,
 * out of range or malformed is refused with a message, and nothing from it is rendered as HTML.
 */
export const URL_STATE_VERSION = 1;
const MAX_VALUE_LENGTH = 64;

export type UrlRead<T> = { kind: 'none' } | { kind: 'ok'; params: T } | { kind: 'refused'; message: string };

/** Query keys of one sandbox, without the "<id>." prefix. */
function ownEntries(id: string, search: string): Array<[string, string]> {
  const prefix = `${id}.`;
  return [...new URLSearchParams(search).entries()].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]);
}

export function readUrlParams<T extends Record<string, unknown>>(id: string, schema: z.ZodType<T>, defaults: T, search: string): UrlRead<T> {
  const entries = ownEntries(id, search);
  if (entries.length === 0) return { kind: 'none' };
  const problems: string[] = [];
  const values: Record<string, unknown> = { ...defaults };
  let version: string | undefined;
  for (const [key, raw] of entries) {
    if (key === 'v') {
      version = raw;
      continue;
    }
    if (raw.length > MAX_VALUE_LENGTH) {
      problems.push(`“${key}” is too long`);
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      problems.push(`“${key}” is not a setting of this sandbox`);
      continue;
    }
    const expected = typeof defaults[key];
    values[key] = expected === 'number' ? (raw.trim() === '' ? Number.NaN : Number(raw)) : expected === 'boolean' ? raw === 'true' ? true : raw === 'false' ? false : raw : raw;
  }
  if (version !== String(URL_STATE_VERSION)) problems.push(`the link's version is ${version === undefined ? 'missing' : `“${version}”`}, not ${URL_STATE_VERSION}`);
  if (problems.length === 0) {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { kind: 'ok', params: parsed.data };
    for (const issue of parsed.error.issues) problems.push(`${String(issue.path[0] ?? 'settings')}: ${issue.message}`);
  }
  return { kind: 'refused', message: `This link’s settings for the sandbox could not be used (${problems.slice(0, 3).join('; ')}). The defaults are shown instead.` };
}

/** The current page's address with this sandbox's settings in it, scrolled to the sandbox. */
export function linkWithParams(id: string, params: Record<string, unknown>, href: string): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${id}.`)) url.searchParams.delete(key);
  url.searchParams.set(`${id}.v`, String(URL_STATE_VERSION));
  for (const [key, value] of Object.entries(params)) url.searchParams.set(`${id}.${key}`, String(value));
  url.hash = `sandbox-${id}`;
  return url.toString();
}
