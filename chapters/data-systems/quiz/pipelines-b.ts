import type { QuizObjective, FormQuestion } from '@/lib/quiz/schema';

// Sections 5.4–5.7 of the pipelines section (05-04 … 05-07): objectives and questions, joined to
// pipelines-a.ts in pipelines.ts.
const part: { objectives: QuizObjective[]; pre: FormQuestion[]; post: FormQuestion[] } = {
  objectives: [],
  pre: [],
  post: [],
};

export default part;
