import { z } from 'zod';
import { scriptSchema } from '@/lib/sandbox/params';
import { replaySteps } from './steps';

export const SANDBOX_ID = 'schema-evolution';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;
/** The version of the steps' shape, carried with the script in links. */
export const STEPS_VERSION = 1;
/** Each step registers a version; 12 steps make 13 versions and a 13 × 13 grid of resolutions. */
export const MAX_STEPS = 12;
export const MAX_RECORDS = 50;

export const primitives = ['string', 'int', 'long', 'float', 'double', 'boolean'] as const;
export type Primitive = (typeof primitives)[number];

/** Confluent Schema Registry's compatibility types. */
export const modes = ['NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE'] as const;
export type Mode = (typeof modes)[number];

const avroName = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .min(1, `Enter the ${what}.`)
    .max(40, `The ${what} is at most 40 characters.`)
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, `The ${what} is letters, digits and _ and starts with a letter or _ (Avro's rule for names).`);
const field = avroName('field name');
const primitive = z.enum(primitives, { error: `Choose a type: ${primitives.join(', ')}.` });
const defaultText = z.string({ error: 'Enter the default as text.' }).max(60, 'A default is at most 60 characters.');

/** One change to the schema; each step registers the next version. Flat records of scalars, so a script fits in a link. */
export const stepSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('add'), field, type: primitive, withDefault: z.boolean(), default: defaultText }),
    z.object({ kind: z.literal('remove'), field }),
    z.object({ kind: z.literal('rename'), field, to: avroName('new name'), alias: z.boolean() }),
    z.object({ kind: z.literal('retype'), field, type: primitive }),
    z.object({ kind: z.literal('optional'), field }),
    z.object({ kind: z.literal('set-default'), field, withDefault: z.boolean(), default: defaultText }),
    z.object({ kind: z.literal('enum-add'), field, symbol: avroName('symbol') }),
    z.object({ kind: z.literal('enum-remove'), field, symbol: avroName('symbol') }),
    z.object({ kind: z.literal('union-add'), field, type: primitive }),
  ],
  { error: 'Unknown kind of step.' },
);
export type Step = z.infer<typeof stepSchema>;

const version = (what: string) =>
  z.number({ error: `Enter the ${what} as a version number.` }).int(`Enter the ${what} as a whole version number.`).min(1, 'Versions are numbered from 1.');

export const schemaEvolutionParamsSchema = z
  .object({
    steps: scriptSchema(stepSchema, { max: MAX_STEPS, what: 'schema changes' }),
    mode: z.enum(modes, { error: 'Choose a compatibility type.' }),
    writer: version('writer’s schema'),
    reader: version('reader’s schema'),
    records: z
      .number({ error: 'Enter a whole number of records.' })
      .int('Enter a whole number of records.')
      .min(1, 'Write at least 1 record per version.')
      .max(MAX_RECORDS, `At most ${MAX_RECORDS} records per version: every one is listed.`),
    seed: z.number({ error: 'Enter a whole number as the seed.' }).int('Enter a whole number as the seed.').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, context) => {
    const replay = replaySteps(p.steps);
    if (replay.error) context.addIssue({ code: 'custom', path: ['steps', replay.error.step], message: replay.error.message });
    const versions = p.steps.length + 1;
    for (const key of ['writer', 'reader'] as const) {
      if (p[key] > versions) context.addIssue({ code: 'custom', path: [key], message: `There are ${versions} versions (version 1 and one per step): choose 1 to ${versions}.` });
    }
  });
export type SchemaEvolutionParams = z.infer<typeof schemaEvolutionParamsSchema>;

/** The prepared history: one change per rule, then one a backward check refuses. */
export const defaultSteps: Step[] = [
  { kind: 'add', field: 'device_type', type: 'string', withDefault: true, default: 'unknown' },
  { kind: 'retype', field: 'user_id', type: 'long' },
  { kind: 'enum-add', field: 'currency', symbol: 'CHF' },
  { kind: 'rename', field: 'amount', to: 'amount_eur', alias: true },
  { kind: 'union-add', field: 'promo', type: 'long' },
  { kind: 'remove', field: 'device_type' },
  { kind: 'add', field: 'country', type: 'string', withDefault: false, default: '' },
];

export const defaultSchemaEvolutionParams: SchemaEvolutionParams = { steps: defaultSteps, mode: 'BACKWARD', writer: 1, reader: 6, records: 4, seed: 42 };

export interface SchemaEvolutionProgress {
  done: number;
  total: number;
}

/** Whether a reader's schema reads a writer's, as avsc's createResolver decides. */
export interface Resolution {
  ok: boolean;
  /** avsc's own message when it refuses. */
  error: string | null;
  /** Records of the writer's version decoded through the resolver (0 when refused). */
  decoded: number;
}

export interface VersionInfo {
  version: number;
  /** The step that made it ('the first version' for 1). */
  change: string;
  /** The schema as JSON text (what a producer would register). */
  schema: string;
  /** avsc's message when it refuses the schema itself (a default that does not fit its type). */
  invalid: string | null;
}

export type UpgradeOrder = 'either' | 'consumers-first' | 'producers-first' | 'none';

/** Confluent's six checks for one new version against the versions before it, all of them registered. */
export interface Verdicts {
  version: number;
  backward: boolean;
  forward: boolean;
  full: boolean;
  backwardTransitive: boolean;
  forwardTransitive: boolean;
  fullTransitive: boolean;
  /** Earlier versions this one cannot read (backward) or that cannot read it (forward). */
  unreadable: number[];
  unreadableBy: number[];
  order: UpgradeOrder;
}

/** What the registry does under the chosen mode, version by version: a refused version is not registered. */
export interface RegistryStep {
  version: number;
  accepted: boolean;
  checkedAgainst: number[];
  reason: string | null;
}

export interface Component {
  name: string;
  role: 'producer' | 'consumer';
  version: number;
  ok: boolean;
  /** Writer versions a consumer reads; empty for a producer. */
  reads: number[];
  note: string;
}

export interface DeploymentStep {
  /** The newest version at this point. */
  version: number;
  components: Component[];
}

export interface FieldPath {
  reader: string;
  /** The writer's field it is read from; null when the default fills it. */
  writer: string | null;
  how: string;
}

export interface Decoded {
  writer: number;
  reader: number;
  ok: boolean;
  error: string | null;
  fields: FieldPath[];
  /** Writer fields the reader skips. */
  skipped: string[];
  columns: string[];
  rows: string[][];
  /** Encoded size of each record, bytes. */
  bytes: number[];
}

export interface SchemaEvolutionResult {
  versions: VersionInfo[];
  /** matrix[reader − 1][writer − 1]. */
  matrix: Resolution[][];
  verdicts: Verdicts[];
  registry: RegistryStep[];
  deployment: DeploymentStep[];
  decoded: Decoded;
  resolutions: number;
  recordsDecoded: number;
  elapsedMs: number;
}
