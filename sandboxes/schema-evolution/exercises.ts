import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { orderLabel } from './labels';
import { defaultSteps, type SchemaEvolutionParams, type SchemaEvolutionResult, type UpgradeOrder } from './model';

type SchemaEvolutionExercise = Exercise<SchemaEvolutionParams, SchemaEvolutionResult>;

/** The registry's default mode against the prepared history. */
export const firstRefused: SchemaEvolutionExercise = {
  id: 'schema-evolution-first-refused',
  prompt:
    'With the prepared history and the registry set to BACKWARD, its default, which version is the first the registry refuses? Then set FORWARD: which is the first it refuses now, and why does every version after it fail too?',
  explore: { steps: defaultSteps, mode: 'BACKWARD' },
  fields: [{ name: 'version', kind: 'number', label: 'First refused version' }],
  deterministic: true,
  check(result, answers, params) {
    const refused = result.registry.find((s) => !s.accepted);
    if (!refused) return { pass: false, feedback: `Under ${params.mode} the registry accepts every version of this history: set the prepared steps and BACKWARD or FORWARD.` };
    if (numberAnswer(answers, 'version') !== refused.version) return { pass: false, feedback: `Not yet: under ${params.mode}, read the “Registry” column of the verdicts for the first version marked refused.` };
    return { pass: true, feedback: `Yes: version ${refused.version}, because ${refused.reason}. A refused version is not registered, so the next one is checked against the last version that was.` };
  },
};

const orders: UpgradeOrder[] = ['consumers-first', 'producers-first', 'either', 'none'];

/** The safe rollout for one change, read off both directions of resolution. */
export const safeOrder: SchemaEvolutionExercise = {
  id: 'schema-evolution-safe-order',
  prompt:
    'Set the reader’s schema to version 3 (user_id widened from int to long in the prepared history). Which side of the pipeline must upgrade first so that no consumer ever meets data it cannot read? Check your answer against the fraud scorer in the deployment.',
  explore: { steps: defaultSteps, reader: 3, writer: 2 },
  fields: [{ name: 'order', kind: 'choice', label: 'Safe upgrade order', options: orders.map((o) => ({ value: o, label: orderLabel[o] })) }],
  deterministic: true,
  check(result, answers, params) {
    const verdict = result.verdicts.find((v) => v.version === params.reader);
    if (!verdict) return { pass: false, feedback: 'Set the reader’s schema to a version after the first (2 or more), and run.' };
    if (answers.order !== verdict.order) {
      return { pass: false, feedback: `Not yet: does version ${verdict.version} read version ${verdict.version - 1}’s data (backward), and does version ${verdict.version - 1} read version ${verdict.version}’s (forward)? The grid of resolutions under Details shows both.` };
    }
    const why = verdict.order === 'consumers-first'
      ? 'the new schema reads old data, but old readers fail on new data, so consumers upgrade before any producer writes it'
      : verdict.order === 'producers-first'
        ? 'old readers read the new data, but the new schema cannot read the old data, so producers go first and consumers follow once old data is gone or never reread'
        : verdict.order === 'either'
          ? 'both directions resolve'
          : 'neither direction resolves: the change needs a new field or a new topic';
    return { pass: true, feedback: `Yes: ${orderLabel[verdict.order]} for version ${verdict.version}, because ${why}.` };
  },
};

/** Counting the lagging consumer's outages. */
export const laggingConsumer: SchemaEvolutionExercise = {
  id: 'schema-evolution-lagging-consumer',
  prompt:
    'The fraud scorer always runs one version behind. Under NONE (no registry check), after how many of the prepared changes does it fail? Which compatibility type would have refused exactly those changes?',
  explore: { steps: defaultSteps, mode: 'NONE' },
  fields: [{ name: 'count', kind: 'number', label: 'Changes that break it' }],
  deterministic: true,
  check(result, answers) {
    const broken = result.deployment.filter((d) => d.components.some((c) => c.name === 'Fraud scorer' && !c.ok)).map((d) => d.version);
    if (numberAnswer(answers, 'count') !== broken.length) return { pass: false, feedback: 'Not yet: count the versions in the deployment table where the fraud scorer is marked as failing.' };
    return { pass: true, feedback: `Yes: ${broken.length} (versions ${broken.join(', ')}). Each is a change an older reader cannot resolve: FORWARD would have refused them, since it asks exactly whether the previous schema reads the new data.` };
  },
};

export const schemaEvolutionExercises: readonly SchemaEvolutionExercise[] = [firstRefused, safeOrder, laggingConsumer];
