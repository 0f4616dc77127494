import type { QueryPlansParams, QueryPlansResult } from './model';
import { rowOrderPhrase } from './model';

const CELL = 12;
const GAP = 2;
const LABEL = 44;

/**
 * Which row groups your plan read: one row per daily file, one cell per row group (or per few, on big
 * tables). Filled: read; outlined: skipped by min/max statistics; faint row: the file was skipped by
 * its folder's date. Drawn as SVG with a text summary beside it.
 */
export function LayoutMap({ result, params }: { result: QueryPlansResult; params: QueryPlansParams }) {
  const { rows, groupsPerCell } = result.layout;
  const cells = Math.max(1, ...rows.map((r) => r.cells.length));
  const width = LABEL + cells * (CELL + GAP);
  const height = rows.length * (CELL + GAP);
  const plan = result.plans[result.chosen];
  const opened = rows.filter((r) => !r.pruned).length;
  return (
    <figure className="chart">
      <figcaption>
        Row groups your plan read ({plan?.name.toLowerCase()}), rows in {rowOrderPhrase[params.order]}: one row per daily file, one cell per{' '}
        {groupsPerCell === 1 ? 'row group' : `${groupsPerCell} row groups`}. Filled: read; outlined: skipped by statistics; faint: file skipped by its date. It opened{' '}
        {opened} of {rows.length} files and read {plan?.rowGroupsRead ?? 0} row groups, skipping {plan?.rowGroupsSkippedByStats ?? 0} by statistics.
      </figcaption>
      <div className="table-scroll" role="region" aria-label="Row group map" tabIndex={0}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${opened} files opened, ${plan?.rowGroupsRead ?? 0} row groups read, ${plan?.rowGroupsSkippedByStats ?? 0} skipped by statistics`}>
          {rows.map((row, r) => (
            <g key={row.date} transform={`translate(0 ${r * (CELL + GAP)})`} opacity={row.pruned ? 0.3 : 1}>
              <text x={0} y={CELL - 1} fontSize={10} fill="var(--muted)">
                {row.date.slice(5)}
              </text>
              {row.cells.map((share, c) => (
                <rect
                  key={c}
                  x={LABEL + c * (CELL + GAP)}
                  y={0}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  fill={row.pruned ? 'var(--border)' : share > 0 ? 'var(--accent)' : 'none'}
                  fillOpacity={row.pruned ? 1 : Math.max(share, share > 0 ? 0.35 : 0)}
                  stroke={row.pruned ? 'none' : 'var(--accent)'}
                />
              ))}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}
