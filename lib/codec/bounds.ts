/**
 * Limits checked before data from outside (a file, a link, stored text) is parsed or walked, so a
 * hostile or broken input is refused with a reason instead of exhausting the stack or the page.
 * Every check here is iterative: none of them can itself overflow the stack.
 */

/** Deeper than any record the book writes (its deepest, an exercise's kept result, is about ten levels). */
export const MAX_JSON_DEPTH = 64;

/** Whether JSON text nests arrays and objects at most `maxDepth` deep (strings are skipped, escapes honoured). */
export function jsonTextWithin(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return false;
    } else if (c === 93 || c === 125) depth--;
  }
  return true;
}

/** Whether a parsed value nests arrays and objects at most `maxDepth` deep. */
export function depthWithin(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > maxDepth) return false;
    for (const child of Array.isArray(item) ? item : Object.values(item)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return true;
}

export type TextRead = { ok: true; text: string } | { ok: false; reason: string };

/** A file's bytes as UTF-8 text, refusing what is not: a UTF-16 file (by its byte-order mark), invalid UTF-8, or more than `maxBytes`. */
export function utf8Text(bytes: Uint8Array, maxBytes: number): TextRead {
  if (bytes.length > maxBytes) return { ok: false, reason: `it is ${(bytes.length / 1e6).toFixed(1)} MB, far larger than such a file can be` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'it is saved as UTF-16 text; the book writes and reads these files as UTF-8' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'it is not UTF-8 text' };
  }
}
