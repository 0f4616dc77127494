import type { Metadata } from 'next';
import { exerciseListings } from '@/app/_content/assignable.server';
import { chapters } from '@/chapters/catalog';
import { chapterQuizzes } from '@/chapters/quizzes';
import { ProgressPage, type ChapterOutline } from '@/components/progress/ProgressPage';

export const metadata: Metadata = { title: 'Your progress' };

/** Each chapter with its quiz sections' names only: the page needs no questions. */
const outline: ChapterOutline[] = chapters.map((chapter) => ({
  slug: chapter.slug,
  number: chapter.number,
  title: chapter.title,
  quiz: chapterQuizzes[chapter.slug]?.map(({ section, title, heading }) => ({ section, title, heading })) ?? null,
}));

export default async function Progress() {
  return (
    <div className="home">
      <h1>Your progress</h1>
      <p className="lede">
        Your quiz scores in every chapter (the first try before reading, the best try after, and the gain) the sandbox exercises you have passed, and your predictions beside what your runs measured. They are stored in this browser
        and nowhere else.
      </p>
      <ProgressPage chapters={outline} exercises={await exerciseListings()} />
    </div>
  );
}
