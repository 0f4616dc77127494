import type { Metadata } from 'next';
import { loadBook } from '@/app/_content/chapters.server';
import { pagePath } from '@/lib/content/paths';
import { SectionView, sectionMetadata } from '../../../_view/views';

export const dynamicParams = false;

// A static export refuses a dynamic route that generates no page: should no chapter cut a section into
// parts any more, the build stops here ("returned an empty array from generateStaticParams"); remove
// this route then.

export function generateStaticParams() {
  return loadBook().flatMap((model) => model.pages.filter((p) => p.kind === 'part').map((p) => ({ slug: model.slug, section: p.section, part: p.id })));
}

type Params = { params: Promise<{ slug: string; section: string; part: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, section, part } = await params;
  return sectionMetadata(slug, pagePath(slug, section, part));
}

/** One part of a section long enough to be cut at its ### headings (chapters/<slug>/NN-MM-<part>.mdx). */
export default async function ChapterPartPage({ params }: Params) {
  const { slug, section, part } = await params;
  return <SectionView slug={slug} path={pagePath(slug, section, part)} />;
}
