import { decodeJson, encodeJson } from '@/lib/codec/deflate64';
import { assignmentSchema, type Assignment } from './schema';

/** The most a link may carry; longer fragments are refused before any decoding. */
export const MAX_CODE_LENGTH = 12_000;

/** An assignment as a URL-safe code: JSON, deflated, base64url. */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
  return encodeJson(assignmentSchema.parse(assignment));
}

export type Decoded = { ok: true; assignment: Assignment } | { ok: false; message: string };

const REFUSED = {
  characters: 'This assignment link has characters no assignment link contains; it may have been cut or altered.',
  unpack: 'This assignment link could not be unpacked; it may have been cut short when it was copied.',
  'too-large': 'This assignment link unpacks to far more than an assignment.',
  json: 'This assignment link does not hold an assignment.',
} as const;

/** Reads a code from a link; anything malformed gives a message, never an exception. */
export async function decodeAssignment(code: string): Promise<Decoded> {
  if (code.length === 0) return { ok: false, message: 'This link has no assignment in it.' };
  if (code.length > MAX_CODE_LENGTH) return { ok: false, message: 'This assignment link is too long to be one this book made.' };
  const decoded = await decodeJson(code, 200_000);
  if (!decoded.ok) return { ok: false, message: REFUSED[decoded.reason] };
  const parsed = assignmentSchema.safeParse(decoded.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `This assignment link is not valid (${issue?.path.join('.') || 'assignment'}: ${issue?.message}).` };
  }
  return { ok: true, assignment: parsed.data };
}
