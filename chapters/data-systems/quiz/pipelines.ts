import type { SectionForms } from '@/lib/quiz/schema';
import a from './pipelines-a';
import b from './pipelines-b';

/** The pipelines section is long (05-00 … 05-07): its forms are written in two parts. */
const forms: SectionForms = {
  ...a,
  objectives: [...a.objectives, ...b.objectives],
  pre: [...a.pre, ...b.pre],
  post: [...a.post, ...b.post],
};

export default forms;
