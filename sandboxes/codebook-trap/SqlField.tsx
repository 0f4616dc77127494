'use client';

import { Field } from '@/components/sandbox/fields';
import styles from './codebook-trap.module.css';
import { DEFAULT_SQL } from './model';

/** Queries the reader can start from: each asks the table something the dictionary explains. */
export const EXAMPLE_QUERIES: ReadonlyArray<[string, string]> = [
  ['Tips by payment type', DEFAULT_SQL],
  ['Trips with RatecodeID 99', 'SELECT count(*) AS unknown_rate FROM trips WHERE RatecodeID = 99'],
  ['Cash trips with a tip', 'SELECT count(*) AS cash_trips, count(*) FILTER (WHERE tip_amount > 0) AS with_tip FROM trips WHERE payment_type = 2'],
  [
    'Card tip rate by hour',
    `SELECT hour(tpep_pickup_datetime) AS hour,
       round(100 * median(tip_amount / (fare_amount + extra)), 1) AS median_tip_pct
FROM trips WHERE payment_type = 1 AND fare_amount > 0
GROUP BY hour ORDER BY hour`,
  ],
];

/** The reader's own SELECT, with examples to start from; the schema judges it on Run. */
export function SqlField(props: { label: string; hint?: string; error?: string; value: string; onChange(value: string): void }) {
  return (
    <div className={styles.sqlField}>
      <Field label={props.label} hint={props.hint} error={props.error}>
        {({ id, describedBy, invalid }) => (
          <>
            <textarea
              id={id}
              rows={6}
              spellCheck={false}
              value={props.value}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => props.onChange(event.target.value)}
            />
            <div className={styles.examples}>
              <span>Start from:</span>
              {EXAMPLE_QUERIES.map(([name, sql]) => (
                <button key={name} type="button" onClick={() => props.onChange(sql)}>
                  {name}
                </button>
              ))}
            </div>
          </>
        )}
      </Field>
    </div>
  );
}
