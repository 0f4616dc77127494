'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ChapterForms } from '@/lib/quiz/schema';

export interface QuizContextValue {
  chapter: string;
  /** The quiz sections this page needs: those it places, or the whole chapter's where <ChapterProgress /> sums them up. */
  quiz: ChapterForms;
  /** Heading id → its text and the address of the page that holds it, for "re-read" links. */
  headings: Record<string, { text: string; href: string }>;
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
