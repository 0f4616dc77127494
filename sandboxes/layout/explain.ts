import { CACHE_LINE_BYTES, FLOAT64_BYTES, type LayoutResult } from './model';

export interface ScanShape {
  /** Column scan's lead (row-major scan time ÷ column-major scan time) at each column count. */
  leads: Array<{ columns: number; lead: number }>;
  /** Column count at which a row first fills a 64-byte cache line. */
  lineFillColumns: number;
  /** Lead where a row fills a line, and at the largest column count measured. */
  leadAtLineFill: number | null;
  leadAtMax: number;
  /** Did the lead keep growing past the line-fill point (more than 1.5× from there to the end)? */
  keptGrowing: boolean;
}

export function scanShape(result: LayoutResult): ScanShape {
  const leads = result.sweep.map((s) => ({ columns: s.columns, lead: s.row.scanMs / s.column.scanMs }));
  const lineFillColumns = CACHE_LINE_BYTES / FLOAT64_BYTES;
  const atFill = leads.find((l) => l.columns === lineFillColumns)?.lead ?? null;
  const leadAtMax = leads[leads.length - 1]?.lead ?? 1;
  return { leads, lineFillColumns, leadAtLineFill: atFill, leadAtMax, keptGrowing: atFill !== null && leadAtMax > atFill * 1.5 };
}

/** Sentences about what this machine showed; they describe the measurement, they do not assert the theory. */
export function explainScan(result: LayoutResult): string[] {
  const shape = scanShape(result);
  const first = shape.leads[0];
  const sentences: string[] = [];
  if (!first) return sentences;
  const fmt = (x: number) => `${x.toFixed(x >= 10 ? 0 : 1)}×`;
  const lastColumns = shape.leads[shape.leads.length - 1]?.columns ?? 1;
  sentences.push(
    Math.abs(first.lead - 1) < 0.15
      ? `With 1 column both layouts are the same bytes in the same order, and your two scans took about the same time (${fmt(first.lead)}), as they should.`
      : `With 1 column both layouts are the same bytes in the same order, yet one of your scans took ${fmt(Math.max(first.lead, 1 / first.lead))} as long as the other. That gap comes from the two loops' code and from measuring one after the other, not from the layout: read the other rows against it.`,
  );
  if (shape.leadAtLineFill !== null) {
    sentences.push(
      `At ${shape.lineFillColumns} columns a row is ${shape.lineFillColumns * FLOAT64_BYTES} bytes, one whole cache line: the row-major scan now fetches a 64-byte line for every 8 useful bytes, while the column-major scan uses all 8 values of each line it fetches. Your lead there: ${fmt(shape.leadAtLineFill)}.`,
    );
    if (shape.leads.length > 1 && shape.leads[shape.leads.length - 1]!.columns > shape.lineFillColumns) {
      sentences.push(
        shape.keptGrowing
          ? `Past that point your lead climbed further, reaching ${fmt(shape.leadAtMax)} at ${lastColumns} columns: once rows are farther apart than the hardware prefetcher looks ahead (often a few kilobytes, or a memory page), each row costs a new page or a missed prefetch as well as a new line.`
          : `Past that point each row already costs one line, so more columns add no more lines per row: your lead stayed near ${fmt(shape.leadAtMax)} instead of growing with the column count. The claim that the gap grows with the number of columns holds only until a row fills a cache line.`,
      );
      const dip = shape.leads.find((l, i) => i > 0 && l.columns > shape.lineFillColumns && l.lead < (shape.leads[i - 1]?.lead ?? 0) * 0.8);
      if (dip) {
        sentences.push(`The climb was not steady: the lead fell at ${dip.columns} columns. A dip like that is timing noise, not the layout; run again with more rows or more samples to see the underlying shape.`);
      }
    }
  } else {
    sentences.push(`Measure up to at least ${shape.lineFillColumns} columns to see where a row fills a 64-byte cache line.`);
  }
  const last = result.sweep[result.sweep.length - 1];
  if (last && last.columns > 1) {
    const rowWon = last.row.lookupNs <= last.column.lookupNs;
    sentences.push(
      `Point lookups at ${last.columns} columns: row-major read ${last.row.lookupLines.toFixed(1)} lines per row in ${last.row.lookupNs.toFixed(0)} ns; column-major read ${last.column.lookupLines.toFixed(0)} lines in ${last.column.lookupNs.toFixed(0)} ns. ` +
        (rowWon
          ? 'Row-major won, as the line counts suggest.'
          : 'Column-major won here despite touching more lines: the processor fetches independent lines in parallel, and lookups this short are easily disturbed; run again with more lookups before drawing a conclusion.'),
    );
  }
  return sentences;
}
