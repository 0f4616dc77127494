import type { ChapterForms } from '@/lib/quiz/schema';
import types from './quiz/types';
import acquiring from './quiz/acquiring';
import storage from './quiz/storage';
import repositories from './quiz/repositories';
import pipelines from './quiz/pipelines';
import trainingFlows from './quiz/training-flows';
import inferenceFlows from './quiz/inference-flows';
import design from './quiz/design';

/** The chapter's quiz sections in reading order: each section's pre and post forms live in quiz/<section>.ts. */
const quiz: ChapterForms = [types, acquiring, storage, repositories, pipelines, trainingFlows, inferenceFlows, design];

export default quiz;
