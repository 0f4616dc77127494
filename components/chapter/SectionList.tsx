'use client';

import Link from 'next/link';
import { gainText, summarizeSection } from '@/lib/progress/scoring';
import { useProgress } from '@/lib/progress/useProgress';

export interface SectionListItem {
  title: string;
  path: string;
  /** The section's quiz (its id in the chapter's quiz.ts), when it has one. */
  quiz?: string;
  parts: Array<{ title: string; path: string }>;
}

const score = (attempt: { score: number; total: number } | null) => (attempt ? `${attempt.score}/${attempt.total}` : null);

/** The reader's quizzes in one section, from the progress store (this browser only). */
function SectionStatus({ chapter, quiz }: { chapter: string; quiz: string }) {
  const loaded = useProgress((s) => s.loaded);
  const summary = summarizeSection(useProgress((s) => s.state.quizzes[chapter]?.[quiz]));
  const { pre, post } = summary;
  if (!loaded) return null;
  const state = post ? 'done' : pre ? 'started' : 'not-started';
  const text = !pre && !post ? 'Quizzes not taken yet' : `Before reading ${score(pre) ?? 'not taken'} · after reading ${score(post) ?? 'not taken yet'}`;
  return (
    <span className="section-status" data-status={state}>
      {text}
      {summary.gainPoints !== null && <span data-gain={summary.notComparable ? 'not-comparable' : 'comparable'}> · gain {gainText(summary)}</span>}
    </span>
  );
}

/** A chapter's sections on its overview, each with where the reader stands in its quizzes. */
export function SectionList({ chapter, sections }: { chapter: string; sections: readonly SectionListItem[] }) {
  return (
    <ol className="overview-sections">
      {sections.map((section) => (
        <li key={section.path} data-section-page={section.path}>
          <Link href={section.path} prefetch={false} className="overview-section-link">
            {section.title}
          </Link>
          {section.quiz && <SectionStatus chapter={chapter} quiz={section.quiz} />}
          {section.parts.length > 0 && (
            <ol className="overview-parts" aria-label={`Parts of ${section.title}`}>
              {section.parts.map((part) => (
                <li key={part.path}>
                  <Link href={part.path} prefetch={false}>
                    {part.title}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
