import type { Exercise } from '@/lib/sandbox/exercise';
import { batchStreamExercises } from './batch-stream/exercises';
import type { ReadySandboxId } from './catalog';
import { modelsExercises } from './data-models/exercises';
import { dataflowExercises } from './dataflow/exercises';
import { etlEltExercises } from './etl-elt/exercises';
import { formatsExercises } from './formats/exercises';
import { layoutExercises } from './layout/exercises';
import { oltpExercises } from './oltp-olap/exercises';
import { sumExercises } from './sum-demo/exercises';
import { windowsExercises } from './windows/exercises';

/* eslint-disable @typescript-eslint/no-explicit-any -- each sandbox's exercises have their own param and result types */
type AnyExercise = Exercise<any, any>;

/** Every built sandbox's exercises, by sandbox: what assignments pick from. A sandbox missing here is a type error. */
export const exercisesBySandbox: Record<ReadySandboxId, readonly AnyExercise[]> = {
  'sum-demo': sumExercises,
  layout: layoutExercises,
  formats: formatsExercises,
  'oltp-olap': oltpExercises,
  dataflow: dataflowExercises,
  'batch-stream': batchStreamExercises,
  windows: windowsExercises,
  'etl-elt': etlEltExercises,
  'data-models': modelsExercises,
};

export interface ExerciseInfo {
  id: string;
  sandbox: ReadySandboxId;
  prompt: string;
  exercise: AnyExercise;
}

export const allExercises: readonly ExerciseInfo[] = (Object.entries(exercisesBySandbox) as Array<[ReadySandboxId, readonly AnyExercise[]]>).flatMap(
  ([sandbox, list]) => list.map((exercise) => ({ id: exercise.id, sandbox, prompt: exercise.prompt, exercise })),
);

export function findExercise(id: string): ExerciseInfo | undefined {
  return allExercises.find((e) => e.id === id);
}
