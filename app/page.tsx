import Link from 'next/link';
import { OfflineSlot } from '@/components/offline/OfflineSlot';
import { findChapter } from '@/chapters/catalog';
import { loadBook } from '@/app/_content/chapters.server';
import { sectionsOf } from '@/lib/content/chapter';

export default function HomePage() {
  const book = loadBook();
  return (
    <div className="home">
      <section className="home-intro" aria-labelledby="home-title">
        <h1 id="home-title">Data Systems for Machine Learning</h1>
        <p className="lede">
          A textbook you can run. Each trade-off it argues — row or column layout, batch or stream, one engine or
          another — comes with a sandbox that computes real results in your browser, on engines shipped with the page.
          No account, no server: your work stays on your machine.
        </p>
      </section>
      <h2 className="home-contents-title">Contents</h2>
      <ol className="chapter-list">
        {book.map((chapter) => (
          <li key={chapter.slug} className="chapter-card">
            <p className="eyebrow">Chapter {chapter.number}</p>
            <h3>
              <Link href={chapter.overview.path} prefetch={false}>
                {chapter.title}
              </Link>
            </h3>
            <p>{findChapter(chapter.slug)?.summary}</p>
            <ol className="section-list" aria-label={`Sections of chapter ${chapter.number}`}>
              {sectionsOf(chapter).map(({ section }) => (
                <li key={section.id}>
                  <Link href={section.path} prefetch={false}>
                    {section.title}
                  </Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <OfflineSlot />
      <section className="home-more" aria-labelledby="home-more-title">
        <h2 id="home-more-title">Also in the book</h2>
        <ul>
          <li>
            <Link href="/glossary/" prefetch={false}>
              Glossary
            </Link>
            : every key term, defined, with links to where the book uses it.
          </li>
          <li>
            <Link href="/progress/">Your progress</Link>: quiz scores before and after reading, and the sandbox exercises you have passed.
          </li>
          <li>
            For instructors: <Link href="/assignments/new/">make an assignment</Link> of exercises and quizzes as a link, and{' '}
            <Link href="/assignments/review/">review submissions</Link>, re-running each learner’s exercises to check them.
          </li>
        </ul>
      </section>
    </div>
  );
}
