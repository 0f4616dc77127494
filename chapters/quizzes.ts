import type { ChapterQuiz } from '@/lib/quiz/schema';
import ingestion from './ingestion/quiz';

/** Each chapter's quiz data (chapters/<slug>/quiz.ts), by chapter slug. */
export const chapterQuizzes: Partial<Record<string, ChapterQuiz>> = { ingestion };
