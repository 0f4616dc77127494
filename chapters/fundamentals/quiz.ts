import type { ChapterForms } from '@/lib/quiz/schema';
import sources from './quiz/sources';
import formats from './quiz/formats';
import models from './quiz/models';
import engines from './quiz/engines';
import dataflow from './quiz/dataflow';
import batchStream from './quiz/batch-stream';

/** The chapter's quiz sections in reading order: each section's pre and post forms live in quiz/<section>.ts. */
const quiz: ChapterForms = [sources, formats, models, engines, dataflow, batchStream];

export default quiz;
