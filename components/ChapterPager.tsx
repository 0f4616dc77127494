import Link from 'next/link';
import type { ChapterInfo } from '@/chapters/catalog';

export function ChapterPager({ previous, next }: { previous?: ChapterInfo; next?: ChapterInfo }) {
  return (
    <nav className="pager" aria-label="Previous and next chapter">
      {previous ? (
        <Link href={`/chapters/${previous.slug}/`} rel="prev" className="pager-link">
          <span className="pager-direction">← Previous: Chapter {previous.number}</span>
          <span className="pager-title">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/chapters/${next.slug}/`} rel="next" className="pager-link pager-next">
          <span className="pager-direction">Next: Chapter {next.number} →</span>
          <span className="pager-title">{next.title}</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
