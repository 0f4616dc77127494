import type { FormQuestion, SectionForms } from './schema';

/**
 * Small, valid forms for unit tests: two objectives, four questions per form, every objective tested
 * in both. Not book content (chapters/<slug>/quiz/ holds that); only tests import this file.
 */
export function demoForms(section: string, heading: string, reread = heading): SectionForms {
  const question = (form: 'pre' | 'post', n: number): FormQuestion => ({
    id: `${section}-${form}-${n}`,
    objective: n % 2 === 0 ? `${section}-first` : `${section}-second`,
    prompt: `Demo ${form} question ${n} of section ${section}: which option is the one this test expects?`,
    options: [0, 1, 2, 3].map((i) => ({ text: `Option ${i} of ${form} question ${n}`, explanation: `Option ${i} is ${i === n % 4 ? 'the expected one' : 'not the expected one'} here.` })) as FormQuestion['options'],
    answer: n % 4,
    reread,
  });
  return {
    section,
    title: `Section ${section}`,
    heading,
    objectives: [
      { id: `${section}-first`, text: '**Recognise** the first thing this demo section teaches.' },
      { id: `${section}-second`, text: '**Recognise** the second thing this demo section teaches.' },
    ],
    pre: [0, 1, 2, 3].map((n) => question('pre', n)),
    post: [0, 1, 2, 3].map((n) => question('post', n)),
  };
}
