import type { Buffer } from 'buffer';
import { createRng } from '@/lib/random';
import { howRead, makeRecords, matchField, parse, resolve, type Parsed } from './avro';
import type { Component, Decoded, DeploymentStep, Mode, RegistryStep, Resolution, SchemaEvolutionParams, SchemaEvolutionProgress, SchemaEvolutionResult, UpgradeOrder, Verdicts } from './model';
import { describeStep, replaySteps, schemaText, type SchemaSpec } from './steps';

export interface ComputeHooks {
  now(): number;
  progress(progress: SchemaEvolutionProgress): void;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * Confluent's six checks for version `k` (1-based), from the grid of real resolutions: backward asks
 * whether the new schema reads data written with the old, forward whether the old reads the new;
 * the transitive forms ask it of every earlier version, not only the one before.
 */
export function verdictsFor(matrix: readonly Resolution[][], k: number): Verdicts {
  const reads = (reader: number, writer: number) => matrix[reader - 1]?.[writer - 1]?.ok === true;
  const earlier = range(1, k - 1);
  const unreadable = earlier.filter((j) => !reads(k, j));
  const unreadableBy = earlier.filter((j) => !reads(j, k));
  const backward = reads(k, k - 1);
  const forward = reads(k - 1, k);
  const order: UpgradeOrder = backward && forward ? 'either' : backward ? 'consumers-first' : forward ? 'producers-first' : 'none';
  return {
    version: k,
    backward,
    forward,
    full: backward && forward,
    backwardTransitive: unreadable.length === 0,
    forwardTransitive: unreadableBy.length === 0,
    fullTransitive: unreadable.length === 0 && unreadableBy.length === 0,
    unreadable,
    unreadableBy,
    order,
  };
}

/** The registry under one compatibility type: each version is checked against the registered ones (the latest, or all for _TRANSITIVE); a refused one is not registered. */
export function simulateRegistry(matrix: readonly Resolution[][], parsed: readonly Parsed[], mode: Mode): RegistryStep[] {
  const registered: number[] = [];
  return parsed.map((p, i) => {
    const version = i + 1;
    if (p.invalid !== null) return { version, accepted: false, checkedAgainst: [], reason: `avsc refuses the schema itself: ${p.invalid}` };
    const against = mode === 'NONE' || registered.length === 0 ? [] : mode.endsWith('_TRANSITIVE') ? [...registered] : registered.slice(-1);
    const backward = mode.startsWith('BACKWARD') || mode.startsWith('FULL');
    const forward = mode.startsWith('FORWARD') || mode.startsWith('FULL');
    let reason: string | null = null;
    for (const j of against) {
      const newReadsOld = matrix[version - 1]![j - 1]!;
      const oldReadsNew = matrix[j - 1]![version - 1]!;
      if (backward && !newReadsOld.ok) reason = `version ${version} cannot read data written with version ${j}: ${newReadsOld.error}`;
      else if (forward && !oldReadsNew.ok) reason = `version ${j} cannot read data written with version ${version}: ${oldReadsNew.error}`;
      if (reason) break;
    }
    if (!reason) registered.push(version);
    return { version, accepted: !reason, checkedAgainst: against, reason };
  });
}

/**
 * A small deployment after each change k: the web checkout and the feature pipeline move to version
 * k at once, the mobile app and the fraud scorer still run version k − 1, and a backfill job on
 * version k rereads everything registered so far. A producer whose schema the registry refuses
 * cannot send; a consumer works when it resolves every writer version it meets.
 */
export function deploymentAfter(matrix: readonly Resolution[][], registry: readonly RegistryStep[], k: number): DeploymentStep {
  const registered = (v: number) => registry[v - 1]?.accepted === true;
  const producer = (name: string, version: number): Component => ({
    name,
    role: 'producer',
    version,
    ok: registered(version),
    reads: [],
    note: registered(version) ? `sends with version ${version}` : `the registry refused version ${version}, so its sends fail`,
  });
  const producers = [producer('Web checkout', k), producer('Mobile app', k - 1)];
  const live = [...new Set(producers.filter((p) => p.ok).map((p) => p.version))].sort((a, b) => a - b);
  const consumer = (name: string, version: number, reads: number[]): Component => {
    const failing = reads.filter((w) => !matrix[version - 1]![w - 1]!.ok);
    const first = failing[0];
    return {
      name,
      role: 'consumer',
      version,
      ok: failing.length === 0,
      reads,
      note:
        first === undefined
          ? reads.length
            ? `reads data of version${reads.length > 1 ? 's' : ''} ${reads.join(', ')}`
            : 'no data to read'
          : `fails on data of version${failing.length > 1 ? 's' : ''} ${failing.join(', ')}: ${matrix[version - 1]![first - 1]!.error}`,
    };
  };
  return {
    version: k,
    components: [
      ...producers,
      consumer('Feature pipeline', k, live),
      consumer('Fraud scorer', k - 1, live),
      consumer('Backfill job', k, range(1, k).filter(registered)),
    ],
  };
}

const cell = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

function decodePair(specs: readonly SchemaSpec[], parsed: readonly Parsed[], encoded: readonly Buffer[][], writer: number, reader: number): Decoded {
  const readerSpec = specs[reader - 1]!;
  const writerSpec = specs[writer - 1]!;
  const resolution = resolve(parsed[reader - 1]!, parsed[writer - 1]!, encoded[writer - 1]!);
  const fields = readerSpec.map((f) => {
    const match = matchField(f, writerSpec);
    return { reader: f.name, writer: match?.name ?? null, how: howRead(f, match) };
  });
  const used = new Set(fields.map((f) => f.writer));
  const columns = readerSpec.map((f) => f.name);
  return {
    writer,
    reader,
    ok: resolution.ok,
    error: resolution.error,
    fields,
    skipped: writerSpec.filter((f) => !used.has(f.name)).map((f) => f.name),
    columns,
    rows: resolution.values.map((v) => columns.map((c) => cell((v as Record<string, unknown>)[c]))),
    bytes: encoded[writer - 1]!.map((b) => b.length),
  };
}

export function runSchemaEvolution(params: SchemaEvolutionParams, hooks: ComputeHooks): SchemaEvolutionResult {
  const start = hooks.now();
  const replay = replaySteps(params.steps);
  if (replay.error) throw new Error(replay.error.message);
  const specs = replay.versions;
  const n = specs.length;
  const total = n + 1;
  hooks.progress({ done: 0, total });

  const parsed = specs.map(parse);
  // Each version's producer writes its own seeded records, encoded by avsc with that version's schema.
  const encoded = specs.map((spec, i) => {
    const type = parsed[i]!.type;
    if (!type) return [];
    const rng = createRng(`${params.seed}:v${i + 1}`);
    return makeRecords(spec, params.records, rng, i + 1).map((r) => type.toBuffer(r));
  });

  const matrix: Resolution[][] = [];
  let recordsDecoded = 0;
  for (let r = 0; r < n; r++) {
    matrix.push(
      specs.map((_, w) => {
        const { values: _values, ...resolution } = resolve(parsed[r]!, parsed[w]!, encoded[w]!);
        recordsDecoded += resolution.decoded;
        return resolution;
      }),
    );
    hooks.progress({ done: r + 1, total });
  }

  const registry = simulateRegistry(matrix, parsed, params.mode);
  const result: SchemaEvolutionResult = {
    versions: specs.map((spec, i) => ({
      version: i + 1,
      change: i === 0 ? 'The first version' : describeStep(params.steps[i - 1]!),
      schema: schemaText(spec),
      invalid: parsed[i]!.invalid,
    })),
    matrix,
    verdicts: range(2, n).map((k) => verdictsFor(matrix, k)),
    registry,
    deployment: range(2, n).map((k) => deploymentAfter(matrix, registry, k)),
    decoded: decodePair(specs, parsed, encoded, params.writer, params.reader),
    resolutions: n * n,
    recordsDecoded,
    elapsedMs: 0,
  };
  hooks.progress({ done: total, total });
  result.elapsedMs = hooks.now() - start;
  return result;
}
