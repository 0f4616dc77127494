import 'server-only';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { anchorsBySlug, loadBook, loadChapter, pageFigures } from '@/app/_content/chapters.server';
import { findChapter } from '@/chapters/catalog';
import { chapterQuizzes } from '@/chapters/quizzes';
import { chapterReferences } from '@/references/works';
import { AnchorRedirect } from '@/components/chapter/AnchorRedirect';
import { SectionList, type SectionListItem } from '@/components/chapter/SectionList';
import { ChapterPager } from '@/components/ChapterPager';
import { ChapterSidebar, type SidebarChapter } from '@/components/ChapterSidebar';
import { FigureSourcesProvider } from '@/components/FigureSources';
import { PrintButton } from '@/components/PrintButton';
import { ObjectiveText } from '@/components/quiz/ObjectiveText';
import { QuizProvider, type QuizContextValue } from '@/components/quiz/QuizContext';
import { TableOfContents, type TocHeading } from '@/components/TableOfContents';
import { neighboursOf, pageAt, readingOrder, resolveBookHref, sectionsOf, type ChapterModel, type ChapterPage } from '@/lib/content/chapter';
import { anchorsPath } from '@/lib/content/paths';
import { sandboxCatalog, isSandboxId } from '@/sandboxes/catalog';

type MdxContent = ComponentType<{ components?: Record<string, ComponentType<never>> }>;

async function loadContent(slug: string, file: string): Promise<MdxContent> {
  const name = file.replace(/\.mdx$/, '');
  return ((await import(`@/chapters/${slug}/${name}.mdx`)) as { default: MdxContent }).default;
}

/** Links in the text name a heading by id; point each at the page that now holds that heading. */
function bookLinks(model: ChapterModel, page: ChapterPage) {
  const anchors = anchorsBySlug();
  return function BookLink({ href, ...rest }: ComponentProps<'a'>) {
    return <a href={href === undefined ? href : (resolveBookHref(href, { slug: model.slug, path: page.path }, anchors) ?? href)} {...rest} />;
  };
}

function sidebar(model: ChapterModel): SidebarChapter[] {
  return loadBook().map((chapter) => ({
    number: chapter.number,
    title: chapter.title,
    path: chapter.overview.path,
    ...(chapter.slug === model.slug
      ? {
          sections: sectionsOf(chapter).map(({ section, parts }) => ({ title: section.title, path: section.path, parts: parts.map((p) => ({ title: p.title, path: p.path })) })),
          ...(chapterReferences[chapter.slug] ? { references: `${chapter.overview.path}references/` } : {}),
        }
      : {}),
  }));
}

/**
 * What a page's quizzes need: the sections it places (not the whole chapter's questions), or, on the
 * page that sums them up with <ChapterProgress />, every section and the headings to re-read.
 */
function quizContext(model: ChapterModel, page: ChapterPage): QuizContextValue | null {
  const all = chapterQuizzes[model.slug] ?? [];
  const summing = page.outline.components.some((c) => c.name === 'ChapterProgress');
  const placed = new Set(page.outline.components.filter((c) => c.name === 'Quiz').map((c) => c.attributes.section));
  if (!summing && placed.size === 0) return null;
  const quiz = summing ? all : all.filter((s) => placed.has(s.section));
  const text = new Map(model.outline.headings.map((h) => [h.id, h.text]));
  const rereads = summing ? [...new Set(quiz.flatMap((s) => [...s.pre, ...s.post].map((q) => q.reread)))] : [];
  const headings = Object.fromEntries(
    rereads.filter((id) => model.anchors[id]).map((id) => [id, { text: text.get(id) ?? id, href: `${model.anchors[id]}#${id}` }]),
  );
  return { chapter: model.slug, quiz, headings };
}

/**
 * What search shows for a page: its title and where it sits in the book. A section's or a part's
 * header (the chapter's title on every page) is left out of the index; the overview's is its text.
 */
function searchMeta(model: ChapterModel, page: ChapterPage): { title: string; place: string } {
  if (page.kind === 'overview') return { title: model.title, place: `Chapter ${model.number}` };
  const section = page.kind === 'part' ? model.pages.find((p) => p.kind === 'section' && p.id === page.section) : undefined;
  return { title: page.title, place: `Chapter ${model.number} · ${section ? section.title : model.title}` };
}

