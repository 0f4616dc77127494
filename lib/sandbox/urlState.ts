import type { z } from 'zod';
import { decodeJson, encodeJson } from '@/lib/codec/deflate64';
import { isScript, type ParamValue, type SandboxParams } from './params';

/**
 * A sandbox's params in the page URL, namespaced and versioned: ?layout.v=1&layout.rows=20000.
 * A script setting travels in one key as `~` + its actions as JSON, deflated and base64url-encoded
 * (the codec the assignment links use), with the version of its actions' shape inside. Everything
 * read from a URL goes through the sandbox's zod schema; a link that is unknown, out of range or
 * malformed is refused with a message, and nothing from it is rendered as HTML.
 */
export const URL_STATE_VERSION = 1;
const MAX_VALUE_LENGTH = 64;
/** A script of a few hundred actions deflates to a few kB; links stay well under what browsers and servers accept. */
export const MAX_SCRIPT_CODE_LENGTH = 8_000;
const MAX_SCRIPT_JSON_BYTES = 200_000;

const UNKNOWN_SETTING = 'it names a setting this sandbox does not have';

export type UrlRead<T> = { kind: 'none' } | { kind: 'ok'; params: T } | { kind: 'refused'; message: string };

/** Query keys of one sandbox, without the "<id>." prefix. */
function ownEntries(id: string, search: string): Array<[string, string]> {
  const prefix = `${id}.`;
  return [...new URLSearchParams(search).entries()].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]);
}

const SCRIPT_REFUSED = {
  characters: 'has characters no script link contains',
  unpack: 'could not be unpacked (the link may have been cut short)',
  'too-large': 'unpacks to far more than a script',
  json: 'does not hold a script',
} as const;

async function readScript(key: string, raw: string, version: number | undefined, problems: string[]): Promise<unknown> {
  if (!raw.startsWith('~')) {
    problems.push(`“${key}” is not written as a script`);
    return undefined;
  }
  if (raw.length > MAX_SCRIPT_CODE_LENGTH) {
    problems.push(`“${key}” is too long`);
    return undefined;
  }
  const decoded = await decodeJson(raw.slice(1), MAX_SCRIPT_JSON_BYTES);
  if (!decoded.ok) {
    problems.push(`“${key}” ${SCRIPT_REFUSED[decoded.reason]}`);
    return undefined;
  }
  const value = decoded.value as { v?: unknown; a?: unknown } | null;
  if (typeof value !== 'object' || value === null || !Array.isArray(value.a)) {
    problems.push(`“${key}” does not hold a script`);
    return undefined;
  }
  if (value.v !== version) {
    problems.push(`“${key}” was written for another version of this sandbox's actions`);
    return undefined;
  }
  return value.a;
}

/**
 * Reads this sandbox's settings from a query string. `scriptVersions` names the settings that are
 * scripts, with the version of their actions' shape.
 */
export async function readUrlParams<T extends SandboxParams>(
  id: string,
  schema: z.ZodType<T>,
  defaults: T,
  search: string,
  scriptVersions: Readonly<Record<string, number>> = {},
): Promise<UrlRead<T>> {
  const entries = ownEntries(id, search);
  if (entries.length === 0) return { kind: 'none' };
  // Refusals speak only in the book's words: nothing the link's author wrote is quoted back, so a
  // link cannot make the book appear to say something else. Keys quoted are this sandbox's own.
  const problems: string[] = [];
  const keys = entries.map(([key]) => key);
  if (new Set(keys).size !== keys.length) problems.push('it gives the same setting more than once, so which one was meant is unclear');
  const values: Record<string, unknown> = { ...defaults };
  let version: string | undefined;
  for (const [key, raw] of entries) {
    if (key === 'v') {
      version = raw;
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      if (!problems.includes(UNKNOWN_SETTING)) problems.push(UNKNOWN_SETTING);
      continue;
    }
    if (isScript(defaults[key])) {
      values[key] = await readScript(key, raw, scriptVersions[key], problems);
      continue;
    }
    if (raw.length > MAX_VALUE_LENGTH) {
      problems.push(`“${key}” is too long`);
      continue;
    }
    const expected = typeof defaults[key];
    values[key] = expected === 'number' ? (raw.trim() === '' ? Number.NaN : Number(raw)) : expected === 'boolean' ? (raw === 'true' ? true : raw === 'false' ? false : raw) : raw;
  }
  if (version !== String(URL_STATE_VERSION)) problems.push(version === undefined ? 'it does not say which version of the book’s links it follows' : 'it was made for another version of the book’s links');
  if (problems.length === 0) {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { kind: 'ok', params: parsed.data };
    for (const issue of parsed.error.issues) problems.push(`${issue.path.map(String).join('.') || 'settings'}: ${issue.message}`);
  }
  return { kind: 'refused', message: `This link’s settings for the sandbox could not be used (${problems.slice(0, 3).join('; ')}). The defaults are shown instead.` };
}

async function urlValue(value: ParamValue, scriptVersion: number | undefined): Promise<string> {
  return isScript(value) ? `~${await encodeJson({ v: scriptVersion, a: value })}` : String(value);
}

/** The current page's address with this sandbox's settings in it, scrolled to the sandbox. */
export async function linkWithParams(id: string, params: SandboxParams, href: string, scriptVersions: Readonly<Record<string, number>> = {}): Promise<string> {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${id}.`)) url.searchParams.delete(key);
  url.searchParams.set(`${id}.v`, String(URL_STATE_VERSION));
  for (const [key, value] of Object.entries(params)) url.searchParams.set(`${id}.${key}`, await urlValue(value, scriptVersions[key]));
  url.hash = `sandbox-${id}`;
  return url.toString();
}
