/** The book's chapters in reading order. The text lives in chapters/<slug>/, one MDX file per page (lib/content/chapter.ts). */
export interface ChapterInfo {
  slug: string;
  number: number;
  title: string;
  summary: string;
}

export const chapters: readonly ChapterInfo[] = [
  {
    slug: 'ingestion',
    number: 1,
    title: 'Data Ingestion: Sources, Formats, and Patterns',
    summary:
      'How an ML system takes in data from databases, lakes, streams and outside feeds; when to ingest in batches and when to stream; which file format to store it in; and how to keep ingestion correct when parts of it fail.',
  },
  {
    slug: 'fundamentals',
    number: 2,
    title: 'Data Engineering Fundamentals',
    summary:
      'Where data comes from, the layouts and formats it is stored in, the models and engines that hold it, and the ways it moves between services and pipelines, in batches and in streams.',
  },
  {
    slug: 'data-systems',
    number: 3,
    title: 'Building Data Systems for ML',
    summary:
      'How production ML systems acquire, store, move, check and govern their data, and how that data becomes leak-free, reproducible training sets and well-logged inference records.',
  },
];

export function findChapter(slug: string): ChapterInfo | undefined {
  return chapters.find((chapter) => chapter.slug === slug);
}