function Shell(props: { model: ChapterModel; page: ChapterPage; toc: TocHeading[]; header: ReactNode; children: ReactNode }) {
  const { model, page, toc } = props;
  const { previous, next } = neighboursOf(readingOrder(loadBook()), page.path);
  const meta = searchMeta(model, page);
  return (
    <div className="chapter-layout">
      <ChapterSidebar chapters={sidebar(model)} current={page.path} />
      <article className={`chapter chapter-${page.kind}`} aria-labelledby="chapter-title" data-pagefind-body="" data-pagefind-meta={`title:${meta.title}`}>
        <header className="chapter-header" data-pagefind-meta={`place:${meta.place}`} {...(page.kind === 'overview' ? {} : { 'data-pagefind-ignore': '' })}>
          {props.header}
          <TableOfContents headings={toc} variant="inline" />
        </header>
        {props.children}
        <ChapterPager previous={previous} next={next} chapter={{ slug: model.slug, number: model.number, title: model.title }} />
      </article>
      <TableOfContents headings={toc} variant="rail" />
    </div>
  );
}

async function Prose({ model, page }: { model: ChapterModel; page: ChapterPage }) {
  if (!page.file) return null;
  const Content = await loadContent(model.slug, page.file);
  const quiz = quizContext(model, page);
  const body = <Content components={{ a: bookLinks(model, page) }} />;
  return (
    <div className="prose">
      <FigureSourcesProvider figures={pageFigures(model, page)}>{quiz ? <QuizProvider value={quiz}>{body}</QuizProvider> : body}</FigureSourcesProvider>
    </div>
  );
}

/** The page's headings down to one level below its own; a part's ### and #### list as a section's ## and ###. */
function tocOf(page: ChapterPage): TocHeading[] {
  const top = page.kind === 'part' ? 3 : 2;
  return page.outline.headings.filter((h) => h.depth <= top + 1).map(({ depth, text, id }) => ({ depth: depth - top + 2, text, id }));
}

function requireChapter(slug: string): ChapterModel {
  const model = loadChapter(slug);
  if (!model) notFound();
  return model;
}

/* ---------------------------------------------------------------- overview */

export function overviewMetadata(slug: string): Metadata {
  const chapter = findChapter(slug);
  return chapter ? { title: chapter.title, description: chapter.summary } : {};
}

/**
 * A chapter's own page: its title and summary, its overview text (objectives or preview), its
 * sections with the reader's progress in each, and which section holds which sandbox.
 */
