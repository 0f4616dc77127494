import type { Metadata } from 'next';
import { chapters } from '@/chapters/catalog';
import { OverviewView, overviewMetadata } from '../_view/views';

export const dynamicParams = false;

export function generateStaticParams() {
  return chapters.map((chapter) => ({ slug: chapter.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return overviewMetadata((await params).slug);
}

/** A chapter's overview; its sections are pages of their own ([section], [section]/[part]). */
export default async function ChapterOverviewPage({ params }: Params) {
  return <OverviewView slug={(await params).slug} />;
}
