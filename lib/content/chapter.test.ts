import { describe, expect, it } from 'vitest';
import { buildChapter, neighboursOf, readingOrder, resolveBookHref, sectionsOf, type SourceFile } from './chapter';
import { checkChapterModel } from './check';
import { demoForms } from '@/lib/quiz/test-forms';

const chapter = { slug: 'demo', number: 4, title: 'Demo chapter' };

const files: SourceFile[] = [
  // Out of order on purpose: pages follow file names, the overview comes first.
  { name: '02-00-pipelines.mdx', source: '## Pipelines\n\n<Quiz section="p" phase="pre" />\n\nOpening.\n\n<Figure id="flow" />\n' },
  { name: '02-02-engines.mdx', source: '### Engines\n\n#### Spark\n\n<Sandbox id="plans" />\n\n<Quiz section="p" phase="post" />\n' },
  { name: '01-sources.mdx', source: '## Sources\n\n<Figure id="kinds" />\n\n### Logs\n\nSee [engines](#engines) and [spark](/chapters/demo/#spark).\n' },
  { name: 'index.mdx', source: '## Preview\n\nRead [sources](/chapters/demo/#sources).\n' },
  { name: '02-01-ingestion.mdx', source: '### Ingestion\n\n<Figure id="watermark" />\n\n#### Lookback\n' },
  { name: '03-your-progress.mdx', source: '## Your progress\n\n<ChapterProgress />\n' },
];

