import type { Happening, LambdaKappaResult } from './compute';
import { hourLabel, hours, n, pct, usd } from './format';
import styles from './lambda-kappa.module.css';
import { pathLabel } from './model';

const fixCell = (fixedAt: number | null, since: number | null) => (fixedAt === null ? 'never' : `${hourLabel(fixedAt)}${since !== null ? `, ${hours(fixedAt - since)} after the fix` : ''}`);

/** The headline: both architectures on the same stream and the same script, against the truth; one row per measure, so it fits a phone. */
export function SummaryTable({ result }: { result: LambdaKappaResult }) {
  const { lambda: l, kappa: k } = result;
  const sw = k.lastSwitch;
  const rows: Array<[key: string, label: string, lambda: string, kappa: string]> = [
    ['wrong', 'Users wrong at the end', `${n(l.wrongAtEnd)} (${pct(l.wrongAtEnd, result.users)})`, `${n(k.wrongAtEnd)} (${pct(k.wrongAtEnd, result.users)})`],
    ['error', 'Mean error per user', usd(l.errAtEnd), usd(k.errAtEnd)],
    ['fixed', 'Fix in every answer from', fixCell(l.fixedAt, result.firstFixAt), k.stillReplaying ? 'never: still replaying at the end' : fixCell(k.fixedAt, result.firstFixAt)],
    ['paths', 'Code paths changed', `${l.pathsChanged} of ${l.paths}`, `${k.pathsChanged} of ${k.paths}`],
    ['compute', 'Events processed', `${n(l.compute)} (${n(l.batchEvents)} batch + ${n(l.speedEvents)} speed)`, `${n(k.compute)} (${n(k.liveEvents)} live + ${n(k.replayEvents)} replay)`],
    [
      'lost',
      'History the fix could not reach',
      'none: the batch job reads the lake, which keeps every event',
      !sw
        ? 'no replay finished'
        : sw.lostEvents === 0
          ? 'none: the log held every event'
          : `${n(sw.lostEvents)} events (${pct(sw.lostEvents, result.events)}) deleted before ${hourLabel(sw.fromHour)}; ${n(sw.lostUsers)} users short by ${usd(sw.lostCents / 100)} in all`,
    ],
  ];
  return (
    <table className={`results-table ${styles.summary}`}>
      <caption>
        Each architecture on the same {n(result.events)} events and the same steps, against the truth (every user’s net spend with the fixed logic), at the end of the run
      </caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Lambda</th>
          <th scope="col">Kappa</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label, lambda, kappa]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td data-arch="lambda" data-result={key}>
              {lambda}
            </td>
            <td data-arch="kappa" data-result={key}>
              {kappa}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Day by day: how many users each architecture served wrong at midnight. */
export function DaysTable({ result }: { result: LambdaKappaResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Day by day" tabIndex={0}>
      <table className={`results-table ${styles.numbers}`}>
        <caption>Users served wrong, and the mean error per user, at the end of each day</caption>
        <thead>
          <tr>
            <th scope="col">End of day</th>
            <th scope="col">Lambda wrong</th>
            <th scope="col">Lambda error</th>
            <th scope="col">Kappa wrong</th>
            <th scope="col">Kappa error</th>
          </tr>
        </thead>
        <tbody>
          {result.days.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td>{n(d.lambdaWrong)}</td>
              <td>{usd(d.lambdaErr)}</td>
              <td>{n(d.kappaWrong)}</td>
              <td>{usd(d.kappaErr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const happeningText = (h: Happening): string => {
  if (h.kind === 'deploy') return `Fix deployed to ${pathLabel[h.path]}`;
  if (h.kind === 'replay') return 'Kappa replay starts from the oldest event the log holds';
  if (h.kind === 'retention') return `Log retention set to ${h.days} days`;
  if (h.kind === 'publish') return `Batch view published, built by the ${h.version === 2 ? 'fixed' : 'old'} job from ${n(h.read)} events${h.dropped ? `; the speed layer drops ${n(h.dropped)} late events it covers by time` : ''}`;
  return `Kappa switches to the replayed state after reading ${n(h.processed)} events${h.lostEvents ? ` (${n(h.lostEvents)} were already deleted)` : ''}`;
};

/** The steps and what they set off, in time order (batch publishes only where the served version changes). */
export function HappeningsTable({ result }: { result: LambdaKappaResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="What happened when" tabIndex={0}>
      <table className={`results-table ${styles.numbers}`}>
        <caption>What happened when</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {result.happenings.map((h, i) => (
            <tr key={i} data-happening={h.kind}>
              <td className={styles.when}>{hourLabel(h.at)}</td>
              <td className={styles.text}>{happeningText(h)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The users served wrong at the end, worst first: the error per key behind the headline's count. */
export function UsersTable({ result }: { result: LambdaKappaResult }) {
  if (result.top.length === 0) return <p className="results-note">At the end of the run both architectures serve every user the right net spend.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Users served wrong" tabIndex={0}>
      <table className={`results-table ${styles.numbers}`}>
        <caption>
          Users served wrong at the end, worst first{result.topMore ? ` (and ${n(result.topMore)} more)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Truth</th>
            <th scope="col">Lambda serves</th>
            <th scope="col">Kappa serves</th>
          </tr>
        </thead>
        <tbody>
          {result.top.map((u) => (
            <tr key={u.user}>
              <td>u-{u.user}</td>
              <td>{usd(u.truth)}</td>
              <td>{usd(u.lambda)}</td>
              <td>{usd(u.kappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
