import { loadChapter } from '@/app/_content/chapters.server';
import { chapters } from '@/chapters/catalog';

/**
 * /chapters/<slug>/anchors.json: every anchor of the chapter (heading ids, sandbox-<id>, figure-<id>)
 * → the page that holds it. The overview fetches it only when an old link names an anchor that now
 * lives on a section page (components/chapter/AnchorRedirect.tsx).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return chapters.map((chapter) => ({ slug: chapter.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const model = loadChapter((await params).slug);
  return Response.json(model?.anchors ?? {});
}
