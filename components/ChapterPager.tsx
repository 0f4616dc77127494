import Link from 'next/link';
import type { PageRef } from '@/lib/content/chapter';

/** What a pager link says it leads to: the page's title, and its chapter when that is another one. */
function label(page: PageRef, from: PageRef['chapter']) {
  if (page.kind === 'overview') return { context: `Chapter ${page.chapter.number}`, title: page.chapter.title };
  return { context: page.chapter.slug === from.slug ? null : `Chapter ${page.chapter.number}`, title: page.title };
}

/**
 * Previous and next page in reading order, across sections and chapters. No prefetch: the next page
 * is a whole section's text, fetched when the reader asks for it.
 */
export function ChapterPager({ previous, next, chapter }: { previous?: PageRef; next?: PageRef; chapter: PageRef['chapter'] }) {
  const link = (page: PageRef, direction: 'previous' | 'next') => {
    const { context, title } = label(page, chapter);
    const arrow = direction === 'previous' ? `← Previous${context ? `: ${context}` : ''}` : `Next${context ? `: ${context}` : ''} →`;
    return (
      <Link href={page.path} prefetch={false} rel={direction === 'previous' ? 'prev' : 'next'} className={`pager-link${direction === 'next' ? ' pager-next' : ''}`}>
        <span className="pager-direction">{arrow}</span>
        <span className="pager-title">{title}</span>
      </Link>
    );
  };
  return (
    <nav className="pager" aria-label="Previous and next page" data-pagefind-ignore="">
      {previous ? link(previous, 'previous') : <span />}
      {next ? link(next, 'next') : <span />}
    </nav>
  );
}
