import { dateOfDay } from './dataset';
import { CARRIERS, FIRST_QUERY_DAY, type QueryPlansParams } from './model';
import type { QuerySpec } from './scan';

/** The query the settings ask: the date range from March 2 and the first `airlines` airlines. */
export function specFor(params: Pick<QueryPlansParams, 'days' | 'airlines'>): QuerySpec {
  return { dateFrom: dateOfDay(FIRST_QUERY_DAY), dateTo: dateOfDay(FIRST_QUERY_DAY + params.days - 1), carriers: CARRIERS.slice(0, params.airlines) };
}

/** The query as SQL, over the table `flights_clean` whose flight_date comes from the folder names. */
export function sqlFor(spec: QuerySpec, table = 'flights_clean'): string {
  const carriers = spec.carriers.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
  return [
    'SELECT origin_airport,',
    '       AVG(dep_delay_min)   AS mean_dep_delay_min,',
    '       COUNT(dep_delay_min) AS flights',
    `FROM ${table}`,
    `WHERE flight_date BETWEEN DATE '${spec.dateFrom}' AND DATE '${spec.dateTo}'`,
    `  AND carrier IN (${carriers})`,
    '  AND NOT is_cancelled',
    'GROUP BY origin_airport',
    'ORDER BY mean_dep_delay_min DESC',
  ].join('\n');
}