describe('a chapter folder as pages', () => {
  const model = buildChapter(chapter, files);

  it('reads the overview first, then sections and their parts in file-name order, each at its own address', () => {
    expect(model.pages.map((p) => [p.kind, p.path])).toEqual([
      ['overview', '/chapters/demo/'],
      ['section', '/chapters/demo/sources/'],
      ['section', '/chapters/demo/pipelines/'],
      ['part', '/chapters/demo/pipelines/ingestion/'],
      ['part', '/chapters/demo/pipelines/engines/'],
      ['section', '/chapters/demo/your-progress/'],
    ]);
    expect(model.problems).toEqual([]);
    expect(sectionsOf(model).map(({ section, parts }) => [section.title, parts.map((p) => p.title)])).toEqual([
      ['Sources', []],
      ['Pipelines', ['Ingestion', 'Engines']],
      ['Your progress', []],
    ]);
  });

  it('maps every heading, figure and sandbox anchor to the page that holds it', () => {
    expect(model.anchors).toMatchObject({
      'learning-objectives': '/chapters/demo/',
      preview: '/chapters/demo/',
      sources: '/chapters/demo/sources/',
      logs: '/chapters/demo/sources/',
      lookback: '/chapters/demo/pipelines/ingestion/',
      spark: '/chapters/demo/pipelines/engines/',
      'figure-watermark': '/chapters/demo/pipelines/ingestion/',
      'sandbox-plans': '/chapters/demo/pipelines/engines/',
    });
  });

  it('numbers figures through the whole chapter, whichever page they land on', () => {
    expect(model.figureNumbers).toEqual({ kinds: '4.1', flow: '4.2', watermark: '4.3' });
  });

  it('points links written by heading id at the page that holds the heading', () => {
    const anchors = { demo: model.anchors };
    const from = { slug: 'demo', path: '/chapters/demo/sources/' };
    expect(resolveBookHref('#engines', from, anchors)).toBe('/chapters/demo/pipelines/engines/#engines');
    expect(resolveBookHref('#logs', from, anchors)).toBe('#logs');
    expect(resolveBookHref('/chapters/demo/#spark', from, anchors)).toBe('/chapters/demo/pipelines/engines/#spark');
    expect(resolveBookHref('/chapters/demo/#sandbox-plans', from, anchors)).toBe('/chapters/demo/pipelines/engines/#sandbox-plans');
    expect(resolveBookHref('/chapters/demo/', from, anchors)).toBe('/chapters/demo/');
    expect(resolveBookHref('/glossary/#watermark', from, anchors)).toBe('/glossary/#watermark');
    expect(resolveBookHref('#nowhere', from, anchors)).toBeNull();
    expect(resolveBookHref('/chapters/other/#x', from, anchors)).toBeNull();
  });

  it('reports files that are not one page each', () => {
    const broken = buildChapter(chapter, [
      { name: 'sources.mdx', source: '## Sources\n' },
      { name: '01-intro.mdx', source: 'Text before the heading.\n\n## Intro\n' },
      { name: '02-sources.mdx', source: '## Data sources\n' },
      { name: '03-a.mdx', source: '## A\n\n## B\n' },
      { name: '04-01-part.mdx', source: '### Part\n' },
      { name: '05-00-cut.mdx', source: '## Cut\n\n### Not a file of its own\n' },
    ]).problems.join('\n');
    expect(broken).toContain('chapters/demo/sources.mdx: a chapter file is named NN-<section-id>.mdx');
    expect(broken).toContain('chapters/demo/01-intro.mdx:1 must begin with its ## heading');
    expect(broken).toContain('is named for "sources" but its heading\'s id is "data-sources"');
    expect(broken).toContain('03-a.mdx:3 starts another section ("B")');
    expect(broken).toContain('04-01-part.mdx is a part of section 04, but no 04-00-<section-id>.mdx comes before it');
    expect(broken).toContain('05-00-cut.mdx:3 starts another part');
  });

  it('checks the chapter as one text: headings unique across files, quizzes in reading order, links that land', () => {
    const context = { componentNames: ['Quiz', 'ChapterProgress', 'Figure', 'Sandbox'], sandboxIds: ['plans'], figureFiles: ['kinds.mmd', 'flow.mmd', 'watermark.mmd'] };
    const quiz = [demoForms('p', 'pipelines', 'spark')];
    expect(checkChapterModel(model, { ...context, quiz }, { demo: model.anchors })).toEqual([]);

    const repeated = buildChapter(chapter, [...files, { name: '04-spark.mdx', source: '## Spark\n\nSee [gone](#gone).\n' }]);
    const problems = checkChapterModel(repeated, { ...context, quiz: [{ ...quiz[0]!, heading: 'engines' }] }, { demo: repeated.anchors }).join('\n');
    expect(problems).toContain('chapters/demo/04-spark.mdx:1 repeats the heading "Spark" (chapters/demo/02-02-engines.mdx:3)');
    expect(problems).toContain('chapters/demo/04-spark.mdx:3 links to #gone');
    expect(problems).toContain('quiz section "p" belongs to #engines, which opens no section page');

    const swapped = buildChapter(chapter, files.map((f) => (f.name === '02-00-pipelines.mdx' ? { ...f, source: f.source.replace('"pre"', '"post"') } : f.name === '02-02-engines.mdx' ? { ...f, source: f.source.replace('"post"', '"pre"') } : f)));
    expect(checkChapterModel(swapped, { ...context, quiz }, { demo: swapped.anchors }).join('\n')).toContain(
      'chapters/demo/02-02-engines.mdx:7 puts the pre-reading quiz of "p" after its post-reading quiz',
    );
  });

  it('holds citations to the chapter’s references: each cited id listed, each listed work cited, listed in order of first citation', () => {
    const cited = buildChapter(chapter, [
      { name: '01-a.mdx', source: '## A\n\nA claim.<Cite id="b-2020" /> Another.<Cite id="a-2019" />\n' },
      { name: '02-b.mdx', source: '## B\n\nAgain.<Cite id="b-2020" /> Unknown.<Cite id="nope" />\n' },
    ]);
    const context = { componentNames: ['Cite'], sandboxIds: [], figureFiles: [] };
    const check = (referenceIds: string[]) => checkChapterModel(cited, { ...context, referenceIds }, { demo: cited.anchors }).join('\n');
    expect(check(['b-2020', 'a-2019', 'c-2021'])).toContain('chapters/demo/02-b.mdx:3 cites "nope"');
    expect(check(['b-2020', 'a-2019', 'c-2021'])).toContain('lists c-2021, which the chapter never cites');
    expect(check(['a-2019', 'b-2020', 'nope'])).toContain('in order of first citation: b-2020, a-2019, nope');
    expect(check(['b-2020', 'a-2019', 'nope'])).toBe('');
  });

  it('walks previous and next across sections, parts and chapters', () => {
    const next = buildChapter({ slug: 'next', number: 5, title: 'Next chapter' }, [{ name: '01-only.mdx', source: '## Only\n' }]);
    const order = readingOrder([model, next]);
    expect(order.map((p) => p.path)).toEqual([...model.pages.map((p) => p.path), '/chapters/next/', '/chapters/next/only/']);
    expect(neighboursOf(order, '/chapters/demo/your-progress/')).toMatchObject({ previous: { path: '/chapters/demo/pipelines/engines/' }, next: { path: '/chapters/next/' } });
    expect(neighboursOf(order, '/chapters/demo/')).toMatchObject({ previous: undefined, next: { path: '/chapters/demo/sources/' } });
  });
});
