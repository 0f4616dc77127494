import Link from 'next/link';

export interface SidebarPage {
  title: string;
  path: string;
  parts?: SidebarPage[];
}

export interface SidebarChapter {
  number: number;
  title: string;
  path: string;
  /** Given for the current chapter only: its sections, each with its parts. */
  sections?: SidebarPage[];
  /** The current chapter's references page, when it cites any work. */
  references?: string;
}

/**
 * The book's chapters; the current one opens to its sections, and a section cut into parts opens
 * to them while the reader is in it. Wide screens only (see globals.css). Links do not prefetch:
 * a chapter page's data is the whole of its text, fetched only when the reader asks for it.
 */
export function ChapterSidebar({ chapters, current }: { chapters: readonly SidebarChapter[]; current: string }) {
  const mark = (page: SidebarPage) =>
    page.path === current ? ('page' as const) : page.parts?.some((part) => part.path === current) ? ('true' as const) : undefined;
  return (
    <nav className="sidebar" aria-label="Chapters">
      <ol>
        {chapters.map((chapter) => (
          <li key={chapter.path}>
            <Link href={chapter.path} prefetch={false} aria-current={chapter.path === current ? 'page' : undefined}>
              <span className="sidebar-number">{chapter.number}</span> {chapter.title}
            </Link>
            {chapter.sections && (
              <ol aria-label={`Sections of chapter ${chapter.number}`}>
                {chapter.sections.map((section) => (
                  <li key={section.path}>
                    <Link href={section.path} prefetch={false} aria-current={mark(section)}>
                      {section.title}
                    </Link>
                    {section.parts && section.parts.length > 0 && mark(section) !== undefined && (
                      <ol>
                        {section.parts.map((part) => (
                          <li key={part.path}>
                            <Link href={part.path} prefetch={false} aria-current={mark(part)}>
                              {part.title}
                            </Link>
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {chapter.references && (
              <p className="sidebar-extra">
                <Link href={chapter.references} prefetch={false} aria-current={chapter.references === current ? 'page' : undefined}>
                  References
                </Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
