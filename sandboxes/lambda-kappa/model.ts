import { z } from 'zod';
import { scriptSchema } from '@/lib/sandbox/params';

export const SANDBOX_ID = 'lambda-kappa';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

/** The version of the actions' shape, carried with the script in links. */
export const ACTIONS_VERSION = 1;
export const MAX_ACTIONS = 20;
export const MAX_DAYS = 60;
/** The stream is generated in full and the batch layer rereads it on every run: keep it bounded. */
export const MAX_EVENTS = 400_000;

/** The code paths a fix can be deployed to: Lambda's two, Kappa's one. */
export const paths = ['batch', 'speed', 'stream'] as const;
export type CodePath = (typeof paths)[number];
export const pathLabel: Record<CodePath, string> = {
  batch: 'Lambda’s batch job',
  speed: 'Lambda’s speed layer',
  stream: 'Kappa’s stream job',
};

/** How the speed layer forgets what a new batch view covers. */
export const splits = ['event-time', 'offset'] as const;
export type SpeedSplit = (typeof splits)[number];
export const splitLabel: Record<SpeedSplit, string> = {
  'event-time': 'By event time (events older than the batch cutoff)',
  offset: 'By log position (events the batch run read)',
};

const hourField = z
  .number({ error: 'Enter the hour of the step.' })
  .min(0, 'A step happens at hour 0 or later.')
  .max(MAX_DAYS * 24, `A step happens at hour ${MAX_DAYS * 24} at the latest.`);

/** The reader's script: what the team does, and when (in simulated hours from the start of the log). */
export const actionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('deploy'), hour: hourField, path: z.enum(paths, { error: 'Choose the code path that gets the fix.' }) }),
    z.object({ kind: z.literal('replay'), hour: hourField }),
    z.object({
      kind: z.literal('retention'),
      hour: hourField,
      days: z.number({ error: 'Enter the retention in days.' }).min(0.5, 'Keep at least half a day of log.').max(365, 'At most 365 days of retention.'),
    }),
  ],
  { error: 'A step deploys the fix, starts a replay or changes the retention.' },
);
export type Action = z.infer<typeof actionSchema>;

const whole = (what: string, min: number, max: number, tooFew: string, tooMany: string) =>
  z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`).min(min, tooFew).max(max, tooMany);
const share = (what: string, max: number) =>
  z
    .number({ error: `Enter the share of ${what} between 0 and ${max}.` })
    .min(0, 'A share is 0 or more.')
    .max(max, `At most ${max} of ${what}.`);

export const lambdaKappaParamsSchema = z
  .object({
    days: whole('days', 1, MAX_DAYS, 'Simulate at least 1 day.', `At most ${MAX_DAYS} days.`),
    users: whole('users', 1, 5_000, 'At least 1 user.', 'At most 5,000 users.'),
    eventsPerHour: whole('events per hour', 1, 20_000, 'At least 1 event per hour.', 'At most 20,000 events per hour.'),
    refundShare: share('events that are refunds', 0.5),
    lateShare: share('events that arrive late', 0.5),
    lateHours: z.number({ error: 'Enter the longest delay in hours.' }).min(0.5, 'A late event is at least half an hour late.').max(72, 'At most 72 hours late.'),
    batchEvery: whole('hours', 1, 48, 'The batch job runs at most every hour.', 'The batch job runs at least every 48 hours.'),
    batchRate: z
      .number({ error: 'Enter the events the batch job reads per hour.' })
      .min(1_000, 'The batch job reads at least 1,000 events per hour.')
      .max(100_000_000, 'At most 100,000,000 events per hour.'),
    split: z.enum(splits, { error: 'Choose how the speed layer forgets what a batch view covers.' }),
    retentionDays: z.number({ error: 'Enter the retention in days.' }).min(0.5, 'Keep at least half a day of log.').max(365, 'At most 365 days of retention.'),
    replaySpeed: z
      .number({ error: 'Enter how many times faster than the live stream the replay reads.' })
      .min(1.1, 'A replay must read faster than events arrive (more than 1×), or it never catches up.')
      .max(1_000, 'At most 1,000 times the live rate.'),
    actions: scriptSchema(actionSchema, { max: MAX_ACTIONS, what: 'steps' }),
    seed: z
      .number({ error: 'Enter a whole number as the seed.' })
      .int('Enter a whole number as the seed.')
      .min(0, 'The seed is 0 or more.')
      .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, context) => {
    const events = p.days * 24 * p.eventsPerHour;
    if (events > MAX_EVENTS) {
      context.addIssue({
        code: 'custom',
        path: ['eventsPerHour'],
        message: `${p.days} days at ${p.eventsPerHour.toLocaleString('en-US')} an hour is ${events.toLocaleString('en-US')} events; at most ${MAX_EVENTS.toLocaleString('en-US')} (fewer days or a lower rate).`,
      });
    }
    p.actions.forEach((action, step) => {
      if (action.hour > p.days * 24) {
        context.addIssue({ code: 'custom', path: ['actions', step], message: `Step ${step + 1} is at hour ${action.hour}, after the run ends (hour ${p.days * 24}).` });
      }
    });
  });
export type LambdaKappaParams = z.infer<typeof lambdaKappaParamsSchema>;

/** Halfway through, the fix goes everywhere it is needed, and Kappa replays its log. */
export const defaultActions: Action[] = [
  { kind: 'deploy', hour: 122, path: 'batch' },
  { kind: 'deploy', hour: 122, path: 'speed' },
  { kind: 'deploy', hour: 122, path: 'stream' },
  { kind: 'replay', hour: 122 },
];

export const defaultLambdaKappaParams: LambdaKappaParams = {
  days: 10,
  users: 300,
  eventsPerHour: 300,
  refundShare: 0.1,
  lateShare: 0.05,
  lateHours: 12,
  batchEvery: 6,
  batchRate: 100_000,
  split: 'event-time',
  retentionDays: 7,
  replaySpeed: 20,
  actions: defaultActions,
  seed: 42,
};

export interface LambdaKappaProgress {
  hour: number;
  hours: number;
}
