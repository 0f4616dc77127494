import type { Metadata } from 'next';
import { loadBook } from '@/app/_content/chapters.server';
import { pagePath } from '@/lib/content/paths';
import { SectionView, sectionMetadata } from '../../_view/views';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadBook().flatMap((model) => model.pages.filter((p) => p.kind === 'section').map((p) => ({ slug: model.slug, section: p.id })));
}

type Params = { params: Promise<{ slug: string; section: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, section } = await params;
  return sectionMetadata(slug, pagePath(slug, section));
}

export default async function ChapterSectionPage({ params }: Params) {
  const { slug, section } = await params;
  return <SectionView slug={slug} path={pagePath(slug, section)} />;
}
