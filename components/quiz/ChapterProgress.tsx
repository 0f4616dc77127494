'use client';

import { gainText, NOT_COMPARABLE_WHY, stillMissed, summarizeSection } from '@/lib/progress/scoring';
import { useProgress } from '@/lib/progress/useProgress';
import type { SectionForms } from '@/lib/quiz/schema';
import type { ProgressState } from '@/lib/progress/schema';
import { pagePath } from '@/lib/content/paths';
import { useChapterQuiz } from './QuizContext';

const score = (attempt: { score: number; total: number } | null) => (attempt ? `${attempt.score}/${attempt.total}` : '—');

/** What the progress table needs of a section's quiz: no questions, so a page that lists every chapter stays light. */
export type QuizSectionOutline = Pick<SectionForms, 'section' | 'title' | 'heading'>;

/** Per section: first pre-reading score, first post-reading score, and the gain between them ("not comparable" where it measures no reading). */
export function ProgressTable({ chapter, quiz, state, caption }: { chapter: string; quiz: readonly QuizSectionOutline[]; state: ProgressState; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="progress-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Before reading</th>
            <th scope="col">After reading</th>
            <th scope="col">Gain</th>
          </tr>
        </thead>
        <tbody>
          {quiz.map((section) => {
            const summary = summarizeSection(state.quizzes[chapter]?.[section.section]);
            return (
              <tr key={section.section} data-section={section.section}>
                <th scope="row">
                  <a href={pagePath(chapter, section.heading)}>{section.title}</a>
                </th>
                <td data-cell="pre">{score(summary.pre)}</td>
                <td data-cell="post">{score(summary.post)}</td>
                <td data-cell="gain" data-comparable={summary.notComparable ? 'no' : undefined} title={summary.notComparable && summary.gainPoints !== null ? NOT_COMPARABLE_WHY[summary.notComparable] : undefined}>
                  {gainText(summary)}
                  {summary.notComparable && summary.gainPoints !== null && <span className="visually-hidden"> ({NOT_COMPARABLE_WHY[summary.notComparable]})</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "Your progress" at a chapter's end: the table, then what is worth re-reading. */
export function ChapterProgress() {
  const { chapter, quiz, headings } = useChapterQuiz();
  const state = useProgress((s) => s.state);
  const missed = quiz.flatMap((section) =>
    stillMissed(section, state.quizzes[chapter]?.[section.section]).map((question) => ({ section, question })),
  );
  const started = quiz.some((section) => state.quizzes[chapter]?.[section.section]);
  return (
    <div className="chapter-progress" data-chapter-progress={chapter}>
      <ProgressTable chapter={chapter} quiz={quiz} state={state} caption="Your quiz scores in this chapter" />
      {!started ? (
        <p>Take the quizzes at the start and end of each section and your scores will appear here. They stay in this browser only.</p>
      ) : missed.length === 0 ? (
        <p>Nothing listed to re-read yet: the questions you miss in the quizzes after reading appear here, with the headings that answer them.</p>
      ) : (
        <>
          <p>Worth re-reading, from the questions your latest quizzes after reading missed:</p>
          <ul className="reread-list">
            {missed.map(({ section, question }) => (
              <li key={question.id}>
                <a href={headings[question.reread]?.href ?? pagePath(chapter, section.heading)}>{headings[question.reread]?.text ?? section.title}</a> — {question.prompt}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/progress/">All chapters, export and import</a>
      </p>
    </div>
  );
}
