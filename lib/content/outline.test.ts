import { describe, expect, it } from 'vitest';
import type { SectionForms } from '@/lib/quiz/schema';
import { demoForms } from '@/lib/quiz/test-forms';
import { checkChapter } from './check';
import { outline, plainHeadingText } from './outline';

const source = `Intro line.

## Data sources for ML

<Figure id="ingest-paths" caption="Paths" />

### Batch *vs* streaming

\`\`\`sql
## not a heading
<NotAComponent />
\`\`\`

### Batch vs streaming

<Sandbox id="sum-demo" />
<Callout kind="note">Hi</Callout>
`;

describe('outline', () => {
  const result = outline(source);

  it('lists headings with the slugs rehype-slug gives them, skipping code', () => {
    expect(result.headings.map(({ depth, text, id }) => ({ depth, text, id }))).toEqual([
      { depth: 2, text: 'Data sources for ML', id: 'data-sources-for-ml' },
      { depth: 3, text: 'Batch vs streaming', id: 'batch-vs-streaming' },
      { depth: 3, text: 'Batch vs streaming', id: 'batch-vs-streaming-1' },
    ]);
  });

  it('finds components, figures and sandboxes in order, with their lines', () => {
    expect(result.components.map((c) => c.name)).toEqual(['Figure', 'Sandbox', 'Callout']);
    expect(result.components[0]).toMatchObject({ line: 5, id: 'ingest-paths' });
    expect(result.figureIds).toEqual(['ingest-paths']);
    expect(result.sandboxIds).toEqual(['sum-demo']);
  });

  it('finds links into the book, not in code, with their lines and files', () => {
    const text = 'See [a](#one) and [b](/chapters/x/#two), not [c](https://example.com).\n\n`[d](#code)`\n\n```\n[e](#fenced)\n```\n';
    expect(outline(text, { file: 'f.mdx' }).links).toEqual([
      { href: '#one', line: 1, file: 'f.mdx' },
      { href: '/chapters/x/#two', line: 1, file: 'f.mdx' },
    ]);
  });

  it('reads heading text as it renders', () => {
    expect(plainHeadingText('Using `COPY` with [DuckDB](https://duckdb.org) **fast**')).toBe('Using COPY with DuckDB fast');
  });
});

describe('checkChapter', () => {
  const context = { file: 'chapters/x/index.mdx', componentNames: ['Figure', 'Sandbox'], sandboxIds: ['other'], figureFiles: [] };

  it('reports unknown components, unknown sandboxes, missing figure files and repeated headings', () => {
    const problems = checkChapter(outline(source), context);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('figures/ingest-paths.mmd');
    expect(problems.join('\n')).toContain('repeats the heading "Batch vs streaming"');
    expect(problems.join('\n')).toContain('sandbox "sum-demo", which is not in sandboxes/catalog.ts');
    expect(problems.join('\n')).toContain('uses <Callout>, which is not in the MDX registry');
  });

  it('requires placed quizzes, in order, when the chapter has quiz data', () => {
    const quiz = [demoForms('s', 'one')];
    const withQuiz = { ...context, componentNames: ['Quiz', 'ChapterProgress'], quiz };
    expect(checkChapter(outline('## One\n'), withQuiz)[0]).toContain('places no <Quiz>');
    const reversed = '## One\n\n<Quiz section="s" phase="post" />\n\n<Quiz section="s" phase="pre" />\n\n<ChapterProgress />\n';
    expect(checkChapter(outline(reversed), withQuiz).join('\n')).toContain('after its post-reading quiz');
    const good = '## One\n\n<Quiz section="s" phase="pre" />\n\n<Quiz section="s" phase="post" />\n\n<ChapterProgress />\n';
    expect(checkChapter(outline(good), withQuiz)).toEqual([]);
  });

  it('requires both forms, each objective tested in both, each question on one of its section\'s objectives', () => {
    const good = '## One\n\n<Quiz section="s" phase="pre" />\n\n<Quiz section="s" phase="post" />\n\n<ChapterProgress />\n';
    const forms = demoForms('s', 'one');
    const check = (quiz: SectionForms) => checkChapter(outline(good), { ...context, componentNames: ['Quiz', 'ChapterProgress'], quiz: [quiz] }).join('\n');
    expect(check({ ...forms, post: [] })).toContain('quiz section "s" needs a post form of at least 4 questions (it has 0)');
    expect(check({ ...forms, pre: forms.pre.slice(0, 3) })).toContain('needs a pre form of at least 4 questions (it has 3)');
    const untested = { ...forms, post: forms.post.map((q) => ({ ...q, objective: 's-first' })) };
    expect(check(untested)).toContain('objective "s-second" is tested by no question in the post form');
    const stray = { ...forms, pre: forms.pre.map((q, i) => (i === 0 ? { ...q, objective: 'elsewhere' } : q)) };
    expect(check(stray)).toContain('pre question "s-pre-0" tests objective "elsewhere", which is not one of the section\'s');
    expect(check({ ...forms, objectives: [] })).toContain('objectives');
    expect(check({ ...forms, post: forms.post.map((q) => ({ ...q, reread: 'nowhere' })) })).toContain('links to #nowhere, which is no heading');
  });

  it('passes a chapter that only uses what exists', () => {
    const clean = '## One\n\n<Figure id="a" />\n\n<Sandbox id="other" />\n';
    expect(checkChapter(outline(clean), { ...context, figureFiles: ['a.mmd'] })).toEqual([]);
  });
});
