import { list, orderLabel } from './labels';
import type { SchemaEvolutionParams, SchemaEvolutionResult } from './model';

const names = (items: readonly string[]) => {
  const the = items.map((n) => `the ${n}`);
  return the.length <= 1 ? the.join('') : `${the.slice(0, -1).join(', ')} and ${the[the.length - 1]}`;
};

/** "What your run shows": computed from this run's verdicts, registry, deployment and decoded records. */
export function explainRun(result: SchemaEvolutionResult, params: SchemaEvolutionParams): string[] {
  const changes = result.verdicts.length;
  const count = (order: string) => result.verdicts.filter((v) => v.order === order).length;
  const refused = result.registry.filter((s) => !s.accepted).map((s) => s.version);
  const first = result.registry.find((s) => !s.accepted);
  const sentences = [
    changes === 0
      ? 'With no changes there is one version and nothing to check: add a step.'
      : `Of your ${changes} change${changes === 1 ? '' : 's'}, avsc resolves ${count('either')} both ways (${orderLabel.either}), ${count('consumers-first')} only from the new schema (${orderLabel['consumers-first']}), ${count('producers-first')} only from the old (${orderLabel['producers-first']}) and ${count('none')} neither way. ` +
        (refused.length === 0
          ? `Under ${params.mode} the registry accepts every version.`
          : `Under ${params.mode} the registry refuses version${refused.length === 1 ? '' : 's'} ${list(refused)}; the first because ${first?.reason}.`),
  ];
  const d = result.decoded;
  const defaults = d.fields.filter((f) => f.writer === null).map((f) => f.reader);
  sentences.push(
    d.ok
      ? `Version ${d.reader} read ${d.rows.length} record${d.rows.length === 1 ? '' : 's'} written with version ${d.writer}: ${defaults.length ? `${defaults.join(', ')} filled from ${defaults.length === 1 ? 'its default' : 'their defaults'}` : 'no default needed'}${d.skipped.length ? `, ${d.skipped.join(', ')} skipped` : ''}.`
      : `Version ${d.reader} cannot read data written with version ${d.writer}; avsc says: ${d.error}.`,
  );
  const last = result.deployment[result.deployment.length - 1];
  const failing = last?.components.filter((c) => !c.ok).map((c) => c.name.toLowerCase()) ?? [];
  if (last) sentences.push(failing.length ? `After the last change (version ${last.version}) ${names(failing)} stop${failing.length === 1 ? 's' : ''} working.` : `After the last change (version ${last.version}) every producer and consumer in the deployment keeps working.`);
  return sentences;
}
