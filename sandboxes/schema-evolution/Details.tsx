import type { SchemaEvolutionResult } from './model';
import styles from './schema-evolution.module.css';

/** Every reader version against every writer version, as avsc resolved them. */
export function ResolutionGrid({ result }: { result: SchemaEvolutionResult }) {
  const versions = result.versions.map((v) => v.version);
  return (
    <>
      <p className={styles.lead}>
        Where this differs from a real registry: Confluent Schema Registry runs Avro’s Java compatibility check, not avsc; this sandbox asks avsc’s resolver (createResolver) instead. Both follow the schema resolution rules of the Avro specification. The deployment’s producers register their schema when they first send, as the Confluent serializer does by default.
      </p>
      <div className="table-scroll" role="region" aria-label="Resolution grid" tabIndex={0}>
        <table className={`results-table ${styles.grid}`} data-result="grid">
          <caption>
            Rows: the reader’s version; columns: the writer’s. ✓ avsc resolved them and decoded all {formatCount(result)} records; ✗ it refused (its message is in the cell’s title and below). Below the diagonal is BACKWARD territory (new reads old), above it FORWARD (old reads new).
          </caption>
          <thead>
            <tr>
              <th scope="col">reader \ writer</th>
              {versions.map((v) => (
                <th scope="col" key={v}>
                  v{v}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.matrix.map((row, r) => (
              <tr key={r}>
                <th scope="row">v{r + 1}</th>
                {row.map((cell, w) => (
                  <td key={w} className={cell.ok ? styles.cellOk : styles.cellNo} title={cell.error ?? `${cell.decoded} records decoded`} data-cell={`${r + 1}-${w + 1}`}>
                    {cell.ok ? '✓' : '✗'}
                    <span className="visually-hidden">{cell.ok ? ' reads' : ` fails: ${cell.error}`}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const formatCount = (result: SchemaEvolutionResult) => `${result.decoded.bytes.length} of each version’s`;

/** Distinct refusals in the grid, with the pairs that hit each. */
export function Refusals({ result }: { result: SchemaEvolutionResult }) {
  const byMessage = new Map<string, string[]>();
  result.matrix.forEach((row, r) => row.forEach((cell, w) => cell.error && byMessage.set(cell.error, [...(byMessage.get(cell.error) ?? []), `v${r + 1}←v${w + 1}`])));
  if (byMessage.size === 0) return null;
  return (
    <ul aria-label="avsc's refusals">
      {[...byMessage].slice(0, 8).map(([message, pairs]) => (
        <li key={message}>
          <span className={styles.error}>{message}</span> — {pairs.length} pair{pairs.length === 1 ? '' : 's'} ({pairs.slice(0, 6).join(', ')}
          {pairs.length > 6 ? ', …' : ''})
        </li>
      ))}
    </ul>
  );
}

/** The chosen writer's and reader's schemas as JSON, what a producer would register. */
export function SchemaTexts({ result }: { result: SchemaEvolutionResult }) {
  const { writer, reader } = result.decoded;
  const shown = writer === reader ? [writer] : [writer, reader];
  return (
    <>
      {shown.map((v) => (
        <figure key={v}>
          <figcaption>
            Version {v}
            {v === writer ? ' (writer)' : ''}
            {v === reader ? ' (reader)' : ''}
          </figcaption>
          <pre className={styles.schema} tabIndex={0}>
            <code>{result.versions[v - 1]?.schema}</code>
          </pre>
        </figure>
      ))}
    </>
  );
}
