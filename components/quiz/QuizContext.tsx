'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ChapterQuiz } from '@/lib/quiz/schema';

export interface QuizContextValue {
  chapter: string;
  quiz: ChapterQuiz;
  /** Heading id → heading text, for "re-read" links. */
  headings: Record<string, string>;
}

const QuizContext = createContext<QuizContextValue | null>(null);

export function QuizProvider({ value, children }: { value: QuizContextValue; children: ReactNode }) {
  return <QuizContext.Provider value={value}>{children}</QuizContext.Provider>;
}

export function useChapterQuiz(): QuizContextValue {
  const value = useContext(QuizContext);
  if (!value) throw new Error('A quiz was placed on a page whose chapter has no quiz data (chapters/<slug>/quiz.ts).');
  return value;
}
