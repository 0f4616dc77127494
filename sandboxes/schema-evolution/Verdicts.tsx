import { list, orderLabel } from './labels';
import type { SchemaEvolutionParams, SchemaEvolutionResult } from './model';
import styles from './schema-evolution.module.css';

export function Mark({ ok, yes = 'yes', no = 'no' }: { ok: boolean; yes?: string; no?: string }) {
  return <span className={ok ? styles.yes : styles.no}>{ok ? `✓ ${yes}` : `✗ ${no}`}</span>;
}

/** A bare ✓ or ✗ with its word for screen readers, for narrow cells. */
export function Glyph({ ok, yes = 'yes' }: { ok: boolean; yes?: string }) {
  return (
    <span className={ok ? styles.yes : styles.no}>
      {ok ? '✓' : '✗'}
      <span className="visually-hidden">{ok ? ` ${yes}` : ' no'}</span>
    </span>
  );
}

const checks = [
  ['backward', 'Back', 'BACKWARD'],
  ['forward', 'Fwd', 'FORWARD'],
  ['full', 'Full', 'FULL'],
  ['backwardTransitive', 'Back', 'BACKWARD_TRANSITIVE'],
  ['forwardTransitive', 'Fwd', 'FORWARD_TRANSITIVE'],
  ['fullTransitive', 'Full', 'FULL_TRANSITIVE'],
] as const;

/** The headline: for each change, the six verdicts from real resolutions, the safe order, and what the registry did under the chosen mode. */
export function VerdictsTable({ result, params }: { result: SchemaEvolutionResult; params: SchemaEvolutionParams }) {
  const refused = result.registry.filter((s) => !s.accepted);
  return (
    <>
      <p className={styles.lead}>
        Confluent’s compatibility types for each change, from avsc resolving the new schema against earlier ones both ways ({result.resolutions} resolutions). Back = BACKWARD (the new schema reads older data), Fwd = FORWARD (older schemas read the new data), Full = both. Last column: the registry under {params.mode}.
      </p>
      <div className="table-scroll" role="region" aria-label="Compatibility verdicts by version" tabIndex={0}>
        <table className={`results-table ${styles.verdicts}`} data-result="verdicts">
          <caption className="visually-hidden">Compatibility verdicts, safe upgrade order and the registry’s decision, by version</caption>
          <thead>
            <tr>
              <td colSpan={2} />
              <th scope="colgroup" colSpan={3}>
                Against the version before
              </th>
              <th scope="colgroup" colSpan={3}>
                _TRANSITIVE: against all before
              </th>
              <td colSpan={2} />
            </tr>
            <tr>
              <th scope="col">v</th>
              <th scope="col">Change</th>
              {checks.map(([key, short, full]) => (
                <th scope="col" key={key}>
                  <abbr title={full}>{short}</abbr>
                </th>
              ))}
              <th scope="col">Safe order</th>
              <th scope="col">
                Registry <span className={styles.role}>{params.mode}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.versions.map((info) => {
              const v = result.verdicts.find((x) => x.version === info.version);
              const step = result.registry[info.version - 1];
              return (
                <tr key={info.version} data-version={info.version}>
                  <th scope="row">{info.version}</th>
                  <td>
                    {info.change}
                    {info.invalid && <div className={styles.error}>avsc: {info.invalid}</div>}
                  </td>
                  {v ? (
                    checks.map(([key]) => (
                      <td key={key} data-check={key}>
                        <Glyph ok={v[key]} />
                      </td>
                    ))
                  ) : (
                    <td colSpan={6}>nothing before it</td>
                  )}
                  <td data-order={v?.order ?? ''}>{v ? orderLabel[v.order] : ''}</td>
                  <td data-registry={step?.accepted ? 'accepted' : 'refused'}>{step && (step.accepted ? <Glyph ok yes="registered" /> : <Mark ok={false} no="refused" />)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {refused.length > 0 && (
        <ul className={styles.reasons} aria-label="Why the registry refused">
          {refused.map((s) => (
            <li key={s.version} data-refused={s.version}>
              Version {s.version} refused{s.checkedAgainst.length ? ` (checked against ${list(s.checkedAgainst)})` : ''}: <span className={styles.error}>{s.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
