import type { ChapterQuiz } from '@/lib/quiz/schema';
import dataSystems from './data-systems/quiz';
import fundamentals from './fundamentals/quiz';
import ingestion from './ingestion/quiz';

/** Each chapter's quiz data (chapters/<slug>/quiz.ts), by chapter slug. */
export const chapterQuizzes: Partial<Record<string, ChapterQuiz>> = { ingestion, fundamentals, 'data-systems': dataSystems };
