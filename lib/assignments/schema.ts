import { z } from 'zod';
import { attemptSchema, exercisePassSchema } from '@/lib/progress/schema';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens').max(80);

export const assignmentItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exercise'), id: slug }),
  z.object({ kind: z.literal('quiz'), chapter: slug, section: slug }),
]);

/** An assignment as it travels in its link: everything the learner's page needs, no server. */
export const assignmentSchema = z.object({
  v: z.literal(1),
  title: z.string().trim().min(1, 'Give the assignment a title.').max(160, 'Keep the title under 160 characters.'),
  instructions: z.string().max(3000, 'Keep the instructions under 3,000 characters.'),
  /** A calendar date, YYYY-MM-DD, or empty for none. */
  due: z.union([z.literal(''), z.iso.date('Give the due date as a date.')]),
  items: z.array(assignmentItemSchema).min(1, 'Pick at least one exercise or quiz.').max(40, 'At most 40 items in one assignment.'),
});

export type AssignmentItem = z.infer<typeof assignmentItemSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;

export const SUBMISSION_KIND = 'data-systems-for-ml/submission';

export const submittedItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exercise'), id: slug, pass: z.nullable(exercisePassSchema) }),
  z.object({
    kind: z.literal('quiz'),
    chapter: slug,
    section: slug,
    /** The first try before reading and the best try after, as the progress store holds them. */
    pre: z.nullable(attemptSchema),
    post: z.nullable(attemptSchema),
    /** When the learner asked to see the answers before reading: the gain is then not comparable. */
    revealed: z.optional(z.iso.datetime()),
  }),
]);

export const submissionSchema = z.object({
  kind: z.literal(SUBMISSION_KIND),
  bookVersion: z.string().max(40),
  learner: z.string().trim().min(1).max(120),
  createdAt: z.iso.datetime(),
  assignment: assignmentSchema,
  items: z.array(submittedItemSchema).max(40),
  /** SHA-256 (hex) of the canonical JSON of every other field: shows a file edited after download. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export type SubmittedItem = z.infer<typeof submittedItemSchema>;
export type Submission = z.infer<typeof submissionSchema>;
