import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { CLOCK_START_MS, defaultSteps, type LakehouseSnapshotsParams } from './model';
import { snapshotAt } from './asof';
import type { LakehouseSnapshotsResult } from './types';

type LakehouseExercise = Exercise<LakehouseSnapshotsParams, LakehouseSnapshotsResult>;

const EVENING = CLOCK_START_MS + 8 * 3_600_000; // 2025-02-11 18:00 UTC

export const timestampAsOf: LakehouseExercise = {
  id: 'lakehouse-snapshots-as-of',
  prompt:
    'Run the default steps. How many rows does SELECT * FROM uploads TIMESTAMP AS OF \'2025-02-11 18:00:00\' return? Find the snapshot that was current at that moment in the snapshot list, and say why upload 105 is among the rows.',
  explore: { steps: defaultSteps, minutes: 300 },
  fields: [{ name: 'rows', kind: 'number', label: 'Rows as of 18:00' }],
  deterministic: true,
  check(result, answers) {
    const snapshot = snapshotAt(result.snapshots, EVENING);
    const asOf = snapshot ? result.asOf.find((a) => a.seq === snapshot.seq) : undefined;
    if (!snapshot || !asOf) return { pass: false, feedback: 'Your run has no snapshot before 2025-02-11 18:00; keep 300 minutes between steps.' };
    if (numberAnswer(answers, 'rows') !== asOf.rowCount) return { pass: false, feedback: 'Not yet: the snapshot current at 18:00 is the last one committed at or before 18:00. Count its rows in "Table as of".' };
    return { pass: true, feedback: `Yes: snapshot ${snapshot.seq}, committed at ${new Date(snapshot.timestampMs).toISOString().slice(11, 16)}, has ${asOf.rowCount} rows. The delete came later, so this snapshot still lists the file holding upload 105.` };
  },
};

export const expiryEndsTimeTravel: LakehouseExercise = {
  id: 'lakehouse-snapshots-expire',
  prompt:
    'Run the default steps. The last step expires all but the newest 2 snapshots. How many data files did it delete? Which uploads can no longer be read at any version, and why did a data file that an expired snapshot used survive?',
  explore: { steps: defaultSteps },
  fields: [{ name: 'files', kind: 'number', label: 'Data files deleted' }],
  deterministic: true,
  check(result, answers) {
    const expiry = result.expiries[result.expiries.length - 1];
    if (!expiry || expiry.expiredSeqs.length === 0) return { pass: false, feedback: 'Your run expired no snapshot: keep an "Expire snapshots" step after a few commits.' };
    if (numberAnswer(answers, 'files') !== expiry.deleted.dataFiles) return { pass: false, feedback: 'Not yet: the Expiry table counts the data files deleted (not manifests or manifest lists).' };
    return {
      pass: true,
      feedback: `Yes: ${expiry.deleted.dataFiles}. Only files that no kept snapshot lists are deleted, so a file an expired snapshot shared with a kept one stays${expiry.lostIds.length ? `; uploads ${expiry.lostIds.join(', ')} are gone for good` : ''}.`,
    };
  },
};

export const makeTheRetryFail: LakehouseExercise = {
  id: 'lakehouse-snapshots-conflict',
  prompt:
    'In the default steps the second of two writers retries and commits. Change the two steps after "two writers at once" so that the loser is refused on its retry (for example, overwrite the partition the other writer appends to). Which validation refused it?',
  explore: { steps: defaultSteps },
  fields: [],
  deterministic: true,
  check(result) {
    const failed = result.races.find((r) => r.outcome === 'failed');
    if (!failed) return { pass: false, feedback: result.races.length ? 'Not yet: the loser still retried. Make both writers touch the same files or the same partition.' : 'Your run has no "two writers at once" step.' };
    return { pass: true, feedback: `Yes: "${failed.loser.what}" was refused — ${failed.reason} Its job deleted the files it had written, so the table is as the winner left it.` };
  },
};

export const lakehouseSnapshotsExercises: readonly LakehouseExercise[] = [timestampAsOf, expiryEndsTimeTravel, makeTheRetryFail];
