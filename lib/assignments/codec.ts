import { assignmentSchema, type Assignment } from './schema';

/** The most a link may carry; longer fragments are refused before any decoding. */
export const MAX_CODE_LENGTH = 12_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** An assignment as a URL-safe code: JSON, deflated, base64url. */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
  const json = JSON.stringify(assignmentSchema.parse(assignment));
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

export type Decoded = { ok: true; assignment: Assignment } | { ok: false; message: string };

/** Reads a code from a link; anything malformed gives a message, never an exception. */
export async function decodeAssignment(code: string): Promise<Decoded> {
  if (code.length === 0) return { ok: false, message: 'This link has no assignment in it.' };
  if (code.length > MAX_CODE_LENGTH) return { ok: false, message: 'This assignment link is too long to be one this book made.' };
  if (!/^[A-Za-z0-9_-]+$/.test(code)) return { ok: false, message: 'This assignment link has characters no assignment link contains; it may have been cut or altered.' };
  let json: string;
  try {
    const bytes = await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw'));
    if (bytes.length > 200_000) return { ok: false, message: 'This assignment link unpacks to far more than an assignment.' };
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'This assignment link could not be unpacked; it may have been cut short when it was copied.' };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: 'This assignment link does not hold an assignment.' };
  }
  const parsed = assignmentSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `This assignment link is not valid (${issue?.path.join('.') || 'assignment'}: ${issue?.message}).` };
  }
  return { ok: true, assignment: parsed.data };
}
