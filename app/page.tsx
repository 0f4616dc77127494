import Link from 'next/link';
import { loadAllOutlines } from '@/app/_content/chapters.server';

export default function HomePage() {
  const books = loadAllOutlines();
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
        {books.map(({ chapter, outline }) => (
          <li key={chapter.slug} className="chapter-card">
            <p className="eyebrow">Chapter {chapter.number}</p>
            <h3>
              <Link href={`/chapters/${chapter.slug}/`}>{chapter.title}</Link>
            </h3>
            <p>{chapter.summary}</p>
            <ol className="section-list" aria-label={`Sections of chapter ${chapter.number}`}>
              {outline.headings
                .filter((h) => h.depth === 2)
                .map((heading) => (
                  <li key={heading.id}>
                    <Link href={`/chapters/${chapter.slug}/#${heading.id}`}>{heading.text}</Link>
                  </li>
                ))}
            </ol>
          </li>
        ))}
      </ol>
      <section className="home-more" aria-labelledby="home-more-title">
        <h2 id="home-more-title">Also in the book</h2>
        <ul>
          <li>
            <Link href="/glossary/">Glossary</Link>: every key term, defined, with links to where the book uses it.
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
