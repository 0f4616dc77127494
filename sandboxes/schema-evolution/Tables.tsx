import { formatNumber } from '@/lib/format';
import type { SchemaEvolutionResult } from './model';
import styles from './schema-evolution.module.css';
import { Mark } from './Verdicts';

/** The chosen writer's records as the chosen reader decodes them, field by field, or avsc's refusal. */
export function DecodedTables({ result }: { result: SchemaEvolutionResult }) {
  const d = result.decoded;
  const totalBytes = d.bytes.reduce((a, b) => a + b, 0);
  return (
    <>
      <div className="table-scroll" role="region" aria-label="How each reader field is resolved" tabIndex={0}>
        <table className="results-table" data-result="fields">
          <caption>
            Version {d.writer} (writer) read with version {d.reader} (reader): where each of the reader’s fields comes from.
            {d.skipped.length > 0 && ` Skipped writer fields: ${d.skipped.join(', ')}.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Reader field</th>
              <th scope="col">Writer field</th>
              <th scope="col">How</th>
            </tr>
          </thead>
          <tbody>
            {d.fields.map((f) => (
              <tr key={f.reader}>
                <th scope="row" className={styles.code}>
                  {f.reader}
                </th>
                <td className={styles.code}>{f.writer ?? '—'}</td>
                <td>{f.how}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.ok ? (
        <div className="table-scroll" role="region" aria-label="Decoded records" tabIndex={0}>
          <table className="results-table" data-result="decoded">
            <caption>
              The {d.rows.length} records version {d.writer}’s producer wrote ({formatNumber(totalBytes)} bytes of Avro), decoded by avsc with version {d.reader}’s schema.
            </caption>
            <thead>
              <tr>
                {d.columns.map((c) => (
                  <th scope="col" key={c} className={styles.code}>
                    {c}
                  </th>
                ))}
                <th scope="col">Bytes</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((value, j) => (
                    <td key={j} className={styles.code}>
                      {value}
                    </td>
                  ))}
                  <td>{d.bytes[i]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p data-result="decode-error">
          <Mark ok={false} no="avsc refuses to resolve them:" /> <span className={styles.error}>{d.error}</span>
        </p>
      )}
    </>
  );
}

const roleText: Record<string, string> = {
  'Web checkout': 'producer, new version',
  'Mobile app': 'producer, one behind',
  'Feature pipeline': 'consumer, new version',
  'Fraud scorer': 'consumer, one behind',
  'Backfill job': 'consumer, new version, rereads all',
};

/** Who keeps working after each change, in a deployment where some parts lag one version; why each failure, below. */
export function DeploymentTable({ result }: { result: SchemaEvolutionResult }) {
  const names = result.deployment[0]?.components.map((c) => c.name) ?? [];
  if (!names.length) return <p>With one version there is no change to roll out.</p>;
  const failures = result.deployment.flatMap((d) => d.components.filter((c) => !c.ok).map((c) => ({ at: d.version, c })));
  return (
    <>
      <p className={styles.lead}>
        After each change the web checkout and the feature pipeline run the new version at once, the mobile app and the fraud scorer stay one version behind, and a backfill job on the new version rereads every registered version. A producer whose schema the registry refuses cannot send.
      </p>
      <div className="table-scroll" role="region" aria-label="Producers and consumers after each change" tabIndex={0}>
        <table className={`results-table ${styles.verdicts}`} data-result="deployment">
          <caption className="visually-hidden">Which producers and consumers work after each change</caption>
          <thead>
            <tr>
              <th scope="col">Newest version</th>
              {names.map((n) => (
                <th scope="col" key={n}>
                  {n} <span className={styles.role}>({roleText[n] ?? ''})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.deployment.map((d) => (
              <tr key={d.version} data-version={d.version}>
                <th scope="row">{d.version}</th>
                {d.components.map((c) => (
                  <td key={c.name} data-component={c.name} data-ok={c.ok} title={c.note}>
                    <Mark ok={c.ok} yes={`v${c.version}`} no={`v${c.version}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {failures.length > 0 && (
        <ul className={styles.reasons} aria-label="Why they fail">
          {failures.slice(0, 12).map(({ at, c }) => (
            <li key={`${at}-${c.name}`}>
              After version {at}, the {c.name.toLowerCase()} on v{c.version}: <span className={styles.error}>{c.note}</span>
            </li>
          ))}
          {failures.length > 12 && <li>and {failures.length - 12} more failures (each cell’s title holds its reason)</li>}
        </ul>
      )}
    </>
  );
}
