import { formatNumber } from '@/lib/format';
import { question } from './exercises';
import type { CodebookTrapParams, CodebookTrapResult } from './model';

const usd = (v: number | null) => (v === null ? 'no answer' : `$${v.toFixed(2)}`);
const pct = (v: number | null) => (v === null ? 'no answer' : `${v.toFixed(1)} %`);

/** The sentences under "What your run shows", from this run's numbers. */
export function explainCodebookTrap(result: CodebookTrapResult, params: CodebookTrapParams): string[] {
  const tip = question(result, 'avg-tip');
  const share = question(result, 'share-tipping');
  const fare = question(result, 'standard-fare');
  const card = result.paymentCounts[1] ?? 0;
  const cardShare = (100 * card) / result.trips;
  const out = [
    `Taking tip_amount at face value, DuckDB says the average tip over all ${formatNumber(result.trips)} trips is ${usd(tip.naive.value)} and ${pct(share.naive.value)} of riders tip. Over the ${formatNumber(card)} card trips (${cardShare.toFixed(1)} %), the only ones whose tips are recorded, it is ${usd(tip.codebook.value)} and ${pct(share.codebook.value)}.`,
    `The naive mean is the card mean times the card share (${usd(tip.codebook.value)} × ${cardShare.toFixed(1)} % = ${usd(((tip.codebook.value ?? 0) * card) / result.trips)}): every cash, no-charge, disputed, unknown and voided trip adds a zero that is not a tip of zero.`,
  ];
  const gap = (tip.codebook.value ?? 0) - tip.truth;
  out.push(
    Math.abs(gap) < 0.05
      ? `The generator, which knows the cash tips the table leaves out, puts the true average at ${usd(tip.truth)}: close to the card-only answer because in this run cash riders tip ${params.cashTipPct} % as much as card riders. No query over this table can check that assumption.`
      : `The generator, which knows the cash tips, puts the true average at ${usd(tip.truth)}, ${usd(Math.abs(gap))} ${gap > 0 ? 'below' : 'above'} the card-only answer, because in this run cash riders tip ${params.cashTipPct} % as much as card riders. The dictionary stops you counting cash tips as zeros; it cannot tell you what they were.`,
  );
  const rate99 = result.rateCounts[99] ?? 0;
  out.push(
    `Average fare of a standard metered trip: ${usd(fare.naive.value)} over every row, ${usd(fare.codebook.value)} with RatecodeID = 1 and no voided trips (the generator's truth: ${usd(fare.truth)}). The naive mean mixes in $70 JFK flat fares, negotiated fares, $3.00 voided rows and ${formatNumber(rate99)} rows with RatecodeID 99, whose rate nobody recorded.`,
  );
  if (result.reader.error) out.push(`Your own query did not run: ${result.reader.error.split('\n')[0]}`);
  return out;
}
