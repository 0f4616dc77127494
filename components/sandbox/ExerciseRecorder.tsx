'use client';

import { createContext, useContext } from 'react';
import type { Verdict } from '@/lib/sandbox/exercise';

/** Records a passed exercise with the run that passed it; SandboxFrame provides one per sandbox. */
export type RecordPass = (exerciseId: string, answers: Record<string, string>, verdict: Verdict) => void;

export const ExerciseRecorderContext = createContext<RecordPass | null>(null);

export function useRecordPass(): RecordPass | null {
  return useContext(ExerciseRecorderContext);
}
