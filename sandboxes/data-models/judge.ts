import { formatNumber } from '@/lib/format';
import { MODEL_LABEL, MODEL_UNIT, type Cell, type Judgement, type ModelId } from './model';
import type { Measured } from './measure';

/** A model that touches this many times the records of the cheapest model for the same question is called awkward. */
export const AWKWARD_FACTOR = 10;
/** Below this many records, nothing is called awkward: any model reads a hundred records in no time. */
export const SMALL_RECORDS = 100;

/**
 * Judges each cell from its counts alone, so the same run always gets the same verdicts: a question a
 * model holds no data for is "not expressible"; otherwise it is "awkward" when the model touched at
 * least 10× the records of the cheapest model for that question (and more than 100), "cheap" if not.
 * Records are rows, nodes and edges, points — and, for documents, everything inside each document
 * read, because a document is read whole.
 */
export function judge(cells: readonly Measured[]): Cell[] {
  return cells.map((cell) => {
    if (!cell.expressible) return { ...cell, judgement: 'not expressible', reason: cell.how };
    const rivals = cells.filter((c) => c.query === cell.query && c.expressible);
    const cheapest = rivals.reduce((a, b) => (b.records < a.records ? b : a));
    const factor = cell.records / Math.max(1, cheapest.records);
    const awkward = factor >= AWKWARD_FACTOR && cell.records > SMALL_RECORDS;
    const judgement: Judgement = awkward ? 'awkward' : 'cheap';
    return { ...cell, judgement, reason: reasonFor(cell, cheapest, factor, judgement) };
  });
}

/** "1 row", "2 rows"; "nodes + edges" stays as it is. */
export function unitOf(model: ModelId, count: number): string {
  const unit = MODEL_UNIT[model];
  return count === 1 && model !== 'graph' ? unit.slice(0, -1) : unit;
}

export function describeRecords(cell: Pick<Measured, 'model' | 'touched' | 'records'>): string {
  const own = `${formatNumber(cell.touched)} ${unitOf(cell.model, cell.touched)}`;
  return cell.model === 'document' && cell.records !== cell.touched ? `${own} (${formatNumber(cell.records)} records inside)` : own;
}

function reasonFor(cell: Measured, cheapest: Measured, factor: number, judgement: Judgement): string {
  if (cheapest === cell) return `The fewest records of any model: ${describeRecords(cell)}.`;
  const against = `${MODEL_LABEL[cheapest.model]}: ${describeRecords(cheapest)}`;
  const times = factor >= 10 ? formatNumber(Math.round(factor)) : factor.toFixed(1);
  if (judgement === 'awkward') return `${times}× the records of the cheapest model (${against}).`;
  return cell.records <= SMALL_RECORDS && factor >= AWKWARD_FACTOR
    ? `${times}× the cheapest, but only ${formatNumber(cell.records)} records in all.`
    : `Within ${AWKWARD_FACTOR}× of the cheapest model (${times}×; ${against}).`;
}
