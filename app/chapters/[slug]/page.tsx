import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import { chapters, findChapter, neighbours } from '@/chapters/catalog';
import { ChapterPager } from '@/components/ChapterPager';
import { ChapterSidebar } from '@/components/ChapterSidebar';
import { FigureSourcesProvider } from '@/components/FigureSources';
import { QuizProvider } from '@/components/quiz/QuizContext';
import { chapterQuizzes } from '@/chapters/quizzes';
import { TableOfContents } from '@/components/TableOfContents';
import { loadAllOutlines, loadChapterContent } from '@/app/_content/chapters.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return chapters.map((chapter) => ({ slug: chapter.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const chapter = findChapter((await params).slug);
  return chapter ? { title: chapter.title, description: chapter.summary } : {};
}

export default async function ChapterPage({ params }: Params) {
  const { slug } = await params;
  const chapter = findChapter(slug);
  if (!chapter) notFound();
  const { default: Content } = (await import(`@/chapters/${slug}/index.mdx`)) as { default: ComponentType };
  const { outline, figures } = loadChapterContent(chapter);
  const headings = outline.headings.filter((h) => h.depth <= 3).map(({ depth, text, id }) => ({ depth, text, id }));
  const headingTexts = Object.fromEntries(outline.headings.map((h) => [h.id, h.text]));
  const { previous, next } = neighbours(slug);

  return (
    <div className="chapter-layout">
      <ChapterSidebar current={slug} outlines={loadAllOutlines()} />
      <article className="chapter" aria-labelledby="chapter-title">
        <header className="chapter-header">
          <p className="eyebrow">Chapter {chapter.number}</p>
          <h1 id="chapter-title">{chapter.title}</h1>
          <p className="lede">{chapter.summary}</p>
          <TableOfContents headings={headings} variant="inline" />
        </header>
        <div className="prose">
          <FigureSourcesProvider figures={figures}>
            <QuizProvider value={{ chapter: slug, quiz: chapterQuizzes[slug] ?? [], headings: headingTexts }}>
              <Content />
            </QuizProvider>
          </FigureSourcesProvider>
        </div>
        <ChapterPager previous={previous} next={next} />
      </article>
      <TableOfContents headings={headings} variant="rail" />
    </div>
  );
}
