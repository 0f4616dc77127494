import { jsonTextWithin } from './bounds';

/**
 * JSON as a URL-safe code: deflate-raw, then base64url. The assignment links and the sandboxes'
 * scripted settings both travel this way; the browser's own CompressionStream does the work.
 */

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Any JSON value as a deflated base64url code. */
export async function encodeJson(value: unknown): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream('deflate-raw')));
}

export type DecodedJson = { ok: true; value: unknown } | { ok: false; reason: 'characters' | 'unpack' | 'too-large' | 'json' };

/**
 * Reads a code back; never throws. `maxBytes` bounds what it may unpack to, so a small hostile code
 * cannot inflate into a huge string.
 */
export async function decodeJson(code: string, maxBytes: number): Promise<DecodedJson> {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return { ok: false, reason: 'characters' };
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw'));
  } catch {
    return { ok: false, reason: 'unpack' };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'unpack' };
  }
  try {
    // Nesting is measured on the text first: a link cannot make anything walk a thousand levels deep.
    if (!jsonTextWithin(text)) return { ok: false, reason: 'too-large' };
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'json' };
  }
}
