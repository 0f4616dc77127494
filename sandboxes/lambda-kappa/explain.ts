import type { LambdaKappaResult } from './compute';
import { hourLabel, hours, n, pct, plural, usd } from './format';
import { pathLabel, type LambdaKappaParams } from './model';

/** Why Lambda's answers never all carry the fix, from the script and the run. */
function lambdaFix(r: LambdaKappaResult, p: LambdaKappaParams): string {
  const deployed = new Set(p.actions.flatMap((a) => (a.kind === 'deploy' ? [a.path] : [])));
  if (r.lambda.fixedAt !== null) {
    return `Lambda served the fix in every value from ${hourLabel(r.lambda.fixedAt)}, ${hours(r.lambda.fixedAt - (r.firstFixAt ?? 0))} after the first deploy, when a batch view built by the fixed job replaced the old one and the speed layer held only events it had counted with the fixed code.`;
  }
  if (deployed.has('batch') && !deployed.has('speed')) return `Lambda never served the fix everywhere: ${pathLabel.speed} still skips refunds, so every batch view is right when published and drifts again as the speed layer adds the hours since.`;
  if (deployed.has('speed') && !deployed.has('batch')) return `Lambda never served the fix everywhere: ${pathLabel.batch} still skips refunds, and every run publishes the bug over all history again, undoing what the speed layer got right.`;
  if (deployed.has('batch') && deployed.has('speed')) return `Lambda had not yet published a batch view from the fixed job when the run ended.`;
  return `The fix never reached Lambda: both of its jobs still skip refunds.`;
}

function kappaFix(r: LambdaKappaResult, p: LambdaKappaParams): string {
  const sw = r.kappa.lastSwitch;
  if (r.kappa.fixedAt !== null && sw) {
    return `Kappa served it from ${hourLabel(r.kappa.fixedAt)}, when the replay started at ${hourLabel(sw.startedAt)} had read ${plural(sw.processed, 'event')} and caught up with the head of the log.`;
  }
  if (r.kappa.stillReplaying) return `Kappa's replay was still reading the log when the run ended; until it catches up, readers see the old state.`;
  const streamFixed = p.actions.some((a) => a.kind === 'deploy' && a.path === 'stream');
  if (!streamFixed) return `The fix never reached Kappa's stream job, so a replay (if any) rebuilt the same bug.`;
  if (r.kappa.replays === 0) return `Kappa's stream job got the fix but nothing replayed the log: events before the deploy stay counted by the old code in its state.`;
  return `Kappa's replay started before the stream job got the fix, so it rebuilt part of the state with the old code.`;
}

/** "What your run shows": sentences computed from the run, the verdict first. */
export function explainRun(r: LambdaKappaResult, p: LambdaKappaParams): string[] {
  const out: string[] = [];
  out.push(
    `At the end of day ${p.days}, Lambda serves ${n(r.lambda.wrongAtEnd)} of ${n(r.users)} users a wrong net spend (${usd(r.lambda.errAtEnd)} off per user on average) and Kappa ${n(r.kappa.wrongAtEnd)} (${usd(r.kappa.errAtEnd)}).`,
  );
  if (r.firstFixAt !== null) out.push(`${lambdaFix(r, p)} ${kappaFix(r, p)}`);
  out.push(`The fix had to reach ${r.lambda.paths} code paths in Lambda (your script changed ${r.lambda.pathsChanged}) and ${r.kappa.paths} in Kappa (${r.kappa.pathsChanged}).`);
  out.push(
    `Compute: Lambda's batch job read ${n(r.lambda.batchEvents)} events in ${plural(r.lambda.batchRuns, 'run')}, because each run rereads all history, and its speed layer ${n(r.lambda.speedEvents)}: ${(r.lambda.compute / Math.max(1, r.events)).toFixed(1)} times the ${n(r.events)} events in the stream. Kappa read ${n(r.kappa.liveEvents)} live and ${n(r.kappa.replayEvents)} in ${plural(r.kappa.replays, 'replay')}.`,
  );
  if (p.split === 'event-time' && r.lambda.droppedLate > 0) {
    out.push(
      `Lambda's speed layer forgot ${plural(r.lambda.droppedLate, 'late event')} when a batch view was published: they happened before the run started but arrived after it had read the lake, so no layer held them until the next run. That is why some Lambda answers are off even with the fix.`,
    );
  }
  const sw = r.kappa.lastSwitch;
  if (sw && sw.lostEvents > 0) {
    out.push(
      `With ${n(r.kappa.retentionDays)} days of retention the replay could read the log only from ${hourLabel(sw.fromHour)}: ${plural(sw.lostEvents, 'event')} (${pct(sw.lostEvents, r.events)} of the stream) were already deleted, and the new state misses them for ${n(sw.lostUsers)} users, ${usd(sw.lostCents / 100)} in all${r.kappa.errBeforeSwitch !== null ? `: Kappa's mean error per user went from ${usd(r.kappa.errBeforeSwitch)} just before the switch to ${usd(r.kappa.errAtEnd)} at the end` : ''}. Lambda's batch layer reads the lake, which keeps everything.`,
    );
  } else if (sw) {
    out.push(`The log still held every event when the replay started, so the replay recovered all history.`);
  }
  return out;
}
