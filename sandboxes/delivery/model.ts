import { z } from 'zod';
import { scriptSchema } from '@/lib/sandbox/params';

export const SANDBOX_ID = 'delivery';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

export const MAX_MESSAGES = 20_000;
export const MAX_FAULTS = 40;
/** The version of the fault actions' shape, carried with the script in links. */
export const FAULTS_VERSION = 1;

/**
 * Where the consumer commits its offsets, and what the sink does with a repeated write.
 * `auto` is Kafka's default (enable.auto.commit=true): the offsets of earlier polls are committed
 * inside a later poll once the interval has passed.
 */
export const modes = ['at-most-once', 'at-least-once', 'auto', 'idempotent', 'transactional'] as const;
export type Mode = (typeof modes)[number];
export const modeLabel: Record<Mode, string> = {
  'at-most-once': 'At most once',
  'at-least-once': 'At least once',
  auto: 'Auto-commit (Kafka’s default)',
  idempotent: 'Effectively once: upsert by id',
  transactional: 'Effectively once: offsets in the sink',
};
export const modeShort: Record<Mode, string> = {
  'at-most-once': 'At most once',
  'at-least-once': 'At least once',
  auto: 'Auto-commit',
  idempotent: 'Idempotent sink',
  transactional: 'Offsets in the sink',
};

/** Where in a batch a crash strikes; the order of commit and writes depends on the mode. */
export const crashPoints = ['before-commit', 'after-commit', 'before-write', 'mid-write', 'after-write'] as const;
export type CrashPoint = (typeof crashPoints)[number];
export const crashPointLabel: Record<CrashPoint, string> = {
  'before-commit': 'just before the offset commit',
  'after-commit': 'just after the offset commit',
  'before-write': 'before the first sink write',
  'mid-write': 'halfway through the sink writes',
  'after-write': 'after the last sink write',
};

export const overflows = ['block', 'drop', 'grow'] as const;
export type Overflow = (typeof overflows)[number];
export const overflowLabel: Record<Overflow, string> = {
  block: 'The producer waits',
  drop: 'The producer drops it',
  grow: 'No bound: lag grows',
};

const whole = (what: string, min: number, max: number, tooFew: string, tooMany: string) =>
  z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`).min(min, tooFew).max(max, tooMany);
const batchField = whole('polls', 1, 100_000, 'Polls are numbered from 1.', 'At most poll 100,000.');

/** The reader's faults, each tied to a numbered poll of the group (1 = the first poll that returned records) or to a message. */
export const faultSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('crash'), batch: batchField, point: z.enum(crashPoints, { error: 'Choose where in the batch the consumer crashes.' }) }),
    z.object({ kind: z.literal('rebalance'), batch: batchField }),
    z.object({ kind: z.literal('poison'), message: whole('messages', 1, MAX_MESSAGES, 'Messages are numbered from 1.', `Messages go up to m-${MAX_MESSAGES}.`) }),
  ],
  { error: 'A fault is a crash, a rebalance or a poison message.' },
);
export type Fault = z.infer<typeof faultSchema>;

const ms = (what: string, min: number, max: number) =>
  z
    .number({ error: `Enter the ${what} in milliseconds.` })
    .min(min, `The ${what} is at least ${min} ms.`)
    .max(max, `The ${what} is at most ${max.toLocaleString('en-US')} ms.`);

export const deliveryParamsSchema = z
  .object({
    mode: z.enum(modes, { error: 'Choose a delivery mode.' }),
    messages: whole('messages', 2, MAX_MESSAGES, 'Send at least 2 messages.', `At most ${MAX_MESSAGES.toLocaleString('en-US')} messages.`),
    produceRate: z.number({ error: 'Enter messages per second.' }).min(1, 'The producer sends at least 1 message per second.').max(20_000, 'At most 20,000 messages per second.'),
    partitions: whole('partitions', 1, 8, 'The topic has at least 1 partition.', 'At most 8 partitions.'),
    consumers: whole('consumers', 1, 4, 'The group has at least 1 consumer.', 'At most 4 consumers.'),
    maxPollRecords: whole('records', 1, 500, 'A poll returns at least 1 record.', 'At most 500 records per poll here (Kafka’s default).'),
    writeMs: ms('sink write time', 0.1, 1_000),
    autoCommitMs: ms('auto-commit interval', 10, 60_000),
    maxPollIntervalMs: ms('poll interval limit', 50, 300_000),
    restartMs: ms('restart time', 0, 60_000),
    buffer: whole('messages', 1, MAX_MESSAGES, 'The buffer holds at least 1 message.', `At most ${MAX_MESSAGES.toLocaleString('en-US')} messages.`),
    overflow: z.enum(overflows, { error: 'Choose what happens when the buffer is full.' }),
    transientRate: z.number({ error: 'Enter a probability between 0 and 0.5.' }).min(0, 'A probability is 0 or more.').max(0.5, 'At most 0.5: half of all writes failing is an outage, not a blip.'),
    maxAttempts: whole('attempts', 1, 10, 'Each record is tried at least once.', 'At most 10 attempts.'),
    backoffMs: ms('backoff base', 1, 10_000),
    backoffCapMs: ms('backoff cap', 1, 60_000),
    classify: z.boolean({ error: 'Tick or untick.' }),
    replay: z.boolean({ error: 'Tick or untick.' }),
    faults: scriptSchema(faultSchema, { max: MAX_FAULTS, what: 'faults' }),
    seed: z
      .number({ error: 'Enter a whole number as the seed.' })
      .int('Enter a whole number as the seed.')
      .min(0, 'The seed is 0 or more.')
      .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, context) => {
    if (p.backoffCapMs < p.backoffMs) context.addIssue({ code: 'custom', path: ['backoffCapMs'], message: 'The cap must be at least the backoff base.' });
    if (p.consumers > p.partitions) {
      context.addIssue({ code: 'custom', path: ['consumers'], message: `With ${p.partitions} partition(s), at most ${p.partitions} consumer(s) get work: a partition has one owner in a group.` });
    }
    p.faults.forEach((fault, step) => {
      if (fault.kind === 'poison' && fault.message > p.messages) {
        context.addIssue({ code: 'custom', path: ['faults', step], message: `Step ${step + 1}: there is no m-${fault.message}; the producer sends m-1 to m-${p.messages}.` });
      }
    });
  });
export type DeliveryParams = z.infer<typeof deliveryParamsSchema>;

export const defaultFaults: Fault[] = [
  { kind: 'crash', batch: 25, point: 'mid-write' },
  { kind: 'crash', batch: 45, point: 'after-commit' },
  { kind: 'rebalance', batch: 60 },
  { kind: 'poison', message: 222 },
  { kind: 'poison', message: 555 },
];

export const defaultDeliveryParams: DeliveryParams = {
  mode: 'at-least-once',
  messages: 1_000,
  produceRate: 400,
  partitions: 4,
  consumers: 2,
  maxPollRecords: 20,
  writeMs: 6,
  autoCommitMs: 1_000,
  maxPollIntervalMs: 2_000,
  restartMs: 300,
  buffer: 300,
  overflow: 'block',
  transientRate: 0.01,
  maxAttempts: 4,
  backoffMs: 20,
  backoffCapMs: 160,
  classify: false,
  replay: true,
  faults: defaultFaults,
  seed: 42,
};

export interface DeliveryProgress {
  done: number;
  total: number;
}
