import type { Metadata } from 'next';
import { FigureSourcesProvider } from '@/components/FigureSources';
import Kit from '@/components/kit/kit.mdx';
import { loadKitContent } from '@/app/_content/chapters.server';

export const metadata: Metadata = { title: 'Reading kit', robots: { index: false } };

export default function KitPage() {
  const { figures } = loadKitContent();
  return (
    <article className="chapter kit" aria-labelledby="kit-title">
      <header className="chapter-header">
        <p className="eyebrow">For authors</p>
        <h1 id="kit-title">The reading kit</h1>
      </header>
      <div className="prose">
        <FigureSourcesProvider figures={figures}>
          <Kit />
        </FigureSourcesProvider>
      </div>
    </article>
  );
}
