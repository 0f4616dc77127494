import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { checkLabel, formatError } from './labels';
import type { CheckId, FaultKind, QualityGatesParams, QualityGatesResult } from './model';

type QualityGatesExercise = Exercise<QualityGatesParams, QualityGatesResult>;

/** Everything a re-run reproduces exactly: all but the run's time. */
const evidence = (r: QualityGatesResult) => ({ days: r.days, faults: r.faults, final: r.final, quarantineRows: r.quarantineRows });

const dayOf = (result: QualityGatesResult, kind: FaultKind) => {
  const fault = result.faults.find((f) => f.kind === kind);
  return fault ? result.days[fault.day - 1] : undefined;
};
const checkOptions = (ids: CheckId[]) => ids.map((id) => ({ value: id, label: checkLabel[id] }));

export const renamedColumn: QualityGatesExercise = {
  id: 'quality-gates-renamed-column',
  prompt:
    'The source renames complaint_type on day 3. Let the ingestion gate only warn. Which check now stops the run, and how many rows does it flag? (Then let that gate warn too, and see what is left to stop it.)',
  explore: { ingest: 'warn', transform: 'fail', faults: [{ kind: 'rename', day: 3 }] },
  fields: [
    { name: 'check', kind: 'choice', label: 'Check that stops it', options: checkOptions(['schema', 'row_count', 'unique', 'not_null', 'accepted_values', 'shift_mix']) },
    { name: 'rows', kind: 'number', label: 'Rows it flags' },
  ],
  deterministic: true,
  evidence,
  check(result, answers, params) {
    const day = dayOf(result, 'rename');
    if (!day) return { pass: false, feedback: 'Add a “Renamed column” fault to the script and run again.' };
    if (params.ingest !== 'warn') return { pass: false, feedback: 'Set the ingestion gate to warn, so the renamed column gets past it, and run again.' };
    if (answers.check !== day.stoppedBy) return { pass: false, feedback: 'Not yet: look at the day’s row in the table and at its failing checks under Tables.' };
    const flagged = day.checks.find((c) => c.check === day.stoppedBy)?.failing ?? 0;
    if (numberAnswer(answers, 'rows') !== flagged) return { pass: false, feedback: 'The check is right. For the rows, read its count of failing rows under Tables.' };
    return {
      pass: true,
      feedback: `Yes: ${checkLabel[day.stoppedBy]}, on ${flagged.toLocaleString('en-US')} rows. The transform looked the column up by name and read the missing one as null, so every row of the day lost its complaint type; nothing failed in the transform itself. The schema check at ingestion names the cause, which a null count only hints at.`,
    };
  },
};

export const writeFirst: QualityGatesExercise = {
  id: 'quality-gates-write-first',
  prompt:
    'Keep every gate at fail and switch publishing to “write in place, test afterwards”. On how many days do readers of the table see a wrong day? Switch back to write-audit-publish: how many now?',
  explore: { publish: 'in-place', ingest: 'fail', transform: 'fail', use: 'fail' },
  fields: [{ name: 'broken', kind: 'number', label: 'Days with a wrong table, written in place' }],
  deterministic: true,
  evidence,
  check(result, answers, params) {
    if (params.publish !== 'in-place') return { pass: false, feedback: 'Choose “write in place, test afterwards” under Publishing and run again.' };
    const broken = result.days.filter((d) => d.readers === 'broken');
    if (numberAnswer(answers, 'broken') !== broken.length) return { pass: false, feedback: 'Not yet: count the days whose “Readers see” column says the day is wrong.' };
    const afterFail = broken.filter((d) => d.gates.transform === 'fail').length;
    return {
      pass: true,
      feedback: `Yes: ${broken.length}, of which ${afterFail} had a failing test after the transform. The test failed the run, but the table had already been replaced, as with dbt build or a Spark overwrite. Under write-audit-publish those days show the last good version instead (one day old), and only faults that no gate before use can see still reach readers.`,
    };
  },
};

export const costOfSlipping: QualityGatesExercise = {
  id: 'quality-gates-cost',
  prompt:
    'Let every gate only warn. On the duplicated-batch day, by what percentage is the consumer’s request count off? And on the unit-change day, its mean hours to close?',
  explore: { ingest: 'warn', transform: 'warn', use: 'warn' },
  fields: [
    { name: 'requests', kind: 'number', label: 'Request count error', unit: '%' },
    { name: 'hours', kind: 'number', label: 'Mean hours error', unit: '%' },
  ],
  deterministic: true,
  evidence,
  check(result, answers) {
    const dup = dayOf(result, 'duplicate');
    const unit = dayOf(result, 'unit');
    if (!dup || !unit) return { pass: false, feedback: 'The script needs both a duplicated batch and a unit change: add them and run again.' };
    const r = dup.errors.requests;
    const h = unit.errors.meanHours;
    if (r === null || h === null) return { pass: false, feedback: 'Let the gate at use warn too, so the consumer reports its metrics on those days.' };
    if (!near(numberAnswer(answers, 'requests'), 100 * r, 0.02)) return { pass: false, feedback: 'Not yet: read the request count’s error on the duplicated-batch day in the day table.' };
    if (!near(numberAnswer(answers, 'hours'), 100 * h, 0.02)) return { pass: false, feedback: 'The request count is right. For the hours, read the unit-change day.' };
    return {
      pass: true,
      feedback: `Yes: ${formatError(r)} and ${formatError(h)}. Each copy counts once more, so the count doubles; minutes read as hours multiply by 60. Neither fault breaks a single row’s shape, which is why only the unique test and the shift at use see them.`,
    };
  },
};

export const quarantineCost: QualityGatesExercise = {
  id: 'quality-gates-quarantine',
  prompt:
    'Set the gate after the transform to quarantine. On the burst-of-nulls day, how many rows go to quarantine, and by what percentage is the consumer’s request count off?',
  explore: { transform: 'quarantine', use: 'warn' },
  fields: [
    { name: 'rows', kind: 'number', label: 'Rows quarantined' },
    { name: 'requests', kind: 'number', label: 'Request count error', unit: '%' },
  ],
  deterministic: true,
  evidence,
  check(result, answers, params) {
    const day = dayOf(result, 'nulls');
    if (!day) return { pass: false, feedback: 'Add a “Burst of nulls” fault to the script and run again.' };
    if (params.transform !== 'quarantine') return { pass: false, feedback: 'Set the gate after the transform to quarantine and run again.' };
    if (day.errors.requests === null) return { pass: false, feedback: 'Let the gate at use warn, so the consumer reports that day.' };
    if (numberAnswer(answers, 'rows') !== day.quarantined) return { pass: false, feedback: 'Not yet: the day table’s quarantine column has the count.' };
    if (!near(numberAnswer(answers, 'requests'), 100 * day.errors.requests, 0.02)) return { pass: false, feedback: 'The rows are right. For the error, read the request count on that day.' };
    return {
      pass: true,
      feedback: `Yes: ${day.quarantined.toLocaleString('en-US')} rows, and the count is ${formatError(day.errors.requests)}. Quarantine trades wrong values for missing rows: the published day looks complete but is short, and no reader is told unless the table says it is partial.`,
    };
  },
};

export const qualityGatesExercises: readonly QualityGatesExercise[] = [renamedColumn, writeFirst, costOfSlipping, quarantineCost];
