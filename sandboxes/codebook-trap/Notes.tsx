import { formatMs, formatNumber } from '@/lib/format';
import styles from './codebook-trap.module.css';
import { OTHER_PAYMENT_SPLIT, PASSENGERS, RATE_CARD, TIP_CHOICES, TRIP_MIX } from './generate';
import { PAYMENT_LABEL, RATE_LABEL, type CodebookTrapParams, type CodebookTrapResult } from './model';

const pct = (x: number) => `${Number((100 * x).toFixed(1))} %`;
const usd = (x: number) => `$${x.toFixed(2)}`;

/** The SQL each answer came from, exactly as DuckDB ran it. */
export function SqlList({ result }: { result: CodebookTrapResult }) {
  return (
    <>
      <h4>The queries</h4>
      {result.questions.map((q) => (
        <div key={q.id}>
          <pre className={styles.sql}>
            {`-- naive (${formatMs(q.naive.ms)})\n${q.naive.sql}\n-- as the dictionary says (${formatMs(q.codebook.ms)})\n${q.codebook.sql}`}
          </pre>
        </div>
      ))}
    </>
  );
}

/** Every rate the generator used, and where it is simpler than the real data. */
export function GeneratorNotes({ result, params }: { result: CodebookTrapResult; params: CodebookTrapParams }) {
  const counts = Object.entries(result.paymentCounts).map(([code, n]) => `${code} ${PAYMENT_LABEL[Number(code)]}: ${formatNumber(n)}`);
  const hidden = Object.entries(result.hiddenRates).map(([code, n]) => `${RATE_LABEL[Number(code)]} ${formatNumber(n)}`);
  return (
    <>
      <h4>How the trips were generated</h4>
      <p className="results-note">
        Generated in {formatMs(result.generateMs)}, loaded into DuckDB in {formatMs(result.loadMs)}. One row per trip, 1–30 June 2023, with the columns and codes of the TLC yellow-taxi data dictionary.
      </p>
      <ul className="results-note">
        <li>
          Payment: card {params.cardPct} %, cash {params.cashPct} %, voided {params.voidedPct} %; the rest goes to {OTHER_PAYMENT_SPLIT.map((o) => `${PAYMENT_LABEL[o.code]} (${pct(o.share)})`).join(', ')}. This run: {counts.join('; ')}.
        </li>
        <li>
          Tips: every card or cash rider draws one. {params.noTipPct} % of card riders give nothing; the others pick{' '}
          {TIP_CHOICES.map((t) => `${t.fraction === 'custom' ? 'a custom 10–20 %' : pct(t.fraction)} (${pct(t.share)} of tippers)`).join(', ')} of fare + extra. Cash riders tip {params.cashTipPct} % of that. The table records
          the tip only for card trips; every other row holds 0.
        </li>
        <li>
          Rate codes: {TRIP_MIX.map((m) => `${m.code} ${RATE_LABEL[m.code]} ${pct(m.share)}`).join(', ')}; then {params.unknownRatePct} % of all trips, whatever their rate, are recorded as 99. Behind this run’s 99s: {hidden.join(', ') || 'none'}.
        </li>
        <li>
          Fares, from TLC’s rates of December 2022: {usd(RATE_CARD.initial)} initial charge, {usd(RATE_CARD.unit)} per fifth of a mile or minute below 12 mph, JFK flat fare {usd(RATE_CARD.jfkFlat)} (+{usd(RATE_CARD.jfkRush)} on weekdays 4–8 pm), Newark surcharge {usd(RATE_CARD.newark)}, rush hour {usd(RATE_CARD.rush)}, overnight {usd(RATE_CARD.overnight)}, improvement surcharge {usd(RATE_CARD.improvement)}, MTA tax {usd(RATE_CARD.mtaTax)}; congestion surcharge {usd(RATE_CARD.congestion)} on 88 % of trips.
        </li>
        <li>
          Trips: standard distances log-normal around 1.8 miles (0.1–30), JFK about 17, Newark 18, Nassau or Westchester 20, negotiated 15; speeds by hour of day (9–19 mph in town, ×1.6 for out-of-town trips); passengers {PASSENGERS.map((x) => `${x.count}: ${pct(x.share)}`).join(', ')} (0: not entered by the driver).
        </li>
      </ul>
      <h4>Where the generator is simpler than the real data</h4>
      <ul className="results-note">
        <li>The meter charges for all the distance plus the minutes below 12 mph; a real taximeter counts one or the other at each moment.</li>
        <li>
          Nassau or Westchester trips pay double for half their distance; negotiated fares are $10 + $3 a mile, rounded to $5. Airport fee ({usd(RATE_CARD.airportFee)}) and tolls ({usd(RATE_CARD.toll)}) are the generator’s own
          choices; LaGuardia and its surcharge are left out.
        </li>
        <li>A voided trip holds only the $3.00 initial charge in fare_amount and total_amount; the dictionary does not say what a voided row contains.</li>
        <li>No Flex Fare trips (payment_type 0) and no group rides (RatecodeID 6) are generated; zones are 20 Manhattan zones, JFK (132), Newark (1) and 265 for trips leaving the city, with no zone lookup joined.</li>
        <li>Cash riders’ tips follow a setting you choose; in the real data nobody knows them. That is the point of the truth column.</li>
      </ul>
    </>
  );
}
