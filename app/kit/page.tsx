import type { Metadata } from 'next';
import { FigureSourcesProvider } from '@/components/FigureSources';
import Kit from '@/components/kit/kit.mdx';
import { Sandbox } from '@/components/Sandbox';
import { loadKitContent, unplacedSandboxIds } from '@/app/_content/chapters.server';

export const metadata: Metadata = { title: 'Reading kit', robots: { index: false } };

export default function KitPage() {
  const { figures } = loadKitContent();
  const unplaced = unplacedSandboxIds();
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
        {unplaced.length > 0 && (
          <section aria-labelledby="kit-unplaced">
            <h2 id="kit-unplaced">Sandboxes not yet in a chapter</h2>
            <p>Each built sandbox that no chapter embeds yet is shown here until a chapter places it with its <code>&lt;Sandbox id=&quot;…&quot; /&gt;</code> line.</p>
            {unplaced.map((id) => (
              <Sandbox key={id} id={id} />
            ))}
          </section>
        )}
      </div>
    </article>
  );
}
