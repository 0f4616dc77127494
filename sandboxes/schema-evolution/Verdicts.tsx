import { list, orderLabel } from './labels';
import type { SchemaEvolutionParams, SchemaEvolutionResult } from './model';
import styles from './schema-evolution.module.css';

export function Mark({ ok, yes = 'yes', no = 'no' }: { ok: boolean; yes?: string; no?: string }) {
  return <span className={ok ? styles.yes : styles.no}>{ok ? `✓ ${yes}` : `✗ ${no}`}</span>;
}

const checks = [
  ['backward', 'BACKWARD'],
  ['forward', 'FORWARD'],
  ['full', 'FULL'],
  ['backwardTransitive', 'BACKWARD_ TRANSITIVE'],
  ['forwardTransitive', 'FORWARD_ TRANSITIVE'],
  ['fullTransitive', 'FULL_ TRANSITIVE'],
] as const;

/** The headline: for each change, the six verdicts from real resolutions, the safe order, and what the registry did under the chosen mode. */
export function VerdictsTable({ result, params }: { result: SchemaEvolutionResult; params: SchemaEvolutionParams }) {
  const first = result.registry[0];
  return (
    <div className="table-scroll" role="region" aria-label="Compatibility verdicts by version" tabIndex={0}>
      <table className="results-table" data-result="verdicts">
        <caption>
          Each change checked the way Confluent Schema Registry defines its compatibility types, by asking avsc to resolve the new schema against the earlier ones in both directions ({result.resolutions} resolutions). The last column is the registry under {params.mode}: a refused version is not registered.
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Change</th>
            {checks.map(([key, label]) => (
              <th scope="col" key={key}>
                {label}
              </th>
            ))}
            <th scope="col">Safe upgrade order</th>
            <th scope="col">Registry ({params.mode})</th>
          </tr>
        </thead>
        <tbody>
          {first && (
            <tr data-version={1}>
              <th scope="row">1</th>
              <td>{result.versions[0]?.change}</td>
              <td colSpan={7}>nothing to compare with</td>
              <td>
                <Mark ok={first.accepted} yes="registered" no={`refused: ${first.reason}`} />
              </td>
            </tr>
          )}
          {result.verdicts.map((v) => {
            const step = result.registry[v.version - 1];
            return (
              <tr key={v.version} data-version={v.version}>
                <th scope="row">{v.version}</th>
                <td>
                  {result.versions[v.version - 1]?.change}
                  {result.versions[v.version - 1]?.invalid && <div className={styles.error}>avsc: {result.versions[v.version - 1]?.invalid}</div>}
                </td>
                {checks.map(([key]) => (
                  <td key={key} data-check={key}>
                    <Mark ok={v[key]} />
                  </td>
                ))}
                <td data-order={v.order}>{orderLabel[v.order]}</td>
                <td data-registry={step?.accepted ? 'accepted' : 'refused'}>
                  {step && <Mark ok={step.accepted} yes={step.checkedAgainst.length ? `registered (checked against ${list(step.checkedAgainst)})` : 'registered'} no="refused" />}
                  {step?.reason && <div className={styles.error}>{step.reason}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
