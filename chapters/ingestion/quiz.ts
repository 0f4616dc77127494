import type { ChapterForms } from '@/lib/quiz/schema';
import sources from './quiz/sources';
import batchStreaming from './quiz/batch-streaming';
import formats from './quiz/formats';
import reliability from './quiz/reliability';

/** The chapter's quiz sections in reading order: each section's pre and post forms live in quiz/<section>.ts. */
const quiz: ChapterForms = [sources, batchStreaming, formats, reliability];

export default quiz;
