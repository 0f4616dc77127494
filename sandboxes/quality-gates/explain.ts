import { checkGate, faultLabel, gateLabel, type QualityGatesParams, type QualityGatesResult } from './model';
import { checkLabel, describeWorst } from './labels';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Sentences about this run, from its own numbers. */
export function explainRun(result: QualityGatesResult, params: QualityGatesParams): string[] {
  const sentences: string[] = [];
  const { days, faults } = result;
  const stopped = faults.filter((f) => f.stoppedBy);
  if (faults.length === 0) sentences.push(`${plural(days.length, 'day')} without faults: every check passed on ${plural(days.filter((d) => d.checks.every((c) => c.passed)).length, 'day')}.`);
  else {
    const where = stopped.map((f) => `the ${faultLabel[f.kind].toLowerCase()} (day ${f.day}) by ${checkLabel[f.stoppedBy!]} ${checkGate[f.stoppedBy!] === 'ingest' ? 'at ingestion' : checkGate[f.stoppedBy!] === 'transform' ? 'after the transform' : 'at use'}`);
    const through = faults.filter((f) => !f.stoppedBy);
    sentences.push(
      `${plural(faults.length, 'fault')} in ${plural(days.length, 'day')}. Stopped: ${where.length ? where.join('; ') : 'none'}.${through.length ? ` Not stopped: ${through.map((f) => `${faultLabel[f.kind].toLowerCase()} (day ${f.day}${f.caughtBy.length ? `, only warned by ${f.caughtBy.map((c) => checkLabel[c]).join(', ')}` : ', no check saw it'})`).join('; ')}.` : ''}`,
    );
  }
  const stale = days.filter((d) => d.readers === 'stale').length;
  const broken = days.filter((d) => d.readers === 'broken');
  const partial = days.filter((d) => d.readers === 'partial').length;
  const mode = params.publish === 'wap' ? 'Under write-audit-publish' : 'Written in place and tested afterwards';
  const seen = [
    stale ? `the last good version on ${plural(stale, 'day')}` : '',
    partial ? `a day with rows missing on ${plural(partial, 'day')}` : '',
    broken.length ? `a wrong day on ${plural(broken.length, 'day')} (${broken.map((d) => d.day).join(', ')})` : '',
  ].filter(Boolean);
  sentences.push(`${mode}, readers of the table saw ${seen.length ? `${seen.join(', ')}, and the right day otherwise` : 'the right day every day'}.`);
  const leakedAfterFail = broken.filter((d) => d.gates.transform === 'fail');
  if (leakedAfterFail.length) {
    sentences.push(`On ${plural(leakedAfterFail.length, 'day')} the tests after the transform failed the run, but the rows were already in the table: a failed run that writes first still publishes what it wrote.`);
  }
  const held = days.filter((d) => d.gates.use === 'fail').length;
  if (held) sentences.push(`The consumer’s gate (${gateLabel.use.toLowerCase()}) held its metrics back on ${plural(held, 'day')} rather than report from a missing or shifted day.`);
  const costly = faults.filter((f) => f.slipped).sort((a, b) => Math.abs(b.slipped!.error) - Math.abs(a.slipped!.error));
  if (costly.length) sentences.push(`Had every gate only warned, the faults would have cost: ${costly.map((f) => `${faultLabel[f.kind].toLowerCase()}, ${describeWorst(f.slipped)}`).join('; ')}.`);
  if (result.quarantineRows > 0) sentences.push(`${result.quarantineRows.toLocaleString('en-US')} rows went to quarantine: kept for study, never read by the consumer, and missing from its counts.`);
  const right = result.final.filter((d) => d.missing === 0 && d.extra === 0 && d.wrong === 0).length;
  const backfills = days.reduce((n, d) => n + d.backfilled.length, 0);
  sentences.push(`At the end of the run the table matches the source on ${right} of ${plural(result.final.length, 'day')}${backfills ? `, after ${plural(backfills, 'one-day backfill')} of days whose run had failed` : ''}.`);
  return sentences;
}
