import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBook } from '@/lib/content/load';
import { chapters } from './catalog';

describe('the book as pages (known answers)', () => {
  const book = readBook(chapters);
  const bySlug = Object.fromEntries(book.map((m) => [m.slug, m]));
  const dataSystems = bySlug['data-systems']!;

  it('finds the section page of a heading, at any depth', () => {
    expect(dataSystems.anchors['tracking-data-lineage']).toBe('/chapters/data-systems/acquiring-training-data/');
    expect(dataSystems.anchors['orchestration-and-operations']).toBe('/chapters/data-systems/data-pipelines/orchestration-and-operations/');
    expect(dataSystems.anchors['change-data-capture']).toBe('/chapters/data-systems/data-pipelines/data-sources-and-ingestion/');
    expect(dataSystems.anchors['feature-stores']).toBe('/chapters/data-systems/inference-data-flows/');
    expect(bySlug.ingestion!.anchors['dead-letter-queues-and-backoff']).toBe('/chapters/ingestion/ingestion-reliability/');
    expect(bySlug.fundamentals!.anchors['zone-maps']).toBe('/chapters/fundamentals/storage-engines/');
  });

  it('keeps figure numbers per chapter across section files (numbers as when each chapter was one file)', () => {
    expect(bySlug.fundamentals!.figureNumbers['row-column-order']).toBe('2.2');
    expect(dataSystems.figureNumbers['lakehouse-layers']).toBe('3.8');
    expect(dataSystems.figureNumbers['dp-ingest-pipeline-flow']).toBe('3.12');
    expect(dataSystems.anchors['figure-dp-ingest-pipeline-flow']).toBe('/chapters/data-systems/data-pipelines/');
    expect(dataSystems.figureNumbers['dp-engine-hop-windows']).toBe('3.33');
    expect(dataSystems.anchors['figure-dp-engine-hop-windows']).toBe('/chapters/data-systems/data-pipelines/query-and-compute-engines/');
    expect(dataSystems.figureNumbers['flows-design-tasks']).toBe('3.53');
  });

  it('finds each sandbox on its section page', () => {
    expect(bySlug.fundamentals!.anchors['sandbox-layout']).toBe('/chapters/fundamentals/data-formats/');
    expect(bySlug.fundamentals!.anchors['sandbox-windows']).toBe('/chapters/fundamentals/batch-and-stream-processing/');
    expect(dataSystems.anchors['sandbox-splits-leakage']).toBe('/chapters/data-systems/training-data-flows/');
  });

  it('puts objectives and previews on the overview and keeps every file short', () => {
    expect(bySlug.ingestion!.anchors['learning-objectives']).toBe('/chapters/ingestion/');
    expect(dataSystems.anchors.preview).toBe('/chapters/data-systems/');
    for (const model of book) expect(model.problems).toEqual([]);
    for (const model of book) {
      for (const page of model.pages.filter((p) => p.file)) {
        const lines = readFileSync(join('chapters', model.slug, page.file), 'utf8').split('\n').length;
        expect(lines, page.file).toBeLessThan(1000);
      }
    }
  });
});
