import type { Metadata } from 'next';
import Link from 'next/link';
import { glossary } from '@/chapters/glossary';
import { glossaryEntry, glossaryLetter } from '@/chapters/glossary-index';
import { termUses } from '@/app/_content/terms.server';

export const metadata: Metadata = { title: 'Glossary' };

/** Every key term, A to Z, each with the places in the book that use it. Built entirely at build time. */
export default function Glossary() {
  const uses = termUses();
  const letters = [...new Set(glossary.map(glossaryLetter))];
  return (
    // Indexed for search: each entry is a result of its own (its id and data-pagefind-title), its
    // definition the excerpt, its term weighted as a heading is; the letters and back-links are left out.
    <div className="home glossary" data-pagefind-body="" data-pagefind-meta="place:The book’s key terms, A to Z">
      <h1>Glossary</h1>
      <p className="lede">
        The book’s key terms, defined in a sentence or three. “Used in” links go back to each place in the text that marks the term; in the
        chapters, point at a marked term or move focus to it to see its definition without leaving the page.
      </p>
      <nav aria-label="Glossary letters" className="glossary-letters" data-pagefind-ignore="">
        <ul>
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter.toLowerCase()}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`}>
          <h2 id={`letter-${letter.toLowerCase()}`}>{letter}</h2>
          <dl className="glossary-list">
            {glossary
              .filter((entry) => glossaryLetter(entry) === letter)
              .map((entry) => (
                <div key={entry.id} className="glossary-entry" id={entry.id} data-term={entry.id} data-pagefind-title={entry.term}>
                  <dt data-pagefind-weight="8">{entry.term}</dt>
                  <dd>
                    <p>{entry.definition}</p>
                    {(uses.get(entry.id)?.length ?? 0) > 0 && (
                      <p className="glossary-uses" data-pagefind-ignore="">
                        Used in:{' '}
                        {uses.get(entry.id)!.map((use, i) => (
                          <span key={`${use.chapterSlug}#${use.headingId}`}>
                            {i > 0 && ' · '}
                            <Link href={use.href} prefetch={false} data-back-link>
                              {use.chapterNumber}. {use.headingText}
                            </Link>
                          </span>
                        ))}
                      </p>
                    )}
                    {entry.related && entry.related.length > 0 && (
                      <p className="glossary-related" data-pagefind-ignore="">
                        See also:{' '}
                        {entry.related.map((id, i) => (
                          <span key={id}>
                            {i > 0 && ', '}
                            <a href={`#${id}`}>{glossaryEntry(id)?.term ?? id}</a>
                          </span>
                        ))}
                      </p>
                    )}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
