import type { MDXComponents } from 'mdx/types';
import { Animation } from './animation/Animation';
import { Callout } from './Callout';
import { Cite } from './Cite';
import { Figure } from './Figure';
import { Term } from './glossary/Term';
import type { MdxComponentName } from './mdx-names';
import { ChapterProgress } from './quiz/ChapterProgress';
import { Quiz } from './quiz/Quiz';
import { Sandbox } from './Sandbox';
import { SqlCell, SqlNote } from './sql/SqlCell';
import { HeaderCell, Table } from './Table';

/** The one registry of what chapters may use; chapters import nothing themselves. */
export const bookComponents: Record<MdxComponentName, MDXComponents[string]> = {
  Figure,
  Callout,
  Sandbox,
  Quiz,
  ChapterProgress,
  Animation,
  Term,
  Cite,
  SqlCell,
  SqlNote,
};

/** Markdown elements rendered by the book's own components. */
export const elementOverrides: MDXComponents = {
  table: Table,
  th: HeaderCell,
};