export function OverviewView({ slug }: { slug: string }) {
  const model = requireChapter(slug);
  const summary = findChapter(slug)?.summary;
  const page = model.overview;
  const forms = chapterQuizzes[slug] ?? [];
  const quizBySection = new Map(forms.map((s) => [s.heading, s.section]));
  const sectionPath = new Map(sectionsOf(model).map(({ section }) => [section.id, section.path]));
  const objectives = forms.filter((s) => s.objectives.length > 0);
  const sections: SectionListItem[] = sectionsOf(model).map(({ section, parts }) => ({
    title: section.title,
    path: section.path,
    ...(quizBySection.has(section.id) ? { quiz: quizBySection.get(section.id) } : {}),
    parts: parts.map((p) => ({ title: p.title, path: p.path })),
  }));
  const sandboxes = model.pages.flatMap((p) =>
    p.outline.sandboxIds.filter(isSandboxId).map((id) => ({ id, title: sandboxCatalog[id].title, page: p, section: model.pages.find((s) => s.kind === 'section' && s.id === p.section) })),
  );
  const toc: TocHeading[] = [
    ...(objectives.length > 0 ? [{ depth: 2, text: 'Learning objectives', id: 'learning-objectives' }] : []),
    ...tocOf(page).filter((h) => h.depth === 2),
    { depth: 2, text: 'Sections', id: 'chapter-sections' },
    ...(sandboxes.length > 0 ? [{ depth: 2, text: 'Sandboxes', id: 'chapter-sandboxes' }] : []),
  ];
  return (
    <Shell
      model={model}
      page={page}
      toc={toc}
      header={
        <>
          <p className="eyebrow">Chapter {model.number}</p>
          <h1 id="chapter-title">{model.title}</h1>
          <p className="lede">{summary}</p>
        </>
      }
    >
      {objectives.length > 0 && (
        <section className="prose overview-block" aria-labelledby="learning-objectives" data-objectives>
          <h2 id="learning-objectives">Learning objectives</h2>
          <p>When you finish this chapter you should be able to do the following. Each section’s quizzes, before and after reading, test its own.</p>
          {objectives.map((s) => (
            <div key={s.section} data-objectives-section={s.section}>
              <h3 className="overview-objectives-section">
                <Link href={sectionPath.get(s.heading) ?? model.overview.path} prefetch={false}>
                  {s.title}
                </Link>
              </h3>
              <ul>
                {s.objectives.map((o) => (
                  <li key={o.id} data-objective={o.id}>
                    <ObjectiveText text={o.text} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <Prose model={model} page={page} />
      <section className="prose overview-block" aria-labelledby="chapter-sections" data-pagefind-ignore="">
        <h2 id="chapter-sections">Sections</h2>
        <SectionList chapter={slug} sections={sections} />
      </section>
      {sandboxes.length > 0 && (
        <section className="prose overview-block" aria-labelledby="chapter-sandboxes">
          <h2 id="chapter-sandboxes">Sandboxes</h2>
          <ul className="overview-sandboxes">
            {sandboxes.map(({ id, title, page: home, section }) => (
              <li key={id} data-sandbox-link={id}>
                <Link href={`${home.path}#sandbox-${id}`} prefetch={false}>
                  {title}
                </Link>{' '}
                <span className="overview-where">
                  in {section && section !== home ? `${section.title} › ${home.title}` : home.title}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AnchorRedirect map={anchorsPath(slug)} />
    </Shell>
  );
}

/* ---------------------------------------------------------------- sections and parts */

export function sectionMetadata(slug: string, path: string): Metadata {
  const model = loadChapter(slug);
  const page = model && pageAt(model, path);
  if (!model || !page) return {};
  const section = page.kind === 'part' ? model.pages.find((p) => p.kind === 'section' && p.id === page.section) : undefined;
  return { title: [page.title, section?.title, `Chapter ${model.number}`].filter(Boolean).join(' · ') };
}

/** One section of a chapter, or one part of a section cut into parts: its quizzes, text, figures and sandboxes. */
export function SectionView({ slug, path }: { slug: string; path: string }) {
  const model = requireChapter(slug);
  const page = pageAt(model, path);
  if (!page || page.kind === 'overview') notFound();
  const section = sectionsOf(model).find((s) => s.section.id === page.section);
  const parts = section?.parts ?? [];
  const partIndex = parts.findIndex((p) => p.path === page.path);
  return (
    <Shell
      model={model}
      page={page}
      toc={tocOf(page)}
      header={
        <>
          <p className="eyebrow">
            <Link href={model.overview.path} prefetch={false}>
              Chapter {model.number}
            </Link>
          </p>
          <h1 id="chapter-title" className="chapter-page-title">
            {model.title}
          </h1>
          <PrintButton label={page.kind === 'part' ? 'Print this part' : 'Print this section'} />
        </>
      }
    >
      {page.kind === 'part' && section && (
        <div className="prose">
          <h2 className="part-context">
            <Link href={section.section.path} prefetch={false}>
              {section.section.title}
            </Link>
            , part {partIndex + 1} of {parts.length}
          </h2>
        </div>
      )}
      <Prose model={model} page={page} />
      {page.kind === 'section' && parts.length > 0 && (
        <nav className="section-parts prose" aria-label={`Parts of ${page.title}`} data-pagefind-ignore="">
          <p>{page.title} continues in {parts.length} parts:</p>
          <ol>
            {parts.map((part) => (
              <li key={part.path}>
                <Link href={part.path} prefetch={false}>
                  {part.title}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </Shell>
  );
}
