import type { ChapterForms } from '@/lib/quiz/schema';
import dataSystems from './data-systems/quiz';
import fundamentals from './fundamentals/quiz';
import ingestion from './ingestion/quiz';

/** Each chapter's quiz sections (chapters/<slug>/quiz.ts, assembled from quiz/<section>.ts), by chapter slug. */
export const chapterQuizzes: Partial<Record<string, ChapterForms>> = { ingestion, fundamentals, 'data-systems': dataSystems };
