import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadChapter } from '@/app/_content/chapters.server';
import { citeUses } from '@/app/_content/terms.server';
import { chapterReferences } from '@/references/works';
import { chapterPath } from '@/lib/content/paths';
import { referenceAnchor, referenceHref } from '@/lib/content/references';

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(chapterReferences).map((slug) => ({ slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const model = loadChapter(slug);
  return { title: model ? `References · ${model.number}. ${model.title}` : 'References' };
}

/**
 * The works a chapter cites, numbered as its citations are, each with the places that cite it. Built
 * at build time; the entries' own links are plain anchors, so nothing is requested from another site
 * until the reader follows one.
 */
export default async function ChapterReferences({ params }: Params) {
  const { slug } = await params;
  const model = loadChapter(slug);
  const refs = chapterReferences[slug];
  if (!model || !refs) notFound();
  const uses = citeUses();
  return (
    <div
      className="home references"
      data-pagefind-body=""
      data-pagefind-meta={`title:References · Chapter ${model.number}`}
    >
      <p className="eyebrow" data-pagefind-meta={`place:Chapter ${model.number} · ${model.title}`} data-pagefind-ignore="">
        <Link href={chapterPath(slug)} prefetch={false}>
          Chapter {model.number}: {model.title}
        </Link>
      </p>
      <h1>References</h1>
      <p className="lede">The works this chapter cites, in the order it first cites them. Each link leaves the book for the publisher’s or the author’s page.</p>
      <ol className="reference-list">
        {refs.map((ref) => (
          <li key={ref.id} id={referenceAnchor(ref.id)} data-reference={ref.id} data-pagefind-title={ref.title}>
            <p>
              {ref.authors} ({ref.year}). <cite>{ref.title}</cite>. {ref.venue}.{' '}
              <a href={referenceHref(ref)} rel="noopener noreferrer" className="reference-link">
                {ref.doi !== undefined ? `doi:${ref.doi}` : ref.url}
              </a>
              {ref.accessed !== undefined && <> (read {ref.accessed})</>}
            </p>
            {(uses.get(ref.id) ?? []).length > 0 && (
              <p className="reference-uses" data-pagefind-ignore="">
                Cited in:{' '}
                {uses.get(ref.id)!.map((use, i) => (
                  <span key={use.href}>
                    {i > 0 && ' · '}
                    <Link href={use.href} prefetch={false} data-back-link>
                      {use.headingText}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
